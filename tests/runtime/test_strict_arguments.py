"""Arguments are checked strictly (issue 17): a value of the wrong type is refused, naming the
argument, before anything is sent; only lossless, documented conversions stay. ``format: uri``
arguments must be absolute http(s) URLs."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

import kiara_sdk
import kling_sdk
import krea_sdk
from conftest import MockServer, Reply
from vendor_payloads import KIARA_QUEUED, KLING_SUBMITTED

KREA_JOB = {
    "job_id": "j1",
    "status": "queued",
    "created_at": "2026-01-01T00:00:00Z",
    "completed_at": None,
    "result": None,
}


def kiara(server: MockServer) -> kiara_sdk.Kiara:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    return kiara_sdk.Kiara(api_key="kiara_test_k", base_url=server.url)


def kling(server: MockServer) -> kling_sdk.Kling:
    server.handler = lambda r: Reply(200, KLING_SUBMITTED)
    return kling_sdk.Kling(api_key="sk-k", base_url=server.url)


def krea(server: MockServer) -> krea_sdk.Krea:
    server.handler = lambda r: Reply(
        200, KREA_JOB if r.method == "POST" else {"items": [], "next_cursor": None}
    )
    return krea_sdk.Krea(api_key="k", base_url=server.url)


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        pytest.param(
            {"product": "kiara-dream-fast", "generate_audio": "yes"},
            "generate_audio",
            id="str-for-bool",
        ),
        pytest.param(
            {"product": "kiara-dream-fast", "generate_audio": 1},
            "generate_audio",
            id="int-for-bool",
        ),
        pytest.param({"seed": "5"}, "seed", id="str-for-int"),
        pytest.param({"seed": 5.0}, "seed", id="float-for-int"),
        pytest.param({"seed": True}, "seed", id="bool-for-int"),
        pytest.param({"metadata": [("a", 1)]}, "metadata", id="pairs-for-object"),
        pytest.param({"negative_prompt": b"blurry"}, "negative_prompt", id="bytes-for-str"),
    ],
)
def test_a_wrong_type_is_refused_naming_the_argument(
    server: MockServer, arguments: dict[str, Any], name: str
) -> None:
    client = kiara(server)
    with pytest.raises(kiara_sdk.RequestValidationError) as caught:
        client.generations.create(prompt="x", **arguments)
    assert str(caught.value).splitlines()[1].strip().startswith(f"{name}:"), str(caught.value)
    assert server.requests == []


def test_float_for_an_integer_and_str_for_a_number_are_refused(server: MockServer) -> None:
    client = kling(server)
    with pytest.raises(kling_sdk.RequestValidationError, match="n:"):
        client.images.create_generation(prompt="p", n=1.0)  # type: ignore[arg-type]
    with pytest.raises(kling_sdk.RequestValidationError, match="image_fidelity"):
        client.images.create_generation(prompt="p", image="https://i.example/a.png", image_fidelity="0.5")  # type: ignore[arg-type]
    assert server.requests == []


def test_lossless_conversions_stay(server: MockServer) -> None:
    """An ``int`` where a number is expected, a ``dict`` for a nested model, a ``datetime`` or
    its ISO 8601 text for a date-time."""
    client = kling(server)
    client.images.create_generation(
        prompt="p", image="https://i.example/a.png", image_fidelity=1, human_fidelity=0
    )
    assert server.requests[-1].json()["image_fidelity"] == 1
    k = krea(server)
    k.jobs.list(cursor=datetime(2026, 1, 2, tzinfo=timezone.utc))
    k.jobs.list(cursor="2026-01-02T00:00:00Z")
    assert [r.path.split("cursor=")[1].split("&")[0] for r in server.requests[1:]] == [
        "2026-01-02T00%3A00%3A00Z"
    ] * 2
    with pytest.raises(krea_sdk.RequestValidationError, match="cursor"):
        k.jobs.list(cursor="yesterday")
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://hooks.example/krea", True),
        ("http://127.0.0.1:8080/hook?x=1", True),
        ("not a url", False),
        ("hooks.example/krea", False),
        ("ftp://hooks.example/krea", False),
        ("https://", False),
        ("/relative/path", False),
        (" https://hooks.example/krea", False),
    ],
)
def test_uri_arguments_must_be_absolute_http_urls(server: MockServer, url: str, ok: bool) -> None:
    """Krea's ``webhook_url`` (the ``X-Webhook-URL`` header) and ``image_url`` say ``format: uri``."""
    client = krea(server)
    for arguments in ({"webhook_url": url}, {"image_url": url}):
        if ok:
            client.images.flux_1_dev(prompt="p", **arguments)
        else:
            with pytest.raises(krea_sdk.RequestValidationError, match="absolute http"):
                client.images.flux_1_dev(prompt="p", **arguments)
    assert len(server.requests) == (2 if ok else 0)


