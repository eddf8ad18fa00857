"""The Vtrix clients: configuration plus one attribute per API resource."""

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
    from .resources.generations import GenerationsResource, AsyncGenerationsResource
    from .resources.models import ModelsResource, AsyncModelsResource
    from .resources.tasks import TasksResource, AsyncTasksResource

    pass

__all__ = ["Vtrix", "AsyncVtrix"]


class Vtrix(SyncAPIClient):
    """Synchronous client of the Vtrix Model API.

    Args:
        api_key: Required; sent in the 'Authorization' header after 'Bearer'. Defaults to the ``VTRIX_API_KEY`` environment variable.
        base_url: Defaults to ``VTRIX_BASE_URL``, then ``https://cloud.vtrix.ai``.
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
        """Verify and parse webhook deliveries (see ``vtrix_sdk.webhooks``)."""
        from .webhooks import Webhooks

        return Webhooks()

    @cached_property
    def generations(self) -> GenerationsResource:
        """Submit model runs."""
        from .resources.generations import GenerationsResource

        return GenerationsResource(self)

    @cached_property
    def models(self) -> ModelsResource:
        """The model catalog (confidence M)."""
        from .resources.models import ModelsResource

        return ModelsResource(self)

    @cached_property
    def tasks(self) -> TasksResource:
        """The asynchronous tasks model runs create."""
        from .resources.tasks import TasksResource

        return TasksResource(self)


class AsyncVtrix(AsyncAPIClient):
    """Asynchronous client of the Vtrix Model API.

    Args:
        api_key: Required; sent in the 'Authorization' header after 'Bearer'. Defaults to the ``VTRIX_API_KEY`` environment variable.
        base_url: Defaults to ``VTRIX_BASE_URL``, then ``https://cloud.vtrix.ai``.
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
        """Verify and parse webhook deliveries (see ``vtrix_sdk.webhooks``)."""
        from .webhooks import Webhooks

        return Webhooks()

    @cached_property
    def generations(self) -> AsyncGenerationsResource:
        """Submit model runs."""
        from .resources.generations import AsyncGenerationsResource

        return AsyncGenerationsResource(self)

    @cached_property
    def models(self) -> AsyncModelsResource:
        """The model catalog (confidence M)."""
        from .resources.models import AsyncModelsResource

        return AsyncModelsResource(self)

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        """The asynchronous tasks model runs create."""
        from .resources.tasks import AsyncTasksResource

        return AsyncTasksResource(self)


# The sync client under one name, for the runtime modules shared by every package (the command line).
SyncClient = Vtrix
