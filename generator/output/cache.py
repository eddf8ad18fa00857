"""A content-addressed text cache on disk, for the slow steps of a generation.

Black and datamodel-code-generator are most of a generation's time, and both are pure
functions of their input: their results are stored under a digest of everything that shapes
them (tool version, options, input), so regenerating after a small spec change redoes only what
changed. The cache lives in ``$GENMEDIA_CACHE_DIR`` (read at each use, so tests and benchmarks
can point it elsewhere) or ``.cache/`` of the project, one folder per kind of result. Losing it
costs only time: any read or write problem is a miss.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from generator.paths import PROJECT_ROOT

CACHE_VARIABLE = "GENMEDIA_CACHE_DIR"


def cache_root() -> Path:
    return Path(os.environ.get(CACHE_VARIABLE) or PROJECT_ROOT / ".cache")


def digest(*parts: str) -> str:
    """One key for several strings (NUL-separated, so ``("ab", "c")`` and ``("a", "bc")`` differ)."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\0")
    return hasher.hexdigest()


def read(kind: str, key: str) -> str | None:
    try:
        return (cache_root() / kind / key[:2] / key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write(kind: str, key: str, text: str) -> None:
    try:
        folder = cache_root() / kind / key[:2]
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}"
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, folder / key)
    except OSError:
        pass  # a read-only or full disk only costs speed
