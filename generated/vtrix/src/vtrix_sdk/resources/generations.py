"""Submit model runs."""

from __future__ import annotations

from typing import Any, List, Literal, cast

from typing_extensions import Required, Unpack

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import Follow, JobWaitParams, RawMethods, RequestParams
from .._methods import and_wait_one as _and_wait_one
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .tasks import TasksResource, AsyncTasksResource

__all__ = ["GenerationsResource", "AsyncGenerationsResource"]


_CREATE = Endpoint(
    "POST",
    "/model/v1/generation",
    models.Task,
    None,
    models.GenerationRequest,
    renames={"input": "input_"},
    job_id_path="id",
)
_KIRIN_V2_IMAGE = Endpoint(
    "POST",
    "/model/v1/generation",
    models.Task,
    None,
    models.KirinV2ImageParams,
    kind="envelope",
    envelope={"model": "kirin_v2_image", "input": [{"params": "$params"}]},
    envelope_model=models.GenerationRequest,
    envelope_args={"moderation": "moderation"},
    job_id_path="id",
)
_CREATE_SYNC = Endpoint(
    "POST",
    "/model/v1/generation/sync",
    models.Task,
    None,
    models.GenerationRequest,
    renames={"input": "input_"},
)
_PRECHARGE: Endpoint[models.PrechargeResponse] = Endpoint(
    "POST",
    "/model/v1/generation/precharge",
    cast(Any, models.PrechargeResponse),
    None,
    models.GenerationRequest,
    renames={"input": "input_"},
)


class CreateAndWaitParams(RequestParams, JobWaitParams[models.Task], total=False):
    model: Required[Literal["kirin_v2_image"] | str]
    input_: List[models.GenerationInput] | NotGiven
    moderation: bool | NotGiven


class KirinV2ImageAndWaitParams(RequestParams, JobWaitParams[models.Task], total=False):
    prompt: Required[str]
    image: str | NotGiven
    negative_prompt: str | NotGiven
    n: int | NotGiven
    aspect_ratio: models.KirinV2AspectRatio | NotGiven
    callback_url: str | NotGiven
    external_task_id: str | NotGiven
    moderation: bool | NotGiven


class GenerationsResource(SyncResource):
    """Submit model runs."""

    def create(
        self,
        *,
        model: Literal["kirin_v2_image"] | str,
        input_: List[models.GenerationInput] | NotGiven = NOT_GIVEN,
        moderation: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Create a generation task

        Submit a model run. The model's fields go in `input[0].params`. Returns the task id and its initial status; the generated image URLs are returned by `get_task` once the task is completed.

        Args:
            model: The model id used for the request, e.g. `kirin_v2_image`.
            input_: The model inputs; the model's fields go in `input[0].params`. Unverified: that an
                    empty list is refused is inferred (it only warns).
            moderation: Toggle content moderation for this request (semantics not further documented).

        HTTP: ``POST /model/v1/generation``
        """
        return _send(_CREATE, locals())

    def create_and_wait(self, **params: Unpack[CreateAndWaitParams]) -> models.Task:
        """``create``, then wait for its job."""
        return _and_wait_one(self.create, params, _follow)

    def kirin_v2_image(
        self,
        *,
        prompt: str,
        image: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        aspect_ratio: models.KirinV2AspectRatio | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        external_task_id: str | NotGiven = NOT_GIVEN,
        moderation: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Generate images with Kling's kirin_v2_image model (the model's fields as arguments).

        Args:
            prompt: Text prompt that describes the image to generate. At most 2500 characters.
            image: Reference image, for image-to-image generation; omit it for text-to-image. An
                    accessible image URL or a raw Base64 string, without a `data:image/png;base64,`
                    style prefix. Requirements: .jpg, .jpeg or .png; at most 10 MB; width and height at
                    least 300 px; aspect ratio between 1:2.5 and 2.5:1. The client checks what it can
                    without fetching: the file type a URL names and the size of inline Base64; the pixel
                    dimensions and the aspect ratio are checked by the server.
            negative_prompt: Negative text prompt. At most 2500 characters. For image-to-image requests
                    (with `image`) negative prompts may not be supported.
            n: Number of images to generate. Server default: 1.
            aspect_ratio: Output image aspect ratio of `kirin_v2_image`. Server default: '16:9'.
            callback_url: Callback URL for task status changes; the server sends task updates to it (see
                    the `task_status_changed` webhook). Unverified: seed 003 types it as a plain string;
                    that it must be an absolute http(s) URL is inferred (a value of another form only
                    warns).
            external_task_id: Custom task id. It does not replace the system task id but can be used for
                    task lookup. Keep it unique for each user.
            moderation: Toggle content moderation for this request (semantics not further documented).

        HTTP: ``POST /model/v1/generation``
        """
        return _send(_KIRIN_V2_IMAGE, locals())

    def kirin_v2_image_and_wait(self, **params: Unpack[KirinV2ImageAndWaitParams]) -> models.Task:
        """``kirin_v2_image``, then wait for its job."""
        return _and_wait_one(self.kirin_v2_image, params, _follow)

    def create_sync(
        self,
        *,
        model: Literal["kirin_v2_image"] | str,
        input_: List[models.GenerationInput] | NotGiven = NOT_GIVEN,
        moderation: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Run a generation synchronously

        Same body as `create_generation`, but the call waits for the result. Confidence M: the endpoint is documented by secondary sources only. The connection stays open until the image is ready, and a timeout then loses a task you pay for without its id (a POST is never retried): pass a `timeout` longer than the generation takes, or prefer `create_generation` followed by `wait`, which can always be resumed.

        Args:
            model: The model id used for the request, e.g. `kirin_v2_image`.
            input_: The model inputs; the model's fields go in `input[0].params`. Unverified: that an
                    empty list is refused is inferred (it only warns).
            moderation: Toggle content moderation for this request (semantics not further documented).

        HTTP: ``POST /model/v1/generation/sync``
        """
        return _send(_CREATE_SYNC, locals())

    def precharge(
        self,
        *,
        model: Literal["kirin_v2_image"] | str,
        input_: List[models.GenerationInput] | NotGiven = NOT_GIVEN,
        moderation: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PrechargeResponse:
        """Estimate the cost of a generation

        Cost estimate for a generation body, without running it. Confidence M: the endpoint is documented by secondary sources only.

        Args:
            model: The model id used for the request, e.g. `kirin_v2_image`.
            input_: The model inputs; the model's fields go in `input[0].params`. Unverified: that an
                    empty list is refused is inferred (it only warns).
            moderation: Toggle content moderation for this request (semantics not further documented).

        HTTP: ``POST /model/v1/generation/precharge``
        """
        return _send(_PRECHARGE, locals())

    @property
    def with_raw_response(self) -> GenerationsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return GenerationsResourceWithRawResponse(self)


class AsyncGenerationsResource(AsyncResource):
    """Submit model runs."""

    create = _awaitable(GenerationsResource.create)

    create_and_wait = _awaitable(GenerationsResource.create_and_wait)

    kirin_v2_image = _awaitable(GenerationsResource.kirin_v2_image)

    kirin_v2_image_and_wait = _awaitable(GenerationsResource.kirin_v2_image_and_wait)

    create_sync = _awaitable(GenerationsResource.create_sync)

    precharge = _awaitable(GenerationsResource.precharge)

    @property
    def with_raw_response(self) -> AsyncGenerationsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncGenerationsResourceWithRawResponse(self)


class GenerationsResourceWithRawResponse(RawMethods):
    """See ``GenerationsResource.with_raw_response``."""

    create = _raw(GenerationsResource.create)
    kirin_v2_image = _raw(GenerationsResource.kirin_v2_image)
    create_sync = _raw(GenerationsResource.create_sync)
    precharge = _raw(GenerationsResource.precharge)


class AsyncGenerationsResourceWithRawResponse(RawMethods):
    """See ``AsyncGenerationsResource.with_raw_response``."""

    create = _async_raw(AsyncGenerationsResource.create)
    kirin_v2_image = _async_raw(AsyncGenerationsResource.kirin_v2_image)
    create_sync = _async_raw(AsyncGenerationsResource.create_sync)
    precharge = _async_raw(AsyncGenerationsResource.precharge)


_follow = Follow("id", TasksResource, AsyncTasksResource)
