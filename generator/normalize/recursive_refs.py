"""``{"$recursiveRef": "#"}`` inside a component schema becomes a ``$ref`` to that component.

JSON Schema 2019-09's recursive reference points back at the schema resource it sits in; in an
OpenAPI document that resource is the component (OpenAI's ``CompoundFilter.filters`` holds
filters or more compound filters). Spelled as a local ``$ref`` it is something every later
stage, datamodel-code-generator included, understands without resolving anything itself. The
reference check (:mod:`generator.spec.references`) refuses every other ``$recursiveRef``.
"""

from __future__ import annotations

from typing import Any

from generator.errors import escape_pointer_token

from generator.spec.keywords import SCHEMA_REF_PREFIX


def resolve_recursive_refs(document: dict[str, Any]) -> None:
    """Rewrite, in place, each ``{"$recursiveRef": "#"}`` below a component schema."""
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    for name, schema in schemas.items():
        target = SCHEMA_REF_PREFIX + escape_pointer_token(name)
        stack: list[Any] = [schema]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                if node.get("$recursiveRef") == "#":
                    del node["$recursiveRef"]
                    node["$ref"] = target
                stack.extend(node.values())
