"""Follow list operations across pages: by cursor (``next_cursor``) or by page number.

Cursor paging stops when the cursor is missing or was seen before (a server that keeps
returning the same cursor must not trap the caller in an endless loop); an empty page that still
names a new cursor is followed, so no item after it is missed (up to
:data:`MAX_EMPTY_PAGES` in a row). Page-number paging stops at an
empty page, or at a page that repeats the previous one (a server ignoring the page number).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._jobs import extract, plain
from ._types import NOT_GIVEN

__all__ = ["PageSpec", "page_items", "iterate_pages", "async_iterate_pages"]

P = TypeVar("P")
MAX_EMPTY_PAGES = 3  # empty pages in a row that still name a new cursor, followed before stopping


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


@dataclass
class _Walk:
    """What the pages so far have shown: the cursors, and the previous page's items."""

    seen: set[str] = field(default_factory=set)
    previous: list[Any] | None = None
    empty: int = 0  # empty pages in a row


def _next(page: Any, spec: PageSpec, position: Any, walk: _Walk) -> Any:
    """The position of the following page, or ``None`` when this was the last one."""
    items = page_items(page, spec)
    if spec.style == "page":
        current = plain(items)
        if not items or current == walk.previous:
            return None
        walk.previous = current
        return (position if isinstance(position, int) else 1) + 1
    walk.empty = 0 if items else walk.empty + 1
    values = extract(page, spec.next_cursor or "")
    cursor = values[0] if values else None
    if not cursor or str(cursor) in walk.seen or walk.empty >= MAX_EMPTY_PAGES:
        return None
    walk.seen.add(str(cursor))
    return cursor


def iterate_pages(fetch: Callable[[Any], P], spec: PageSpec, start: Any = NOT_GIVEN) -> Iterator[P]:
    position, walk = start, _Walk()
    while position is not None:
        page = fetch(position)
        yield page
        position = _next(page, spec, position, walk)


async def async_iterate_pages(
    fetch: Callable[[Any], Awaitable[P]], spec: PageSpec, start: Any = NOT_GIVEN
) -> AsyncIterator[P]:
    position, walk = start, _Walk()
    while position is not None:
        page = await fetch(position)
        yield page
        position = _next(page, spec, position, walk)
