"""Loosen, with a warning, what a spec says that Python's type system cannot say.

A sane document must still give a package that imports and passes ``mypy --strict``. Five
things could not:

* a ``const`` or ``enum`` holding an object, an array or a non-integer number: a ``Literal``
  holds only text, integers, booleans and None (``Literal[{"k": "v"}]`` is a type error). The
  keyword is dropped: the value is typed by its ``type`` alone and checked by the server;
* a ``default`` of a string whose ``format`` the models type as something else (``date`` is a
  ``datetime.date``, ``date-time`` a ``datetime``, ``time`` a ``time``, ``duration`` a
  ``timedelta``): ``d: date = "2024-01-01"`` is a type error. The default is dropped, as
  :mod:`.schema_defaults` drops a default its schema rejects: the property is optional without
  one, and the server's default applies;
* a ``pattern`` Python's ``re`` reads but the models' regex engine refuses (pydantic-core's
  Rust engine has no lookaround or backreferences, and rejects escapes such as ``\\Z`` or a
  backslash before a non-ASCII letter): the package would raise ``SchemaError`` on import. The
  keyword is dropped: the value is checked by the server alone. A pattern ``re`` refuses too is
  an error, reported by :func:`~.inline_refs.check_schema_refs`;
* a number with a string ``format`` the models type as a class (``type: integer, format:
  date-time``): datamodel-code-generator types it ``datetime``, and its bounds or default then
  fail when the package is imported (``'lt' must be coercible to a datetime``). JSON Schema
  applies those formats to strings only: the format is dropped, and the value is a number;
* a bound the models' validators cannot build (an integer's ``maximum: 2.5``, a ``NaN`` or
  infinite bound, a ``multipleOf`` of ``0.5`` on an integer): rewritten exactly, or dropped
  with a warning (see :func:`_fix_bounds`).

Pointers are those of the document as written: the pass runs right after
:func:`~.schema_defaults.fix_schema_defaults`.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Any

import pydantic_core

from generator.errors import to_pointer
from .walk import SCHEMA_CHILD_LISTS, SCHEMA_CHILD_MAPS, SCHEMA_CHILDREN, iter_located_schema_slots

# String formats the models type as a class of their own, which a text default is not.
TYPED_FORMATS = {"date": "date", "date-time": "datetime", "time": "time", "duration": "timedelta"}


def literal_member(value: Any) -> bool:
    """Whether ``value`` can be a member of ``typing.Literal``."""
    return value is None or isinstance(value, (str, bool, int))


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:59] + "…"


@functools.lru_cache(maxsize=4096)
def models_refuse_pattern(pattern: str) -> bool:
    """Whether ``pattern`` is valid for Python's ``re`` but refused by the regex engine pydantic
    compiles the models' ``Field(pattern=…)`` with (so the package would fail on import)."""
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError, ValueError):
        return False  # an error of the spec, reported with its pointer by check_schema_refs
    try:
        pydantic_core.SchemaValidator(pydantic_core.core_schema.str_schema(pattern=pattern))
    except (pydantic_core.SchemaError, ValueError):  # ValueError: a lone surrogate
        return True
    return False


def _integer_only(type_: Any) -> bool:
    """A ``type`` of integers only (``null`` aside): the models check its bounds as integers."""
    kinds = type_ if isinstance(type_, list) else [type_]
    return "integer" in kinds and all(kind in ("integer", "null") for kind in kinds)


def _fix_bounds(
    schema: dict[str, Any], where: tuple[str, ...], file: Path, warnings: list[str]
) -> None:
    """Bounds the models' validators cannot build (the package failed on import): an integer's
    fractional bound becomes the integer bound it means, exactly (``maximum: 2.5`` is
    ``maximum: 2``; 3.0's boolean ``exclusiveMinimum`` is honoured), and a bound that is not a
    finite number (``NaN``, ``1e400``), or a ``multipleOf`` that is not positive or, for an
    integer, not whole, is dropped with a warning."""
    integer = _integer_only(schema.get("type"))
    for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"):
        bound = schema.get(keyword)
        if isinstance(bound, bool) or not isinstance(bound, (int, float)):
            continue
        finite = isinstance(bound, int) or math.isfinite(bound)
        whole = isinstance(bound, int) or (finite and bound.is_integer())
        if not finite or (keyword == "multipleOf" and (bound <= 0 or (integer and not whole))):
            warnings.append(
                f"{file}#{to_pointer((*where, keyword))}: {keyword} {_shown(bound)} cannot be checked{' on an integer' if integer and finite else ''}; dropped"
            )
            del schema[keyword]
        elif integer and not whole:
            down = keyword in ("maximum", "exclusiveMinimum")
            if keyword == "minimum" and schema.get("exclusiveMinimum") is True:
                down = True  # OpenAPI 3.0: n > 2.5 is n > 2
            if keyword == "maximum" and schema.get("exclusiveMaximum") is True:
                down = False  # n < 2.5 is n < 3
            schema[keyword] = math.floor(bound) if down else math.ceil(bound)


