# Models of the API, generated from the normalized OpenAPI document by datamodel-code-generator.
# Do not edit: regenerate with `make generate`.
from __future__ import annotations
from typing import Annotated, Literal
from typing_extensions import TypeAliasType
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, MISSING
from ._enums import open_enum
from ._enums import LenientModel as _LenientModel
from ._enums import ClosedModel as _ClosedModel
from ._enums import OpenModel as _OpenModel

Aspect = TypeAliasType("Aspect", Literal["portrait", "landscape"] | str)
"""
Output aspect ratio. `portrait` is best for character shots; `landscape` for scene compositions. Defaults to `portrait`, and to `landscape` for video products. An open string: seed 000 names these two values without saying they are the only ones, so any other value is sent as given and the server decides.
"""


class AssetGetContentParams(_ClosedModel):
    id: AssetId
    """The prefixed asset id (`asset_…`), from `result.asset_id`."""


AssetId = TypeAliasType(
    "AssetId",
    Annotated[str, Field(examples=["asset_01HV6ZNB3Q4X8Y7Z6W5V4T3S2R"], pattern="^asset_")],
)
"""
Prefixed asset id, e.g. `asset_01…`.
"""


BinaryContent = TypeAliasType("BinaryContent", bytes)
"""
Raw file bytes.
"""


class Error(_OpenModel):
    """Every Kiara error carries a stable `code`, a `message` and a `request_id`."""

    code: (
        Literal[
            "invalid_request",
            "invalid_product",
            "source_image_required",
            "invalid_image",
            "image_too_large",
            "invalid_pack",
            "authentication_failed",
            "insufficient_balance",
            "account_disabled",
            "origin_not_allowed",
            "ip_not_allowed",
            "not_found",
            "product_paused",
            "invalid_state",
            "idempotency_conflict",
            "not_cancelable",
            "rate_limited",
            "queue_full",
            "service_unavailable",
            "rate_limiter_unavailable",
        ]
        | str
    )
    """Stable, machine-readable error code. The list is open-ended; known codes by HTTP status: 400 `invalid_request`, `invalid_product`, `source_image_required`, `invalid_image`, `image_too_large`, `invalid_pack`; 401 `authentication_failed`; 402 `insufficient_balance`; 403 `account_disabled`, `origin_not_allowed`, `ip_not_allowed`; 404 `not_found`; 409 `product_paused`, `invalid_state`, `idempotency_conflict`, `not_cancelable`; 429 `rate_limited`, `queue_full` (honour `Retry-After`); 502/503 `service_unavailable`; 503 `rate_limiter_unavailable`."""
    message: str
    """Human-readable explanation."""
    request_id: str
    """Id of the request, for support."""


class ErrorEnvelope(_OpenModel):
    """The body of every error response: `{"error": {"code", "message", "request_id"}}`. Unverified: that the fields are wrapped in an `error` object is a guess (vendors.md, confidence L); the fields themselves are documented."""

    error: Error


class Generation(_OpenModel):
    """A generation job."""

    id: GenerationId
    status: GenerationStatus
    created_at: AwareDatetime
    """ISO-8601 creation time."""
    updated_at: AwareDatetime
    """ISO-8601 time of the last state change; advances on each state change."""
    result: GenerationResult | None | MISSING = MISSING
    """Set once the job is `completed`. Before that it is absent or null (the docs do not say which)."""
    error: GenerationError | None | MISSING = MISSING
    """Set when the job `failed`. Otherwise absent or null (the docs do not say which)."""
    metadata: Metadata | MISSING = MISSING


class GenerationCancelParams(_ClosedModel):
    id: GenerationId
    """The prefixed generation id (`gen_…`)."""


class GenerationCreateParams(_ClosedModel):
    Idempotency_Key: Annotated[str | MISSING, Field(alias="Idempotency-Key")] = MISSING
    """Makes the create call safe to retry. Retrying with the same key and the same body returns the original job (no double charge, no double submit); the same key with a different body returns 409 `idempotency_conflict`. Keys are scoped to your account and stored for the life of the job, so replays stay safe."""


class GenerationCreateRequest(_OpenModel):
    """Body of `create_generation`. The first fields cover text-to-image; other products accept extra inputs: `source_image_url` and `second_image_url` for image-to-image edits, swaps and outfit transfers; `start_image_url` for image-to-video; `duration_seconds`, `resolution` and `generate_audio` for video products; `image_quality` for `kiara-vogue`. Each product's page lists exactly which inputs it requires. The cross-field rules are in `allOf` (each subschema names its rule with `x-rule-id`) and in plain words in `x-rules`."""

    product: Product = "kiara-image-pro"
    prompt: Annotated[str, Field(max_length=4000, min_length=1)]
    """Text prompt that describes what to generate. 1–4000 characters. Be specific: subject, lighting, lens, mood, action."""
    negative_prompt: str | MISSING = MISSING
    """Things to avoid (e.g. `blurry, watermark, text`). Keep it short and concrete."""
    aspect: Aspect = "portrait"
    seed: Annotated[int | MISSING, Field(ge=0, le=4294967295)] = MISSING
    """Deterministic seed: same seed + same prompt = same image. Omit for a random seed."""
    webhook_url: Annotated[str | MISSING, Field(pattern="^https://")] = MISSING
    """HTTPS callback fired when the job reaches a terminal state (`generation.completed` or `generation.failed`). Deliveries are HMAC-SHA256 signed; see the webhooks."""
    metadata: Metadata | MISSING = MISSING
    source_image_url: str | MISSING = MISSING
    """The source image for image-to-image edits, swaps and outfit transfers. Unverified: that it is an http(s) URL is inferred from its name (a value of another form only warns)."""
    second_image_url: str | MISSING = MISSING
    """The second image for products that combine two images (swaps, outfit transfers). Unverified: that it is an http(s) URL is inferred from its name (a value of another form only warns)."""
    start_image_url: str | MISSING = MISSING
    """The first frame for image-to-video products. Unverified: that it is an http(s) URL is inferred from its name (a value of another form only warns)."""
    duration_seconds: Annotated[int, Field(ge=1, le=15)] = 5
    """Video length in seconds (video products only)."""
    resolution: Literal["720p"] | str = "720p"
    """Video resolution (video products only), e.g. `720p`."""
    generate_audio: bool = False
    """Generate an audio track with the video (video products only)."""
    image_quality: ImageQuality | MISSING = MISSING


