"""Bounds on a loaded document, checked before anything else reads it.

A spec is untrusted input (``update`` fetches one on a schedule): whatever it holds, the
generator must stop with ``file#pointer`` instead of exhausting the stack, the memory or the
int-to-text conversion. Every later stage walks documents recursively, so the bounds are checked
here, iteratively, right after parsing:

* :data:`MAX_DEPTH` levels of JSON nesting (objects and arrays). Real documents stay far below:
  GitHub's REST API reaches 21, the deepest of the examples corpus 23;
* :data:`MAX_SCHEMA_DEPTH` levels of nested schemas (``properties``, ``items``, ``allOf``, …),
  checked by :func:`check_schema_depth` once the document is known to be OpenAPI: GitHub's
  deepest is 9, the corpus' 11. datamodel-code-generator recurses several frames per level;
* :data:`MAX_VALUES` values in all (GitHub's 11 MB document holds about 258,000), of which
  :data:`MAX_ALIAS_VALUES` may come from expanding YAML aliases (see :mod:`.safe_yaml`): a
  428-byte alias bomb would otherwise expand to a billion;
* integers of at most :data:`MAX_INT_DIGITS` digits (a larger one is no real limit or value, and
  Python refuses to convert one of 4,300 digits to text);
* only JSON data: strings, numbers, booleans, null, arrays and objects with string keys (YAML's
  ``!!set``, ``!!binary``, ``!!omap`` and ``!!pairs`` have no JSON form and are refused).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from generator.errors import SpecError, to_pointer

MAX_DEPTH = 150
MAX_SCHEMA_DEPTH = 64
MAX_VALUES = 2_000_000
MAX_ALIAS_VALUES = 200_000
MAX_INT_DIGITS = 300
_MAX_INT_BITS = (
    10**MAX_INT_DIGITS
).bit_length()  # a document built in memory has no digits to count


class Unrepresentable:
    """A loaded value JSON has no form for (a YAML ``!!set``, an integer that is too long):
    kept in its place by the loader so that :func:`check_loaded` can name that place."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __repr__(self) -> str:
        return f"Unrepresentable({self.message!r})"


def too_many_digits(text: str) -> Unrepresentable | None:
    """:class:`Unrepresentable` for an integer spelled with more than :data:`MAX_INT_DIGITS`
    digits, checked before converting it (Python refuses to convert 4,300)."""
    digits = sum(ch.isdigit() for ch in text)
    if digits > MAX_INT_DIGITS:
        return Unrepresentable(
            f"an integer of {digits:,} digits: at most {MAX_INT_DIGITS} are accepted"
        )
    return None


def parse_int(text: str) -> int | Unrepresentable:
    """A JSON integer, or :class:`Unrepresentable` when it is too long (see above)."""
    return too_many_digits(text) or int(text)


def too_deep(file: Path, parts: list[str | int]) -> SpecError:
    return SpecError(
        file,
        to_pointer(parts),
        f"too deeply nested: more than {MAX_DEPTH} levels of objects and arrays",
    )


def check_loaded(data: Any, file: Path) -> None:
    """Refuse ``data`` (as parsed from ``file``) if it breaks a bound of this module, naming the
    first offending place. Iterative: it must work on exactly the documents that would
    overflow a recursive walk."""
    stack: list[tuple[Any, list[str | int]]] = [(data, [])]
    count = 0
    while stack:
        value, parts = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise SpecError(file, to_pointer(parts), f"too large: more than {MAX_VALUES:,} values")
        if isinstance(value, dict):
            if len(parts) >= MAX_DEPTH:
                raise too_deep(file, parts)
            for key, item in reversed(list(value.items())):
                if not isinstance(key, str):
                    raise SpecError(
                        file,
                        to_pointer(parts),
                        f"a mapping key must be text, got {type(key).__name__} {key!r}"[:300],
                    )
                stack.append((item, [*parts, key]))
        elif isinstance(value, list):
            if len(parts) >= MAX_DEPTH:
                raise too_deep(file, parts)
            stack.extend(
                (item, [*parts, index]) for index, item in reversed(list(enumerate(value)))
            )
        elif isinstance(value, Unrepresentable):
            raise SpecError(file, to_pointer(parts), value.message)
        elif (
            isinstance(value, int)
            and not isinstance(value, bool)
            and value.bit_length() > _MAX_INT_BITS
        ):
            raise SpecError(
                file, to_pointer(parts), f"an integer of more than {MAX_INT_DIGITS} digits"
            )
        elif not (value is None or isinstance(value, (str, bool, int, float))):
            raise SpecError(
                file, to_pointer(parts), f"a {type(value).__name__} value has no JSON form"
            )


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}:,]', re.DOTALL)


def deep_json_pointer(text: str) -> list[str | int]:
    """The pointer tokens of the first place in JSON ``text`` nested deeper than
    :data:`MAX_DEPTH` (for the error when the parser itself gave up); the deepest place seen
    when there is none."""
    frames: list[list[Any]] = []  # [is_object, current key or index, expecting a key]
    pending_key: str | None = None
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            if len(frames) >= MAX_DEPTH:
                break
            frames.append([token == "{", "" if token == "{" else 0, token == "{"])
        elif token in "]}":
            if frames:
                frames.pop()
        elif token == ",":
            if frames and frames[-1][0]:
                frames[-1][2] = True
            elif frames:
                frames[-1][1] += 1
        elif token == ":":
            if frames and frames[-1][0]:
                frames[-1][1], frames[-1][2] = pending_key or "", False
        elif frames and frames[-1][0] and frames[-1][2]:
            try:
                pending_key = str(json.loads(token))
            except ValueError:
                pending_key = token[1:-1]
    return [frame[1] for frame in frames]


def check_schema_depth(document: dict[str, Any], file: Path) -> None:
    """Refuse a schema nested more than :data:`MAX_SCHEMA_DEPTH` levels (through
    ``properties``, ``items``, ``allOf``, …; references are not followed, they name models),
    naming the first one. The normalizer and datamodel-code-generator recurse per level."""
    from generator.normalize.walk import (
        SCHEMA_CHILD_LISTS,
        SCHEMA_CHILD_MAPS,
        SCHEMA_CHILDREN,
        iter_located_schema_slots,
    )

    for container, key, where in iter_located_schema_slots(document):
        stack: list[tuple[Any, list[str | int], int]] = [(container[key], list(where), 1)]
        while stack:
            schema, parts, depth = stack.pop()
            if not isinstance(schema, dict):
                continue
            if depth > MAX_SCHEMA_DEPTH:
                raise SpecError(
                    file,
                    to_pointer(parts),
                    f"too deeply nested: more than {MAX_SCHEMA_DEPTH} levels of schemas",
                )
            for child in SCHEMA_CHILDREN:
                stack.append((schema.get(child), [*parts, child], depth + 1))
            for child in SCHEMA_CHILD_LISTS:
                if isinstance(schema.get(child), list):
                    stack.extend(
                        (item, [*parts, child, index], depth + 1)
                        for index, item in enumerate(schema[child])
                    )
            for child in SCHEMA_CHILD_MAPS:
                if isinstance(schema.get(child), dict):
                    stack.extend(
                        (item, [*parts, child, name], depth + 1)
                        for name, item in schema[child].items()
                    )
