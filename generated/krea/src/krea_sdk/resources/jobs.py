"""Core API operations including job management and billing information"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import List, Literal

from typing_extensions import Unpack

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
from .._methods import PageRequestParams, RawMethods
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._pagination import PageSpec, async_iterate_pages, iterate_pages, page_items
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["JobsResource", "AsyncJobsResource"]

JOB_STATUS = JobStatusSpec(
    status="status",
    lifecycle={
        "canceled": ["cancelled"],
        "failed": ["failed"],
        "queued": ["backlogged", "queued", "scheduled"],
        "running": ["processing", "sampling", "intermediate-complete"],
        "succeeded": ["completed"],
    },
    error="result.error",
    results=("result.urls.*",),
    poll_interval=2.0,
    slow_down_after=60.0,
)
"""How ``get`` reports a job: status field, lifecycle, results."""

LIST_PAGES = PageSpec(style="cursor", items=("items",), next_cursor="next_cursor")


_LIST = Endpoint(
    "GET",
    "/jobs",
    models.JobPage,
    models.JobListParams,
    query={"cursor": "cursor", "limit": "limit", "types": "types", "status": "status"},
    kind="none",
)
_GET = Endpoint(
    "GET",
    "/jobs/{id}",
    models.Job,
    models.JobGetParams,
    path_args={"id": "job_id"},
    kind="none",
)
_CANCEL = Endpoint(
    "DELETE",
    "/jobs/{id}",
    type(None),
    models.JobCancelParams,
    path_args={"id": "job_id"},
    kind="none",
)


class ListPageParams(PageRequestParams, total=False):
    """The keyword arguments of ``list_pages`` and ``list_all``."""

    limit: int | NotGiven
    types: str | NotGiven
    status: (
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
        ]
        | NotGiven
    )


class JobsResource(SyncResource):
    """Core API operations including job management and billing information"""

    def list(
        self,
        *,
        cursor: datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        types: str | NotGiven = NOT_GIVEN,
        status: (
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
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.JobPage:
        """List jobs

        List jobs with pagination and filtering. Returns jobs belonging to the authenticated user.

        Args:
            cursor: ISO 8601 timestamp cursor for pagination (jobs created before this time)
            limit: Number of items to return (1-1000, default: 100) Server default: 100.
            types: Comma-separated list of job types to filter (e.g., "flux,k1,externalImage")
            status: Filter by job status

        HTTP: ``GET /jobs``
        """
        return _send(_LIST, locals())

    def list_pages(self, **params: Unpack[ListPageParams]) -> Iterator[models.JobPage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        return iterate_pages(lambda position: self.list(cursor=position, **params), LIST_PAGES)

    def list_all(self, **params: Unpack[ListPageParams]) -> Iterator[models.Job]:
        """Every item of ``list`` across all pages, fetched lazily."""
        for page in self.list_pages(**params):
            for item in page_items(page, LIST_PAGES):
                yield item

    def get(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Get a job by ID

        Args:
            job_id: A unique identifier for a job

        HTTP: ``GET /jobs/{id}``
        """
        return _send(_GET, locals())

    def cancel(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a job by ID

        Cancel a queued or processing job (Krea's documentation: DELETE cancels the job; the spec's summary calls it a deletion).

        Args:
            job_id: A unique identifier for a job

        HTTP: ``DELETE /jobs/{id}``
        """
        return _send(_CANCEL, locals())

    def wait(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """Poll ``get`` until the job succeeds and return its final state.

        Polling starts every ``poll_interval`` seconds (default: the vendor's suggestion) and
        slows down for long jobs; ``on_progress(job, state)`` sees every successful poll, and
        ``progress=True`` shows the job's state on the terminal (standard error). A poll
        that fails for a passing reason (the API unreachable, 408, 429, a 5xx but 501) is repeated until
        the deadline. Raises ``JobFailedError``, ``JobCanceledError``, or ``JobTimeoutError``
        after ``timeout`` seconds (the job may still finish: call ``wait()`` again).
        """
        return wait_for_job(
            lambda: self.get(job_id),
            JOB_STATUS,
            job_id=str(job_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {job_id}"),
            secrets=self._client._secrets,
        )

    def download_results(
        self,
        job: models.Job,
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
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return JobsResourceWithRawResponse(self)


class AsyncJobsResource(AsyncResource):
    """Core API operations including job management and billing information"""

    list = _awaitable(JobsResource.list)

    def list_pages(self, **params: Unpack[ListPageParams]) -> AsyncIterator[models.JobPage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        return async_iterate_pages(
            lambda position: self.list(cursor=position, **params),
            LIST_PAGES,
        )

    async def list_all(self, **params: Unpack[ListPageParams]) -> AsyncIterator[models.Job]:
        """Every item of ``list`` across all pages, fetched lazily."""
        async for page in self.list_pages(**params):
            for item in page_items(page, LIST_PAGES):
                yield item

    get = _awaitable(JobsResource.get)

    cancel = _awaitable(JobsResource.cancel)

    async def wait(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """The async :meth:`JobsResource.wait`."""
        return await async_wait_for_job(
            lambda: self.get(job_id),
            JOB_STATUS,
            job_id=str(job_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {job_id}"),
            secrets=self._client._secrets,
        )

    async def download_results(
        self,
        job: models.Job,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> List[Path]:
        """The async :meth:`JobsResource.download_results`."""
        urls = [str(url) for path in JOB_STATUS.results for url in extract(job, path)]
        return await async_download_files(
            self._client.download, urls, destination, on_progress=on_progress, progress=progress
        )

    @property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncJobsResourceWithRawResponse(self)


class JobsResourceWithRawResponse(RawMethods):
    """See ``JobsResource.with_raw_response``."""

    list = _raw(JobsResource.list)
    get = _raw(JobsResource.get)
    cancel = _raw(JobsResource.cancel)


class AsyncJobsResourceWithRawResponse(RawMethods):
    """See ``AsyncJobsResource.with_raw_response``."""

    list = _async_raw(AsyncJobsResource.list)
    get = _async_raw(AsyncJobsResource.get)
    cancel = _async_raw(AsyncJobsResource.cancel)
