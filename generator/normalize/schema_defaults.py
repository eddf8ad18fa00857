"""Make every schema ``default`` a value its schema allows, before anything reads it.

A default lands in the generated models (``count: int = 5``) and in method docstrings, so one
that contradicts its schema (``"5"`` on an integer, ``null`` on a property that is not
nullable, a value outside the ``enum``) gives a package that fails ``mypy --strict``, and a
model that fills in a value the API never sends. Such a default is:

* coerced when the value has exactly one reading in a declared type: an integer or number
  spelled as a JSON number in a string (``"5"`` → ``5``, ``"1.5"`` → ``1.5``), a whole float on
  an integer (``5.0`` → ``5``), ``"true"``/``"false"`` on a boolean, an integer on a string
  (``5`` → ``"5"``);
* otherwise dropped: the property is then optional without a default, and the server's applies.

Each change is a warning naming the default's JSON pointer. The pass runs first in
:func:`generator.normalize.normalize`, so pointers are those of the document as written.

Only what a schema says about itself is checked: its own ``type`` (with 3.0's ``nullable``)
and ``enum``. A default beside a ``$ref`` or an ``allOf`` without a ``type`` is kept as it is.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.errors import to_pointer
from .walk import SCHEMA_CHILD_LISTS, SCHEMA_CHILD_MAPS, SCHEMA_CHILDREN, iter_located_schema_slots

# A value of each JSON Schema type, as JSON data loads into Python (``True`` is not an integer).
_IS_TYPE: dict[str, Callable[[Any], bool]] = {
    "null": lambda value: value is None,
    "boolean": lambda value: isinstance(value, bool),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "string": lambda value: isinstance(value, str),
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, dict),
}
_JSON_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_NOT_COERCIBLE = object()


def _coerce(value: Any, kind: str) -> Any:
    """``value`` read as JSON Schema type ``kind`` when there is exactly one reading, else
    :data:`_NOT_COERCIBLE`."""
    try:
        if kind == "integer" and isinstance(value, str) and _JSON_INTEGER.fullmatch(value):
            return int(value)
        if (
            kind == "integer"
            and isinstance(value, float)
            and math.isfinite(value)
            and value.is_integer()
        ):
            return int(value)
        if kind == "number" and isinstance(value, str) and _JSON_NUMBER.fullmatch(value):
            number = json.loads(value)
            if not isinstance(number, float) or math.isfinite(
                number
            ):  # "1e999" reads as inf: not exact
                return number
        if kind == "boolean" and value in ("true", "false"):
            return value == "true"
        if kind == "string" and _IS_TYPE["integer"](value):
            return str(value)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        pass
    return _NOT_COERCIBLE


def _same_json_value(a: Any, b: Any) -> bool:
    """JSON equality: unlike ``==``, ``true`` is not ``1``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


def _declared_types(schema: dict[str, Any]) -> list[str]:
    """The schema's own ``type`` as a list, with ``"null"`` for 3.0's ``nullable: true``
    (which datamodel-code-generator honours in 3.1 documents too)."""
    declared = schema.get("type")
    types = [
        kind
        for kind in (declared if isinstance(declared, list) else [declared])
        if isinstance(kind, str)
    ]
    if schema.get("nullable") is True and types and "null" not in types:
        types.append("null")
    return types


def _problem(schema: dict[str, Any], value: Any) -> str | None:
    """Why the schema does not allow ``value`` as its default, or None when it does."""
    types = _declared_types(schema)
    if types and not any(_IS_TYPE.get(kind, lambda _: True)(value) for kind in types):
        return f"does not match type {' or '.join(types)}"
    if value is None and (schema.get("nullable") is True or "null" in types):
        return None  # a nullable enum need not list null
    enum = schema.get("enum")
    if isinstance(enum, list) and not any(_same_json_value(value, member) for member in enum):
        return "is not one of the enum values"
    return None


def _describe(value: Any) -> str:
    """``value`` as JSON, shortened for a warning."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:  # an integer with more digits than Python converts
        return "(a number too long to show)"
    return text if len(text) <= 60 else text[:59] + "…"


def _fix_default(
    schema: dict[str, Any], where: tuple[str, ...], file: Path, warnings: list[str]
) -> None:
    """Coerce or drop ``schema["default"]`` when the schema does not allow it."""
    value = schema["default"]
    problem = _problem(schema, value)
    if problem is None:
        return
    place = f"{file}#{to_pointer((*where, 'default'))}: default {_describe(value)} {problem}"
    for kind in _declared_types(schema):
        coerced = _coerce(value, kind)
        if coerced is not _NOT_COERCIBLE and _problem(schema, coerced) is None:
            schema["default"] = coerced
            warnings.append(f"{place}; read as {_describe(coerced)}")
            return
    del schema["default"]
    warnings.append(f"{place}; dropped")


def _visit(schema: Any, where: tuple[str, ...], file: Path, warnings: list[str]) -> None:
    if not isinstance(schema, dict):
        return
    if "default" in schema:
        _fix_default(schema, where, file, warnings)
    for key in SCHEMA_CHILDREN:
        _visit(schema.get(key), (*where, key), file, warnings)
    for key in SCHEMA_CHILD_LISTS:
        if isinstance(schema.get(key), list):
            for index, child in enumerate(schema[key]):
                _visit(child, (*where, key, str(index)), file, warnings)
    for key in SCHEMA_CHILD_MAPS:
        if isinstance(schema.get(key), dict):
            for name, child in schema[key].items():
                _visit(child, (*where, key, str(name)), file, warnings)


def fix_schema_defaults(document: dict[str, Any], file: Path, warnings: list[str]) -> None:
    """Coerce or drop, in place, every default its schema does not allow; append a warning
    (``file#/pointer/default: …``) for each to ``warnings``."""
    for container, key, where in iter_located_schema_slots(document):
        _visit(container[key], where, file, warnings)
