# Models of the API, generated from the normalized OpenAPI document by datamodel-code-generator.
# Do not edit: regenerate with `make generate`.
from __future__ import annotations
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, MISSING
from typing import Annotated, Any, Literal
from typing_extensions import TypeAliasType
from ._enums import open_enum
from ._enums import LenientModel as _LenientModel
from ._enums import ClosedModel as _ClosedModel
from ._enums import OpenModel as _OpenModel


class Asset(_OpenModel):
    id: str
    image_url: str
    uploaded_at: AwareDatetime
    width: float | None
    height: float | None
    size_bytes: float | None
    mime_type: str | None
    description: str | MISSING = MISSING
    metadata: Any | MISSING = MISSING


class AssetDeleteParams(_ClosedModel):
    id: str
    """Asset ID"""


class AssetDeleteResponse(_OpenModel):
    success: bool
    message: str


class AssetGetParams(AssetDeleteParams): ...


class AssetListParams(_ClosedModel):
    limit: Annotated[int | MISSING, Field(ge=1, le=1000)] = MISSING
    """Number of items to return (1-1000, default: 100)"""
    cursor: AwareDatetime | MISSING = MISSING
    """Cursor for pagination"""


class AssetPage(_OpenModel):
    items: list[Asset]
    next_cursor: str | None


class AssetUploadForm(_OpenModel):
    description: str | MISSING = MISSING
    """Optional description for the asset"""


class AssetUploadRequest(_OpenModel):
    file: bytes
    """The file to upload (JPEG, PNG, WebP, HEIC, MP4, MOV, WebM, GLB, WAV, MP3). Maximum size: 75MB."""
    description: str | MISSING = MISSING
    """Optional description for the asset"""


class CameraControlDownBack(_OpenModel):
    type: Literal["down_back"]
    config: Annotated[None, Field(None)] = None


class CameraControlForwardUp(_OpenModel):
    type: Literal["forward_up"]
    config: Annotated[None, Field(None)] = None


class CameraControlLeftTurnForward(_OpenModel):
    type: Literal["left_turn_forward"]
    config: Annotated[None, Field(None)] = None


class CameraControlRightTurnForward(_OpenModel):
    type: Literal["right_turn_forward"]
    config: Annotated[None, Field(None)] = None


class CameraControlSimple(_OpenModel):
    type: Literal["simple"]
    config: Config | MISSING = MISSING


CameraControl = TypeAliasType(
    "CameraControl",
    CameraControlSimple
    | CameraControlDownBack
    | CameraControlForwardUp
    | CameraControlRightTurnForward
    | CameraControlLeftTurnForward,
)


class Config(_OpenModel):
    zoom: Annotated[float | MISSING, Field(ge=-10.0, le=10.0)] = MISSING
    roll: Annotated[float | MISSING, Field(ge=-10.0, le=10.0)] = MISSING
    pan: Annotated[float | MISSING, Field(ge=-10.0, le=10.0)] = MISSING
    tilt: Annotated[float | MISSING, Field(ge=-10.0, le=10.0)] = MISSING
    vertical: Annotated[float | MISSING, Field(ge=-10.0, le=10.0)] = MISSING
    horizontal: Annotated[float | MISSING, Field(ge=-10.0, le=10.0)] = MISSING


class CreatedJob(_OpenModel):
    job_id: str
    status: Annotated[
        Literal[
            "backlogged",
            "queued",
            "scheduled",
            "processing",
            "sampling",
            "intermediate-complete",
            "completed",
            "failed",
            "cancelled",
        ],
        open_enum(str),
    ]
    created_at: AwareDatetime
    completed_at: None
    result: None


class ElementReference(_OpenModel):
    images: Annotated[list[str], Field(max_length=3, min_length=1)]
    tag: Annotated[str, Field(max_length=16, min_length=3, pattern="^[a-z][a-z0-9_-]+$")]


class EnhanceBloomEnhanceParams(_ClosedModel):
    X_Webhook_URL: Annotated[str | MISSING, Field(alias="X-Webhook-URL")] = MISSING
    """URL to receive a POST request when the job completes. The webhook will receive the job data including results."""


class EnhanceBloomEnhanceRequest(_ClosedModel):
    prompt: str = ""
    width: Annotated[float, Field(ge=1.0, le=10000.0)]
    height: Annotated[float, Field(ge=1.0, le=10000.0)]
    seed: float = 1337
    image_url: str
    model: Literal["Reimagine"]
    output_format: Annotated[Literal["png", "jpg", "webp"], open_enum(str)] = "jpg"
    crop_to_fill: bool = False
    creativity: Annotated[int, Field(ge=1, le=9)] = 3
    face_preservation: bool = False
    color_preservation: bool = False
    upscaling_activated: bool = False
    image_scaling_factor: Annotated[float, Field(ge=1.0, le=32.0)] = 1


class EnhanceGenerativeEnhanceParams(EnhanceBloomEnhanceParams): ...


class EnhanceGenerativeEnhanceRequest(_ClosedModel):
    prompt: str = ""
    width: Annotated[float, Field(ge=1.0, le=32000.0)]
    height: Annotated[float, Field(ge=1.0, le=32000.0)]
    seed: float = 1337
    image_url: str
    model: Annotated[
        Literal["Redefine", "Recovery", "Recovery V2", "Reimagine"], open_enum(str)
    ] = "Redefine"
    output_format: Annotated[Literal["png", "jpg", "webp"], open_enum(str)] = "jpg"
    subject_detection: Annotated[Literal["All", "Foreground", "Background"], open_enum(str)] = "All"
    face_enhancement: bool = False
    face_enhancement_creativity: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    face_enhancement_strength: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    crop_to_fill: bool = False
    upscaling_activated: bool = False
    image_scaling_factor: Annotated[float, Field(ge=1.0, le=32.0)] = 1
    creativity: Annotated[int, Field(ge=1, le=6)] = 3
    texture: Annotated[int, Field(ge=1, le=5)] = 3
    sharpen: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    denoise: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    detail: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5


class EnhanceStandardEnhanceParams(EnhanceBloomEnhanceParams): ...


class EnhanceStandardEnhanceRequest(_ClosedModel):
    prompt: str = ""
    width: Annotated[float, Field(ge=1.0, le=32000.0)]
    height: Annotated[float, Field(ge=1.0, le=32000.0)]
    seed: float = 1337
    image_url: str
    model: Annotated[
        Literal["Standard V2", "Low Resolution V2", "CGI", "High Fidelity V2", "Text Refine"],
        open_enum(str),
    ]
    output_format: Annotated[Literal["png", "jpg", "webp"], open_enum(str)] = "jpg"
    subject_detection: Annotated[Literal["All", "Foreground", "Background"], open_enum(str)] = "All"
    face_enhancement: bool = False
    face_enhancement_creativity: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    face_enhancement_strength: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    crop_to_fill: bool = False
    upscaling_activated: bool = False
    image_scaling_factor: Annotated[float, Field(ge=1.0, le=32.0)] = 1
    sharpen: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    denoise: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    fix_compression: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    strength: Annotated[float, Field(ge=0.01, le=1.0)] = 0.5


class Error(_OpenModel):
    error: str


class ImageFlux11ProParams(EnhanceBloomEnhanceParams): ...


class ImageFlux11ProRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: Annotated[float, Field(ge=256.0, le=1440.0)]
    height: Annotated[float, Field(ge=256.0, le=1440.0)]
    seed: float = 1337


class ImageFlux11ProUltraParams(EnhanceBloomEnhanceParams): ...


class ImageFlux11ProUltraRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    height: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    seed: float = 1337
    raw: bool = True


class ImageFlux1DevParams(EnhanceBloomEnhanceParams): ...


class ImageFlux1DevRequest(_ClosedModel):
    prompt: Annotated[str, Field(max_length=1800)]
    strength: float = 1
    seed: float = 3317551338
    steps: Annotated[int, Field(ge=1, le=100)] = 25
    width: Annotated[float, Field(ge=512.0, le=2368.0)] = 1024
    height: Annotated[float, Field(ge=512.0, le=2368.0)] = 1024
    guidance_scale_flux: Annotated[float, Field(ge=0.0, le=24.0)] = 3
    image_url: str | None | MISSING = MISSING
    styles: list[ImageFlux1DevRequestStyle] | MISSING = MISSING
    """Styles (typically LoRAs) to use for the generation"""
    style_images: list[StyleImage] | MISSING = MISSING
    """Image prompts to use for the generation"""
    image_style_references: list[ImageStyleReference] | MISSING = MISSING
    """Style references to use for the generation"""


class ImageFlux1DevRequestStyle(_OpenModel):
    id: str
    strength: Annotated[float, Field(ge=-2.0, le=2.0)]


class ImageFlux1KontextDevParams(EnhanceBloomEnhanceParams): ...


class ImageFlux1KontextDevRequest(_ClosedModel):
    prompt: Annotated[str, Field(max_length=1800)]
    strength: float = 1
    seed: float = 3261419148
    steps: Annotated[int, Field(ge=1, le=100)] = 25
    width: Annotated[float, Field(ge=512.0, le=2368.0)] = 1024
    height: Annotated[float, Field(ge=512.0, le=2368.0)] = 1024
    guidance_scale_flux: Annotated[float, Field(ge=0.0, le=24.0)] = 3
    image_url: str | None | MISSING = MISSING
    style_images: Annotated[list[StyleImage] | MISSING, Field(max_length=1)] = MISSING
    """Image prompts to use for the generation"""


class ImageGen4ImageParams(EnhanceBloomEnhanceParams): ...


