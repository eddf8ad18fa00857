"""The runtime against servers that misbehave on purpose (issue 14, items 9 to 16): redirect
loops on a paid POST, slow create answers under a wait's deadline, long ``Retry-After``s,
answers that break value limits after the money is spent, forged webhooks, broken encodings,
hostile download names and planted symlinks, oversized and compressed bodies, and error bodies
that echo the API key. Every test runs against a real server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import hmac
import importlib
import inspect
import json
import os
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pydantic
import pytest

from conftest import MockServer, Recorded, Reply
from runtime_profiles import BY_NAME, PROFILES, Profile
from test_runtime import BROKEN_CREATED, job_server, posts


@pytest.fixture(params=PROFILES, ids=[p.name for p in PROFILES])
def profile(request: pytest.FixtureRequest) -> Profile:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def sleeps(profile: Profile, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the runtime's sleeps instead of sleeping (retries and polling stay instant)."""
    recorded: list[float] = []
    module = profile.module()
    for name in ("_base_client", "_jobs"):
        submodule = importlib.import_module(f"{module.__name__}.{name}")
        monkeypatch.setattr(submodule.time, "sleep", recorded.append)

    async def fake_async_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return recorded


@contextmanager
def raw_server(respond: Callable[[socket.socket, threading.Event], None]) -> Iterator[str]:
    """A one-connection-at-a-time server on 127.0.0.1 that hands each accepted socket (after
    reading the request head) to ``respond``: for bodies dripped a byte at a time."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.recv(65536)
                respond(connection, stop)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d" % listener.getsockname()[1]
    finally:
        stop.set()
        listener.close()


def drip(head: bytes) -> Callable[[socket.socket, threading.Event], None]:
    def respond(connection: socket.socket, stop: threading.Event) -> None:
        connection.sendall(head)
        while not stop.wait(0.05):
            try:
                connection.sendall(b" ")
            except OSError:
                return

    return respond


# --- 9. a paid POST is never sent around a redirect loop ----------------------------------------


@pytest.mark.parametrize("location", ["same", "empty"])
def test_a_post_redirected_to_itself_is_sent_once(
    profile: Profile, server: MockServer, sleeps: list[float], location: str
) -> None:
    target = profile.create_path if location == "same" else ""
    server.handler = lambda r: Reply(307, {"error": "moved"}, {"Location": target})
    module = profile.module()
    with pytest.raises(module.APIStatusError) as caught:
        profile.create(profile.client(server.url))
    assert caught.value.status_code == 307 and "not sent again" in str(caught.value)
    assert len(posts(server, profile)) == 1


def test_a_post_without_idempotency_key_follows_one_307_at_most(
    profile: Profile, server: MockServer, sleeps: list[float]
) -> None:
    hops = iter(range(1, 100))
    server.handler = lambda r: Reply(308, None, {"Location": f"/moved-{next(hops)}"})
    module = profile.module()
    with pytest.raises(module.APIError) as caught:
        profile.create(profile.client(server.url))
    sent = [r for r in server.requests if r.method == "POST"]
    if profile.idempotent_create:  # safe to repeat: followed, but never around a loop or forever
        assert 2 <= len(sent) <= 21 and len({r.path for r in sent}) == len(sent)
    else:
        assert [r.path.split("?")[0] for r in sent] == [profile.create_path, "/moved-1"]
        assert isinstance(caught.value, module.APIStatusError) and caught.value.status_code == 308


def test_a_redirect_loop_of_gets_is_an_error_not_twenty_requests(server: MockServer) -> None:
    profile = BY_NAME["krea"]
    server.handler = lambda r: Reply(
        302, None, {"Location": "/a" if r.path.startswith("/b") else "/b"}
    )
    with pytest.raises(profile.module().APIStatusError):
        profile.fetch(profile.client(server.url, max_retries=0), profile.job_id)
    assert len(server.requests) == 3  # /jobs/…, /b, /a; /b again would be a loop


# --- 10. …_and_wait: the create call keeps to the wait's deadline --------------------------------


def test_create_and_wait_deadline_bounds_a_slow_create_answer(
    profile: Profile, server: MockServer
) -> None:
    server.handler = lambda r: Reply(200, profile.created_body(), delay=4)
    started = time.monotonic()
    with pytest.raises(profile.module().APITimeoutError):
        profile.create_and_wait(profile.client(server.url, max_retries=0), wait_timeout=0.5)
    assert time.monotonic() - started < 3.5


def test_create_and_wait_deadline_bounds_a_dripped_create_answer() -> None:
    profile = BY_NAME["krea"]
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
    with raw_server(drip(head)) as url:
        started = time.monotonic()
        with pytest.raises(profile.module().APITimeoutError):
            profile.create_and_wait(profile.client(url, max_retries=0), wait_timeout=0.5)
        assert time.monotonic() - started < 3.5


def test_async_create_and_wait_deadline_bounds_a_slow_create_answer(server: MockServer) -> None:
    profile = BY_NAME["kiara"]
    server.handler = lambda r: Reply(200, profile.created_body(), delay=4)
    started = time.monotonic()
    with pytest.raises(profile.module().APITimeoutError):
        asyncio.run(
            profile.create_and_wait(
                profile.async_client(server.url, max_retries=0), wait_timeout=0.5
            )
        )
    assert time.monotonic() - started < 3.5


# --- 11. Retry-After longer than the usual cap --------------------------------------------------


def test_a_long_retry_after_without_a_deadline_is_a_typed_error_saying_when(
    profile: Profile, server: MockServer, sleeps: list[float]
) -> None:
    server.handler = lambda r: Reply(429, {"error": "slow down"}, {"Retry-After": "120"})
    with pytest.raises(profile.module().RateLimitError) as caught:
        profile.create(profile.client(server.url))
    assert caught.value.retry_after == 120.0 and "120" in str(caught.value)
    assert len(posts(server, profile)) == 1 and sleeps == []  # never sooner than asked


def test_a_long_retry_after_within_the_deadline_is_waited_as_asked(
    profile: Profile, server: MockServer, sleeps: list[float]
) -> None:
    server.handler = lambda r: (
        Reply(429, {"error": "slow down"}, {"Retry-After": "120"})
        if len(server.requests) == 1
        else Reply(200, profile.created_body())
    )
    profile.create(profile.client(server.url, total_timeout=600))
    assert sleeps == [120.0] and len(posts(server, profile)) == 2


def test_a_long_retry_after_past_the_deadline_gives_up_at_once(
    profile: Profile, server: MockServer, sleeps: list[float]
) -> None:
    server.handler = lambda r: Reply(503, {"error": "busy"}, {"Retry-After": "120"})
    with pytest.raises(profile.module().InternalServerError) as caught:
        profile.fetch(profile.client(server.url, total_timeout=60), profile.job_id)
    assert caught.value.retry_after == 120.0 and len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e999"])
def test_a_retry_after_that_is_no_number_of_seconds_is_ignored(
    server: MockServer, value: str
) -> None:
    profile = BY_NAME["krea"]
    server.handler = lambda r: (
        Reply(503, {"error": "busy"}, {"Retry-After": value, "retry-after-ms": value})
        if len(server.requests) == 1
        else Reply(200, profile.status_body("completed", "u"))
    )
    slept: list[float] = []
    module = importlib.import_module("krea_sdk._base_client")
    original = module.time.sleep
    module.time.sleep = slept.append
    try:
        profile.fetch(profile.client(server.url), profile.job_id)
    finally:
        module.time.sleep = original
    assert len(slept) == 1 and 0 < slept[0] <= 8  # the usual backoff


def test_wait_never_polls_sooner_than_a_retry_after(
    profile: Profile, server: MockServer, sleeps: list[float]
) -> None:
    """A poll refused with ``Retry-After`` longer than the wait has left ends the wait (the job id
    reported) instead of polling again early."""
    server.handler = lambda r: Reply(429, {"error": "slow down"}, {"Retry-After": "120"})
    with pytest.raises(profile.module().JobTimeoutError) as caught:
        profile.wait(profile.client(server.url), profile.job_id, timeout=100)
    assert caught.value.job_id == profile.job_id and len(server.requests) == 1
    assert all(delay >= 120 for delay in sleeps)


# --- 12. responses are parsed for shape, never for value limits ---------------------------------


def test_start_answers_that_break_value_limits_still_parse(server: MockServer) -> None:
    hoox, vtrix, kiara = BY_NAME["hoox"], BY_NAME["vtrix"], BY_NAME["kiara"]
    server.handler = lambda r: Reply(201, {**hoox.created_body(), "status": "pending"})
    assert (
        hoox.create(hoox.client(server.url)).status == "pending"
    )  # a const the spec says is "generating"
    server.handler = lambda r: Reply(200, {**vtrix.status_body("in_progress", "u"), "progress": 50})
    assert vtrix.fetch(vtrix.client(server.url), "task_9").progress == 50  # documented as 0–1
    server.handler = lambda r: Reply(
        200, {**kiara.created_body(), "id": "01HV6ZNB", "created_at": "2026-01-01T00:00:00"}
    )
    created = kiara.create(kiara.client(server.url))
    assert (
        created.id == "01HV6ZNB" and created.created_at.tzinfo is None
    )  # pattern ^gen_, an aware date-time


def test_arguments_stay_strict(server: MockServer) -> None:
    kiara = BY_NAME["kiara"]
    module = kiara.module()
    with pytest.raises(module.RequestValidationError):
        kiara.client(server.url).generations.create(prompt="x" * 5000)
    assert server.requests == []


def test_an_unparsable_start_answer_carries_the_job_ids(
    profile: Profile, server: MockServer
) -> None:
    broken = BROKEN_CREATED[profile.name](profile.created_body())
    server.handler = lambda r: Reply(201 if profile.name == "hoox" else 200, broken)
    with pytest.raises(profile.module().APIResponseValidationError) as caught:
        profile.create(profile.client(server.url))
    assert caught.value.job_ids == (profile.job_id,)


def test_a_result_missing_a_required_field_is_a_shape_error_naming_the_job(
    server: MockServer,
) -> None:
    kiara = BY_NAME["kiara"]
    body = kiara.status_body("completed", "https://x/y.png")
    del body["result"]["asset_id"]
    server.handler = lambda r: Reply(200, body)
    with pytest.raises(kiara.module().APIResponseValidationError) as caught:
        kiara.fetch(kiara.client(server.url), kiara.job_id)
    assert caught.value.body == body


_CONSTRAINTS = {
    "pattern",
    "min_length",
    "max_length",
    "ge",
    "gt",
    "le",
    "lt",
    "multiple_of",
    "tz_constraint",
    "max_digits",
    "decimal_places",
}


def _constraint_keys(node: Any, found: set[str]) -> set[str]:
    """Limits anywhere in a core schema, and "model" when a model schema is left: pydantic-core
    would validate it with the model class's own (strict) validator."""
    if isinstance(node, dict):
        if isinstance(node.get("type"), str):
            found.update(_CONSTRAINTS & node.keys())
            found.update({"model"} & {node["type"]})
        for value in node.values():
            _constraint_keys(value, found)
    elif isinstance(node, list):
        for value in node:
            _constraint_keys(value, found)
    return found


