"""``x-sdk-error-envelope`` (issue 17): a vendor error inside an HTTP 200 answer raises the
package's typed API error, classed by the vendor's code table."""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

import pytest

import kling_sdk
import kling_sdk._envelope
from conftest import MockServer, Reply
from generator.spec.extensions import ErrorEnvelope, error_envelope, validate_extensions
from generator.errors import SpecError
from vendor_payloads import (
    KLING_REQUEST_ID,
    KLING_SUBMITTED,
    KLING_SUCCEED,
    KLING_TASK_ID,
    kling_envelope,
)


def client(server: MockServer, **options: Any) -> kling_sdk.Kling:
    return kling_sdk.Kling(
        base_url=server.url, **{"api_key": "sk-test", "max_retries": 2, **options}
    )


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The runtime's sleeps recorded instead of slept (retries and polls stay instant)."""
    recorded: list[float] = []
    monkeypatch.setattr(kling_sdk._base_client.time, "sleep", recorded.append)

    async def fake_async_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return recorded


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (1201, kling_sdk.BadRequestError),
        (1000, kling_sdk.AuthenticationError),
        (1004, kling_sdk.AuthenticationError),
        (1101, kling_sdk.InsufficientCreditsError),
        (1102, kling_sdk.InsufficientCreditsError),
        (1100, kling_sdk.RateLimitError),
        (1302, kling_sdk.RateLimitError),
        (1103, kling_sdk.PermissionDeniedError),
        (5001, kling_sdk.InternalServerError),
    ],
)
def test_an_error_code_in_a_200_raises_the_typed_error_and_is_sent_once(
    server: MockServer, code: int, cls: type[Exception]
) -> None:
    server.handler = lambda r: Reply(200, kling_envelope(None, code=code, message="invalid params"))
    with pytest.raises(cls) as caught:
        client(server).images.create_generation(prompt="p")
    error = caught.value
    assert isinstance(error, kling_sdk.APIStatusError)
    assert (error.status_code, error.code, error.message, error.request_id) == (
        200,
        str(code),
        "invalid params",
        KLING_REQUEST_ID,
    )
    assert error.body == kling_envelope(None, code=code, message="invalid params")
    assert f"{code}" in str(error) and "invalid params" in str(error)
    assert (
        error.mapped_status == kling_sdk._envelope.ENVELOPE["map"][str(code)]
    )  # status_code stays what was sent
    # A paid POST is sent once, unless the code says the server refused it (a rate limit,
    # mapped to 429): then it is retried like an HTTP 429, where nothing was started.
    assert len(server.requests) == (3 if cls is kling_sdk.RateLimitError else 1)


def test_an_unmapped_code_is_an_api_status_error(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, {"code": 9999, "message": "new failure", "data": None})
    with pytest.raises(kling_sdk.APIStatusError) as caught:
        client(server).images.get_generation_task(KLING_TASK_ID)
    assert type(caught.value) is kling_sdk.APIStatusError
    assert caught.value.code == "9999" and caught.value.request_id is None


def test_success_and_a_body_without_a_code_parse_as_before(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KLING_SUBMITTED)
    assert client(server).images.create_generation(prompt="p").data.task_id == KLING_TASK_ID
    server.handler = lambda r: Reply(200, {"message": "no code at all"})
    with pytest.raises(kling_sdk.APIResponseValidationError):
        client(server).images.create_generation(prompt="p")


def test_the_async_client_and_raw_responses_raise_it_too(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, kling_envelope(None, code=1000, message="bad key"))

    async def run() -> None:
        async with kling_sdk.AsyncKling(api_key="sk-test", base_url=server.url) as kling:
            await kling.images.get_generation_task(KLING_TASK_ID)

    with pytest.raises(kling_sdk.AuthenticationError, match="bad key"):
        asyncio.run(run())
    raw = client(server).images.with_raw_response.get_generation_task(KLING_TASK_ID)
    assert raw.status_code == 200
    with pytest.raises(kling_sdk.AuthenticationError):
        raw.parse()


def test_packages_without_the_extension_parse_a_code_field_as_data() -> None:
    import kiara_sdk._envelope
    import krea_sdk._envelope

    assert kiara_sdk._envelope.ENVELOPE is None and krea_sdk._envelope.ENVELOPE is None


@pytest.mark.parametrize(
    ("hint", "pointer"),
    [
        ({"success": [0]}, "/x-sdk-error-envelope"),
        ({"code": "code", "success": []}, "/x-sdk-error-envelope/success"),
        ({"code": "a..b", "success": [0]}, "/x-sdk-error-envelope/code"),
        ({"code": "code", "success": [0], "map": {"1000": 200}}, "/x-sdk-error-envelope/map/1000"),
        ({"code": "code", "success": [0], "retry": True}, "/x-sdk-error-envelope"),
    ],
)
def test_a_wrong_extension_is_a_spec_error_naming_its_pointer(
    hint: dict[str, Any], pointer: str
) -> None:
    """Checked with every extension when the document is loaded (``validate_extensions``), the
    one validation before :func:`error_envelope` parses it."""
    with pytest.raises(SpecError) as caught:
        validate_extensions({"x-sdk-error-envelope": hint}, Path("spec.yaml"))
    assert caught.value.pointer == pointer


def test_the_extension_is_normalized() -> None:
    hint = {
        "code": "status.code",
        "success": [0, "ok"],
        "message": "status.message",
        "map": {"401": 401},
    }
    validate_extensions({"x-sdk-error-envelope": hint}, Path("s"))
    parsed = error_envelope({"x-sdk-error-envelope": hint})
    assert parsed == ErrorEnvelope(
        code=("status", "code"),
        success=("0", "ok"),
        message=("status", "message"),
        request_id=None,
        map={"401": 401},
    )
    assert parsed.table == {  # what the package's _envelope.py is given
        "code": ("status", "code"),
        "success": ("0", "ok"),
        "message": ("status", "message"),
        "request_id": None,
        "map": {"401": 401},
    }
    assert error_envelope({}) is None


# --- the code table decides class, retries and waits, whatever the HTTP status ------------------


def answers(server: MockServer, *replies: Reply) -> None:
    """Each request gets the next reply; the last one repeats."""
    queue = list(replies)
    server.handler = lambda r: queue.pop(0) if len(queue) > 1 else queue[0]


def test_a_busy_code_in_a_200_poll_is_ridden_out_by_wait(server: MockServer) -> None:
    """Kling's 1302 (too many requests) inside a 200, with no retries left to the call itself:
    wait() repeats the poll like after an HTTP 429 instead of ending with a RateLimitError."""
    answers(
        server,
        Reply(200, kling_envelope(None, code=1302, message="busy")),
        Reply(200, KLING_SUCCEED),
    )
    job = client(server, max_retries=0).images.wait(KLING_TASK_ID, timeout=30)
    assert job.data is not None and job.data.task_status == "succeed"
    assert len(server.requests) == 2


def test_an_arrears_code_in_a_poll_ends_the_wait(server: MockServer) -> None:
    answers(
        server,
        Reply(200, kling_envelope(None, code=1101, message="arrears")),
        Reply(200, KLING_SUCCEED),
    )
    with pytest.raises(kling_sdk.InsufficientCreditsError):
        client(server, max_retries=0).images.wait(KLING_TASK_ID, timeout=30)
    assert len(server.requests) == 1


def test_a_busy_code_in_a_200_to_a_get_is_retried_honouring_retry_after(
    server: MockServer, sleeps: list[float]
) -> None:
    answers(
        server,
        Reply(200, kling_envelope(None, code=1303, message="busy"), headers={"Retry-After": "7"}),
        Reply(200, KLING_SUCCEED),
    )
    assert client(server).images.get_generation_task(KLING_TASK_ID).data is not None
    assert len(server.requests) == 2 and sleeps == [7.0]


def test_a_server_error_code_in_a_200_retries_a_get_but_not_a_post(server: MockServer) -> None:
    answers(
        server,
        Reply(200, kling_envelope(None, code=5001, message="down")),
        Reply(200, KLING_SUCCEED),
    )
    assert client(server).images.get_generation_task(KLING_TASK_ID).data is not None
    assert len(server.requests) == 2
    server.requests.clear()
    answers(
        server,
        Reply(200, kling_envelope(None, code=5001, message="down")),
        Reply(200, KLING_SUBMITTED),
    )
    with pytest.raises(kling_sdk.InternalServerError):
        client(server).images.create_generation(prompt="p")
    assert len(server.requests) == 1


@pytest.mark.parametrize("code", [1101, 1102])
def test_arrears_with_http_429_is_insufficient_credits_and_never_retried(
    server: MockServer, code: int
) -> None:
    """vendors.md: Kling answers 429 with 1101 (arrears) or 1102 (resource pack depleted):
    waiting does not help, so it is not a RateLimitError and is sent once, GET or POST."""
    server.handler = lambda r: Reply(
        429, kling_envelope(None, code=code, message="balance"), headers={"Retry-After": "1"}
    )
    for call in (
        lambda k: k.images.get_generation_task(KLING_TASK_ID),
        lambda k: k.images.create_generation(prompt="p"),
    ):
        server.requests.clear()
        with pytest.raises(kling_sdk.InsufficientCreditsError) as caught:
            call(client(server))
        assert not isinstance(caught.value, kling_sdk.RateLimitError)
        assert (caught.value.status_code, caught.value.mapped_status, caught.value.code) == (
            429,
            402,
            str(code),
        )
        assert caught.value.request_id == KLING_REQUEST_ID
        assert len(server.requests) == 1


@pytest.mark.parametrize("code", [1100, 1302, 1304])
def test_a_rate_code_with_http_429_is_a_retried_rate_limit(server: MockServer, code: int) -> None:
    server.handler = lambda r: Reply(429, kling_envelope(None, code=code, message="slow down"))
    with pytest.raises(kling_sdk.RateLimitError):
        client(server).images.create_generation(prompt="p")
    assert len(server.requests) == 3


def test_an_envelope_error_never_shows_the_key(server: MockServer) -> None:
    """A server echoing the key inside the envelope (200 or 4xx): neither the message, the
    code, nor the body of the error shows it, in any form it travels in."""
    key = "sk-live key/+9"
    echo = f"key {key} / {quote_plus(key)} / {base64.b64encode(key.encode()).decode()} is invalid"
    for status in (200, 401):
        server.handler = lambda r: Reply(
            status, {"code": 1000, "message": echo, "request_id": key, "data": None}
        )
        with pytest.raises(kling_sdk.AuthenticationError) as caught:
            client(server, api_key=key).images.get_generation_task(KLING_TASK_ID)
        error = caught.value
        shown = f"{error} {error.message} {error.request_id} {error.body!r}"
        for form in (key, quote_plus(key), base64.b64encode(key.encode()).decode()):
            assert form not in shown, status
        assert "[redacted]" in str(error)
