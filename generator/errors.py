"""Errors the generator reports to its user.

Every problem in an input names the file and the JSON pointer inside it, so that the person
fixing it does not have to search.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class GeneratorError(Exception):
    """Base class: a problem that stops generation with a non-zero exit."""


def escape_pointer_token(token: str | int) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def to_pointer(parts: Iterable[str | int]) -> str:
    """Build a JSON pointer such as ``/paths/~1jobs/get`` from its tokens."""
    return "".join("/" + escape_pointer_token(part) for part in parts)


def unescape_pointer_token(token: str) -> str:
    """One JSON-pointer reference token as the key it stands for (``~1`` is ``/``, then ``~0``
    is ``~``: in that order, so ``~01`` is ``~1``)."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer_tokens(pointer: str) -> list[str]:
    """The keys of a JSON pointer (``/paths/~1jobs/get``) or of a local reference
    (``#/paths/~1jobs/get``): ``["paths", "/jobs", "get"]``; the root is ``[]``."""
    text = pointer[1:] if pointer.startswith("#") else pointer
    return [unescape_pointer_token(token) for token in text.split("/")[1:]]


class SpecError(GeneratorError):
    """A problem located in an input document (spec, overlay or SDK config)."""

    def __init__(self, file: Path | str, pointer: str, message: str) -> None:
        self.file = Path(file)
        self.pointer = pointer
        self.message = message
        super().__init__(f"{self.file}#{pointer or '/'}: {message}")
