"""Python type expressions for (normalized) JSON Schemas, as argument and return annotations.

Component references become ``models.<Name>``; the generated models module defines those
names, so annotations and models always agree.
"""

from __future__ import annotations

from typing import Any

SCHEMA_REF_PREFIX = "#/components/schemas/"

_FORMATS = {"date-time": "datetime | str", "date": "date | str"}
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def _union(parts: list[str]) -> str:
    unique: list[str] = []
    for part in parts:
        for piece in part.split(" | "):
            if piece not in unique:
                unique.append(piece)
    if "Any" in unique:
        return "Any"
    if "None" in unique:  # keep None last, as people write it
        unique = [p for p in unique if p != "None"] + ["None"]
    return " | ".join(unique)


def literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def annotation(schema: Any, *, binary: str = "bytes") -> str:
    """The Python type an argument of ``schema`` accepts (``binary``: the type of file content)."""
    if not isinstance(schema, dict) or not schema:
        return "Any"
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
        return "models." + ref[len(SCHEMA_REF_PREFIX):]
    for keyword in ("oneOf", "anyOf"):
        if isinstance(schema.get(keyword), list):
            return _union([annotation(member, binary=binary) for member in schema[keyword]])
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return annotation(schema["allOf"][0], binary=binary)
    if "const" in schema:
        return "None" if schema["const"] is None else literal([schema["const"]])
    if isinstance(schema.get("enum"), list):
        values = [v for v in schema["enum"] if v is not None]
        text = literal(values) if values else "None"
        return _union([text, "None"]) if None in schema["enum"] else text
    types = schema.get("type")
    if isinstance(types, list):
        return _union([annotation({**schema, "type": t}, binary=binary) for t in types])
    if types == "string":
        if schema.get("format") == "binary" or schema.get("contentMediaType") == "application/octet-stream":
            return binary
        known = schema.get("x-known-values")
        if isinstance(known, list) and known and all(isinstance(v, str) for v in known) and "format" not in schema:
            return literal(list(dict.fromkeys(known))) + " | str"  # the values editors offer; any string goes
        return _FORMATS.get(str(schema.get("format")), "str")
    if types == "array":
        # typing.List, not list: a resource method named ``list`` would shadow the builtin.
        return f"List[{annotation(schema.get('items'), binary=binary)}]"
    if types == "object" or "properties" in schema or "additionalProperties" in schema:
        extra = schema.get("additionalProperties")
        value = annotation(extra, binary=binary) if isinstance(extra, dict) and extra else "Any"
        return f"Dict[str, {value}]"
    if isinstance(types, str) and types in _PRIMITIVES:
        return _PRIMITIVES[types]
    return "Any"


def runtime_type(text: str) -> str:
    """The expression passed to the runtime for parsing: ``models.Job``, ``list[models.Job]``.

    Argument conveniences such as ``datetime | str`` are narrowed to what the wire carries.
    """
    return text.replace("datetime | str", "datetime").replace("date | str", "date")
