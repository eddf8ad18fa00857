"""The model catalog (confidence M)."""

from __future__ import annotations

from typing import List

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
    "/api/v1/skill/models",
    models.ModelListResponse,
    models.ModelListParams,
    query={"page": "page", "page_size": "page_size", "type": "type_", "keywords": "keywords"},
    kind="none",
)
_GET_SPEC = Endpoint(
    "GET",
    "/api/v1/skill/models/{id}/spec",
    models.ModelSpecResponse,
    models.ModelGetSpecParams,
    path_args={"id": "model_id"},
    kind="none",
)


class ModelsResource(SyncResource):
    """The model catalog (confidence M)."""

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        keywords: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ModelListResponse:
        """List models

        Page through the model catalog. Confidence M: documented by secondary sources only. The response is wrapped as `{status: {code, message}, data}`.

        Args:
            page: Page number (unverified that it starts at 1; a lower value only warns).
            page_size: Models per page (unverified that it is at least 1; a lower value only warns).
            type_: Only models of this type (e.g. image, video).
            keywords: Search keywords.

        HTTP: ``GET /api/v1/skill/models``
        """
        return _send(_LIST, locals())

    def get_spec(
        self,
        model_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ModelSpecResponse:
        """Get a model's parameter spec

        The parameter specification of one model (what goes in `input[0].params`). Confidence M: documented by secondary sources only. The response is wrapped as `{status: {code, message}, data}`.

        Args:
            model_id: The model id, e.g. `kirin_v2_image`.

        HTTP: ``GET /api/v1/skill/models/{id}/spec``
        """
        return _send(_GET_SPEC, locals())

    @property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return ModelsResourceWithRawResponse(self)


class AsyncModelsResource(AsyncResource):
    """The model catalog (confidence M)."""

    list = _awaitable(ModelsResource.list)

    get_spec = _awaitable(ModelsResource.get_spec)

    @property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncModelsResourceWithRawResponse(self)


class ModelsResourceWithRawResponse(RawMethods):
    """See ``ModelsResource.with_raw_response``."""

    list = _raw(ModelsResource.list)
    get_spec = _raw(ModelsResource.get_spec)


class AsyncModelsResourceWithRawResponse(RawMethods):
    """See ``AsyncModelsResource.with_raw_response``."""

    list = _async_raw(AsyncModelsResource.list)
    get_spec = _async_raw(AsyncModelsResource.get_spec)
