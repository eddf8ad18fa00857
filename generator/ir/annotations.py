"""Python type expressions for (normalized) JSON Schemas, as argument and return annotations.

Component references become ``models.<Name>``; the generated models module defines those
names, so annotations and models always agree.
"""

from __future__ import annotations

from typing import Any

from generator.schema.values import known_values
from generator.spec.keywords import SCHEMA_REF_PREFIX

_FORMATS = {"date-time": ["datetime", "str"], "date": ["date", "str"]}
_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
}


def _union(members: list[str]) -> str:
    """``members`` as one union: duplicates dropped, ``Any`` absorbing the rest, ``None`` last.

    Members are kept apart until here, never split out of rendered text: a literal value may
    itself contain `` | ``."""
    unique = list(dict.fromkeys(_merged_literals(members)))
    if "Any" in unique:
        return "Any"
    if "None" in unique:  # keep None last, as people write it
        unique = [p for p in unique if p != "None"] + ["None"]
    return " | ".join(unique)


def _merged_literals(members: list[str]) -> list[str]:
    """``Literal[5] | Literal[10]`` (a union of ``const`` values) as ``Literal[5, 10]``, in
    the first literal's place; each member is text :func:`literal` rendered."""
    values = [
        member[len("Literal[") : -1]
        for member in members
        if member.startswith("Literal[") and member.endswith("]")
    ]
    if len(values) < 2:
        return members
    merged = "Literal[" + ", ".join(dict.fromkeys(values)) + "]"
    result: list[str] = []
    for member in members:
        if member.startswith("Literal[") and member.endswith("]"):
            if merged not in result:
                result.append(merged)
        else:
            result.append(member)
    return result


def literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def annotation(schema: Any, *, binary: str = "bytes") -> str:
    """The Python type an argument of ``schema`` accepts (``binary``: the type of file content)."""
    return _union(_members(schema, binary))


def _members(schema: Any, binary: str) -> list[str]:
    """The members of the union :func:`annotation` renders, each without a top-level ``|``."""
    if not isinstance(schema, dict) or not schema:
        return ["Any"]
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
        return ["models." + ref[len(SCHEMA_REF_PREFIX) :]]
    for keyword in ("oneOf", "anyOf"):
        if isinstance(schema.get(keyword), list):
            return [member for option in schema[keyword] for member in _members(option, binary)]
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return _members(schema["allOf"][0], binary)
    if "const" in schema:
        return ["None"] if schema["const"] is None else [literal([schema["const"]])]
    if isinstance(schema.get("enum"), list):
        values = [v for v in schema["enum"] if v is not None]
        return ([literal(values)] if values else []) + (
            ["None"] if None in schema["enum"] or not values else []
        )
    types = schema.get("type")
    if isinstance(types, list):
        return [member for t in types for member in _members({**schema, "type": t}, binary)]
    if types == "string":
        if (
            schema.get("format") == "binary"
            or schema.get("contentMediaType") == "application/octet-stream"
        ):
            return [binary]
        known = known_values(schema)
        if known and "format" not in schema:
            return [literal(known), "str"]  # the values editors offer; any string goes
        return _FORMATS.get(str(schema.get("format")), ["str"])
    if types == "array":
        # typing.List, not list: a resource method named ``list`` would shadow the builtin.
        return [f"List[{annotation(schema.get('items'), binary=binary)}]"]
    if types == "object" or "properties" in schema or "additionalProperties" in schema:
        extra = schema.get("additionalProperties")
        value = annotation(extra, binary=binary) if isinstance(extra, dict) and extra else "Any"
        return [f"Dict[str, {value}]"]
    if isinstance(types, str) and types in _PRIMITIVES:
        return [_PRIMITIVES[types]]
    return ["Any"]


def runtime_type(text: str) -> str:
    """The expression passed to the runtime for parsing: ``models.Job``, ``list[models.Job]``.

    Argument conveniences such as ``datetime | str`` are narrowed to what the wire carries.
    """
    return text.replace("datetime | str", "datetime").replace("date | str", "date")
