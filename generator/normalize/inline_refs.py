"""Replace ``$ref`` to parameters, request bodies, responses and headers by copies of their
targets, and fold path-level parameters into each operation.

After this stage the only references left are schema references (``#/components/schemas/…``),
so later stages read an operation without chasing pointers.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ..errors import SpecError
from .walk import HTTP_METHODS, iter_webhooks

SCHEMA_REF_PREFIX = "#/components/schemas/"


def resolve_pointer(document: Any, ref: str, file: Path, where: str) -> Any:
    """Follow a local reference ``#/a/b``; anything else is an error naming ``where``."""
    if not ref.startswith("#"):
        raise SpecError(file, where, f"only local references are supported, got {ref!r}")
    node = document
    for token in ref[1:].split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise SpecError(file, where, f"unresolvable reference {ref!r}")
    return node


def _deref(document: Any, value: Any, file: Path, where: str) -> Any:
    seen: set[str] = set()
    while isinstance(value, dict) and "$ref" in value:
        ref = value["$ref"]
        if ref in seen:
            raise SpecError(file, where, f"circular reference {ref!r}")
        seen.add(ref)
        value = resolve_pointer(document, ref, file, where)
    return copy.deepcopy(value)


def _inline_operation(document: dict[str, Any], operation: dict[str, Any], inherited: list[Any], file: Path, where: str) -> None:
    merged: dict[tuple[str, str], Any] = {}
    for index, parameter in enumerate([*inherited, *(operation.get("parameters") or [])]):
        resolved = _deref(document, parameter, file, f"{where}/parameters/{index}")
        merged[(resolved.get("in", ""), resolved.get("name", ""))] = resolved
    if merged:
        operation["parameters"] = list(merged.values())
    if "requestBody" in operation:
        operation["requestBody"] = _deref(document, operation["requestBody"], file, where + "/requestBody")
    responses = operation.get("responses") or {}
    for status in list(responses):
        response = _deref(document, responses[status], file, f"{where}/responses/{status}")
        for name in list(response.get("headers") or {}):
            response["headers"][name] = _deref(document, response["headers"][name], file, f"{where}/responses/{status}/headers/{name}")
        responses[status] = response


def inline_refs(document: dict[str, Any], file: Path) -> dict[str, Any]:
    """Rewrite ``document`` in place; return it."""
    for section in ("paths", "webhooks"):
        items = document.get(section) or {}
        for key in list(items):
            if isinstance(items[key], dict) and "$ref" in items[key]:
                items[key] = _deref(document, items[key], file, f"/{section}/{key}")
    for path, item in (document.get("paths") or {}).items():
        inherited = item.pop("parameters", None) or []
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                where = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
                _inline_operation(document, item[method], inherited, file, where)
    for name, method, operation in iter_webhooks(document):
        _inline_operation(document, operation, [], file, f"/webhooks/{name}/{method}")
    return document


def check_schema_refs(document: dict[str, Any], file: Path) -> None:
    """Every remaining ``$ref`` must resolve to a named component schema."""
    schemas = (document.get("components") or {}).get("schemas") or {}

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if not ref.startswith(SCHEMA_REF_PREFIX):
                    raise SpecError(file, where, f"schema reference {ref!r} must point into #/components/schemas")
                if ref[len(SCHEMA_REF_PREFIX):] not in schemas:
                    raise SpecError(file, where, f"unresolvable reference {ref!r}")
            for key, value in node.items():
                if key in ("example", "examples", "x-examples"):
                    continue
                visit(value, f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{where}/{index}")

    # Operations were inlined above; unused components (responses, parameters) are not read.
    for section in ("paths", "webhooks"):
        visit(document.get(section) or {}, "/" + section)
    visit(schemas, "/components/schemas")
