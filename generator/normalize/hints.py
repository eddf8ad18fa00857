"""Pagination hints: recognise list operations so the client can iterate over every page.

A GET operation whose response object holds an array and whose query takes a cursor (or a
page number) gets ``x-sdk-pagination``. An explicit hint from the spec or an overlay wins.
"""

from __future__ import annotations

from typing import Any

from generator.spec.keywords import SCHEMA_REF_PREFIX
from .walk import iter_operations

PAGINATION = "x-sdk-pagination"
_CURSOR_PARAMS = ("cursor", "after", "page_token", "pageToken", "starting_after")
_NEXT_FIELDS = ("next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next")
_PAGE_PARAMS = ("page", "pageNum", "page_num", "pageNumber", "page_number")
_SIZE_PARAMS = ("pageSize", "page_size", "per_page", "perPage", "limit", "size")
_ITEM_FIELDS = ("items", "data", "results", "list", "records")


def _resolve(schema: Any, components: dict[str, Any]) -> Any:
    while (
        isinstance(schema, dict)
        and isinstance(schema.get("$ref"), str)
        and schema["$ref"].startswith(SCHEMA_REF_PREFIX)
    ):
        schema = components.get(schema["$ref"][len(SCHEMA_REF_PREFIX) :])
    return schema


def _success_schema(operation: dict[str, Any]) -> Any:
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(response, dict):
            media = (response.get("content") or {}).get("application/json")
            if isinstance(media, dict):
                return media.get("schema")
    return None


def _items_path(schema: Any, components: dict[str, Any]) -> list[str] | None:
    """Where the array of items sits: ``["items"]`` or ``["data", "list"]`` (one level deep)."""
    schema = _resolve(schema, components)
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(properties, dict):
        return None
    for name in _ITEM_FIELDS:
        child = _resolve(properties.get(name), components)
        if isinstance(child, dict) and child.get("type") == "array":
            return [name]
    for name in _ITEM_FIELDS:
        inner = _items_path(properties.get(name), components)
        if inner:
            return [name, *inner]
    return None


def add_pagination_hints(document: dict[str, Any]) -> None:
    components = (document.get("components") or {}).get("schemas") or {}
    for _path, method, operation in iter_operations(document):
        if method != "get" or PAGINATION in operation:
            continue
        query = {
            p.get("name"): p for p in operation.get("parameters") or [] if p.get("in") == "query"
        }
        schema = _success_schema(operation)
        items = _items_path(schema, components)
        if not items:
            continue
        properties = (_resolve(schema, components) or {}).get("properties") or {}
        cursor = next((name for name in _CURSOR_PARAMS if name in query), None)
        next_field = next((name for name in _NEXT_FIELDS if name in properties), None)
        if cursor and next_field:
            operation[PAGINATION] = {
                "style": "cursor",
                "cursor_param": cursor,
                "next_cursor": next_field,
                "items": items,
            }
            continue
        page = next((name for name in _PAGE_PARAMS if name in query), None)
        if page:
            hint: dict[str, Any] = {"style": "page", "page_param": page, "items": items}
            size = next((name for name in _SIZE_PARAMS if name in query), None)
            if size:
                hint["size_param"] = size
            operation[PAGINATION] = hint