@pytest.mark.parametrize("name", [p.name for p in PROFILES])
def test_no_model_of_any_package_checks_a_value_limit_in_responses(name: str) -> None:
    """Every model and alias of the models module: the schema responses are parsed with in the
    lenient pass keeps no limit, while the models themselves (arguments) keep all of them."""
    package = BY_NAME[name].module()
    models = importlib.import_module(f"{package.__name__}.models")
    enums = importlib.import_module(f"{package.__name__}._enums")
    limited = 0
    for value in vars(models).values():
        if not (
            (
                inspect.isclass(value)
                and issubclass(value, pydantic.BaseModel)
                and value.__module__ == models.__name__
            )
            or type(value).__name__ == "TypeAliasType"
        ):
            continue
        adapter = enums.response_adapter(value)
        limited += bool(_constraint_keys(adapter.core_schema, set()))
        assert _constraint_keys(enums.shape_schema(adapter.core_schema), set()) == set(), value
    assert limited  # the strict schemas do have limits: the check above can fail


SHAPES: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shapes", "version": "1"},
    "paths": {
        "/drawing": {
            "get": {
                "operationId": "getDrawing",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Drawing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Circle": {
                "type": "object",
                "required": ["shape", "radius"],
                "properties": {
                    "shape": {"const": "circle"},
                    "radius": {"type": "number", "maximum": 10},
                },
            },
            "Square": {
                "type": "object",
                "required": ["shape"],
                "properties": {"shape": {"const": "square"}, "side": {"type": "number"}},
            },
            "Shape": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Circle"},
                    {"$ref": "#/components/schemas/Square"},
                ]
            },
            "Drawing": {
                "type": "object",
                "required": ["kind", "main"],
                "properties": {
                    "kind": {"const": "drawing"},
                    "main": {"$ref": "#/components/schemas/Shape"},
                    "others": {"type": "array", "items": {"$ref": "#/components/schemas/Shape"}},
                    "first": {"$ref": "#/components/schemas/Circle"},
                    "title": {"type": "string", "maxLength": 3},
                },
            },
        }
    },
}


def test_variant_tags_stay_exact_while_limits_and_other_consts_open(
    tmp_path: Path, server: MockServer
) -> None:
    """A const that tells the variants of a plain union apart stays closed in the shape pass (an
    open one would let the wrong variant match), also where the variant is a shared definition;
    limits inside the variants, and consts elsewhere, do not count."""
    from conftest import generate_document, imported

    generate_document(tmp_path, "shapes", SHAPES)
    with imported(tmp_path, "shapes") as modules:
        sdk = modules["shapes"]
        client = sdk.Shapes(api_key="k", base_url=server.url, max_retries=0)
        circle = {"shape": "circle", "radius": 50}
        server.handler = lambda r: Reply(
            200,
            {
                "kind": "sketch",
                "main": circle,
                "others": [circle, {"shape": "square"}],
                "first": circle,
                "title": "long title",
            },
        )
        drawing = client.drawing.get()
        assert drawing.kind == "sketch" and drawing.title == "long title"
        assert type(drawing.main).__name__ == "Circle" and drawing.main.radius == 50
        assert [type(item).__name__ for item in drawing.others] == ["Circle", "Square"]
        server.handler = lambda r: Reply(
            200, {"kind": "drawing", "main": {"shape": "triangle", "radius": 1}}
        )
        with pytest.raises(sdk.APIResponseValidationError):
            client.drawing.get()


