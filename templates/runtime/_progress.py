"""Progress of long work: result downloads and job waits, for callbacks and on a terminal.

``progress=True`` draws on standard error, and only when it is a terminal (a log file or a
pipe gets nothing: the package logger is the tool there). A download's bar is tqdm's when tqdm
is installed (the package's ``[progress]`` extra), a plain one otherwise; a
wait shows one status line that changes in place. tqdm is looked up only when a bar is drawn.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, Protocol, TextIO, TypeVar
from urllib.parse import unquote, urlsplit

from ._download import ProgressCallback

__all__ = ["download_files", "async_download_files", "job_progress"]

T = TypeVar("T")
_TERMINAL_STATES = ("succeeded", "failed", "canceled")


class _Bar(Protocol):
    def update(self, received: int, total: int | None) -> None: ...

    def close(self) -> None: ...


def _terminal() -> TextIO | None:
    """Standard error, when it is a terminal."""
    stream = sys.stderr
    isatty = getattr(stream, "isatty", None)
    return stream if callable(isatty) and isatty() else None


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"


class _PlainBar:
    """``name [#####-----]  50%  1.2 MB / 2.4 MB``, redrawn in place when the text changes."""

    def __init__(self, label: str, stream: TextIO) -> None:
        self.label, self.stream, self.shown = label, stream, ""

    def update(self, received: int, total: int | None) -> None:
        if total:
            done = min(received / total, 1.0)
            filled = int(done * 20)
            text = f"{self.label} [{'#' * filled}{'-' * (20 - filled)}] {done * 100:3.0f}%  {_size(received)} / {_size(total)}"
        else:
            text = f"{self.label}  {_size(received)}"
        if text != self.shown:
            self.stream.write("\r" + text.ljust(len(self.shown)))
            self.stream.flush()
            self.shown = text

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


class _TqdmBar:
    """A tqdm bar, created at the first report (when the total is known)."""

    def __init__(self, tqdm: Any, label: str, stream: TextIO) -> None:
        self.tqdm, self.label, self.stream = tqdm, label, stream
        self.bar: Any = None

    def update(self, received: int, total: int | None) -> None:
        if self.bar is None:
            self.bar = self.tqdm.tqdm(
                total=total,
                desc=self.label,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                file=self.stream,
                leave=True,
            )
        self.bar.update(received - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _bar(label: str, stream: TextIO) -> _Bar:
    try:
        tqdm = importlib.import_module("tqdm")
    except ImportError:
        return _PlainBar(label, stream)
    return _TqdmBar(tqdm, label, stream)


def _label(url: str) -> str:
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    return name[:40] or "download"


@contextmanager
def _reporting(
    url: str, on_progress: ProgressCallback | None, progress: bool
) -> Iterator[ProgressCallback | None]:
    """What one download reports to: ``on_progress``, a bar, both, or nothing."""
    stream = _terminal() if progress else None
    if stream is None:
        yield on_progress
        return
    bar = _bar(_label(url), stream)

    def report(received: int, total: int | None) -> None:
        bar.update(received, total)
        if on_progress is not None:
            on_progress(received, total)

    try:
        yield report
    finally:
        bar.close()


def _folder(destination: str | os.PathLike[str]) -> Path:
    folder = Path(destination)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def download_files(
    download: Callable[..., Path],
    urls: Sequence[str],
    destination: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None,
    progress: bool,
) -> list[Path]:
    """Each of ``urls`` streamed into the folder ``destination``, one after the other;
    ``on_progress(received, total)`` starts at 0 for each file."""
    folder = _folder(destination)
    paths = []
    for url in urls:
        with _reporting(url, on_progress, progress) as report:
            paths.append(download(url, folder, on_progress=report))
    return paths


async def async_download_files(
    download: Callable[..., Awaitable[Path]],
    urls: Sequence[str],
    destination: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None,
    progress: bool,
) -> list[Path]:
    """The async twin of :func:`download_files`."""
    folder = _folder(destination)
    paths = []
    for url in urls:
        with _reporting(url, on_progress, progress) as report:
            paths.append(await download(url, folder, on_progress=report))
    return paths


def job_progress(
    on_progress: Callable[[T, Any], object] | None, progress: bool, label: str = "job"
) -> Callable[[T, Any], object] | None:
    """``on_progress`` of a wait, plus a status line on the terminal when ``progress`` is set:
    ``job 4d0e…: running (12 s)``, ended by a line break once the job ends."""
    stream = _terminal() if progress else None
    if stream is None:
        return on_progress
    started = time.monotonic()
    shown = [""]

    def report(job: T, state: Any) -> None:
        text = f"{label}: {state} ({time.monotonic() - started:.0f} s)"
        if text != shown[0]:
            stream.write("\r" + text.ljust(len(shown[0])))
            shown[0] = text
        if state in _TERMINAL_STATES:
            stream.write("\n")
            shown[0] = ""
        stream.flush()
        if on_progress is not None:
            on_progress(job, state)

    return report
