"""Bring an OpenAPI 3.0 document to the 3.1 dialect, so later stages know one schema language.

3.0's ``nullable: true`` becomes a ``"null"`` type (or an ``anyOf`` with null for ``$ref`` and
``allOf`` schemas), boolean ``exclusiveMinimum``/``exclusiveMaximum`` become numbers, and
``example`` is kept as it is (3.1 still accepts it).
"""

from __future__ import annotations

from typing import Any

from .walk import SCHEMA_CHILD_LISTS, SCHEMA_CHILD_MAPS, SCHEMA_CHILDREN


def _upgrade_schema(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    for key in SCHEMA_CHILDREN:
        if key in schema:
            schema[key] = _upgrade_schema(schema[key])
    for key in SCHEMA_CHILD_LISTS:
        if isinstance(schema.get(key), list):
            schema[key] = [_upgrade_schema(item) for item in schema[key]]
    for key in SCHEMA_CHILD_MAPS:
        if isinstance(schema.get(key), dict):
            schema[key] = {name: _upgrade_schema(item) for name, item in schema[key].items()}
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(schema.get(bound), bool):
            if schema.pop(bound) and limit in schema:
                schema[bound] = schema.pop(limit)
    if schema.pop("nullable", False) is True:
        if "type" in schema and "$ref" not in schema:
            types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            schema["type"] = types + (["null"] if "null" not in types else [])
            if "enum" in schema and None not in schema["enum"]:
                schema["enum"] = [*schema["enum"], None]
        else:
            return {"anyOf": [schema, {"type": "null"}]}
    return schema


def upgrade_to_31(document: dict[str, Any]) -> dict[str, Any]:
    """Rewrite a 3.0 document in place as 3.1 and return it; a 3.1 document is returned as is."""
    if not str(document.get("openapi", "")).startswith("3.0"):
        return document
    from .walk import iter_schema_slots

    for container, key in list(iter_schema_slots(document)):
        container[key] = _upgrade_schema(container[key])
    document["openapi"] = "3.1.0"
    return document
