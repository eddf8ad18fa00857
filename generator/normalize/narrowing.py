"""Fold ``oneOf``/``anyOf`` variants that only narrow their parent's properties into a rule.

GitHub's ``checks/update`` body declares ``status`` with six values and then says, with
``anyOf``, that ``status: completed`` needs a ``conclusion`` and that otherwise ``status`` is
``queued`` or ``in_progress``. The variants declare no field of their own: they restate the
parent (``additionalProperties: true``) and narrow it. Left as they are, the model generator
turns each into a base class with a narrower ``status`` that the body's class then widens again,
which mypy rejects, and the method takes one opaque ``body`` instead of keyword arguments.

Written without the restatements, the same variants are plain assertions, which the generator
already handles: one model with the parent's (widest) field types, and the variants kept in the
schema as a cross-field rule (``rules.py``) that the client checks before sending a request.

The rule, for a schema S with a ``oneOf`` or ``anyOf`` list:

* S declares ``properties`` and has no ``discriminator`` (a discriminated union is a union);
* at least one member is not already an assertion (lists of ``required`` sets and the like are
  rules already and are left alone);
* every member, once the keywords that only restate S are removed, is an assertion
  (:func:`generator.schema.rules.is_assertion`: ``properties`` holding only constraints such as
  ``enum``, ``const``, ``pattern`` or bounds, ``required``, ``dependentRequired``, ``not``,
  ``if``/``then``/``else``, …; no ``$ref``, no field type, no ``items``, no shape of its own).
  The restatements are ``additionalProperties: true`` (or ``{}``), and a ``type`` that the
  corresponding schema of S already guarantees (S's types are among the member's, an
  ``integer`` counting as a ``number``), on the member itself (S with ``properties`` and no
  ``type`` counts as an object) and on each property, compared with S's property (component
  references followed), recursively through nested ``properties``. Removing them changes
  nothing: S applies them anyway;
* every property the member names (in ``properties``, ``required`` or ``dependentRequired``,
  also inside its own combinators) is declared by S: a variant that adds a field is a new shape.

Not merged, so still a union of models: variants with a field of their own, a ``$ref`` or
another type (``{"type": "integer"}`` against a string, or a narrower type such as ``string``
against ``["string", "null"]``), and any union with a ``discriminator``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import escape_pointer_token as _escape, unescape_pointer_token
from generator.schema.rules import is_assertion
from generator.spec.keywords import SCHEMA_REF_PREFIX
from .walk import (
    SCHEMA_CHILD_LISTS,
    SCHEMA_CHILD_MAPS,
    SCHEMA_CHILDREN,
    iter_operations,
    iter_webhooks,
)

_UNIONS = ("oneOf", "anyOf")
_COMBINATORS = ("allOf", "anyOf", "oneOf")
_BRANCHES = ("not", "if", "then", "else")


def _resolve(schema: Any, components: dict[str, Any]) -> Any:
    """``schema`` with component references followed (at most a few hops)."""
    for _ in range(16):
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF_PREFIX):
            return schema
        schema = components.get(unescape_pointer_token(ref[len(SCHEMA_REF_PREFIX) :]))
    return schema


def _types(schema: Any) -> set[str]:
    value = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _guaranteed(parent_types: set[str], member_type: Any) -> bool:
    """Does every instance of ``parent_types`` already satisfy ``type: member_type``?"""
    allowed = _types({"type": member_type})
    if "number" in allowed:
        allowed.add("integer")
    return bool(parent_types) and parent_types <= allowed


def without_restatements(
    member: Any, parent: Any, components: dict[str, Any], *, top: bool = False
) -> Any:
    """``member`` without the keywords that ``parent`` already guarantees (see the module doc)."""
    if not isinstance(member, dict):
        return member
    parent = _resolve(parent, components)
    parent = parent if isinstance(parent, dict) else {}
    result = dict(member)
    parent_types = _types(parent)
    if top and not parent_types and isinstance(parent.get("properties"), dict):
        parent_types = {"object"}
    if "type" in result and _guaranteed(parent_types, result["type"]):
        del result["type"]
    if result.get("additionalProperties") is True or result.get("additionalProperties") == {}:
        del result["additionalProperties"]
    own, theirs = result.get("properties"), parent.get("properties")
    if isinstance(own, dict) and isinstance(theirs, dict):
        result["properties"] = {
            name: without_restatements(child, theirs[name], components) if name in theirs else child
            for name, child in own.items()
        }
    return result


def _named_properties(member: Any) -> set[str]:
    """Every property name ``member`` mentions at its own level (and in its combinators)."""
    if not isinstance(member, dict):
        return set()
    names: set[str] = set()
    if isinstance(member.get("properties"), dict):
        names |= {str(n) for n in member["properties"]}
    if isinstance(member.get("required"), list):
        names |= {str(n) for n in member["required"]}
    dependent = member.get("dependentRequired")
    if isinstance(dependent, dict):
        names |= {str(n) for n in dependent}
        names |= {
            str(n) for needed in dependent.values() if isinstance(needed, list) for n in needed
        }
    for key in _COMBINATORS:
        if isinstance(member.get(key), list):
            for child in member[key]:
                names |= _named_properties(child)
    for key in _BRANCHES:
        names |= _named_properties(member.get(key))
    return names


def narrowed_members(schema: Any, keyword: str, components: dict[str, Any]) -> list[Any] | None:
    """The members of ``schema[keyword]`` written as assertions, when they only narrow
    ``schema``'s properties; ``None`` when the list is left as it is."""
    if not isinstance(schema, dict) or "discriminator" in schema:
        return None
    members, declared = schema.get(keyword), schema.get("properties")
    if not isinstance(members, list) or not members or not isinstance(declared, dict):
        return None
    if all(is_assertion(member) for member in members):
        return None
    result = []
    for member in members:
        stripped = without_restatements(member, schema, components, top=True)
        if not is_assertion(stripped) or not _named_properties(stripped) <= {
            str(n) for n in declared
        }:
            return None
        result.append(stripped)
    return result


