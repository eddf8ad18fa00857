"""Dry-run cost estimates."""

from __future__ import annotations

from typing import Any, Dict

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import RawMethods
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["PricingResource", "AsyncPricingResource"]


_GET = Endpoint("POST", "/asset/pricing", models.PricingResponse, None, models.PricingRequest)


class PricingResource(SyncResource):
    """Dry-run cost estimates."""

    def get(
        self,
        *,
        model: str,
        duration: int | NotGiven = NOT_GIVEN,
        resolution: str | NotGiven = NOT_GIVEN,
        model_settings: Dict[str, Any] | NotGiven = NOT_GIVEN,
        image_count: int | NotGiven = NOT_GIVEN,
        generation_count: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricingResponse:
        """Estimate the cost of a generation

        Dry-run cost estimate, in credits, for a generation with the given model and parameters. Nothing is generated or debited.

        Args:
            model: The model identifier.
            duration: Video duration in seconds.
            image_count: Number of input images. Unverified: that it is at least 0 is inferred (a lower
                    value only warns).
            generation_count: Number of generations to price. Unverified: the 1–4 range is documented
                    for `start_asset_generation`, not for pricing (a value outside it only warns).

        HTTP: ``POST /asset/pricing``
        """
        return _send(_GET, locals())

    @property
    def with_raw_response(self) -> PricingResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return PricingResourceWithRawResponse(self)


class AsyncPricingResource(AsyncResource):
    """Dry-run cost estimates."""

    get = _awaitable(PricingResource.get)

    @property
    def with_raw_response(self) -> AsyncPricingResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncPricingResourceWithRawResponse(self)


class PricingResourceWithRawResponse(RawMethods):
    """See ``PricingResource.with_raw_response``."""

    get = _raw(PricingResource.get)


class AsyncPricingResourceWithRawResponse(RawMethods):
    """See ``AsyncPricingResource.with_raw_response``."""

    get = _async_raw(AsyncPricingResource.get)