class ImageGen4ImageRequest(_ClosedModel):
    prompt: Annotated[str, Field(max_length=1000, min_length=1)]
    width: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    height: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    seed: float = 1337
    reference_images: Annotated[list[ReferenceImage], Field(max_length=3, min_length=1)]


class ImageGptImage2Params(EnhanceBloomEnhanceParams): ...


class ImageGptImage2Request(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: float
    height: float
    quality: Annotated[Literal["low", "medium", "high", "auto"], open_enum(str)] = "high"
    image_urls: Annotated[list[str] | MISSING, Field(max_length=10)] = MISSING
    style_images: Annotated[list[StyleImage] | MISSING, Field(max_length=10)] = MISSING
    """Image prompts to use for the generation"""


class ImageGptImageParams(EnhanceBloomEnhanceParams): ...


class ImageGptImageRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    height: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    quality: Annotated[Literal["low", "medium", "high", "auto"], open_enum(str)] = "auto"
    image_urls: list[str] | MISSING = MISSING
    styles: Annotated[list[ImageGptImageRequestStyle] | MISSING, Field(max_length=5)] = MISSING
    style_images: Annotated[list[StyleImage] | MISSING, Field(max_length=15)] = MISSING
    """Image prompts to use for the generation"""


class ImageGptImageRequestStyle(ImageFlux1DevRequestStyle): ...


class ImageIdeogram2TurboParams(EnhanceBloomEnhanceParams): ...


class ImageIdeogram2TurboRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    height: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    seed: float = 1337


class ImageIdeogram3Params(EnhanceBloomEnhanceParams): ...


class ImageIdeogram3Request(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    height: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    seed: float = 1337
    character_reference_images: list[str] | MISSING = MISSING
    style_images: list[StyleImage] | MISSING = MISSING
    """Image prompts to use for the generation"""


class ImageImagen3Params(EnhanceBloomEnhanceParams): ...


class ImageImagen3Request(ImageIdeogram2TurboRequest): ...


class ImageImagen4FastParams(EnhanceBloomEnhanceParams): ...


class ImageImagen4FastRequest(ImageIdeogram2TurboRequest): ...


class ImageImagen4Params(EnhanceBloomEnhanceParams): ...


class ImageImagen4Request(ImageIdeogram2TurboRequest): ...


class ImageImagen4UltraParams(EnhanceBloomEnhanceParams): ...


class ImageImagen4UltraRequest(ImageIdeogram2TurboRequest): ...


class ImageNanoBanana2Params(EnhanceBloomEnhanceParams): ...


class ImageNanoBanana2Request(_ClosedModel):
    prompt: Annotated[str, Field(min_length=3)]
    width: float | MISSING = MISSING
    """Width of the generated image."""
    height: float | MISSING = MISSING
    """Height of the generated image."""
    image_urls: list[str] | MISSING = MISSING
    """Image prompts to use for the generation. If provided, style images are ignored."""
    aspect_ratio: (
        Annotated[
            Literal[
                "4:1",
                "21:9",
                "1:1",
                "4:3",
                "3:2",
                "2:3",
                "5:4",
                "4:5",
                "3:4",
                "16:9",
                "9:16",
                "1:4",
                "1:8",
            ],
            open_enum(str),
        ]
        | MISSING
    ) = MISSING
    resolution: Annotated[Literal["1K", "2K", "4K"], open_enum(str)] = "1K"
    style_images: list[StyleImage] | MISSING = MISSING
    """Image prompts to use for the generation"""


class ImageNanoBananaParams(EnhanceBloomEnhanceParams): ...


class ImageNanoBananaProParams(EnhanceBloomEnhanceParams): ...


class ImageNanoBananaProRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=3)]
    width: float | MISSING = MISSING
    """Width of the generated image."""
    height: float | MISSING = MISSING
    """Height of the generated image."""
    image_urls: list[str] | MISSING = MISSING
    """Image prompts to use for the generation. If provided, style images are ignored."""
    aspect_ratio: (
        Annotated[
            Literal["21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16"],
            open_enum(str),
        ]
        | MISSING
    ) = MISSING
    resolution: Annotated[Literal["1K", "2K", "4K"], open_enum(str)] = "1K"
    style_images: list[StyleImage] | MISSING = MISSING
    """Image prompts to use for the generation"""


class ImageNanoBananaRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: float | MISSING = MISSING
    """Width of the generated image."""
    height: float | MISSING = MISSING
    """Height of the generated image."""
    image_urls: list[str] | MISSING = MISSING
    """Image prompts to use for the generation. If provided, style images are ignored."""
    aspect_ratio: (
        Annotated[
            Literal["21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16"],
            open_enum(str),
        ]
        | MISSING
    ) = MISSING
    style_images: list[StyleImage] | MISSING = MISSING
    """Image prompts to use for the generation"""


class ImageQwen2512Params(EnhanceBloomEnhanceParams): ...


