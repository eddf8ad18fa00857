"""Executing custom node apps built in our nodes tool"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any, Dict, List, cast

from .. import models
from .._arguments import format_path, given, pick, validate_arguments
from .._jobs import DEFAULT_JOB_TIMEOUT, JobState, async_wait_for_created, wait_for_created
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions, Timeout
from .jobs import JobsResource, AsyncJobsResource

__all__ = ["NodeAppsResource", "AsyncNodeAppsResource"]


class NodeAppsResource(SyncResource):
    """Executing custom node apps built in our nodes tool"""

    _raw_methods = frozenset(("execute", "get"))

    def get(
        self,
        node_app_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.NodeApp:
        """Get a node app by version ID

        Get a single node app by version ID. Returns the node app details including input/output schemas.

        Args:
            node_app_id: Node app version ID

        Returns:
            models.NodeApp

        HTTP: ``GET /node-apps/{id}``
        """
        _args = validate_arguments(
            models.NodeAppGetParams,
            given({"id": node_app_id}),
            {"id": "node_app_id"},
        )
        return cast(
            "models.NodeApp",
            self._client.request(
                "GET",
                format_path("/node-apps/{id}", pick(_args, ("id",))),
                cast_to=models.NodeApp,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def execute(
        self,
        node_app_id: str,
        *,
        body: Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> List[models.Job]:
        """Execute a node app

        Execute a node app by version ID. The request body should contain the input data as a JSON object matching the node app's input schema. Returns a job that can be tracked using /jobs/{id}.

        Args:
            node_app_id: Node app version ID
            body: Input data for the node app execution, matching the node app's input schema

        Returns:
            List[models.Job]

        HTTP: ``POST /node-apps/{id}/execute``
        """
        _args = validate_arguments(
            models.NodeAppExecuteParams,
            given({"id": node_app_id}),
            {"id": "node_app_id"},
        )
        return cast(
            "List[models.Job]",
            self._client.request(
                "POST",
                format_path("/node-apps/{id}/execute", pick(_args, ("id",))),
                cast_to=List[models.Job],
                json_body=(
                    None if isinstance(body, NotGiven) else validate_arguments(Dict[str, Any], body)
                ),
                job_id_path="*.job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def execute_and_wait(
        self,
        node_app_id: str,
        *,
        body: Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> List[models.Job]:
        """``execute``, then wait until the jobs end.

        Takes the arguments of ``execute`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.execute(
                node_app_id,
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "*.job_id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs


class AsyncNodeAppsResource(AsyncResource):
    """Executing custom node apps built in our nodes tool"""

    _raw_methods = frozenset(("execute", "get"))

    async def get(
        self,
        node_app_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.NodeApp:
        """Get a node app by version ID

        Get a single node app by version ID. Returns the node app details including input/output schemas.

        Args:
            node_app_id: Node app version ID

        Returns:
            models.NodeApp

        HTTP: ``GET /node-apps/{id}``
        """
        _args = validate_arguments(
            models.NodeAppGetParams,
            given({"id": node_app_id}),
            {"id": "node_app_id"},
        )
        return cast(
            "models.NodeApp",
            await self._client.request(
                "GET",
                format_path("/node-apps/{id}", pick(_args, ("id",))),
                cast_to=models.NodeApp,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def execute(
        self,
        node_app_id: str,
        *,
        body: Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> List[models.Job]:
        """Execute a node app

        Execute a node app by version ID. The request body should contain the input data as a JSON object matching the node app's input schema. Returns a job that can be tracked using /jobs/{id}.

        Args:
            node_app_id: Node app version ID
            body: Input data for the node app execution, matching the node app's input schema

        Returns:
            List[models.Job]

        HTTP: ``POST /node-apps/{id}/execute``
        """
        _args = validate_arguments(
            models.NodeAppExecuteParams,
            given({"id": node_app_id}),
            {"id": "node_app_id"},
        )
        return cast(
            "List[models.Job]",
            await self._client.request(
                "POST",
                format_path("/node-apps/{id}/execute", pick(_args, ("id",))),
                cast_to=List[models.Job],
                json_body=(
                    None if isinstance(body, NotGiven) else validate_arguments(Dict[str, Any], body)
                ),
                job_id_path="*.job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def execute_and_wait(
        self,
        node_app_id: str,
        *,
        body: Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> List[models.Job]:
        """``execute``, then wait until the jobs end.

        Takes the arguments of ``execute`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.execute(
                node_app_id,
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "*.job_id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs
