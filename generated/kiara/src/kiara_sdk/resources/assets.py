"""The files a completed generation produced."""

from __future__ import annotations

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import RawMethods
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["AssetsResource", "AsyncAssetsResource"]


_GET_CONTENT = Endpoint(
    "GET",
    "/v1/assets/{id}/content",
    bytes,
    models.AssetGetContentParams,
    path_args={"id": "asset_id"},
    kind="none",
)


class AssetsResource(SyncResource):
    """The files a completed generation produced."""

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

        HTTP: ``GET /v1/assets/{id}/content``
        """
        return _send(_GET_CONTENT, locals())

    @property
    def with_raw_response(self) -> AssetsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AssetsResourceWithRawResponse(self)


class AsyncAssetsResource(AsyncResource):
    """The files a completed generation produced."""

    get_content = _awaitable(AssetsResource.get_content)

    @property
    def with_raw_response(self) -> AsyncAssetsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncAssetsResourceWithRawResponse(self)


class AssetsResourceWithRawResponse(RawMethods):
    """See ``AssetsResource.with_raw_response``."""

    get_content = _raw(AssetsResource.get_content)


class AsyncAssetsResourceWithRawResponse(RawMethods):
    """See ``AsyncAssetsResource.with_raw_response``."""

    get_content = _async_raw(AsyncAssetsResource.get_content)
