"""The catalog of generation models and their parameters."""

from __future__ import annotations

from typing import Any, List, cast

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import RawMethods
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["ModelsResource", "AsyncModelsResource"]


_LIST = Endpoint(
    "GET",
    "/asset/models",
    models.ModelList,
    models.ModelListParams,
    query={"type": "type_", "provider": "provider", "tag": "tag"},
    kind="none",
)
_GET: Endpoint[models.ModelDetail] = Endpoint(
    "GET",
    "/asset/models/{name}",
    cast(Any, models.ModelDetail),
    models.ModelGetParams,
    path_args={"name": "name"},
    kind="none",
)


class ModelsResource(SyncResource):
    """The catalog of generation models and their parameters."""

    def list(
        self,
        *,
        type_: models.AssetType | NotGiven = NOT_GIVEN,
        provider: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ModelList:
        """List models

        List the available generation models and their capabilities. When `type` or `provider` is filtered, that value moves to the top level of the response and is dropped from each item.

        Args:
            type_: Only models that produce this type of asset.
            provider: Only models of this provider.
            tag: Only models with this tag.

        HTTP: ``GET /asset/models``
        """
        return _send(_LIST, locals())

    def get(
        self,
        name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ModelDetail:
        """Get a model

        One model with everything `list_models` returns plus its maximum prompt length, restricted countries, per-model settings and `input_schema`, the JSON Schema of its inputs (including its named input slots and duration enum).

        Args:
            name: The model identifier, e.g. `kling-pro`.

        HTTP: ``GET /asset/models/{name}``
        """
        return _send(_GET, locals())

    @property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return ModelsResourceWithRawResponse(self)


class AsyncModelsResource(AsyncResource):
    """The catalog of generation models and their parameters."""

    list = _awaitable(ModelsResource.list)

    get = _awaitable(ModelsResource.get)

    @property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncModelsResourceWithRawResponse(self)


class ModelsResourceWithRawResponse(RawMethods):
    """See ``ModelsResource.with_raw_response``."""

    list = _raw(ModelsResource.list)
    get = _raw(ModelsResource.get)


class AsyncModelsResourceWithRawResponse(RawMethods):
    """See ``AsyncModelsResource.with_raw_response``."""

    list = _async_raw(AsyncModelsResource.list)
    get = _async_raw(AsyncModelsResource.get)
