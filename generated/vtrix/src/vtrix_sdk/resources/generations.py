"""Submit model runs."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Dict, List, Literal, cast

from .. import models
from .._arguments import format_path, given, pick, validate_arguments
from .._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, RequestOptions, Timeout

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["GenerationsResource", "AsyncGenerationsResource"]


class GenerationsResource:
    """Submit model runs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: models.GenerationRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Create a generation task

        Submit a model run. The model's fields go in `input[0].params`. Returns the task id and its initial status; the generated image URLs are returned by `get_task` once the task is completed.

        Args:
            body: The request body.

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation``
        """
        return cast(
            "models.Task",
            self._client.request(
                "POST",
                "/model/v1/generation",
                cast_to=models.Task,
                json_body=validate_arguments(models.GenerationRequest, body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    def create_sync(
        self,
        *,
        body: models.GenerationRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Run a generation synchronously

        Same body as `create_generation`, but the call waits for the result. Confidence M: the endpoint is documented by secondary sources only.

        Args:
            body: The request body.

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation/sync``
        """
        return cast(
            "models.Task",
            self._client.request(
                "POST",
                "/model/v1/generation/sync",
                cast_to=models.Task,
                json_body=validate_arguments(models.GenerationRequest, body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    def precharge(
        self,
        *,
        body: models.GenerationRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PrechargeResponse:
        """Estimate the cost of a generation

        Cost estimate for a generation body, without running it. Confidence M: the endpoint is documented by secondary sources only.

        Args:
            body: The request body.

        Returns:
            models.PrechargeResponse

        HTTP: ``POST /model/v1/generation/precharge``
        """
        return cast(
            "models.PrechargeResponse",
            self._client.request(
                "POST",
                "/model/v1/generation/precharge",
                cast_to=models.PrechargeResponse,
                json_body=validate_arguments(models.GenerationRequest, body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )


class AsyncGenerationsResource:
    """Submit model runs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: models.GenerationRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Create a generation task

        Submit a model run. The model's fields go in `input[0].params`. Returns the task id and its initial status; the generated image URLs are returned by `get_task` once the task is completed.

        Args:
            body: The request body.

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation``
        """
        return cast(
            "models.Task",
            await self._client.request(
                "POST",
                "/model/v1/generation",
                cast_to=models.Task,
                json_body=validate_arguments(models.GenerationRequest, body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    async def create_sync(
        self,
        *,
        body: models.GenerationRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Run a generation synchronously

        Same body as `create_generation`, but the call waits for the result. Confidence M: the endpoint is documented by secondary sources only.

        Args:
            body: The request body.

        Returns:
            models.Task

        HTTP: ``POST /model/v1/generation/sync``
        """
        return cast(
            "models.Task",
            await self._client.request(
                "POST",
                "/model/v1/generation/sync",
                cast_to=models.Task,
                json_body=validate_arguments(models.GenerationRequest, body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    async def precharge(
        self,
        *,
        body: models.GenerationRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PrechargeResponse:
        """Estimate the cost of a generation

        Cost estimate for a generation body, without running it. Confidence M: the endpoint is documented by secondary sources only.

        Args:
            body: The request body.

        Returns:
            models.PrechargeResponse

        HTTP: ``POST /model/v1/generation/precharge``
        """
        return cast(
            "models.PrechargeResponse",
            await self._client.request(
                "POST",
                "/model/v1/generation/precharge",
                cast_to=models.PrechargeResponse,
                json_body=validate_arguments(models.GenerationRequest, body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )
