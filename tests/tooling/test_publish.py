"""``generator publish`` against a recording HTTP server: index queries, skipping, credentials."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from conftest import ROOT, MockServer, Recorded, Reply
from generator import cli
from generator.errors import GeneratorError
from generator.release.publish import (
    DEFAULT_REPOSITORY_URL,
    Settings,
    default_index_url,
    find_distributions,
    index_files,
    parse_project_page,
    publish,
    strip_credentials,
)

TOKEN = "pypi-AgEIcHlwaS5vcmc-s3cr3t/t0ken+=="


def test_defaults_point_at_pypi() -> None:
    settings = Settings.from_environment({"TWINE_PASSWORD": TOKEN})
    assert settings.repository_url == DEFAULT_REPOSITORY_URL == "https://upload.pypi.org/legacy/"
    assert settings.index_url == "https://pypi.org/simple/"
    assert settings.username == "__token__"
    assert TOKEN not in repr(settings)
    assert settings.index_auth() is None  # pypi.org is not the upload host: the token stays home


@pytest.mark.parametrize(
    ("repository", "index"),
    [
        ("https://test.pypi.org/legacy/", "https://test.pypi.org/simple/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/simple/"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/simple/"),
        ("https://pkgs.example/legacy/", "https://pkgs.example/simple/"),
    ],
)
def test_index_url_is_derived_from_the_upload_url(repository: str, index: str) -> None:
    assert default_index_url(repository) == index


def test_environment_overrides_and_validation() -> None:
    settings = Settings.from_environment(
        {
            "TWINE_REPOSITORY_URL": "http://127.0.0.1:9/",
            "TWINE_USERNAME": "ci",
            "TWINE_PASSWORD": "pw",
            "PUBLISH_INDEX_URL": "http://127.0.0.1:9/other/simple/",
        }
    )
    assert (settings.repository_url, settings.index_url, settings.username) == (
        "http://127.0.0.1:9/",
        "http://127.0.0.1:9/other/simple/",
        "ci",
    )
    assert settings.index_auth() == ("ci", "pw")
    with pytest.raises(GeneratorError, match="not an http"):
        Settings.from_environment({"TWINE_REPOSITORY_URL": "file:///etc/passwd"})


def test_redaction_covers_plain_and_url_encoded_secrets() -> None:
    settings = Settings.from_environment({"TWINE_PASSWORD": TOKEN})
    text = f"auth {TOKEN} and url-encoded pypi-AgEIcHlwaS5vcmc-s3cr3t%2Ft0ken%2B%3D%3D"
    assert settings.redact(text) == "auth *** and url-encoded ***"
    assert (
        strip_credentials("https://user:secret@pkgs.example:8443/simple/")
        == "https://pkgs.example:8443/simple/"
    )


def test_project_pages_in_both_formats() -> None:
    html = (
        b'<html><body><a href="../../packages/krea_sdk-0.1.0.tar.gz#sha256=ab">krea_sdk-0.1.0.tar.gz</a>\n'
        b'<a href="https://files.example/k/krea_sdk-0.1.0-py3-none-any.whl">x</a><a name="nohref">y</a></body></html>'
    )
    assert parse_project_page("text/html; charset=utf-8", html) == {
        "krea_sdk-0.1.0.tar.gz",
        "krea_sdk-0.1.0-py3-none-any.whl",
    }
    page = {
        "meta": {"api-version": "1.1"},
        "name": "krea-sdk",
        "files": [{"filename": "krea_sdk-0.1.0.tar.gz", "url": "x", "hashes": {}}],
    }
    assert parse_project_page("application/vnd.pypi.simple.v1+json", json.dumps(page).encode()) == {
        "krea_sdk-0.1.0.tar.gz"
    }
    with pytest.raises(GeneratorError, match="malformed"):
        parse_project_page("application/vnd.pypi.simple.v1+json", b'{"files": [{}]}')


def settings_for(server: MockServer, password: str = TOKEN) -> Settings:
    return Settings.from_environment(
        {
            "TWINE_REPOSITORY_URL": server.url + "/",
            "TWINE_USERNAME": "ci",
            "TWINE_PASSWORD": password,
        }
    )


def test_index_query_negotiates_pep_691_and_authenticates_on_the_same_server(
    server: MockServer,
) -> None:
    server.handler = lambda r: Reply(
        200,
        {"files": [{"filename": "krea_sdk-0.1.0.tar.gz"}]},
        {"Content-Type": "application/vnd.pypi.simple.v1+json"},
    )
    with httpx.Client() as client:
        assert index_files(client, settings_for(server), "Krea_SDK") == {"krea_sdk-0.1.0.tar.gz"}
    [request] = server.requests
    assert request.path == "/simple/krea-sdk/"  # PEP 503 normalized name
    assert request.headers["accept"].startswith("application/vnd.pypi.simple.v1+json")
    assert request.headers["authorization"].startswith("Basic ")


def test_unknown_project_and_foreign_redirects_mean_not_published(server: MockServer) -> None:
    routes = {
        "/simple/missing/": Reply(404, {"message": "not found"}),
        # pypiserver's fallback: "ask PyPI", whose listing may be someone else's project
        "/simple/fallback/": Reply(303, headers={"Location": "https://pypi.org/simple/fallback/"}),
        "/simple/moved/": Reply(301, headers={"Location": "/simple/moved-here/"}),
        "/simple/moved-here/": Reply(
            200,
            raw=b'<a href="/p/moved-1.0.tar.gz">moved-1.0.tar.gz</a>',
            headers={"Content-Type": "text/html"},
        ),
        "/simple/broken/": Reply(500, {"error": "boom"}),
    }
    server.handler = lambda r: routes[r.path]
    with httpx.Client() as client:
        settings = settings_for(server)
        assert index_files(client, settings, "missing") == set()
        assert index_files(client, settings, "fallback") == set()
        assert index_files(client, settings, "moved") == {"moved-1.0.tar.gz"}
        with pytest.raises(GeneratorError, match="HTTP 500"):
            index_files(client, settings, "broken")
    assert all(not r.path.startswith("https://") for r in server.requests)


def make_dists(root: Path) -> Path:
    """Two providers' file layout as ``make build`` leaves it (contents do not matter here)."""
    for provider, dist in (("krea", "krea_sdk"), ("kling", "kling_sdk")):
        folder = root / "dist" / provider
        folder.mkdir(parents=True)
        (folder / f"{dist}-0.2.0.tar.gz").write_bytes(b"sdist")
        (folder / f"{dist}-0.2.0-py3-none-any.whl").write_bytes(b"wheel")
    return root / "dist"


