"""Argument values for every operation of a generated client, derived from its normalized spec.

Used by ``test_contract_prism.py``. Nothing here is written per operation: the operations come
from ``generated/<provider>/openapi.json`` (``x-sdk-resource`` / ``x-sdk-method`` and the flat
methods of ``x-sdk-flat-methods``), and every value from the schema it must satisfy, in this order:
``const``, ``enum``, the examples (``examples``, ``example``, ``x-known-values``), ``default``,
then a value built from the type, format, bounds, lengths and pattern. Objects are built property
by property (only the required ones, or all of them), arrays item by item.

Cross-field rules. Objects can carry constraints that a property-by-property value breaks: the
package's rules (``<pkg>._rule_table.RULES``, evaluated with the package's own
``<pkg>._rules.violation``) and the schema's own combinators (``oneOf`` of ``required`` sets,
``if``/``then``, ``not``, ``dependentRequired``). When the built object breaks one, a small search
toggles the fewest optional properties the constraints mention (drops them from a full object, adds
them to a required-only one), and tries the alternative values the constraints and the schema name
(``const``/``enum`` in a rule's ``if``, ``x-known-values``) for one property at a time, until
nothing is violated. For the "every optional argument" call this gives several variants whose union
sets every optional argument (a Hoox named slot in one call, ``references`` in another).

Every value is finally validated against the spec schema with ``jsonschema`` (draft 2020-12, the
dialect of OpenAPI 3.1), so a violation Prism reports is the client's, not this module's.
"""

from __future__ import annotations

import inspect
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import jsonschema
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:contract-test:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# Keyword arguments every generated method takes besides the operation's own.
RUNTIME_ARGUMENTS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})

# Values built from a format. Each is valid for both jsonschema and Prism (ajv-formats).
FORMAT_VALUES: dict[str, Any] = {
    "uri": "https://example.com/contract/input.png",
    "url": "https://example.com/contract/input.png",
    "uri-reference": "https://example.com/contract/input.png",
    "iri": "https://example.com/contract/input.png",
    "date-time": "2026-01-02T03:04:05Z",
    "date": "2026-01-02",
    "time": "03:04:05Z",
    "email": "contract@example.com",
    "uuid": "4d0e5f97-9721-4422-b88c-73a9032d7de1",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "Y29udHJhY3Q=",
    "duration": "P1D",
}
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15"
    b"\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
FILE_PLACEHOLDER = (
    "contract-upload.png"  # what stands for a binary part when validating a form body
)

# Keywords that give a schema a shape; a combinator branch without any only picks properties.
SHAPE_KEYWORDS = frozenset(
    {"type", "properties", "items", "$ref", "enum", "const", "format", "additionalProperties"}
)
MAX_SEARCH = 20000  # candidate objects tried by one constraint search


class ValueGenerationError(Exception):
    """The spec leaves no value this module can derive (a bug here, or an unsatisfiable schema)."""


class BindingError(Exception):
    """A Python argument and the spec do not line up (an argument the spec lacks, or the reverse)."""


# --- the operations ------------------------------------------------------------------------------


@dataclass
class SpecArgument:
    """One thing a caller can send: a parameter, a body property, or the whole body."""

    wire_name: str
    location: str  # "path" | "query" | "header" | "cookie" | "body" (a property) | "whole-body" | "envelope"
    required: bool
    schema: Any


@dataclass
class Operation:
    """One method of a generated client: an operation of the spec, or one of its flat methods."""

    provider: str
    resource: str
    method: str
    http_method: str
    path: str
    raw: dict[str, Any]
    parameters: list[SpecArgument]
    body_media_type: str | None
    body_schema: Any
    body_required: bool
    flat: dict[str, Any] | None = None  # the x-sdk-flat-methods entry

    @property
    def key(self) -> str:
        return f"{self.resource}.{self.method}"

    @property
    def is_flat(self) -> bool:
        return self.flat is not None

    @property
    def params_schema(self) -> Any:
        """The schema of what the method's body arguments build (the flat method's params)."""
        return self.flat["params_schema"] if self.flat is not None else self.body_schema

    def __str__(self) -> str:
        flat = f" (flat method of {self.raw.get('x-sdk-method')})" if self.flat else ""
        return f"{self.provider} {self.key}: {self.http_method.upper()} {self.path}{flat}"


