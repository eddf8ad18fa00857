"""One deadline for every request made inside a block, retries and response bodies included.

``wait()`` promises to give up at its deadline. Each poll is an ordinary API call, which on its
own may retry, sleep for a ``Retry-After`` and read a slow body; run inside
:func:`call_deadline`, the client cuts all of that short at the time left to the wait.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["call_deadline", "current_deadline"]

_DEADLINE: ContextVar[float | None] = ContextVar(f"{__name__}.call_deadline", default=None)


@contextmanager
def call_deadline(deadline: float) -> Iterator[None]:
    """Requests made inside the block end by ``deadline`` (a ``time.monotonic()`` value); an
    enclosing block's earlier deadline still wins."""
    outer = _DEADLINE.get()
    token = _DEADLINE.set(deadline if outer is None else min(outer, deadline))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def current_deadline() -> float | None:
    """The deadline set by the innermost :func:`call_deadline` around this call, if any."""
    return _DEADLINE.get()