class GenerationError(_OpenModel):
    """Why a generation failed."""

    code: Literal["generation_failed"] | str
    """Stable error code. `generation_failed` arrives only here, asynchronously, never as an HTTP error. The list of codes is open-ended."""
    message: str | MISSING = MISSING
    """Human-readable explanation."""


class GenerationGetParams(GenerationCancelParams): ...


GenerationId = TypeAliasType(
    "GenerationId",
    Annotated[str, Field(examples=["gen_01HV6ZNB3Q4X8Y7Z6W5V4T3S2R"], pattern="^gen_")],
)
"""
Prefixed generation id, e.g. `gen_01HV6ZNB…`.
"""


class GenerationResult(_OpenModel):
    """Where the asset of a completed generation lives."""

    asset_id: AssetId
    url: str
    """Points to `/v1/assets/{id}/content`, which streams the asset bytes from the Kiara domain (see `get_asset_content`)."""


GenerationStatus = TypeAliasType(
    "GenerationStatus",
    Annotated[Literal["queued", "processing", "completed", "failed", "canceled"], open_enum(str)],
)
"""
Job lifecycle: `queued` → `processing` → `completed` | `failed`; a queued job can become `canceled`. `completed`, `failed` and `canceled` are terminal.
"""


class GenerationWebhookEvent(_OpenModel):
    """Payload of the `generation.completed` and `generation.failed` webhooks, POSTed to the job's `webhook_url`. It carries the generation (with its `metadata` echoed back). Signature: `HMAC-SHA256(signing_secret, "{timestamp}.{raw_body}")`, sent with the timestamp in two headers; recompute it over the raw body, compare in constant time, and reject deliveries older than 5 minutes. A non-2xx answer is retried up to 8 times about 30 s apart, so handle duplicates. Unverified: the envelope fields (`type`, `data`) are a guess; the docs name the events and say the metadata is echoed in the webhook, not the exact shape."""

    type: WebhookEventType
    data: Generation


ImageProduct = TypeAliasType(
    "ImageProduct",
    Annotated[
        Literal[
            "kiara-image-pro",
            "kiara-vogue",
            "kiara-reference",
            "kiara-spicy-i",
            "kiara-style",
            "kiara-head-swap",
            "kiara-face-studio-pro",
            "kiara-dream-fast-image",
        ],
        open_enum(str),
    ],
)
"""
The products taken to produce images. Unverified: no source classifies the products; this split is a guess from their names (everything but `kiara-dream-fast`). Used only by the cross-field rules of `GenerationCreateRequest`.
"""


ImageQuality = TypeAliasType("ImageQuality", Annotated[Literal["2k", "4k"], open_enum(str)])
"""
Output quality of `kiara-vogue`.
"""


class Metadata(_LenientModel):
    """Arbitrary JSON object echoed back on retrieval and in the webhook; useful for correlating jobs to your records. At most 4 KB (4096 bytes) serialized: JSON Schema has no keyword for a byte size, so the limit is carried by `x-max-bytes` for client-side validation."""

    model_config = ConfigDict(
        extra="allow",
    )


Product = TypeAliasType(
    "Product",
    Literal[
        "kiara-image-pro",
        "kiara-vogue",
        "kiara-reference",
        "kiara-spicy-i",
        "kiara-style",
        "kiara-head-swap",
        "kiara-face-studio-pro",
        "kiara-dream-fast",
        "kiara-dream-fast-image",
    ]
    | str,
)
"""
Public id of the model (product) to invoke; see Kiara's Models section for the catalog. The known values are the products seen in Kiara's docs, not the whole catalog (a newer product is sent as given); each product's page lists exactly which inputs it requires.
"""


VideoProduct = TypeAliasType("VideoProduct", Literal["kiara-dream-fast"])
"""
The products taken to produce videos. Unverified: a guess from the names (the product `kiara-dream-fast` has an `-image` sibling). Used only by the cross-field rules of `GenerationCreateRequest`.
"""


WebhookEventType = TypeAliasType(
    "WebhookEventType",
    Annotated[Literal["generation.completed", "generation.failed"], open_enum(str)],
)
"""
The webhook events Kiara sends.
"""
