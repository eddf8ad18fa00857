"""Base classes of the generated resources, and raw-response access.

``client.jobs.with_raw_response.get(job_id)`` returns a :class:`RawResponse` (status, headers,
the ``httpx.Response``) instead of the parsed model; ``.parse()`` gives the model. A context
variable carries the request for raw mode, so it is safe across threads and asyncio tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

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


class SyncResource:
    """The base of a generated resource."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    """The base of a generated async resource."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
