"""Skip regeneration when nothing that shapes the output has changed.

Generating Krea takes seconds (black parses every file); regenerating it with the same inputs
should take almost nothing. A run's *inputs* are hashed: the generator's own code, templates
and schemas, the versions of every installed distribution (black, datamodel-code-generator…),
the Python version, the provider's input files and the options that name the package. After a
successful write, the digest of every output file is recorded under that input hash in the
cache. The next run with the same inputs compares the output folder against the record and, if
every file is still byte-identical (and nothing was added), does nothing.

The record is only a shortcut: a missing, unreadable or mismatching record means a full run,
and a hand-edited output file is noticed (its digest differs) and regenerated.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from generator.output import cache
from .writer import tree_files

from generator.paths import GENERATOR_ROOT

PROJECT_ROOT = GENERATOR_ROOT.parent
_CODE_FOLDERS = (GENERATOR_ROOT, PROJECT_ROOT / "templates")
_RECORDS = "generate"  # the cache kind (folder) holding the records


def _toolchain_digest() -> str:
    """The generator's code and everything installed next to it, as one digest."""
    digest = hashlib.sha256(sys.version.encode())
    for folder in _CODE_FOLDERS:
        for file in tree_files(folder):
            digest.update(f"\0{file.relative_to(PROJECT_ROOT).as_posix()}\0".encode())
            digest.update(file.read_bytes())
    digest.update("\0".join(_installed_distributions()).encode())
    return digest.hexdigest()


def _installed_distributions() -> list[str]:
    """Names of the ``*.dist-info`` folders on ``sys.path``: each carries name and version, and
    listing folders is much cheaper than reading every distribution's metadata."""
    found: set[str] = set()
    for entry in sys.path:
        try:
            found.update(
                name
                for name in os.listdir(entry or ".")
                if name.endswith((".dist-info", ".egg-info"))
            )
        except OSError:
            continue
    return sorted(found)


def input_key(inputs: Iterable[Path], options: Iterable[str]) -> str:
    """Hash of the toolchain, the given input files (by content) and option strings."""
    digest = hashlib.sha256(_toolchain_digest().encode())
    for option in options:
        digest.update(f"\0option\0{option}".encode())
    for file in sorted(inputs):
        digest.update(f"\0file\0{file.name}\0".encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def provider_inputs(folder: Path) -> list[Path]:
    """Every file of a provider's folder (spec, overlay, SDK config, changelog)."""
    return tree_files(folder)


def _tree_digests(destination: Path) -> dict[str, str] | None:
    """``relative path → sha256`` of every file under ``destination``; None if it is absent."""
    if not destination.is_dir():
        return None
    return {
        file.relative_to(destination).as_posix(): hashlib.sha256(file.read_bytes()).hexdigest()
        for file in tree_files(destination)
    }


def is_current(key: str, destination: Path) -> bool:
    """True when ``destination`` holds exactly what a run with these inputs wrote."""
    text = cache.read(_RECORDS, key)
    try:
        recorded = json.loads(text) if text is not None else None
    except ValueError:
        return False
    return isinstance(recorded, dict) and recorded == _tree_digests(destination)


def record(key: str, files: dict[str, str]) -> None:
    """Remember the digests of ``files`` (as written) for inputs ``key``; failures cost only speed."""
    digests = {
        path: hashlib.sha256(text.encode("utf-8")).hexdigest() for path, text in files.items()
    }
    cache.write(_RECORDS, key, json.dumps(digests, sort_keys=True))
