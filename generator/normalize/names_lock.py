"""The names already given out: ``specs/<provider>/names.lock.json``.

Most model names follow from the spec alone (a ``title``, a component name, the property a
schema sits under, its parent's name). One decision does not: which of two different shapes
that want the same name gets it. That depends on which other operations exist, so a rule alone
would rename a published model the day a vendor adds an operation. The lock remembers every
name given to a hoisted schema together with the shape it was given to (a hash of the schema
without documentation keywords); the next generation keeps a name with its shape as long as the
shape is still in the document, and forgets it once the shape is gone.

The file is written by ``generate`` next to the spec (``generate --check`` only reports it as
stale) and read back on the next run. It is input the generator does not trust: a malformed
lock stops generation with ``file#pointer`` instead of silently renaming models.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SpecError, escape_pointer_token

LOCK_FILE = "names.lock.json"
_VERSION = 1
_SHAPE = re.compile(r"^[0-9a-f]{16}$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,199}$")
_MAX_ENTRIES = 100_000


@dataclass(frozen=True)
class Given:
    """A name as given out: the shape it names and the local name it was derived from (the
    property it sits under; ``None`` for a request or response body)."""

    shape: str
    local: str | None


@dataclass
class NameMemory:
    """The names of the last generation (``previous``) and those of this one (``given``)."""

    previous: dict[str, Given] = field(default_factory=dict)
    given: dict[str, Given] = field(default_factory=dict)

    def text(self) -> str:
        """The lock file's content for the names given out now (sorted: deterministic); empty
        when no name was (every schema is a component): then there is no file."""
        lines = [
            f"  {json.dumps(name)}: {json.dumps({'shape': entry.shape, 'local': entry.local})}"
            for name, entry in sorted(self.given.items())
        ]
        if not lines:
            return ""
        body = ",\n".join(lines)
        return f'{{\n "version": {_VERSION},\n "names": {{\n{body}\n }}\n}}\n'


def parse_lock(text: str, file: Path) -> dict[str, Given]:
    """The entries of a lock file's ``text``; a :class:`SpecError` naming the place if malformed."""
    try:
        data: Any = json.loads(text)
    except ValueError as exc:
        raise SpecError(file, "", f"not JSON: {exc}") from exc
    if (
        not isinstance(data, dict)
        or data.get("version") != _VERSION
        or not isinstance(data.get("names"), dict)
    ):
        raise SpecError(
            file,
            "",
            f'expected {{"version": {_VERSION}, "names": {{...}}}}; delete the file to start afresh',
        )
    names: dict[str, Any] = data["names"]
    if len(names) > _MAX_ENTRIES:
        raise SpecError(file, "/names", f"more than {_MAX_ENTRIES} entries")
    result: dict[str, Given] = {}
    for name, entry in names.items():
        pointer = "/names/" + escape_pointer_token(name)
        if not _NAME.match(name):
            raise SpecError(file, pointer, "not a class name")
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("shape"), str)
            or not _SHAPE.match(entry["shape"])
        ):
            raise SpecError(
                file, pointer, 'expected {"shape": <16 hex digits>, "local": <name or null>}'
            )
        local = entry.get("local")
        if local is not None and not (isinstance(local, str) and _NAME.match(local)):
            raise SpecError(file, pointer + "/local", "a class name or null")
        result[name] = Given(shape=entry["shape"], local=local)
    return result


def write_lock(file: Path, text: str) -> bool:
    """Make ``file`` hold ``text`` (no file for an empty text), atomically: a crash leaves the
    old lock or the new one. True if anything changed."""
    current = file.read_text(encoding="utf-8") if file.is_file() else ""
    if current == text:
        return False
    if not text:
        file.unlink()
        return True
    temporary = file.with_name(file.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(file)
    return True
