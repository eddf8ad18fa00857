"""Cross-field rules: the parts of a schema that the pydantic models cannot say.

JSON Schema expresses rules such as "with model kling-v1-5 and an image, image_reference is
required" with ``if``/``then``, ``dependentRequired``, ``oneOf`` of ``required`` sets or ``not``.
datamodel-code-generator keeps the fields but drops those assertions, so they are collected
here, per model, and checked by the client's runtime (``_rules.py``) before a request is sent.
"""

from __future__ import annotations

from typing import Any

from generator.naming import snake_case as snake
from generator.spec.keywords import SCHEMA_REF_PREFIX, VALUE_LIMITS
from generator.spec.extensions import MEDIA_INPUT, media_input

from .patterns import python_reads

# Keywords that only assert things about an instance, without declaring fields.
ASSERTION_KEYWORDS = frozenset(
    {
        "if",
        "then",
        "else",
        "not",
        "allOf",
        "anyOf",
        "oneOf",
        "required",
        "dependentRequired",
        "minProperties",
        "maxProperties",
        "x-max-bytes",
    }
)
# What the runtime's checker understands inside a rule.
SUPPORTED_KEYWORDS = ASSERTION_KEYWORDS | frozenset(
    {
        "properties",
        "const",
        "enum",
        "type",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "items",
        "format",  # checked by the model's field types, not by the rule checker
    }
)
# Annotations: they say nothing a client could check.
_DOC_KEYWORDS = frozenset(
    {
        "description",
        "title",
        "examples",
        "example",
        "$comment",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
    }
)
_REF_PREFIX = SCHEMA_REF_PREFIX
# Extensions the runtime's checker evaluates, kept in the rule table.
CHECKED_EXTENSIONS = frozenset({"x-max-bytes", MEDIA_INPUT})


# Keywords that constrain a value without declaring its type or shape.
CONSTRAINT_KEYWORDS = ASSERTION_KEYWORDS | frozenset({*VALUE_LIMITS, "format"})


def _own_keys(schema: dict[str, Any]) -> set[str]:
    return {k for k in schema if not k.startswith("x-") or k == "x-max-bytes"} - _DOC_KEYWORDS


def _is_constraint(schema: Any) -> bool:
    """A property subschema inside a rule: only constraints, nothing that declares the field."""
    if isinstance(schema, bool):
        return True
    if not isinstance(schema, dict):
        return False
    keys = _own_keys(schema)
    if not keys <= CONSTRAINT_KEYWORDS | {"properties"}:
        return False
    return all(_is_constraint(v) for v in (schema.get("properties") or {}).values())


def is_assertion(schema: Any) -> bool:
    """Does ``schema`` only assert (no fields, types or references of its own)?

    ``{"properties": {"image": {"not": {"pattern": "^data:"}}}}`` asserts; ``{"properties":
    {"image": {"type": "string"}}}`` declares a field and does not."""
    if isinstance(schema, bool):
        return True
    if not isinstance(schema, dict):
        return False
    keys = _own_keys(schema)
    if not keys or not keys <= ASSERTION_KEYWORDS | {"properties"}:
        return False
    if not all(_is_constraint(v) for v in (schema.get("properties") or {}).values()):
        return False
    # A union of typed members ({"anyOf": [{"type": "number", "const": 5}, …]}) declares a type.
    return all(
        is_assertion(member)
        for key in ("allOf", "anyOf", "oneOf")
        for member in schema.get(key) or []
    )


def without_assertions(schema: Any) -> Any:
    """The schema as the model generator should see it: structure only. The rules are checked
    by the client's runtime instead, and left in they would turn one model into several
    (a ``oneOf`` of ``required`` sets becomes three classes) or erase field types."""
    if not isinstance(schema, dict):
        return schema
    result = dict(schema)
    for key in ("if", "then", "else", "not", "dependentRequired", "x-max-bytes"):
        result.pop(key, None)
    for key in ("allOf", "oneOf", "anyOf"):
        members = result.get(key)
        if isinstance(members, list):
            kept = [m for m in members if not is_assertion(m)]
            if kept:
                result[key] = kept
            else:
                result.pop(key)
    if isinstance(result.get("properties"), dict):
        result["properties"] = {
            name: without_assertions(child) for name, child in result["properties"].items()
        }
    return result


