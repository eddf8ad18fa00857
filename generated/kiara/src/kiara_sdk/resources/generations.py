"""Image and video generation jobs."""

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
    """Image and video generation jobs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: models.GenerationCreateRequest,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Create a generation

        Submit an image or video generation. Returns immediately with a job id; poll `get_generation` or wait for a webhook to learn the result. Pass an `Idempotency-Key` header so that retries never double-submit or double-charge.

        Args:
            body: The request body.
            idempotency_key: Makes the create call safe to retry. Retrying with the same key and the
                    same body returns the original job (no double charge, no double submit); the same
                    key with a different body returns 409 `idempotency_conflict`. Keys are scoped to
                    your account and stored for the life of the job, so replays stay safe.

        Returns:
            models.Generation

        HTTP: ``POST /v1/generations``
        """
        _args = validate_arguments(
            models.GenerationCreateParams,
            given({"Idempotency-Key": idempotency_key}),
            {"Idempotency-Key": "idempotency_key"},
        )
        return cast(
            "models.Generation",
            self._client.request(
                "POST",
                "/v1/generations",
                cast_to=models.Generation,
                headers=pick(_args, ("Idempotency-Key",)),
                json_body=validate_arguments(models.GenerationCreateRequest, body),
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
        generation_id: models.GenerationId,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Retrieve a generation

        Retrieve a generation job by id. Poll this endpoint until `status` is terminal (`completed`, `failed` or `canceled`): every 2 seconds, backing off after the first minute. Once completed, `result.asset_id` and `result.url` point at the asset.

        Args:
            generation_id: The prefixed generation id (`gen_…`).

        Returns:
            models.Generation

        HTTP: ``GET /v1/generations/{id}``
        """
        _args = validate_arguments(
            models.GenerationGetParams,
            given({"id": generation_id}),
            {"id": "generation_id"},
        )
        return cast(
            "models.Generation",
            self._client.request(
                "GET",
                format_path("/v1/generations/{id}", pick(_args, ("id",))),
                cast_to=models.Generation,
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
        generation_id: models.GenerationId,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Cancel a generation

        Cancel a generation that is still `queued`. Once it has left the queue the call fails with 409 `not_cancelable`. Cancelling an already-canceled job again returns the same payload, so the call is safe to retry.

        Args:
            generation_id: The prefixed generation id (`gen_…`).

        Returns:
            models.Generation

        HTTP: ``POST /v1/generations/{id}/cancel``
        """
        _args = validate_arguments(
            models.GenerationCancelParams,
            given({"id": generation_id}),
            {"id": "generation_id"},
        )
        return cast(
            "models.Generation",
            self._client.request(
                "POST",
                format_path("/v1/generations/{id}/cancel", pick(_args, ("id",))),
                cast_to=models.Generation,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )


class AsyncGenerationsResource:
    """Image and video generation jobs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: models.GenerationCreateRequest,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Create a generation

        Submit an image or video generation. Returns immediately with a job id; poll `get_generation` or wait for a webhook to learn the result. Pass an `Idempotency-Key` header so that retries never double-submit or double-charge.

        Args:
            body: The request body.
            idempotency_key: Makes the create call safe to retry. Retrying with the same key and the
                    same body returns the original job (no double charge, no double submit); the same
                    key with a different body returns 409 `idempotency_conflict`. Keys are scoped to
                    your account and stored for the life of the job, so replays stay safe.

        Returns:
            models.Generation

        HTTP: ``POST /v1/generations``
        """
        _args = validate_arguments(
            models.GenerationCreateParams,
            given({"Idempotency-Key": idempotency_key}),
            {"Idempotency-Key": "idempotency_key"},
        )
        return cast(
            "models.Generation",
            await self._client.request(
                "POST",
                "/v1/generations",
                cast_to=models.Generation,
                headers=pick(_args, ("Idempotency-Key",)),
                json_body=validate_arguments(models.GenerationCreateRequest, body),
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
        generation_id: models.GenerationId,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Retrieve a generation

        Retrieve a generation job by id. Poll this endpoint until `status` is terminal (`completed`, `failed` or `canceled`): every 2 seconds, backing off after the first minute. Once completed, `result.asset_id` and `result.url` point at the asset.

        Args:
            generation_id: The prefixed generation id (`gen_…`).

        Returns:
            models.Generation

        HTTP: ``GET /v1/generations/{id}``
        """
        _args = validate_arguments(
            models.GenerationGetParams,
            given({"id": generation_id}),
            {"id": "generation_id"},
        )
        return cast(
            "models.Generation",
            await self._client.request(
                "GET",
                format_path("/v1/generations/{id}", pick(_args, ("id",))),
                cast_to=models.Generation,
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
        generation_id: models.GenerationId,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Cancel a generation

        Cancel a generation that is still `queued`. Once it has left the queue the call fails with 409 `not_cancelable`. Cancelling an already-canceled job again returns the same payload, so the call is safe to retry.

        Args:
            generation_id: The prefixed generation id (`gen_…`).

        Returns:
            models.Generation

        HTTP: ``POST /v1/generations/{id}/cancel``
        """
        _args = validate_arguments(
            models.GenerationCancelParams,
            given({"id": generation_id}),
            {"id": "generation_id"},
        )
        return cast(
            "models.Generation",
            await self._client.request(
                "POST",
                format_path("/v1/generations/{id}/cancel", pick(_args, ("id",))),
                cast_to=models.Generation,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )
