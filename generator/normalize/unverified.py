"""Constraints the spec marks ``x-unverified`` warn instead of blocking a request.

A hand-written spec states what the vendor's prose says, and marks its own guesses with
``x-unverified: true``. A guess must never refuse a paid request: the client checks it and warns
(``UnverifiedRuleWarning``), and the server decides. The models generated from a schema cannot
warn, so an unverified property loses its constraints to a cross-field rule marked unverified,
which the runtime's rule checker evaluates (``rules.py``, ``_rules.py``):

* a property with ``x-unverified: true`` (written inline, not a bare ``$ref``) keeps its type,
  and its limits (``enum``, ``const``, bounds, lengths, ``pattern``, ``format``, item counts,
  ``x-max-bytes``, ``x-sdk-media-input``)
  move into the rule ``<property>-unverified``;
* a ``required`` entry naming such a property moves too: the argument becomes optional, and
  leaving it out only warns;
* an ``x-sdk-media-input`` marked ``x-unverified: true`` itself (the file types or inline size
  are the guess, not the property) moves alone into that rule.

Applied to every object schema of the document before schemas are hoisted (an inline enum would
otherwise become a named, blocking type), and by the IR builder to synthesized parameter models.
"""

from __future__ import annotations

from typing import Any

from generator.spec.extensions import MEDIA_INPUT, media_input
from generator.spec.keywords import VALUE_LIMITS

from .walk import SCHEMA_CHILD_LISTS, SCHEMA_CHILD_MAPS, SCHEMA_CHILDREN, iter_schema_slots

# The keywords of a property that limit its value (its type and shape stay on the model).
LIMIT_KEYWORDS = (*VALUE_LIMITS, "format", "x-max-bytes", MEDIA_INPUT)
# ``format`` values that only say how to read a value; they limit nothing the client checks.
_READING_FORMATS = frozenset(
    {"date-time", "date", "time", "binary", "byte", "int32", "int64", "float", "double"}
)


def _limits(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        key: schema[key]
        for key in LIMIT_KEYWORDS
        if key in schema and not (key == "format" and schema[key] in _READING_FORMATS)
    }


def soften_object(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` (one object schema) with the limits of its unverified properties moved into
    unverified rules in ``allOf``; the schema itself is returned when nothing moves."""
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return schema
    listed = schema.get("required")
    required: list[Any] = listed if isinstance(listed, list) else []
    new_properties = dict(properties)
    rules: list[dict[str, Any]] = []
    moved_required: list[str] = []
    for name, child in properties.items():
        if not isinstance(child, dict):
            continue
        if child.get("x-unverified") is True:
            limits = _limits(child)
            needed = name in required
        elif (media := media_input(child)) is not None and media.unverified:
            limits, needed = {
                MEDIA_INPUT: child[MEDIA_INPUT]
            }, False  # only its file checks are a guess
        else:
            continue
        if not limits and not needed:
            continue
        new_properties[name] = {key: value for key, value in child.items() if key not in limits}
        if isinstance(
            limits.get(MEDIA_INPUT), dict
        ):  # moved into an unverified rule, its own mark is spent
            limits[MEDIA_INPUT] = {
                key: value for key, value in limits[MEDIA_INPUT].items() if key != "x-unverified"
            }
        rule: dict[str, Any] = {
            "x-rule-id": f"{name}-unverified",
            "x-unverified": True,
            "description": f"`{name}`: limits the spec marks unverified (a guess, not a documented fact).",
        }
        if limits:
            rule["properties"] = {name: limits}
        if needed:
            rule["required"] = [name]
            moved_required.append(name)
        rules.append(rule)
    if not rules:
        return schema
    result = dict(schema)
    result["properties"] = new_properties
    if moved_required:
        kept = [name for name in required if name not in moved_required]
        if kept:
            result["required"] = kept
        else:
            result.pop("required", None)
    result["allOf"] = [*(schema.get("allOf") or []), *rules]
    return result


def _visit(schema: Any, depth: int = 0) -> Any:
    if not isinstance(schema, dict) or depth > 64:
        return schema
    result = soften_object(schema)
    updates: dict[str, Any] = {}
    for key in SCHEMA_CHILDREN:
        if isinstance(result.get(key), dict):
            updates[key] = _visit(result[key], depth + 1)
    for key in SCHEMA_CHILD_LISTS:
        if isinstance(result.get(key), list):
            updates[key] = [_visit(item, depth + 1) for item in result[key]]
    for key in SCHEMA_CHILD_MAPS:
        if isinstance(result.get(key), dict):
            updates[key] = {name: _visit(item, depth + 1) for name, item in result[key].items()}
    return {**result, **updates}


def soften_unverified(document: dict[str, Any]) -> None:
    """Apply :func:`soften_object` to every object schema of ``document``, in place."""
    for container, key in list(iter_schema_slots(document)):
        container[key] = _visit(container[key])