# --- 13. webhooks --------------------------------------------------------------------------------


def _kiara_signed(body: bytes, stamp: str, secret: str = "whsec") -> dict[str, str]:
    digest = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return {"X-Kiara-Timestamp": stamp, "X-Kiara-Signature": digest}


def test_webhook_non_ascii_signature_is_a_verification_error() -> None:
    from kiara_sdk.webhooks import WebhookVerificationError, unwrap

    body = b'{"type": "generation.completed"}'
    headers = {**_kiara_signed(body, str(int(time.time()))), "X-Kiara-Signature": "v1=\u00e9\u00e9"}
    with pytest.raises(WebhookVerificationError):
        unwrap(body, headers, secret="whsec")


@pytest.mark.parametrize(
    "stamp",
    [
        "nan",
        "inf",
        "-inf",
        "1.7e9",
        "%d.5" % time.time(),
        " %d" % time.time(),
        "%d" % (time.time() * 10**9),
    ],
)
def test_webhook_timestamp_must_be_a_whole_number_of_seconds(stamp: str) -> None:
    from kiara_sdk.webhooks import WebhookVerificationError, unwrap

    body = json.dumps(
        {
            "type": "generation.completed",
            "data": BY_NAME["kiara"].status_body("completed", "https://x/y.png"),
        }
    ).encode()
    with pytest.raises(WebhookVerificationError):
        unwrap(body, _kiara_signed(body, stamp), secret="whsec")


