"""The generated Hoox client (hoox_sdk) against a real HTTP server on 127.0.0.1.

Covers starting a generation (body, headers, the 201 response), asset status, the error envelope
(`{"error": "<message>", "code"}` and the validation form with `details`), a few catalog calls,
and a table of every limit and cross-field rule of `_rule_table.py`: each violating row must raise
RequestValidationError naming the field or rule before anything is sent, and each valid
counterpart must reach the server and get a 2xx.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import hoox_sdk
from conftest import MockServer, Reply, assert_one_rule_warning
from conftest import shared_server as server  # noqa: F401 - this module's `server` fixture
from hoox_sdk import AsyncHoox, Hoox, models
from vendor_payloads import (
    HOOX_MODEL_DETAIL,
    HOOX_PRICING,
    HOOX_START,
    HOOX_STATUS_COMPLETED,
    HOOX_STATUS_FAILED,
    HOOX_STATUS_PENDING,
    hoox_error,
)
from vendor_helpers import (
    assert_refused_before_sending,
    assert_sent_once,
    assert_sent_with_one_rule_warning,
    covered_rules,
)

API_KEY = "hx_live_" + "ab" * 32
IMG = {"url": "https://img.example/start.png"}
IMG2 = {"asset_id": "asset_end_1"}
VID = {"url": "https://vid.example/motion.mp4"}
AVATAR = {"avatar_id": "avatar_7"}


def client(server: MockServer, **kwargs: Any) -> Hoox:
    return Hoox(api_key=API_KEY, base_url=server.url, **kwargs)


# --- start ---------------------------------------------------------------------------------------


def test_start_generation_sends_exact_body_and_parses_the_201(server: MockServer) -> None:
    server.handler = lambda r: Reply(201, HOOX_START)
    started = client(server).assets.start_generation(
        type_="video",
        model="kling-pro",
        prompt="a lighthouse at dawn",
        start_image=IMG,
        end_image=IMG2,
        generation_count=2,
        aspect_ratio="16:9",
        resolution="1080p",
        duration=5,
        model_settings={"generateAudio": True, "quality": "high"},
        folder_id="folder_1",
        webhook_url="https://hooks.example/hoox",
    )
    [request] = server.requests
    assert (request.method, request.path) == ("POST", "/asset/start")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("hoox-sdk/")
    assert "idempotency-key" not in request.headers
    assert request.json() == {
        "type": "video",
        "model": "kling-pro",
        "prompt": "a lighthouse at dawn",
        "start_image": {"url": "https://img.example/start.png"},
        "end_image": {"asset_id": "asset_end_1"},
        "generation_count": 2,
        "aspect_ratio": "16:9",
        "resolution": "1080p",
        "duration": 5,
        "model_settings": {"generateAudio": True, "quality": "high"},
        "folder_id": "folder_1",
        "webhook_url": "https://hooks.example/hoox",
    }
    assert isinstance(started, models.AssetStartResponse)
    assert started.asset_ids == ["tmp_asset_1", "tmp_asset_2"]
    assert (started.status, started.count) == ("generating", 2)
    assert (started.cost_per_generation, started.total_cost) == (12.5, 25.0)


def test_start_with_references_keeps_each_reference_as_given(server: MockServer) -> None:
    server.handler = lambda r: Reply(201, HOOX_START)
    client(server).assets.start_generation(
        type_="image",
        model="nano-banana",
        prompt="edit",
        references=[IMG, IMG2, AVATAR],
        parent_media_id="media_1",
        avatar_description="a tall woman waving",
    )
    assert server.requests[0].json() == {
        "type": "image",
        "model": "nano-banana",
        "prompt": "edit",
        "references": [IMG, IMG2, AVATAR],
        "parent_media_id": "media_1",
        "avatar_description": "a tall woman waving",
    }


def test_base_url_path_prefix_is_kept(server: MockServer) -> None:
    # The production base URL has a path (https://app.hoox.video/api/public/v1).
    server.handler = lambda r: Reply(201, HOOX_START)
    Hoox(api_key=API_KEY, base_url=server.url + "/api/public/v1").assets.start_generation(
        type_="image", model="m", prompt="p"
    )
    assert server.requests[0].path == "/api/public/v1/asset/start"


def test_start_is_not_retried_after_a_server_error(server: MockServer) -> None:
    # Credits are debited up front: a POST without an idempotency key is never sent twice.
    server.handler = lambda r: Reply(503, hoox_error("Service unavailable"), {"Retry-After": "0"})
    with pytest.raises(hoox_sdk.InternalServerError):
        client(server, max_retries=3).assets.start_generation(type_="image", model="m", prompt="p")
    assert len(server.requests) == 1


# --- status --------------------------------------------------------------------------------------


def test_get_status_parses_a_completed_asset(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, HOOX_STATUS_COMPLETED)
    status = client(server).assets.get_status("tmp_asset_1")
    [request] = server.requests
    assert (request.method, request.path) == ("GET", "/asset/status/tmp_asset_1")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert isinstance(status, models.AssetStatusResponse)
    assert (status.asset_id, status.status, status.type) == ("tmp_asset_1", "completed", "video")
    assert status.url == "https://cdn.hoox.video/a/tmp_asset_1.mp4"
    assert (status.width, status.height, status.duration_seconds, status.cost) == (
        1920,
        1080,
        5.0,
        12.5,
    )
    assert isinstance(status.generation_params, models.GenerationParams)
    assert (
        status.generation_params.model == "kling-pro"
        and status.generation_params.resolution is None
    )


def test_get_status_parses_pending_nulls_and_failure(server: MockServer) -> None:
    replies = iter([Reply(200, HOOX_STATUS_PENDING), Reply(200, HOOX_STATUS_FAILED)])
    server.handler = lambda r: next(replies)
    hoox = client(server)
    pending = hoox.assets.get_status("tmp_asset_1")
    assert pending.status == "pending" and pending.url is None and pending.error is None
    failed = hoox.assets.get_status("tmp_asset_2")
    assert failed.status == "failed"
    assert isinstance(failed.error, models.AssetError)
    assert (failed.error.code, failed.error.message) == (
        "provider_error",
        "The provider rejected the prompt.",
    )


def test_get_status_escapes_the_asset_id(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, HOOX_STATUS_PENDING)
    client(server).assets.get_status("a/b c")
    assert server.requests[0].path == "/asset/status/a%2Fb%20c"


def test_get_status_is_retried_after_a_server_error(server: MockServer) -> None:
    replies = iter(
        [
            Reply(502, hoox_error("Bad gateway"), {"Retry-After": "0"}),
            Reply(200, HOOX_STATUS_COMPLETED),
        ]
    )
    server.handler = lambda r: next(replies)
    assert client(server).assets.get_status("tmp_asset_1").status == "completed"
    assert len(server.requests) == 2


# --- catalog, pricing, folders -------------------------------------------------------------------


def test_get_model_and_pricing(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, HOOX_MODEL_DETAIL if r.method == "GET" else HOOX_PRICING)
    hoox = client(server)
    detail = hoox.models.get("kling-pro")
    assert isinstance(detail, models.ModelDetail)
    assert detail.max_prompt_length == 2500 and detail.capabilities.supported_durations == [5, 10]
    price = hoox.pricing.get(model="kling-pro", duration=5, generation_count=3)
    assert isinstance(price, models.PricingResponse) and price.total_cost == 37.5
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/asset/models/kling-pro"),
        ("POST", "/asset/pricing"),
    ]
    assert server.requests[1].json() == {"model": "kling-pro", "duration": 5, "generation_count": 3}


def test_list_models_and_folders_send_type_as_query(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        200, {"models": [], "count": 0, "type": "video"} if "models" in r.path else {"folders": []}
    )
    hoox = client(server)
    assert hoox.models.list(type_="video", provider="kling").type == "video"
    assert hoox.folders.list(type_="assets").folders == []
    assert [r.path for r in server.requests] == [
        "/asset/models?type=video&provider=kling",
        "/folder/list?type=assets",
    ]


# --- the error envelope ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "exception"),
    [
        (401, "invalid_api_key", hoox_sdk.AuthenticationError),
        (402, "insufficient_credits", hoox_sdk.InsufficientCreditsError),
        (403, "plan_required", hoox_sdk.PermissionDeniedError),
        (429, "rate_limit_exceeded", hoox_sdk.RateLimitError),
    ],
)
def test_error_envelope_becomes_a_typed_exception(
    server: MockServer, status: int, code: str, exception: type[hoox_sdk.APIStatusError]
) -> None:
    body = hoox_error(f"{code}: explained", code)
    server.handler = lambda r: Reply(
        status, body, {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0"}
    )
    with pytest.raises(exception) as caught:
        client(server, max_retries=0).assets.start_generation(type_="image", model="m", prompt="p")
    error = caught.value
    assert isinstance(error, hoox_sdk.HooxError)
    assert (error.status_code, error.code, error.message) == (status, code, f"{code}: explained")
    assert error.body == body
    assert API_KEY not in str(error) and API_KEY not in repr(error)
    assert len(server.requests) == 1


def test_validation_error_envelope_keeps_its_details(server: MockServer) -> None:
    details = [
        {"code": "invalid_enum", "message": "Unsupported aspect ratio", "field": "aspect_ratio"}
    ]
    server.handler = lambda r: Reply(
        400, hoox_error("Validation failed", details=details), {"x-request-id": "req_h1"}
    )
    with pytest.raises(hoox_sdk.BadRequestError) as caught:
        client(server).assets.start_generation(
            type_="image", model="m", prompt="p", aspect_ratio="7:3"
        )
    error = caught.value
    assert (error.status_code, error.message, error.code) == (400, "Validation failed", None)
    assert error.request_id == "req_h1"  # the envelope has none: the response header is used
    assert isinstance(error.body, dict) and error.body["details"] == details


def test_missing_asset_is_not_found(server: MockServer) -> None:
    server.handler = lambda r: Reply(404, hoox_error("Asset not found"))
    with pytest.raises(hoox_sdk.NotFoundError) as caught:
        client(server).assets.get_status("nope")
    assert (caught.value.status_code, caught.value.message) == (404, "Asset not found")


# --- async -------------------------------------------------------------------------------------------


def test_async_start_then_status(server: MockServer) -> None:
    server.handler = lambda r: (
        Reply(201, HOOX_START) if r.method == "POST" else Reply(200, HOOX_STATUS_COMPLETED)
    )

    async def run() -> tuple[models.AssetStartResponse, list[models.AssetStatusResponse]]:
        async with AsyncHoox(api_key=API_KEY, base_url=server.url) as hoox:
            started = await hoox.assets.start_generation(
                type_="video",
                model="kling-motion-control",
                prompt="dance",
                start_image=AVATAR,
                motion_video=VID,
            )
            statuses = [await hoox.assets.get_status(asset_id) for asset_id in started.asset_ids]
            return started, statuses

    started, statuses = asyncio.run(run())
    assert started.count == 2 and [s.status for s in statuses] == ["completed", "completed"]
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/asset/start"),
        ("GET", "/asset/status/tmp_asset_1"),
        ("GET", "/asset/status/tmp_asset_2"),
    ]
    assert server.requests[0].json() == {
        "type": "video",
        "model": "kling-motion-control",
        "prompt": "dance",
        "start_image": AVATAR,
        "motion_video": VID,
    }


def test_async_rule_violation_sends_nothing(server: MockServer) -> None:
    async def run() -> None:
        async with AsyncHoox(api_key=API_KEY, base_url=server.url) as hoox:
            await hoox.assets.start_generation(
                type_="video", model="kling-pro", prompt="p", end_image=IMG2
            )

    with pytest.raises(hoox_sdk.RequestValidationError, match="slot-order"):
        asyncio.run(run())
    assert server.requests == []


# --- limits and cross-field rules ----------------------------------------------------------------------

BASE = {"type_": "video", "prompt": "p"}

# (start_generation() arguments, words the message must contain)
VIOLATIONS: list[Any] = [
    # limits
    pytest.param(
        {**BASE, "model": "m", "generation_count": 0}, ["generation_count"], id="generation-count-0"
    ),
    pytest.param(
        {**BASE, "model": "m", "generation_count": 5}, ["generation_count"], id="generation-count-5"
    ),
    pytest.param(
        {**BASE, "model": "m", "type_": "audio"}, ["type_"], id="type-audio-not-a-generation-type"
    ),
    pytest.param({**BASE, "model": "m", "type_": "gif"}, ["type_"], id="type-not-in-enum"),
    # MediaReference: exactly one of url, asset_id, avatar_id
    pytest.param(
        {**BASE, "model": "m", "references": [{}]}, ["references"], id="reference-with-no-source"
    ),
    pytest.param(
        {
            **BASE,
            "model": "m",
            "references": [{"url": "https://a.example/x.png", "asset_id": "asset_1"}],
        },
        ["references"],
        id="reference-with-url-and-asset-id",
    ),
    pytest.param(
        {
            **BASE,
            "model": "m",
            "references": [IMG, {"asset_id": "asset_1", "avatar_id": "avatar_1"}],
        },
        ["references"],
        id="second-reference-with-asset-id-and-avatar-id",
    ),
    pytest.param(
        {**BASE, "model": "kling-pro", "start_image": {}}, ["start_image"], id="slot-with-no-source"
    ),
    pytest.param(
        {
            **BASE,
            "model": "kling-pro",
            "start_image": {"url": "https://a.example/x.png", "avatar_id": "avatar_1"},
        },
        ["start_image"],
        id="slot-with-url-and-avatar-id",
    ),
    # slot-order
    pytest.param(
        {**BASE, "model": "kling-pro", "end_image": IMG2},
        ["slot-order", "end_image", "start_image"],
        id="end-image-without-start-image",
    ),
    pytest.param(
        {**BASE, "model": "kling-motion-control-pro", "motion_video": VID},
        ["slot-order", "motion_video", "start_image"],
        id="motion-video-without-start-image",
    ),
    pytest.param(
        {**BASE, "model": "veo-3.1-flf", "last_frame": IMG},
        ["slot-order", "last_frame", "first_frame"],
        id="last-frame-without-first-frame",
    ),
    # slots-exclude-references
    pytest.param(
        {**BASE, "model": "kling-pro", "references": [IMG], "start_image": IMG},
        ["slots-exclude-references", "references"],
        id="references-with-start-image",
    ),
    pytest.param(
        {**BASE, "model": "veo-3.1-extend", "references": [VID], "source_video": VID},
        ["slots-exclude-references", "references"],
        id="references-with-source-video",
    ),
    # slots-motion-control
    pytest.param(
        {**BASE, "model": "kling-motion-control", "start_image": IMG},
        ["slots-motion-control", "motion_video"],
        id="motion-control-without-motion-video",
    ),
    pytest.param(
        {**BASE, "model": "kling-v3-motion-standard"},
        ["slots-motion-control", "start_image", "motion_video"],
        id="motion-control-without-slots",
    ),
    # slots-source-video
    pytest.param(
        {**BASE, "model": "kling-o3-edit-pro"},
        ["slots-source-video", "source_video"],
        id="edit-without-source-video",
    ),
    pytest.param(
        {**BASE, "model": "bytedance-upscaler", "references": [VID]},
        ["slots-source-video", "source_video"],
        id="upscaler-with-references-instead-of-source-video",
    ),
    # slots-first-last-frame
    pytest.param(
        {**BASE, "model": "veo-3.1-flf", "first_frame": IMG},
        ["slots-first-last-frame", "last_frame"],
        id="flf-without-last-frame",
    ),
    # slot-models-take-no-references (seed 001: references are "not used" by slot models)
    pytest.param(
        {**BASE, "model": "veo-3.1-flf", "references": [IMG, IMG2]},
        ["slot-models-take-no-references", "slots-first-last-frame"],
        id="flf-with-references-instead-of-frames",
    ),
]

# Rules the spec marks x-unverified (our inferences, e.g. slots-only-for-slot-models: the slot table
# is a snapshot): a break warns and the request is still sent. (start_generation() arguments, words of the warning)
UNVERIFIED_RULE_VIOLATIONS: list[Any] = [
    # "…and no other slot" and "references are not used": seed 001 lists the slots, it does not
    # say that anything else is refused (issue 17)
    pytest.param(
        {**BASE, "model": "kling-pro", "start_image": IMG, "motion_video": VID},
        ["slots-kling-pro", "kling-pro"],
        id="kling-pro-with-motion-video",
    ),
    pytest.param(
        {**BASE, "model": "kling-pro", "source_video": VID},
        ["slots-kling-pro", "kling-pro"],
        id="kling-pro-with-source-video",
    ),
    pytest.param(
        {**BASE, "model": "kling-pro", "first_frame": IMG, "last_frame": IMG2},
        ["slots-kling-pro", "kling-pro"],
        id="kling-pro-with-first-last-frame",
    ),
    pytest.param(
        {
            **BASE,
            "model": "kling-v3-motion-pro",
            "start_image": IMG,
            "motion_video": VID,
            "end_image": IMG2,
        },
        ["slots-motion-control-no-other"],
        id="motion-control-with-end-image",
    ),
    pytest.param(
        {**BASE, "model": "grok-imagine-video-edit", "source_video": VID, "start_image": IMG},
        ["slots-source-video-no-other"],
        id="video-edit-with-start-image",
    ),
    pytest.param(
        {
            **BASE,
            "model": "veo-3.1-flf",
            "first_frame": IMG,
            "last_frame": IMG2,
            "start_image": IMG,
        },
        ["slots-first-last-frame-no-other"],
        id="flf-with-start-image",
    ),
    pytest.param(
        {**BASE, "model": "kling-pro", "references": [IMG]},
        ["slot-models-take-no-references", "references"],
        id="kling-pro-with-references",
    ),
    pytest.param(
        {**BASE, "model": "m", "webhook_url": "not a url"},
        ["webhook_url-unverified", "absolute http(s) URL"],
        id="webhook-url-not-a-url",
    ),
    pytest.param(
        {**BASE, "model": "seedance-2-ugc", "start_image": IMG},
        ["slots-only-for-slot-models"],
        id="other-model-with-start-image",
    ),
    pytest.param(
        {**BASE, "model": "veo-3.1", "first_frame": IMG, "last_frame": IMG2},
        ["slots-only-for-slot-models"],
        id="other-model-with-first-last-frame",
    ),
]

# (start_generation() arguments, the rule the row proves silent or None for a limit)
VALID: list[Any] = [
    pytest.param({**BASE, "model": "m", "generation_count": 1}, None, id="generation-count-1"),
    pytest.param({**BASE, "model": "m", "generation_count": 4}, None, id="generation-count-4"),
    pytest.param({**BASE, "model": "m", "type_": "image"}, None, id="type-image"),
    pytest.param(
        {**BASE, "model": "m", "references": [IMG]}, "MediaReference", id="reference-with-url"
    ),
    pytest.param(
        {**BASE, "model": "m", "references": [IMG2, AVATAR]},
        "MediaReference",
        id="references-with-asset-id-and-avatar-id",
    ),
    pytest.param(
        {**BASE, "model": "kling-pro", "start_image": AVATAR}, "slot-order", id="start-image-alone"
    ),
    pytest.param(
        {**BASE, "model": "kling-pro", "start_image": IMG, "end_image": IMG2},
        "slot-order",
        id="end-image-with-start-image",
    ),
    pytest.param(
        {**BASE, "model": "m", "references": [IMG, IMG2]},
        "slots-exclude-references",
        id="references-without-slots",
    ),
    pytest.param({**BASE, "model": "kling-pro"}, "slots-kling-pro", id="kling-pro-without-slots"),
    pytest.param(
        {**BASE, "model": "seedance-2-ugc", "references": [IMG]},
        "slot-models-take-no-references",
        id="references-with-a-model-without-slots",
    ),
    pytest.param(
        {**BASE, "model": "kling-pro", "start_image": IMG},
        "slots-kling-pro",
        id="kling-pro-start-image-only",
    ),
    pytest.param(
        {**BASE, "model": "kling-motion-control", "start_image": IMG, "motion_video": VID},
        "slots-motion-control",
        id="motion-control-with-both-slots",
    ),
    pytest.param(
        {**BASE, "model": "kling-v3-motion-standard", "start_image": AVATAR, "motion_video": VID},
        "slots-motion-control",
        id="motion-v3-with-both-slots",
    ),
    *[
        pytest.param(
            {**BASE, "model": model, "source_video": VID},
            "slots-source-video",
            id=f"{model}-with-source-video",
        )
        for model in [
            "kling-o3-edit-pro",
            "kling-o3-edit-standard",
            "veo-3.1-extend",
            "grok-imagine-video-edit",
            "bytedance-upscaler",
        ]
    ],
    pytest.param(
        {**BASE, "model": "veo-3.1-flf", "first_frame": IMG, "last_frame": IMG2},
        "slots-first-last-frame",
        id="flf-with-both-frames",
    ),
    pytest.param(
        {**BASE, "model": "seedance-2-ugc", "references": [AVATAR]},
        "slots-only-for-slot-models",
        id="other-model-with-references",
    ),
    pytest.param(
        {**BASE, "model": "veo-3.1", "type_": "video"},
        "slots-only-for-slot-models",
        id="other-model-text-only",
    ),
    *[
        pytest.param({**BASE, "model": "kling-pro", "start_image": IMG}, rule, id=f"{rule}-silent")
        for rule in (
            "slots-motion-control-no-other",
            "slots-source-video-no-other",
            "slots-first-last-frame-no-other",
        )
    ],
    pytest.param(
        {**BASE, "model": "m", "webhook_url": "https://hooks.example/hoox"},
        "webhook_url-unverified",
        id="webhook-url-https",
    ),
]


def wire(arguments: dict[str, Any]) -> dict[str, Any]:
    return {("type" if key == "type_" else key): value for key, value in arguments.items()}


@pytest.mark.parametrize(("arguments", "words"), VIOLATIONS)
def test_violation_raises_before_sending(
    server: MockServer, arguments: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(201, HOOX_START)
    assert_refused_before_sending(
        server,
        hoox_sdk.RequestValidationError,
        lambda: client(server).assets.start_generation(**arguments),
        words,
    )


@pytest.mark.parametrize(("arguments", "words"), UNVERIFIED_RULE_VIOLATIONS)
def test_unverified_rule_violation_warns_and_sends(
    server: MockServer, arguments: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(201, HOOX_START)
    assert_sent_with_one_rule_warning(
        server,
        hoox_sdk.UnverifiedRuleWarning,
        lambda: client(server).assets.start_generation(**arguments),
        words,
        __file__,
        wire(arguments),
    )


@pytest.mark.parametrize(("arguments", "rule"), VALID)
def test_valid_counterpart_is_sent(
    server: MockServer, arguments: dict[str, Any], rule: str | None
) -> None:
    server.handler = lambda r: Reply(201, HOOX_START)
    started = client(server).assets.start_generation(**arguments)
    assert started.asset_ids == HOOX_START["asset_ids"]
    assert_sent_once(server, wire(arguments))


def test_every_rule_of_the_rule_table_has_rows() -> None:
    from hoox_sdk._rule_table import RULES

    rule_ids = {rule["id"] for rule in RULES["AssetStartRequest"]}
    named_by_violations, proven_silent = covered_rules(
        [*VIOLATIONS, *UNVERIFIED_RULE_VIOLATIONS], VALID
    )
    assert rule_ids <= named_by_violations, rule_ids - named_by_violations
    assert rule_ids <= proven_silent, rule_ids - proven_silent
    assert "MediaReference" in RULES and "MediaReference" in proven_silent


@pytest.mark.parametrize(
    ("arguments", "word"),
    [
        pytest.param(
            {"model": "m", "generation_count": 0},
            "generation_count",
            id="pricing-generation-count-0",
        ),
        pytest.param(
            {"model": "m", "generation_count": 5},
            "generation_count",
            id="pricing-generation-count-5",
        ),
        pytest.param(
            {"model": "m", "image_count": -1}, "image_count", id="pricing-image-count-negative"
        ),
    ],
)
def test_pricing_limits_are_unverified_so_they_warn_and_send(
    server: MockServer, arguments: dict[str, Any], word: str
) -> None:
    """vendors.md lists the pricing fields without ranges; the 1–4 of ``start_asset_generation``
    is not documented for pricing (issue 17), so a value outside it warns and is sent."""
    server.handler = lambda r: Reply(
        200,
        {
            "model": "m",
            "cost_per_generation": 1,
            "total_cost": 1,
            "currency": "credits",
            "generation_count": 1,
        },
    )
    with pytest.warns(hoox_sdk.UnverifiedRuleWarning) as caught:
        client(server).pricing.get(**arguments)
    assert_one_rule_warning(caught, hoox_sdk.UnverifiedRuleWarning, [word], __file__)
    [request] = server.requests
    assert request.json() == arguments


def test_folder_type_is_checked_and_the_name_only_warns(server: MockServer) -> None:
    """``type`` is documented (assets|videos); that ``name`` is required and not empty is our
    inference, so leaving it out or empty warns and is sent."""
    server.handler = lambda r: Reply(201, {"id": "f1", "name": ""})
    hoox = client(server)
    with pytest.raises(hoox_sdk.RequestValidationError, match="type_"):
        hoox.folders.create(name="f", type_="images")  # type: ignore[arg-type]
    assert server.requests == []
    for arguments in ({"name": ""}, {}):
        with pytest.warns(hoox_sdk.UnverifiedRuleWarning) as caught:
            hoox.folders.create(**arguments)
        assert_one_rule_warning(caught, hoox_sdk.UnverifiedRuleWarning, ["name"], __file__)
    assert [r.json() for r in server.requests] == [{"name": ""}, {}]


def test_known_model_names_are_offered_and_any_name_is_accepted() -> None:
    """``x-known-values`` become ``Literal[...] | str``: editors offer the names, the catalog stays open."""
    import inspect

    from hoox_sdk.resources.assets import AssetsResource

    signature = inspect.signature(AssetsResource.start_generation)
    annotation = str(signature.parameters["model"].annotation)
    assert (
        annotation.startswith("Literal[")
        and "'kling-pro'" in annotation
        and annotation.endswith("| str")
    )
    assert (
        models.AssetStartRequest.model_validate(
            {"type": "video", "model": "a-model-from-next-year", "prompt": "p"}
        ).model
        == "a-model-from-next-year"
    )
