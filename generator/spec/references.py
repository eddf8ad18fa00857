"""Refuse every keyword that could make a tool read a file or a URL.

A spec is untrusted: ``"$dynamicRef": "/home/me/.aws/credentials.json#/x"`` handed to
datamodel-code-generator would copy that file's content into ``models.py``. The generator
itself resolves only local JSON pointers (``#/components/schemas/Thing``); this pass makes
sure nothing else ever gets a chance to resolve anything, by refusing, anywhere in the
document (example data included: a place cannot be told apart from a property of that name):

* ``$ref`` and a Link's ``operationRef`` that are not a local JSON pointer (``#/…``): a file,
  a URL, a bare name, an anchor (``#thing``);
* ``$dynamicRef`` and ``$recursiveRef`` (dynamic scopes are not supported; the one exception is
  ``"$recursiveRef": "#"`` inside a component schema, which names that schema), and ``$id`` (it
  changes what every reference below it resolves against);
* discriminator ``mapping`` values that are neither a local pointer nor the name of a
  component schema;
* an Example Object's ``externalValue``.

The message names the reference as written and never depends on whether its target exists:
nothing is looked up. ``$schema``, ``$anchor`` and ``$dynamicAnchor`` are accepted (they name
nothing to read) and removed before the models are generated (:func:`model_input`).

:func:`check_local_references` works on any loaded document, so a loader that bundles
relative files of the spec folder into one document can run it on the bundle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import GeneratorError, SpecError, to_pointer
from .keywords import MODEL_DATA_KEYWORDS, MODEL_SCHEMA_MAPS, SCHEMA_REF_PREFIX

# Keyword → why it is refused, whatever its text (a dict value is a property named so).
_ALWAYS_REFUSED = {
    "$dynamicRef": "`$dynamicRef` is not supported: use a local `$ref` (#/…)",
    "$recursiveRef": "`$recursiveRef` is not supported: use a local `$ref` (#/…)",
    "$id": "`$id` is not supported (it changes what references resolve against): use local `$ref`s (#/…)",
}
# Keywords whose text must be a local JSON pointer.
_LOCAL_ONLY = ("$ref", "operationRef")
# Accepted in the document, never given to the models generator.
IGNORED_KEYWORDS = frozenset(
    {"$schema", "$anchor", "$dynamicAnchor", "$recursiveAnchor", "$comment", "$vocabulary"}
)
# Keywords whose value is data, not schemas: copied as they are into the models' input.
_DATA_KEYWORDS = MODEL_DATA_KEYWORDS
_SCHEMA_MAPS = MODEL_SCHEMA_MAPS


def is_local_pointer(reference: str) -> bool:
    return reference.startswith("#/")


def is_recursive_self_reference(node: dict[str, Any], parts: list[str | int]) -> bool:
    """``{"$recursiveRef": "#"}`` below ``#/components/schemas/<Name>``: a recursive schema
    (OpenAI's filters) referring to the component it is part of; nothing is read, and
    normalization rewrites it as ``{"$ref": "#/components/schemas/<Name>"}``."""
    return (
        node.get("$recursiveRef") == "#"
        and len(parts) > 3
        and parts[:2] == ["components", "schemas"]
    )


def _shown(value: str) -> str:
    return repr(value if len(value) <= 200 else value[:200] + "…")


def _refusal(keyword: str, value: str) -> str:
    return f"refusing {keyword} {_shown(value)}: the generator reads no file or URL; only local references (#/…) are supported"


def check_local_references(document: Any, file: Path) -> None:
    """Raise :class:`SpecError` at the first reference-like keyword of ``document`` that is not
    local (see the module docstring). Iterative, so any loaded document can be checked."""
    schemas = (
        (document.get("components") or {}).get("schemas") if isinstance(document, dict) else None
    )
    names = set(schemas) if isinstance(schemas, dict) else set()
    stack: list[tuple[Any, list[str | int]]] = [(document, [])]
    while stack:
        node, parts = stack.pop()
        if isinstance(node, list):
            stack.extend((item, [*parts, index]) for index, item in reversed(list(enumerate(node))))
            continue
        if not isinstance(node, dict):
            continue
        for keyword, message in _ALWAYS_REFUSED.items():
            if keyword == "$recursiveRef" and is_recursive_self_reference(node, parts):
                continue  # "#" inside a component schema: that schema (normalize makes it a $ref)
            if isinstance(node.get(keyword), str):
                raise SpecError(file, to_pointer(parts), f"{message}; got {_shown(node[keyword])}")
        for keyword in _LOCAL_ONLY:
            value = node.get(keyword)
            if isinstance(value, str) and not is_local_pointer(value):
                raise SpecError(file, to_pointer(parts), _refusal(keyword, value))
        if isinstance(node.get("externalValue"), str):
            raise SpecError(
                file,
                to_pointer(parts),
                _refusal("externalValue", node["externalValue"]) + "; give the example as `value`",
            )
        discriminator = node.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
        if isinstance(mapping, dict):
            for tag, target in mapping.items():
                if isinstance(target, str) and not is_local_pointer(target) and target not in names:
                    raise SpecError(
                        file,
                        to_pointer([*parts, "discriminator", "mapping", tag]),
                        _refusal("discriminator mapping", target)
                        + ", or the name of a component schema",
                    )
        stack.extend((value, [*parts, key]) for key, value in reversed(list(node.items())))


def model_input(schemas: dict[str, Any]) -> dict[str, Any]:
    """``schemas`` as given to datamodel-code-generator: without the keywords it could act on
    (:data:`IGNORED_KEYWORDS`), and with every discriminator mapping name spelled as the local
    reference it stands for. Then checked: a reference that is not
    ``#/components/schemas/<one of schemas>`` is an internal error (a check before this one
    let it through), never something for that library to resolve."""

    def clean(node: Any) -> Any:
        if isinstance(node, list):
            return [clean(item) for item in node]
        if not isinstance(node, dict):
            return node
        result: dict[str, Any] = {}
        for key, value in node.items():
            if key in IGNORED_KEYWORDS:
                continue
            if key in _DATA_KEYWORDS:
                result[key] = value
            elif key in _SCHEMA_MAPS and isinstance(value, dict):
                result[key] = {name: clean(sub) for name, sub in value.items()}
            else:
                result[key] = clean(value)
        discriminator = result.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            mapping = {
                tag: (
                    SCHEMA_REF_PREFIX + target
                    if isinstance(target, str) and target in schemas
                    else target
                )
                for tag, target in discriminator["mapping"].items()
            }
            result["discriminator"] = {**discriminator, "mapping": mapping}
        return result

    cleaned = {name: clean(schema) for name, schema in schemas.items()}
    _check_model_references(cleaned)
    return cleaned


def _check_model_references(schemas: dict[str, Any]) -> None:
    """Schema references must name one of ``schemas``; in data (defaults, examples) a
    reference-like key is only text, but still has to be local."""
    stack: list[tuple[Any, bool]] = [(schema, False) for schema in schemas.values()]
    while stack:
        node, data = stack.pop()
        if isinstance(node, list):
            stack.extend((item, data) for item in node)
            continue
        if not isinstance(node, dict):
            continue
        targets = [
            node[key] for key in ("$ref", *_ALWAYS_REFUSED) if isinstance(node.get(key), str)
        ]
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            targets.extend(
                target for target in discriminator["mapping"].values() if isinstance(target, str)
            )
        for target in targets:
            if not is_local_pointer(target):
                raise GeneratorError(
                    f"internal error: the non-local reference {_shown(target)} reached the models generator"
                )
            if not data and target[len(SCHEMA_REF_PREFIX) :] not in schemas:
                raise GeneratorError(
                    f"the reference {_shown(target)} names no model (a discriminator mapping to a schema that is not a component?)"
                )
        for key, value in node.items():
            if key in _SCHEMA_MAPS and isinstance(value, dict) and not data:
                stack.extend((item, False) for item in value.values())  # names, not keywords
            else:
                stack.append((value, data or key in _DATA_KEYWORDS))
