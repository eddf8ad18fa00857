"""Types shared by the client, its resources and its users."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import IO, Any, Final, Literal, Mapping, Union

import httpx

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "FileInput",
    "RequestOptions",
    "Headers",
    "Query",
    "Body",
    "Timeout",
]


class NotGiven:
    """The default of every optional argument: "leave it out of the request".

    ``None`` cannot play that role, because for a nullable field ``None`` is a value that is
    sent (as JSON ``null``). Leaving an argument out lets the server apply its own default.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers = Mapping[str, Union[str, NotGiven]]
Query = Mapping[str, object]
Body = Mapping[str, object]
Timeout = Union[float, httpx.Timeout, None]

FileContent = Union[bytes, IO[bytes]]
FileInput = Union[
    FileContent,
    "os.PathLike[str]",
    tuple[str, FileContent],
    tuple[str, FileContent, str],
]
"""A file to upload: raw bytes, a binary file object, a path (opened and streamed), or a
``(filename, content)`` / ``(filename, content, content_type)`` tuple."""


@dataclass(frozen=True)
class RequestOptions:
    """Per-call additions that every generated method accepts."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN

    def merged_headers(self, headers: Mapping[str, Any]) -> dict[str, str]:
        result = {
            key: str(value) for key, value in headers.items() if not isinstance(value, NotGiven)
        }
        for key, value in (self.extra_headers or {}).items():
            if isinstance(value, NotGiven):
                result.pop(key, None)
            else:
                result[key] = value
        return result
