"""Read a YAML or JSON document from disk into plain Python data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError
from generator.emit.textsafe import without_lone_surrogates

# The C loader is several times faster on large specs; fall back when PyYAML was built without it.
_YamlLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def replace_lone_surrogates(data: Any) -> Any:
    """A copy of JSON-like ``data`` in which no string, mapping keys included, holds a lone
    surrogate: each becomes U+FFFD (see :func:`textsafe.without_lone_surrogates`).

    JSON may spell one (``"\\ud800"``); it cannot be written as UTF-8, so it is replaced when
    the document is loaded rather than failing the write at the very end. Every dict and list
    of the result is new; other values are shared with ``data``."""
    if isinstance(data, str):
        return without_lone_surrogates(data)
    if isinstance(data, dict):
        return {replace_lone_surrogates(k): replace_lone_surrogates(v) for k, v in data.items()}
    if isinstance(data, list):
        return [replace_lone_surrogates(v) for v in data]
    return data


def parse_document(text: str, file: Path) -> Any:
    """Parse ``text`` as JSON (``.json``) or YAML (anything else), naming ``file`` on error."""
    if file.suffix == ".json":
        try:
            return replace_lone_surrogates(json.loads(text))
        except json.JSONDecodeError as exc:
            raise SpecError(file, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    try:
        return yaml.load(text, Loader=_YamlLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(file, "", f"invalid YAML{where}: {problem}") from exc


def load_document(file: Path) -> Any:
    """Read and parse one document."""
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(file, "", f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SpecError(file, "", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    return parse_document(text, file)