class FakeTwine:
    """Stands in for the twine subprocess: records each call, echoes the password back."""

    def __init__(self, returncode: int = 0) -> None:
        self.calls: list[tuple[list[str], dict[str, str]]] = []
        self.returncode = returncode

    def __call__(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        env: dict[str, str] = kwargs["env"]
        self.calls.append((command, env))
        echoed = f"Uploading as {env['TWINE_USERNAME']} with {env['TWINE_PASSWORD']}\n"
        return subprocess.CompletedProcess(command, self.returncode, echoed, "")


def test_publish_uploads_only_missing_files_and_never_prints_the_token(
    server: MockServer, tmp_path: Path
) -> None:
    dist = make_dists(tmp_path)
    listing = {
        "/simple/krea-sdk/": Reply(
            200,
            raw=b'<a href="/packages/krea_sdk-0.2.0.tar.gz">krea_sdk-0.2.0.tar.gz</a>',
            headers={"Content-Type": "text/html"},
        ),
        "/simple/kling-sdk/": Reply(404),
    }
    server.handler = lambda r: listing[r.path]
    twine, out = FakeTwine(), io.StringIO()
    assert publish(dist, settings_for(server), out=out, runner=twine) == 0

    uploaded = [
        [Path(arg).name for arg in command if arg.endswith((".whl", ".gz"))]
        for command, _ in twine.calls
    ]
    assert uploaded == [
        ["kling_sdk-0.2.0-py3-none-any.whl", "kling_sdk-0.2.0.tar.gz"],
        ["krea_sdk-0.2.0-py3-none-any.whl"],
    ]
    for command, env in twine.calls:
        assert (
            command[1:3] == ["-m", "twine"]
            and "upload" in command
            and "--non-interactive" in command
        )
        assert command[command.index("--repository-url") + 1] == server.url + "/"
        assert TOKEN not in " ".join(command)  # only in the environment
        assert env["TWINE_PASSWORD"] == TOKEN and env["TWINE_USERNAME"] == "ci"
    text = out.getvalue()
    assert TOKEN not in text and "with ***" in text
    assert "krea-sdk 0.2.0: already on the index: krea_sdk-0.2.0.tar.gz" in text
    assert "uploaded: 2, already published: 0, failed: 0" in text


def test_publish_skips_everything_already_there_and_reports_failures(
    server: MockServer, tmp_path: Path
) -> None:
    dist = make_dists(tmp_path)

    def everything(request: Recorded) -> Reply:
        name = request.path.split("/")[2].replace("-", "_")
        files = [
            {"filename": f"{name}-0.2.0.tar.gz"},
            {"filename": f"{name}-0.2.0-py3-none-any.whl"},
        ]
        return Reply(200, {"files": files}, {"Content-Type": "application/vnd.pypi.simple.v1+json"})

    server.handler = everything
    twine, out = FakeTwine(), io.StringIO()
    assert publish(dist, settings_for(server), out=out, runner=twine) == 0
    assert twine.calls == []
    assert "uploaded: 0, already published: 2, failed: 0" in out.getvalue()

    server.handler = lambda r: Reply(404)
    failing, out = FakeTwine(returncode=1), io.StringIO()
    assert publish(dist, settings_for(server), out=out, runner=failing) == 1
    assert len(failing.calls) == 2  # one failure does not stop the other release
    assert "failed: 2" in out.getvalue() and TOKEN not in out.getvalue()


def test_dry_run_and_stage_need_no_credentials(server: MockServer, tmp_path: Path) -> None:
    dist = make_dists(tmp_path)
    server.handler = lambda r: Reply(404)
    settings = Settings.from_environment({"TWINE_REPOSITORY_URL": server.url + "/"})
    twine, out = FakeTwine(), io.StringIO()
    assert publish(dist, settings, dry_run=True, out=out, runner=twine) == 0
    assert "kling-sdk 0.2.0: would upload" in out.getvalue() and twine.calls == []
    stage = tmp_path / "stage"
    assert publish(dist, settings, stage=stage, out=io.StringIO(), runner=twine) == 0
    assert sorted(p.name for p in stage.iterdir()) == sorted(
        p.name for p in dist.rglob("*.*") if p.is_file()
    )
    with pytest.raises(GeneratorError, match="TWINE_PASSWORD"):
        publish(dist, settings, runner=twine)


def test_distributions_are_found_and_named_by_their_file_names(tmp_path: Path) -> None:
    dist = make_dists(tmp_path)
    found = find_distributions(dist)
    assert {(d.project, d.version) for d in found} == {
        ("krea-sdk", "0.2.0"),
        ("kling-sdk", "0.2.0"),
    }
    (dist / "krea" / "notes.txt").write_text("ignored")
    assert len(find_distributions(dist)) == 4
    (dist / "krea" / "not-a-valid-name.whl").write_bytes(b"")
    with pytest.raises(GeneratorError, match="not-a-valid-name.whl"):
        find_distributions(dist)
    with pytest.raises(GeneratorError, match="make build"):
        find_distributions(tmp_path / "nothing")


def test_release_workflow_uses_trusted_publishing_for_the_staged_files() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    jobs = workflow["jobs"]
    assert workflow["permissions"] == {"contents": "read"}
    assert "permissions" not in jobs["build"]  # the job running our code cannot mint tokens
    assert jobs["publish"]["permissions"] == {"id-token": "write"}
    assert jobs["publish"]["environment"]["name"] == "pypi"
    [upload] = [
        s
        for s in jobs["publish"]["steps"]
        if str(s.get("uses", "")).startswith("pypa/gh-action-pypi-publish@")
    ]
    assert upload["with"] == {"packages-dir": "upload/"}  # no password: PyPI trusts the OIDC token
    build_steps = " ".join(str(s.get("run", "")) for s in jobs["build"]["steps"])
    assert "make build" in build_steps and "-m generator publish dist --stage upload" in build_steps
    args = cli.parser().parse_args(["publish", "dist", "--stage", "upload"])
    assert (args.dist, args.stage, args.dry_run) == ("dist", "upload", False)
