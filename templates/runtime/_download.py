"""Stream result files to disk without holding them in memory.

The API key is sent only to the API's own host: result URLs often point at a CDN, and a key
must never leak there. Files are written under a temporary name and renamed when complete, so
an interrupted download never leaves a truncated file under the final name. The temporary file is
created exclusively (``O_EXCL``, ``O_NOFOLLOW``): whatever already sits at its name (a stale
leftover, a symlink planted by another user of the folder) is never opened or written through.
Names taken from the server (``Content-Disposition``, the URL) are reduced to safe characters
and capped at :data:`MAX_NAME_BYTES`, keeping the extension.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

import httpx

__all__ = [
    "target_path",
    "same_origin",
    "partial_path",
    "open_partial",
    "MAX_NAME_BYTES",
    "ProgressCallback",
    "progress_start",
]

ProgressCallback = Callable[[int, int | None], object]
"""``on_progress(received, total)``: bytes received so far, and the size the server announced
(``None`` when it sends no ``Content-Length``)."""

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME_BYTES = 200  # of a name from the server; file systems allow 255, and "-12.part" is added
_MAX_SUFFIX = 16
_EXCLUSIVE = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def same_origin(url: httpx.URL, base_url: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (base_url.scheme, base_url.host, base_url.port)


def _filename(url: str, response: httpx.Response, fallback: str) -> str:
    disposition = response.headers.get("content-disposition", "")
    match = re.search(r'filename="?([^";]+)"?', disposition)
    name = match.group(1) if match else PurePosixPath(unquote(urlsplit(url).path)).name
    name = _UNSAFE.sub("_", os.path.basename(name)).strip("._")
    name = _capped(name) or fallback
    return name if PurePosixPath(name).suffix else name + _extension(response)


def _capped(name: str) -> str:
    """``name`` (ASCII by now) cut to :data:`MAX_NAME_BYTES`, its extension kept when it has a
    short one: ``aaaa…aaa.png``."""
    if len(name) <= MAX_NAME_BYTES:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix) > _MAX_SUFFIX:
        return name[:MAX_NAME_BYTES]
    return stem[: MAX_NAME_BYTES - len(suffix) - 1] + "." + suffix


def target_path(
    destination: str | os.PathLike[str], url: str, response: httpx.Response, fallback: str
) -> Path:
    """``destination`` itself, or a safe file name inside it when it is a directory: one no
    file there has yet, so results sharing a name (``output.png`` of two jobs) never replace
    each other; ``output-1.png`` and so on follow."""
    path = Path(destination)
    if path.is_dir():
        return _unused(path / _filename(url, response, fallback))
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _unused(path: Path) -> Path:
    """``path``, or the first ``stem-N.ext`` at which nothing exists, not even a dangling link."""
    candidate, number = path, 0
    while os.path.lexists(candidate) or os.path.lexists(partial_path(candidate)):
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def partial_path(path: Path) -> Path:
    return path.with_name(path.name + ".part")


# Extensions of the media types results come in, for a URL that names none (``…/content``).
# Fixed here rather than asked of :mod:`mimetypes`, whose answers depend on the machine.
_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/jpg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/avif": ".avif",
    "image/heic": ".heic",
    "image/bmp": ".bmp",
    "image/tiff": ".tiff",
    "image/svg+xml": ".svg",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "video/x-matroska": ".mkv",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/ogg": ".ogg",
    "audio/flac": ".flac",
    "application/json": ".json",
    "application/zip": ".zip",
    "application/pdf": ".pdf",
    "model/gltf-binary": ".glb",
    "model/gltf+json": ".gltf",
    "text/plain": ".txt",
}


def _extension(response: httpx.Response) -> str:
    """The extension of the response's ``Content-Type`` (``""`` when unknown or generic)."""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return _EXTENSIONS.get(kind, "")


def progress_start(response: httpx.Response, on_progress: ProgressCallback | None) -> int | None:
    """The announced size of a download (``Content-Length``), reported to ``on_progress`` as
    ``(0, total)`` before the first byte, so a progress bar can start at once."""
    value = response.headers.get("content-length", "")
    total = int(value) if value.isdigit() else None
    if on_progress is not None:
        on_progress(0, total)
    return total


def open_partial(path: Path) -> tuple[BinaryIO, Path]:
    """A new temporary file next to ``path``, opened for writing, and its name:
    ``<name>.part``, or ``<name>.<random>.part`` when something is in the way. Created with
    ``O_EXCL | O_NOFOLLOW``, so nothing already there is ever opened."""
    candidate = partial_path(path)
    for _ in range(100):
        try:
            descriptor = os.open(candidate, _EXCLUSIVE, 0o666)
        except FileExistsError:
            candidate = path.with_name(f"{path.name}.{secrets.token_hex(4)}.part")
            continue
        return os.fdopen(descriptor, "wb"), candidate
    raise FileExistsError(f"No free temporary name next to {path}")
