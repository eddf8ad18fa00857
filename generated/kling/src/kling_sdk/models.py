# Models of the API, generated from the normalized OpenAPI document by datamodel-code-generator.
# Do not edit: regenerate with `make generate`.
from __future__ import annotations
from typing import Annotated, Any, Literal
from typing_extensions import TypeAliasType
from pydantic import BaseModel, ConfigDict, Field, MISSING
from ._enums import open_enum
from ._enums import LenientModel as _LenientModel
from ._enums import ClosedModel as _ClosedModel
from ._enums import OpenModel as _OpenModel

AspectRatio = TypeAliasType(
    "AspectRatio",
    Annotated[Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3"], open_enum(str)],
)
"""
Output aspect ratio.
"""


class ErrorEnvelope(_OpenModel):
    """The body of an error response: the usual envelope with a non-zero `code`. Codes (open-ended) by HTTP status: 401: 1000–1004 (authentication); 429: 1100 (account exception), 1101 (account in arrears), 1102 (resource pack depleted or expired). Confidence M: 403: 1103 (no permission); 400: 1200, 1201 (invalid request parameters), 1300, 1301 (content policy); 404: 1202, 1203 (method or resource not found); 429: 1302 (rate limit), 1303 (concurrency limit), 1304 (IP whitelist); 500: 5000 (internal error); 503: 5001 (unavailable, e.g. maintenance); 504: 5002 (timeout). These are Kling's own codes, which the proxy passes on."""

    code: int
    """Non-zero error code (see above)."""
    message: str
    """Error message."""
    request_id: str | MISSING = MISSING
    """Unique request id."""
    data: Any | MISSING = MISSING
    """Usually absent or null on errors."""


class ImageGenerationRequest(_OpenModel):
    """Body of `create_image_generation`. The cross-field rule is in `allOf` (named by `x-rule-id`) and in plain words in `x-rules`."""

    prompt: Annotated[str, Field(max_length=500)]
    """Positive text prompt, at most 500 characters."""
    negative_prompt: Annotated[str | MISSING, Field(max_length=200)] = MISSING
    """Negative text prompt, at most 200 characters."""
    image: str | MISSING = MISSING
    """Reference image, as Base64 or a URL. Formats .jpg, .jpeg, .png; at most 10 MB; resolution at least 300×300. The client checks what it can without fetching: the file type a URL or a `data:` URL names, and the size of inline Base64; the pixel dimensions are checked by the server."""
    image_fidelity: Annotated[float | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    """Reference image strength, 0–1."""
    n: Annotated[int | MISSING, Field(ge=1, le=9)] = MISSING
    """Number of images to generate, 1–9."""
    aspect_ratio: AspectRatio | MISSING = MISSING
    callback_url: str | MISSING = MISSING
    """Callback URL for asynchronous task result notifications (see the `task_callback` webhook). Unverified: seed 002 types it as a plain string; that it must be an absolute http(s) URL is inferred (a value of another form only warns)."""
    model_name: ModelName | MISSING = MISSING
    image_reference: ImageReference | MISSING = MISSING
    human_fidelity: Annotated[float | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    """Subject fidelity, 0–1."""
    external_task_id: str | MISSING = MISSING
    """Your own task id, echoed back in `task_info.external_task_id`. Unverified: the seed's request table does not list it; it is inferred from the task object, which carries it."""


class ImageGetGenerationTaskParams(_ClosedModel):
    task_id: str
    """The `task_id` returned by `create_image_generation`."""


class ImageListGenerationTasksParams(_ClosedModel):
    pageNum: int | MISSING = MISSING
    """Page number, 1–1000 (confidence M). The default 1 is inferred from the example request `?pageNum=1&pageSize=30`, not stated (unverified)."""
    pageSize: int | MISSING = MISSING
    """Tasks per page, 1–500 (confidence M). The default 30 is inferred from the example request `?pageNum=1&pageSize=30`, not stated (unverified)."""


ImageReference = TypeAliasType(
    "ImageReference", Annotated[Literal["subject", "face"], open_enum(str)]
)
"""
How the reference `image` is used: `subject` (the subject) or `face` (the face; the image must contain exactly one face).
"""


ModelName = TypeAliasType(
    "ModelName", Annotated[Literal["kling-v1", "kling-v1-5", "kling-v2"], open_enum(str)]
)
"""
The Kling image model.
"""


class Task(_OpenModel):
    """An image generation task. The create response carries only `task_id`, `task_status`, `created_at` and `updated_at`."""

    task_id: str
    """Task id."""
    task_status: TaskStatus
    task_status_msg: str | MISSING = MISSING
    """Status message, e.g. the failure reason."""
    task_info: TaskInfo | MISSING = MISSING
    created_at: int | MISSING = MISSING
    """Creation time, Unix epoch in milliseconds."""
    updated_at: int | MISSING = MISSING
    """Last update time, Unix epoch in milliseconds."""
    task_result: TaskResult | MISSING = MISSING


class TaskCallbackPart2(_OpenModel):
    final_unit_deduction: str | float | MISSING = MISSING
    """Units finally deducted for the task (the value type is not documented)."""


class TaskCallback(Task, TaskCallbackPart2):
    """Body of the task callback: the task object plus `final_unit_deduction`. Unsigned (no signature is documented)."""


class TaskImage(_OpenModel):
    """One generated image. Some proxy examples show `id` instead of `index`, so `index` is optional."""

    index: int | MISSING = MISSING
    """Position of the image in the batch."""
    id: str | MISSING = MISSING
    """Image id, seen in some proxy examples instead of `index`."""
    url: str
    """Image URL. Expires after 30 days."""


class TaskInfo(_OpenModel):
    """Task parameters echoed back."""

    external_task_id: str | None | MISSING = MISSING
    """The `external_task_id` given at creation, if any."""


class TaskListResponse(_OpenModel):
    """The response envelope around a page of tasks (confidence M)."""

    code: int
    """Return code; 0 means success."""
    message: str
    request_id: str
    data: list[Task]


class TaskResponse(_OpenModel):
    """The response envelope around one task."""

    code: int
    """Return code; 0 means success."""
    message: str
    """Return message, e.g. `SUCCEED`."""
    request_id: str
    """Unique request id."""
    data: Task


class TaskResult(_OpenModel):
    """The output of a task that `succeed`ed."""

    images: list[TaskImage] | MISSING = MISSING


TaskStatus = TypeAliasType(
    "TaskStatus", Annotated[Literal["submitted", "processing", "succeed", "failed"], open_enum(str)]
)
"""
Task lifecycle: `submitted` → `processing` → `succeed` | `failed`. `succeed` and `failed` are terminal.
"""
