"""The Hoox clients: configuration plus one attribute per API resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Mapping

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    SyncAPIClient,
)
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .webhooks import Webhooks
    from .resources.assets import AssetsResource, AsyncAssetsResource
    from .resources.folders import FoldersResource, AsyncFoldersResource
    from .resources.models import ModelsResource, AsyncModelsResource
    from .resources.pricing import PricingResource, AsyncPricingResource

    pass

__all__ = ["Hoox", "AsyncHoox"]


class Hoox(SyncAPIClient):
    """Synchronous client of the Hoox Public API.

    Args:
        api_key: Required; sent in the 'Authorization' header after 'Bearer'. Defaults to the ``HOOX_API_KEY`` environment variable.
        base_url: Defaults to ``HOOX_BASE_URL``, then ``https://app.hoox.video/api/public/v1``.
        timeout: Seconds (or an :class:`httpx.Timeout`) for each attempt.
        max_retries: Retries of a failed request that is safe to repeat (see the README).
        default_headers: Headers sent with every request.
        http_client: Your own configured ``httpx.Client`` (proxies, transports, limits).
        total_timeout: One deadline in seconds for a call and all its retries (default: none).
        max_response_bytes: The largest API answer read into memory, decompressed (default
            32 MiB; ``None``: no cap). File downloads stream to disk and are not capped.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )

    @cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries (see ``hoox_sdk.webhooks``)."""
        from .webhooks import Webhooks

        return Webhooks()

    @cached_property
    def assets(self) -> AssetsResource:
        """Image and video generation and the assets it produces."""
        from .resources.assets import AssetsResource

        return AssetsResource(self)

    @cached_property
    def folders(self) -> FoldersResource:
        """Folders that organise assets and videos."""
        from .resources.folders import FoldersResource

        return FoldersResource(self)

    @cached_property
    def models(self) -> ModelsResource:
        """The catalog of generation models and their parameters."""
        from .resources.models import ModelsResource

        return ModelsResource(self)

    @cached_property
    def pricing(self) -> PricingResource:
        """Dry-run cost estimates."""
        from .resources.pricing import PricingResource

        return PricingResource(self)


class AsyncHoox(AsyncAPIClient):
    """Asynchronous client of the Hoox Public API.

    Args:
        api_key: Required; sent in the 'Authorization' header after 'Bearer'. Defaults to the ``HOOX_API_KEY`` environment variable.
        base_url: Defaults to ``HOOX_BASE_URL``, then ``https://app.hoox.video/api/public/v1``.
        timeout: Seconds (or an :class:`httpx.Timeout`) for each attempt.
        max_retries: Retries of a failed request that is safe to repeat (see the README).
        default_headers: Headers sent with every request.
        http_client: Your own configured ``httpx.AsyncClient`` (proxies, transports, limits).
        total_timeout: One deadline in seconds for a call and all its retries (default: none).
        max_response_bytes: The largest API answer read into memory, decompressed (default
            32 MiB; ``None``: no cap). File downloads stream to disk and are not capped.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )

    @cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries (see ``hoox_sdk.webhooks``)."""
        from .webhooks import Webhooks

        return Webhooks()

    @cached_property
    def assets(self) -> AsyncAssetsResource:
        """Image and video generation and the assets it produces."""
        from .resources.assets import AsyncAssetsResource

        return AsyncAssetsResource(self)

    @cached_property
    def folders(self) -> AsyncFoldersResource:
        """Folders that organise assets and videos."""
        from .resources.folders import AsyncFoldersResource

        return AsyncFoldersResource(self)

    @cached_property
    def models(self) -> AsyncModelsResource:
        """The catalog of generation models and their parameters."""
        from .resources.models import AsyncModelsResource

        return AsyncModelsResource(self)

    @cached_property
    def pricing(self) -> AsyncPricingResource:
        """Dry-run cost estimates."""
        from .resources.pricing import AsyncPricingResource

        return AsyncPricingResource(self)


# The sync client under one name, for the runtime modules shared by every package (the command line).
SyncClient = Hoox