def test_webhook_deeply_nested_signed_body_is_a_verification_error() -> None:
    from kiara_sdk.webhooks import WebhookVerificationError, unwrap

    body = b'{"type": "generation.completed", "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(WebhookVerificationError):
        unwrap(body, _kiara_signed(body, str(int(time.time()))), secret="whsec")
    from hoox_sdk.webhooks import WebhookVerificationError as HooxError, unwrap as hoox_unwrap

    with pytest.raises(HooxError):  # unsigned deliveries too
        hoox_unwrap(
            b'{"asset_id": "a", "status": "completed", "extra": '
            + b"[" * 100_000
            + b"]" * 100_000
            + b"}"
        )


# --- 14. the package's own errors for broken encodings and unusable redirects ------------------


def test_a_body_that_is_not_the_gzip_it_claims_is_a_typed_error(
    profile: Profile, server: MockServer, sleeps: list[float]
) -> None:
    server.handler = lambda r: Reply(
        200, raw=b"definitely not gzip", headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(profile.module().APIConnectionError):
        profile.fetch(profile.client(server.url, max_retries=0), profile.job_id)


def test_wait_rides_out_a_poll_with_a_broken_encoding(
    profile: Profile, server: MockServer, sleeps: list[float]
) -> None:
    job_server(server, profile, [profile.statuses["succeeded"]])  # type: ignore[list-item]
    follow = server.handler
    polls = iter(range(100))
    server.handler = lambda r: (
        Reply(200, raw=b"broken", headers={"Content-Encoding": "gzip"})
        if next(polls) == 0
        else follow(r)
    )
    job = profile.wait(profile.client(server.url, max_retries=0), profile.job_id)
    assert job is not None and len(server.requests) == 2


def test_a_redirect_to_an_unusable_location_is_a_typed_error(
    profile: Profile, server: MockServer
) -> None:
    server.handler = lambda r: Reply(302, None, {"Location": "javascript:alert(1)"})
    module = profile.module()
    with pytest.raises(module.APIConnectionError):
        profile.fetch(profile.client(server.url, max_retries=0), profile.job_id)
    with pytest.raises(module.APIConnectionError):
        profile.create(profile.client(server.url, max_retries=0))


# --- 15. downloads: capped names, temporary files created exclusively ---------------------------


def test_a_very_long_content_disposition_name_is_capped_keeping_the_extension(
    server: MockServer, tmp_path: Path
) -> None:
    profile = BY_NAME["krea"]
    name = "é" * 150 + "x" * 300 + ".png"
    server.handler = lambda r: Reply(
        200,
        raw=b"png",
        headers={
            "Content-Type": "image/png",
            "Content-Disposition": f'attachment; filename="{name}"',
        },
    )
    path = profile.client(server.url).download(server.url + "/files/a.png", tmp_path)
    assert path.read_bytes() == b"png" and path.suffix == ".png" and len(path.name.encode()) <= 200


@pytest.mark.parametrize("into", ["folder", "file"])
def test_a_planted_symlink_at_the_temporary_name_is_never_followed(
    server: MockServer, tmp_path: Path, into: str
) -> None:
    profile = BY_NAME["krea"]
    victim = tmp_path / "outside" / "victim"
    (tmp_path / "outside").mkdir()
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "result.png.part").symlink_to(victim)  # dangling
    server.handler = lambda r: Reply(200, raw=b"result", headers={"Content-Type": "image/png"})
    path = profile.client(server.url).download(
        server.url + "/files/result.png", dest if into == "folder" else dest / "result.png"
    )
    assert path.read_bytes() == b"result" and not path.is_symlink()
    assert not victim.exists() and not os.path.lexists(victim)
    assert (dest / "result.png.part").is_symlink()  # left alone
    victim.write_bytes(b"precious")  # now the link points at a file: still not written through
    again = profile.client(server.url).download(
        server.url + "/files/result.png", dest if into == "folder" else dest / "result.png"
    )
    assert again.read_bytes() == b"result" and victim.read_bytes() == b"precious"