class ImageQwen2512Request(_ClosedModel):
    prompt: str
    negative_prompt: str = ""
    width: int = 1024
    height: int = 1024
    num_inference_steps: int = 30
    cfg_scale: float = 4
    seed: float | MISSING = MISSING
    skip_prompt_expansion: bool | MISSING = MISSING
    styles: list[ImageQwen2512RequestStyle] | MISSING = MISSING
    """Styles (typically LoRAs) to use for the generation"""


class ImageQwen2512RequestStyle(ImageFlux1DevRequestStyle): ...


class ImageSeededitParams(EnhanceBloomEnhanceParams): ...


class ImageSeededitRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    seed: float = 1337
    image_url: str


class ImageSeedream4Params(EnhanceBloomEnhanceParams): ...


class ImageSeedream4Request(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: Annotated[float, Field(le=4096.0)]
    height: Annotated[float, Field(le=4096.0)]
    seed: float = 1337
    style_images: list[StyleImage] | MISSING = MISSING
    """Image prompts to use for the generation"""


class ImageSeedream5LiteParams(EnhanceBloomEnhanceParams): ...


class ImageSeedream5LiteRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    width: Annotated[float, Field(le=4096.0)]
    height: Annotated[float, Field(le=4096.0)]
    seed: float = 1337
    style_images: Annotated[list[StyleImage] | MISSING, Field(max_length=14)] = MISSING
    """Image prompts to use for the generation"""


class ImageStyleReference(_OpenModel):
    strength: Annotated[float, Field(ge=-2.0, le=2.0)]
    url: str | MISSING = MISSING


class ImageUni1Params(EnhanceBloomEnhanceParams): ...


class ImageUni1Request(_ClosedModel):
    prompt: Annotated[str, Field(max_length=6000, min_length=1)]
    width: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    height: Annotated[float, Field(ge=512.0, le=8192.0)] = 1024
    mode: Annotated[Literal["standard", "max"], open_enum(str)] = "standard"
    style: Annotated[Literal["auto", "manga"], open_enum(str)] = "auto"
    output_format: Annotated[Literal["png", "jpeg"], open_enum(str)] | None | MISSING = MISSING
    web_search: bool = False
    style_images: Annotated[list[StyleImage] | MISSING, Field(max_length=9)] = MISSING
    """Image prompts to use for the generation"""


class ImageZImageParams(EnhanceBloomEnhanceParams): ...


class ImageZImageRequest(_ClosedModel):
    prompt: str
    seed: float | MISSING = MISSING
    denoising_strength: Annotated[float, Field(ge=0.0, le=1.0)] = 0.6
    styles: list[ImageZImageRequestStyle] | MISSING = MISSING
    """Styles (typically LoRAs) to use for the generation"""
    skip_prompt_expansion: bool = False
    aspect_ratio: Annotated[Literal["1:1", "4:3", "2:3", "16:9", "9:16"], open_enum(str)]
    """Aspect ratio. One of: 1:1, 4:3, 2:3, 16:9, 9:16."""
    resolution: Literal["1K"]
    """Resolution scale. One of: 1K."""
    image_url: str | None | MISSING = MISSING
    style_images: Annotated[list[StyleImage] | MISSING, Field(max_length=1)] = MISSING
    """Image prompts to use for the generation"""


class ImageZImageRequestStyle(ImageFlux1DevRequestStyle): ...


class Job(_OpenModel):
    job_id: str
    status: JobStatus
    created_at: AwareDatetime
    completed_at: AwareDatetime | None | MISSING = MISSING
    result: JobResult | None | MISSING = MISSING


class JobCancelParams(_ClosedModel):
    id: Annotated[str, Field(examples=["4d0e5f97-9721-4422-b88c-73a9032d7de1"])]
    """A unique identifier for a job"""


class JobGetParams(JobCancelParams): ...


class JobListParams(_ClosedModel):
    cursor: AwareDatetime | MISSING = MISSING
    """ISO 8601 timestamp cursor for pagination (jobs created before this time)"""
    limit: Annotated[int | MISSING, Field(ge=1, le=1000)] = MISSING
    """Number of items to return (1-1000, default: 100)"""
    types: str | MISSING = MISSING
    """Comma-separated list of job types to filter (e.g., "flux,k1,externalImage")"""
    status: (
        Annotated[
            Literal[
                "backlogged",
                "queued",
                "scheduled",
                "processing",
                "sampling",
                "intermediate-complete",
                "completed",
                "failed",
                "cancelled",
            ],
            open_enum(str),
        ]
        | MISSING
    ) = MISSING
    """Filter by job status"""


class JobPage(_OpenModel):
    items: list[Job]
    next_cursor: str | None


class JobResult(_OpenModel):
    urls: list[str] | MISSING = MISSING
    style_id: str | MISSING = MISSING
    error: Any | MISSING = MISSING
    """Failure details of a failed job. Krea's documentation says they are here; the vendor's schema does not list the field, so its shape is not known."""


JobStatus = TypeAliasType(
    "JobStatus",
    Annotated[
        Literal[
            "backlogged",
            "queued",
            "scheduled",
            "processing",
            "sampling",
            "intermediate-complete",
            "completed",
            "failed",
            "cancelled",
        ],
        open_enum(str),
    ],
)


class MultiPromptItem(_OpenModel):
    prompt: Annotated[str, Field(max_length=512)]
    duration: Annotated[float, Field(ge=1.0, le=15.0)]


class NodeApp(_OpenModel):
    """Node app response schema"""

    id: str
    """Unique identifier for the node app"""
    author_id: str
    """ID of the node app author"""
    workspace_id: str
    """ID of the workspace that owns the node app"""
    name: str
    """Name of the node app"""
    slug: str
    """URL-friendly identifier for the node app"""
    description: str
    """Description of the node app"""
    scope: str
    """
    Visibility scope: "public", "user", or "workspace"
    """
    created_at: str
    """Creation timestamp"""
    updated_at: str
    """Last update timestamp"""
    last_version_id: str
    """ID of the latest version of the node app"""
    version: float
    """Selected node app version number"""
    version_created_at: str | None
    """Creation timestamp of the latest version"""
    username: str
    """Username of the node app creator"""
    example_outputs: list[str] | None
    """Example output URLs"""
    input_openapi_schema: NodeAppInputOpenapiSchema | None
    """OpenAPI 3.1 JSON Schema for input parameters"""
    output_openapi_schema: NodeAppOutputOpenapiSchema | None
    """OpenAPI 3.1 JSON Schema for output values"""
    input_key_mapping: dict[str, Any] | None
    """Maps OpenAPI input keys to internal keys for execution"""
    output_key_mapping: dict[str, Any] | None
    """Maps internal output keys (nodeId-handleId) to API keys"""


class NodeAppExecuteParams(_ClosedModel):
    id: str
    """Node app version ID"""


class NodeAppGetParams(NodeAppExecuteParams): ...


class NodeAppInputOpenapiSchema(_OpenModel):
    """OpenAPI 3.1 JSON Schema for input parameters"""

    type: Literal["object"]
    properties: dict[str, dict[str, Any]]
    required: list[str] | MISSING = MISSING
    additionalProperties: Any | MISSING = MISSING


class NodeAppOutputOpenapiSchema(_OpenModel):
    """OpenAPI 3.1 JSON Schema for output values"""

    type: Literal["object"]
    properties: dict[str, dict[str, Any]]
    required: list[str] | MISSING = MISSING
    additionalProperties: Any | MISSING = MISSING


class Owner(_OpenModel):
    """Style creator info (null for Krea-official styles)"""

    id: str
    name: str
    avatar_url: str | None | MISSING = MISSING


class Reference(_OpenModel):
    type: Literal["image"]
    uri: str


class ReferenceImage(_OpenModel):
    url: str
    tag: Annotated[str, Field(max_length=16, min_length=3, pattern="^[a-z][a-z0-9_]+$")]


class Style(_OpenModel):
    """Style response schema"""

    id: str
    """Unique identifier for the style"""
    title: str | None
    """Name of the style"""
    urls: list[str]
    """Portrait-oriented preview URLs"""
    public: bool
    """Whether the style is publicly visible"""
    cover_url: str | None | MISSING = MISSING
    """Cover image URL"""
    prompt: str
    """Suggested prompt for using this style"""
    models: list[str] | MISSING = MISSING
    """Compatible model names (e.g., flux_dev, wan)"""
    owner: Owner | None
    """Style creator info (null for Krea-official styles)"""
    like_count: float
    """Number of likes"""
    created_at: str
    """Creation timestamp"""


class StyleDeleteShareWorkspaceParams(_ClosedModel):
    id: Annotated[str, Field(examples=["a816d79d-55c9-43ee-81c3-8330ffe79e6c"])]
    """A unique identifier for a style"""


class StyleDeleteShareWorkspaceResponse(_OpenModel):
    success: bool


class StyleGetParams(StyleDeleteShareWorkspaceParams): ...


class StyleGetShareLinkParams(StyleDeleteShareWorkspaceParams): ...


class StyleGetShareLinkResponse(_OpenModel):
    """Response containing a shareable link for a style"""

    share_link: str
    """Shareable URL for the style"""
    is_new: bool
    """Whether the share link is new"""


class StyleImage(ImageStyleReference): ...


class StyleListParams(_ClosedModel):
    cursor: str | MISSING = MISSING
    limit: Annotated[int | MISSING, Field(ge=1, le=1000)] = MISSING
    ids: str | MISSING = MISSING
    liked: bool | MISSING = MISSING
    user: str | MISSING = MISSING
    model: str | MISSING = MISSING
    filter: (
        Annotated[
            Literal[
                "all",
                "user",
                "community",
                "krea",
                "shared",
                "unapproved",
                "editor",
                "gallery",
                "public",
            ],
            open_enum(str),
        ]
        | MISSING
    ) = MISSING


class StyleOwner(Owner):
    """Style creator info (null for Krea-official styles)"""


class StylePage(_OpenModel):
    items: list[Style]
    next_cursor: str | None


class StyleReference(_OpenModel):
    url: str
    tag: Annotated[str, Field(max_length=16, min_length=3, pattern="^[a-z][a-z0-9_-]+$")]


class StyleShareWorkspaceParams(StyleDeleteShareWorkspaceParams): ...


class StyleShareWorkspaceResponse(_OpenModel):
    """Response after sharing a style within a workspace"""

    success: bool
    """Whether the operation succeeded"""
    style_id: str
    """The ID of the shared style"""
    workspace: Workspace
    """The workspace the style was shared with"""


class StyleTrainParams(EnhanceBloomEnhanceParams): ...


class StyleTrainRequestVariant1(_OpenModel):
    model: Annotated[Literal["flux_dev", "flux_schnell", "wan", "wan22"], open_enum(str)] = (
        "flux_dev"
    )
    type: Annotated[Literal["Style", "Object", "Character", "Default"], open_enum(str)] = "Default"
    name: str
    urls: list[str]
    trigger_word: str | MISSING = MISSING
    learning_rate: float | MISSING = MISSING
    max_train_steps: Annotated[int | MISSING, Field(ge=1, le=2000)] = MISSING
    batch_size: Annotated[int | MISSING, Field(ge=1)] = MISSING


class StyleTrainRequestVariant2(_OpenModel):
    model: Annotated[Literal["qwen", "z-image"], open_enum(str)]
    type: Annotated[Literal["Style", "Object", "Character"], open_enum(str)] = "Style"
    name: str
    urls: list[str]
    trigger_word: str | MISSING = MISSING
    max_train_steps: Annotated[int | MISSING, Field(ge=1, le=2000)] = MISSING


StyleTrainRequest = TypeAliasType(
    "StyleTrainRequest", StyleTrainRequestVariant1 | StyleTrainRequestVariant2
)


class StyleUpdateParams(StyleDeleteShareWorkspaceParams): ...


class StyleUpdateRequest(_OpenModel):
    public: bool | None | MISSING = MISSING
    urls: list[str] | MISSING = MISSING
    title: str | MISSING = MISSING
    cover_url: str | MISSING = MISSING


class Subject(_OpenModel):
    type: Literal["character"]
    image: Annotated[list[str], Field(min_length=1)]


class VideoAlephParams(EnhanceBloomEnhanceParams): ...


class VideoAlephRequest(_ClosedModel):
    prompt: Annotated[str, Field(max_length=1000)]
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    init_video: str
    init_image_url: str | MISSING = MISSING
    references: Annotated[list[Reference] | MISSING, Field(max_length=1)] = MISSING
    ratio: Annotated[
        Literal[
            "1280:720",
            "720:1280",
            "1104:832",
            "960:960",
            "832:1104",
            "1584:672",
            "848:480",
            "640:480",
        ],
        open_enum(str),
    ] = "1280:720"
    seed: Annotated[float | MISSING, Field(ge=0.0, le=4294967295.0)] = MISSING


class VideoGen3Params(EnhanceBloomEnhanceParams): ...


class VideoGen3Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[5, 10], open_enum(int)] = 5
    seed: float | MISSING = MISSING