def _numeric_only(type_: Any) -> bool:
    """A ``type`` of numbers only (``integer``, ``number``, or a list of them, ``null`` aside)."""
    kinds = type_ if isinstance(type_, list) else [type_]
    numbers = [kind for kind in kinds if kind in ("integer", "number")]
    return bool(numbers) and all(kind in ("integer", "number", "null") for kind in kinds)


def _loosen(
    schema: dict[str, Any], where: tuple[str, ...], file: Path, warnings: list[str], in_model: bool
) -> None:
    if "const" in schema and not literal_member(schema["const"]):
        warnings.append(
            f"{file}#{to_pointer((*where, 'const'))}: const {_shown(schema['const'])} cannot be a Python Literal; typed by its type alone, and not checked by the client"
        )
        del schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and not all(literal_member(member) for member in enum):
        odd = next(member for member in enum if not literal_member(member))
        warnings.append(
            f"{file}#{to_pointer((*where, 'enum'))}: enum member {_shown(odd)} cannot be a Python Literal; typed by its type alone, and not checked by the client"
        )
        del schema["enum"]
    format_ = schema.get("format")
    kind = TYPED_FORMATS.get(format_) if isinstance(format_, str) else None
    if kind is not None and in_model and isinstance(schema.get("default"), str):
        warnings.append(
            f"{file}#{to_pointer((*where, 'default'))}: default {_shown(schema['default'])} is text, and the model types a `format: {format_}` string as {kind}; dropped"
        )
        del schema["default"]
    if kind is not None and _numeric_only(schema.get("type")):
        warnings.append(
            f"{file}#{to_pointer((*where, 'format'))}: `format: {format_}` describes a string, and the model would type this {schema['type']} as {kind} (where its bounds and default fail); dropped"
        )
        del schema["format"]
    _fix_bounds(schema, where, file, warnings)
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and models_refuse_pattern(pattern):
        warnings.append(
            f"{file}#{to_pointer((*where, 'pattern'))}: pattern {_shown(pattern)} is not supported by the models' regex engine; not checked by the client"
        )
        del schema["pattern"]


def _visit(
    schema: Any, where: tuple[str, ...], file: Path, warnings: list[str], in_model: bool
) -> None:
    if not isinstance(schema, dict):
        return
    _loosen(schema, where, file, warnings, in_model or "properties" in schema)
    for key in SCHEMA_CHILDREN:
        _visit(schema.get(key), (*where, key), file, warnings, in_model)
    for key in SCHEMA_CHILD_LISTS:
        if isinstance(schema.get(key), list):
            for index, child in enumerate(schema[key]):
                _visit(child, (*where, key, str(index)), file, warnings, in_model)
    for key in SCHEMA_CHILD_MAPS:
        if isinstance(schema.get(key), dict):
            for name, child in schema[key].items():
                _visit(
                    child, (*where, key, str(name)), file, warnings, in_model or key == "properties"
                )


def loosen_untypeable(document: dict[str, Any], file: Path, warnings: list[str]) -> None:
    """Apply the module's rules in place, appending a warning (``file#/pointer: …``) for each.

    The default rule applies where a default lands in a model: component schemas, bodies, and
    properties anywhere. A parameter's default is only documented (the argument defaults to
    ``NOT_GIVEN``), and its annotation (``date | str``) takes text."""
    for container, key, where in iter_located_schema_slots(document):
        if isinstance(container[key], bool):
            # A boolean schema where a body, response, parameter or component's schema sits
            # (3.1 allows it): the later stages read a schema there as an object. ``true`` is
            # ``{}``, anything; ``false`` (nothing is valid) is typed as anything too: the server
            # decides. Found by the targeted property test (a traceback before).
            container[key] = {}
        _visit(
            container[key],
            where,
            file,
            warnings,
            "parameters" not in where and "headers" not in where,
        )
