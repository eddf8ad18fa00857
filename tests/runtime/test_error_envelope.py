"""``x-sdk-error-envelope`` (issue 17): a vendor error inside an HTTP 200 answer raises the
package's typed API error, classed by the vendor's code table."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

import kling_sdk
from conftest import MockServer, Reply
from generator.spec.extensions import ErrorEnvelope, error_envelope
from generator.errors import SpecError
from vendor_payloads import KLING_REQUEST_ID, KLING_SUBMITTED, KLING_TASK_ID, kling_envelope


def client(server: MockServer) -> kling_sdk.Kling:
    return kling_sdk.Kling(api_key="sk-test", base_url=server.url, max_retries=2)


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
def test_an_error_code_in_a_200_raises_the_typed_error_and_is_sent_once(server: MockServer, code: int, cls: type[Exception]) -> None:
    server.handler = lambda r: Reply(200, kling_envelope(None, code=code, message="invalid params"))
    with pytest.raises(cls) as caught:
        client(server).images.create_generation(prompt="p")
    error = caught.value
    assert isinstance(error, kling_sdk.APIStatusError)
    assert (error.status_code, error.code, error.message, error.request_id) == (200, str(code), "invalid params", KLING_REQUEST_ID)
    assert error.body == kling_envelope(None, code=code, message="invalid params")
    assert f"{code}" in str(error) and "invalid params" in str(error)
    assert len(server.requests) == 1  # a paid POST is never sent twice, whatever the code


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
def test_a_wrong_extension_is_a_spec_error_naming_its_pointer(hint: dict[str, Any], pointer: str) -> None:
    with pytest.raises(SpecError) as caught:
        error_envelope({"x-sdk-error-envelope": hint}, Path("spec.yaml"))
    assert caught.value.pointer == pointer


def test_the_extension_is_normalized() -> None:
    hint = {"code": "status.code", "success": [0, "ok"], "message": "status.message", "map": {"401": 401}}
    parsed = error_envelope({"x-sdk-error-envelope": hint}, Path("s"))
    assert parsed == ErrorEnvelope(code=("status", "code"), success=("0", "ok"), message=("status", "message"), request_id=None, map={"401": 401})
    assert parsed.table == {  # what the package's _envelope.py is given
        "code": ("status", "code"),
        "success": ("0", "ok"),
        "message": ("status", "message"),
        "request_id": None,
        "map": {"401": 401},
    }
    assert error_envelope({}, Path("s")) is None
