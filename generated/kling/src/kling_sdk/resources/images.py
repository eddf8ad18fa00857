"""Image generation tasks."""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import List

from typing_extensions import Required, Unpack

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._jobs import (
    DEFAULT_JOB_TIMEOUT,
    JobState,
    JobStatusSpec,
    async_wait_for_job,
    extract,
    wait_for_job,
)
from .._download import ProgressCallback
from .._progress import async_download_files, download_files, job_progress
from .._methods import Follow, JobWaitParams, PageRequestParams, RawMethods, RequestParams
from .._methods import and_wait_one as _and_wait_one
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._pagination import PageSpec, async_iterate_pages, iterate_pages, page_items
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["ImagesResource", "AsyncImagesResource"]

JOB_STATUS = JobStatusSpec(
    status="data.task_status",
    lifecycle={
        "failed": ["failed"],
        "queued": ["submitted"],
        "running": ["processing"],
        "succeeded": ["succeed"],
    },
    error="data.task_status_msg",
    results=("data.task_result.images.*.url",),
    poll_interval=2.0,
    slow_down_after=60.0,
)
"""How ``get_generation_task`` reports a job: status field, lifecycle, results."""

LIST_GENERATION_TASKS_PAGES = PageSpec(style="page", items=("data",), next_cursor=None)


_LIST_GENERATION_TASKS = Endpoint(
    "GET",
    "/kling/v1/images/generations",
    models.TaskListResponse,
    models.ImageListGenerationTasksParams,
    query={"pageNum": "page_num", "pageSize": "page_size"},
    kind="none",
)
_CREATE_GENERATION = Endpoint(
    "POST",
    "/kling/v1/images/generations",
    models.TaskResponse,
    None,
    models.ImageGenerationRequest,
    job_id_path="data.task_id",
)
_GET_GENERATION_TASK = Endpoint(
    "GET",
    "/kling/v1/images/generations/{task_id}",
    models.TaskResponse,
    models.ImageGetGenerationTaskParams,
    path_args={"task_id": "task_id"},
    kind="none",
)


class ListGenerationTasksPageParams(PageRequestParams, total=False):
    """The keyword arguments of ``list_generation_tasks_pages`` and ``list_generation_tasks_all``."""

    page_size: int | NotGiven


class CreateGenerationAndWaitParams(RequestParams, JobWaitParams[models.TaskResponse], total=False):
    prompt: Required[str]
    negative_prompt: str | NotGiven
    image: str | NotGiven
    image_fidelity: float | NotGiven
    n: int | NotGiven
    aspect_ratio: models.AspectRatio | NotGiven
    callback_url: str | NotGiven
    model_name: models.ModelName | NotGiven
    image_reference: models.ImageReference | NotGiven
    human_fidelity: float | NotGiven
    external_task_id: str | NotGiven


class ImagesResource(SyncResource):
    """Image generation tasks."""

    def list_generation_tasks(
        self,
        *,
        page_num: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TaskListResponse:
        """List image generation tasks

        List your image generation tasks, a page at a time. Confidence M: this endpoint and its `pageNum` / `pageSize` parameters come from several secondary sources, not from the seed.

        Args:
            page_num: Page number, 1–1000 (confidence M). The default 1 is inferred from the example
                    request `?pageNum=1&pageSize=30`, not stated (unverified). Server default: 1.
            page_size: Tasks per page, 1–500 (confidence M). The default 30 is inferred from the example
                    request `?pageNum=1&pageSize=30`, not stated (unverified). Server default: 30.

        HTTP: ``GET /kling/v1/images/generations``
        """
        return _send(_LIST_GENERATION_TASKS, locals())

    def list_generation_tasks_pages(
        self,
        **params: Unpack[ListGenerationTasksPageParams],
    ) -> Iterator[models.TaskListResponse]:
        """Every page of ``list_generation_tasks``, one request per page (page pagination)."""
        return iterate_pages(
            lambda position: self.list_generation_tasks(page_num=position, **params),
            LIST_GENERATION_TASKS_PAGES,
        )

    def list_generation_tasks_all(
        self,
        **params: Unpack[ListGenerationTasksPageParams],
    ) -> Iterator[models.Task]:
        """Every item of ``list_generation_tasks`` across all pages, fetched lazily."""
        for page in self.list_generation_tasks_pages(**params):
            for item in page_items(page, LIST_GENERATION_TASKS_PAGES):
                yield item

    def create_generation(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        image_fidelity: float | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        aspect_ratio: models.AspectRatio | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        model_name: models.ModelName | NotGiven = NOT_GIVEN,
        image_reference: models.ImageReference | NotGiven = NOT_GIVEN,
        human_fidelity: float | NotGiven = NOT_GIVEN,
        external_task_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TaskResponse:
        """Create an image generation task

        Submit a text-to-image or image-to-image generation. Returns the new task (status `submitted`); poll `get_image_generation_task` or pass `callback_url` for the result.

        Args:
            prompt: Positive text prompt, at most 500 characters.
            negative_prompt: Negative text prompt, at most 200 characters.
            image: Reference image, as Base64 or a URL. Formats .jpg, .jpeg, .png; at most 10 MB;
                    resolution at least 300×300. The client checks what it can without fetching: the
                    file type a URL or a `data:` URL names, and the size of inline Base64; the pixel
                    dimensions are checked by the server.
            image_fidelity: Reference image strength, 0–1.
            n: Number of images to generate, 1–9.
            aspect_ratio: Output aspect ratio.
            callback_url: Callback URL for asynchronous task result notifications (see the
                    `task_callback` webhook). Unverified: seed 002 types it as a plain string; that it
                    must be an absolute http(s) URL is inferred (a value of another form only warns).
            model_name: The Kling image model.
            image_reference: How the reference `image` is used: `subject` (the subject) or `face` (the
                    face; the image must contain exactly one face).
            human_fidelity: Subject fidelity, 0–1.
            external_task_id: Your own task id, echoed back in `task_info.external_task_id`. Unverified:
                    the seed's request table does not list it; it is inferred from the task object,
                    which carries it.

        HTTP: ``POST /kling/v1/images/generations``
        """
        return _send(_CREATE_GENERATION, locals())

    def create_generation_and_wait(
        self,
        **params: Unpack[CreateGenerationAndWaitParams],
    ) -> models.TaskResponse:
        """``create_generation``, then wait for its job."""
        return _and_wait_one(self.create_generation, params, _follow)

    def get_generation_task(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TaskResponse:
        """Get an image generation task

        Retrieve one task. Poll until `data.task_status` is `succeed` (then `data.task_result.images` holds the image URLs) or `failed` (then `data.task_status_msg` says why). Results expire after 30 days.

        Args:
            task_id: The `task_id` returned by `create_image_generation`.

        HTTP: ``GET /kling/v1/images/generations/{task_id}``
        """
        return _send(_GET_GENERATION_TASK, locals())

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.TaskResponse, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.TaskResponse:
        """Poll ``get_generation_task`` until the job succeeds and return its final state.

        Polling starts every ``poll_interval`` seconds (default: the vendor's suggestion) and
        slows down for long jobs; ``on_progress(job, state)`` sees every successful poll, and
        ``progress=True`` shows the job's state on the terminal (standard error). A poll
        that fails for a passing reason (the API unreachable, 408, 429, a 5xx but 501) is repeated until
        the deadline. Raises ``JobFailedError``, ``JobCanceledError``, or ``JobTimeoutError``
        after ``timeout`` seconds (the job may still finish: call ``wait()`` again).
        """
        return wait_for_job(
            lambda: self.get_generation_task(task_id),
            JOB_STATUS,
            job_id=str(task_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {task_id}"),
            secrets=self._client._secrets,
        )

    def download_results(
        self,
        job: models.TaskResponse,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> List[Path]:
        """Stream every result file of a finished job into the folder ``destination``.

        A file keeps the extension of its URL, or else of its ``Content-Type`` (``content.png``).
        ``on_progress(received, total)`` sees each file's bytes as they arrive (from 0 for each
        file; ``total`` is ``None`` when the server does not announce a size), and
        ``progress=True`` draws a bar per file on the terminal (standard error).
        """
        urls = [str(url) for path in JOB_STATUS.results for url in extract(job, path)]
        return download_files(
            self._client.download, urls, destination, on_progress=on_progress, progress=progress
        )

    @property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return ImagesResourceWithRawResponse(self)


class AsyncImagesResource(AsyncResource):
    """Image generation tasks."""

    list_generation_tasks = _awaitable(ImagesResource.list_generation_tasks)

    def list_generation_tasks_pages(
        self,
        **params: Unpack[ListGenerationTasksPageParams],
    ) -> AsyncIterator[models.TaskListResponse]:
        """Every page of ``list_generation_tasks``, one request per page (page pagination)."""
        return async_iterate_pages(
            lambda position: self.list_generation_tasks(page_num=position, **params),
            LIST_GENERATION_TASKS_PAGES,
        )

    async def list_generation_tasks_all(
        self,
        **params: Unpack[ListGenerationTasksPageParams],
    ) -> AsyncIterator[models.Task]:
        """Every item of ``list_generation_tasks`` across all pages, fetched lazily."""
        async for page in self.list_generation_tasks_pages(**params):
            for item in page_items(page, LIST_GENERATION_TASKS_PAGES):
                yield item

    create_generation = _awaitable(ImagesResource.create_generation)

    create_generation_and_wait = _awaitable(ImagesResource.create_generation_and_wait)

    get_generation_task = _awaitable(ImagesResource.get_generation_task)

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.TaskResponse, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.TaskResponse:
        """The async :meth:`ImagesResource.wait`."""
        return await async_wait_for_job(
            lambda: self.get_generation_task(task_id),
            JOB_STATUS,
            job_id=str(task_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {task_id}"),
            secrets=self._client._secrets,
        )

    async def download_results(
        self,
        job: models.TaskResponse,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> List[Path]:
        """The async :meth:`ImagesResource.download_results`."""
        urls = [str(url) for path in JOB_STATUS.results for url in extract(job, path)]
        return await async_download_files(
            self._client.download, urls, destination, on_progress=on_progress, progress=progress
        )

    @property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncImagesResourceWithRawResponse(self)


class ImagesResourceWithRawResponse(RawMethods):
    """See ``ImagesResource.with_raw_response``."""

    list_generation_tasks = _raw(ImagesResource.list_generation_tasks)
    create_generation = _raw(ImagesResource.create_generation)
    get_generation_task = _raw(ImagesResource.get_generation_task)


class AsyncImagesResourceWithRawResponse(RawMethods):
    """See ``AsyncImagesResource.with_raw_response``."""

    list_generation_tasks = _async_raw(AsyncImagesResource.list_generation_tasks)
    create_generation = _async_raw(AsyncImagesResource.create_generation)
    get_generation_task = _async_raw(AsyncImagesResource.get_generation_task)


_follow = Follow("data.task_id", ImagesResource, AsyncImagesResource)
