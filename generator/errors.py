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


class SpecError(GeneratorError):
    """A problem located in an input document (spec, overlay or SDK config)."""

    def __init__(self, file: Path | str, pointer: str, message: str) -> None:
        self.file = Path(file)
        self.pointer = pointer
        self.message = message
        super().__init__(f"{self.file}#{pointer or '/'}: {message}")
