"""Read the generated packages to compare: from a git revision, a directory, or memory.

Only what the diff needs is read: each package's normalized ``openapi.json``, its
``pyproject.toml`` and the Python sources under ``src/``. Git is used read-only
(``rev-parse``, ``ls-tree``, ``cat-file``), so a diff never touches the working tree.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

from generator.errors import GeneratorError
from generator.spec.loading import parse_mapping

SPEC_FILE = "openapi.json"


def relevant(path: str) -> bool:
    """Is ``path`` (relative to a package folder) part of what the diff compares?"""
    return path in (SPEC_FILE, "pyproject.toml") or (
        path.startswith("src/") and path.endswith(".py")
    )


@dataclass(frozen=True)
class PackageSnapshot:
    """One provider's generated package at one point in time."""

    name: str
    files: Mapping[str, str]  # path relative to the package folder -> text
    origin: str  # where it was read from, for messages

    @cached_property
    def spec(self) -> dict[str, Any]:
        """The normalized OpenAPI document (empty when the package has none)."""
        text = self.files.get(SPEC_FILE)
        if text is None:
            return {}
        return parse_mapping(
            text, Path(f"{self.origin}/{SPEC_FILE}"), "an OpenAPI document (a JSON object)"
        )

    @property
    def distribution(self) -> str | None:
        """The distribution name from ``pyproject.toml`` (``krea-sdk``)."""
        match = re.search(
            r'^name\s*=\s*"([^"]+)"', self.files.get("pyproject.toml", ""), re.MULTILINE
        )
        return match.group(1) if match else None

    @property
    def version(self) -> str | None:
        """The package version from ``pyproject.toml``."""
        match = re.search(
            r'^version\s*=\s*"([^"]+)"', self.files.get("pyproject.toml", ""), re.MULTILINE
        )
        return match.group(1) if match else None


def snapshot_from_files(
    name: str, files: Mapping[str, str], origin: str = "<memory>"
) -> PackageSnapshot:
    """A snapshot of files held in memory, e.g. ``GeneratedPackage.files`` from the pipeline."""
    return PackageSnapshot(
        name, {path: text for path, text in files.items() if relevant(path)}, origin
    )


def snapshot_from_dir(folder: Path, name: str | None = None) -> PackageSnapshot:
    """A snapshot of one package folder on disk (``generated/krea``)."""
    if not folder.is_dir():
        raise GeneratorError(f"{folder}: not a directory")
    files: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(folder).as_posix()
        if relevant(relative):
            try:
                files[relative] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise GeneratorError(f"{path}: cannot read: {exc}") from exc
    return PackageSnapshot(name or folder.name, files, str(folder))


def _is_package(folder: Path) -> bool:
    return (folder / SPEC_FILE).is_file() or (folder / "src").is_dir()


def tree_from_dir(folder: Path) -> dict[str, PackageSnapshot]:
    """Every package under ``folder``: a package itself, a ``generated/`` folder, or a
    checkout that holds ``generated/``."""
    if not folder.is_dir():
        raise GeneratorError(f"{folder}: not a directory")
    if _is_package(folder):
        snapshot = snapshot_from_dir(folder)
        return {snapshot.name: snapshot}
    if (folder / "generated").is_dir() and not any(
        _is_package(child) for child in folder.iterdir() if child.is_dir()
    ):
        folder = folder / "generated"
    return {
        child.name: snapshot_from_dir(child)
        for child in sorted(folder.iterdir())
        if child.is_dir() and _is_package(child)
    }


def _git(repo: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), *args], input=stdin, capture_output=True, check=False
        )
    except OSError as exc:
        raise GeneratorError(f"cannot run git: {exc}") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed"
        raise GeneratorError(message)
    return result.stdout


def resolve_revision(repo: Path, revision: str) -> str | None:
    """The commit ``revision`` names in ``repo``, or ``None`` when it names none."""
    if revision.startswith("-"):
        return None  # never let a revision be read as an option
    try:
        out = _git(
            repo, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"
        )
    except GeneratorError:
        return None
    return out.decode().strip() or None


def _read_blobs(repo: Path, commit: str, paths: list[str]) -> dict[str, str]:
    """The text of many files of one commit with a single ``git cat-file --batch``."""
    if not paths:
        return {}
    request = "".join(f"{commit}:{path}\n" for path in paths).encode("utf-8")
    out = _git(repo, "cat-file", "--batch", stdin=request)
    texts: dict[str, str] = {}
    position = 0
    for path in paths:
        end = out.index(b"\n", position)
        header = out[position:end].decode("utf-8", "replace").split()
        position = end + 1
        if len(header) < 3 or header[-1] == "missing":
            continue
        size = int(header[2])
        texts[path] = out[position : position + size].decode("utf-8", "replace")
        position += size + 1  # the blob is followed by a newline
    return texts


def tree_from_git(
    repo: Path, revision: str, generated: str = "generated"
) -> dict[str, PackageSnapshot]:
    """Every package under ``generated/`` as committed in ``revision`` (read-only)."""
    commit = resolve_revision(repo, revision)
    if commit is None:
        raise GeneratorError(f"{revision!r} is neither a directory nor a git revision of {repo}")
    prefix = PurePosixPath(generated).as_posix().strip("/")
    listing = _git(
        repo, "ls-tree", "-r", "-z", "--name-only", "--full-tree", commit, "--", prefix + "/"
    )
    by_package: dict[str, list[str]] = {}
    for raw in listing.split(b"\0"):
        path = raw.decode("utf-8", "replace")
        if not path.startswith(prefix + "/"):
            continue
        parts = path[len(prefix) + 1 :].split("/", 1)
        if len(parts) == 2 and relevant(parts[1]):
            by_package.setdefault(parts[0], []).append(parts[1])
    trees: dict[str, PackageSnapshot] = {}
    all_paths = [
        f"{prefix}/{name}/{path}" for name, paths in sorted(by_package.items()) for path in paths
    ]
    texts = _read_blobs(repo, commit, all_paths)
    for name, paths in sorted(by_package.items()):
        files = {
            path: texts[f"{prefix}/{name}/{path}"]
            for path in paths
            if f"{prefix}/{name}/{path}" in texts
        }
        trees[name] = PackageSnapshot(name, files, f"{revision}:{prefix}/{name}")
    return trees


def load_tree(where: str, repo: Path, generated: str = "generated") -> dict[str, PackageSnapshot]:
    """``where`` is a directory when one exists at that path, otherwise a git revision."""
    path = Path(where)
    if path.is_dir():
        return tree_from_dir(path)
    return tree_from_git(repo, where, generated)
