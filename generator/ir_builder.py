"""Build the intermediate model (:mod:`generator.ir`) from a normalized document.

This is where every naming and typing decision about methods is made: argument names,
their order, which model validates them, how the body is sent and what is returned.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from .annotations import SCHEMA_REF_PREFIX, annotation, runtime_type
from .auth import choose_auth, requirement_lists, same_way, scheme_auth
from .config import SdkConfig
from .error_envelope import error_envelope
from .errors import SpecError, to_pointer
from .example_values import example_literal
from .ir import DEFAULT_SERIALIZATION, Auth, DeprecatedAlias, JobLink, Operation, Package, Paging, Parameter, Resource, Webhook
from .normalize.unverified import soften_object
from .rules import collect_rules, is_assertion
from .naming import numbered, operation_prefix, pascal_case, safe_class_name, safe_identifier, singular

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Names the body of a generated method uses; an argument must not shadow them.
RESERVED_ARGUMENTS = frozenset({
    "self", "models", "cast", "given", "pick", "format_path", "validate_arguments", "extra_headers",
    "extra_query", "extra_body", "timeout", "RequestOptions", "Any", "Literal", "NOT_GIVEN", "NotGiven",
    "Headers", "Query", "Body", "Timeout", "FileInput", "httpx", "datetime", "date", "annotations",
    # the arguments …_and_wait adds to an operation's own
    "wait_timeout", "poll_interval", "on_progress", "on_created",
})
_JSON_TYPES = ("application/json",)
_MULTIPART = "multipart/form-data"
_FORM = "application/x-www-form-urlencoded"


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base in _JSON_TYPES or base.endswith("+json")


_CONSTRAINTS = frozenset({
    "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
    "pattern", "minItems", "maxItems", "uniqueItems", "multipleOf", "$ref", "oneOf", "anyOf", "allOf",
})


def _worth_validating(schema: Any) -> bool:
    """Does checking this parameter on the client catch anything (a limit, an enum, a type)?"""
    if not isinstance(schema, dict):
        return False
    if _CONSTRAINTS & set(schema) or schema.get("format") == "uri":
        return True
    # A typed parameter is checked for its type too (strict: ``123`` is not a ``str``); only a
    # schema that says nothing (``{}``) is left unchecked.
    return "type" in schema or isinstance(schema.get("items"), dict) and _worth_validating(schema["items"])


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


class _Builder:
    def __init__(self, document: dict[str, Any], config: SdkConfig, name: str, file: Path, source: dict[str, Any] | None = None) -> None:
        self.document = document
        self.source = source if source is not None else document  # as written: warnings point into it
        self.config = config
        self.name = name
        self.file = file
        self.components: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
        self.extra_schemas: dict[str, Any] = {}
        self.warnings: list[str] = []

    # -- helpers ---------------------------------------------------------------------------
    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 50:
            schema = self.components.get(schema["$ref"][len(SCHEMA_REF_PREFIX):], {})
            seen += 1
        return schema

    def written_parameter(self, where: str, index: int, raw: dict[str, Any]) -> str:
        """The pointer of parameter ``index`` of the normalized operation at ``where`` in the
        document as written, where it may be a ``$ref`` or one of the path item's parameters
        (normalization copies those into each operation, first)."""
        _, _, token, method = where.split("/")
        path = token.replace("~1", "/").replace("~0", "~")
        item = (self.source.get("paths") or {}).get(path)
        if isinstance(item, dict):
            operation = item.get(method)
            own = operation.get("parameters") if isinstance(operation, dict) else None
            for base, written in ((where, own), (to_pointer(["paths", path]), item.get("parameters"))):
                for position, entry in enumerate(written if isinstance(written, list) else []):
                    target = self.written_target(entry)
                    if isinstance(target, dict) and (target.get("name"), target.get("in")) == (raw.get("name"), raw.get("in")):
                        return f"{base}/parameters/{position}"
        return f"{where}/parameters/{index}"

    def written_target(self, value: Any) -> Any:
        """``value`` with its local ``$ref``s followed in the document as written."""
        for _ in range(50):
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str) and value["$ref"].startswith("#/")):
                break
            node: Any = self.source
            for token in value["$ref"][2:].split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                    node = node[int(token)]
                else:
                    node = node.get(token) if isinstance(node, dict) else None
            value = node
        return value

    def new_model_name(self, wanted: str) -> str:
        return numbered(safe_class_name(wanted), set(self.components) | set(self.extra_schemas))

    @staticmethod
    def unique(name: str, used: set[str]) -> str:
        while name in used:
            name += "_"
        used.add(name)
        return name

    # -- parameters ------------------------------------------------------------------------
    def argument_name(self, wire: str, location: str, resource: str, used: set[str]) -> str:
        if location == "path" and wire.lower() == "id":
            # ``client.jobs.get(job_id)`` reads better than ``id_`` and says whose id it is.
            words = resource.split("_")
            base = safe_identifier("_".join([*words[:-1], singular(words[-1]), "id"]), RESERVED_ARGUMENTS)
        elif location == "header" and wire.lower().startswith("x-"):
            base = safe_identifier(wire[2:], RESERVED_ARGUMENTS)
        else:
            base = safe_identifier(wire, RESERVED_ARGUMENTS)
        return self.unique(base, used)

    def parameters(self, operation: dict[str, Any], resource: str, prefix: str, where: str, used: set[str]) -> tuple[list[Parameter], str | None]:
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
            wire, location = str(raw.get("name", "")), str(raw.get("in", ""))
            schema = raw.get("schema") if isinstance(raw.get("schema"), dict) else {}
            style, explode = serialization(raw, location)
            if style == "json":
                schema = content_schema(raw)
            if wire in first_location:
                argument = self.unique(safe_identifier(f"{wire}_{location}", RESERVED_ARGUMENTS), used)
                self.warnings.append(
                    f"{self.file}#{self.written_parameter(where, index, raw)}: parameter {wire!r} is also a {first_location[wire]} "
                    f"parameter; this {location} parameter is the argument {argument!r}"
                )
            else:
                argument = self.argument_name(wire, location, resource, used)
                first_location[wire] = location
            key = argument if wire_counts[wire] > 1 else wire
            is_required = bool(raw.get("required")) or location == "path"
            description = str(raw.get("description") or schema.get("description") or "")
            properties[key] = {**schema, **({"description": description} if description else {})}
            if is_required:
                required.append(key)
            result.append(Parameter(
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
                example=example_literal({**self.resolve(schema), **schema}),
            ))
        # Arguments keyed by argument name are always checked against the model's keys, so that a
        # renderer still keying them by wire name fails loudly instead of mixing them up.
        if not any(_worth_validating(schema) for schema in properties.values()) and len(first_location) == len(entries):
            return result, None
        model = self.new_model_name(prefix + "Params")
        self.extra_schemas[model] = soften_object({"type": "object", "properties": properties, "required": required, "additionalProperties": False})
        return result, model

    # -- request body ----------------------------------------------------------------------
    def body(self, operation: dict[str, Any], prefix: str, where: str, used: set[str]) -> tuple[str, list[Parameter], str | None, str | None]:
        """``(kind, parameters, validating model, whole-body annotation)``."""
        request_body = operation.get("requestBody")
        if not isinstance(request_body, dict) or not request_body.get("content"):
            return "none", [], None, None
        content: dict[str, Any] = request_body["content"]
        media_type = next((m for m in content if _is_json(m)), None) or next((m for m in content if m.split(";")[0] in (_MULTIPART, _FORM)), None) or next(iter(content))
        schema = (content[media_type] or {}).get("schema") or {}
        body_required = bool(request_body.get("required"))
        # Fields become keyword arguments unless the body is a union; allOf parts are merged, and
        # parts that only assert (cross-field rules) are checked by the runtime instead.
        target = self.merged_object(schema)
        base_media = media_type.split(";")[0].strip().lower()
        if _is_json(base_media):
            if target is not None:
                model = schema["$ref"][len(SCHEMA_REF_PREFIX):] if "$ref" in schema else None
                return "json", self.properties(target, used, binary_location=None), model, None
            text = annotation(schema)
            param = Parameter(name=self.unique("body", used), wire_name="", location="whole_body", annotation=text,
                              required=body_required, description=str(schema.get("description") or request_body.get("description") or "The request body."))
            return "whole_json", [param], None, runtime_type(text)
        if base_media in (_MULTIPART, _FORM) and target is not None:
            params = self.properties(target, used, binary_location="file")
            fields = {p.wire_name: target["properties"][p.wire_name] for p in params if p.location == "body"}
            model = None
            if fields:
                model = self.new_model_name(prefix + "Form")
                self.extra_schemas[model] = {
                    "type": "object",
                    "properties": fields,
                    "required": [n for n in target.get("required", []) if n in fields],
                }
            return ("multipart" if base_media == _MULTIPART or any(p.location == "file" for p in params) else "form"), params, model, None
        param = Parameter(name=self.unique("content", used), wire_name="", location="raw", annotation="bytes",
                          required=body_required, description=f"The request body ({media_type}).")
        self.warnings.append(f"{self.file}#{where}/requestBody: {media_type} body is sent as raw bytes")
        return "raw", [param], None, None

    def merged_object(self, schema: Any, depth: int = 0) -> dict[str, Any] | None:
        """``{"properties", "required"}`` of an object body, its ``allOf`` parts merged in; ``None``
        for anything that is not one object (a union, an array, a free-form map)."""
        target = self.resolve(schema)
        if not isinstance(target, dict) or depth > 20:
            return None
        if any(not is_assertion(m) for key in ("oneOf", "anyOf") for m in target.get(key) or []):
            return None
        properties: dict[str, Any] = {}
        required: list[str] = []
        for member in target.get("allOf") or []:
            if is_assertion(member):
                continue
            part = self.merged_object(member, depth + 1)
            if part is None:
                return None
            properties.update(part["properties"])
            required += [name for name in part["required"] if name not in required]
        properties.update(target.get("properties") or {})
        required += [name for name in target.get("required") or [] if name not in required]
        if not properties:
            return None
        return {"properties": properties, "required": required}

    def properties(self, schema: dict[str, Any], used: set[str], binary_location: str | None) -> list[Parameter]:
        required = set(schema.get("required") or [])
        result = []
        for wire, prop in schema["properties"].items():
            prop = prop if isinstance(prop, dict) else {}
            if prop.get("readOnly"):
                continue
            resolved = self.resolve(prop)
            is_binary = binary_location is not None and (
                isinstance(resolved, dict) and resolved.get("format") == "binary"
                or (isinstance(resolved, dict) and resolved.get("type") == "array" and isinstance(resolved.get("items"), dict) and resolved["items"].get("format") == "binary")
            )
            location = binary_location if is_binary and binary_location else "body"
            text = annotation(prop, binary="FileInput")
            # A required field that can hold one value only (a type tag such as ``kind: "thing"``)
            # is filled in: the caller may leave it out, and it is always sent.
            fixed = wire in required and isinstance(resolved, dict) and "const" in resolved and location == "body"
            result.append(Parameter(
                name=self.argument_name(str(wire), "body", "", used),
                wire_name=str(wire),
                location=location,
                annotation=text,
                required=wire in required and not fixed,
                description=str(prop.get("description") or resolved.get("description") or "") if isinstance(resolved, dict) else "",
                default=resolved["const"] if fixed else prop.get("default", resolved.get("default") if isinstance(resolved, dict) else None),
                has_default=not fixed and ("default" in prop or (isinstance(resolved, dict) and "default" in resolved and "$ref" in prop)),
                deprecated=bool(prop.get("deprecated")),
                fixed=fixed,
                example=example_literal({**resolved, **prop} if isinstance(resolved, dict) else prop),
            ))
        return result

    # -- responses -------------------------------------------------------------------------
    def returns(self, operation: dict[str, Any], where: str) -> tuple[str, str]:
        """``(annotation, runtime type)`` of what the method returns: its success responses'
        bodies, or None when none has one (or the operation documents no response at all).

        The runtime reads a response one way for every status (``cast_to``): parsed as JSON, or
        as text or bytes. When the success responses mix JSON with files or text, the first
        response decides; the responses that way cannot be read as documented are each a warning.
        """
        responses = operation.get("responses")
        if isinstance(responses, dict) and all(str(status).startswith("x-") for status in responses):
            # The official schemas require a response; validation accepts its absence (see
            # validation._no_documented_response) so that the operation is still generated.
            self.warnings.append(f"{self.file}#{where}/responses: no response is documented; the method returns None")
        successes = [(str(status), response) for status, response in (responses or {}).items() if str(status).startswith("2") and isinstance(response, dict)]
        default = (responses or {}).get("default") if isinstance(responses, dict) else None
        if not successes and isinstance(default, dict) and default.get("content"):
            # ``default`` stands for every status the document does not list, successes too.
            successes = [("default", default)]
            self.warnings.append(f"{self.file}#{where}/responses/default: no 2XX response is documented; a success returns the default response's body")
        entries: list[tuple[str, str, str]] = []  # (status, kind, media type)
        for status, response in successes:
            content = response.get("content") or {}
            if not content or status == "204":
                entries.append((status, "None", ""))
                continue
            media_type = next((m for m in content if _is_json(m)), None)
            if media_type is not None:
                schema = (content[media_type] or {}).get("schema")
                entries.append((status, annotation(schema) if schema else "Any", media_type))
            elif any(m.startswith("text/") for m in content):
                entries.append((status, "str", next(m for m in content if m.startswith("text/"))))
            else:
                entries.append((status, "bytes", next(iter(content))))
        if not entries:
            return "None", "None"
        unique = list(dict.fromkeys(kind for _, kind, _ in entries))
        unread = ("str", "bytes")
        if len(unique) > 1 and any(kind in unread for kind in unique):
            parsed = [kind for kind in unique if kind not in unread]
            if entries[0][1] in unread or all(kind == "None" for kind in parsed):
                # Read every body as it is: exact for any response, typed only as bytes (or text).
                unique = ["bytes" if "bytes" in unique else "str"]
                for status, kind, media_type in entries:
                    if kind not in ("None", unique[0]):
                        reason = "" if kind in unread else f": the first success response ({entries[0][0]}) is not JSON"
                        self.warnings.append(f"{self.file}#{where}{to_pointer(['responses', status])}: {media_type} response is returned as {unique[0]}, not as {kind}{reason}")
            else:
                unique = parsed
                for status, kind, media_type in entries:
                    if kind in unread:
                        self.warnings.append(f"{self.file}#{where}{to_pointer(['responses', status])}: {media_type} response is not typed: the method parses success responses as JSON ({' | '.join(parsed)}); read this one with with_raw_response")
        text = " | ".join(unique)
        return text, runtime_type(text)

    # -- operations ------------------------------------------------------------------------
    def flat_methods(self, path: str, method: str, raw: dict[str, Any], base: Operation) -> list[Operation]:
        """``x-sdk-flat-methods``: a typed method per model for a generic envelope endpoint,
        e.g. Vtrix's ``{model, input: [{params}]}`` offered as ``generations.kirin_v2_image(prompt=…)``."""
        result = []
        for index, entry in enumerate(raw.get("x-sdk-flat-methods") or []):
            where = to_pointer(["paths", path, method, "x-sdk-flat-methods", index])
            schema = entry.get("params_schema") if isinstance(entry, dict) else None
            target = self.resolve(schema)
            if not isinstance(schema, dict) or "$ref" not in schema or not isinstance(target, dict) or not isinstance(target.get("properties"), dict):
                raise SpecError(self.file, where + "/params_schema", "needs a $ref to an object schema with properties")
            if "envelope" not in entry or "$params" not in json.dumps(entry["envelope"]):
                raise SpecError(self.file, where + "/envelope", "needs an envelope containing the marker \"$params\"")
            name = safe_identifier(str(entry.get("name", "")), RESERVED_ARGUMENTS, avoid_builtins=False)
            used = {p.name for p in base.parameters if p.location not in ("body", "whole_body", "file")}
            others = [p for p in base.parameters if p.location not in ("body", "whole_body", "file")]
            params = self.properties(target, used, binary_location=None)
            params += self.envelope_fields(entry["envelope"], base, used)
            ordered = [p for p in others if p.location == "path"] + [p for p in params + others if p.location != "path" and p.required] + [p for p in params + others if p.location != "path" and not p.required]
            result.append(replace(
                base,
                name=name,
                summary=str(entry.get("description") or base.summary),
                description="",
                parameters=tuple(ordered),
                body_kind="envelope",
                body_model=schema["$ref"][len(SCHEMA_REF_PREFIX):],
                body_annotation=None,
                envelope=entry["envelope"],
                envelope_model=base.body_model if any(p.location == "envelope" for p in params) else None,
            ))
        return result

    def envelope_fields(self, envelope: Any, base: Operation, used: set[str]) -> list[Parameter]:
        """Arguments for the request body's top-level fields that the envelope template does not
        set (optional switches such as Vtrix's ``moderation``), sent beside it."""
        body = self.resolve({"$ref": SCHEMA_REF_PREFIX + base.body_model}) if base.body_model else None
        if not isinstance(envelope, dict) or not isinstance(body, dict) or not isinstance(body.get("properties"), dict):
            return []
        rest = {name: prop for name, prop in body["properties"].items() if name not in envelope}
        required = [name for name in body.get("required") or [] if name in rest]
        if not rest:
            return []
        fields = self.properties({"properties": rest, "required": required}, used, binary_location=None)
        return [replace(field, location="envelope") for field in fields]

    def job_status(self, raw: dict[str, Any], where: str) -> dict[str, Any] | None:
        """``x-sdk-job-status``, checked: the lifecycle may only use the common states."""
        hint = raw.get("x-sdk-job-status")
        if hint is None:
            return None
        states = {"queued", "running", "succeeded", "failed", "canceled"}
        if not isinstance(hint, dict) or not isinstance(hint.get("status"), str) or not isinstance(hint.get("lifecycle"), dict):
            raise SpecError(self.file, where + "/x-sdk-job-status", "needs `status` (a dotted path) and `lifecycle` (state → vendor statuses)")
        if not any(p.get("in") == "path" for p in raw.get("parameters") or []):
            raise SpecError(self.file, where + "/x-sdk-job-status", "the status operation needs a path parameter holding the job id")
        unknown = set(hint["lifecycle"]) - states
        if unknown:
            raise SpecError(self.file, where + "/x-sdk-job-status/lifecycle", f"unknown states {sorted(unknown)}; use {sorted(states)}")
        results = hint.get("results") or []
        return {
            "status": hint["status"],
            "lifecycle": {state: [str(v) for v in hint["lifecycle"][state]] for state in sorted(hint["lifecycle"])},
            "error": hint.get("error"),
            "results": tuple(str(r) for r in (results if isinstance(results, list) else [results])),
            "poll_interval": float(hint.get("poll_interval", 2)),
            "slow_down_after": float(hint.get("slow_down_after", 60)),
        }

    def paging(self, raw: dict[str, Any], params: list[Parameter], where: str) -> Paging | None:
        hint = raw.get("x-sdk-pagination")
        if not isinstance(hint, dict):
            return None
        wire = hint.get("cursor_param") if hint.get("style") == "cursor" else hint.get("page_param")
        param = next((p for p in params if p.wire_name == wire and p.location == "query"), None)
        if param is None:
            self.warnings.append(f"{self.file}#{where}/x-sdk-pagination: {raw.get('x-sdk-resource')}.{raw.get('x-sdk-method')} has no query parameter {wire!r}; generated without auto-pagination (…_pages(), …_all())")
            return None
        schema: Any = None
        for status, response in (raw.get("responses") or {}).items():
            if str(status).startswith("2") and isinstance(response, dict):
                schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
                break
        for name in hint.get("items") or []:
            target = self.resolve(schema)
            schema = (target.get("properties") or {}).get(name) if isinstance(target, dict) else None
        target = self.resolve(schema)
        item = annotation(target.get("items")) if isinstance(target, dict) else "Any"
        return Paging(
            style=str(hint["style"]),
            position_param=param.name,
            items=tuple(safe_identifier(str(n), avoid_builtins=False) for n in hint.get("items") or []),
            next_cursor=hint.get("next_cursor"),
            item_annotation=item,
        )

    def link_jobs(self, grouped: dict[str, list[Operation]], links: dict[tuple[str, str], tuple[dict[str, Any], str]]) -> None:
        """Point every job-starting operation at the status operation it names in ``x-sdk-job``."""
        by_name = {(resource, op.name): op for resource, ops in grouped.items() for op in ops}
        for resource, ops in grouped.items():
            for index, op in enumerate(ops):
                link = links.get((resource, op.name))
                if link is None:
                    continue
                hint, where = link
                target = str(hint.get("poll", ""))
                poll_resource, _, poll_method = target.partition(".")
                status_op = by_name.get((poll_resource, poll_method))
                if status_op is None or not status_op.job_status:
                    raise SpecError(self.file, where + "/x-sdk-job/poll", f"{target!r} is not an operation with x-sdk-job-status")
                id_path = str(hint.get("id", "id"))
                pascal = pascal_case(poll_resource)
                ops[index] = replace(op, job=JobLink(
                    poll_module=poll_resource,
                    poll_class=pascal + "Resource",
                    poll_async_class="Async" + pascal + "Resource",
                    id_path=id_path,
                    multiple="*" in id_path.split("."),
                    result_annotation=status_op.return_annotation,
                ))

    def aliases(self, raw: dict[str, Any], params: list[Parameter], used: set[str]) -> tuple[DeprecatedAlias, ...]:
        """Old field names (``x-…-deprecated-field-aliases``) whose Python name differs from the
        new one (``presetStyles`` → ``styles``); camelCase → snake_case renames need nothing, as
        the Python argument already has the new name."""
        entries = next((value for key, value in raw.items() if key.startswith("x-") and key.endswith("deprecated-field-aliases")), None)
        result = []
        by_wire = {p.wire_name: p for p in params if p.location == "body"}
        for entry in entries or []:
            if not isinstance(entry, dict) or entry.get("to") not in by_wire:
                continue
            target = by_wire[str(entry["to"])]
            old = safe_identifier(str(entry.get("from", "")), RESERVED_ARGUMENTS)
            if old == target.name or old in used:
                continue
            used.add(old)
            result.append(DeprecatedAlias(
                name=old,
                wire_name=str(entry["from"]),
                target=target.name,
                target_wire=target.wire_name,
                annotation=target.annotation,
                sunset_date=str(entry.get("sunset_date") or ""),
                migration_url=str(entry.get("migration_url") or ""),
            ))
        return tuple(result)

    def operation(self, path: str, method: str, raw: dict[str, Any]) -> Operation:
        resource, name = str(raw["x-sdk-resource"]), str(raw["x-sdk-method"])
        where = to_pointer(["paths", path, method])
        prefix = operation_prefix(resource, name)
        used: set[str] = set()
        params, params_model = self.parameters(raw, resource, prefix, where, used)
        kind, body_params, body_model, body_annotation = self.body(raw, prefix, where, used)
        return_annotation, cast_to = self.returns(raw, where)
        path_order = {segment.strip("{}"): i for i, segment in enumerate(path.split("/")) if segment.startswith("{")}
        all_params = params + body_params
        ordered = (
            sorted([p for p in all_params if p.location == "path"], key=lambda p: path_order.get(p.wire_name, 0))
            + [p for p in all_params if p.location != "path" and p.required]
            + [p for p in all_params if p.location != "path" and not p.required]
        )
        return Operation(
            name=name,
            http_method=method.upper(),
            path=path,
            summary=str(raw.get("summary") or ""),
            description=str(raw.get("description") or ""),
            deprecated=bool(raw.get("deprecated")),
            parameters=tuple(ordered),
            params_model=params_model,
            body_kind=kind,
            body_model=body_model,
            body_annotation=body_annotation,
            return_annotation=return_annotation,
            cast_to=cast_to,
            pagination=raw.get("x-sdk-pagination"),
            job_status=self.job_status(raw, where),
            aliases=self.aliases(raw, all_params, used),
            paging=self.paging(raw, params, where),
            idempotency_header=next((p.wire_name for p in params if p.location == "header" and p.wire_name.lower() == "idempotency-key"), None),
        )

    def webhooks(self) -> tuple[Webhook, ...]:
        """Typed payloads of the callbacks in the document's ``webhooks``."""
        result = []
        used: set[str] = set()
        for name, item in (self.document.get("webhooks") or {}).items():
            for method in HTTP_METHODS:
                raw = item.get(method) if isinstance(item, dict) else None
                if not isinstance(raw, dict):
                    continue
                content = (raw.get("requestBody") or {}).get("content") or {}
                media = next((m for m in content if _is_json(m)), None)
                schema = (content.get(media) or {}).get("schema") if media else None
                text = annotation(schema) if schema else "Any"
                function = self.unique("parse_" + safe_identifier(str(name), avoid_builtins=False), used)
                result.append(Webhook(
                    name=str(name),
                    function=function,
                    annotation=text,
                    runtime_type=runtime_type(text),
                    description=str(raw.get("description") or raw.get("summary") or ""),
                ))
        return tuple(result)

    def webhook_signature(self) -> dict[str, Any] | None:
        hint = self.document.get("x-sdk-webhook-signature")
        if hint is None:
            return None
        where = "/x-sdk-webhook-signature"
        if not isinstance(hint, dict) or hint.get("algorithm") != "hmac-sha256":
            raise SpecError(self.file, where + "/algorithm", "only hmac-sha256 signatures are supported")
        payload = str(hint.get("signed_payload", "{timestamp}.{body}"))
        if "{body}" not in payload:
            raise SpecError(self.file, where + "/signed_payload", "must contain {body}")
        for key in ("signature_header",):
            if not isinstance(hint.get(key), str):
                raise SpecError(self.file, f"{where}/{key}", "is required")
        if hint.get("encoding", "hex") not in ("hex", "base64"):
            raise SpecError(self.file, where + "/encoding", "hex or base64")
        encoding = str(hint.get("encoding", "hex"))
        # A scheme the spec marks unverified may be wrong about the encoding: the other one is
        # accepted too (both are the same HMAC, so nothing weaker is let through).
        encodings = [encoding, *(other for other in ("hex", "base64") if other != encoding)] if hint.get("x-unverified") else [encoding]
        return {
            "signed_payload": payload,
            "timestamp_header": hint.get("timestamp_header"),
            "signature_header": hint["signature_header"],
            "encoding": encoding,
            "encodings": encodings,
            "unverified": bool(hint.get("x-unverified")),
            "tolerance_seconds": float(hint.get("tolerance_seconds", 300)),
        }

    def written_item(self, path: str) -> str:
        """The pointer of path item ``path`` as written (the target of its ``$ref``, if any)."""
        item = (self.source.get("paths") or {}).get(path)
        ref = item.get("$ref") if isinstance(item, dict) else None
        return ref[1:] if isinstance(ref, str) and ref.startswith("#/") else to_pointer(["paths", path])

    def unexpressed(self, path: str, method: str, item: dict[str, Any], raw: dict[str, Any]) -> None:
        """Warn about what an operation documents that its method cannot do: ``servers`` of its
        own (every request goes to the client's base URL) and ``callbacks`` (no typed parser)."""
        from .defaults import default_base_url

        base = self.written_item(path)
        for where, servers in ((f"{base}/{method}/servers", raw.get("servers")), (f"{base}/servers", item.get("servers"))):
            if not isinstance(servers, list) or not servers:
                continue  # none (or an empty list): the next level's servers apply
            written = servers[0].get("url") if isinstance(servers[0], dict) else None
            message = f"{self.file}#{where}: not used: requests go to the client's base URL ({self.config.base_url}), not to {written!r}"
            if default_base_url({"servers": servers}) != self.config.base_url and message not in self.warnings:
                self.warnings.append(message)
            break
        callbacks = raw.get("callbacks")
        if isinstance(callbacks, dict) and callbacks:
            self.warnings.append(f"{self.file}#{base}/{method}/callbacks: not generated: no typed parser for the requests of {', '.join(map(repr, callbacks))}")

    def raw_operations(self) -> list[dict[str, Any]]:
        """Every operation object of the document, in path order."""
        return [
            operation
            for item in (self.document.get("paths") or {}).values() if isinstance(item, dict)
            for operation in (item.get(method) for method in HTTP_METHODS) if isinstance(operation, dict)
        ]

    def unsent_auth(self, auth: Auth) -> None:
        """Warn about every security scheme the document requires that the client does not send:
        it sends its one credential the way ``auth`` says, and nothing else."""
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}

        def sent(name: str) -> bool:
            if not isinstance(schemes.get(name), dict):
                return True  # not a scheme the document defines: nothing to compare
            way = scheme_auth(schemes[name])
            return way is not None and same_way(way, auth)

        reported: set[str] = set()
        for alternatives in requirement_lists(self.document, self.raw_operations()):
            if not alternatives:
                continue
            if any(isinstance(a, dict) and all(sent(str(name)) for name in a) for a in alternatives):
                continue  # one alternative (maybe ``{}``, no authentication) is what the client sends
            for name in (str(n) for a in alternatives if isinstance(a, dict) for n in a):
                if sent(name) or name in reported:
                    continue
                reported.add(name)
                scheme = schemes[name]
                place = {"query": "query parameter"}.get(str(scheme.get("in")), str(scheme.get("in")))
                what = {"apiKey": f"an API key in the {place} {scheme.get('name')!r}", "http": f"HTTP {scheme.get('scheme')} authentication", "mutualTLS": "mutual TLS"}.get(str(scheme.get("type")), str(scheme.get("type")))
                self.warnings.append(f"{self.file}#{to_pointer(['components', 'securitySchemes', name])}: {what} is not supported; the client sends {auth.wire}")

    def build(self) -> Package:
        grouped: dict[str, list[Operation]] = {}
        links: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for path, item in (self.document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    raw = item[method]
                    resource = str(raw["x-sdk-resource"])
                    operation = self.operation(path, method, raw)
                    self.unexpressed(path, method, item, raw)
                    variants = [operation, *self.flat_methods(path, method, raw, operation)]
                    grouped.setdefault(resource, []).extend(variants)
                    if isinstance(raw.get("x-sdk-job"), dict):
                        for variant in variants:
                            links[(resource, variant.name)] = (raw["x-sdk-job"], to_pointer(["paths", path, method]))
        self.link_jobs(grouped, links)
        tags = {str(t.get("name")): str(t.get("description") or "") for t in self.document.get("tags") or [] if isinstance(t, dict)}
        tag_of: dict[str, str] = {}
        for item in (self.document.get("paths") or {}).values():
            for method in HTTP_METHODS:
                raw = item.get(method) if isinstance(item, dict) else None
                if isinstance(raw, dict) and raw.get("tags"):
                    tag_of.setdefault(str(raw["x-sdk-resource"]), str(raw["tags"][0]))
        resources = []
        for attribute in sorted(grouped):
            class_base = pascal_case(attribute)
            doc = tags.get(tag_of.get(attribute, ""), "") or f"Operations on {attribute.replace('_', ' ')}."
            imports = sorted({
                (op.job.poll_module, op.job.poll_class, op.job.poll_async_class)
                for op in grouped[attribute]
                if op.job is not None and op.job.poll_module != attribute
            })
            resources.append(Resource(
                attribute=attribute,
                module=attribute,
                class_name=class_base + "Resource",
                async_class_name="Async" + class_base + "Resource",
                docstring=doc,
                operations=tuple(grouped[attribute]),
                imports=tuple(imports),
            ))
        auth = choose_auth(self.document, self.raw_operations())
        self.unsent_auth(auth)
        info = self.document.get("info") or {}
        key_env = self.config.api_key_env
        base_env = key_env[: -len("_API_KEY")] + "_BASE_URL" if key_env.endswith("_API_KEY") else key_env + "_BASE_URL"
        return Package(
            name=self.name,
            package_name=self.config.package_name,
            distribution_name=self.config.distribution_name,
            version=self.config.version,
            description=self.config.description,
            client_class=self.config.client_class,
            async_client_class=self.config.async_client_class,
            api_key_env=key_env,
            base_url_env=base_env,
            base_url=self.config.base_url,
            auth=auth,
            error_base=self.config.client_class + "Error",
            homepage=self.config.homepage,
            title=str(info.get("title") or self.config.client_class + " API"),
            api_version=str(info.get("version") or ""),
            resources=tuple(resources),
            extra_schemas=dict(sorted(self.extra_schemas.items())),
            rules=collect_rules({**self.components, **self.extra_schemas}, self.warnings),
            webhooks=self.webhooks(),
            webhook_signature=self.webhook_signature(),
            error_envelope=error_envelope(self.document, self.file),
            warnings=tuple(self.warnings),
        )


def build_package(document: dict[str, Any], config: SdkConfig, name: str, file: Path, source: dict[str, Any] | None = None) -> Package:
    """The intermediate model of one package from its normalized document; ``source`` is the
    document as written (default: the normalized one), which warnings point into."""
    return _Builder(document, config, name, file, source).build()

