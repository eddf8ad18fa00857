"""Turn the file inputs a user passes into what httpx uploads, without reading files into memory."""

from __future__ import annotations

import os
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from ._types import FileInput

__all__ = ["to_httpx_file"]


def _guess_type(filename: str) -> str:
    import mimetypes  # reads the system's type tables: only when a file is uploaded

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _rewound(content: Any) -> Any:
    """A file object is uploaded from its start: a retry must not send a truncated file."""
    seek = getattr(content, "seek", None)
    if callable(seek) and not isinstance(content, (bytes, bytearray)):
        seek(0)
    return content


def to_httpx_file(value: FileInput, stack: ExitStack, field: str) -> tuple[str, Any, str]:
    """``(filename, content, content_type)`` for httpx; paths are opened in ``stack`` and streamed."""
    if isinstance(value, tuple):
        if len(value) == 2:
            filename, content = value
            return filename, _rewound(content), _guess_type(filename)
        filename, content, content_type = value
        return filename, _rewound(content), content_type
    if isinstance(value, (bytes, bytearray)):
        return field, bytes(value), "application/octet-stream"
    if isinstance(value, os.PathLike):
        path = Path(os.fspath(value))
        handle: IO[bytes] = stack.enter_context(path.open("rb"))
        return path.name, handle, _guess_type(path.name)
    name = getattr(value, "name", None)
    filename = os.path.basename(name) if isinstance(name, str) else field
    return filename, _rewound(value), _guess_type(filename)
