"""Follow list operations across pages: by cursor (``next_cursor``) or by page number.

Iteration stops at an empty page, a missing cursor, or a cursor seen before (a server that
keeps returning the same cursor must not trap the caller in an endless loop).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from ._jobs import extract
from ._types import NOT_GIVEN

__all__ = ["PageSpec", "page_items", "iterate_pages", "async_iterate_pages"]

P = TypeVar("P")


@dataclass(frozen=True)
class PageSpec:
    style: str  # "cursor" | "page"
    items: tuple[str, ...]
    next_cursor: str | None = None


def page_items(page: Any, spec: PageSpec) -> list[Any]:
    """The typed items of one page (attribute path ``spec.items``)."""
    value = page
    for name in spec.items:
        value = getattr(value, name, None)
    return list(value) if isinstance(value, list) else []


def _next(page: Any, spec: PageSpec, position: Any, seen: set[str]) -> Any:
    """The position of the following page, or ``None`` when this was the last one."""
    if not page_items(page, spec):
        return None
    if spec.style == "page":
        return (position if isinstance(position, int) else 1) + 1
    values = extract(page, spec.next_cursor or "")
    cursor = values[0] if values else None
    if not cursor or str(cursor) in seen:
        return None
    seen.add(str(cursor))
    return cursor


def iterate_pages(fetch: Callable[[Any], P], spec: PageSpec, start: Any = NOT_GIVEN) -> Iterator[P]:
    position, seen = start, set[str]()
    while position is not None:
        page = fetch(position)
        yield page
        position = _next(page, spec, position, seen)


async def async_iterate_pages(
    fetch: Callable[[Any], Awaitable[P]], spec: PageSpec, start: Any = NOT_GIVEN
) -> AsyncIterator[P]:
    position, seen = start, set[str]()
    while position is not None:
        page = await fetch(position)
        yield page
        position = _next(page, spec, position, seen)
