"""Read a YAML or JSON document from disk into plain Python data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError
from generator.emit.textsafe import without_lone_surrogates

from .limits import check_loaded, deep_json_pointer, parse_int, too_deep
from .safe_yaml import load_yaml


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
    """Parse ``text`` as JSON (``.json``) or YAML (anything else), naming ``file`` on error.

    The result is JSON data within the bounds of :mod:`.limits` (nesting, size, integer
    length), or a :class:`SpecError` naming the place that breaks one."""
    if file.suffix == ".json":
        try:
            data = json.loads(text, parse_int=parse_int)
        except json.JSONDecodeError as exc:
            raise SpecError(
                file, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from exc
        except RecursionError:  # the parser gives up near 1,000 levels; the bound is lower
            raise too_deep(file, deep_json_pointer(text)) from None
    else:
        try:
            data = load_yaml(text, file)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = (
                f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            )
            problem = getattr(exc, "problem", None) or str(exc)
            raise SpecError(file, "", f"invalid YAML{where}: {problem}") from exc
    check_loaded(data, file)
    return replace_lone_surrogates(data)


def parse_mapping(text: str, file: Path, what: str = "a mapping") -> dict[str, Any]:
    """:func:`parse_document`'s result, which must be a mapping (an SDK config, a generated
    package's ``openapi.json``). Every document the generator reads goes through the same
    bounded loader, so none can exhaust memory, the stack or the int-to-text conversion."""
    data = parse_document(text, file)
    if not isinstance(data, dict):
        raise SpecError(file, "", f"not {what}")
    return data


def load_document(file: Path) -> Any:
    """Read and parse one document."""
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(file, "", f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SpecError(file, "", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    return parse_document(text, file)
