"""The built distributions, and publishing them end to end through a real package index.

Every generated package is built once per module (sdist, then a wheel from the sdist, with the
locked hatchling, offline). The end-to-end test runs ``pypiserver`` on 127.0.0.1 with upload
authentication, publishes twice with ``python -m generator publish``, installs every package
into a fresh virtual environment from that index alone and calls a local HTTP server with it.
"""

from __future__ import annotations

import email.parser
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tarfile
import time
import venv
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import trove_classifiers
from packaging.utils import canonicalize_name

from conftest import GENERATED, ROOT, SPECS, MockServer, Recorded, Reply
from generator.spec.config import SdkConfig, load_config

PROVIDERS = sorted(p.parent.name for p in SPECS.glob("*/sdk.yaml"))
WHEELHOUSE = Path(os.environ.get("WHEELHOUSE", ROOT / ".venv" / "wheelhouse"))
JOB_ID = "4d0e5f97-9721-4422-b88c-73a9032d7de1"

# One call per package: (expression, path the server must see, reply body, expected result type).
CALLS: dict[str, tuple[str, str, Any, str]] = {
    "hoox": ("client.models.list()", "/asset/models", {"models": [], "count": 0}, "ModelList"),
    "kiara": (
        "client.generations.get('gen_e2e')",
        "/v1/generations/gen_e2e",
        {
            "id": "gen_e2e",
            "status": "completed",
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:09Z",
        },
        "Generation",
    ),
    "kling": (
        "client.images.get_generation_task('task-e2e')",
        "/kling/v1/images/generations/task-e2e",
        {
            "code": 0,
            "message": "SUCCEED",
            "request_id": "req-e2e",
            "data": {"task_id": "task-e2e", "task_status": "succeed"},
        },
        "TaskResponse",
    ),
    "krea": (
        f"client.jobs.get({JOB_ID!r})",
        f"/jobs/{JOB_ID}",
        {
            "job_id": JOB_ID,
            "status": "completed",
            "created_at": "2026-01-01T00:00:00Z",
            "completed_at": "2026-01-01T00:00:09Z",
            "result": {"urls": ["https://cdn.example/1.png"]},
        },
        "Job",
    ),
    "vtrix": (
        "client.models.list()",
        "/api/v1/skill/models",
        {"data": [{"id": "kirin_v2_image"}]},
        "ModelListResponse",
    ),
}