def _pointer_get(document: Any, ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueGenerationError(f"only local references are supported, got {ref!r}")
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _deref(document: Any, node: Any) -> Any:
    """A non-schema object (parameter, request body) behind any chain of ``$ref``."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        node = _pointer_get(document, node["$ref"])
        seen += 1
        if seen > 50:
            raise ValueGenerationError("reference cycle")
    return node


def operations(provider: str, document: dict[str, Any]) -> list[Operation]:
    """Every method the spec promises: one per operation, plus one per flat method."""
    found: list[Operation] = []
    for path, item in document.get("paths", {}).items():
        item = _deref(document, item)
        shared = [_deref(document, p) for p in item.get("parameters", [])]
        for verb in HTTP_METHODS:
            if verb not in item:
                continue
            raw = item[verb]
            if "x-sdk-resource" not in raw or "x-sdk-method" not in raw:
                raise BindingError(
                    f"{verb.upper()} {path}: the normalized spec names no x-sdk-resource/x-sdk-method"
                )
            own = [_deref(document, p) for p in raw.get("parameters", [])]
            merged = {(p["name"], p["in"]): p for p in shared}
            merged.update({(p["name"], p["in"]): p for p in own})
            parameters = [
                SpecArgument(
                    p["name"],
                    p["in"],
                    bool(p.get("required") or p["in"] == "path"),
                    p.get("schema", {}),
                )
                for p in merged.values()
            ]
            media_type, body_schema, body_required = None, None, False
            if "requestBody" in raw:
                body = _deref(document, raw["requestBody"])
                content = body.get("content", {})
                if content:
                    media_type = next(iter(content))
                    body_schema = content[media_type].get("schema", {})
                body_required = bool(body.get("required"))
            common = dict(
                provider=provider,
                http_method=verb,
                path=path,
                raw=raw,
                parameters=parameters,
                body_media_type=media_type,
                body_schema=body_schema,
                body_required=body_required,
            )
            found.append(
                Operation(resource=raw["x-sdk-resource"], method=raw["x-sdk-method"], **common)
            )
            for flat in raw.get("x-sdk-flat-methods") or []:
                found.append(
                    Operation(
                        resource=raw["x-sdk-resource"], method=flat["name"], flat=flat, **common
                    )
                )
    return found


def embed(template: Any, params: Any) -> Any:
    """A flat method's envelope with its ``"$params"`` marker replaced by the arguments."""
    if template == "$params":
        return params
    if isinstance(template, dict):
        return {key: embed(value, params) for key, value in template.items()}
    if isinstance(template, list):
        return [embed(value, params) for value in template]
    return template


# --- schema helpers ------------------------------------------------------------------------------


def _rewrite_refs(schema: Any) -> Any:
    """``#/…`` references of a schema lifted out of the document, pointed back at the document."""
    if isinstance(schema, dict):
        return {
            key: (
                SPEC_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _rewrite_refs(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rewrite_refs(value) for value in schema]
    return schema


def _walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _mentioned_properties(schemas: Iterable[Any]) -> set[str]:
    """Property names a set of constraint schemas talks about."""
    names: set[str] = set()
    for schema in schemas:
        for node in _walk(schema):
            if not isinstance(node, dict):
                continue
            if isinstance(node.get("required"), list):
                names.update(n for n in node["required"] if isinstance(n, str))
            if isinstance(node.get("properties"), dict):
                names.update(node["properties"])
            if isinstance(node.get("dependentRequired"), dict):
                for key, needed in node["dependentRequired"].items():
                    names.add(key)
                    names.update(needed)
    return names


def _named_values(schemas: Iterable[Any], name: str) -> list[Any]:
    """``const`` and ``enum`` values that constraint schemas give the property ``name``."""
    values: list[Any] = []
    for schema in schemas:
        for node in _walk(schema):
            if (
                isinstance(node, dict)
                and isinstance(node.get("properties"), dict)
                and name in node["properties"]
            ):
                for sub in _walk(node["properties"][name]):
                    if isinstance(sub, dict):
                        if "const" in sub:
                            values.append(sub["const"])
                        if isinstance(sub.get("enum"), list):
                            values.extend(sub["enum"])
    return values


def _unique(values: Iterable[Any]) -> list[Any]:
    seen: list[str] = []
    result = []
    for value in values:
        key = json.dumps(value, sort_keys=True, default=repr)
        if key not in seen:
            seen.append(key)
            result.append(value)
    return result


@dataclass
class Resolved:
    """A schema with its ``$ref`` chain followed and its ``allOf`` shape members merged in."""

    schema: dict[str, Any]
    names: tuple[str, ...]  # component names and titles met on the way (model names of the package)
    constraints: list[Any] = field(default_factory=list)  # combinators kept for validation only


class SpecValues:
    """Values for the schemas of one normalized OpenAPI 3.1 document."""

    def __init__(
        self,
        document: dict[str, Any],
        rules: dict[str, tuple[dict[str, Any], ...]] | None = None,
        violation: Callable[[Any, Any], str | None] | None = None,
    ) -> None:
        self.document = document
        self.rules = rules or {}
        self.violation = violation or (lambda schema, value: None)
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, DRAFT202012.create_resource(document)
        )
        self._validators: dict[str, Any] = {}
        self.unmatched_rule_models = set(self.rules) - set(
            document.get("components", {}).get("schemas", {})
        )
        titles = {
            s.get("title")
            for s in document.get("components", {}).get("schemas", {}).values()
            if isinstance(s, dict)
        }
        self.unmatched_rule_models -= titles

    # -- validation

    def errors(self, schema: Any, value: Any) -> list[str]:
        """Why ``value`` fails ``schema`` per jsonschema (draft 2020-12, formats checked)."""
        key = json.dumps(schema, sort_keys=True)
        validator = self._validators.get(key)
        if validator is None:
            rewritten = _rewrite_refs(schema)
            validator = jsonschema.Draft202012Validator(
                rewritten,
                registry=self.registry,
                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[key] = validator
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in validator.iter_errors(value)
        ]

    def valid(self, schema: Any, value: Any) -> bool:
        return not self.errors(schema, value)

    def rule_problems(self, names: Iterable[str], value: Any) -> list[str]:
        """The package's own cross-field rules for the models ``names`` that ``value`` breaks."""
        problems = []
        for name in dict.fromkeys(names):
            for rule in self.rules.get(name, ()):
                problem = self.violation(rule["schema"], value)
                if problem:
                    problems.append(f"{name} rule {rule['id']}: {problem}")
        return problems

    # -- resolution

    def resolve(self, schema: Any) -> Resolved:
        names: list[str] = []
        if schema is True or schema is None:
            return Resolved({}, ())
        if schema is False:
            raise ValueGenerationError("the schema `false` admits no value")
        current = dict(schema)
        for _ in range(50):
            if "$ref" not in current:
                break
            ref = current.pop("$ref")
            target = _pointer_get(self.document, ref)
            names.append(ref.rsplit("/", 1)[-1])
            if isinstance(target, dict) and isinstance(target.get("title"), str):
                names.append(target["title"])
            # OpenAPI 3.1: keywords next to $ref apply too; annotations next to it (default) win.
            current = {**target, **current} if isinstance(target, dict) else current
        else:
            raise ValueGenerationError("reference cycle")
        if isinstance(current.get("title"), str):
            names.append(current["title"])
        constraints: list[Any] = []
        if "allOf" in current:
            members = current.pop("allOf")
            for member in members:
                inner = self.resolve(member)
                if any(
                    k in member for k in ("if", "not", "dependentRequired")
                ) and not SHAPE_KEYWORDS & set(member):
                    constraints.append(member)
                    continue
                names.extend(inner.names)
                constraints.extend(inner.constraints)
                current = self._merge(current, inner.schema)
        for keyword in ("if", "not", "dependentRequired"):
            if keyword in current:
                constraints.append(
                    {k: current[k] for k in (keyword, "then", "else") if k in current}
                )
        for keyword in ("oneOf", "anyOf"):
            if keyword in current and all(self._constraint_only(b) for b in current[keyword]):
                constraints.append({keyword: current[keyword]})
        return Resolved(current, tuple(dict.fromkeys(names)), constraints)

    def _constraint_only(self, branch: Any) -> bool:
        """A ``oneOf``/``anyOf`` branch that picks properties (``{"required": [...]}``), not a shape."""
        return isinstance(branch, dict) and not (SHAPE_KEYWORDS & set(branch))

    def _merge(self, base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
        merged = dict(base)
        for key, value in extra.items():
            if key == "properties":
                props = dict(merged.get("properties", {}))
                for name, sub in value.items():
                    props[name] = {"allOf": [props[name], sub]} if name in props else sub
                merged["properties"] = props
            elif key == "required":
                merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
            elif key not in merged:
                merged[key] = value
        return merged

    # -- values

    def value(self, schema: Any, full: bool, depth: int = 0) -> Any:
        """One valid value of ``schema``: only the required parts, or (``full``) everything."""
        return self.variants(schema, full, depth)[0]

    def variants(self, schema: Any, full: bool, depth: int = 0) -> list[Any]:
        """Valid values of ``schema``. With ``full``, several when no single value can set every
        optional property (constraints) or when the schema is a choice of shapes (``oneOf``)."""
        if depth > 12:
            raise ValueGenerationError(
                "schema nesting too deep (a recursive schema without a way out)"
            )
        resolved = self.resolve(schema)
        s = resolved.schema
        found = self._variants(resolved, full, depth)
        found = [v for v in found if self.valid(schema, v)]
        if not found:
            attempt = self._variants(resolved, full, depth)
            raise ValueGenerationError(
                f"no valid value for {json.dumps(s)[:300]}: tried {attempt!r:.300}: "
                + "; ".join(self.errors(schema, attempt[0]) if attempt else ["nothing to try"])
            )
        return _unique(found)

    def _variants(self, resolved: Resolved, full: bool, depth: int) -> list[Any]:
        s = resolved.schema
        if "const" in s:
            return [s["const"]]
        if isinstance(s.get("enum"), list):
            values = [v for v in s["enum"] if v is not None] or s["enum"]
            return [v for v in values if self.valid(s, v)][:1] or values[:1]
        for keyword in ("oneOf", "anyOf"):
            branches = s.get(keyword)
            if branches and not all(self._constraint_only(b) for b in branches):
                base = {k: v for k, v in s.items() if k != keyword}
                ordered = [b for b in branches if not self._is_null(b)] + [
                    b for b in branches if self._is_null(b)
                ]
                results: list[Any] = []
                for branch in ordered:
                    try:
                        candidates = self.variants(
                            self._merge_branch(base, branch), full, depth + 1
                        )
                    except ValueGenerationError:
                        continue
                    good = [c for c in candidates if self.valid(s, c)]
                    results.extend(good)
                    if good and not full:
                        break
                return results
        kind = self._type(s)
        if kind == "object":
            return self._object_variants(resolved, full, depth)
        if kind == "array":
            return self._arrays(s, full, depth)
        if kind == "null":
            return [None]
        hinted = self._hinted(s)
        if hinted:
            return hinted[:1]
        if kind == "string":
            return [self._string(s)]
        if kind in ("integer", "number"):
            return [self._number(s, kind)]
        if kind == "boolean":
            return [True]
        return ["contract"]  # an unconstrained schema: any JSON value

    @staticmethod
    def _is_null(branch: Any) -> bool:
        return isinstance(branch, dict) and branch.get("type") == "null"

    def _merge_branch(self, base: dict[str, Any], branch: Any) -> Any:
        if not base or set(base) <= {
            "description",
            "title",
            "default",
            "examples",
            "example",
            "deprecated",
        }:
            return branch
        return {"allOf": [base, branch]}

    @staticmethod
    def _type(s: dict[str, Any]) -> str | None:
        kind = s.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"] or kind
            kind = kinds[0]
        if kind:
            return str(kind)
        if "properties" in s or "additionalProperties" in s or "required" in s:
            return "object"
        if "items" in s:
            return "array"
        return None

    def _hinted(self, s: dict[str, Any]) -> list[Any]:
        """Values the schema names itself: examples, known values, the default (valid ones only)."""
        candidates: list[Any] = []
        if isinstance(s.get("examples"), list):
            candidates.extend(s["examples"])
        if "example" in s:
            candidates.append(s["example"])
        if isinstance(s.get("x-known-values"), list):
            candidates.extend(s["x-known-values"])
        if "default" in s:
            candidates.append(s["default"])
        return [c for c in candidates if c is not None and self.valid(s, c)]

    def _string(self, s: dict[str, Any]) -> str:
        fmt = s.get("format")
        if fmt == "binary":
            return FILE_PLACEHOLDER
        candidates = []
        if fmt in FORMAT_VALUES:
            candidates.append(FORMAT_VALUES[fmt])
        pattern = s.get("pattern")
        if pattern:
            prefix = re.match(r"\^((?:[A-Za-z0-9_:/.\-]|\\.)*)", pattern)
            literal = re.sub(r"\\(.)", r"\1", prefix.group(1)) if prefix else ""
            candidates += [
                literal + "contract",
                literal + "contract-value",
                "contract_value",
                "contract",
            ]
        candidates += ["contract test value", "contract"]
        minimum, maximum = s.get("minLength", 0), s.get("maxLength")
        for text in candidates:
            candidate = str(text)
            if len(candidate) < minimum:
                candidate = candidate + "x" * (minimum - len(candidate))
            if maximum is not None and len(candidate) > maximum:
                candidate = candidate[:maximum]
            if self.valid(s, candidate) and (not pattern or re.search(pattern, candidate)):
                return candidate
        raise ValueGenerationError(f"no string for {s}")

    def _number(self, s: dict[str, Any], kind: str) -> int | float:
        low = s.get("minimum")
        if "exclusiveMinimum" in s:
            low = s["exclusiveMinimum"] + (1 if kind == "integer" else 0.5)
        high = s.get("maximum")
        if "exclusiveMaximum" in s:
            high = s["exclusiveMaximum"] - (1 if kind == "integer" else 0.5)
        step = s.get("multipleOf")
        if low is not None and high is not None:
            value: float = low + (high - low) / 2 if kind == "number" and high - low <= 2 else low
        elif low is not None:
            value = low
        elif high is not None:
            value = min(high, 1)
        else:
            value = 1
        if step:
            value = (int(value / step) + (1 if value % step else 0)) * step
        if kind == "integer" or float(value).is_integer():
            value = int(value)
        return value

    def _arrays(self, s: dict[str, Any], full: bool, depth: int) -> list[list[Any]]:
        """One array per variant of the items (an item by url, one by asset id, …), each with
        ``minItems`` items (at least one)."""
        items_schema = s.get("items", {})
        low, high = s.get("minItems", 0), s.get("maxItems")
        wanted = max(low, 1) if high is None else min(max(low, 1), high)
        if wanted == 0 or items_schema is False:
            return [[]]
        items = self.variants(items_schema, full, depth + 1)
        if not full:
            items = items[:1]
        arrays = []
        for index, first in enumerate(items):
            array = [first]
            for extra in range(
                1, wanted
            ):  # further items: the other variants, distinct if possible
                array.append(items[(index + extra) % len(items)])
            arrays.append(array)
        return arrays

    def _object_variants(self, resolved: Resolved, full: bool, depth: int) -> list[Any]:
        s = resolved.schema
        properties: dict[str, Any] = s.get("properties", {})
        required = [n for n in s.get("required", []) if n in properties]
        chosen = list(properties) if full else required
        built: dict[str, list[Any]] = {}
        for name in properties:
            if name in chosen or full:
                built[name] = self.variants(properties[name], full, depth + 1)
        base = {name: built[name][0] for name in chosen}
        if not properties and s.get("additionalProperties") not in (None, False) and full:
            extra = s["additionalProperties"]
            base = {
                "contract_key": (
                    "contract value" if extra in (True, {}) else self.value(extra, False, depth + 1)
                )
            }
        for name in s.get("required", []):
            if name not in base:  # required but not described: any value
                base[name] = "contract"
        checker = _ObjectChecker(self, resolved, properties, required, built)
        first = checker.solve(base, keep=set())
        if not full:
            return [first]
        # More variants, each only when it sets something no earlier one set ("coverage": pairs
        # of a schema and one of its properties): every optional property first (a Hoox named
        # slot, which excludes `references`), then the other variants of nested values (a
        # reference by asset id rather than url, another kind of camera control).
        variants = [first]
        covered = self.coverage_of(resolved, first)
        owner = self._owner(resolved)
        for name in properties:
            if (owner, name) in covered:
                continue
            try:
                variant = checker.solve(dict(base), keep={name})
            except ValueGenerationError:
                continue  # no valid combination sets it: calls() reports it as unset
            variants.append(variant)
            covered |= self.coverage_of(resolved, variant)
        # A variant in which each conditional rule applies (its `if` holds): Kling's
        # `kling-v1-5` with an `image` and the `image_reference` it then needs.
        for rule in [r for name in resolved.names for r in self.rules.get(name, ())]:
            condition = rule["schema"].get("if") if isinstance(rule["schema"], dict) else None
            if condition is None or any(self.violation(condition, v) is None for v in variants):
                continue

            def applies(value: dict[str, Any], condition: Any = condition) -> bool:
                return self.violation(condition, value) is None

            try:
                variant = checker.solve(dict(first), keep=set(), condition=applies)
            except ValueGenerationError:
                continue  # the values the spec names cannot make it apply
            variants.append(variant)
            covered |= self.coverage_of(resolved, variant)
        for name, options in built.items():
            for option in options[1:]:
                if self.coverage(properties[name], option) <= covered:
                    continue
                try:
                    variant = checker.solve({**first, name: option}, keep={name})
                except ValueGenerationError:
                    continue  # that nested variant fits no combination
                variants.append(variant)
                covered |= self.coverage_of(resolved, variant)
        return _unique(variants)

    # -- coverage

    @staticmethod
    def _owner(resolved: Resolved) -> str:
        return (
            resolved.names[0]
            if resolved.names
            else json.dumps(resolved.schema, sort_keys=True)[:300]
        )

    def coverage(self, schema: Any, value: Any) -> set[tuple[str, str]]:
        """The (schema, property) pairs ``value`` sets, nested ones included."""
        return self.coverage_of(self.resolve(schema), value)

    def coverage_of(self, resolved: Resolved, value: Any) -> set[tuple[str, str]]:
        s = resolved.schema
        for keyword in ("oneOf", "anyOf"):
            branches = s.get(keyword)
            if branches and not all(self._constraint_only(b) for b in branches):
                base = {k: v for k, v in s.items() if k != keyword}
                for branch in branches:
                    if self.valid(branch, value):
                        return self.coverage(self._merge_branch(base, branch), value)
                return set()
        found: set[tuple[str, str]] = set()
        if isinstance(value, dict):
            owner = self._owner(resolved)
            properties = s.get("properties", {})
            for key, item in value.items():
                found.add((owner, key))
                if key in properties:
                    found |= self.coverage(properties[key], item)
        elif isinstance(value, list) and isinstance(s.get("items"), dict):
            for item in value:
                found |= self.coverage(s["items"], item)
        return found


class _ObjectChecker:
    """Finds the valid object closest to a wanted one (fewest properties toggled)."""

    def __init__(
        self,
        values: SpecValues,
        resolved: Resolved,
        properties: dict[str, Any],
        required: list[str],
        built: dict[str, list[Any]],
    ) -> None:
        self.values = values
        self.resolved = resolved
        self.properties = properties
        self.required = required
        self.built = built
        rule_schemas = [
            rule["schema"] for name in resolved.names for rule in values.rules.get(name, ())
        ]
        self.constraint_schemas = [*rule_schemas, *resolved.constraints]
        self.mentioned = [
            n for n in properties if n in _mentioned_properties(self.constraint_schemas)
        ]
        self.schema = {
            **resolved.schema,
            "allOf": [*resolved.schema.get("allOf", []), *resolved.constraints],
        }

    def ok(self, candidate: dict[str, Any]) -> bool:
        if self.values.rule_problems(self.resolved.names, candidate):
            return False
        return self.values.valid(self.schema, candidate)

    def _alternatives(self, name: str) -> list[Any]:
        prop = self.properties[name]
        resolved = self.values.resolve(prop).schema
        options: list[Any] = list(self.built.get(name, []))
        options += _named_values(self.constraint_schemas, name)
        options += resolved.get("enum", []) if isinstance(resolved.get("enum"), list) else []
        if isinstance(resolved.get("x-known-values"), list):
            options += resolved["x-known-values"]
            if resolved.get("type") == "string" and "enum" not in resolved:
                options.append(
                    self.values._string(resolved)
                )  # an open string: a value it does not list
        return [o for o in _unique(options) if self.values.valid(prop, o)]

    def solve(
        self,
        wanted: dict[str, Any],
        keep: set[str],
        condition: Callable[[dict[str, Any]], bool] | None = None,
    ) -> dict[str, Any]:
        """The valid object nearest ``wanted`` that still has the properties ``keep`` (with their
        values) and meets ``condition``: fewest optional properties toggled first, then one
        property's value replaced by an alternative the constraints or the schema name."""
        accept = (lambda c: self.ok(c) and condition(c)) if condition is not None else self.ok
        for name in keep - set(wanted):
            wanted = {**wanted, name: self._built(name)}
        if accept(wanted):
            return wanted
        toggles = [n for n in self.mentioned if n not in self.required and n not in keep]
        substitutions: list[tuple[str | None, Any]] = [(None, None)]
        for name in self.mentioned:
            if name not in keep:
                current = wanted.get(name, object())
                substitutions += [
                    (name, option) for option in self._alternatives(name) if option != current
                ]
        tried = 0
        for size in range(len(toggles) + 1):
            for subset in itertools.combinations(toggles, size):
                for target, option in substitutions:
                    candidate = dict(wanted)
                    for name in subset:
                        if name in candidate:
                            del candidate[name]
                        else:
                            candidate[name] = self._built(name)
                    if target is not None:
                        candidate[target] = option
                    tried += 1
                    if accept(candidate):
                        return candidate
                    if tried > MAX_SEARCH:
                        raise ValueGenerationError(
                            f"no valid combination of {sorted(wanted)} within {MAX_SEARCH} tries"
                        )
        raise ValueGenerationError(
            f"no valid combination keeping {sorted(keep)}: "
            + "; ".join(
                self.values.rule_problems(self.resolved.names, wanted)
                or self.values.errors(self.schema, wanted)
            )
        )

    def _built(self, name: str) -> Any:
        if name not in self.built:
            self.built[name] = self.values.variants(self.properties[name], True)
        return self.built[name][0]


# --- binding the spec to a Python method ---------------------------------------------------------


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.rstrip("_").lower())


@dataclass
class Binding:
    """Which Python argument carries which spec argument."""

    positional: list[SpecArgument]  # path parameters, in the order the method takes them
    keyword: dict[str, SpecArgument]  # python name -> spec argument
    deprecated_aliases: list[str]  # old names the method accepts too (out of scope here)
    python_required: set[str]  # keyword arguments without a default

    def sends_body_without_optionals(self, operation: Operation) -> bool:
        """Does a call with only the required arguments send a body? When the spec's body is
        required, or when the method requires a body argument (Krea's bodies are optional in the
        spec, but their ``prompt`` is required as soon as there is a body, and the method asks for it).
        """
        return (operation.body_required or operation.is_flat) or any(
            a.location in ("body", "whole-body")
            for n, a in self.keyword.items()
            if n in self.python_required
        )


def body_arguments(values: SpecValues, operation: Operation) -> list[SpecArgument]:
    """The body's properties as arguments (a flattened body), or ``[]`` when the body is one argument."""
    schema = operation.params_schema
    if schema is None:
        return []
    resolved = values.resolve(schema).schema
    properties = resolved.get("properties") or {}
    required = set(resolved.get("required", []))
    body_required = operation.body_required or operation.is_flat
    return [
        SpecArgument(name, "body", body_required and name in required, sub)
        for name, sub in properties.items()
    ]


def envelope_arguments(values: SpecValues, operation: Operation) -> list[SpecArgument]:
    """A flat method's arguments for the body fields its envelope template leaves out (Vtrix's
    ``moderation`` beside ``model`` and ``input``): sent at the top level of the envelope."""
    if (
        operation.flat is None
        or not isinstance(operation.flat.get("envelope"), dict)
        or operation.body_schema is None
    ):
        return []
    resolved = values.resolve(operation.body_schema).schema
    required = set(resolved.get("required", []))
    return [
        SpecArgument(name, "envelope", name in required, sub)
        for name, sub in (resolved.get("properties") or {}).items()
        if name not in operation.flat["envelope"]
    ]


def bind(values: SpecValues, operation: Operation, method: Callable[..., Any]) -> Binding:
    """Line the method's signature up with the spec, or raise :class:`BindingError` listing what
    does not match (an argument the spec lacks, a spec argument with no Python argument)."""
    signature = inspect.signature(method)
    positional_names = [
        p.name
        for p in signature.parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    keyword_names = [
        p.name
        for p in signature.parameters.values()
        if p.kind == p.KEYWORD_ONLY and p.name not in RUNTIME_ARGUMENTS
    ]
    path_order = re.findall(r"{([^}]+)}", operation.path)
    by_name = {(a.wire_name, a.location): a for a in operation.parameters}
    path_params = [by_name[(name, "path")] for name in path_order if (name, "path") in by_name]
    if len(path_params) != len(positional_names):
        raise BindingError(
            f"{operation}: path parameters {[p.wire_name for p in path_params]} vs positional arguments {positional_names}"
        )
    aliases: list[str] = []
    for key, entries in operation.raw.items():
        if key.startswith("x-") and key.endswith("deprecated-field-aliases"):
            for entry in entries or []:
                if _norm(entry["from"]) != _norm(entry["to"]):
                    aliases.append(_norm(entry["from"]))
    flattened = body_arguments(values, operation) + envelope_arguments(values, operation)
    candidates = [a for a in operation.parameters if a.location != "path"] + flattened
    keyword: dict[str, SpecArgument] = {}
    unmatched: list[str] = []
    deprecated: list[str] = []
    for name in keyword_names:
        matches = [a for a in candidates if _norm(a.wire_name) == _norm(name)]
        matches += [
            a
            for a in candidates
            if a.location == "header"
            and a.wire_name.lower().startswith("x-")
            and _norm(a.wire_name[2:]) == _norm(name)
        ]
        if not matches and name == "body" and operation.params_schema is not None:
            body_required = operation.body_required or operation.is_flat
            matches = [SpecArgument("", "whole-body", body_required, operation.params_schema)]
        if len(matches) == 1:
            keyword[name] = matches[0]
        elif not matches and _norm(name) in aliases:
            deprecated.append(name)
        else:
            unmatched.append(f"{name} ({'ambiguous' if matches else 'not in the spec'})")
    missing = [a.wire_name for a in candidates if a not in keyword.values()]
    if any(a.location == "whole-body" for a in keyword.values()):
        missing = [
            a.wire_name for a in candidates if a.location != "body" and a not in keyword.values()
        ]
    if unmatched or missing:
        raise BindingError(
            f"{operation}: Python arguments without a spec argument: {unmatched}; spec arguments without a Python argument: {missing}"
        )
    python_required = {
        p.name
        for p in signature.parameters.values()
        if p.kind == p.KEYWORD_ONLY and p.default is p.empty
    }
    return Binding(path_params, keyword, deprecated, python_required)


# --- calls ---------------------------------------------------------------------------------------


@dataclass
class Call:
    """One call of a method and what must reach the wire."""

    label: str
    args: list[Any]
    kwargs: dict[str, Any]
    path: str  # the expected request path (path parameters filled in and escaped)
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any  # the expected JSON body, or the form fields (multipart); None: no body
    has_body: bool
    unset_optional: list[str]  # optional arguments no valid combination could set (reported)


def _python_value(argument: SpecArgument, value: Any, values: SpecValues) -> Any:
    """What the caller passes for a wire value: the same JSON data, except files."""
    schema = values.resolve(argument.schema).schema
    if schema.get("format") == "binary" and value == FILE_PLACEHOLDER:
        return (FILE_PLACEHOLDER, PNG_BYTES, "image/png")
    return value


def calls(values: SpecValues, operation: Operation, binding: Binding, mode: str) -> list[Call]:
    """The calls of one mode: ``required`` (one call, required arguments only) or ``optional``
    (every optional argument set, split over as few calls as the constraints allow)."""
    full = mode == "optional"
    params: dict[tuple[str, str], Any] = {}
    for argument in operation.parameters:
        if argument.required or full:
            params[(argument.wire_name, argument.location)] = values.value(argument.schema, full)
    whole = next((a for a in binding.keyword.values() if a.location == "whole-body"), None)
    body_variants: list[Any]
    schema = operation.params_schema
    if schema is None or (not full and not binding.sends_body_without_optionals(operation)):
        body_variants = [None]
    else:
        body_variants = values.variants(schema, full)
    python_of = {id(a): name for name, a in binding.keyword.items()}
    optional_python = [name for name in binding.keyword if name not in binding.python_required]
    result: list[Call] = []
    for index, body in enumerate(body_variants):
        kwargs: dict[str, Any] = {}
        args: list[Any] = []
        for argument in binding.positional:
            args.append(params[(argument.wire_name, "path")])
        for argument in operation.parameters:
            key = (argument.wire_name, argument.location)
            if argument.location != "path" and key in params:
                kwargs[python_of[id(argument)]] = _python_value(argument, params[key], values)
        if body is not None:
            if whole is not None:
                kwargs[python_of[id(whole)]] = body
            else:
                for name, argument in binding.keyword.items():
                    if argument.location == "body" and argument.wire_name in body:
                        kwargs[name] = _python_value(argument, body[argument.wire_name], values)
        wire_body = body
        if body is not None and operation.flat is not None:
            wire_body = embed(operation.flat["envelope"], body)
            for name, argument in binding.keyword.items():
                if argument.location == "envelope" and (argument.required or full):
                    wire_body[argument.wire_name] = kwargs[name] = values.value(
                        argument.schema, full
                    )
        path = operation.path
        for argument in binding.positional:
            text = params[(argument.wire_name, "path")]
            text = str(text).lower() if isinstance(text, bool) else str(text)
            path = path.replace("{" + argument.wire_name + "}", quote(text, safe=""))
        label = (
            mode
            if len(body_variants) == 1
            else f"{mode} (variant {index + 1} of {len(body_variants)})"
        )
        result.append(
            Call(
                label=label,
                args=args,
                kwargs=kwargs,
                path=path,
                query={name: v for (name, where), v in params.items() if where == "query"},
                headers={name: str(v) for (name, where), v in params.items() if where == "header"},
                body=wire_body,
                has_body=body is not None,
                unset_optional=[],
            )
        )
    if full:
        given = set().union(*(set(c.kwargs) for c in result))
        unset = [name for name in optional_python if name not in given]
        for call in result:
            call.unset_optional = unset
    # Self-check: every value satisfies the spec, so a violation Prism reports is the client's.
    for call in result:
        if call.has_body and operation.body_schema is not None:
            problems = values.errors(operation.body_schema, call.body)
            if problems:
                raise ValueGenerationError(
                    f"{operation} {call.label}: generated body is invalid: {problems}"
                )
    for (name, where), value in params.items():
        schema = next(
            a.schema for a in operation.parameters if (a.wire_name, a.location) == (name, where)
        )
        problems = values.errors(schema, value)
        if problems:
            raise ValueGenerationError(
                f"{operation}: generated {where} parameter {name} is invalid: {problems}"
            )
    return result
