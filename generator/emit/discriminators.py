"""Discriminated unions made explicit before datamodel-code-generator sees them.

A ``discriminator`` tells the models which variant a value is by one property (``type``). The
tag of each variant is what the spec says it is: the ``const``/``enum`` of that property in the
variant (through ``$ref`` and ``allOf``); when the variant declares the property without a
literal, the ``mapping`` keys naming it, else (OpenAPI's implicit mapping) the name of the schema
a ``$ref`` variant points to. A variant that does not declare the property has no tag.

datamodel-code-generator only reads a tag written inline in the variant's own ``properties``.
When the tag is a ``$ref`` to an enum schema (the hoisting step names inline enums, and vendors
write them so too) it falls back to the schema's *name*, and for an inline ``allOf`` variant to
a placeholder of its own (``"17#-datamodel-code-generator-#-allOf-#-special-#"``): models whose
tag can never match a real event, and subclasses whose ``Literal`` contradicts their base's
(``mypy --strict``: incompatible override). So, on a copy of the schemas:

* the tag property of every variant (and of every ``allOf`` member defining it) is written
  inline, its enum spelled out (``{"$ref": …/EventType}`` → ``{"type": "string", "enum": [...]}``);
* the ``mapping`` is rewritten from those values, so the library has nothing to guess;
* a union whose tags cannot be told apart exactly (a variant without a literal tag that is no
  ``$ref``, tags shared by two variants, a ``mapping`` contradicting a variant's own enum, a
  non-string tag, a variant without the property, a ``discriminator`` on a schema with no
  ``oneOf``/``anyOf``) loses its ``discriminator`` and stays a plain union: every variant's own
  ``Literal`` still decides, and no tag is ever invented.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.spec.keywords import DATA_KEYWORDS, SCHEMA_NAME_MAPS, SCHEMA_REF_PREFIX

_PREFIX = SCHEMA_REF_PREFIX
_MAX_HOPS = 64


def explicit_discriminators(schemas: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``schemas`` (named component schemas) in which every ``discriminator`` has an
    exact ``mapping`` and inline tags, or is removed (see the module docstring)."""
    if "discriminator" not in repr(schemas):  # cheap: most documents have none
        return schemas
    result = copy.deepcopy(schemas)
    for union in list(_unions(result)):
        _settle(union, result)
    return result


# Keywords whose value maps names to schemas: a key there (a property called "discriminator")
# is a name, never a keyword.
_NAME_MAPS = SCHEMA_NAME_MAPS
_DATA_KEYS = DATA_KEYWORDS


def _unions(node: Any) -> Any:
    """Every schema object holding a ``discriminator`` (with or without a union to apply to)."""
    stack: list[tuple[Any, bool]] = [(node, True)]  # the top level maps schema names to schemas
    while stack:
        current, names = stack.pop()
        if isinstance(current, dict):
            if not names and isinstance(current.get("discriminator"), dict):
                yield current
            for key, value in current.items():
                if names or key not in _DATA_KEYS:
                    stack.append((value, not names and key in _NAME_MAPS))
        elif isinstance(current, list):
            stack.extend((item, False) for item in current)


def _target(schema: Any, schemas: dict[str, Any]) -> tuple[str | None, Any]:
    """``schema`` with local ``$ref``s followed: (the last schema name on the way, the schema)."""
    name = None
    for _ in range(_MAX_HOPS):
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str):
            return name, schema
        if not ref.startswith(_PREFIX) or ref[len(_PREFIX) :] not in schemas:
            return name, None
        name = ref[len(_PREFIX) :]
        schema = schemas[name]
    return name, None


def _literal_values(schema: Any) -> list[Any] | None:
    """The values a tag schema allows when it is a ``const`` or an ``enum``; else None."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return [schema["const"]]
    enum = schema.get("enum")
    return list(enum) if isinstance(enum, list) and enum else None


_OPEN = "open"  # the variant declares the tag property, without a literal value


def _tag(
    variant: Any, prop: str, schemas: dict[str, Any], depth: int = 0
) -> list[Any] | str | None:
    """The tag values ``variant`` declares for ``prop`` (inlining the property's ``$ref`` where
    it is defined), :data:`_OPEN` when it declares the property without a literal value, or None
    when it does not declare it."""
    _, schema = _target(variant, schemas)
    if not isinstance(schema, dict) or depth > _MAX_HOPS:
        return None
    properties = schema.get("properties")
    if isinstance(properties, dict) and prop in properties:
        declared = properties[prop]
        _, resolved = _target(declared, schemas)
        values = _literal_values(resolved)
        if values is not None and isinstance(declared, dict) and "$ref" in declared:
            inline = {k: v for k, v in resolved.items() if k not in ("title", "description")}
            siblings = {k: v for k, v in declared.items() if k != "$ref"}
            properties[prop] = {**inline, **siblings}
        return values if values is not None else _OPEN
    members = schema.get("allOf")
    found: list[Any] | str | None = None
    if isinstance(members, list):
        for member in members:
            tag = _tag(member, prop, schemas, depth + 1)
            if isinstance(tag, list):
                return tag
            found = found or tag
    return found


def _settle(union: dict[str, Any], schemas: dict[str, Any]) -> None:
    discriminator = union["discriminator"]
    prop = discriminator.get("propertyName")
    variants = [
        v
        for key in ("oneOf", "anyOf")
        for v in union.get(key) or []
        if isinstance(union.get(key), list)
    ]
    spec_mapping = (
        discriminator.get("mapping") if isinstance(discriminator.get("mapping"), dict) else {}
    )
    if not isinstance(prop, str) or not variants:
        del union["discriminator"]
        return
    mapping: dict[str, str] = {}
    seen: set[Any] = set()
    for variant in variants:
        ref = variant.get("$ref") if isinstance(variant, dict) else None
        named = (
            [
                key
                for key, value in spec_mapping.items()
                if isinstance(key, str) and _same_ref(value, ref)
            ]
            if isinstance(ref, str)
            else []
        )
        declared = _tag(variant, prop, schemas)
        if isinstance(declared, list) and not all(isinstance(v, str) for v in declared):
            declared = None  # a tag of numbers or objects: pydantic tags are strings here
        values: list[str] | None = None
        if declared == _OPEN:  # OpenAPI's implicit mapping: the mapping's keys, else the name
            name = ref[len(_PREFIX) :] if isinstance(ref, str) and ref.startswith(_PREFIX) else None
            values = named or ([name] if name else None)
        elif isinstance(declared, list) and (not named or set(named) <= set(declared)):
            values = declared  # (a mapping naming a value the variant's own enum forbids: none)
        if values is None or seen & set(values):
            del union["discriminator"]
            return
        seen |= set(values)
        if isinstance(ref, str):
            mapping.update({value: ref for value in values})
    union["discriminator"] = {k: v for k, v in discriminator.items() if k != "mapping"}
    if mapping:
        union["discriminator"]["mapping"] = mapping


def _same_ref(value: Any, ref: str) -> bool:
    """A mapping value names a schema by reference or (OpenAPI allows it) by bare name."""
    return isinstance(value, str) and (value == ref or _PREFIX + value == ref)