def test_kiara_webhook_url_not_a_url_is_refused(server: MockServer) -> None:
    client = kiara(server)
    with pytest.raises(kiara_sdk.RequestValidationError, match="webhook_url"):
        client.generations.create(prompt="p", webhook_url="not a url")
    assert server.requests == []


def test_responses_are_not_checked_strictly(server: MockServer) -> None:
    """A response is never refused for a URL that is not http(s) or a number sent as an int."""
    server.handler = lambda r: Reply(
        200, {**KREA_JOB, "status": "completed", "result": {"urls": ["s3://bucket/a.png"]}}
    )
    job = krea_sdk.Krea(api_key="k", base_url=server.url).jobs.get("j1")
    assert job.result is not None


def test_a_plain_string_parameter_is_checked_for_its_type_too(server: MockServer) -> None:
    """Path, query and header parameters without limits are still typed: ``123`` is not a job id."""
    client = kling(server)
    with pytest.raises(kling_sdk.RequestValidationError, match="task_id"):
        client.images.get_generation_task(123)  # type: ignore[arg-type]
    k = krea(server)
    with pytest.raises(krea_sdk.RequestValidationError, match="job_id"):
        k.jobs.get(b"4d0e")  # type: ignore[arg-type]
    assert server.requests == []


def test_styles_train_never_sends_an_empty_post(server: MockServer) -> None:
    """Both shapes of Krea's training body need ``name`` and ``urls`` (the overlay marks the body
    required): a call without one does not type-check or run, and an empty body is refused."""
    client = krea(server)
    with pytest.raises(TypeError, match="body"):
        client.styles.train()  # type: ignore[call-arg]
    with pytest.raises(krea_sdk.RequestValidationError):
        client.styles.train(body={})  # type: ignore[typeddict-item,arg-type]
    assert server.requests == []
    client.styles.train(body={"name": "my-style", "urls": ["https://example.com/1.png"]})
    assert server.requests[0].json() == {"name": "my-style", "urls": ["https://example.com/1.png"]}


# -- x-unverified on x-sdk-media-input and x-max-bytes: a guess warns, never refuses ---------------


def _media_document(media: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    image = {"type": "string", "x-sdk-media-input": media}
    meta_schema = {"type": "object", "x-max-bytes": 20, **meta}
    body = {
        "type": "object",
        "required": ["image"],
        "properties": {
            "image": image,
            "meta": meta_schema,
            "strict_image": {"type": "string", "x-sdk-media-input": {"extensions": ["png"]}},
        },
    }
    operation = {
        "operationId": "createThing",
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Media", "version": "1"},
        "paths": {"/things": {"post": operation}},
    }


def test_unverified_media_input_and_max_bytes_warn_and_send(
    server: MockServer, tmp_path: Path
) -> None:
    """An ``x-sdk-media-input`` whose own ``x-unverified`` is true, and an ``x-max-bytes`` on a
    property marked ``x-unverified``, are guesses: a value breaking them is sent with an
    ``UnverifiedRuleWarning``. The same checks without the mark still refuse, sending nothing."""
    from conftest import generate_document, imported

    generate_document(
        tmp_path,
        "media",
        _media_document(
            {"extensions": ["png"], "max_bytes": 8, "x-unverified": True}, {"x-unverified": True}
        ),
    )
    server.handler = lambda request: Reply(200, {"ok": True})
    with imported(tmp_path, "media") as modules:
        sdk = modules["media"]
        client = sdk.Media(api_key="k", base_url=server.url)
        with pytest.warns(sdk.UnverifiedRuleWarning) as caught:
            client.things.create(image="https://example.com/a.gif")
        assert "image" in str(caught.list[0].message)
        with pytest.warns(sdk.UnverifiedRuleWarning):
            client.things.create(
                image="https://example.com/a.png", meta={"note": "far more than twenty bytes"}
            )
        assert len(server.requests) == 2  # both sent
        with pytest.raises(sdk.RequestValidationError):  # a verified media input still refuses
            client.things.create(
                image="https://example.com/a.png", strict_image="https://example.com/a.gif"
            )
        assert len(server.requests) == 2


def test_verified_media_input_and_max_bytes_still_refuse(
    server: MockServer, tmp_path: Path
) -> None:
    from conftest import generate_document, imported

    generate_document(tmp_path, "media", _media_document({"extensions": ["png"]}, {}))
    server.handler = lambda request: Reply(200, {"ok": True})
    with imported(tmp_path, "media") as modules:
        sdk = modules["media"]
        client = sdk.Media(api_key="k", base_url=server.url)
        for arguments in (
            {"image": "https://example.com/a.gif"},
            {"image": "https://example.com/a.png", "meta": {"note": "far more than twenty bytes"}},
        ):
            with pytest.raises(sdk.RequestValidationError):
                client.things.create(**arguments)
        assert server.requests == []
