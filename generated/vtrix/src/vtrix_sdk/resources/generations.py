"""Submit model runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import List, Literal, cast

from .. import models
from .._arguments import embed, given, validate_arguments
from .._jobs import DEFAULT_JOB_TIMEOUT, JobState, async_wait_for_created, wait_for_created
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions, Timeout
from .tasks import TasksResource, AsyncTasksResource

__all__ = ["GenerationsResource", "AsyncGenerationsResource"]


class GenerationsResource(SyncResource):
    """Submit model runs."""

    _raw_methods = frozenset(("create", "create_sync", "kirin_v2_image", "precharge"))

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

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation``
        """
        _body = validate_arguments(
            models.GenerationRequest,
            given({"model": model, "input": input_, "moderation": moderation}),
            {"input": "input_"},
        )
        return cast(
            "models.Task",
            self._client.request(
                "POST",
                "/model/v1/generation",
                cast_to=models.Task,
                json_body=_body,
                job_id_path="id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def create_and_wait(
        self,
        *,
        model: Literal["kirin_v2_image"] | str,
        input_: List[models.GenerationInput] | NotGiven = NOT_GIVEN,
        moderation: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Task, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Task:
        """``create``, then wait until the job ends.

        Takes the arguments of ``create`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = TasksResource(self._client)
        jobs = wait_for_created(
            lambda: self.create(
                model=model,
                input_=input_,
                moderation=moderation,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]

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

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation``
        """
        _body = validate_arguments(
            models.KirinV2ImageParams,
            given(
                {
                    "prompt": prompt,
                    "image": image,
                    "negative_prompt": negative_prompt,
                    "n": n,
                    "aspect_ratio": aspect_ratio,
                    "callback_url": callback_url,
                    "external_task_id": external_task_id,
                }
            ),
        )
        return cast(
            "models.Task",
            self._client.request(
                "POST",
                "/model/v1/generation",
                cast_to=models.Task,
                json_body=validate_arguments(
                    models.GenerationRequest,
                    {
                        **embed(
                            {"model": "kirin_v2_image", "input": [{"params": "$params"}]}, _body
                        ),
                        **given({"moderation": moderation}),
                    },
                    warn=False,
                ),
                job_id_path="id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def kirin_v2_image_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Task, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Task:
        """``kirin_v2_image``, then wait until the job ends.

        Takes the arguments of ``kirin_v2_image`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = TasksResource(self._client)
        jobs = wait_for_created(
            lambda: self.kirin_v2_image(
                prompt=prompt,
                image=image,
                negative_prompt=negative_prompt,
                n=n,
                aspect_ratio=aspect_ratio,
                callback_url=callback_url,
                external_task_id=external_task_id,
                moderation=moderation,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]

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

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation/sync``
        """
        _body = validate_arguments(
            models.GenerationRequest,
            given({"model": model, "input": input_, "moderation": moderation}),
            {"input": "input_"},
        )
        return cast(
            "models.Task",
            self._client.request(
                "POST",
                "/model/v1/generation/sync",
                cast_to=models.Task,
                json_body=_body,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

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

        Returns:
            models.PrechargeResponse

        HTTP: ``POST /model/v1/generation/precharge``
        """
        _body = validate_arguments(
            models.GenerationRequest,
            given({"model": model, "input": input_, "moderation": moderation}),
            {"input": "input_"},
        )
        return cast(
            "models.PrechargeResponse",
            self._client.request(
                "POST",
                "/model/v1/generation/precharge",
                cast_to=models.PrechargeResponse,
                json_body=_body,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncGenerationsResource(AsyncResource):
    """Submit model runs."""

    _raw_methods = frozenset(("create", "create_sync", "kirin_v2_image", "precharge"))

    async def create(
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

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation``
        """
        _body = validate_arguments(
            models.GenerationRequest,
            given({"model": model, "input": input_, "moderation": moderation}),
            {"input": "input_"},
        )
        return cast(
            "models.Task",
            await self._client.request(
                "POST",
                "/model/v1/generation",
                cast_to=models.Task,
                json_body=_body,
                job_id_path="id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def create_and_wait(
        self,
        *,
        model: Literal["kirin_v2_image"] | str,
        input_: List[models.GenerationInput] | NotGiven = NOT_GIVEN,
        moderation: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Task, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Task:
        """``create``, then wait until the job ends.

        Takes the arguments of ``create`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncTasksResource(self._client)
        jobs = await async_wait_for_created(
            self.create(
                model=model,
                input_=input_,
                moderation=moderation,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]

    async def kirin_v2_image(
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

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation``
        """
        _body = validate_arguments(
            models.KirinV2ImageParams,
            given(
                {
                    "prompt": prompt,
                    "image": image,
                    "negative_prompt": negative_prompt,
                    "n": n,
                    "aspect_ratio": aspect_ratio,
                    "callback_url": callback_url,
                    "external_task_id": external_task_id,
                }
            ),
        )
        return cast(
            "models.Task",
            await self._client.request(
                "POST",
                "/model/v1/generation",
                cast_to=models.Task,
                json_body=validate_arguments(
                    models.GenerationRequest,
                    {
                        **embed(
                            {"model": "kirin_v2_image", "input": [{"params": "$params"}]}, _body
                        ),
                        **given({"moderation": moderation}),
                    },
                    warn=False,
                ),
                job_id_path="id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def kirin_v2_image_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Task, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Task:
        """``kirin_v2_image``, then wait until the job ends.

        Takes the arguments of ``kirin_v2_image`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncTasksResource(self._client)
        jobs = await async_wait_for_created(
            self.kirin_v2_image(
                prompt=prompt,
                image=image,
                negative_prompt=negative_prompt,
                n=n,
                aspect_ratio=aspect_ratio,
                callback_url=callback_url,
                external_task_id=external_task_id,
                moderation=moderation,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]

    async def create_sync(
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

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation/sync``
        """
        _body = validate_arguments(
            models.GenerationRequest,
            given({"model": model, "input": input_, "moderation": moderation}),
            {"input": "input_"},
        )
        return cast(
            "models.Task",
            await self._client.request(
                "POST",
                "/model/v1/generation/sync",
                cast_to=models.Task,
                json_body=_body,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def precharge(
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

        Returns:
            models.PrechargeResponse

        HTTP: ``POST /model/v1/generation/precharge``
        """
        _body = validate_arguments(
            models.GenerationRequest,
            given({"model": model, "input": input_, "moderation": moderation}),
            {"input": "input_"},
        )
        return cast(
            "models.PrechargeResponse",
            await self._client.request(
                "POST",
                "/model/v1/generation/precharge",
                cast_to=models.PrechargeResponse,
                json_body=_body,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )
