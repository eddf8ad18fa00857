"""The request body: its fields as arguments (or one whole-body argument), the model that
validates them and how they are sent (JSON, multipart, form, raw bytes), and the flat methods of
``x-sdk-flat-methods`` that send their arguments inside an envelope."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from generator.errors import SpecError
from generator.ir.annotations import annotation, runtime_type
from generator.spec.keywords import SCHEMA_REF_PREFIX
from generator.ir.model import BodyKind, Location, Operation, Parameter
from generator.naming import safe_identifier
from generator.schema.examples import example_literal
from generator.schema.rules import is_assertion
from generator.spec.extensions import FlatMethod

from .context import RESERVED_ARGUMENTS, BuildContext, is_json
from .parameters import argument_name

_MULTIPART = "multipart/form-data"
_FORM = "application/x-www-form-urlencoded"


def body(
    ctx: BuildContext, operation: dict[str, Any], prefix: str, where: str, used: set[str]
) -> tuple[BodyKind, list[Parameter], str | None, str | None]:
    """``(kind, parameters, validating model, whole-body annotation)``."""
    request_body = operation.get("requestBody")
    if not isinstance(request_body, dict) or not request_body.get("content"):
        return "none", [], None, None
    content: dict[str, Any] = request_body["content"]
    media_type = (
        next((m for m in content if is_json(m)), None)
        or next((m for m in content if m.split(";")[0] in (_MULTIPART, _FORM)), None)
        or next(iter(content))
    )
    schema = (content[media_type] or {}).get("schema") or {}
    body_required = bool(request_body.get("required"))
    # Fields become keyword arguments unless the body is a union; allOf parts are merged, and
    # parts that only assert (cross-field rules) are checked by the runtime instead.
    target = merged_object(ctx, schema)
    base_media = media_type.split(";")[0].strip().lower()
    if is_json(base_media):
        if target is not None:
            model = schema["$ref"][len(SCHEMA_REF_PREFIX) :] if "$ref" in schema else None
            return "json", properties(ctx, target, used, binary_location=None), model, None
        text = annotation(schema)
        param = Parameter(
            name=ctx.unique("body", used),
            wire_name="",
            location="whole_body",
            annotation=text,
            required=body_required,
            description=str(
                schema.get("description") or request_body.get("description") or "The request body."
            ),
        )
        return "whole_json", [param], None, runtime_type(text)
    if base_media in (_MULTIPART, _FORM) and target is not None:
        params = properties(ctx, target, used, binary_location="file")
        fields = {
            p.wire_name: target["properties"][p.wire_name] for p in params if p.location == "body"
        }
        model = None
        if fields:
            model = ctx.new_model_name(prefix + "Form")
            ctx.extra_schemas[model] = {
                "type": "object",
                "properties": fields,
                "required": [n for n in target.get("required", []) if n in fields],
            }
        return (
            (
                "multipart"
                if base_media == _MULTIPART or any(p.location == "file" for p in params)
                else "form"
            ),
            params,
            model,
            None,
        )
    param = Parameter(
        name=ctx.unique("content", used),
        wire_name="",
        location="raw",
        annotation="bytes",
        required=body_required,
        description=f"The request body ({media_type}).",
    )
    ctx.warnings.append(f"{ctx.file}#{where}/requestBody: {media_type} body is sent as raw bytes")
    return "raw", [param], None, None


def merged_object(ctx: BuildContext, schema: Any, depth: int = 0) -> dict[str, Any] | None:
    """``{"properties", "required"}`` of an object body, its ``allOf`` parts merged in; ``None``
    for anything that is not one object (a union, an array, a free-form map)."""
    target = ctx.resolve(schema)
    if not isinstance(target, dict) or depth > 20:
        return None
    if any(not is_assertion(m) for key in ("oneOf", "anyOf") for m in target.get(key) or []):
        return None
    properties: dict[str, Any] = {}
    required: list[str] = []
    for member in target.get("allOf") or []:
        if is_assertion(member):
            continue
        part = merged_object(ctx, member, depth + 1)
        if part is None:
            return None
        properties.update(part["properties"])
        required += [name for name in part["required"] if name not in required]
    properties.update(target.get("properties") or {})
    required += [name for name in target.get("required") or [] if name not in required]
    if not properties:
        return None
    return {"properties": properties, "required": required}


def properties(
    ctx: BuildContext,
    schema: dict[str, Any],
    used: set[str],
    binary_location: Literal["file"] | None,
) -> list[Parameter]:
    required = set(schema.get("required") or [])
    result = []
    for wire, prop in schema["properties"].items():
        prop = prop if isinstance(prop, dict) else {}
        if prop.get("readOnly"):
            continue
        resolved = ctx.resolve(prop)
        is_binary = binary_location is not None and (
            isinstance(resolved, dict)
            and resolved.get("format") == "binary"
            or (
                isinstance(resolved, dict)
                and resolved.get("type") == "array"
                and isinstance(resolved.get("items"), dict)
                and resolved["items"].get("format") == "binary"
            )
        )
        location: Location = binary_location if is_binary and binary_location else "body"
        text = annotation(prop, binary="FileInput")
        # A required field that can hold one value only (a type tag such as ``kind: "thing"``)
        # is filled in: the caller may leave it out, and it is always sent.
        fixed = (
            wire in required
            and isinstance(resolved, dict)
            and "const" in resolved
            and location == "body"
        )
        result.append(
            Parameter(
                name=argument_name(ctx, str(wire), "body", "", used),
                wire_name=str(wire),
                location=location,
                annotation=text,
                required=wire in required and not fixed,
                description=(
                    str(prop.get("description") or resolved.get("description") or "")
                    if isinstance(resolved, dict)
                    else ""
                ),
                default=(
                    resolved["const"]
                    if fixed
                    else prop.get(
                        "default", resolved.get("default") if isinstance(resolved, dict) else None
                    )
                ),
                has_default=not fixed
                and (
                    "default" in prop
                    or (isinstance(resolved, dict) and "default" in resolved and "$ref" in prop)
                ),
                deprecated=bool(prop.get("deprecated")),
                fixed=fixed,
                example=example_literal(
                    {**resolved, **prop} if isinstance(resolved, dict) else prop
                ),
            )
        )
    return result


def flat_methods(
    ctx: BuildContext, hints: tuple[FlatMethod, ...], base: Operation
) -> list[Operation]:
    """``x-sdk-flat-methods``: a typed method per model for a generic envelope endpoint,
    e.g. Vtrix's ``{model, input: [{params}]}`` offered as ``generations.kirin_v2_image(prompt=…)``.
    """
    result = []
    for entry in hints:
        schema = {"$ref": entry.params_ref}
        target = ctx.resolve(schema)
        if not isinstance(target, dict) or not isinstance(target.get("properties"), dict):
            raise SpecError(
                ctx.file,
                entry.pointer + "/params_schema",
                "needs a $ref to an object schema with properties",
            )
        name = safe_identifier(entry.name, RESERVED_ARGUMENTS, avoid_builtins=False)
        used = {p.name for p in base.parameters if p.location not in ("body", "whole_body", "file")}
        others = [p for p in base.parameters if p.location not in ("body", "whole_body", "file")]
        params = properties(ctx, target, used, binary_location=None)
        params += envelope_fields(ctx, entry.envelope, base, used)
        ordered = (
            [p for p in others if p.location == "path"]
            + [p for p in params + others if p.location != "path" and p.required]
            + [p for p in params + others if p.location != "path" and not p.required]
        )
        result.append(
            replace(
                base,
                name=name,
                summary=entry.description or base.summary,
                description="",
                parameters=tuple(ordered),
                body_kind="envelope",
                body_model=entry.params_ref[len(SCHEMA_REF_PREFIX) :],
                body_annotation=None,
                envelope=entry.envelope,
                envelope_model=(
                    base.body_model if any(p.location == "envelope" for p in params) else None
                ),
            )
        )
    return result


def envelope_fields(
    ctx: BuildContext, envelope: Any, base: Operation, used: set[str]
) -> list[Parameter]:
    """Arguments for the request body's top-level fields that the envelope template does not
    set (optional switches such as Vtrix's ``moderation``), sent beside it."""
    body = ctx.resolve({"$ref": SCHEMA_REF_PREFIX + base.body_model}) if base.body_model else None
    if (
        not isinstance(envelope, dict)
        or not isinstance(body, dict)
        or not isinstance(body.get("properties"), dict)
    ):
        return []
    rest = {name: prop for name, prop in body["properties"].items() if name not in envelope}
    required = [name for name in body.get("required") or [] if name in rest]
    if not rest:
        return []
    fields = properties(ctx, {"properties": rest, "required": required}, used, binary_location=None)
    return [replace(field, location="envelope") for field in fields]
