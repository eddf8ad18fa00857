"""Hoist inline object, titled enum and union schemas into named components, merging copies.

Every inline object, every union of two or more members and every enum with a ``title`` becomes
a component; an untitled enum stays inline (``Literal[...]`` in signatures and models).
Structurally identical schemas (ignoring documentation keywords) are one component, unless
that would make one operation's type carry another's name. The names are chosen by
:mod:`.site_names` (title, then the name the place suggests, then the parent's name and the
way down), with the memory of :mod:`.names_lock` deciding between shapes that want one name.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from generator.errors import escape_pointer_token
from generator.naming import numbered, operation_prefix, pascal_case, safe_class_name, singular
from generator.schema.rules import is_assertion
from generator.spec.keywords import SCHEMA_REF_PREFIX
from .names_lock import NameMemory
from .site_names import MODEL_RESERVED, Frame, Site, assign_site_names
from .walk import (
    SCHEMA_CHILD_LISTS,
    SCHEMA_CHILD_MAPS,
    SCHEMA_CHILDREN,
    iter_operations,
    iter_webhooks,
)

DOC_KEYWORDS = frozenset(
    {"title", "description", "example", "examples", "externalDocs", "$comment", "x-source"}
)
# Kept on the use site when an inline schema is replaced by a reference.
SITE_KEYWORDS = (
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
    "example",
)
_PLACEHOLDER = "#/x-sdk-hoisted/"


def canonical(schema: Any) -> Any:
    """The schema without documentation keywords, for structural comparison."""
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in DOC_KEYWORDS:
            continue
        if key in SCHEMA_CHILD_MAPS and isinstance(value, dict):
            result[key] = {name: canonical(child) for name, child in value.items()}
        elif key in SCHEMA_CHILD_LISTS and isinstance(value, list):
            result[key] = [canonical(child) for child in value]
        elif key in SCHEMA_CHILDREN:
            result[key] = canonical(value)
        else:
            result[key] = value
    return result


def structural_key(schema: Any) -> str:
    return json.dumps(canonical(schema), sort_keys=True, ensure_ascii=False, default=str)


def _types(schema: dict[str, Any]) -> list[Any]:
    value = schema.get("type")
    return value if isinstance(value, list) else ([value] if value is not None else [])


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "null"
        or schema.get("const", 0) is None
        or schema.get("enum") == [None]
    )


def _is_model(schema: Any) -> bool:
    """Does ``schema`` stand for a model: a reference, an object with properties, a titled
    enum, or a union of two or more of those?"""
    if not isinstance(schema, dict) or is_assertion(schema):
        return False
    return "$ref" in schema or _is_hoistable(schema)


def _is_hoistable(schema: Any) -> bool:
    """Objects with properties, titled enums, and unions of two or more models.

    An untitled enum stays inline (``Literal[...]`` in the signature): naming it would make its
    name depend on the other operations that happen to list the same values. A union with at
    most one model (``GenerationError | None``, ``TaskError | str``, ``Literal[5] | Literal[10]``)
    reads best inline too."""
    if not isinstance(schema, dict) or "$ref" in schema or is_assertion(schema):
        return False
    if "properties" in schema and ("object" in _types(schema) or not _types(schema)):
        return True
    if isinstance(schema.get("enum"), list) and [v for v in schema["enum"] if v is not None]:
        return isinstance(schema.get("title"), str) and bool(schema["title"].strip())
    return any(
        isinstance(schema.get(key), list) and len([m for m in schema[key] if _is_model(m)]) > 1
        for key in ("oneOf", "anyOf")
    )


def _variant_names(schema: dict[str, Any], members: list[Any]) -> list[str] | None:
    """Names of a union's object variants from the value of their tag (``{type: "Default"}`` →
    ``Default``): the ``discriminator`` property, or a property every variant fixes to a value
    of its own. ``None`` when the variants cannot all be told apart that way."""
    candidates: list[str] = []
    discriminator = schema.get("discriminator")
    if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str):
        candidates.append(discriminator["propertyName"])
    objects = [m for m in members if isinstance(m, dict) and isinstance(m.get("properties"), dict)]
    if len(objects) != len(members) or len(members) < 2:
        return None
    candidates += [name for name in objects[0]["properties"] if name not in candidates]
    for name in candidates:
        values = []
        for member in objects:
            prop = member["properties"].get(name)
            if not isinstance(prop, dict):
                break
            if "const" in prop:
                values.append(prop["const"])
            elif isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
                values.append(prop["enum"][0])
            else:
                break
        else:
            names = [pascal_case(str(value)) for value in values]
            if all(names) and len(set(names)) == len(names):
                return names
    return None


class Hoister:
    """Collects inline schemas into sites during a walk, then names and writes them out."""

    def __init__(self, components: dict[str, Any]) -> None:
        self.components = components
        self.sites: list[Site] = []
        self.component_by_key: dict[str, str] = {}

    # -- walking ---------------------------------------------------------------------------
    def visit(
        self, schema: Any, *, frame: Frame, rel: str, shared: str | None, parent_title: str | None
    ) -> Any:
        """Process ``schema`` bottom-up and return what should stand in its place."""
        if not isinstance(schema, dict):
            return schema
        title = schema.get("title") if isinstance(schema.get("title"), str) else None
        if not _is_hoistable(schema):
            self._visit_children(
                schema, frame=frame, rel=rel, parent_title=parent_title, shared=shared
            )
            return schema
        own = Frame()
        self._visit_children(schema, frame=own, rel="", parent_title=title, shared=shared)
        return self._hoist(
            schema,
            own,
            Site(
                shape="", shared=shared, title=title, parent=frame, rel=rel, body={}, expanded=None
            ),
        )

    def _visit_children(
        self,
        schema: dict[str, Any],
        *,
        frame: Frame,
        rel: str,
        parent_title: str | None,
        shared: str | None,
    ) -> None:
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for name, child in properties.items():
                local = pascal_case(str(name)) or "Field"
                if (
                    isinstance(child, dict)
                    and "items" in child
                    and isinstance(child["items"], dict)
                ):
                    item_local = pascal_case(singular(str(name))) or "Item"
                    if item_local == local:
                        item_local += "Item"
                    item_shared = (parent_title + item_local) if parent_title else item_local
                    child["items"] = self.visit(
                        child["items"],
                        frame=frame,
                        rel=rel + item_local,
                        shared=item_shared,
                        parent_title=parent_title,
                    )
                child_shared = (parent_title + local) if parent_title else local
                properties[name] = self.visit(
                    child,
                    frame=frame,
                    rel=rel + local,
                    shared=child_shared,
                    parent_title=parent_title,
                )
        items = schema.get("items")
        if isinstance(items, dict) and not isinstance(properties, dict):
            schema["items"] = self.visit(
                items,
                frame=frame,
                rel=rel + "Item",
                shared=(shared + "Item") if shared else None,
                parent_title=None,
            )
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            schema["additionalProperties"] = self.visit(
                extra, frame=frame, rel=rel + "Value", shared=None, parent_title=None
            )
        for keyword, suffix in (("oneOf", "Variant"), ("anyOf", "Variant"), ("allOf", "Part")):
            members = schema.get(keyword)
            if isinstance(members, list):
                # Rule parts (if/then, required sets, constraints) stay where they are: they are
                # cross-field rules of this schema, not models of their own.
                shown = [m for m in members if not is_assertion(m) and not _is_null(m)]
                if len(shown) == 1 and keyword != "allOf" and "properties" not in schema:
                    # ``X | null``: X is what the place holds, and is named as the place says.
                    schema[keyword] = [
                        (
                            m
                            if m is not shown[0]
                            else self.visit(
                                m, frame=frame, rel=rel, shared=shared, parent_title=parent_title
                            )
                        )
                        for m in members
                    ]
                    continue
                tags = _variant_names(schema, shown) if keyword != "allOf" else None
                names = iter(tags) if tags else None
                schema[keyword] = [
                    (
                        member
                        if is_assertion(member) or _is_null(member)
                        else self.visit(
                            member,
                            frame=frame,
                            rel=rel + (next(names) if names else f"{suffix}{index + 1}"),
                            shared=None,
                            parent_title=None,
                        )
                    )
                    for index, member in enumerate(members)
                ]

    def _expanded(self, node: Any) -> Any:
        """``node`` in canonical form with every hoisted site it refers to expanded, so that a
        schema compares equal whether a nested part was hoisted (a titled enum) or left inline."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_PLACEHOLDER):
                # The keywords kept at the use site (a default) belong to the shape as well.
                site = {
                    key: self._expanded(value)
                    for key, value in canonical(node).items()
                    if key != "$ref"
                }
                expanded = self.sites[int(ref[len(_PLACEHOLDER) :])].expanded
                return {**expanded, **site} if site and isinstance(expanded, dict) else expanded
            return {key: self._expanded(value) for key, value in canonical(node).items()}
        if isinstance(node, list):
            return [self._expanded(value) for value in node]
        return node

    def shape_key(self, schema: Any) -> str:
        return json.dumps(self._expanded(schema), sort_keys=True, ensure_ascii=False, default=str)

    def _hoist(self, schema: dict[str, Any], own: Frame, site: Site) -> dict[str, Any]:
        """Register ``schema`` as a site and return the reference that replaces it."""
        nullable = False
        body = dict(schema)
        if "null" in _types(body) and len(_types(body)) > 1:
            nullable = True
            rest = [t for t in _types(body) if t != "null"]
            body["type"] = rest[0] if len(rest) == 1 else rest
        if isinstance(body.get("enum"), list) and None in body["enum"]:
            nullable = True
            body["enum"] = [v for v in body["enum"] if v is not None]
        stand_in = {
            key: body.pop(key) for key in SITE_KEYWORDS if key in body and key != "description"
        }
        if "description" in body:
            stand_in["description"] = body["description"]
        key = self.shape_key(body)
        if key in self.component_by_key:
            ref = {"$ref": SCHEMA_REF_PREFIX + self.component_by_key[key]}
        else:
            site.body = body
            site.expanded = json.loads(key)
            site.shape = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
            own.site = len(self.sites)
            self.sites.append(site)
            ref = {"$ref": _PLACEHOLDER + str(own.site)}
        result: dict[str, Any] = {"anyOf": [ref, {"type": "null"}]} if nullable else dict(ref)
        result.update(stand_in)
        return result

    def visit_component(self, name: str, schema: Any) -> None:
        """Hoist what is inline inside a named component, then register the component."""
        if isinstance(schema, dict):
            self._visit_children(
                schema, frame=Frame(fixed=name), rel="", parent_title=name, shared=name
            )
        self.register_component(name, schema)

    def register_component(self, name: str, schema: Any) -> None:
        """A named component: inline copies of it resolve to it instead of a new model."""
        self.component_by_key.setdefault(self.shape_key(schema), name)

    # -- naming ----------------------------------------------------------------------------
    def assign_names(self, memory: NameMemory) -> dict[int, str]:
        """Name every site (see :mod:`.names_lock` and the README's "Names"); record the names
        given in ``memory.given``; return ``site index → component name``."""
        return assign_site_names(self.sites, set(self.components) | set(MODEL_RESERVED), memory)


def _rewrite_refs(node: Any, mapping: dict[str, str]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in mapping:
            node["$ref"] = mapping[ref]
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            targets = discriminator["mapping"]  # spelled as references by check_schema_refs
            for tag, target in targets.items():
                if isinstance(target, str) and target in mapping:
                    targets[tag] = mapping[target]
        for value in node.values():
            _rewrite_refs(value, mapping)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, mapping)
    return node


def rename_components(document: dict[str, Any]) -> None:
    """Make every component name a valid, unshadowing class name, rewriting references."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    mapping: dict[str, str] = {}
    renamed: dict[str, Any] = {}
    for name, schema in schemas.items():
        new = numbered(safe_class_name(name, MODEL_RESERVED), set(renamed))
        renamed[new] = schema
        if new != name:
            mapping[SCHEMA_REF_PREFIX + escape_pointer_token(name)] = SCHEMA_REF_PREFIX + new
    document["components"]["schemas"] = renamed
    if mapping:
        _rewrite_refs(document, mapping)


def _hoist_operation(
    hoister: Hoister, operation: dict[str, Any], prefix: str, body_name: str
) -> None:
    root = Frame(fixed=prefix)
    for parameter in operation.get("parameters") or []:
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            local = pascal_case(str(parameter.get("name", ""))) or "Param"
            parameter["schema"] = hoister.visit(
                parameter["schema"], frame=root, rel=local, shared=local, parent_title=None
            )
    body = operation.get("requestBody")
    if isinstance(body, dict):
        for media in (body.get("content") or {}).values():
            if isinstance(media, dict) and "schema" in media:
                media["schema"] = hoister.visit(
                    media["schema"], frame=root, rel=body_name, shared=None, parent_title=None
                )
    responses = operation.get("responses") or {}
    success_keys = {
        structural_key(media.get("schema"))
        for status, response in responses.items()
        if str(status).startswith("2") and isinstance(response, dict)
        for media in (response.get("content") or {}).values()
        if isinstance(media, dict)
    }
    for status, response in responses.items():
        if not isinstance(response, dict):
            continue
        is_success = str(status).startswith("2")
        for media in (response.get("content") or {}).values():
            if not isinstance(media, dict) or "schema" not in media:
                continue
            if is_success:
                rel, shared = "Response" + (str(status) if len(success_keys) > 1 else ""), None
            else:
                rel, shared = f"Error{pascal_case(str(status))}", "Error"
            media["schema"] = hoister.visit(
                media["schema"], frame=root, rel=rel, shared=shared, parent_title=None
            )


def hoist_schemas(document: dict[str, Any], memory: NameMemory | None = None) -> None:
    """Rewrite ``document`` in place so that every object, titled enum and union schema is a
    named component; ``memory`` holds the names given out before and receives those given now."""
    memory = memory if memory is not None else NameMemory()
    rename_components(document)
    components: dict[str, Any] = document["components"]["schemas"]
    hoister = Hoister(components)
    for name in list(components):
        hoister.visit_component(name, components[name])
    for _path, _method, operation in iter_operations(document):
        _hoist_operation(
            hoister,
            operation,
            operation_prefix(str(operation["x-sdk-resource"]), str(operation["x-sdk-method"])),
            "Request",
        )
    for name, _method, operation in iter_webhooks(document):
        _hoist_operation(hoister, operation, pascal_case(name) or "Webhook", "Payload")
    names = hoister.assign_names(memory)
    mapping: dict[str, str] = {}
    for index, site in enumerate(hoister.sites):
        if index not in names:
            continue
        name = names[index]
        mapping[_PLACEHOLDER + str(index)] = SCHEMA_REF_PREFIX + name
        if name not in components:  # the first site of a model stands for all of them
            site.body.pop("title", None)  # it named the model; the name carries it now
            components[name] = site.body
    _rewrite_refs(document, mapping)
    document["components"]["schemas"] = dict(sorted(components.items()))
