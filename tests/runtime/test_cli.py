"""The command line of every generated package, run through its entry point (``python -m
<package>`` in a subprocess) against a real server on 127.0.0.1: arguments from the typed
signature, checks before sending, text and JSON output, and exit codes scripts rely on."""

from __future__ import annotations

import importlib
import json
import os
import shlex
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import GENERATED, MockServer, Recorded, Reply
from runtime_profiles import PROFILES, Profile

KEY = "sk-cli-secret"


@dataclass(frozen=True)
class Commands:
    create: list[str]  # starts the profile's job with the prompt "a lighthouse"
    body: dict[str, object]  # what the create sends
    status: list[str]  # the status command (the job id follows)


COMMANDS = {
    "krea": Commands(
        ["images", "flux-1-dev", "--prompt", "a lighthouse"],
        {"prompt": "a lighthouse"},
        ["jobs", "get"],
    ),
    "kiara": Commands(
        ["generations", "create", "--prompt", "a lighthouse"],
        {"prompt": "a lighthouse"},
        ["generations", "get"],
    ),
    "hoox": Commands(
        [
            "assets",
            "start-generation",
            "--type",
            "image",
            "--model",
            "flux-pro",
            "--prompt",
            "a lighthouse",
        ],
        {"type": "image", "model": "flux-pro", "prompt": "a lighthouse"},
        ["assets", "get-status"],
    ),
    "kling": Commands(
        ["images", "create-generation", "--prompt", "a lighthouse"],
        {"prompt": "a lighthouse"},
        ["images", "get-generation-task"],
    ),
    "vtrix": Commands(
        ["generations", "kirin-v2-image", "--prompt", "a lighthouse"],
        {"prompt": "a lighthouse"},
        ["tasks", "get"],
    ),
}


@pytest.fixture(params=PROFILES, ids=[p.name for p in PROFILES])
def profile(request: pytest.FixtureRequest) -> Profile:
    return request.param  # type: ignore[no-any-return]


def cli(
    profile: Profile,
    server: MockServer | None,
    *args: str,
    key: str | None = KEY,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    prefix = profile.env[: -len("_API_KEY")]
    env = {name: value for name, value in os.environ.items() if not name.startswith(prefix + "_")}
    env["PYTHONPATH"] = str(GENERATED / profile.name / "src")
    if key is not None:
        env[profile.env] = key
    if server is not None:
        env[f"{prefix}_BASE_URL"] = server.url
    return subprocess.run(
        [sys.executable, "-m", profile.package, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        check=False,
    )


def job_server(server: MockServer, profile: Profile) -> None:
    """The create answers the job; the first poll says running, the next succeeded; files are served."""
    polls = iter([profile.statuses["running"]])

    def handle(request: Recorded) -> Reply:
        if request.method == "POST":
            return Reply(201 if profile.name == "hoox" else 200, profile.created_body())
        if request.path.startswith(profile.status_prefix):
            status = next(polls, None) or profile.statuses["succeeded"]
            return Reply(200, profile.status_body(status or "", server.url + "/files/content"))
        if request.path.startswith("/files/"):
            return Reply(200, raw=b"\x89PNG", headers={"Content-Type": "image/png"})
        return Reply(404, {"error": "not found"})

    server.handler = handle


def creates(server: MockServer, profile: Profile) -> list[Recorded]:
    return [
        r
        for r in server.requests
        if r.method == "POST" and r.path.split("?")[0] == profile.create_path
    ]


def sent_body(profile: Profile, request: Recorded) -> dict[str, object]:
    """The arguments in a create's body (Vtrix wraps them in its envelope)."""
    body = request.json()
    return body["input"][0]["params"] if profile.name == "vtrix" else body  # type: ignore[no-any-return]


def test_create_wait_and_download(profile: Profile, server: MockServer, tmp_path: Path) -> None:
    job_server(server, profile)
    result = cli(
        profile,
        server,
        *COMMANDS[profile.name].create,
        "--wait",
        "--download",
        str(tmp_path / "out"),
    )
    assert result.returncode == 0, result.stderr
    [create] = creates(server, profile)
    assert sent_body(profile, create).items() >= COMMANDS[profile.name].body.items()
    assert create.headers["authorization"].endswith(KEY)
    assert (
        f"saved {tmp_path / 'out' / 'content.png'}" in result.stdout
    )  # the extension from Content-Type
    assert (tmp_path / "out" / "content.png").read_bytes() == b"\x89PNG"
    assert profile.statuses["succeeded"] in result.stdout  # the final job, as text
    assert KEY not in result.stdout + result.stderr


def test_create_without_wait_prints_the_created_job_as_json(
    profile: Profile, server: MockServer
) -> None:
    job_server(server, profile)
    result = cli(profile, server, *COMMANDS[profile.name].create, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == profile.created_body()
    assert [r.method for r in server.requests] == ["POST"]  # no polling without --wait


def test_status_command_with_json_and_download(
    profile: Profile, server: MockServer, tmp_path: Path
) -> None:
    server.handler = lambda request: (
        Reply(200, raw=b"data", headers={"Content-Type": "video/mp4"})
        if request.path.startswith("/files/")
        else Reply(
            200,
            profile.status_body(profile.statuses["succeeded"] or "", server.url + "/files/content"),
        )
    )
    result = cli(profile, server, *COMMANDS[profile.name].status, profile.job_id, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == profile.status_body(
        profile.statuses["succeeded"] or "", server.url + "/files/content"
    )
    assert server.requests[-1].path == profile.status_prefix + profile.job_id
    downloaded = cli(
        profile,
        server,
        *COMMANDS[profile.name].status,
        profile.job_id,
        "--json",
        "--download",
        str(tmp_path),
    )
    assert downloaded.returncode == 0, downloaded.stderr
    assert json.loads(downloaded.stdout)["files"] == [str(tmp_path / "content.mp4")]


def test_a_missing_required_argument_is_a_usage_error_and_nothing_is_sent(
    profile: Profile, server: MockServer
) -> None:
    create = COMMANDS[profile.name].create
    result = cli(profile, server, *create[: create.index("--prompt")])
    assert result.returncode == 2
    assert "the following arguments are required: --prompt" in result.stderr
    assert server.requests == []


def test_an_invalid_value_is_refused_before_sending(profile: Profile, server: MockServer) -> None:
    result = cli(profile, server, *COMMANDS[profile.name].create, "--no-such-option", "1")
    assert result.returncode == 2 and "unrecognized arguments: --no-such-option" in result.stderr
    assert server.requests == []


def test_an_api_error_exits_1_with_its_message(profile: Profile, server: MockServer) -> None:
    status, body, _, message, _ = profile.error_reply
    server.handler = lambda request: Reply(status, body)
    result = cli(profile, server, *COMMANDS[profile.name].create, "--timeout", "5")
    assert result.returncode == 1, result.stderr
    assert message in result.stderr and "Error" in result.stderr
    as_json = cli(profile, server, *COMMANDS[profile.name].create, "--json")
    assert as_json.returncode == 1
    error = json.loads(as_json.stderr.strip().splitlines()[-1])
    assert error["status_code"] == status and message in error["message"]


def test_a_failed_job_exits_1_and_names_the_job(profile: Profile, server: MockServer) -> None:
    def handle(request: Recorded) -> Reply:
        if request.method == "POST":
            return Reply(201 if profile.name == "hoox" else 200, profile.created_body())
        return Reply(200, profile.status_body(profile.statuses["failed"] or "", ""))

    server.handler = handle
    result = cli(profile, server, *COMMANDS[profile.name].create, "--wait")
    assert result.returncode == 1
    assert (
        "JobFailedError" in result.stderr
        and f"started job(s), still on the server: {profile.job_id}" in result.stderr
    )


def test_no_api_key_is_a_usage_error(profile: Profile, server: MockServer) -> None:
    result = cli(profile, server, *COMMANDS[profile.name].status, profile.job_id, key=None)
    assert result.returncode == 2 and profile.env in result.stderr
    assert server.requests == []


def test_json_body_gives_the_arguments_and_options_win(
    profile: Profile, server: MockServer, tmp_path: Path
) -> None:
    job_server(server, profile)
    create = COMMANDS[profile.name].create
    arguments = {**COMMANDS[profile.name].body, "prompt": "from the file"}
    arguments = {("type_" if key == "type" else key): value for key, value in arguments.items()}
    (tmp_path / "args.json").write_text(json.dumps(arguments))
    result = cli(profile, server, *create[:2], "--json-body", str(tmp_path / "args.json"))
    assert result.returncode == 0, result.stderr
    assert sent_body(profile, creates(server, profile)[-1])["prompt"] == "from the file"
    result = cli(
        profile,
        server,
        *create[:2],
        "--json-body",
        str(tmp_path / "args.json"),
        "--prompt",
        "from the option",
    )
    assert result.returncode == 0, result.stderr
    assert sent_body(profile, creates(server, profile)[-1])["prompt"] == "from the option"
    (tmp_path / "bad.json").write_text('{"no_such_argument": 1}')
    bad = cli(profile, server, *create[:2], "--json-body", str(tmp_path / "bad.json"))
    assert bad.returncode == 2 and "unknown argument(s) no_such_argument" in bad.stderr


def test_help_lists_resources_and_commands_without_a_key(profile: Profile) -> None:
    result = cli(profile, None, "--help", key=None)
    assert result.returncode == 0
    assert (
        COMMANDS[profile.name].create[0] in result.stdout
        and "Exit codes: 0 success" in result.stdout
    )
    command = cli(profile, None, *COMMANDS[profile.name].create[:2], "--help", key=None)
    assert command.returncode == 0 and "--prompt" in command.stdout and "--wait" in command.stdout


def test_the_console_script_is_declared_and_runs(profile: Profile) -> None:
    """``[project.scripts]`` names the program after the API and points at ``main``; the
    wrapper pip writes for it (import, call, exit with the result) runs."""
    scripts = tomllib.loads((GENERATED / profile.name / "pyproject.toml").read_text())["project"][
        "scripts"
    ]
    assert scripts == {profile.name: f"{profile.package}._cli:main"}
    module, function = scripts[profile.name].split(":")
    wrapper = f"import sys; from {module} import {function}; sys.argv[0] = {profile.name!r}; sys.exit({function}())"
    env = {**os.environ, "PYTHONPATH": str(GENERATED / profile.name / "src")}
    result = subprocess.run(
        [sys.executable, "-c", wrapper, "--version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.strip() == f"{profile.name} 0.1.0"


# -- Krea, the example of the README ------------------------------------------------------------


def test_krea_enums_are_choices_and_limits_are_checked_before_sending(server: MockServer) -> None:
    krea = next(p for p in PROFILES if p.name == "krea")
    server.handler = lambda request: Reply(200, {"items": [], "next_cursor": None})
    listed = cli(krea, server, "jobs", "list", "--limit", "5", "--status", "completed")
    assert listed.returncode == 0, listed.stderr
    assert server.requests[-1].path == "/jobs?limit=5&status=completed"
    assert listed.stdout.splitlines() == ["items: []", "next_cursor: null"]
    count = len(server.requests)
    wrong_choice = cli(krea, server, "jobs", "list", "--status", "done")
    assert wrong_choice.returncode == 2 and "invalid choice: 'done'" in wrong_choice.stderr
    too_many = cli(krea, server, "jobs", "list", "--limit", "5000")  # the spec's maximum is 1000
    assert too_many.returncode == 2 and "limit" in too_many.stderr and "1000" in too_many.stderr
    not_a_number = cli(krea, server, "jobs", "list", "--limit", "five")
    assert not_a_number.returncode == 2 and "invalid int value: 'five'" in not_a_number.stderr
    assert len(server.requests) == count  # nothing was sent


def test_krea_json_arguments_and_list_output(server: MockServer) -> None:
    krea = next(p for p in PROFILES if p.name == "krea")
    job_server(server, krea)
    styles = '[{"id": "style-1", "strength": 0.5}]'
    result = cli(
        krea,
        server,
        "images",
        "flux-1-dev",
        "--prompt",
        "a red fox",
        "--steps",
        "30",
        "--styles",
        styles,
    )
    assert result.returncode == 0, result.stderr
    assert creates(server, krea)[-1].json() == {
        "prompt": "a red fox",
        "steps": 30,
        "styles": [{"id": "style-1", "strength": 0.5}],
    }
    bad_json = cli(
        krea, server, "images", "flux-1-dev", "--prompt", "a red fox", "--styles", "[not json"
    )
    assert bad_json.returncode == 2 and "not valid JSON" in bad_json.stderr


# -- the README's examples, as printed ------------------------------------------------------------

LIST_PAGES = {
    "krea": {"items": [], "next_cursor": None},
    "kling": {"code": 0, "message": "SUCCEED", "request_id": "r3", "data": []},
}


def readme_blocks(profile: Profile, section: str) -> list[tuple[str, str]]:
    """``(language, code)`` of the fenced blocks under ``## <section>`` of the package README."""
    text = (GENERATED / profile.name / "README.md").read_text()
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    parts = body.split("```")
    return [(block.split("\n", 1)[0], block.split("\n", 1)[1]) for block in parts[1::2]]


def test_the_readme_examples_run_as_printed(
    profile: Profile, server: MockServer, tmp_path: Path
) -> None:
    """Each line of the README's command-line block (the program run as ``python -m``, the job
    id filled in), its progress example as a script, and its logging line running that script."""
    job_server(server, profile)
    handler = server.handler

    def handle(request: Recorded) -> Reply:
        if request.method == "GET" and not request.path.startswith(
            (profile.status_prefix, "/files/")
        ):
            return Reply(200, LIST_PAGES[profile.name])
        if (
            request.method == "GET"
            and request.path.startswith(profile.status_prefix)
            and "?" in request.path
        ):
            return Reply(200, LIST_PAGES[profile.name])
        return handler(request)

    server.handler = handle
    [(language, commands)] = readme_blocks(profile, "Command line")
    assert language == "sh"
    ran = 0
    for line in commands.splitlines():
        if line.startswith("export "):
            continue
        words = shlex.split(line.replace("JOB_ID", profile.job_id))
        assert words[0] == profile.name
        result = cli(profile, server, *words[1:], cwd=tmp_path)
        assert result.returncode == 0, f"{line}\n{result.stderr}"
        ran += 1
    assert ran >= 3 and (tmp_path / "out" / "content.png").exists()

    [(language, script)] = readme_blocks(profile, "Progress")
    assert language == "python"
    (tmp_path / "your_script.py").write_text(script)
    [(_, logging_line), (language, logging_setup)] = readme_blocks(profile, "Logging")
    prefix = profile.env[: -len("_API_KEY")]
    assert logging_line.strip() == f"{prefix}_LOG=info python your_script.py"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(prefix + "_")},
        "PYTHONPATH": str(GENERATED / profile.name / "src"),
        profile.env: KEY,
        f"{prefix}_BASE_URL": server.url,
        f"{prefix}_LOG": "info",
    }
    result = subprocess.run(
        [sys.executable, "your_script.py"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "4 of 4 bytes" in result.stdout and "content-1.png" in result.stdout
    )  # out/content.png exists already
    assert (
        f"INFO {profile.package}: POST {profile.create_path} -> " in result.stderr
        and KEY not in result.stderr
    )
    setup = subprocess.run(
        [sys.executable, "-c", logging_setup],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert language == "python" and setup.returncode == 0, setup.stderr


def things_package(tmp_path: Path, name: str, operation: dict[str, Any]) -> None:
    """Generate the package ``name`` in ``tmp_path`` from a document whose one operation is
    ``operation`` as ``GET /things``."""
    from conftest import generate_document

    document = {
        "openapi": "3.1.0",
        "info": {"title": name.title(), "version": "1"},
        "paths": {"/things": {"get": operation}},
    }
    generate_document(tmp_path, name, document)


def test_spec_text_cannot_break_the_help(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Descriptions are the vendor's text: a ``%`` in them is shown, not read as a format."""
    from conftest import imported

    parameter = {
        "name": "scale",
        "in": "query",
        "description": "Scale in % (100% = %(prog)s %d)",
        "schema": {"type": "integer", "enum": [50, 100]},
    }
    operation = {
        "operationId": "listThings",
        "summary": "Things at 100%",
        "parameters": [parameter],
        "responses": {"200": {"description": "ok"}},
    }
    things_package(tmp_path, "pct", operation)
    with imported(tmp_path, "pct") as modules:
        cli_module = __import__("pct_sdk._cli", fromlist=["main"])
        assert modules["pct"] is not None
        assert cli_module.main(["things", "list", "--help"]) == 0
        out = capsys.readouterr().out
        assert "Scale in % (100% = %(prog)s %d)" in " ".join(out.split()) and "{50,100}" in out
        assert (
            cli_module.main(["things", "--help"]) == 0
            and "Things at 100%" in capsys.readouterr().out
        )


# -- a whole request body from a file (Krea's `styles train`, a oneOf body) ----------------------


def test_krea_json_body_is_the_whole_request_body(server: MockServer, tmp_path: Path) -> None:
    """For an operation whose request body is one argument (``styles.train(body=…)``, a ``oneOf``
    of two objects), ``--json-body FILE`` is that body: sent as written, checked by the method
    first, so a body that fits neither variant is a usage error and nothing is sent."""
    krea = next(p for p in PROFILES if p.name == "krea")
    job_server(server, krea)
    body = {
        "model": "qwen",
        "name": "lighthouses",
        "urls": ["https://example.com/a.png", "https://example.com/b.png"],
        "max_train_steps": 500,
    }
    (tmp_path / "body.json").write_text(json.dumps(body))
    result = cli(
        krea,
        server,
        "styles",
        "train",
        "--json-body",
        str(tmp_path / "body.json"),
        "--webhook-url",
        "https://example.com/hook",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    [sent] = [r for r in server.requests if r.method == "POST"]
    assert sent.path == "/styles/train" and sent.json() == body
    assert sent.headers.get("x-webhook-url") == "https://example.com/hook"
    assert (
        json.loads(result.stdout)["job_id"] == json.loads(json.dumps(krea.created_body()))["job_id"]
    )
    from_stdin = subprocess.run(
        [sys.executable, "-m", krea.package, "styles", "train", "--json-body", "-"],
        input=json.dumps(body),
        env={
            **os.environ,
            "PYTHONPATH": str(GENERATED / "krea" / "src"),
            krea.env: KEY,
            "KREA_BASE_URL": server.url,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert [r.json() for r in server.requests if r.method == "POST"] == [body, body]
    count = len(server.requests)
    invalid = {
        "fits no variant": {"model": "qwen", "name": "x"},  # qwen's variant requires urls
        "unknown model": {"model": "sdxl", "name": "x", "urls": ["https://example.com/a.png"]},
        "steps over the maximum": {
            "name": "x",
            "urls": ["https://example.com/a.png"],
            "max_train_steps": 5000,
        },
        "not an object": ["https://example.com/a.png"],
    }
    for case, value in invalid.items():
        (tmp_path / "bad.json").write_text(json.dumps(value))
        bad = cli(krea, server, "styles", "train", "--json-body", str(tmp_path / "bad.json"))
        assert bad.returncode == 2, (case, bad.stdout, bad.stderr)
        assert "RequestValidationError" in bad.stderr and "nothing was sent" in bad.stderr, (
            case,
            bad.stderr,
        )
        assert "Traceback" not in bad.stderr, (case, bad.stderr)
    (tmp_path / "broken.json").write_text('{"name": ')
    broken = cli(krea, server, "styles", "train", "--json-body", str(tmp_path / "broken.json"))
    assert broken.returncode == 2 and "not valid JSON" in broken.stderr
    missing = cli(
        krea, server, "styles", "train", "--json-body", str(tmp_path / "no-such-file.json")
    )
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    without = cli(krea, server, "styles", "train")
    assert without.returncode == 2 and "--body" in without.stderr
    assert len(server.requests) == count  # none of them was sent


# -- API arguments named like the command line's own options ------------------------------------


CLASHING = {"command": "draw", "json": "yes", "wait": "later", "timeout": "30"}


def clashing_document() -> dict[str, object]:
    """An operation whose arguments are named like the command line's own options and parser
    fields: a path ``resource``, query ``command``/``json``/``wait``/``timeout``, and booleans
    ``progress`` (whose ``--no-progress`` is the command line's) and ``no_progress_param``
    (which takes the option the renamed ``progress`` would get first)."""
    query = [{"name": name, "in": "query", "schema": {"type": "string"}} for name in CLASHING]
    booleans = [
        {"name": name, "in": "query", "schema": {"type": "boolean"}}
        for name in ("no_progress_param", "progress")
    ]
    path = {"name": "resource", "in": "path", "required": True, "schema": {"type": "string"}}
    operation = {
        "operationId": "drawThing",
        "parameters": [path, *query, *booleans],
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Clash", "version": "1"},
        "paths": {"/things/{resource}": {"get": operation}},
    }


def test_api_arguments_named_like_the_cli_options_keep_their_own_places(
    server: MockServer, tmp_path: Path
) -> None:
    """An argument named ``command``, ``json``, ``wait``, ``timeout`` (or a path ``resource``)
    neither overwrites the command line's own fields nor takes its options: it gets a ``-param``
    option of its own; a boolean ``progress`` is renamed too, since ``--no-progress`` is taken."""
    from conftest import generate_document, imported

    generate_document(tmp_path, "clash", clashing_document())
    with imported(tmp_path, "clash"):
        cli_module = importlib.import_module("clash_sdk._cli")
        draw = cli_module.commands("things")["draw"]
        flags = {  # by wire name: the argument ``timeout`` is ``timeout_`` in Python
            argument.name.rstrip("_"): argument.flag for argument in cli_module.arguments(draw)
        }
    assert (
        flags["command"] == "--command"
        and flags["json"] == "--json-param"
        and flags["wait"] == "--wait-param"
    )
    assert flags["timeout"] == "--timeout-param" and flags["resource"] == "RESOURCE"
    assert flags["no_progress_param"] == "--no-progress-param"
    assert (
        flags["progress"] == "--progress-param-2"
    )  # --progress-param's --no- form is taken by the argument above
    server.handler = lambda request: Reply(200, {"ok": True})
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path / "clash" / "src"),
        "CLASH_API_KEY": KEY,
        "CLASH_BASE_URL": server.url,
    }
    args = [
        "things",
        "draw",
        "lamp",
        "--command",
        "draw",
        "--json-param",
        "yes",
        "--wait-param",
        "later",
        flags["timeout"],
        "30",
        "--no-progress-param-2",
        "--no-progress-param",
        "--json",
        "--timeout",
        "5",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "clash_sdk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"ok": True}  # --json is the command line's own
    [request] = server.requests
    path, _, query = request.path.partition("?")
    assert path == "/things/lamp"
    sent = dict(pair.split("=") for pair in query.split("&"))
    assert sent == {**CLASHING, "progress": "false", "no_progress_param": "true"}


def test_a_download_that_cannot_be_saved_exits_1_with_the_job_ids(
    profile: Profile, server: MockServer, tmp_path: Path
) -> None:
    """The job ended (and was paid for) but its files cannot be written: no traceback, exit 1,
    and the job ids on standard error so the results can be fetched again."""
    job_server(server, profile)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for extra in ([], ["--json"]):
        result = cli(
            profile,
            server,
            *COMMANDS[profile.name].create,
            "--download",
            str(blocker / "out"),
            *extra,
        )
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and "DownloadError" in result.stderr
        assert profile.job_id in result.stderr, result.stderr
    status = cli(
        profile,
        server,
        *COMMANDS[profile.name].status,
        profile.job_id,
        "--download",
        str(blocker / "out"),
    )
    assert (
        status.returncode == 1
        and "Traceback" not in status.stderr
        and profile.job_id in status.stderr
    ), status.stderr


# -- --json-body refuses what the operation does not take (nothing is sent, nothing is paid) ------


def test_json_body_refuses_an_unknown_field_and_sends_nothing(
    server: MockServer, tmp_path: Path
) -> None:
    """A whole request body (Krea's ``styles train``) with a top-level field no variant of the
    body has would be sent as written (models keep unlisted fields) and paid for: the command
    line refuses it by name, lists the fields the body takes, exits 2 and sends no request. The
    same for an object of arguments with a key the operation does not take."""
    krea = next(p for p in PROFILES if p.name == "krea")
    job_server(server, krea)
    body = {
        "model": "qwen",
        "name": "lighthouses",
        "urls": ["https://example.com/a.png"],
        "max_train_steps": 500,
        "max_steps": 10,  # a typo of max_train_steps
    }
    (tmp_path / "body.json").write_text(json.dumps(body))
    result = cli(krea, server, "styles", "train", "--json-body", str(tmp_path / "body.json"))
    assert result.returncode == 2, result.stderr
    message = result.stderr.strip().splitlines()[-1]
    assert "max_steps" in message and "--json-body" in message
    accepted = message.split("its fields are ", 1)[1].split(", ")
    assert {"model", "name", "urls", "max_train_steps", "learning_rate"} <= set(accepted)
    assert "max_steps" not in accepted
    (tmp_path / "args.json").write_text(json.dumps({"prompt": "a fox", "stepz": 30}))
    arguments = cli(
        krea, server, "images", "flux-1-dev", "--json-body", str(tmp_path / "args.json")
    )
    assert arguments.returncode == 2, arguments.stderr
    assert "unknown argument(s) stepz" in arguments.stderr and "steps" in arguments.stderr
    assert server.requests == []  # neither reached the server
    del body["max_steps"]
    (tmp_path / "body.json").write_text(json.dumps(body))
    sent = cli(krea, server, "styles", "train", "--json-body", str(tmp_path / "body.json"))
    assert sent.returncode == 0, sent.stderr
    assert [r.json() for r in server.requests if r.method == "POST"] == [body]


def test_json_body_takes_a_free_form_body_as_written(server: MockServer, tmp_path: Path) -> None:
    """A body the API leaves open (Krea's ``node-apps execute``: any object of the app's inputs)
    has no field to refuse: it is sent as written."""
    krea = next(p for p in PROFILES if p.name == "krea")
    server.handler = lambda request: Reply(200, [krea.created_body()])
    inputs = {"prompt": "a fox", "anything": {"nested": [1, 2]}}
    (tmp_path / "inputs.json").write_text(json.dumps(inputs))
    result = cli(
        krea, server, "node-apps", "execute", "app-1", "--json-body", str(tmp_path / "inputs.json")
    )
    assert result.returncode == 0, result.stderr
    [request] = server.requests
    assert request.path == "/node-apps/app-1/execute" and request.json() == inputs


# -- lazy: the command line reads only what the command needs ------------------------------------


def loaded_modules(profile: Profile, *args: str) -> list[str]:
    code = (
        "import sys\n"
        f"from {profile.package}._cli import main\n"
        f"code = main({list(args)!r})\n"
        f"print(sorted(m for m in sys.modules if m.startswith('{profile.package}.')), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(GENERATED / profile.name / "src")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return eval(result.stderr.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_help_imports_no_resource_and_a_resource_only_its_own() -> None:
    """``krea --help`` reads the client class only (no resource module, no models); ``krea
    images --help`` imports the images resource (and the jobs resource it waits with), not the
    others."""
    krea = next(p for p in PROFILES if p.name == "krea")
    top = loaded_modules(krea, "--help")
    assert not [m for m in top if ".resources." in m or m.endswith(".models")], top
    images = loaded_modules(krea, "images", "--help")
    resources = {m.rsplit(".", 1)[1] for m in images if ".resources." in m}
    assert resources == {"images", "jobs"}, images


def test_vendor_text_shaped_like_arguments_cannot_hide_an_option(tmp_path: Path) -> None:
    """An operation's description is the vendor's text: one that looks like the generated
    ``Args:`` section, even calling a required argument a deprecated alias, hides no option
    (only an optional argument can be an alias); at most it is shown as help."""
    from conftest import imported

    operation = {
        "operationId": "listThings",
        "summary": "List things",
        "description": "Args:\n    scale: Deprecated alias of ``size``\n    size: hidden",
        "parameters": [
            {"name": "scale", "in": "query", "required": True, "schema": {"type": "integer"}},
            {"name": "size", "in": "query", "schema": {"type": "integer"}},
        ],
        "responses": {"200": {"description": "ok"}},
    }
    things_package(tmp_path, "fake", operation)
    with imported(tmp_path, "fake"):
        cli_module = importlib.import_module("fake_sdk._cli")
        [command] = cli_module.commands("things").values()
        arguments = {a.name: a for a in cli_module.arguments(command)}
    assert set(arguments) == {"scale", "size"} and arguments["scale"].required
    assert arguments["scale"].flag == "--scale" and arguments["size"].flag == "--size"