class VideoGen45Params(EnhanceBloomEnhanceParams): ...


class VideoGen45Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[
        Literal["1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672", "672:1584"],
        open_enum(str),
    ] = "1280:720"
    duration: Annotated[float, Field(ge=2.0, le=10.0)] = 5
    seed: float | MISSING = MISSING


class VideoGen4VideoParams(EnhanceBloomEnhanceParams): ...


class VideoGen4VideoRequest(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["1280:720", "720:1280"], open_enum(str)] = "1280:720"
    duration: Annotated[Literal[5, 10], open_enum(int)] = 5
    seed: float | MISSING = MISSING


class VideoGrokVideoParams(EnhanceBloomEnhanceParams): ...


class VideoGrokVideoRequest(_ClosedModel):
    prompt: Annotated[str, Field(max_length=4096)]
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    duration: Annotated[float, Field(ge=1.0, le=15.0)] = 6
    resolution: Annotated[Literal["480p", "720p"], open_enum(str)] = "720p"
    aspect_ratio: (
        Annotated[Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3"], open_enum(str)]
        | MISSING
    ) = MISSING
    reference_images: Annotated[list[str] | MISSING, Field(max_length=7)] = MISSING
    edit_video: str | MISSING = MISSING


class VideoHailuo02Params(EnhanceBloomEnhanceParams): ...


class VideoHailuo02Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    expand_prompt: bool = True
    model: Literal["MiniMax-Hailuo-02"] = "MiniMax-Hailuo-02"
    end_image: str | MISSING = MISSING
    resolution: Annotated[Literal["512p", "768p", "1080p"], open_enum(str)] = "768p"
    duration: Annotated[float, Field(ge=6.0, le=10.0)] = 6


class VideoHailuo23FastParams(EnhanceBloomEnhanceParams): ...


class VideoHailuo23FastRequest(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    expand_prompt: bool = True
    model: Literal["MiniMax-Hailuo-2.3-fast"] = "MiniMax-Hailuo-2.3-fast"
    end_image: str | MISSING = MISSING
    resolution: Annotated[Literal["768p", "1080p"], open_enum(str)] = "768p"
    duration: Annotated[Literal[6, 10], open_enum(int)] = 6


class VideoHailuo23Params(EnhanceBloomEnhanceParams): ...


class VideoHailuo23Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    expand_prompt: bool = True
    model: Literal["MiniMax-Hailuo-2.3"] = "MiniMax-Hailuo-2.3"
    end_image: str | MISSING = MISSING
    resolution: Annotated[Literal["768p", "1080p"], open_enum(str)] = "768p"
    duration: Annotated[Literal[6, 10], open_enum(int)] = 6


class VideoHailuoParams(EnhanceBloomEnhanceParams): ...


class VideoHailuoRequest(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    expand_prompt: bool = True
    camera_control: list[str] | MISSING = MISSING
    model: Annotated[
        Literal["video-01", "S2V-01", "T2V-01-Director", "I2V-01-Director"], open_enum(str)
    ] = "video-01"
    subjects: Annotated[list[Subject] | MISSING, Field(max_length=1)] = MISSING


class VideoKling15Params(EnhanceBloomEnhanceParams): ...


class VideoKling15Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16", "1:1"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[5, 10], open_enum(int)] = 5
    camera_control: CameraControl | MISSING = MISSING
    end_image: str | MISSING = MISSING
    end_video: str | MISSING = MISSING
    mode: Literal["pro"] = "pro"


class VideoKling16Params(EnhanceBloomEnhanceParams): ...


class VideoKling16Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16", "1:1"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[5, 10], open_enum(int)] = 5
    camera_control: CameraControl | MISSING = MISSING
    end_image: str | MISSING = MISSING
    end_video: str | MISSING = MISSING
    mode: Annotated[Literal["std", "pro"], open_enum(str)] = "std"


class VideoKling1Params(EnhanceBloomEnhanceParams): ...


class VideoKling1Request(VideoKling16Request): ...


class VideoKling21Params(EnhanceBloomEnhanceParams): ...


class VideoKling21Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16", "1:1"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[5, 10], open_enum(int)] = 5
    end_image: str | MISSING = MISSING
    mode: Annotated[Literal["master", "pro"], open_enum(str)] = "master"


class VideoKling25Params(EnhanceBloomEnhanceParams): ...


class VideoKling25Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16", "1:1"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[5, 10], open_enum(int)] = 5
    end_image: str | MISSING = MISSING
    mode: Literal["pro"] = "pro"


class VideoKling26Params(EnhanceBloomEnhanceParams): ...


class VideoKling26Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[5, 10], open_enum(int)] = 5
    end_image: str | MISSING = MISSING
    end_video: str | MISSING = MISSING
    generate_audio: bool = False


class VideoKling2Params(EnhanceBloomEnhanceParams): ...


class VideoKling2Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16", "1:1"], open_enum(str)] = "16:9"
    duration: Literal[5] = 5
    end_image: str | MISSING = MISSING
    mode: Annotated[Literal["master", "pro"], open_enum(str)] = "master"


class VideoKling30Params(EnhanceBloomEnhanceParams): ...


class VideoKling30Request(_ClosedModel):
    prompt: Annotated[str, Field(max_length=2500)]
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    duration: Annotated[float, Field(ge=3.0, le=15.0)] = 5
    end_image: str | MISSING = MISSING
    generate_audio: bool = False
    mode: Annotated[Literal["std", "pro", "4k"], open_enum(str)] = "std"
    multi_prompt: list[MultiPromptItem] | MISSING = MISSING


class VideoKlingO1Params(EnhanceBloomEnhanceParams): ...


class VideoKlingO1Request(_ClosedModel):
    prompt: str
    start_image: str | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16", "1:1"], open_enum(str)] = "16:9"
    duration: Annotated[float, Field(ge=3.0, le=10.0)] = 5
    end_image: str | MISSING = MISSING
    style_references: list[StyleReference] | MISSING = MISSING
    element_references: list[ElementReference] | MISSING = MISSING
    video_reference: VideoReference | MISSING = MISSING


class VideoLtxVideo2322BParams(EnhanceBloomEnhanceParams): ...


class VideoLtxVideo2322BRequest(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[5, 10], open_enum(int)] | Literal[15] | Literal[20] = 5
    num_frames: Annotated[int | MISSING, Field(ge=9, le=481)] = MISSING
    seed: Annotated[int | MISSING, Field(ge=0, le=2147483647)] = MISSING
    generate_audio: bool = True
    end_image: str | None | MISSING = MISSING
    styles: list[VideoLtxVideo2322BRequestStyle] | MISSING = MISSING
    has_lora: bool | MISSING = MISSING


class VideoLtxVideo2322BRequestStyle(ImageFlux1DevRequestStyle): ...


class VideoRay2Params(EnhanceBloomEnhanceParams): ...


class VideoRay2Request(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"], open_enum(str)
    ] = "16:9"
    loop: bool = False
    width: float
    height: float


class VideoReference(StyleReference): ...


class VideoSeedance10ProFastParams(EnhanceBloomEnhanceParams): ...


class VideoSeedance10ProFastRequest(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"], open_enum(str)
    ] = "16:9"
    duration: Annotated[float, Field(ge=2.0, le=12.0)] = 5
    resolution: Annotated[Literal["480p", "720p", "1080p"], open_enum(str)] = "720p"


class VideoSeedance10ProParams(EnhanceBloomEnhanceParams): ...


class VideoSeedance10ProRequest(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"], open_enum(str)
    ] = "16:9"
    end_image: str | None | MISSING = MISSING
    end_video: str | None | MISSING = MISSING
    reference_images: Annotated[list[str] | MISSING, Field(max_length=4)] = MISSING
    duration: float = 5
    resolution: Annotated[Literal["720p", "1080p"], open_enum(str)] = "720p"


class VideoVeo2Params(EnhanceBloomEnhanceParams): ...


class VideoVeo2Request(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    duration: Annotated[float, Field(ge=5.0, le=8.0)] = 5


class VideoVeo31FastParams(EnhanceBloomEnhanceParams): ...


class VideoVeo31FastRequest(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[4, 6, 8], open_enum(int)] = 8
    generate_audio: bool = False
    resolution: Annotated[Literal["720p", "1080p", "4K"], open_enum(str)] = "720p"
    end_image: str | None | MISSING = MISSING
    end_video: str | None | MISSING = MISSING
    reference_images: list[str] | MISSING = MISSING


class VideoVeo31LiteParams(EnhanceBloomEnhanceParams): ...


class VideoVeo31LiteRequest(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[4, 6, 8], open_enum(int)] = 8
    resolution: Annotated[Literal["720p", "1080p"], open_enum(str)] = "720p"
    end_image: str | None | MISSING = MISSING
    end_video: str | None | MISSING = MISSING


class VideoVeo31Params(EnhanceBloomEnhanceParams): ...


class VideoVeo31Request(VideoVeo31FastRequest): ...


class VideoVeo3FastParams(EnhanceBloomEnhanceParams): ...


class VideoVeo3FastRequest(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16", "1:1"], open_enum(str)] = "16:9"
    duration: Annotated[Literal[4, 6, 8], open_enum(int)] = 8
    generate_audio: bool = False
    resolution: Annotated[Literal["720p", "1080p"], open_enum(str)] = "720p"


class VideoVeo3Params(EnhanceBloomEnhanceParams): ...


class VideoVeo3Request(VideoVeo3FastRequest): ...


class VideoWan21Params(EnhanceBloomEnhanceParams): ...


class VideoWan21Request(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    width: float
    height: float
    end_image: str | None | MISSING = MISSING
    end_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    styles: list[VideoWan21RequestStyle] | MISSING = MISSING
    frame_num: float | MISSING = MISSING


class VideoWan21RequestStyle(ImageFlux1DevRequestStyle): ...


class VideoWan22Params(EnhanceBloomEnhanceParams): ...


class VideoWan22Request(_ClosedModel):
    prompt: str
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    guide_scale: list[float] = [4, 3.5]
    width: float
    height: float
    end_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16"], open_enum(str)] = "16:9"
    styles: list[VideoWan22RequestStyle] | MISSING = MISSING
    frame_num: float | MISSING = MISSING


class VideoWan22RequestStyle(ImageFlux1DevRequestStyle): ...


class VideoWan25Params(EnhanceBloomEnhanceParams): ...


class VideoWan25Request(_ClosedModel):
    prompt: Annotated[str, Field(min_length=1)]
    start_image: str | None | MISSING = MISSING
    start_video: str | None | MISSING = MISSING
    aspect_ratio: Annotated[Literal["16:9", "9:16", "1:1"], open_enum(str)] = "16:9"
    resolution: Annotated[Literal["480p", "720p", "1080p"], open_enum(str)] = "1080p"
    enable_prompt_expansion: bool = True
    duration: Annotated[float, Field(ge=5.0, le=10.0)] = 5
    seed: float | MISSING = MISSING
    audio_url: str | MISSING = MISSING
    generate_audio: bool = False


class Workspace(_OpenModel):
    """The workspace the style was shared with"""

    id: str
    """Workspace ID"""
    name: str | None
    """Workspace name"""
    is_default: bool
    """Whether this is the default workspace"""
