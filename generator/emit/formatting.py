"""Format generated Python with black, so output is stable and diffs are about content.

Black dominates generation time (it parses every file), so results are cached by content:
the key is the black version, the mode and the source, and a regeneration with nothing
changed formats nothing. Misses are formatted in parallel across processes.

``black.format_str`` formats twice whenever its input was not already black-formatted (a
second pass settles the rare lines where a trailing comma added by the first pass changes the
split); that is every file we render, so it doubles the cost. We run the single pass black
uses internally: on everything we generate the two agree (``tests/generator/test_formatting.py`` checks
that the committed packages are unchanged by ``black.format_str``), and output stays
deterministic either way. If a future black drops the private function, ``format_str`` is used.
"""

from __future__ import annotations

import importlib.metadata
import os
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import cache as once
from typing import TYPE_CHECKING, Any

from generator.output import cache
from generator.emit.stable import LINE_LENGTH
from generator.errors import GeneratorError

if TYPE_CHECKING:
    from black.mode import Mode

# black is imported on first use: with workers (generator.emit.workers) this process may not
# format anything, and importing black is a tenth of a small generation.
TARGET_VERSION = "PY310"  # the oldest Python the packages support


@once
def _black() -> tuple[Any, Mode]:
    """``(the single-pass format function, the mode)``."""
    import black
    from black.mode import Mode, TargetVersion

    return (
        getattr(black, "_format_str_once", black.format_str),
        Mode(target_versions={TargetVersion[TARGET_VERSION]}, line_length=LINE_LENGTH),
    )


def __getattr__(name: str) -> Any:
    """``_MODE``, for the tests that compare with black."""
    if name == "_MODE":
        return _black()[1]
    raise AttributeError(name)


_PARALLEL_THRESHOLD = (
    200_000  # characters of misses below which a process pool costs more than it saves
)


def format_python(path: str, source: str) -> str:
    """Black-formatted ``source``; a syntax error is a generator bug and names the file."""
    from black.parsing import InvalidInput

    format_once, mode = _black()
    try:
        formatted: str = format_once(source, mode=mode)
        return formatted
    except InvalidInput as exc:
        raise GeneratorError(
            f"generated {path} is not valid Python ({exc}); this is a generator bug"
        ) from exc


def cached_format(path: str, source: str) -> str:
    """:func:`format_python` through the cache (for a worker formatting one file)."""
    key = _key(source)
    hit = cache.read("black", key)
    if hit is not None:
        return hit
    formatted = format_python(path, source)
    cache.write("black", key, formatted)
    return formatted


def _key(source: str) -> str:
    return cache.digest("black", *_key_parts(), source)


@once
def _key_parts() -> tuple[str, str]:
    """What black's output depends on besides the source: its version and our mode (named
    here, not read from black: computing a key must not import black, a tenth of a second
    in a process that may format nothing itself)."""
    return importlib.metadata.version("black"), f"{TARGET_VERSION}, {LINE_LENGTH} columns, one pass"


def _misses(files: dict[str, str], result: dict[str, str]) -> list[tuple[str, str, str]]:
    """``(path, source, cache key)`` of the Python files not in the cache; hits go to ``result``."""
    misses = []
    for path, text in files.items():
        if not path.endswith(".py"):
            continue
        key = _key(text)
        hit = cache.read("black", key)
        if hit is None:
            misses.append((path, text, key))
        else:
            result[path] = hit
    return misses


def _pool(size: int, count: int) -> ProcessPoolExecutor | None:
    """Worker processes when there is enough to format to pay for starting them.

    Workers are spawned, not forked: a fork would start as a copy of this process, which by
    now holds the parsed document and its normalized copy (hundreds of MB for GitHub's API)."""
    workers = min(count, os.cpu_count() or 1)
    if workers < 2 or size <= _PARALLEL_THRESHOLD:
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def format_files(
    files: dict[str, str],
    later: Callable[[], dict[str, str]] | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> dict[str, str]:
    """Every ``.py`` file formatted (from the cache when possible); other files unchanged.

    ``later`` produces more files (the models module: datamodel-code-generator takes a while);
    it runs in this process while the workers are already formatting ``files``. ``pool``: the
    generation's workers (:mod:`.workers`); without it, one is started when there is enough
    to format."""
    result = dict(files)
    misses = _misses(files, result)
    misses.sort(key=lambda miss: -len(miss[1]))  # longest first: the workers finish together
    own = None if pool is not None else _pool(sum(len(t) for _, t, _ in misses), len(misses))
    workers = pool or own
    try:
        futures = (
            [(path, key, workers.submit(format_python, path, text)) for path, text, key in misses]
            if workers
            else []
        )
        formatted = (
            [(path, key, format_python(path, text)) for path, text, key in misses]
            if workers is None
            else []
        )
        if later is not None:
            produced = later()
            result.update(produced)
            for path, text, key in _misses(produced, result):
                if workers is None:
                    formatted.append((path, key, format_python(path, text)))
                else:
                    futures.append((path, key, workers.submit(format_python, path, text)))
        formatted += [(path, key, future.result()) for path, key, future in futures]
    finally:
        if own is not None:
            own.shutdown(cancel_futures=True)
    for path, key, text in formatted:
        result[path] = text
        cache.write("black", key, text)
    return result


def unformatted(
    files: dict[str, str],
    later: Callable[[], dict[str, str]] | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> dict[str, str]:
    """The same files without black: a drop-in for :func:`format_files` where only content
    matters (tests of tiny hostile specs, API diffs of in-memory builds)."""
    return {**files, **(later() if later is not None else {})}
