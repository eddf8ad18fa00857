"""Stream result files to disk without holding them in memory.

The API key is sent only to the API's own host: result URLs often point at a CDN, and a key
must never leak there. Files are written under a temporary name and renamed when complete, so
an interrupted download never leaves a truncated file under the final name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import httpx

__all__ = ["target_path", "same_origin", "partial_path", "ProgressCallback", "progress_start"]

ProgressCallback = Callable[[int, int | None], object]
"""``on_progress(received, total)``: bytes received so far, and the size the server announced
(``None`` when it sends no ``Content-Length``)."""

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def same_origin(url: httpx.URL, base_url: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (base_url.scheme, base_url.host, base_url.port)


def _filename(url: str, response: httpx.Response, fallback: str) -> str:
    disposition = response.headers.get("content-disposition", "")
    match = re.search(r'filename="?([^";]+)"?', disposition)
    name = match.group(1) if match else PurePosixPath(unquote(urlsplit(url).path)).name
    name = _UNSAFE.sub("_", os.path.basename(name)).strip("._") or fallback
    return name if PurePosixPath(name).suffix else name + _extension(response)


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
    candidate, number = path, 0
    while candidate.exists() or partial_path(candidate).exists():
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
