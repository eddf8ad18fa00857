"""Core API operations including job management and billing information"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Dict, List, Literal, cast

from .. import models
from .._arguments import embed, format_path, given, pick, validate_arguments
from .._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, RequestOptions, Timeout

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["JobsResource", "AsyncJobsResource"]


class JobsResource:
    """Core API operations including job management and billing information"""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        cursor: datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        types: str | NotGiven = NOT_GIVEN,
        status: models.JobStatus | NotGiven = NOT_GIVEN,
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

        Returns:
            models.JobPage

        HTTP: ``GET /jobs``
        """
        _args = validate_arguments(
            models.JobListParams,
            given({"cursor": cursor, "limit": limit, "types": types, "status": status}),
            {"cursor": "cursor", "limit": "limit", "types": "types", "status": "status"},
        )
        return cast(
            "models.JobPage",
            self._client.request(
                "GET",
                "/jobs",
                cast_to=models.JobPage,
                params=pick(_args, ("cursor", "limit", "types", "status")),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

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

        Returns:
            models.Job

        HTTP: ``GET /jobs/{id}``
        """
        _args = given({"id": job_id})
        return cast(
            "models.Job",
            self._client.request(
                "GET",
                format_path("/jobs/{id}", pick(_args, ("id",))),
                cast_to=models.Job,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

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

        Returns:
            None

        HTTP: ``DELETE /jobs/{id}``
        """
        _args = given({"id": job_id})
        return cast(
            "None",
            self._client.request(
                "DELETE",
                format_path("/jobs/{id}", pick(_args, ("id",))),
                cast_to=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )


class AsyncJobsResource:
    """Core API operations including job management and billing information"""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        cursor: datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        types: str | NotGiven = NOT_GIVEN,
        status: models.JobStatus | NotGiven = NOT_GIVEN,
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

        Returns:
            models.JobPage

        HTTP: ``GET /jobs``
        """
        _args = validate_arguments(
            models.JobListParams,
            given({"cursor": cursor, "limit": limit, "types": types, "status": status}),
            {"cursor": "cursor", "limit": "limit", "types": "types", "status": "status"},
        )
        return cast(
            "models.JobPage",
            await self._client.request(
                "GET",
                "/jobs",
                cast_to=models.JobPage,
                params=pick(_args, ("cursor", "limit", "types", "status")),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    async def get(
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

        Returns:
            models.Job

        HTTP: ``GET /jobs/{id}``
        """
        _args = given({"id": job_id})
        return cast(
            "models.Job",
            await self._client.request(
                "GET",
                format_path("/jobs/{id}", pick(_args, ("id",))),
                cast_to=models.Job,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    async def cancel(
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

        Returns:
            None

        HTTP: ``DELETE /jobs/{id}``
        """
        _args = given({"id": job_id})
        return cast(
            "None",
            await self._client.request(
                "DELETE",
                format_path("/jobs/{id}", pick(_args, ("id",))),
                cast_to=None,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )
