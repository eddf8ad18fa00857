"""Warnings that point at the caller's line, however deep in the package they arise.

A fixed ``stacklevel`` is right for one call path only: the same check runs under a plain
method, under an ``…_and_wait`` (through a lambda and the job helpers) and in async code.
"""

from __future__ import annotations

import sys
import warnings

from . import _observe

__all__ = ["warn_caller"]

_PACKAGE = __name__.rpartition(".")[0]


def warn_caller(message: str, category: type[Warning]) -> None:
    """``warnings.warn`` attributed to the first frame outside this package."""
    level = 2  # the caller of this function
    frame = sys._getframe(1)
    while frame.f_back is not None and _inside(frame):
        frame = frame.f_back
        level += 1
    warnings.warn(message, category, stacklevel=level)
    _observe.warned(message, category)


def _inside(frame: object) -> bool:
    name = getattr(frame, "f_globals", {}).get("__name__", "")
    return isinstance(name, str) and (name == _PACKAGE or name.startswith(_PACKAGE + "."))
