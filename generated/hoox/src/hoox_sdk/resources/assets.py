"""Image and video generation and the assets it produces."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Dict, List, Literal, cast

from .. import models
from .._arguments import format_path, given, pick, validate_arguments
from .._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, RequestOptions, Timeout

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AssetsResource", "AsyncAssetsResource"]


class AssetsResource:
    """Image and video generation and the assets it produces."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def start_generation(
        self,
        *,
        body: models.AssetStartRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetStartResponse:
        """Submit an asset generation

        Start generating one or more images or videos with any supported model. Returns immediately with the ids of the temporary assets being generated (one per generation); generations run in the background, typically 10–120 seconds depending on the model. Poll `get_asset_status` with each id, or pass `webhook_url`. Credits are debited up front based on the model and the parameters; failed generations are refunded automatically. Use `list_models` / `get_model` to discover each model's parameters (including named input slots) and `get_pricing` for a dry-run cost estimate.

        Args:
            body: The request body.

        Returns:
            models.AssetStartResponse

        HTTP: ``POST /asset/start``
        """
        return cast(
            "models.AssetStartResponse",
            self._client.request(
                "POST",
                "/asset/start",
                cast_to=models.AssetStartResponse,
                json_body=validate_arguments(models.AssetStartRequest, body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    def get_status(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetStatusResponse:
        """Get an asset's generation status

        Track a generation started by `start_asset_generation`. Poll until `status` is `completed` (then `url` is set) or `failed` (then `error` is set).

        Args:
            asset_id: An id from `asset_ids` of the start response.

        Returns:
            models.AssetStatusResponse

        HTTP: ``GET /asset/status/{assetId}``
        """
        _args = given({"assetId": asset_id})
        return cast(
            "models.AssetStatusResponse",
            self._client.request(
                "GET",
                format_path("/asset/status/{assetId}", pick(_args, ("assetId",))),
                cast_to=models.AssetStatusResponse,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )


class AsyncAssetsResource:
    """Image and video generation and the assets it produces."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def start_generation(
        self,
        *,
        body: models.AssetStartRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetStartResponse:
        """Submit an asset generation

        Start generating one or more images or videos with any supported model. Returns immediately with the ids of the temporary assets being generated (one per generation); generations run in the background, typically 10–120 seconds depending on the model. Poll `get_asset_status` with each id, or pass `webhook_url`. Credits are debited up front based on the model and the parameters; failed generations are refunded automatically. Use `list_models` / `get_model` to discover each model's parameters (including named input slots) and `get_pricing` for a dry-run cost estimate.

        Args:
            body: The request body.

        Returns:
            models.AssetStartResponse

        HTTP: ``POST /asset/start``
        """
        return cast(
            "models.AssetStartResponse",
            await self._client.request(
                "POST",
                "/asset/start",
                cast_to=models.AssetStartResponse,
                json_body=validate_arguments(models.AssetStartRequest, body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    async def get_status(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetStatusResponse:
        """Get an asset's generation status

        Track a generation started by `start_asset_generation`. Poll until `status` is `completed` (then `url` is set) or `failed` (then `error` is set).

        Args:
            asset_id: An id from `asset_ids` of the start response.

        Returns:
            models.AssetStatusResponse

        HTTP: ``GET /asset/status/{assetId}``
        """
        _args = given({"assetId": asset_id})
        return cast(
            "models.AssetStatusResponse",
            await self._client.request(
                "GET",
                format_path("/asset/status/{assetId}", pick(_args, ("assetId",))),
                cast_to=models.AssetStatusResponse,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )
