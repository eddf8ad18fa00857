"""The asynchronous tasks model runs create."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import List

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
from .._methods import RawMethods
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["TasksResource", "AsyncTasksResource"]

JOB_STATUS = JobStatusSpec(
    status="status",
    lifecycle={
        "failed": ["failed"],
        "queued": ["pending", "in_queue"],
        "running": ["in_progress", "processing"],
        "succeeded": ["completed", "success"],
    },
    error="error",
    results=("output.*.content.*.url",),
    poll_interval=2.0,
    slow_down_after=60.0,
)
"""How ``get`` reports a job: status field, lifecycle, results."""


_GET = Endpoint(
    "GET",
    "/model/v1/generation/task/{id}",
    models.Task,
    models.TaskGetParams,
    path_args={"id": "task_id"},
    kind="none",
)


class TasksResource(SyncResource):
    """The asynchronous tasks model runs create."""

    def get(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Get a task

        Poll a task created by `create_generation`. `output` and `usage` are returned once the task is completed, `error` once it failed. The status values differ between Vtrix's sources, see `TaskStatus` for how they map onto one lifecycle.

        Args:
            task_id: The system task id returned by `create_generation`.

        HTTP: ``GET /model/v1/generation/task/{id}``
        """
        return _send(_GET, locals())

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Task, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.Task:
        """Poll ``get`` until the job succeeds and return its final state.

        Polling starts every ``poll_interval`` seconds (default: the vendor's suggestion) and
        slows down for long jobs; ``on_progress(job, state)`` sees every successful poll, and
        ``progress=True`` shows the job's state on the terminal (standard error). A poll
        that fails for a passing reason (the API unreachable, 408, 429, a 5xx but 501) is repeated until
        the deadline. Raises ``JobFailedError``, ``JobCanceledError``, or ``JobTimeoutError``
        after ``timeout`` seconds (the job may still finish: call ``wait()`` again).
        """
        return wait_for_job(
            lambda: self.get(task_id),
            JOB_STATUS,
            job_id=str(task_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {task_id}"),
            secrets=self._client._secrets,
        )

    def download_results(
        self,
        job: models.Task,
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
    def with_raw_response(self) -> TasksResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return TasksResourceWithRawResponse(self)


class AsyncTasksResource(AsyncResource):
    """The asynchronous tasks model runs create."""

    get = _awaitable(TasksResource.get)

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Task, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.Task:
        """The async :meth:`TasksResource.wait`."""
        return await async_wait_for_job(
            lambda: self.get(task_id),
            JOB_STATUS,
            job_id=str(task_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {task_id}"),
            secrets=self._client._secrets,
        )

    async def download_results(
        self,
        job: models.Task,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> List[Path]:
        """The async :meth:`TasksResource.download_results`."""
        urls = [str(url) for path in JOB_STATUS.results for url in extract(job, path)]
        return await async_download_files(
            self._client.download, urls, destination, on_progress=on_progress, progress=progress
        )

    @property
    def with_raw_response(self) -> AsyncTasksResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncTasksResourceWithRawResponse(self)


class TasksResourceWithRawResponse(RawMethods):
    """See ``TasksResource.with_raw_response``."""

    get = _raw(TasksResource.get)


class AsyncTasksResourceWithRawResponse(RawMethods):
    """See ``AsyncTasksResource.with_raw_response``."""

    get = _async_raw(AsyncTasksResource.get)
