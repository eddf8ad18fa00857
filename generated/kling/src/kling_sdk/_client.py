"""The Kling clients: configuration plus one attribute per API resource."""

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
    from .resources.images import ImagesResource, AsyncImagesResource

    pass

__all__ = ["Kling", "AsyncKling"]


class Kling(SyncAPIClient):
    """Synchronous client of the Kling Image Generation API (via api.gpt.ge).

    Args:
        api_key: Required; sent in the 'Authorization' header after 'Bearer'. Defaults to the ``KLING_API_KEY`` environment variable.
        base_url: Defaults to ``KLING_BASE_URL``, then ``https://api.gpt.ge``.
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
        """Verify and parse webhook deliveries (see ``kling_sdk.webhooks``)."""
        from .webhooks import Webhooks

        return Webhooks()

    @cached_property
    def images(self) -> ImagesResource:
        """Image generation tasks."""
        from .resources.images import ImagesResource

        return ImagesResource(self)


class AsyncKling(AsyncAPIClient):
    """Asynchronous client of the Kling Image Generation API (via api.gpt.ge).

    Args:
        api_key: Required; sent in the 'Authorization' header after 'Bearer'. Defaults to the ``KLING_API_KEY`` environment variable.
        base_url: Defaults to ``KLING_BASE_URL``, then ``https://api.gpt.ge``.
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
        """Verify and parse webhook deliveries (see ``kling_sdk.webhooks``)."""
        from .webhooks import Webhooks

        return Webhooks()

    @cached_property
    def images(self) -> AsyncImagesResource:
        """Image generation tasks."""
        from .resources.images import AsyncImagesResource

        return AsyncImagesResource(self)


# The sync client under one name, for the runtime modules shared by every package (the command line).
SyncClient = Kling
