"""The generated Kiara client (kiara_sdk) against a real HTTP server on 127.0.0.1.

Covers create (body, headers, Idempotency-Key), retrieve, cancel, asset download, the error
envelope, and a table of every limit and cross-field rule: each violating row must raise
RequestValidationError naming the field or rule before anything is sent, and each matching valid
row must reach the server and get a 200.
"""

from __future__ import annotations

import asyncio
import json
import uuid
import warnings
from datetime import datetime, timezone
from typing import Any

import pytest

import kiara_sdk
from conftest import MockServer, Recorded, Reply, assert_one_rule_warning
from conftest import shared_server as server  # noqa: F401 - this module's `server` fixture
from kiara_sdk import AsyncKiara, Kiara, models
from vendor_payloads import (
    KIARA_ASSET_ID,
    KIARA_CANCELED,
    KIARA_COMPLETED,
    KIARA_FAILED,
    KIARA_GEN_ID,
    KIARA_QUEUED,
    kiara_error,
)
from vendor_helpers import (
    assert_refused_before_sending,
    assert_sent_once,
    assert_sent_with_one_rule_warning,
    covered_rules,
)

API_KEY = "kiara_test_secret_key"
SRC = "https://img.example/source.png"
SECOND = "https://img.example/second.png"
START = "https://img.example/start.png"


def client(server: MockServer, **kwargs: Any) -> Kiara:
    return Kiara(api_key=API_KEY, base_url=server.url, **kwargs)


def sent_body(arguments: dict[str, Any]) -> dict[str, Any]:
    """The JSON body a create with ``arguments`` sends (its idempotency key goes in a header)."""
    return {k: v for k, v in arguments.items() if k != "idempotency_key"}


def assert_idempotency_key(request: Recorded, arguments: dict[str, Any]) -> None:
    """A key given among ``arguments`` is the one ``request`` carries."""
    if "idempotency_key" in arguments:
        assert request.headers["idempotency-key"] == arguments["idempotency_key"]


def uuid4_header(request: Recorded) -> str:
    key = request.headers["idempotency-key"]
    assert uuid.UUID(key).version == 4 and str(uuid.UUID(key)) == key
    return key


# --- create ------------------------------------------------------------------------------------


