"""Asset management endpoints for uploading and managing images, videos, audio files, and 3D models"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import List

from typing_extensions import Unpack

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import PageRequestParams, RawMethods
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._pagination import PageSpec, async_iterate_pages, iterate_pages, page_items
from .._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, Timeout

__all__ = ["AssetsResource", "AsyncAssetsResource"]

LIST_PAGES = PageSpec(style="cursor", items=("items",), next_cursor="next_cursor")


_LIST = Endpoint(
    "GET",
    "/assets",
    models.AssetPage,
    models.AssetListParams,
    query={"limit": "limit", "cursor": "cursor"},
    kind="none",
)
_UPLOAD = Endpoint(
    "POST",
    "/assets",
    models.Asset,
    None,
    models.AssetUploadForm,
    kind="data",
    files={"file": "file"},
)
_GET = Endpoint(
    "GET",
    "/assets/{id}",
    models.Asset,
    models.AssetGetParams,
    path_args={"id": "asset_id"},
    kind="none",
)
_DELETE = Endpoint(
    "DELETE",
    "/assets/{id}",
    models.AssetDeleteResponse,
    models.AssetDeleteParams,
    path_args={"id": "asset_id"},
    kind="none",
)


class ListPageParams(PageRequestParams, total=False):
    """The keyword arguments of ``list_pages`` and ``list_all``."""

    limit: int | NotGiven


class AssetsResource(SyncResource):
    """Asset management endpoints for uploading and managing images, videos, audio files, and 3D models"""

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

        HTTP: ``GET /assets``
        """
        return _send(_LIST, locals())

    def list_pages(self, **params: Unpack[ListPageParams]) -> Iterator[models.AssetPage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        return iterate_pages(lambda position: self.list(cursor=position, **params), LIST_PAGES)

    def list_all(self, **params: Unpack[ListPageParams]) -> Iterator[models.Asset]:
        """Every item of ``list`` across all pages, fetched lazily."""
        for page in self.list_pages(**params):
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

        HTTP: ``POST /assets``
        """
        return _send(_UPLOAD, locals())

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

        HTTP: ``GET /assets/{id}``
        """
        return _send(_GET, locals())

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

        HTTP: ``DELETE /assets/{id}``
        """
        return _send(_DELETE, locals())

    @property
    def with_raw_response(self) -> AssetsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AssetsResourceWithRawResponse(self)


class AsyncAssetsResource(AsyncResource):
    """Asset management endpoints for uploading and managing images, videos, audio files, and 3D models"""

    list = _awaitable(AssetsResource.list)

    def list_pages(self, **params: Unpack[ListPageParams]) -> AsyncIterator[models.AssetPage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        return async_iterate_pages(
            lambda position: self.list(cursor=position, **params),
            LIST_PAGES,
        )

    async def list_all(self, **params: Unpack[ListPageParams]) -> AsyncIterator[models.Asset]:
        """Every item of ``list`` across all pages, fetched lazily."""
        async for page in self.list_pages(**params):
            for item in page_items(page, LIST_PAGES):
                yield item

    upload = _awaitable(AssetsResource.upload)

    get = _awaitable(AssetsResource.get)

    delete = _awaitable(AssetsResource.delete)

    @property
    def with_raw_response(self) -> AsyncAssetsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncAssetsResourceWithRawResponse(self)


class AssetsResourceWithRawResponse(RawMethods):
    """See ``AssetsResource.with_raw_response``."""

    list = _raw(AssetsResource.list)
    upload = _raw(AssetsResource.upload)
    get = _raw(AssetsResource.get)
    delete = _raw(AssetsResource.delete)


class AsyncAssetsResourceWithRawResponse(RawMethods):
    """See ``AsyncAssetsResource.with_raw_response``."""

    list = _async_raw(AsyncAssetsResource.list)
    upload = _async_raw(AsyncAssetsResource.upload)
    get = _async_raw(AsyncAssetsResource.get)
    delete = _async_raw(AsyncAssetsResource.delete)
