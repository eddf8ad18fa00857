"""Arguments from an operation's parameters (path, query, header, cookie), the model that
validates them, and the old argument names of ``x-…-deprecated-field-aliases``."""

from __future__ import annotations

from collections import Counter
from typing import Any, cast

from generator.ir.annotations import annotation
from generator.ir.model import DEFAULT_SERIALIZATION, DeprecatedAlias, Location, Parameter
from generator.naming import safe_identifier, singular
from generator.schema.examples import example_literal
from generator.spec.extensions import FieldAlias

from .context import RESERVED_ARGUMENTS, BuildContext
from generator.normalize.unverified import soften_object
from generator.spec.keywords import VALUE_LIMITS

_CONSTRAINTS = frozenset({*VALUE_LIMITS, "$ref", "oneOf", "anyOf", "allOf"})


def _worth_validating(schema: Any) -> bool:
    """Does checking this parameter on the client catch anything (a limit, an enum, a type)?"""
    if not isinstance(schema, dict):
        return False
    if _CONSTRAINTS & set(schema) or schema.get("format") == "uri":
        return True
    # A typed parameter is checked for its type too (strict: ``123`` is not a ``str``); only a
    # schema that says nothing (``{}``) is left unchecked.
    return (
        "type" in schema
        or isinstance(schema.get("items"), dict)
        and _worth_validating(schema["items"])
    )


def serialization(parameter: dict[str, Any], location: str) -> tuple[str, bool]:
    """``(style, explode)`` of a parameter with OpenAPI's defaults filled in; ``("json", False)``
    for a parameter described by ``content`` (its value is sent as JSON text)."""
    if isinstance(parameter.get("content"), dict) and parameter["content"]:
        return "json", False
    style = str(parameter.get("style") or DEFAULT_SERIALIZATION.get(location, ("form", True))[0])
    explode = parameter.get("explode")
    return style, explode if isinstance(explode, bool) else style == "form"


def content_schema(parameter: dict[str, Any]) -> dict[str, Any]:
    """The schema of a ``content``-described parameter (its first media type's)."""
    media = next(iter(parameter["content"].values()))
    schema = media.get("schema") if isinstance(media, dict) else None
    return schema if isinstance(schema, dict) else {}


def argument_name(
    ctx: BuildContext, wire: str, location: str, resource: str, used: set[str]
) -> str:
    if location == "path" and wire.lower() == "id":
        # ``client.jobs.get(job_id)`` reads better than ``id_`` and says whose id it is.
        words = resource.split("_")
        base = safe_identifier(
            "_".join([*words[:-1], singular(words[-1]), "id"]), RESERVED_ARGUMENTS
        )
    elif location == "header" and wire.lower().startswith("x-"):
        base = safe_identifier(wire[2:], RESERVED_ARGUMENTS)
    else:
        base = safe_identifier(wire, RESERVED_ARGUMENTS)
    return ctx.unique(base, used)


def parameters(
    ctx: BuildContext,
    operation: dict[str, Any],
    resource: str,
    prefix: str,
    where: str,
    used: set[str],
) -> tuple[list[Parameter], str | None]:
    result: list[Parameter] = []
    properties: dict[str, Any] = {}
    required: list[str] = []
    # One name in two locations (a query ``id`` and a header ``id``): both are arguments,
    # the later one named after its location, and both keyed by argument name (see
    # ``Operation.argument_key``) where the wire name would be ambiguous.
    entries = operation.get("parameters") or []
    wire_counts = Counter(str(raw.get("name", "")) for raw in entries)
    first_location: dict[str, str] = {}
    for index, raw in enumerate(entries):
        # A validated document names one of the four locations.
        wire, location = str(raw.get("name", "")), cast(Location, str(raw.get("in", "")))
        schema = raw.get("schema") if isinstance(raw.get("schema"), dict) else {}
        style, explode = serialization(raw, location)
        if style == "json":
            schema = content_schema(raw)
        if wire in first_location:
            argument = ctx.unique(safe_identifier(f"{wire}_{location}", RESERVED_ARGUMENTS), used)
            ctx.warnings.append(
                f"{ctx.file}#{ctx.written_parameter(where, index, raw)}: parameter {wire!r} is also a {first_location[wire]} "
                f"parameter; this {location} parameter is the argument {argument!r}"
            )
        else:
            argument = argument_name(ctx, wire, location, resource, used)
            first_location[wire] = location
        key = argument if wire_counts[wire] > 1 else wire
        is_required = bool(raw.get("required")) or location == "path"
        description = str(raw.get("description") or schema.get("description") or "")
        # The params model checks the arguments given; a default is the server's business (the
        # argument stays NOT_GIVEN), and a text default on a date field would not type-check.
        checked = {k: v for k, v in schema.items() if k != "default"}
        properties[key] = {**checked, **({"description": description} if description else {})}
        if is_required:
            required.append(key)
        result.append(
            Parameter(
                name=argument,
                wire_name=wire,
                location=location,
                annotation=annotation(schema),
                required=is_required,
                description=description,
                default=schema.get("default"),
                has_default="default" in schema,
                deprecated=bool(raw.get("deprecated")),
                style=style,
                explode=explode,
                example=example_literal({**ctx.resolve(schema), **schema}),
            )
        )
    # Arguments keyed by argument name are always checked against the model's keys, so that a
    # renderer still keying them by wire name fails loudly instead of mixing them up.
    if not any(_worth_validating(schema) for schema in properties.values()) and len(
        first_location
    ) == len(entries):
        return result, None
    model = ctx.new_model_name(prefix + "Params")
    ctx.extra_schemas[model] = soften_object(
        {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
    )
    return result, model


def aliases(
    ctx: BuildContext, entries: tuple[FieldAlias, ...], params: list[Parameter], used: set[str]
) -> tuple[DeprecatedAlias, ...]:
    """Old field names (``x-…-deprecated-field-aliases``) whose Python name differs from the
    new one (``presetStyles`` → ``styles``); camelCase → snake_case renames need nothing, as
    the Python argument already has the new name. An alias that names no body field, or
    whose old name another argument has, is a warning."""
    result = []
    by_wire = {p.wire_name: p for p in params if p.location == "body"}
    for entry in entries:
        target = by_wire.get(entry.new)
        if target is None:
            ctx.warnings.append(
                f"{ctx.file}#{entry.pointer}/to: not an alias: the request body has no field {entry.new!r}"
            )
            continue
        old = safe_identifier(entry.old, RESERVED_ARGUMENTS)
        if old == target.name:
            continue
        if old in used:
            ctx.warnings.append(
                f"{ctx.file}#{entry.pointer}/from: not an alias: another argument is already called {old!r}"
            )
            continue
        used.add(old)
        result.append(
            DeprecatedAlias(
                name=old,
                wire_name=entry.old,
                target=target.name,
                target_wire=target.wire_name,
                annotation=target.annotation,
                sunset_date=entry.sunset_date,
                migration_url=entry.migration_url,
            )
        )
    return tuple(result)
