"""The files a completed generation produced."""

from __future__ import annotations

from typing import cast

from .. import models
from .._arguments import format_path, given, pick, validate_arguments
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions, Timeout

__all__ = ["AssetsResource", "AsyncAssetsResource"]


class AssetsResource(SyncResource):
    """The files a completed generation produced."""

    _raw_methods = frozenset(("get_content",))

    def get_content(
        self,
        asset_id: models.AssetId,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download an asset

        Stream the bytes of a generated asset from the Kiara domain, with the right `Content-Type` (an image or a video). The asset id comes from `result.asset_id` of a completed generation; `result.url` points at this endpoint.

        Args:
            asset_id: The prefixed asset id (`asset_…`), from `result.asset_id`.

        Returns:
            bytes

        HTTP: ``GET /v1/assets/{id}/content``
        """
        _args = validate_arguments(
            models.AssetGetContentParams,
            given({"id": asset_id}),
            {"id": "asset_id"},
        )
        return cast(
            "bytes",
            self._client.request(
                "GET",
                format_path("/v1/assets/{id}/content", pick(_args, ("id",))),
                cast_to=bytes,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncAssetsResource(AsyncResource):
    """The files a completed generation produced."""

    _raw_methods = frozenset(("get_content",))

    async def get_content(
        self,
        asset_id: models.AssetId,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download an asset

        Stream the bytes of a generated asset from the Kiara domain, with the right `Content-Type` (an image or a video). The asset id comes from `result.asset_id` of a completed generation; `result.url` points at this endpoint.

        Args:
            asset_id: The prefixed asset id (`asset_…`), from `result.asset_id`.

        Returns:
            bytes

        HTTP: ``GET /v1/assets/{id}/content``
        """
        _args = validate_arguments(
            models.AssetGetContentParams,
            given({"id": asset_id}),
            {"id": "asset_id"},
        )
        return cast(
            "bytes",
            await self._client.request(
                "GET",
                format_path("/v1/assets/{id}/content", pick(_args, ("id",))),
                cast_to=bytes,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )
