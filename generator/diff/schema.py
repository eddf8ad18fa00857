"""Resolve JSON Schemas for comparison: follow ``$ref``, merge ``allOf``, fold nullable unions.

The wire view compares what a schema accepts, not how it is written: a ``$ref`` renamed to
another component with the same structure is no change, nor is a property moved into an
``allOf`` part when the merged result is the same. ``{"anyOf": [X, {"type": "null"}]}`` (how
the normalizer writes a nullable reference) is read as ``X`` that may also be null.
"""

from __future__ import annotations

import json
from typing import Any

from generator.errors import unescape_pointer_token
from generator.normalize.walk import SCHEMA_CHILD_LISTS, SCHEMA_CHILD_MAPS, SCHEMA_CHILDREN

REF_PREFIX = "#/components/schemas/"
DOC_KEYWORDS = frozenset(
    {"title", "description", "example", "examples", "externalDocs", "$comment"}
)
NULLABLE = "$diff-nullable"  # set by :meth:`Resolver.flatten`, never present in a spec
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_MAX_DEPTH = 64


def ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return (
        unescape_pointer_token(ref[len(REF_PREFIX) :])
        if isinstance(ref, str) and ref.startswith(REF_PREFIX)
        else None
    )


def is_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind == "null" or kind == ["null"] or ("const" in schema and schema["const"] is None)


def types_of(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a flattened schema allows (``None``: any type)."""
    kind = schema.get("type")
    found: set[str] = (
        set(kind) if isinstance(kind, list) else ({kind} if isinstance(kind, str) else set())
    )
    if not found:
        if isinstance(schema.get("properties"), dict):
            found.add("object")
        elif isinstance(schema.get("items"), dict):
            found.add("array")
        else:
            values = (
                schema["enum"]
                if isinstance(schema.get("enum"), list)
                else ([schema["const"]] if "const" in schema else None)
            )
            if values is not None:
                found |= {_json_type(v) for v in values}
    if not found:
        return frozenset({"null"}) if schema.get(NULLABLE) else None
    if schema.get(NULLABLE) or None in (schema.get("enum") or []):
        found.add("null")
    return frozenset(found)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _merge(into: dict[str, Any], part: dict[str, Any]) -> dict[str, Any]:
    """``allOf`` semantics for the keywords that matter: a value must satisfy both."""
    result = dict(into)
    for key, value in part.items():
        if key not in result:
            result[key] = value
        elif key == "properties" and isinstance(value, dict) and isinstance(result[key], dict):
            merged = dict(result[key])
            for name, child in value.items():
                merged[name] = (
                    {"allOf": [merged[name], child]}
                    if name in merged and merged[name] != child
                    else child
                )
            result[key] = merged
        elif key == "required" and isinstance(value, list) and isinstance(result[key], list):
            result[key] = list(dict.fromkeys([*result[key], *value]))
        elif key == "type":
            a = set(result[key]) if isinstance(result[key], list) else {result[key]}
            b = set(value) if isinstance(value, list) else {value}
            common = sorted(a & b) or sorted(a)
            result[key] = common[0] if len(common) == 1 else common
        elif key == "enum" and isinstance(value, list) and isinstance(result[key], list):
            result[key] = [v for v in result[key] if v in value]
        elif (
            key in _LOWER
            and isinstance(value, (int, float))
            and isinstance(result[key], (int, float))
        ):
            result[key] = max(result[key], value)
        elif (
            key in _UPPER
            and isinstance(value, (int, float))
            and isinstance(result[key], (int, float))
        ):
            result[key] = min(result[key], value)
        elif key == NULLABLE:
            result[key] = bool(result[key]) and bool(value)
    return result


class Resolver:
    """Schemas of one normalized document, resolved on demand (results cached)."""

    def __init__(self, document: dict[str, Any]) -> None:
        components = (
            document.get("components") if isinstance(document.get("components"), dict) else {}
        )
        schemas = (components or {}).get("schemas")
        self.components: dict[str, Any] = schemas if isinstance(schemas, dict) else {}
        self._expanded: dict[tuple[str, bool], Any] = {}

    def flatten(self, schema: Any, depth: int = 0) -> tuple[dict[str, Any], str | None]:
        """``(schema as one flat dict, name of the component it came from)``.

        References are followed (keywords beside a ``$ref`` win), ``allOf`` parts merged and a
        union of one type with null read as that type plus :data:`NULLABLE`.
        """
        node: dict[str, Any] = schema if isinstance(schema, dict) else {}
        origin: str | None = None
        while (name := ref_name(node)) is not None and depth < _MAX_DEPTH:
            target = self.components.get(name)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**(target if isinstance(target, dict) else {}), **siblings}
            origin = name
            depth += 1
        if depth >= _MAX_DEPTH:
            return {}, origin
        if isinstance(node.get("allOf"), list):
            merged = {k: v for k, v in node.items() if k != "allOf"}
            parts = [self.flatten(part, depth + 1) for part in node["allOf"]]
            for part, _ in parts:
                merged = _merge(merged, part)
            if origin is None and len(parts) == 1:
                origin = parts[0][1]
            node = merged
        for keyword in ("anyOf", "oneOf"):
            variants = node.get(keyword)
            if not isinstance(variants, list):
                continue
            real = [v for v in variants if not is_null(v)]
            nullable = len(real) < len(variants)
            rest = {k: v for k, v in node.items() if k != keyword}
            if len(real) == 1:
                inner, inner_origin = self.flatten(real[0], depth + 1)
                node = _merge(rest, inner)
                origin = origin or inner_origin
            elif nullable:
                node = {**rest, keyword: real}
            if nullable:
                node = {**node, NULLABLE: True}
        if isinstance(node.get("type"), list) and "null" in node["type"] and len(node["type"]) > 1:
            rest_types = [t for t in node["type"] if t != "null"]
            node = {
                **node,
                "type": rest_types[0] if len(rest_types) == 1 else rest_types,
                NULLABLE: True,
            }
        if isinstance(node.get("enum"), list) and None in node["enum"]:
            node = {**node, "enum": [v for v in node["enum"] if v is not None], NULLABLE: True}
        return node, origin

    def key(self, schema: Any, docs: bool = False) -> str:
        """A canonical text of everything ``schema`` accepts (references expanded): equal
        keys mean nothing on the wire differs."""
        return json.dumps(
            self._expand(schema, frozenset(), docs), sort_keys=True, ensure_ascii=False, default=str
        )

    def _component(self, name: str, docs: bool) -> Any:
        cached = self._expanded.get((name, docs))
        if cached is None:
            self._expanded[(name, docs)] = {"$recursive": True}  # guard while expanding
            cached = self._expand(self.components.get(name, {}), frozenset({name}), docs)
            self._expanded[(name, docs)] = cached
        return cached

    def _expand(self, node: Any, stack: frozenset[str], docs: bool) -> Any:
        if not isinstance(node, dict):
            return node
        result: dict[str, Any] = {}
        name = ref_name(node)
        if name is not None:
            expanded = {"$recursive": True} if name in stack else self._component(name, docs)
            result.update(expanded if isinstance(expanded, dict) else {"$value": expanded})
        for key, value in node.items():
            if (
                key == "$ref"
                or (key.startswith("x-") and key != "x-unverified")
                or (not docs and key in DOC_KEYWORDS)
            ):
                continue
            if key in SCHEMA_CHILD_MAPS and isinstance(value, dict):
                result[key] = {k: self._expand(v, stack, docs) for k, v in value.items()}
            elif key in SCHEMA_CHILD_LISTS and isinstance(value, list):
                result[key] = [self._expand(v, stack, docs) for v in value]
            elif key in SCHEMA_CHILDREN:
                result[key] = self._expand(value, stack, docs)
            else:
                result[key] = value
        return result
