"""Asset management endpoints for uploading and managing images, videos, audio files, and 3D models"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import List, cast

from .. import models
from .._arguments import format_path, given, pick, validate_arguments
from .._resource import AsyncResource, SyncResource
from .._pagination import PageSpec, async_iterate_pages, iterate_pages, page_items
from .._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, RequestOptions, Timeout

__all__ = ["AssetsResource", "AsyncAssetsResource"]


LIST_PAGES = PageSpec(style="cursor", items=("items",), next_cursor="next_cursor")


class AssetsResource(SyncResource):
    """Asset management endpoints for uploading and managing images, videos, audio files, and 3D models"""

    _raw_methods = frozenset(("delete", "get", "list", "upload"))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetPage:
        """List assets

        List assets with pagination.

        Args:
            limit: Number of items to return (1-1000, default: 100)
            cursor: Cursor for pagination

        Returns:
            models.AssetPage

        HTTP: ``GET /assets``
        """
        _args = validate_arguments(
            models.AssetListParams,
            given({"limit": limit, "cursor": cursor}),
        )
        return cast(
            "models.AssetPage",
            self._client.request(
                "GET",
                "/assets",
                cast_to=models.AssetPage,
                params=pick(_args, ("limit", "cursor")),
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def list_pages(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Iterator[models.AssetPage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        yield from iterate_pages(
            lambda position: self.list(
                limit=limit,
                cursor=position,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            LIST_PAGES,
        )

    def list_all(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Iterator[models.Asset]:
        """Every item of ``list`` across all pages, fetched lazily."""
        for page in self.list_pages(
            limit=limit, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
        ):
            for item in page_items(page, LIST_PAGES):
                yield item

    def upload(
        self,
        *,
        file: FileInput,
        description: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Asset:
        """Upload an asset

        Upload a new asset (image, video, audio, or 3D model). Accepts multipart/form-data with a file and optional description. Maximum file size: 75MB.

        Args:
            file: The file to upload (JPEG, PNG, WebP, HEIC, MP4, MOV, WebM, GLB, WAV, MP3). Maximum
                    size: 75MB.
            description: Optional description for the asset

        Returns:
            models.Asset

        HTTP: ``POST /assets``
        """
        _body = validate_arguments(
            models.AssetUploadForm,
            given({"description": description}),
        )
        return cast(
            "models.Asset",
            self._client.request(
                "POST",
                "/assets",
                cast_to=models.Asset,
                data=_body,
                files=given({"file": file}),
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def get(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Asset:
        """Get an asset

        Get a single asset by ID

        Args:
            asset_id: Asset ID

        Returns:
            models.Asset

        HTTP: ``GET /assets/{id}``
        """
        _args = validate_arguments(
            models.AssetGetParams,
            given({"id": asset_id}),
            {"id": "asset_id"},
        )
        return cast(
            "models.Asset",
            self._client.request(
                "GET",
                format_path("/assets/{id}", pick(_args, ("id",))),
                cast_to=models.Asset,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def delete(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetDeleteResponse:
        """Delete an asset

        Delete an asset.

        Args:
            asset_id: Asset ID

        Returns:
            models.AssetDeleteResponse

        HTTP: ``DELETE /assets/{id}``
        """
        _args = validate_arguments(
            models.AssetDeleteParams,
            given({"id": asset_id}),
            {"id": "asset_id"},
        )
        return cast(
            "models.AssetDeleteResponse",
            self._client.request(
                "DELETE",
                format_path("/assets/{id}", pick(_args, ("id",))),
                cast_to=models.AssetDeleteResponse,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncAssetsResource(AsyncResource):
    """Asset management endpoints for uploading and managing images, videos, audio files, and 3D models"""

    _raw_methods = frozenset(("delete", "get", "list", "upload"))

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetPage:
        """List assets

        List assets with pagination.

        Args:
            limit: Number of items to return (1-1000, default: 100)
            cursor: Cursor for pagination

        Returns:
            models.AssetPage

        HTTP: ``GET /assets``
        """
        _args = validate_arguments(
            models.AssetListParams,
            given({"limit": limit, "cursor": cursor}),
        )
        return cast(
            "models.AssetPage",
            await self._client.request(
                "GET",
                "/assets",
                cast_to=models.AssetPage,
                params=pick(_args, ("limit", "cursor")),
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def list_pages(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[models.AssetPage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        async for page in async_iterate_pages(
            lambda position: self.list(
                limit=limit,
                cursor=position,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            LIST_PAGES,
        ):
            yield page

    async def list_all(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[models.Asset]:
        """Every item of ``list`` across all pages, fetched lazily."""
        async for page in self.list_pages(
            limit=limit, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
        ):
            for item in page_items(page, LIST_PAGES):
                yield item

    async def upload(
        self,
        *,
        file: FileInput,
        description: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Asset:
        """Upload an asset

        Upload a new asset (image, video, audio, or 3D model). Accepts multipart/form-data with a file and optional description. Maximum file size: 75MB.

        Args:
            file: The file to upload (JPEG, PNG, WebP, HEIC, MP4, MOV, WebM, GLB, WAV, MP3). Maximum
                    size: 75MB.
            description: Optional description for the asset

        Returns:
            models.Asset

        HTTP: ``POST /assets``
        """
        _body = validate_arguments(
            models.AssetUploadForm,
            given({"description": description}),
        )
        return cast(
            "models.Asset",
            await self._client.request(
                "POST",
                "/assets",
                cast_to=models.Asset,
                data=_body,
                files=given({"file": file}),
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def get(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Asset:
        """Get an asset

        Get a single asset by ID

        Args:
            asset_id: Asset ID

        Returns:
            models.Asset

        HTTP: ``GET /assets/{id}``
        """
        _args = validate_arguments(
            models.AssetGetParams,
            given({"id": asset_id}),
            {"id": "asset_id"},
        )
        return cast(
            "models.Asset",
            await self._client.request(
                "GET",
                format_path("/assets/{id}", pick(_args, ("id",))),
                cast_to=models.Asset,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def delete(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetDeleteResponse:
        """Delete an asset

        Delete an asset.

        Args:
            asset_id: Asset ID

        Returns:
            models.AssetDeleteResponse

        HTTP: ``DELETE /assets/{id}``
        """
        _args = validate_arguments(
            models.AssetDeleteParams,
            given({"id": asset_id}),
            {"id": "asset_id"},
        )
        return cast(
            "models.AssetDeleteResponse",
            await self._client.request(
                "DELETE",
                format_path("/assets/{id}", pick(_args, ("id",))),
                cast_to=models.AssetDeleteResponse,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )
