# Models of the API, generated from the normalized OpenAPI document by datamodel-code-generator.
# Do not edit: regenerate with `make generate`.
from __future__ import annotations
from pydantic import BaseModel, ConfigDict, Field, MISSING
from typing import Annotated, Any, Literal
from typing_extensions import TypeAliasType
from ._enums import open_enum
from ._enums import LenientModel as _LenientModel
from ._enums import ClosedModel as _ClosedModel
from ._enums import OpenModel as _OpenModel


class AssetError(_OpenModel):
    """Why a generation failed."""

    code: str | MISSING = MISSING
    """Machine-readable error code (open-ended; none are documented)."""
    message: str | MISSING = MISSING
    """Human-readable explanation."""


class AssetGetStatusParams(_ClosedModel):
    assetId: str
    """An id from `asset_ids` of the start response."""


class AssetStartRequest(_OpenModel):
    """Body of `start_asset_generation`. Models either take generic `references` or named input slots (top-level objects of the same shape as a reference); `get_model` lists which. The cross-field rules are in `allOf` (each subschema names its rule with `x-rule-id`) and in plain words in `x-rules`."""

    type: Annotated[GenerationType, Field(examples=["video"])]
    model: (
        Literal[
            "kling-pro",
            "kling-motion-control",
            "kling-motion-control-pro",
            "kling-v3-motion-pro",
            "kling-v3-motion-standard",
            "kling-o3-edit-pro",
            "kling-o3-edit-standard",
            "veo-3.1-flf",
            "veo-3.1-extend",
            "grok-imagine-video-edit",
            "bytedance-upscaler",
        ]
        | str
    )
    """The model identifier; see `list_models` for the identifiers and capabilities. The known values are those of seed 001's named-slot table; the catalog is larger."""
    prompt: str
    """Text prompt describing the asset to generate. Some models cap its length (see `max_prompt_length` from `get_model`)."""
    references: list[MediaReference] | MISSING = MISSING
    """Reference media for the model. Required for image-to-video, motion control, edit and reference-based models. Not used for models with named input slots (e.g. `kling-motion-control`, `veo-3.1-flf`), and cannot be combined with a named slot."""
    generation_count: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of variations to generate from the same prompt. Credits are debited per generation."""
    aspect_ratio: str | MISSING = MISSING
    """One of the model's supported aspect ratios (`capabilities.supported_aspect_ratios`). Defaults to the model's default if omitted."""
    resolution: str | MISSING = MISSING
    """One of the model's supported resolutions. Defaults to the model's default if omitted."""
    duration: Annotated[int | MISSING, Field(examples=[8])] = MISSING
    """Video duration in seconds (e.g. `8`). Use one of the model's supported durations (the duration enum in the model's `input_schema`); the server converts it to the model's expected format."""
    model_settings: dict[str, Any] | MISSING = MISSING
    """Per-model toggles such as `generateAudio`, `camera_fixed`, `quality`; see the model's `settings` for the available keys."""
    parent_media_id: str | MISSING = MISSING
    """Id of an existing media in the space. Used to inherit reference avatars or to group variations under a parent."""
    folder_id: str | MISSING = MISSING
    """Folder to put the assets in. Ignored when `parent_media_id` is set."""
    avatar_description: str | MISSING = MISSING
    """For Seedance 2.0 UGC only: appearance and actions of the subject (separate from the script)."""
    webhook_url: str | MISSING = MISSING
    """URL that receives a notification when the generation completes (success or failure). Unverified: that it is an absolute http(s) URL is inferred (a value of another form only warns)."""
    start_image: MediaReference | MISSING = MISSING
    """Named slot (`kling-pro`, motion-control models)."""
    end_image: MediaReference | MISSING = MISSING
    """Named slot (`kling-pro`); needs `start_image`."""
    motion_video: MediaReference | MISSING = MISSING
    """Named slot (motion-control models); needs `start_image`."""
    source_video: MediaReference | MISSING = MISSING
    """Named slot (edit, extend and upscale models)."""
    first_frame: MediaReference | MISSING = MISSING
    """Named slot (`veo-3.1-flf`)."""
    last_frame: MediaReference | MISSING = MISSING
    """Named slot (`veo-3.1-flf`); needs `first_frame`."""


class AssetStartResponse(_OpenModel):
    """The generations that were launched."""

    asset_ids: list[str]
    """Ids of the created temporary assets, one per generation. Use them with `get_asset_status`."""
    status: Literal["generating"]
    """Always `generating` on success."""
    count: int
    """Number of generations launched."""
    cost_per_generation: float
    """Credits charged for one generation."""
    total_cost: float
    """Total credits debited (`cost_per_generation × count`)."""


AssetStatus = TypeAliasType(
    "AssetStatus",
    Annotated[Literal["pending", "generating", "completed", "failed"], open_enum(str)],
)
"""
Generation lifecycle of an asset: `pending` → `generating` → `completed` | `failed`. `completed` and `failed` are terminal.
"""


class AssetStatusResponse(_OpenModel):
    """The state of one asset. Fields that only exist once the asset is generated may be absent or null before that (the docs do not say which), so they are optional and nullable."""

    asset_id: str
    """The asset id."""
    status: AssetStatus
    type: AssetType | MISSING = MISSING
    url: str | None | MISSING = MISSING
    """URL of the generated file, once `completed`."""
    thumbnail_url: str | None | MISSING = MISSING
    """Thumbnail URL (videos)."""
    width: int | None | MISSING = MISSING
    """Width in pixels."""
    height: int | None | MISSING = MISSING
    """Height in pixels."""
    duration_seconds: float | None | MISSING = MISSING
    """Duration in seconds (videos)."""
    cost: float | None | MISSING = MISSING
    """Credits charged for this asset."""
    created_at: str | MISSING = MISSING
    """Creation time (the format is not documented)."""
    generation_params: GenerationParams | MISSING = MISSING
    error: AssetError | None | MISSING = MISSING
    """Why the generation failed; set when `status` is `failed`."""


AssetType = TypeAliasType(
    "AssetType", Annotated[Literal["image", "video", "audio"], open_enum(str)]
)
"""
The kind of media an asset or a model produces.
"""


class AssetWebhookPayload(_OpenModel):
    """Body of the asset webhook: `result` on success, `error` on failure. Unsigned (no signature scheme is documented)."""

    task: Literal["asset_generation"]
    asset_id: str
    status: AssetStatus
    result: AssetWebhookResult | MISSING = MISSING
    error: AssetError | MISSING = MISSING


class AssetWebhookResult(_OpenModel):
    """The generated asset."""

    asset_url: str | MISSING = MISSING
    asset_type: AssetType | MISSING = MISSING
    width: int | None | MISSING = MISSING
    height: int | None | MISSING = MISSING
    duration_seconds: float | None | MISSING = MISSING


class ErrorEnvelope(_OpenModel):
    """The body of every error response, in one of two forms: `{"error": "<message>", "code": "<code>"}`, or for validation errors `{"error": "Validation failed", "details": [{code, message, field}]}`. Known codes: `invalid_api_key` (401), `plan_required` (403), `insufficient_credits` (402), `rate_limit_exceeded` (429); 404 for a missing resource. The list is open-ended."""

    error: str
    """Human-readable message (`Validation failed` for validation errors)."""
    code: (
        Literal["invalid_api_key", "plan_required", "insufficient_credits", "rate_limit_exceeded"]
        | str
        | MISSING
    ) = MISSING
    """Machine-readable error code (open-ended)."""
    details: list[ValidationErrorDetail] | MISSING = MISSING
    """The failed checks, for validation errors."""


FirstLastFrameModel = TypeAliasType("FirstLastFrameModel", Literal["veo-3.1-flf"])
"""
Models whose named slots are `first_frame` and `last_frame`, both required.
"""


class Folder(_OpenModel):
    """A folder."""

    id: str
    name: str
    type: FolderType | MISSING = MISSING
    parent_folder_id: str | None | MISSING = MISSING
    created_at: str | MISSING = MISSING
    """Creation time (the format is not documented)."""


class FolderCreateRequest(_OpenModel):
    """Body of `create_folder`. The docs list `name`, `type` and `parent_folder_id` without marking which are required."""

    name: str | MISSING = MISSING
    """The folder's name. Unverified: that it is required and not empty is inferred (the docs do not mark it required); leaving it out or empty only warns."""
    type: FolderType | MISSING = MISSING
    parent_folder_id: str | MISSING = MISSING
    """Create the folder inside this one."""


class FolderList(_OpenModel):
    folders: list[Folder]


class FolderListParams(_ClosedModel):
    type: FolderType | MISSING = MISSING
    """Only folders of this type."""


FolderType = TypeAliasType("FolderType", Annotated[Literal["assets", "videos"], open_enum(str)])
"""
What a folder holds.
"""


class GenerationParams(_OpenModel):
    """The parameters the asset was generated with."""

    model: str | MISSING = MISSING
    prompt: str | MISSING = MISSING
    aspect_ratio: str | None | MISSING = MISSING
    resolution: str | None | MISSING = MISSING
    duration: int | None | MISSING = MISSING
    """Seconds."""


GenerationType = TypeAliasType(
    "GenerationType", Annotated[Literal["image", "video"], open_enum(str)]
)
"""
What to generate. Must match the type of the selected model.
"""


class MediaReference(_OpenModel):
    """A piece of input media, given as exactly one of `url`, `asset_id` or `avatar_id`. Used for the items of `references` and for every named slot."""

    url: str | MISSING = MISSING
    """Public URL of the media. Unverified: that it is an absolute http(s) URL is inferred from its name (a value of another form only warns)."""
    asset_id: str | MISSING = MISSING
    """Id of an existing asset in the workspace."""
    avatar_id: str | MISSING = MISSING
    """Id of an avatar in the workspace."""