# --- 16. bounded bodies, and the key never shown ---------------------------------------------------


def test_the_json_size_cap_is_an_option_with_a_sensible_default(
    profile: Profile, server: MockServer
) -> None:
    assert profile.client(server.url).max_response_bytes == 32 * 1024 * 1024
    body = {**profile.created_body(), "padding": "x" * 5000}
    server.handler = lambda r: Reply(201 if profile.name == "hoox" else 200, body)
    with pytest.raises(profile.module().APIResponseValidationError, match="max_response_bytes"):
        profile.create(profile.client(server.url, max_response_bytes=4000))
    assert profile.create(profile.client(server.url, max_response_bytes=6000)) is not None
    assert profile.client(server.url).with_options(max_response_bytes=10).max_response_bytes == 10


def test_a_gzip_bomb_stops_at_the_cap_without_expanding(server: MockServer) -> None:
    profile = BY_NAME["krea"]
    bomb = gzip.compress(b" " * 64 * 1024 * 1024, compresslevel=9)
    server.handler = lambda r: Reply(200, raw=bomb, headers={"Content-Encoding": "gzip"})
    client = profile.client(server.url, max_response_bytes=1024 * 1024, max_retries=0)
    tracemalloc.start()
    try:
        with pytest.raises(profile.module().APIResponseValidationError, match="max_response_bytes"):
            profile.fetch(client, profile.job_id)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_a_small_gzip_answer_still_parses(profile: Profile, server: MockServer) -> None:
    body = gzip.compress(json.dumps(profile.status_body(profile.statuses["running"], "u")).encode())  # type: ignore[arg-type]
    server.handler = lambda r: Reply(200, raw=body, headers={"Content-Encoding": "gzip"})
    assert profile.fetch(profile.client(server.url), profile.job_id) is not None


def test_downloads_are_not_capped(server: MockServer, tmp_path: Path) -> None:
    profile = BY_NAME["krea"]
    server.handler = lambda r: Reply(200, raw=b"x" * 50_000, headers={"Content-Type": "image/png"})
    path = profile.client(server.url, max_response_bytes=1000).download(
        server.url + "/files/big.png", tmp_path
    )
    assert path.stat().st_size == 50_000


def test_an_error_body_echoing_the_key_never_shows_it(profile: Profile, server: MockServer) -> None:
    key = "sk-secret-key"
    module = profile.module()
    echoes = [
        Reply(
            401,
            {
                "error": {"code": "bad_key", "message": f"Invalid key {key}"},
                "message": f"key {key}",
                "code": f"{key}",
            },
        ),
        Reply(400, raw=f"bad key {key}".encode(), headers={"Content-Type": "text/plain"}),
        Reply(200, raw=f"<not json> {key}".encode(), headers={"Content-Type": "text/plain"}),
        Reply(200, {"job_id": key, "id": key, "data": key, "asset_ids": key}),
    ]
    for reply in echoes:
        server.handler = lambda r, reply=reply: reply
        with pytest.raises(module.APIError) as caught:
            profile.create(profile.client(server.url, max_retries=0))
        error = caught.value
        for text in (
            str(error),
            repr(error),
            error.message,
            repr(error.args),
            repr(getattr(error, "body", None)),
        ):
            assert key not in text, text


def test_a_failed_job_echoing_the_key_never_shows_it(
    profile: Profile, server: MockServer, sleeps: list[float]
) -> None:
    key = "sk-secret-key"
    failed = profile.statuses["failed"]
    body = json.loads(json.dumps(profile.status_body(failed, "u")).replace("model error", f"bad key {key}").replace("content policy", f"bad key {key}").replace("blocked", f"bad key {key}").replace("nsfw", f"bad key {key}"))  # type: ignore[arg-type]
    assert key in json.dumps(body)
    server.handler = lambda r: Reply(200, body)
    with pytest.raises(profile.module().JobFailedError) as caught:
        profile.wait(profile.client(server.url), profile.job_id)
    assert key not in str(caught.value) and key not in repr(caught.value)