def config(provider: str) -> SdkConfig:
    return load_config(SPECS / provider / "sdk.yaml")


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``dist/<provider>/`` as ``make build`` lays it out, built from generated/."""
    dist = tmp_path_factory.mktemp("dist")
    for provider in PROVIDERS:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "build",
                "--no-isolation",
                "--outdir",
                str(dist / provider),
                str(GENERATED / provider),
            ],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    return dist


def only(folder: Path, pattern: str) -> Path:
    [path] = folder.glob(pattern)
    return path


@pytest.mark.slow
def test_twine_check_strict_passes(dists: Path) -> None:
    files = sorted(str(p) for p in dists.glob("*/*"))
    assert len(files) == 2 * len(PROVIDERS)
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *files], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == len(files)


@pytest.mark.slow
@pytest.mark.parametrize("provider", PROVIDERS)
def test_wheel_holds_exactly_the_package_and_complete_metadata(dists: Path, provider: str) -> None:
    cfg = config(provider)
    wheel = only(dists / provider, "*.whl")
    assert wheel.name == f"{cfg.package_name}-{cfg.version}-py3-none-any.whl"
    info = f"{cfg.package_name}-{cfg.version}.dist-info"
    source = GENERATED / provider / "src"
    expected = {
        p.relative_to(source).as_posix()
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts
    }
    # entry_points.txt: the package's command line (console script)
    expected |= {
        f"{info}/METADATA",
        f"{info}/WHEEL",
        f"{info}/RECORD",
        f"{info}/licenses/LICENSE",
        f"{info}/entry_points.txt",
    }
    with zipfile.ZipFile(wheel) as archive:
        assert set(archive.namelist()) == expected
        assert "[console_scripts]" in archive.read(f"{info}/entry_points.txt").decode()
        assert f"{cfg.package_name}/py.typed" in expected
        metadata = email.parser.Parser().parsestr(archive.read(f"{info}/METADATA").decode())
        assert (
            archive.read(f"{info}/licenses/LICENSE").decode()
            == (GENERATED / provider / "LICENSE").read_text()
        )

    assert metadata["Name"] == cfg.distribution_name
    assert metadata["Version"] == cfg.version
    assert metadata["Summary"] == cfg.description
    assert metadata["License-Expression"] == "MIT"
    assert metadata["License-File"] == "LICENSE"
    assert metadata["Requires-Python"] == ">=3.10"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload() == (GENERATED / provider / "README.md").read_text()
    all_requires = metadata.get_all("Requires-Dist")
    extras = [r for r in all_requires if "extra ==" in r]
    assert [r.split(";")[0].split(">")[0].strip() for r in extras] == [
        "tqdm"
    ], extras  # the [progress] extra
    assert "progress" in extras[0].split(";")[1], extras
    requires = {
        r.split("<")[0].split(">")[0].strip(): r for r in all_requires if "extra ==" not in r
    }
    assert sorted(requires) == ["httpx", "pydantic", "typing-extensions"]
    assert all(
        "<" in r and ">=" in r for r in requires.values()
    ), requires  # lower and upper bounds
    classifiers = metadata.get_all("Classifier")
    assert "Typing :: Typed" in classifiers
    assert set(classifiers) <= trove_classifiers.classifiers
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL") or [])
    if cfg.homepage:
        assert urls["Documentation"] == cfg.homepage


@pytest.mark.slow
@pytest.mark.parametrize("provider", PROVIDERS)
def test_sdist_carries_license_changelog_and_sources(dists: Path, provider: str) -> None:
    cfg = config(provider)
    sdist = only(dists / provider, "*.tar.gz")
    top = f"{cfg.package_name}-{cfg.version}"
    with tarfile.open(sdist) as archive:
        names = {m.name for m in archive.getmembers() if m.isfile()}
        changelog = archive.extractfile(f"{top}/CHANGELOG.md")
        assert (
            changelog is not None
            and changelog.read().decode() == (SPECS / provider / "CHANGELOG.md").read_text()
        )
    for required in (
        "LICENSE",
        "README.md",
        "CHANGELOG.md",
        "pyproject.toml",
        "PKG-INFO",
        "api.md",
        "openapi.json",
        f"src/{cfg.package_name}/py.typed",
    ):
        assert f"{top}/{required}" in names
    assert not any("__pycache__" in n or n.endswith(".pyc") or ".mypy_cache" in n for n in names)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def write_htpasswd(file: Path, user: str, password: str) -> None:
    """An Apache htpasswd file, as pypiserver's ``--passwords`` reads it (through passlib)."""
    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore", DeprecationWarning
        )  # passlib imports the deprecated `crypt`
        from passlib.apache import HtpasswdFile
    htpasswd = HtpasswdFile(str(file), new=True)
    htpasswd.set_password(user, password)
    htpasswd.save()


@contextmanager
def pypiserver(packages: Path, htpasswd: Path, log: Path) -> Iterator[str]:
    """pypiserver on 127.0.0.1: uploads need a password, unknown projects are not sent to PyPI."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "pypiserver",
        "run",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--authenticate",
        "update",
        "--passwords",
        str(htpasswd),
        "--disable-fallback",
        "--hash-algo",
        "sha256",
        str(packages),
    ]
    url = f"http://127.0.0.1:{port}"
    with open(log, "w") as log_file:
        process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            while True:
                assert process.poll() is None, f"pypiserver exited: {log.read_text()}"
                try:
                    if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, f"pypiserver did not start: {log.read_text()}"
                time.sleep(0.1)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run_publish(
    dist: Path, index: str, username: str, password: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWINE_", "PUBLISH_"))}
    env.update(TWINE_REPOSITORY_URL=index + "/", TWINE_USERNAME=username, TWINE_PASSWORD=password)
    return subprocess.run(
        [sys.executable, "-m", "generator", "publish", str(dist)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def isolated_env() -> dict[str, str]:
    """No pip configuration (machine-wide find-links/extra indexes) and no inherited PYTHONPATH."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "PYTHON")) and k != "VIRTUAL_ENV"
    }
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    return env


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()
    }


CALL_SCRIPT = """
import importlib, importlib.metadata, json, sys
spec = json.loads(sys.argv[1])
module = importlib.import_module(spec["package"])
client = getattr(module, spec["client"])(api_key=spec["key"], base_url=spec["base_url"], max_retries=0)
result = eval(spec["call"], {"client": client})
print(json.dumps({
    "file": module.__file__,
    "version": importlib.metadata.version(spec["distribution"]),
    "type": type(result).__name__,
    "result": result.model_dump(mode="json"),
}))
"""