class ModelCapabilities(_OpenModel):
    """What a model accepts."""

    max_images: int | MISSING = MISSING
    """Most reference images the model takes."""
    min_images: int | MISSING = MISSING
    """Fewest reference images the model needs."""
    supported_aspect_ratios: list[str] | MISSING = MISSING
    default_aspect_ratio: str | None | MISSING = MISSING
    supported_durations: list[int | float | str] | MISSING = MISSING
    """Supported video durations (seconds; the item type is not documented)."""
    default_duration: int | float | str | None | MISSING = MISSING


class ModelDetailPart2(_OpenModel):
    max_prompt_length: int | None | MISSING = MISSING
    restricted_countries: list[str] | MISSING = MISSING
    settings: list[ModelSetting] | MISSING = MISSING
    input_schema: dict[str, Any] | MISSING = MISSING
    """JSON Schema of the model's inputs, including named slots and the duration enum."""


class ModelGetParams(_ClosedModel):
    name: str
    """The model identifier, e.g. `kling-pro`."""


class ModelList(_OpenModel):
    """The catalog, with the `type`/`provider` filter values lifted to the top level."""

    models: list[ModelSummary]
    count: int
    type: AssetType | MISSING = MISSING
    provider: str | MISSING = MISSING


class ModelListParams(_ClosedModel):
    type: AssetType | MISSING = MISSING
    """Only models that produce this type of asset."""
    provider: str | MISSING = MISSING
    """Only models of this provider."""
    tag: str | MISSING = MISSING
    """Only models with this tag."""


class ModelSetting(_OpenModel):
    """A per-model setting, passed in `model_settings`."""

    key: str
    type: str | MISSING = MISSING
    """The setting's value type."""
    label: str | MISSING = MISSING
    default_value: Any | MISSING = MISSING
    """Default value (any JSON value)."""
    affects_cost: bool | MISSING = MISSING
    options: list[Any] | None | MISSING = MISSING
    """Allowed values, when the setting is a choice."""


class ModelSummary(_OpenModel):
    """A model of the catalog. `type` and `provider` are dropped from each item when the list was filtered by them."""

    name: str
    """The model identifier to pass as `model`."""
    label: str | MISSING = MISSING
    """Display name."""
    type: AssetType | MISSING = MISSING
    provider: str | MISSING = MISSING
    tags: list[str] | MISSING = MISSING
    base_cost: float | MISSING = MISSING
    """Base cost in credits."""
    has_audio: bool | MISSING = MISSING
    max_resolution: str | None | MISSING = MISSING
    required_plans: list[str] | MISSING = MISSING
    """Plans that unlock the model."""
    capabilities: ModelCapabilities | MISSING = MISSING


class ModelDetail(ModelSummary, ModelDetailPart2):
    """One model, with the detail-only fields."""


MotionControlModel = TypeAliasType(
    "MotionControlModel",
    Annotated[
        Literal[
            "kling-motion-control",
            "kling-motion-control-pro",
            "kling-v3-motion-pro",
            "kling-v3-motion-standard",
        ],
        open_enum(str),
    ],
)
"""
Models whose named slots are `start_image` and `motion_video`, both required.
"""


class PricingRequest(_OpenModel):
    """Body of `get_pricing`."""

    model: str
    """The model identifier."""
    duration: int | MISSING = MISSING
    """Video duration in seconds."""
    resolution: str | MISSING = MISSING
    model_settings: dict[str, Any] | MISSING = MISSING
    image_count: int | MISSING = MISSING
    """Number of input images. Unverified: that it is at least 0 is inferred (a lower value only warns)."""
    generation_count: int | MISSING = MISSING
    """Number of generations to price. Unverified: the 1–4 range is documented for `start_asset_generation`, not for pricing (a value outside it only warns)."""


class PricingResponse(_OpenModel):
    """A cost estimate."""

    model: str
    cost_per_generation: float
    total_cost: float
    currency: Literal["credits"]
    generation_count: int
    normalized: Any | MISSING = MISSING
    """Optional; present when the server normalized the inputs. Its content is not documented."""


SourceVideoModel = TypeAliasType(
    "SourceVideoModel",
    Annotated[
        Literal[
            "kling-o3-edit-pro",
            "kling-o3-edit-standard",
            "veo-3.1-extend",
            "grok-imagine-video-edit",
            "bytedance-upscaler",
        ],
        open_enum(str),
    ],
)
"""
Models whose one named slot is `source_video`, required.
"""


StartEndImageModel = TypeAliasType("StartEndImageModel", Literal["kling-pro"])
"""
Models whose named slots are `start_image` (optional) and `end_image` (optional; needs `start_image`).
"""


NamedSlotModel = TypeAliasType(
    "NamedSlotModel",
    StartEndImageModel | MotionControlModel | SourceVideoModel | FirstLastFrameModel,
)
"""
Every model that takes named input slots instead of `references` (seed 001's table). The catalog can grow: `get_model` returns each model's `input_schema`, the authority on its slots.
"""


class ValidationErrorDetail(_OpenModel):
    """One failed check of a validation error."""

    code: str | MISSING = MISSING
    message: str | MISSING = MISSING
    field: str | MISSING = MISSING
    """The offending field."""
