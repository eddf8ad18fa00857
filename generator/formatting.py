"""Format generated Python with black, so output is stable and diffs are about content.

Black dominates generation time (it parses every file), so results are cached by content:
the key is the black version, the mode and the source, and a regeneration with nothing
changed formats nothing. Misses are formatted in parallel across processes.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from .errors import GeneratorError

_MODE = Mode(target_versions={TargetVersion.PY310}, line_length=100)
CACHE_DIR = Path(os.environ.get("GENMEDIA_CACHE_DIR") or Path(__file__).resolve().parent.parent / ".cache") / "black"
_BLACK_VERSION = importlib.metadata.version("black")
_PARALLEL_THRESHOLD = 200_000  # characters of misses below which a process pool costs more than it saves


def format_python(path: str, source: str) -> str:
    """Black-formatted ``source``; a syntax error is a generator bug and names the file."""
    try:
        return black.format_str(source, mode=_MODE)
    except InvalidInput as exc:
        raise GeneratorError(f"generated {path} is not valid Python ({exc}); this is a generator bug") from exc


def _key(source: str) -> str:
    digest = hashlib.sha256(f"{_BLACK_VERSION}\0{_MODE!r}\0".encode())
    digest.update(source.encode())
    return digest.hexdigest()


def _cached(key: str) -> str | None:
    try:
        return (CACHE_DIR / key[:2] / key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _store(key: str, text: str) -> None:
    try:
        folder = CACHE_DIR / key[:2]
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}"
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, folder / key)
    except OSError:
        pass  # a read-only or full disk only costs speed


def _format_pair(item: tuple[str, str]) -> str:
    return format_python(*item)


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Every ``.py`` file formatted (from the cache when possible); other files unchanged."""
    result = dict(files)
    misses: list[tuple[str, str, str]] = []
    for path, text in files.items():
        if not path.endswith(".py"):
            continue
        key = _key(text)
        hit = _cached(key)
        if hit is None:
            misses.append((path, text, key))
        else:
            result[path] = hit
    if not misses:
        return result
    size = sum(len(text) for _, text, _ in misses)
    workers = min(len(misses), os.cpu_count() or 1)
    if workers > 1 and size > _PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            formatted = list(pool.map(_format_pair, [(path, text) for path, text, _ in misses], chunksize=1))
    else:
        formatted = [format_python(path, text) for path, text, _ in misses]
    for (path, _, key), text in zip(misses, formatted):
        result[path] = text
        _store(key, text)
    return result