class _Merger:
    def __init__(self, components: dict[str, Any], file: Path, warnings: list[str]) -> None:
        self.components = components
        self.file = file
        self.warnings = warnings

    def visit(self, schema: Any, pointer: str) -> None:
        if not isinstance(schema, dict):
            return
        for keyword in _UNIONS:
            members = narrowed_members(schema, keyword, self.components)
            if members is not None:
                schema[keyword] = members
                self.warnings.append(
                    f"{self.file}#{pointer}/{keyword}: {keyword} variants that only narrow properties are merged "
                    "into the parent model (widest field types); they stay in the schema as a cross-field rule, "
                    "which the client checks on requests"
                )
        for key in SCHEMA_CHILDREN:
            if key in schema:
                self.visit(schema[key], f"{pointer}/{key}")
        for key in SCHEMA_CHILD_LISTS:
            if isinstance(schema.get(key), list):
                for index, child in enumerate(schema[key]):
                    self.visit(child, f"{pointer}/{key}/{index}")
        for key in SCHEMA_CHILD_MAPS:
            if isinstance(schema.get(key), dict):
                for name, child in schema[key].items():
                    self.visit(child, f"{pointer}/{key}/{_escape(name)}")

    def visit_operation(self, operation: dict[str, Any], base: str) -> None:
        for index, parameter in enumerate(operation.get("parameters") or []):
            if isinstance(parameter, dict):
                self.visit(parameter.get("schema"), f"{base}/parameters/{index}/schema")
        body = operation.get("requestBody")
        if isinstance(body, dict) and isinstance(body.get("content"), dict):
            for media_type, media in body["content"].items():
                if isinstance(media, dict):
                    self.visit(
                        media.get("schema"),
                        f"{base}/requestBody/content/{_escape(media_type)}/schema",
                    )
        responses = operation.get("responses")
        for status, response in (responses.items() if isinstance(responses, dict) else []):
            if not isinstance(response, dict):
                continue
            where = f"{base}/responses/{_escape(status)}"
            for media_type, media in (response.get("content") or {}).items():
                if isinstance(media, dict):
                    self.visit(media.get("schema"), f"{where}/content/{_escape(media_type)}/schema")
            for name, header in (response.get("headers") or {}).items():
                if isinstance(header, dict):
                    self.visit(header.get("schema"), f"{where}/headers/{_escape(name)}/schema")


def merge_narrowing_variants(document: dict[str, Any], file: Path, warnings: list[str]) -> None:
    """Rewrite narrowing-only ``oneOf``/``anyOf`` variants in place (see the module doc), with a
    warning naming each one. Runs after references are inlined: schema references all point
    into ``#/components/schemas``, and operations hold their own parameters and bodies."""
    components = (document.get("components") or {}).get("schemas") or {}
    merger = _Merger(components if isinstance(components, dict) else {}, file, warnings)
    for name, schema in list(merger.components.items()):
        merger.visit(schema, f"/components/schemas/{_escape(name)}")
    for section, operations in (("paths", iter_operations), ("webhooks", iter_webhooks)):
        for key, method, operation in operations(document):
            merger.visit_operation(operation, f"/{section}/{_escape(key)}/{method}")
