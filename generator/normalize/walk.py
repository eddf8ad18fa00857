"""Where schemas live in an OpenAPI document and inside other schemas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is one subschema, a list of subschemas, or a map of subschemas.
SCHEMA_CHILDREN = ("items", "additionalProperties", "not", "if", "then", "else", "contains",
                   "propertyNames", "unevaluatedItems", "unevaluatedProperties")
SCHEMA_CHILD_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_CHILD_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` in document order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def iter_webhooks(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(name, method, operation)`` for each OpenAPI 3.1 webhook."""
    for name, item in (document.get("webhooks") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield name, method, operation


def _operation_slots(operation: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    for parameter in operation.get("parameters") or []:
        if isinstance(parameter, dict) and "schema" in parameter:
            yield parameter, "schema"
    body = operation.get("requestBody")
    if isinstance(body, dict):
        for media in (body.get("content") or {}).values():
            if isinstance(media, dict) and "schema" in media:
                yield media, "schema"
    for response in (operation.get("responses") or {}).values():
        if not isinstance(response, dict):
            continue
        for media in (response.get("content") or {}).values():
            if isinstance(media, dict) and "schema" in media:
                yield media, "schema"
        for header in (response.get("headers") or {}).values():
            if isinstance(header, dict) and "schema" in header:
                yield header, "schema"


def iter_schema_slots(document: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    """Yield ``(container, key)`` for every top-level schema slot of the document."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name in list(schemas):
        yield schemas, name
    for _, _, operation in iter_operations(document):
        yield from _operation_slots(operation)
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            for parameter in item.get("parameters") or []:
                if isinstance(parameter, dict) and "schema" in parameter:
                    yield parameter, "schema"
    for _, _, operation in iter_webhooks(document):
        yield from _operation_slots(operation)
    components = document.get("components") or {}
    for section in ("parameters", "headers"):
        for item in (components.get(section) or {}).values():
            if isinstance(item, dict) and "schema" in item:
                yield item, "schema"
    for section in ("requestBodies", "responses"):
        for item in (components.get(section) or {}).values():
            if isinstance(item, dict):
                for media in (item.get("content") or {}).values():
                    if isinstance(media, dict) and "schema" in media:
                        yield media, "schema"