def _strip(schema: Any, components: dict[str, Any], depth: int = 0) -> Any:
    """The rule without documentation and with component references inlined, so the runtime
    checker needs no resolver (rules reference small schemas such as enums)."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF_PREFIX) and depth < 8:
            target = components.get(ref[len(_REF_PREFIX) :], True)
            return _strip(target, components, depth + 1)
        stripped = {
            k: _strip(v, components, depth)
            for k, v in schema.items()
            if k not in _DOC_KEYWORDS and (not k.startswith("x-") or k in CHECKED_EXTENSIONS)
        }
        media = media_input(schema)
        if media is not None:
            stripped[MEDIA_INPUT] = media.checks
        if isinstance(schema.get("allOf"), list):
            # An unverified rule of an inlined schema only warns where it is the model's own rule;
            # inlined into another rule it would block, so it is left out there.
            kept = [
                _strip(m, components, depth)
                for m in schema["allOf"]
                if not (isinstance(m, dict) and m.get("x-unverified") is True)
            ]
            if kept:
                stripped["allOf"] = kept
            else:
                stripped.pop("allOf", None)
        return stripped
    if isinstance(schema, list):
        return [_strip(v, components, depth) for v in schema]
    return schema


def _unsupported(schema: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key in _DOC_KEYWORDS or key.startswith("x-"):
                continue
            if key not in SUPPORTED_KEYWORDS:
                found.add(key)
            if key in ("dependentRequired", "required", "enum", "const"):
                continue
            if key == "properties" and isinstance(value, dict):
                for child in value.values():
                    found |= _unsupported(child)
            elif isinstance(value, dict):
                found |= _unsupported(value)
            elif isinstance(value, list) and key in ("allOf", "anyOf", "oneOf"):
                for child in value:
                    found |= _unsupported(child)
    return found


def _drop_patterns_python_cannot_read(schema: Any) -> list[str]:
    """Remove, in place, every ``pattern`` of a rule that Python's ``re`` cannot read (ECMA-262's
    ``\\p{L}``, which the models' engine reads): the runtime checks rules with ``re``, where it
    would raise instead of checking. Returns the patterns removed."""
    dropped: list[str] = []
    if isinstance(schema, dict):
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not python_reads(pattern):
            dropped.append(pattern)
            del schema["pattern"]
        for key, value in schema.items():
            if key not in ("enum", "const"):  # data, not schemas
                dropped.extend(_drop_patterns_python_cannot_read(value))
    elif isinstance(schema, list):
        for value in schema:
            dropped.extend(_drop_patterns_python_cannot_read(value))
    return dropped


def model_rules(
    name: str, schema: Any, components: dict[str, Any], warnings: list[str]
) -> list[dict[str, Any]]:
    """The rules of one named model: assertion parts of ``allOf``, top-level assertions, and
    ``x-max-bytes`` limits on the model or its properties."""
    if not isinstance(schema, dict):
        return []
    rules: list[dict[str, Any]] = []

    def add(rule_schema: Any, rule_id: str, description: str, unverified: bool) -> None:
        rule_schema = _strip(rule_schema, components)
        unsupported = _unsupported(rule_schema)
        for pattern in _drop_patterns_python_cannot_read(rule_schema):
            warnings.append(
                f"#/components/schemas/{name}: rule {rule_id!r} has the pattern {pattern[:60]!r}, which Python's re cannot read (the runtime checks rules with it); not checked by the client"
            )
        if unsupported:
            warnings.append(
                f"#/components/schemas/{name}: rule {rule_id!r} uses {', '.join(sorted(unsupported))}, which the client does not check"
            )
        rules.append(
            {
                "id": rule_id,
                "description": " ".join(description.split()),
                "unverified": unverified,
                "schema": rule_schema,
            }
        )

    for index, member in enumerate(schema.get("allOf") or []):
        if isinstance(member, dict) and is_assertion(member):
            add(
                member,
                str(member.get("x-rule-id") or f"{name}-allOf-{index}"),
                str(member.get("description") or ""),
                bool(member.get("x-unverified")),
            )
    top = {
        k: v
        for k, v in schema.items()
        if k in ASSERTION_KEYWORDS - {"allOf", "required", "x-max-bytes"}
    }
    if isinstance(schema.get("x-max-bytes"), int):
        add(
            {"x-max-bytes": schema["x-max-bytes"]},
            f"{snake(name)}-max-bytes",
            f"`{snake(name)}` is at most {schema['x-max-bytes']} bytes as JSON.",
            False,
        )
    if "oneOf" in top and not all(is_assertion(m) for m in top["oneOf"]):
        top.pop("oneOf")
    if "anyOf" in top and not all(is_assertion(m) for m in top["anyOf"]):
        top.pop("anyOf")
    if top:
        add(
            top,
            str(schema.get("x-rule-id") or f"{name}-rule"),
            "",
            bool(schema.get("x-unverified")),
        )
    values: dict[str, Any] = {}
    for prop, child in (schema.get("properties") or {}).items():
        if isinstance(child, dict) and isinstance(child.get("x-max-bytes"), int):
            add(
                {"properties": {prop: {"x-max-bytes": child["x-max-bytes"]}}},
                f"{prop}-size",
                f"`{prop}` is at most {child['x-max-bytes']} bytes as JSON.",
                False,
            )
        checks = _value_checks(child, components)
        if checks:
            values[prop] = checks
    if values:
        add({"properties": values}, "value-formats", "", False)
    return rules


def _value_checks(schema: Any, components: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """What the models cannot check about one property's value: an absolute http(s) URL where
    the spec says ``format: uri`` (the models keep such strings as plain ``str``, so responses
    are never refused for one), and ``x-sdk-media-input`` (file type and inline size). Followed
    through a component reference, array items and ``anyOf``/``oneOf`` members (a nullable
    URL); the rule checker applies a keyword only to values of the right kind."""
    if not isinstance(schema, dict) or depth > 8:
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        return _value_checks(components.get(ref[len(_REF_PREFIX) :]), components, depth + 1)
    checks: dict[str, Any] = {}
    if schema.get("format") == "uri":
        checks["format"] = "uri"
    media = media_input(schema)
    if (
        media is not None
    ):  # an unverified one was moved into an unverified rule (normalize/unverified.py)
        checks[MEDIA_INPUT] = media.checks
    items = _value_checks(schema.get("items"), components, depth + 1)
    if items:
        checks["items"] = items
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key) or []:
            for name, value in _value_checks(member, components, depth + 1).items():
                checks.setdefault(name, value)
    return checks


def collect_rules(schemas: dict[str, Any], warnings: list[str]) -> dict[str, list[dict[str, Any]]]:
    """``model name → rules`` for every model that has any."""
    table = {}
    for name, schema in schemas.items():
        rules = model_rules(name, schema, schemas, warnings)
        if rules:
            table[name] = rules
    return table
