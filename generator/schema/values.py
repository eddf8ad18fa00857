"""Whether a value the spec names for a schema (a known value, an example) obeys that schema.

Patterns are matched by :mod:`.patterns`, in time linear in the value, never by ``re``; a
pattern Python cannot read (ECMA-262's ``\\p{L}``) by the models' own engine, which can.

Specs are written by people: an ``x-known-values`` entry longer than the field's ``maxLength``,
an example of the wrong type. Such a value must not become a ``Literal`` member the client
accepts without the field's own checks, nor a README example that the client then refuses.
"""

from __future__ import annotations

from typing import Any

from .patterns import InvalidPattern, models_search, search

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}


def fits(schema: dict[str, Any], value: Any) -> bool:
    """``value`` has the schema's type and meets its ``enum``/``const``, length, pattern and
    range constraints (the keywords a known value or an example could break)."""
    types = schema.get("type")
    names = types if isinstance(types, list) else [types] if isinstance(types, str) else []
    if names and not any(_has_type(value, name) for name in names):
        return False
    if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
        return False
    if "const" in schema and value != schema["const"]:
        return False
    if isinstance(value, str):
        if isinstance(schema.get("minLength"), int) and len(value) < schema["minLength"]:
            return False
        if isinstance(schema.get("maxLength"), int) and len(value) > schema["maxLength"]:
            return False
        if isinstance(schema.get("pattern"), str):
            try:
                # Never re.search: a spec's pattern may backtrack for ever (``(a+)+$``).
                found = search(schema["pattern"], value)
            except InvalidPattern:  # ``\p{L}``: what the models check the value with
                found = models_search(schema["pattern"], value)
            if found is not True:
                return False  # no match, or unknown: not offered as a value that fits
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(schema.get("minimum"), (int, float)) and value < schema["minimum"]:
            return False
        if isinstance(schema.get("maximum"), (int, float)) and value > schema["maximum"]:
            return False
    return True


def _has_type(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(name, (object,)))


def known_values(schema: dict[str, Any]) -> list[str]:
    """The schema's ``x-known-values`` that obey its own constraints, without repeats."""
    known = schema.get("x-known-values")
    if not isinstance(known, list):
        return []
    plain = {key: value for key, value in schema.items() if key != "x-known-values"}
    return [
        value
        for value in dict.fromkeys(v for v in known if isinstance(v, str))
        if fits(plain, value)
    ]
