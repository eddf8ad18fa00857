"""Stream result files to disk without holding them in memory.

The API key is sent only to the API's own host: result URLs often point at a CDN, and a key
must never leak there. Files are written under a temporary name and renamed when complete, so
an interrupted download never leaves a truncated file under the final name.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import httpx

__all__ = ["target_path", "same_origin", "partial_path"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def same_origin(url: httpx.URL, base_url: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (base_url.scheme, base_url.host, base_url.port)


def _filename(url: str, response: httpx.Response, fallback: str) -> str:
    disposition = response.headers.get("content-disposition", "")
    match = re.search(r'filename="?([^";]+)"?', disposition)
    name = match.group(1) if match else PurePosixPath(unquote(urlsplit(url).path)).name
    name = _UNSAFE.sub("_", os.path.basename(name)).strip("._")
    return name or fallback


def target_path(destination: str | os.PathLike[str], url: str, response: httpx.Response, fallback: str) -> Path:
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
