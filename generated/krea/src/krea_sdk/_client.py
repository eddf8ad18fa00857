"""The Krea clients: configuration plus one attribute per API resource."""

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
    from .resources.enhance import EnhanceResource, AsyncEnhanceResource
    from .resources.images import ImagesResource, AsyncImagesResource
    from .resources.jobs import JobsResource, AsyncJobsResource
    from .resources.node_apps import NodeAppsResource, AsyncNodeAppsResource
    from .resources.styles import StylesResource, AsyncStylesResource
    from .resources.videos import VideosResource, AsyncVideosResource

    pass

__all__ = ["Krea", "AsyncKrea"]


class Krea(SyncAPIClient):
    """Synchronous client of the Krea API.

    Args:
        api_key: Required; sent in the 'Authorization' header after 'Bearer'. Defaults to the ``KREA_API_KEY`` environment variable.
        base_url: Defaults to ``KREA_BASE_URL``, then ``https://api.krea.ai``.
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
        """Verify and parse webhook deliveries (see ``krea_sdk.webhooks``)."""
        from .webhooks import Webhooks

        return Webhooks()

    @cached_property
    def assets(self) -> AssetsResource:
        """Asset management endpoints for uploading and managing images, videos, audio files, and 3D models"""
        from .resources.assets import AssetsResource

        return AssetsResource(self)

    @cached_property
    def enhance(self) -> EnhanceResource:
        """Image enhance endpoints"""
        from .resources.enhance import EnhanceResource

        return EnhanceResource(self)

    @cached_property
    def images(self) -> ImagesResource:
        """Image generation endpoints"""
        from .resources.images import ImagesResource

        return ImagesResource(self)

    @cached_property
    def jobs(self) -> JobsResource:
        """Core API operations including job management and billing information"""
        from .resources.jobs import JobsResource

        return JobsResource(self)

    @cached_property
    def node_apps(self) -> NodeAppsResource:
        """Executing custom node apps built in our nodes tool"""
        from .resources.node_apps import NodeAppsResource

        return NodeAppsResource(self)

    @cached_property
    def styles(self) -> StylesResource:
        """Style (LoRA) generation and management endpoints"""
        from .resources.styles import StylesResource

        return StylesResource(self)

    @cached_property
    def videos(self) -> VideosResource:
        """Video generation endpoints"""
        from .resources.videos import VideosResource

        return VideosResource(self)


class AsyncKrea(AsyncAPIClient):
    """Asynchronous client of the Krea API.

    Args:
        api_key: Required; sent in the 'Authorization' header after 'Bearer'. Defaults to the ``KREA_API_KEY`` environment variable.
        base_url: Defaults to ``KREA_BASE_URL``, then ``https://api.krea.ai``.
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
        """Verify and parse webhook deliveries (see ``krea_sdk.webhooks``)."""
        from .webhooks import Webhooks

        return Webhooks()

    @cached_property
    def assets(self) -> AsyncAssetsResource:
        """Asset management endpoints for uploading and managing images, videos, audio files, and 3D models"""
        from .resources.assets import AsyncAssetsResource

        return AsyncAssetsResource(self)

    @cached_property
    def enhance(self) -> AsyncEnhanceResource:
        """Image enhance endpoints"""
        from .resources.enhance import AsyncEnhanceResource

        return AsyncEnhanceResource(self)

    @cached_property
    def images(self) -> AsyncImagesResource:
        """Image generation endpoints"""
        from .resources.images import AsyncImagesResource

        return AsyncImagesResource(self)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        """Core API operations including job management and billing information"""
        from .resources.jobs import AsyncJobsResource

        return AsyncJobsResource(self)

    @cached_property
    def node_apps(self) -> AsyncNodeAppsResource:
        """Executing custom node apps built in our nodes tool"""
        from .resources.node_apps import AsyncNodeAppsResource

        return AsyncNodeAppsResource(self)

    @cached_property
    def styles(self) -> AsyncStylesResource:
        """Style (LoRA) generation and management endpoints"""
        from .resources.styles import AsyncStylesResource

        return AsyncStylesResource(self)

    @cached_property
    def videos(self) -> AsyncVideosResource:
        """Video generation endpoints"""
        from .resources.videos import AsyncVideosResource

        return AsyncVideosResource(self)


# The sync client under one name, for the runtime modules shared by every package (the command line).
SyncClient = Krea
