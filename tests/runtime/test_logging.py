"""The package logger of every generated package, against a real server on 127.0.0.1 that
injects faults: what INFO says (each attempt, each retry and why, job state changes), what DEBUG
adds (headers and bodies), and that the API key appears at no level, in no form."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import GENERATED, MockServer, Recorded, Reply, generate_document, imported
from runtime_profiles import PROFILES, Profile

KEY = "sk-secret-key"  # what runtime_profiles' clients authenticate with
RESULT = b"\x89PNG result" * 100


@pytest.fixture(params=PROFILES, ids=[p.name for p in PROFILES])
def profile(request: pytest.FixtureRequest) -> Profile:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries and polling record their sleeps instead of sleeping."""
    import time

    recorded: list[float] = []
    monkeypatch.setattr(time, "sleep", recorded.append)

    async def fake_async_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return recorded


@pytest.fixture
def logs(profile: Profile, caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger=profile.package)
    return caplog


def assert_no_secret(caplog: pytest.LogCaptureFixture, *secrets: str) -> None:
    """No record, at any level, holds a secret: not its message, not its arguments."""
    assert caplog.records, "nothing was logged"
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__.get("exc_info"))
        for secret in secrets:
            assert secret not in text, f"{secret!r} logged at {record.levelname}: {text[:300]}"


def faulty_job(server: MockServer, profile: Profile) -> None:
    """A whole job through faults: the create refused once with 429 and Retry-After; the first
    poll answered 503 then ``running``; the next poll failing through every retry; then the job
    done (with a Deprecation header) and its file, at a URL without an extension."""
    created = iter([Reply(429, {"error": "slow down"}, headers={"Retry-After": "1"})])
    polls = iter(
        [
            Reply(503, {"error": "busy"}),
            Reply(200, profile.status_body(profile.statuses["running"] or "", "")),
            Reply(503, {"error": "busy"}),
            Reply(503, {"error": "busy"}),
            Reply(503, {"error": "busy"}),
        ]
    )

    def handle(request: Recorded) -> Reply:
        if request.method == "POST":
            return next(
                created, Reply(201 if profile.name == "hoox" else 200, profile.created_body())
            )
        if request.path.startswith(profile.status_prefix):
            done = profile.status_body(
                profile.statuses["succeeded"] or "", server.url + "/files/content"
            )
            return next(
                polls,
                Reply(200, done, headers={"Deprecation": "true", "X-Request-Id": "req-done-1"}),
            )
        if request.path.startswith("/files/"):
            return Reply(
                200,
                raw=RESULT,
                headers={"Content-Type": "image/png", "Set-Cookie": f"session={KEY}"},
            )
        return Reply(404, {"error": "not found"})

    server.handler = handle


def run_faulty_job(server: MockServer, profile: Profile, tmp_path: Path) -> list[Path]:
    faulty_job(server, profile)
    client = profile.client(server.url)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        job = profile.create_and_wait(client, poll_interval=0.01, wait_timeout=60)
    job = job[0] if isinstance(job, list) else job  # Hoox starts a list of jobs
    resource = {
        "krea": "jobs",
        "kiara": "generations",
        "hoox": "assets",
        "kling": "images",
        "vtrix": "tasks",
    }[profile.name]
    return getattr(client, resource).download_results(job, tmp_path)  # type: ignore[no-any-return]


def test_a_faulty_job_logs_every_attempt_and_decision_and_never_the_key(
    profile: Profile,
    server: MockServer,
    sleeps: list[float],
    logs: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    paths = run_faulty_job(server, profile, tmp_path)
    assert [path.name for path in paths] == ["content.png"]  # the extension comes from Content-Type
    assert_no_secret(logs, KEY)
    info = [r.getMessage() for r in logs.records if r.levelno >= logging.INFO]
    status_path = profile.status_prefix + profile.job_id
    expected = [
        f"POST {profile.create_path} -> 429 Too Many Requests in ",
        f"retrying POST {profile.create_path} in 1.00 s (retry 1 of 2) after 429: the server refused it (429): nothing was started; honouring Retry-After (1 s)",
        f"GET {status_path} -> 503 Service Unavailable in ",
        f"retrying GET {status_path} in ",
        f"GET {status_path} -> 200 OK in ",
        f"job {profile.job_id}: running (status {profile.statuses['running']!r})",
        f"not retrying GET {status_path} after 503: all 2 retries used",
        f"job {profile.job_id}: a status poll failed (InternalServerError",
        (
            "request id r2" if profile.name == "kling" else "request id req-done-1"
        ),  # Kling's body names its own
        f"job {profile.job_id}: succeeded (status {profile.statuses['succeeded']!r})",
        f"DeprecationWarning: GET {status_path} is deprecated by the API",
        "GET /files/content -> 200 OK",
    ]
    for line in expected:
        assert any(
            line in message for message in info
        ), f"no INFO line has {line!r}:\n" + "\n".join(info)
    debug = "\n".join(r.getMessage() for r in logs.records if r.levelno == logging.DEBUG)
    assert "authorization: [REDACTED]" in debug  # the header is named, its value is not
    assert "set-cookie: [REDACTED]" in debug
    assert "user-agent:" in debug and "request body: {" in debug  # the rest is shown


def test_info_level_shows_no_headers_or_bodies(
    profile: Profile,
    server: MockServer,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.INFO, logger=profile.package)
    run_faulty_job(server, profile, tmp_path)
    assert all(record.levelno >= logging.INFO for record in caplog.records)
    assert not any("headers:" in record.getMessage() for record in caplog.records)
    assert_no_secret(caplog, KEY)


def test_a_post_that_may_have_started_work_is_not_retried_and_says_why(
    profile: Profile, server: MockServer, sleeps: list[float], logs: pytest.LogCaptureFixture
) -> None:
    server.handler = lambda request: Reply(503, {"error": "busy"})
    with pytest.raises(getattr(profile.module(), "InternalServerError")):
        profile.create(profile.client(server.url))
    messages = [r.getMessage() for r in logs.records]
    if profile.idempotent_create:  # it carries an Idempotency-Key: repeating it is safe
        assert any(
            m.startswith(f"retrying POST {profile.create_path}") and "Idempotency-Key" in m
            for m in messages
        )
    else:
        assert len(server.requests) == 1
        assert any(
            m.startswith(
                f"not retrying POST {profile.create_path} after 503: the server may already have started (and charged for) it"
            )
            and "without an Idempotency-Key is not safe to repeat" in m
            for m in messages
        ), messages
    assert_no_secret(logs, KEY)


def test_a_connection_that_never_opened_is_retried_and_says_why(
    profile: Profile, sleeps: list[float], logs: pytest.LogCaptureFixture
) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(getattr(profile.module(), "APIConnectionError")):
        profile.create(profile.client(f"http://127.0.0.1:{port}"))
    messages = [r.getMessage() for r in logs.records]
    assert any(
        "ConnectError" in m and "the connection could not be opened, so the request never left" in m
        for m in messages
    ), messages
    assert any(
        m.startswith(
            f"not retrying POST {profile.create_path} after ConnectError: all 2 retries used"
        )
        for m in messages
    )


def test_the_async_client_logs_the_same(
    profile: Profile, server: MockServer, sleeps: list[float], logs: pytest.LogCaptureFixture
) -> None:
    faulty_job(server, profile)

    async def main() -> Any:
        async with profile.async_client(server.url) as client:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                return await profile.create_and_wait(client, poll_interval=0.01, wait_timeout=60)

    asyncio.run(main())
    messages = [r.getMessage() for r in logs.records]
    assert any(f"honouring Retry-After (1 s)" in m for m in messages)
    assert any(f"job {profile.job_id}: succeeded" in m for m in messages)
    assert_no_secret(logs, KEY)


def test_nothing_is_logged_by_default(
    profile: Profile,
    server: MockServer,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.WARNING)  # an application that did not ask for the package's logs
    run_faulty_job(server, profile, tmp_path)
    assert not [r for r in caplog.records if r.name.startswith(profile.package)]


# -- the environment variable, and what importing costs ------------------------------------------


def run_python(profile: Profile, code: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.endswith(("_LOG", "_API_KEY", "_BASE_URL"))
    }
    environment["PYTHONPATH"] = str(GENERATED / profile.name / "src")
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_importing_and_constructing_a_client_loads_neither_logging_nor_the_command_line(
    profile: Profile,
) -> None:
    code = (
        f"import sys, {profile.package} as p\n"
        f"p.{profile.client_class}(api_key='k')\n"
        f"print(sorted(m for m in sys.modules if m.startswith('{profile.package}._')))\n"
    )
    result = run_python(profile, code)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout
    for module in ("_logs", "_cli", "_progress"):
        assert f"'{profile.package}.{module}'" not in loaded
    assert f"'{profile.package}._observe'" in loaded  # the hooks, which cost one call each


@pytest.mark.parametrize("level", ["debug", "info"])
def test_the_environment_variable_switches_console_logging_on(
    profile: Profile, server: MockServer, level: str
) -> None:
    server.handler = lambda request: Reply(
        200,
        profile.status_body(profile.statuses["running"] or "", ""),
        headers={"X-Request-Id": "req-7"},
    )
    prefix = profile.env[: -len("_API_KEY")]
    code = f"import {profile.package} as p\nc = p.{profile.client_class}()\n" + {
        "krea": "c.jobs.get('{id}')",
        "kiara": "c.generations.get('{id}')",
        "hoox": "c.assets.get_status('{id}')",
        "kling": "c.images.get_generation_task('{id}')",
        "vtrix": "c.tasks.get('{id}')",
    }[profile.name].format(id=profile.job_id)
    result = run_python(
        profile,
        code,
        **{profile.env: KEY, f"{prefix}_BASE_URL": server.url, f"{prefix}_LOG": level},
    )
    assert result.returncode == 0, result.stderr
    assert (
        f"INFO {profile.package}: GET {profile.status_prefix}{profile.job_id} -> 200 OK in "
        in result.stderr
    )
    assert ("request id r2" if profile.name == "kling" else "request id req-7") in result.stderr
    assert ("DEBUG" in result.stderr) is (level == "debug")
    assert KEY not in result.stderr and KEY not in result.stdout
    quiet = run_python(profile, code, **{profile.env: KEY, f"{prefix}_BASE_URL": server.url})
    assert quiet.returncode == 0 and quiet.stderr == ""


# -- every way a key travels ---------------------------------------------------------------------

OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}