def test_create_sends_method_path_headers_and_exact_body(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    generation = client(server).generations.create(
        prompt="a lighthouse at dawn, 35mm",
        product="kiara-vogue",
        negative_prompt="blurry, watermark",
        aspect="landscape",
        seed=4294967295,
        webhook_url="https://hooks.example/kiara",
        metadata={"order": "A-1", "tags": ["x", 1, None]},
        image_quality="4k",
    )
    [request] = server.requests
    assert (request.method, request.path) == ("POST", "/v1/generations")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"].startswith("kiara-sdk/")
    uuid4_header(request)
    assert request.json() == {
        "prompt": "a lighthouse at dawn, 35mm",
        "product": "kiara-vogue",
        "negative_prompt": "blurry, watermark",
        "aspect": "landscape",
        "seed": 4294967295,
        "webhook_url": "https://hooks.example/kiara",
        "metadata": {"order": "A-1", "tags": ["x", 1, None]},
        "image_quality": "4k",
    }
    assert isinstance(generation, models.Generation)
    assert generation.id == KIARA_GEN_ID
    assert generation.status == "queued"
    assert generation.created_at == datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert generation.result is None and generation.error is None


def test_create_leaves_server_defaults_out_of_the_body(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    client(server).generations.create(prompt="only a prompt")
    # product, aspect, duration_seconds, resolution and generate_audio have spec defaults:
    # none of them is sent, so the server's own default applies.
    assert server.requests[0].json() == {"prompt": "only a prompt"}


def test_idempotency_key_is_a_new_uuid_for_every_call(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    kiara = client(server)
    kiara.generations.create(prompt="one")
    kiara.generations.create(prompt="one")
    first, second = (uuid4_header(r) for r in server.requests)
    assert first != second


def test_idempotency_key_is_kept_across_a_retry_of_the_create(server: MockServer) -> None:
    replies = iter(
        [
            Reply(503, kiara_error("service_unavailable", "Try again."), {"Retry-After": "0"}),
            Reply(200, KIARA_QUEUED),
        ]
    )
    server.handler = lambda r: next(replies)
    generation = client(server, max_retries=2).generations.create(prompt="retry me", seed=7)
    assert generation.status == "queued"
    assert len(server.requests) == 2  # a POST retried after a 5xx: only because it carries a key
    first, second = server.requests
    assert uuid4_header(first) == uuid4_header(second)
    assert first.json() == second.json() == {"prompt": "retry me", "seed": 7}


def test_caller_supplied_idempotency_key_is_sent_as_is_and_reused(server: MockServer) -> None:
    replies = iter(
        [
            Reply(502, kiara_error("service_unavailable", "Upstream."), {"Retry-After": "0"}),
            Reply(200, KIARA_QUEUED),
        ]
    )
    server.handler = lambda r: next(replies)
    client(server).generations.create(prompt="mine", idempotency_key="order-42/attempt-1")
    assert [r.headers["idempotency-key"] for r in server.requests] == ["order-42/attempt-1"] * 2


def test_idempotency_key_in_extra_headers_wins_over_the_generated_one(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    client(server).generations.create(prompt="x", extra_headers={"Idempotency-Key": "from-extra"})
    assert server.requests[0].headers["idempotency-key"] == "from-extra"


def test_create_is_not_retried_after_a_client_error(server: MockServer) -> None:
    server.handler = lambda r: Reply(400, kiara_error("source_image_required", "Needs an image."))
    with pytest.raises(kiara_sdk.BadRequestError):
        client(server, max_retries=3).generations.create(prompt="x")
    assert len(server.requests) == 1


# --- retrieve, cancel, asset content -----------------------------------------------------------


def test_get_parses_a_completed_generation(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KIARA_COMPLETED)
    generation = client(server).generations.get(KIARA_GEN_ID)
    [request] = server.requests
    assert (request.method, request.path) == ("GET", f"/v1/generations/{KIARA_GEN_ID}")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert "idempotency-key" not in request.headers
    assert request.body == b""
    assert isinstance(generation, models.Generation)
    assert generation.status == "completed"
    assert isinstance(generation.result, models.GenerationResult)
    assert generation.result.asset_id == KIARA_ASSET_ID
    assert generation.result.url.endswith(f"/v1/assets/{KIARA_ASSET_ID}/content")
    assert isinstance(generation.metadata, models.Metadata)
    assert generation.metadata.model_dump() == {"order": "A-1", "attempt": 1}
    assert generation.updated_at == datetime(2026, 1, 1, 0, 0, 2, tzinfo=timezone.utc)


def test_get_parses_a_failed_generation(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KIARA_FAILED)
    generation = client(server).generations.get(KIARA_GEN_ID)
    assert generation.status == "failed" and generation.result is None
    assert isinstance(generation.error, models.GenerationError)
    assert generation.error.code == "generation_failed"
    assert generation.error.message == "The model gave up."


def test_get_is_retried_after_a_server_error(server: MockServer) -> None:
    replies = iter(
        [
            Reply(503, kiara_error("service_unavailable", "busy"), {"Retry-After": "0"}),
            Reply(200, KIARA_COMPLETED),
        ]
    )
    server.handler = lambda r: next(replies)
    assert client(server).generations.get(KIARA_GEN_ID).status == "completed"
    assert len(server.requests) == 2


def test_cancel_posts_to_the_cancel_path(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KIARA_CANCELED)
    generation = client(server).generations.cancel(KIARA_GEN_ID)
    [request] = server.requests
    assert (request.method, request.path) == ("POST", f"/v1/generations/{KIARA_GEN_ID}/cancel")
    assert request.body == b""
    assert generation.status == "canceled"


def test_cancel_not_cancelable_is_a_conflict(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        409, kiara_error("not_cancelable", "Already processing.", "req_c")
    )
    with pytest.raises(kiara_sdk.ConflictError) as caught:
        client(server).generations.cancel(KIARA_GEN_ID)
    assert (caught.value.code, caught.value.request_id) == ("not_cancelable", "req_c")


def test_asset_content_download_returns_the_bytes(server: MockServer) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    server.handler = lambda r: Reply(200, raw=png, headers={"Content-Type": "image/png"})
    content = client(server).assets.get_content(KIARA_ASSET_ID)
    [request] = server.requests
    assert (request.method, request.path) == ("GET", f"/v1/assets/{KIARA_ASSET_ID}/content")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert isinstance(content, bytes)
    assert content == png


def test_asset_content_not_found_is_a_typed_error(server: MockServer) -> None:
    server.handler = lambda r: Reply(404, kiara_error("not_found", "No such asset.", "req_404"))
    with pytest.raises(kiara_sdk.NotFoundError) as caught:
        client(server).assets.get_content(KIARA_ASSET_ID)
    assert (caught.value.status_code, caught.value.code, caught.value.request_id) == (
        404,
        "not_found",
        "req_404",
    )


# --- the error envelope ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "exception"),
    [
        (400, "invalid_product", kiara_sdk.BadRequestError),
        (401, "authentication_failed", kiara_sdk.AuthenticationError),
        (402, "insufficient_balance", kiara_sdk.InsufficientCreditsError),
        (403, "origin_not_allowed", kiara_sdk.PermissionDeniedError),
        (409, "idempotency_conflict", kiara_sdk.ConflictError),
        (429, "queue_full", kiara_sdk.RateLimitError),
    ],
)
def test_error_envelope_becomes_a_typed_exception(
    server: MockServer, status: int, code: str, exception: type[kiara_sdk.APIStatusError]
) -> None:
    server.handler = lambda r: Reply(status, kiara_error(code, f"{code} happened", "req_01HV"))
    with pytest.raises(exception) as caught:
        client(server, max_retries=0).generations.create(prompt="x")
    error = caught.value
    assert isinstance(error, kiara_sdk.APIStatusError) and isinstance(error, kiara_sdk.KiaraError)
    assert error.status_code == status
    assert error.code == code
    assert error.message == f"{code} happened"
    assert error.request_id == "req_01HV"
    assert error.body == kiara_error(code, f"{code} happened", "req_01HV")
    assert API_KEY not in str(error) and API_KEY not in repr(error)
    assert len(server.requests) == 1


def test_service_unavailable_after_retries_is_an_internal_server_error(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        503, kiara_error("rate_limiter_unavailable", "Down.", "req_5"), {"Retry-After": "0"}
    )
    with pytest.raises(kiara_sdk.InternalServerError) as caught:
        client(server, max_retries=1).generations.create(prompt="x")
    assert (caught.value.status_code, caught.value.code, caught.value.message) == (
        503,
        "rate_limiter_unavailable",
        "Down.",
    )
    assert len(server.requests) == 2
    assert (
        server.requests[0].headers["idempotency-key"]
        == server.requests[1].headers["idempotency-key"]
    )


# --- async ---------------------------------------------------------------------------------------


def test_async_client_create_retry_get_and_download(server: MockServer) -> None:
    creates: list[Recorded] = []
    png = b"\x89PNG-async"

    def handler(request: Recorded) -> Reply:
        if request.method == "POST":
            creates.append(request)
            if len(creates) == 1:
                return Reply(503, kiara_error("service_unavailable", "busy"), {"Retry-After": "0"})
            return Reply(200, KIARA_QUEUED)
        if request.path.endswith("/content"):
            return Reply(200, raw=png, headers={"Content-Type": "image/png"})
        return Reply(200, KIARA_COMPLETED)

    server.handler = handler

    async def run() -> tuple[models.Generation, models.Generation, bytes]:
        async with AsyncKiara(api_key=API_KEY, base_url=server.url) as kiara:
            created = await kiara.generations.create(
                prompt="async", product="kiara-dream-fast", duration_seconds=10
            )
            done = await kiara.generations.get(created.id)
            assert done.result is not None
            content = await kiara.assets.get_content(done.result.asset_id)
            return created, done, content

    created, done, content = asyncio.run(run())
    assert created.status == "queued" and done.status == "completed" and content == png
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/generations"),
        ("POST", "/v1/generations"),
        ("GET", f"/v1/generations/{KIARA_GEN_ID}"),
        ("GET", f"/v1/assets/{KIARA_ASSET_ID}/content"),
    ]
    assert uuid4_header(creates[0]) == uuid4_header(creates[1])
    assert creates[1].json() == {
        "prompt": "async",
        "product": "kiara-dream-fast",
        "duration_seconds": 10,
    }
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in server.requests)


def test_async_validation_error_sends_nothing(server: MockServer) -> None:
    async def run() -> None:
        async with AsyncKiara(api_key=API_KEY, base_url=server.url) as kiara:
            await kiara.generations.create(prompt="x", seed=-1)

    with pytest.raises(kiara_sdk.RequestValidationError, match="seed"):
        asyncio.run(run())
    assert server.requests == []


# --- limits and cross-field rules: one row per violation, one per valid counterpart ---------------

# (create() arguments, words the message must contain)
VIOLATIONS: list[Any] = [
    # limits
    pytest.param({"prompt": ""}, ["prompt"], id="prompt-empty"),
    pytest.param({"prompt": "x" * 4001}, ["prompt", "4000"], id="prompt-4001-chars"),
    pytest.param({"prompt": "p", "seed": -1}, ["seed"], id="seed-below-0"),
    pytest.param(
        {"prompt": "p", "seed": 4294967296}, ["seed", "4294967295"], id="seed-above-2^32-1"
    ),
    pytest.param(
        {"prompt": "p", "metadata": {"a": "x" * 4089}},
        ["metadata", "4096"],
        id="metadata-4097-bytes",
    ),
    pytest.param(
        {"prompt": "p", "metadata": {"a": "é" * 2045}},
        ["metadata", "4096"],
        id="metadata-4098-bytes-in-2053-chars",
    ),
    pytest.param(
        {"prompt": "p", "webhook_url": "https://"},
        ["value-formats", "webhook_url", "absolute http(s) URL"],
        id="webhook-url-without-host",
    ),
    pytest.param(
        {"prompt": "p", "webhook_url": "http://hooks.example/k"},
        ["webhook_url"],
        id="webhook-url-not-https",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-dream-fast", "duration_seconds": 0},
        ["duration_seconds"],
        id="duration-0",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-dream-fast", "duration_seconds": 16},
        ["duration_seconds"],
        id="duration-16",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-vogue", "image_quality": "8k"},
        ["image_quality"],
        id="image-quality-not-in-enum",
    ),
]

# Every cross-field rule of Kiara's spec is our inference (x-unverified): breaking one warns and
# the request is still sent, since the vendor may accept it. (create() arguments, words the
# warning must contain)
UNVERIFIED_RULE_VIOLATIONS: list[Any] = [
    # rule second-image-needs-source-image
    pytest.param(
        {"prompt": "p", "second_image_url": SECOND},
        ["second-image-needs-source-image", "second_image_url", "source_image_url"],
        id="rule-second-image-without-source",
    ),
    # rule head-swap-needs-two-images
    pytest.param(
        {"prompt": "p", "product": "kiara-head-swap", "source_image_url": SRC},
        ["head-swap-needs-two-images", "second_image_url"],
        id="rule-head-swap-without-second-image",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-head-swap"},
        ["head-swap-needs-two-images", "source_image_url", "second_image_url"],
        id="rule-head-swap-without-images",
    ),
    # rule reference-needs-source-image
    pytest.param(
        {"prompt": "p", "product": "kiara-reference"},
        ["reference-needs-source-image", "source_image_url"],
        id="rule-reference-without-source",
    ),
    # rule video-inputs-need-video-product (an absent product is kiara-image-pro)
    pytest.param(
        {"prompt": "p", "start_image_url": START},
        ["video-inputs-need-video-product", "start_image_url"],
        id="rule-start-image-with-default-product",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-vogue", "duration_seconds": 5},
        ["video-inputs-need-video-product", "duration_seconds"],
        id="rule-duration-with-image-product",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-image-pro", "resolution": "720p"},
        ["video-inputs-need-video-product", "resolution"],
        id="rule-resolution-with-image-product",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-dream-fast-image", "generate_audio": True},
        ["video-inputs-need-video-product", "generate_audio"],
        id="rule-generate-audio-with-image-product",
    ),
    # rule image-quality-needs-vogue
    pytest.param(
        {"prompt": "p", "image_quality": "2k"},
        ["image-quality-needs-vogue", "image_quality", "product"],
        id="rule-image-quality-without-product",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-style", "image_quality": "4k"},
        ["image-quality-needs-vogue", "image_quality", "kiara-vogue"],
        id="rule-image-quality-with-other-product",
    ),
    # limits the spec marks unverified (issue 17): an empty key, image inputs that are not http(s) URLs
    pytest.param(
        {"prompt": "p", "idempotency_key": ""},
        ["Idempotency-Key-unverified"],
        id="idempotency-key-empty",
    ),
    pytest.param(
        {"prompt": "p", "source_image_url": "photo.png"},
        ["source_image_url-unverified", "absolute http(s) URL"],
        id="source-image-url-not-a-url",
    ),
    pytest.param(
        {"prompt": "p", "source_image_url": SRC, "second_image_url": "ftp://files.example/b.png"},
        ["second_image_url-unverified", "absolute http(s) URL"],
        id="second-image-url-ftp",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-dream-fast", "start_image_url": "/tmp/start.png"},
        ["start_image_url-unverified", "absolute http(s) URL"],
        id="start-image-url-a-path",
    ),
]

# (create() arguments, the rule the row proves silent or None for a limit)
VALID: list[Any] = [
    # limits at their bounds
    pytest.param({"prompt": "x"}, None, id="prompt-1-char"),
    pytest.param({"prompt": "x" * 4000}, None, id="prompt-4000-chars"),
    pytest.param({"prompt": "p", "seed": 0}, None, id="seed-0"),
    pytest.param({"prompt": "p", "seed": 4294967295}, None, id="seed-2^32-1"),
    pytest.param(
        {"prompt": "p", "metadata": {"a": "x" * 4088}}, "x-max-bytes", id="metadata-4096-bytes"
    ),
    pytest.param(
        {"prompt": "p", "metadata": {"a": "é" * 2044}},
        "x-max-bytes",
        id="metadata-4096-bytes-multibyte",
    ),
    pytest.param({"prompt": "p", "product": "kiara-spicy-i"}, None, id="product-known"),
    # the product list is what Kiara's docs show, not the catalog: a newer product is sent as given
    pytest.param(
        {"prompt": "p", "product": "kiara-ultra"}, None, id="product-not-in-the-known-list"
    ),
    pytest.param({"prompt": "p", "aspect": "portrait"}, None, id="aspect-known"),
    # seed 000 names portrait and landscape without closing the list: any other value is sent
    pytest.param({"prompt": "p", "aspect": "square"}, None, id="aspect-not-in-the-known-list"),
    pytest.param(
        {"prompt": "p", "webhook_url": "https://hooks.example/k?x=1"},
        "value-formats",
        id="webhook-url-with-host",
    ),
    pytest.param(
        {"prompt": "p", "source_image_url": SRC},
        "source_image_url-unverified",
        id="source-image-url-https",
    ),
    pytest.param(
        {"prompt": "p", "source_image_url": SRC, "second_image_url": SECOND},
        "second_image_url-unverified",
        id="second-image-url-https",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-dream-fast", "start_image_url": START},
        "start_image_url-unverified",
        id="start-image-url-https",
    ),
    pytest.param(
        {"prompt": "p", "webhook_url": "https://hooks.example/k"}, None, id="webhook-url-https"
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-dream-fast", "duration_seconds": 1}, None, id="duration-1"
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-dream-fast", "duration_seconds": 15},
        None,
        id="duration-15",
    ),
    pytest.param(
        {"prompt": "p", "idempotency_key": "k"},
        "Idempotency-Key-unverified",
        id="idempotency-key-1-char",
    ),
    pytest.param(
        {"prompt": "p", "source_image_url": SRC, "second_image_url": SECOND},
        "second-image-needs-source-image",
        id="rule-second-image-with-source",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-face-studio-pro", "source_image_url": SRC},
        "second-image-needs-source-image",
        id="rule-source-image-alone",
    ),
    pytest.param(
        {
            "prompt": "p",
            "product": "kiara-head-swap",
            "source_image_url": SRC,
            "second_image_url": SECOND,
        },
        "head-swap-needs-two-images",
        id="rule-head-swap-with-two-images",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-reference", "source_image_url": SRC},
        "reference-needs-source-image",
        id="rule-reference-with-source",
    ),
    pytest.param(
        {
            "prompt": "p",
            "product": "kiara-dream-fast",
            "start_image_url": START,
            "duration_seconds": 8,
            "resolution": "720p",
            "generate_audio": False,
        },
        "video-inputs-need-video-product",
        id="rule-video-inputs-with-video-product",
    ),
    # an annotation: it changes the server's default aspect, it rejects nothing
    pytest.param(
        {"prompt": "p", "product": "kiara-dream-fast", "aspect": "portrait"},
        "video-aspect-defaults-to-landscape",
        id="rule-video-product-portrait",
    ),
    pytest.param(
        {"prompt": "p", "product": "kiara-vogue", "image_quality": "2k"},
        "image-quality-needs-vogue",
        id="rule-image-quality-with-vogue",
    ),
]


@pytest.mark.parametrize(("arguments", "words"), VIOLATIONS)
def test_violation_raises_before_sending(
    server: MockServer, arguments: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    assert_refused_before_sending(
        server,
        kiara_sdk.RequestValidationError,
        lambda: client(server).generations.create(**arguments),
        words,
    )


@pytest.mark.parametrize(("arguments", "words"), UNVERIFIED_RULE_VIOLATIONS)
def test_unverified_rule_violation_warns_and_sends(
    server: MockServer, arguments: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    request = assert_sent_with_one_rule_warning(
        server,
        kiara_sdk.UnverifiedRuleWarning,
        lambda: client(server).generations.create(**arguments),
        words,
        __file__,
        sent_body(arguments),
    )
    assert_idempotency_key(request, arguments)


def test_the_warning_points_at_the_callers_line_through_and_wait_sync_and_async(
    server: MockServer,
) -> None:
    """The warning is attributed to the first frame outside the package, however deep the
    check runs (an ``…_and_wait`` goes through a lambda and the job helpers)."""
    server.handler = lambda r: Reply(200, KIARA_QUEUED if r.method == "POST" else KIARA_COMPLETED)
    with pytest.warns(kiara_sdk.UnverifiedRuleWarning) as caught:
        client(server).generations.create_and_wait(
            prompt="p", second_image_url=SECOND, poll_interval=0
        )

    async def run() -> None:
        async with AsyncKiara(api_key="k", base_url=server.url) as kiara:
            await kiara.generations.create_and_wait(
                prompt="p", second_image_url=SECOND, poll_interval=0
            )

    with pytest.warns(kiara_sdk.UnverifiedRuleWarning) as caught_async:
        asyncio.run(run())
    for record in (caught, caught_async):
        assert_one_rule_warning(
            record, kiara_sdk.UnverifiedRuleWarning, ["second-image-needs-source-image"], __file__
        )


def test_a_documented_limit_still_blocks_when_an_unverified_rule_is_broken_too(
    server: MockServer,
) -> None:
    with pytest.raises(kiara_sdk.RequestValidationError, match="prompt"):
        client(server).generations.create(prompt="", second_image_url=SECOND)
    with warnings.catch_warnings():
        warnings.simplefilter(
            "error", kiara_sdk.UnverifiedRuleWarning
        )  # a user who wants them blocking
        with pytest.raises(
            kiara_sdk.UnverifiedRuleWarning, match="second-image-needs-source-image"
        ):
            client(server).generations.create(prompt="p", second_image_url=SECOND)
    assert server.requests == []


@pytest.mark.parametrize(("arguments", "rule"), VALID)
def test_valid_counterpart_is_sent(
    server: MockServer, arguments: dict[str, Any], rule: str | None
) -> None:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    generation = client(server).generations.create(**arguments)
    assert generation.id == KIARA_GEN_ID
    assert_idempotency_key(assert_sent_once(server, sent_body(arguments)), arguments)


def test_every_rule_of_the_rule_table_has_rows() -> None:
    """Each rule of _rule_table.py has a violating row naming its id and a valid row proving it
    silent; the metadata size limit (an x-max-bytes rule) is covered by the metadata rows, and the
    annotation rule (it rejects nothing) by a valid row only."""
    from kiara_sdk._rule_table import RULES

    rules = [rule for rules in RULES.values() for rule in rules]
    size_rules = {rule["id"] for rule in rules if "x-max-bytes" in json.dumps(rule["schema"])}
    rule_ids = {rule["id"] for rule in rules} - size_rules
    named_by_violations, proven_silent = covered_rules(
        [*VIOLATIONS, *UNVERIFIED_RULE_VIOLATIONS], VALID
    )
    assert size_rules, "the metadata 4 KB limit is missing from the rule table"
    assert "x-max-bytes" in proven_silent
    assert any("metadata" in row.values[0] for row in VIOLATIONS)
    assert rule_ids - {"video-aspect-defaults-to-landscape"} <= named_by_violations, (
        rule_ids - named_by_violations
    )
    assert rule_ids <= proven_silent, rule_ids - proven_silent


def test_metadata_of_exactly_4_kb_goes_on_the_wire_as_4096_bytes(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KIARA_QUEUED)
    metadata = {"note": "é" * 2042 + "a"}  # {"note":"…"} = 9 + 4085 + 2 bytes
    client(server).generations.create(prompt="p", metadata=metadata)
    body = server.requests[0].body
    assert body.startswith(b'{"prompt":"p","metadata":') and body.endswith(b"}")
    assert len(body[len(b'{"prompt":"p","metadata":') : -1]) == 4096


def test_rate_limited_create_is_retried_with_the_same_key(server: MockServer) -> None:
    replies = iter(
        [
            Reply(429, kiara_error("rate_limited", "Slow down."), {"Retry-After": "0"}),
            Reply(200, KIARA_QUEUED),
        ]
    )
    server.handler = lambda r: next(replies)
    assert client(server).generations.create(prompt="p").status == "queued"
    assert len(server.requests) == 2
    assert uuid4_header(server.requests[0]) == uuid4_header(server.requests[1])


@pytest.mark.parametrize(
    ("call", "word"),
    [
        pytest.param(
            lambda k: k.generations.get("job_123"), "generation_id", id="get-id-without-gen-prefix"
        ),
        pytest.param(
            lambda k: k.generations.cancel("job_123"),
            "generation_id",
            id="cancel-id-without-gen-prefix",
        ),
        pytest.param(
            lambda k: k.assets.get_content("gen_123"),
            "asset_id",
            id="asset-id-without-asset-prefix",
        ),
    ],
)
def test_path_id_patterns_are_checked_before_sending(
    server: MockServer, call: Any, word: str
) -> None:
    with pytest.raises(kiara_sdk.RequestValidationError, match=word):
        call(client(server))
    assert server.requests == []
