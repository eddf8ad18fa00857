"""Apply an OpenAPI Overlay 1.0 document to an OpenAPI document.

Our changes to a vendor's document live in an overlay so that a new upstream release is a
one-file drop-in. Targets are RFC 9535 JSONPath expressions. Unlike the specification, which
lets an action match nothing, an action that matches nothing is an error here: after an upstream
change it would otherwise silently stop applying.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath

from generator.errors import SpecError
from .validation import validate_overlay

_ENV = jsonpath.JSONPathEnvironment(strict=True)


def merge_update(target: Any, update: Any) -> Any:
    """Overlay ``update`` semantics: objects merge recursively, arrays append, scalars replace."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = (
                merge_update(target[key], value) if key in target else copy.deepcopy(value)
            )
        return target
    if isinstance(target, list):
        target.extend(
            copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)]
        )
        return target
    return copy.deepcopy(update)


def _container(document: Any, parts: tuple[Any, ...]) -> Any:
    node = document
    for part in parts[:-1]:
        node = node[part]
    return node


def apply_overlay(document: dict[str, Any], overlay: Any, overlay_file: Path) -> dict[str, Any]:
    """Return a new document with every action of ``overlay`` applied in order."""
    validate_overlay(overlay, overlay_file)
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay["actions"]):
        pointer = f"/actions/{index}"
        try:
            query = _ENV.compile(action["target"])
        except jsonpath.JSONPathError as exc:
            first_line = str(exc).splitlines()[0]
            raise SpecError(
                overlay_file, pointer + "/target", f"invalid JSONPath: {first_line}"
            ) from exc
        matches = [match.parts for match in query.finditer(result)]
        if not matches:
            raise SpecError(
                overlay_file,
                pointer + "/target",
                f"matches nothing in the document: {action['target']}",
            )
        if action.get("remove", False):
            # Remove from the deepest and highest index first so earlier removals do not shift later ones.
            for parts in sorted(
                matches,
                key=lambda p: (len(p), p[-1] if p and isinstance(p[-1], int) else -1),
                reverse=True,
            ):
                if not parts:
                    raise SpecError(
                        overlay_file, pointer + "/target", "the document root cannot be removed"
                    )
                del _container(result, parts)[parts[-1]]
            continue
        if "update" not in action:
            raise SpecError(overlay_file, pointer, "an action needs `update` or `remove: true`")
        for parts in matches:
            if not parts:
                result = merge_update(result, action["update"])
                continue
            parent = _container(result, parts)
            parent[parts[-1]] = merge_update(parent[parts[-1]], action["update"])
    return result
