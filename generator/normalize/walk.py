"""Where schemas live in an OpenAPI document and inside other schemas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.spec.keywords import HTTP_METHODS as HTTP_METHODS
from generator.spec.keywords import SCHEMA_CHILD_LISTS as SCHEMA_CHILD_LISTS
from generator.spec.keywords import SCHEMA_CHILD_MAPS as SCHEMA_CHILD_MAPS
from generator.spec.keywords import SCHEMA_CHILDREN as SCHEMA_CHILDREN


def _iter_item_operations(items: Any) -> Iterator[tuple[str, str, dict[str, Any]]]:
    if not isinstance(items, dict):
        return  # absent (or, in a document not validated, malformed): no operations
    for key, item in items.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield key, method, operation


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` in document order."""
    return _iter_item_operations(document.get("paths"))


def iter_webhooks(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(name, method, operation)`` of the document's webhooks, in document order."""
    return _iter_item_operations(document.get("webhooks"))


# A place that holds a schema: ``container[key]``, and the JSON pointer tokens of that place.
SchemaSlot = tuple[Any, str, tuple[str, ...]]


def _operation_slots(operation: dict[str, Any], where: tuple[str, ...]) -> Iterator[SchemaSlot]:
    for index, parameter in enumerate(operation.get("parameters") or []):
        if isinstance(parameter, dict) and "schema" in parameter:
            yield parameter, "schema", (*where, "parameters", str(index), "schema")
    body = operation.get("requestBody")
    if isinstance(body, dict):
        for media_type, media in (body.get("content") or {}).items():
            if isinstance(media, dict) and "schema" in media:
                yield media, "schema", (*where, "requestBody", "content", media_type, "schema")
    for status, response in (operation.get("responses") or {}).items():
        if not isinstance(response, dict):
            continue
        for section in ("content", "headers"):  # media types, then headers
            for name, holder in (response.get(section) or {}).items():
                if isinstance(holder, dict) and "schema" in holder:
                    tokens = (*where, "responses", str(status), section, name, "schema")
                    yield holder, "schema", tokens


def iter_located_schema_slots(document: dict[str, Any]) -> Iterator[SchemaSlot]:
    """Yield ``(container, key, pointer tokens)`` for every top-level schema slot of the document.

    The slots are those of :func:`iter_schema_slots`; the tokens locate each one in the document
    as it is when iterated (before ``inline_refs``, that is the document as written)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name in list(schemas):
        yield schemas, name, ("components", "schemas", name)
    for path, method, operation in iter_operations(document):
        yield from _operation_slots(operation, ("paths", path, method))
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            for index, parameter in enumerate(item.get("parameters") or []):
                if isinstance(parameter, dict) and "schema" in parameter:
                    yield parameter, "schema", ("paths", path, "parameters", str(index), "schema")
    for name, method, operation in iter_webhooks(document):
        yield from _operation_slots(operation, ("webhooks", name, method))
    components = document.get("components") or {}
    for section in ("parameters", "headers"):
        for name, item in (components.get(section) or {}).items():
            if isinstance(item, dict) and "schema" in item:
                yield item, "schema", ("components", section, name, "schema")
    for section in ("requestBodies", "responses"):
        for name, item in (components.get(section) or {}).items():
            if isinstance(item, dict):
                for media_type, media in (item.get("content") or {}).items():
                    if isinstance(media, dict) and "schema" in media:
                        yield media, "schema", (
                            "components",
                            section,
                            name,
                            "content",
                            media_type,
                            "schema",
                        )


def iter_schema_slots(document: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    """Yield ``(container, key)`` for every top-level schema slot of the document."""
    for container, key, _ in iter_located_schema_slots(document):
        yield container, key