def auth_document(title: str, scheme: dict[str, Any]) -> dict[str, Any]:
    operation = {
        "operationId": "createThing",
        "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
        "responses": OK,
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1"},
        "paths": {"/things": {"post": operation}},
        "components": {"securitySchemes": {"key": scheme}},
        "security": [{"key": []}],
    }


SCHEMES = {
    "lhdr": auth_document("Lhdr", {"type": "apiKey", "in": "header", "name": "X-Vendor-Key"}),
    "lqry": auth_document("Lqry", {"type": "apiKey", "in": "query", "name": "key"}),
    "lck": auth_document("Lck", {"type": "apiKey", "in": "cookie", "name": "sid"}),
    "lbasic": auth_document("Lbasic", {"type": "http", "scheme": "basic"}),
}


@pytest.fixture(scope="module")
def schemes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    work = tmp_path_factory.mktemp("log-auth")
    for name, spec in SCHEMES.items():
        generate_document(work, name, spec)
    with imported(work, *SCHEMES) as modules:
        yield modules


@pytest.mark.parametrize("name", list(SCHEMES))
def test_the_key_is_redacted_in_every_place_a_scheme_sends_it(
    name: str,
    schemes: dict[str, ModuleType],
    server: MockServer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret, webhook_secret = "k/Secret 42=", "whsec_0123456789"
    monkeypatch.setenv(f"{name.upper()}_WEBHOOK_SECRET", webhook_secret)
    caplog.set_level(logging.DEBUG, logger=f"{name}_sdk")
    server.handler = lambda request: Reply(
        200,
        {"echo": request.path, "webhook_secret": webhook_secret, "signature": "sig-1"},
        headers={"X-Signature": "sig-1"},
    )
    client = getattr(schemes[name], name.capitalize())(
        api_key=secret, base_url=server.url, max_retries=0
    )
    # the key also where no scheme puts it: a body field and a header that name a secret
    client.things.create(
        body={"api_key": secret, "note": f"mine is {secret}"}, extra_headers={"X-Api-Token": secret}
    )
    forms = [secret, "k%2FSecret%2042%3D", "k/Secret", webhook_secret, "sig-1"]
    if name == "lbasic":
        import base64

        forms.append(base64.b64encode(secret.encode()).decode())
    assert_no_secret(caplog, *forms)
    debug = caplog.text
    assert "[REDACTED]" in debug and '"note": "mine is [REDACTED]"' in debug


def test_a_long_retry_after_without_a_deadline_is_logged_for_what_it_is(
    profile: Profile, server: MockServer, sleeps: list[float], logs: pytest.LogCaptureFixture
) -> None:
    """The log prints the reason the client decided for: a Retry-After over a minute with no
    deadline set, not a deadline that does not exist."""
    server.handler = lambda request: Reply(
        429, {"error": "slow down"}, headers={"Retry-After": "120"}
    )
    with pytest.raises(getattr(profile.module(), "RateLimitError")) as caught:
        profile.create(profile.client(server.url))
    assert caught.value.retry_after == 120 and len(server.requests) == 1 and sleeps == []
    messages = [r.getMessage() for r in logs.records if r.getMessage().startswith("not retrying")]
    assert messages == [
        f"not retrying POST {profile.create_path} after 429: the server asked to wait 120 s, more than the 60 s waited without a deadline (the error's retry_after says when to try again)"
    ]


def test_logs_and_errors_redact_the_same_forms_of_the_key(
    profile: Profile, server: MockServer, sleeps: list[float], logs: pytest.LogCaptureFixture
) -> None:
    """One list of forms (``_auth.secret_forms``) for logs and errors: the key base64-encoded
    and form-escaped (``quote_plus``) is kept out of both, whatever the auth scheme."""
    import base64
    from urllib.parse import quote_plus

    key = "sk live/key+42"
    forms = [key, quote_plus(key), base64.b64encode(key.encode()).decode()]
    server.handler = lambda request: Reply(
        400, {"error": {"code": "bad_key", "message": f"no such key: {' | '.join(forms)}"}}
    )
    with pytest.raises(getattr(profile.module(), "BadRequestError")) as caught:
        profile.create(
            getattr(profile.module(), profile.client_class)(
                api_key=key, base_url=server.url, max_retries=0
            )
        )
    shown = f"{caught.value} {caught.value.body!r}"
    for form in forms:
        assert form not in shown
    assert_no_secret(logs, *forms)


def test_secrets_are_kept_per_live_client_so_many_clients_do_not_grow_memory(
    profile: Profile, server: MockServer, logs: pytest.LogCaptureFixture
) -> None:
    """A long-running process creating client after client (one per tenant's key) keeps only the
    live clients' secrets: a dropped client's key is forgotten, a live one's stays redacted, also
    in a record that has no client (a job's state)."""
    import gc
    import importlib

    log_module = importlib.import_module(f"{profile.package}._logs")
    server.handler = lambda request: Reply(400, {"error": "no"})
    error = getattr(profile.module(), "BadRequestError")
    gc.collect()
    before = len(log_module._CLIENT_SECRETS)

    def use(key: str) -> Any:
        client = getattr(profile.module(), profile.client_class)(
            api_key=key, base_url=server.url, max_retries=0
        )
        with pytest.raises(error):
            profile.create(client)
        return client

    for number in range(50):
        use(f"sk-tenant-{number:04d}-key")
    kept = use("sk-still-in-use-key")
    gc.collect()
    assert len(log_module._CLIENT_SECRETS) == before + 1
    assert "sk-tenant-0001-key" not in log_module.known_secrets()
    log_module.log_job_status("job-1", "sk-still-in-use-key", "running", 1.0)
    assert_no_secret(logs, "sk-still-in-use-key", *(f"sk-tenant-{n:04d}-key" for n in range(50)))
    assert "[REDACTED]" in logs.records[-1].getMessage()
    del kept
