"""Write a package's files atomically, or compare them with what is on disk.

A run either replaces ``generated/<provider>`` entirely or leaves it untouched: files are
written to a temporary sibling directory that is swapped in with two renames.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

from generator.errors import GeneratorError


def _safe_relative(path: str) -> PurePosixPath:
    """Refuse any path that could land outside the package directory."""
    relative = PurePosixPath(path)
    if (
        relative.is_absolute()
        or not relative.parts
        or any(part in ("", ".", "..") for part in relative.parts)
        or "\\" in path
        or "\x00" in path
    ):
        raise GeneratorError(f"refusing to write {path!r}: not a plain relative path")
    return relative


_TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache"})


def tree_files(folder: Path) -> list[Path]:
    """The files under ``folder``, sorted, without what Python and mypy leave there (they are
    not part of a package's content, in ``generated/`` or in ``specs/``)."""
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and not _TOOL_CACHES.intersection(p.parts)
    )


def check_destination(destination: Path) -> None:
    """Refuse, before anything is written, a ``destination`` that is not a plain folder (or
    absent): a symbolic link (replacing it would write where it points, or delete the link's
    target on the next run), a file, or anything else. Nothing is renamed or removed."""
    if destination.is_symlink():
        raise GeneratorError(
            f"refusing to replace {destination}: it is a symbolic link (remove it, or give its target as the output folder)"
        )
    if destination.exists() and not destination.is_dir():
        raise GeneratorError(f"refusing to replace {destination}: it is not a folder")


def write_tree(files: dict[str, str], destination: Path) -> None:
    """Replace ``destination`` with exactly ``files`` (``relative path → text``)."""
    checked = {_safe_relative(path): text for path, text in files.items()}
    check_destination(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.new-", dir=destination.parent))
    try:
        for relative, text in checked.items():
            target = staging.joinpath(*relative.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        old = None
        check_destination(destination)  # again: it may have changed while the files were written
        if destination.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{destination.name}.old-", dir=destination.parent))
            os.rmdir(old)
            os.rename(destination, old)
        os.rename(staging, destination)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def stale_files(files: dict[str, str], destination: Path) -> list[str]:
    """Relative paths that differ, are missing, or should not be there."""
    stale = []
    for path, text in files.items():
        target = destination.joinpath(*_safe_relative(path).parts)
        try:
            current = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            stale.append(path)
            continue
        if current != text:
            stale.append(path)
    if destination.is_dir():
        for existing in tree_files(destination):
            relative = existing.relative_to(destination).as_posix()
            if relative not in files:
                stale.append(relative)
    return sorted(stale)