@pytest.mark.slow
def test_publish_to_a_local_index_then_install_from_it_only(
    dists: Path, tmp_path: Path, server: MockServer
) -> None:
    assert sorted(CALLS) == PROVIDERS, "add a call for every provider"
    wheels = sorted(WHEELHOUSE.glob("*.whl"))
    if not wheels:
        pytest.fail(f"no dependency wheels in {WHEELHOUSE}: run `make wheelhouse` (make test does)")
    packages = tmp_path / "packages"
    packages.mkdir()
    for wheel in wheels:
        shutil.copy2(wheel, packages)
    dependency_files = snapshot(packages)
    password = "pypi-e2e-" + secrets.token_urlsafe(24)
    write_htpasswd(tmp_path / "htpasswd", "publisher", password)
    configs = {p: config(p) for p in PROVIDERS}
    ours = {
        name
        for c in configs.values()
        for name in (
            f"{c.package_name}-{c.version}.tar.gz",
            f"{c.package_name}-{c.version}-py3-none-any.whl",
        )
    }

    with pypiserver(packages, tmp_path / "htpasswd", tmp_path / "pypiserver.log") as index:
        # Uploads need the password: a wrong one publishes nothing (and is not printed either).
        refused = run_publish(dists, index, "publisher", "wrong-" + password)
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "failed: 5" in refused.stdout
        assert password not in refused.stdout + refused.stderr
        assert snapshot(packages) == dependency_files

        first = run_publish(dists, index, "publisher", password)
        output = first.stdout + first.stderr
        assert first.returncode == 0, output
        assert password not in output
        assert "uploaded: 5, already published: 0, failed: 0" in first.stdout
        assert set(snapshot(packages)) == set(dependency_files) | ours
        published = snapshot(packages)

        again = run_publish(dists, index, "publisher", password)
        assert again.returncode == 0, again.stdout + again.stderr
        assert "uploaded: 0, already published: 5, failed: 0" in again.stdout
        assert "uploading" not in again.stdout and password not in again.stdout + again.stderr
        assert snapshot(packages) == published  # nothing uploaded twice

        env_dir = tmp_path / "venv"
        venv.create(env_dir, with_pip=True)
        python = str(env_dir / "bin" / "python")
        report = tmp_path / "report.json"
        install = subprocess.run(
            [
                python,
                "-m",
                "pip",
                "install",
                "--index-url",
                f"{index}/simple/",
                "--only-binary=:all:",
                "--no-cache-dir",
                "--report",
                str(report),
                "--quiet",
                *(c.distribution_name for c in configs.values()),
            ],
            capture_output=True,
            text=True,
            env=isolated_env(),
            cwd=tmp_path,
            timeout=300,
        )
        assert install.returncode == 0, install.stdout + install.stderr

    installed = {
        canonicalize_name(item["metadata"]["name"]): item
        for item in json.loads(report.read_text())["install"]
    }
    for cfg in configs.values():
        assert installed[cfg.distribution_name]["metadata"]["version"] == cfg.version
    assert {"httpx", "pydantic", "pydantic-core", "typing-extensions"} <= set(installed)
    for name, item in installed.items():
        assert item["download_info"]["url"].startswith(
            index + "/"
        ), f"{name} came from {item['download_info']['url']}"

    def reply(request: Recorded) -> Reply:
        for _call, path, body, _type in CALLS.values():
            if request.path.split("?")[0] == path:
                return Reply(200, body)
        return Reply(404, {"error": f"unexpected {request.path}"})

    server.handler = reply
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    for provider, (call, path, body, result_type) in CALLS.items():
        cfg = configs[provider]
        key = f"sk-e2e-{provider}"
        spec = {
            "package": cfg.package_name,
            "client": cfg.client_class,
            "distribution": cfg.distribution_name,
            "key": key,
            "base_url": server.url,
            "call": call,
        }
        run = subprocess.run(
            [python, "-c", CALL_SCRIPT, json.dumps(spec)],
            capture_output=True,
            text=True,
            env=isolated_env(),
            cwd=tmp_path,
            timeout=60,
        )
        assert run.returncode == 0, f"{provider}: {run.stderr}"
        outcome = json.loads(run.stdout)
        assert Path(outcome["file"]).is_relative_to(site), outcome[
            "file"
        ]  # the installed copy, not generated/
        assert outcome["version"] == cfg.version
        assert outcome["type"] == result_type
        for field, value in body.items():
            if not isinstance(value, dict):
                assert outcome["result"][field] == value, (provider, field)
        request = server.requests[-1]
        assert (request.method, request.path.split("?")[0]) == ("GET", path)
        assert any(
            key in value for value in request.headers.values()
        ), f"{provider}: API key not sent"
        assert request.headers["user-agent"].startswith(f"{cfg.distribution_name}/{cfg.version} ")
    assert len(server.requests) == len(CALLS)
