"""Hoist inline object, enum and union schemas into named components, merging copies.

Names are derived from where a schema is used, so they read like hand-written ones:

* a schema with a ``title`` (from the spec or an overlay) is named by it;
* a schema used under one property name everywhere is named after it (``styles[]`` → ``Style``),
  or after its titled parent (``Job.result`` → ``JobResult``); error bodies are ``Error``;
* when two different schemas want the same name, neither gets it: each falls back to a name
  qualified by its operation or parent (``ImageFlux1DevAspectRatio``), so adding an operation
  never renames an existing model behind a user's back;
* structurally identical schemas (ignoring documentation keywords) become one component.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from generator.naming import PYTHON_BUILTINS, numbered, operation_prefix, pascal_case, safe_class_name, singular
from generator.schema.rules import is_assertion
from .inline_refs import SCHEMA_REF_PREFIX
from .walk import SCHEMA_CHILD_LISTS, SCHEMA_CHILD_MAPS, SCHEMA_CHILDREN, iter_operations, iter_webhooks

DOC_KEYWORDS = frozenset({"title", "description", "example", "examples", "externalDocs", "$comment", "x-source"})
# Kept on the use site when an inline schema is replaced by a reference.
SITE_KEYWORDS = ("description", "default", "deprecated", "readOnly", "writeOnly", "examples", "example")
# Names the generated models module imports or defines itself; models must not shadow them.
MODEL_RESERVED = frozenset({
    "Annotated", "Any", "AnyUrl", "AwareDatetime", "BaseModel", "ConfigDict", "Field", "Literal",
    "MISSING", "RootModel", "TypeAliasType", "UUID", "Decimal", "Enum", "Optional", "Union", "List",
    "Dict", "datetime", "date", "time", "timedelta", "Model", "Base64Str", "Path",
}) | PYTHON_BUILTINS
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


@dataclass
class _Site:
    shared: str | None
    qualified: str
    title: str | None


@dataclass
class _Group:
    schema: dict[str, Any]
    sites: list[_Site] = field(default_factory=list)
    name: str = ""


def _types(schema: dict[str, Any]) -> list[Any]:
    value = schema.get("type")
    return value if isinstance(value, list) else ([value] if value is not None else [])


def _is_hoistable(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema or is_assertion(schema):
        return False
    if "properties" in schema and ("object" in _types(schema) or not _types(schema)):
        return True
    if isinstance(schema.get("enum"), list) and [v for v in schema["enum"] if v is not None]:
        return True
    return any(isinstance(schema.get(key), list) and len(schema[key]) > 1 for key in ("oneOf", "anyOf"))


class Hoister:
    """Collects inline schemas into groups during a walk, then names and writes them out."""

    def __init__(self, components: dict[str, Any]) -> None:
        self.components = components
        self.groups: dict[str, _Group] = {}
        self.order: list[str] = []
        self.component_by_key: dict[str, str] = {}

    # -- walking ---------------------------------------------------------------------------
    def visit(self, schema: Any, *, context: str, shared: str | None, qualified: str, parent_title: str | None) -> Any:
        """Process ``schema`` bottom-up and return what should stand in its place."""
        if not isinstance(schema, dict):
            return schema
        title = schema.get("title") if isinstance(schema.get("title"), str) else None
        hoist = _is_hoistable(schema)
        child_context = qualified if hoist else context
        own_title = title if hoist else parent_title
        self._visit_children(schema, context=child_context, parent_title=own_title, shared=shared, qualified=qualified)
        if not hoist:
            return schema
        return self._hoist(schema, _Site(shared=shared, qualified=qualified, title=title))

    def _child_names(self, local: str, context: str, parent_title: str | None) -> tuple[str, str]:
        shared = (parent_title + local) if parent_title else local
        return shared, context + local

    def _visit_children(self, schema: dict[str, Any], *, context: str, parent_title: str | None, shared: str | None, qualified: str) -> None:
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for name, child in properties.items():
                local = pascal_case(str(name)) or "Field"
                if isinstance(child, dict) and "items" in child and isinstance(child["items"], dict):
                    item_local = pascal_case(singular(str(name))) or "Item"
                    if item_local == local:
                        item_local += "Item"
                    s, q = self._child_names(item_local, context, parent_title)
                    child["items"] = self.visit(child["items"], context=context, shared=s, qualified=q, parent_title=parent_title)
                s, q = self._child_names(local, context, parent_title)
                properties[name] = self.visit(child, context=context, shared=s, qualified=q, parent_title=parent_title)
        items = schema.get("items")
        if isinstance(items, dict) and not isinstance(properties, dict):
            base = qualified if qualified else context
            schema["items"] = self.visit(items, context=context, shared=(shared + "Item") if shared else None, qualified=base + "Item", parent_title=None)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            schema["additionalProperties"] = self.visit(extra, context=context, shared=None, qualified=qualified + "Value", parent_title=None)
        for keyword, suffix in (("oneOf", "Variant"), ("anyOf", "Variant"), ("allOf", "Part")):
            members = schema.get(keyword)
            if isinstance(members, list):
                # Rule parts (if/then, required sets, constraints) stay where they are: they are
                # cross-field rules of this schema, not models of their own.
                schema[keyword] = [
                    member if is_assertion(member) else
                    self.visit(member, context=context, shared=None, qualified=f"{qualified}{suffix}{index + 1}", parent_title=None)
                    for index, member in enumerate(members)
                ]

    def _hoist(self, schema: dict[str, Any], site: _Site) -> dict[str, Any]:
        """Register ``schema`` in its group and return the reference that replaces it."""
        nullable = False
        body = dict(schema)
        if "null" in _types(body) and len(_types(body)) > 1:
            nullable = True
            rest = [t for t in _types(body) if t != "null"]
            body["type"] = rest[0] if len(rest) == 1 else rest
        if isinstance(body.get("enum"), list) and None in body["enum"]:
            nullable = True
            body["enum"] = [v for v in body["enum"] if v is not None]
        stand_in = {key: body.pop(key) for key in SITE_KEYWORDS if key in body and key != "description"}
        if "description" in body:
            stand_in["description"] = body["description"]
        key = structural_key(body)
        if key in self.component_by_key:
            ref = {"$ref": SCHEMA_REF_PREFIX + self.component_by_key[key]}
        else:
            if key not in self.groups:
                self.groups[key] = _Group(schema=body)
                self.order.append(key)
            self.groups[key].sites.append(site)
            ref = {"$ref": _PLACEHOLDER + str(self.order.index(key))}
        result: dict[str, Any] = {"anyOf": [ref, {"type": "null"}]} if nullable else dict(ref)
        result.update(stand_in)
        return result

    def visit_component(self, name: str, schema: Any) -> None:
        """Hoist what is inline inside a named component, then register the component."""
        if isinstance(schema, dict):
            self._visit_children(schema, context=name, parent_title=name, shared=name, qualified=name)
        self.register_component(name, schema)

    def register_component(self, name: str, schema: Any) -> None:
        """A named component: inline copies of it resolve to it instead of a new model."""
        self.component_by_key.setdefault(structural_key(schema), name)

    # -- naming ----------------------------------------------------------------------------
    def assign_names(self) -> dict[str, str]:
        """Choose a name for every group; return ``placeholder → component name``."""
        taken = set(self.components) | set(MODEL_RESERVED)
        wants: dict[str, str | None] = {}
        counts: dict[str, int] = {}
        for key in self.order:
            group = self.groups[key]
            titles = [site.title for site in group.sites if site.title]
            shared = {site.shared for site in group.sites}
            want: str | None
            if titles:
                want = safe_class_name(titles[0], MODEL_RESERVED)
            elif len(shared) == 1 and None not in shared:
                want = safe_class_name(str(next(iter(shared))), MODEL_RESERVED)
            else:
                want = None
            wants[key] = want
            if want:
                counts[want] = counts.get(want, 0) + 1
        mapping: dict[str, str] = {}
        for index, key in enumerate(self.order):
            group = self.groups[key]
            want = wants[key]
            if want and counts[want] == 1 and want not in taken:
                name = want
            else:
                name = ""
                for site in group.sites:
                    candidate = safe_class_name(site.qualified, MODEL_RESERVED)
                    if candidate not in taken and counts.get(candidate, 0) == 0:
                        name = candidate
                        break
                if not name:
                    name = numbered(safe_class_name(group.sites[0].qualified, MODEL_RESERVED), taken)
            taken.add(name)
            group.name = name
            mapping[_PLACEHOLDER + str(index)] = SCHEMA_REF_PREFIX + name
        return mapping


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
            mapping[SCHEMA_REF_PREFIX + name.replace("~", "~0").replace("/", "~1")] = SCHEMA_REF_PREFIX + new
    document["components"]["schemas"] = renamed
    if mapping:
        _rewrite_refs(document, mapping)


def _hoist_operation(hoister: Hoister, operation: dict[str, Any], prefix: str, body_name: str) -> None:
    for parameter in operation.get("parameters") or []:
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            local = pascal_case(str(parameter.get("name", ""))) or "Param"
            parameter["schema"] = hoister.visit(parameter["schema"], context=prefix, shared=local, qualified=prefix + local, parent_title=None)
    body = operation.get("requestBody")
    if isinstance(body, dict):
        for media in (body.get("content") or {}).values():
            if isinstance(media, dict) and "schema" in media:
                media["schema"] = hoister.visit(media["schema"], context=prefix, shared=None, qualified=prefix + body_name, parent_title=None)
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
                qualified = prefix + "Response" + (str(status) if len(success_keys) > 1 else "")
                shared = None
            else:
                qualified, shared = f"{prefix}Error{pascal_case(str(status))}", "Error"
            media["schema"] = hoister.visit(media["schema"], context=qualified, shared=shared, qualified=qualified, parent_title=None)


def hoist_schemas(document: dict[str, Any]) -> None:
    """Rewrite ``document`` in place so that every object, enum and union schema is named."""
    rename_components(document)
    components: dict[str, Any] = document["components"]["schemas"]
    hoister = Hoister(components)
    for name in list(components):
        hoister.visit_component(name, components[name])
    for _path, _method, operation in iter_operations(document):
        _hoist_operation(hoister, operation, operation_prefix(str(operation["x-sdk-resource"]), str(operation["x-sdk-method"])), "Request")
    for name, _method, operation in iter_webhooks(document):
        _hoist_operation(hoister, operation, pascal_case(name) or "Webhook", "Payload")
    mapping = hoister.assign_names()
    for key in hoister.order:
        group = hoister.groups[key]
        group.schema.pop("title", None)  # it named the model; the name carries it now
        components[group.name] = group.schema
    _rewrite_refs(document, mapping)
    document["components"]["schemas"] = dict(sorted(components.items()))
