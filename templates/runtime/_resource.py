"""Base classes of the generated resources, and raw-response access.

``client.jobs.with_raw_response.get(job_id)`` returns a :class:`RawResponse` (status, headers,
the ``httpx.Response``) instead of the parsed model; ``.parse()`` gives the model. A context
variable carries the request for raw mode, so it is safe across threads and asyncio tasks.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["RawResponse", "SyncResource", "AsyncResource", "raw_response_requested"]

T = TypeVar("T")
_RAW: ContextVar[bool] = ContextVar("raw_response", default=False)


def raw_response_requested() -> bool:
    return _RAW.get()


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A successful response before parsing."""

    http_response: httpx.Response
    _parse: Callable[[], T]

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        return self._parse()


class _RawProxy:
    def __init__(self, resource: object, is_async: bool) -> None:
        self._resource = resource
        self._is_async = is_async

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name not in getattr(self._resource, "_raw_methods", ()):
            # …_and_wait, wait, pages and downloads make several calls and need parsed answers
            # (a job id, a status): raw responses there would lose track of a paid job.
            raise AttributeError(
                f"with_raw_response has no {name!r}: it offers the methods that make one API call"
            )
        method = getattr(self._resource, name)
        if self._is_async:

            @functools.wraps(method)
            async def call_async(*args: Any, **kwargs: Any) -> Any:
                token = _RAW.set(True)
                try:
                    return await method(*args, **kwargs)
                finally:
                    _RAW.reset(token)

            return call_async

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> Any:
            token = _RAW.set(True)
            try:
                return method(*args, **kwargs)
            finally:
                _RAW.reset(token)

        return call


class SyncResource:
    _raw_methods: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning :class:`RawResponse` instead of parsed models."""
        return _RawProxy(self, is_async=False)


class AsyncResource:
    _raw_methods: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning :class:`RawResponse` instead of parsed models."""
        return _RawProxy(self, is_async=True)
