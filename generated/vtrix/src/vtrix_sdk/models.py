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


class ErrorEnvelope(_OpenModel):
    """The body of an error response. Documented statuses: 401 bad key, 403 insufficient balance or permission, 429 rate limit, 500 server error. Unverified: the body's shape is not documented; this schema accepts the likely forms (`{error}`, `{code, message}`, the skill endpoints' `{status: {code, message}}`), all optional."""

    error: ErrorEnvelopeError | MISSING = MISSING
    """Error message or object."""
    code: str | int | MISSING = MISSING
    """Error code (open-ended; none are documented)."""
    message: str | MISSING = MISSING
    """Error message."""
    status: SkillStatus | MISSING = MISSING


class ErrorEnvelopeErrorVariant3(_OpenModel):
    code: str | int | MISSING = MISSING
    message: str | MISSING = MISSING


class GenerationInput(_OpenModel):
    """One input of a generation; its `params` hold the model's fields."""

    params: GenerationParams


class GenerationRequest(_OpenModel):
    """Body of `create_generation` (and of the sync and precharge endpoints): the model id and its fields nested in `input[0].params`. The rules are in `allOf` (named by `x-rule-id`) and in plain words in `x-rules`."""

    model: Literal["kirin_v2_image"] | str
    """The model id used for the request, e.g. `kirin_v2_image`."""
    input: list[GenerationInput] | MISSING = MISSING
    """The model inputs; the model's fields go in `input[0].params`. Unverified: that an empty list is refused is inferred (it only warns)."""
    moderation: bool | MISSING = MISSING
    """Toggle content moderation for this request (semantics not further documented)."""


class GenericModelParams(_LenientModel):
    """The parameters of any other model; see `get_model_spec` for a model's fields."""

    model_config = ConfigDict(
        extra="allow",
    )


KirinV2AspectRatio = TypeAliasType(
    "KirinV2AspectRatio",
    Annotated[Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"], open_enum(str)],
)
"""
Output image aspect ratio of `kirin_v2_image`.
"""


class KirinV2ImageParams(_OpenModel):
    """The parameters of the `kirin_v2_image` model (Kling image generation), sent as `input[0].params`. The rules are in `allOf` (named by `x-rule-id`) and in plain words in `x-rules`."""

    prompt: Annotated[str, Field(max_length=2500)]
    """Text prompt that describes the image to generate. At most 2500 characters."""
    image: str | MISSING = MISSING
    """Reference image, for image-to-image generation; omit it for text-to-image. An accessible image URL or a raw Base64 string, without a `data:image/png;base64,` style prefix. Requirements: .jpg, .jpeg or .png; at most 10 MB; width and height at least 300 px; aspect ratio between 1:2.5 and 2.5:1. The client checks what it can without fetching: the file type a URL names and the size of inline Base64; the pixel dimensions and the aspect ratio are checked by the server."""
    negative_prompt: Annotated[str | MISSING, Field(max_length=2500)] = MISSING
    """Negative text prompt. At most 2500 characters. For image-to-image requests (with `image`) negative prompts may not be supported."""
    n: Annotated[int, Field(ge=1, le=9)] = 1
    """Number of images to generate."""
    aspect_ratio: KirinV2AspectRatio = "16:9"
    callback_url: str | MISSING = MISSING
    """Callback URL for task status changes; the server sends task updates to it (see the `task_status_changed` webhook). Unverified: seed 003 types it as a plain string; that it must be an absolute http(s) URL is inferred (a value of another form only warns)."""
    external_task_id: str | MISSING = MISSING
    """Custom task id. It does not replace the system task id but can be used for task lookup. Keep it unique for each user."""


GenerationParams = TypeAliasType("GenerationParams", KirinV2ImageParams | GenericModelParams)
"""
The model's fields. `KirinV2ImageParams` for `kirin_v2_image`; any object for other models.
"""


class ModelGetSpecParams(_ClosedModel):
    id: str
    """The model id, e.g. `kirin_v2_image`."""


class ModelListParams(_ClosedModel):
    page: int | MISSING = MISSING
    """Page number (unverified that it starts at 1; a lower value only warns)."""
    page_size: int | MISSING = MISSING
    """Models per page (unverified that it is at least 1; a lower value only warns)."""
    type: str | MISSING = MISSING
    """Only models of this type (e.g. image, video)."""
    keywords: str | MISSING = MISSING
    """Search keywords."""


class ModelListResponse(_OpenModel):
    """A page of the model catalog, wrapped as `{status, data}` (confidence M). The layout of `data` is not documented."""

    status: SkillStatus | MISSING = MISSING
    data: Any | MISSING = MISSING
    """The page of models (layout not documented)."""


class ModelSpecResponse(_OpenModel):
    """A model's parameter spec, wrapped as `{status, data}` (confidence M). The layout of `data` is not documented."""

    status: SkillStatus | MISSING = MISSING
    data: Any | MISSING = MISSING
    """The model's spec (layout not documented)."""


class PrechargeResponse(_LenientModel):
    """The cost estimate (confidence M for the endpoint). Its fields are not documented, so any object is accepted."""

    model_config = ConfigDict(
        extra="allow",
    )


class SkillStatus(_OpenModel):
    """Status block of the `/api/v1/skill/*` responses."""

    code: int | str | MISSING = MISSING
    """Status code (the value type is not documented)."""
    message: str | MISSING = MISSING


class Task(_OpenModel):
    """A generation task. The create response returns at least `id` and the initial `status`."""

    id: str
    """System task id."""
    status: TaskStatus
    model: str | MISSING = MISSING
    """The model id."""
    created_at: int | MISSING = MISSING
    """Creation time, Unix epoch in milliseconds."""
    progress: Annotated[float | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    """Progress, 0–1."""
    output: list[TaskOutput] | MISSING = MISSING
    """Generated result. Returned only when the task is completed."""
    error: TaskError | str | MISSING = MISSING
    """Error information, returned only when the task failed. Seed 003 documents an object `{code, error_message}`; the vendor's CLI treats it as a string; both are accepted."""
    usage: TaskUsage | MISSING = MISSING
    """Usage statistics. Returned only when the task is completed."""


class TaskCallback(Task):
    """Body of the task status callback. Unverified: the payload is not documented; it is assumed to be the task object, as `get_task` returns it."""


class TaskContent(_OpenModel):
    """One generated resource."""

    type: Literal["image", "video"] | str | MISSING = MISSING
    """Resource type, such as `image`."""
    url: str | MISSING = MISSING
    """Generated resource URL."""
    duration: float | MISSING = MISSING
    """Duration in seconds (videos)."""
    id: str | MISSING = MISSING
    """Resource id."""


class TaskError(_OpenModel):
    """Error information of a failed task."""

    code: str | MISSING = MISSING
    """Error code (open-ended; none are documented)."""
    error_message: str | MISSING = MISSING
    """Error message."""


ErrorEnvelopeError = TypeAliasType(
    "ErrorEnvelopeError", str | TaskError | ErrorEnvelopeErrorVariant3
)
"""
Error message or object.
"""


class TaskGetParams(_ClosedModel):
    id: str
    """The system task id returned by `create_generation`."""


class TaskOutput(_OpenModel):
    """One generated result."""

    content: list[TaskContent] | MISSING = MISSING
    """Generated content list."""
    jobId: str | MISSING = MISSING
    """Remote task id (on output items in older docs)."""


TaskStatus = TypeAliasType(
    "TaskStatus",
    Literal["pending", "in_queue", "in_progress", "processing", "completed", "success", "failed"]
    | str,
)
"""
Task status. An open string, not an enum: Vtrix's sources disagree on the values (`in_progress|completed|failed`, `pending|processing|completed|failed`, `in_queue|processing|success`), so a client must accept any string. `x-known-values` lists every value any source names, and `x-status-lifecycle` maps them onto one job lifecycle (queued → running → succeeded | failed).
"""


class TaskUsage(_OpenModel):
    """Usage statistics."""

    cost: str | MISSING = MISSING
    """Cost, as a decimal string."""
    quantity: float | MISSING = MISSING
    """Units consumed."""
    unit_price: str | float | MISSING = MISSING
    """Price per unit (the value type is not documented)."""
    extra_info: Any | MISSING = MISSING
    """Additional usage details (shape not documented)."""
