"""The asynchronous tasks model runs create."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Dict, List, Literal, cast

from .. import models
from .._arguments import embed, format_path, given, pick, validate_arguments
from .._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, RequestOptions, Timeout

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["TasksResource", "AsyncTasksResource"]


class TasksResource:
    """The asynchronous tasks model runs create."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

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

        Returns:
            models.Task

        HTTP: ``GET /model/v1/generation/task/{id}``
        """
        _args = given({"id": task_id})
        return cast(
            "models.Task",
            self._client.request(
                "GET",
                format_path("/model/v1/generation/task/{id}", pick(_args, ("id",))),
                cast_to=models.Task,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )


class AsyncTasksResource:
    """The asynchronous tasks model runs create."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
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

        Returns:
            models.Task

        HTTP: ``GET /model/v1/generation/task/{id}``
        """
        _args = given({"id": task_id})
        return cast(
            "models.Task",
            await self._client.request(
                "GET",
                format_path("/model/v1/generation/task/{id}", pick(_args, ("id",))),
                cast_to=models.Task,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )
