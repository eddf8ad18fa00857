"""Table-driven API diff cases: old spec -> new spec through the real pipeline, both views.

Every case builds two packages from small specs with the generator's own pipeline (normalize,
IR, datamodel-code-generator, templates; black is skipped because the diff reads the source
with ``ast`` and formatting cannot change what it sees), diffs them, and asserts the most
serious level in the wire view, in the code view, the suggested bump of a 0.1.0 package, and
the rules that fired.
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.emit import formatting
from generator.spec.config import SdkConfig
from generator.diff.api import diff_provider
from generator.diff.model import ProviderDiff
from generator.diff.semver import bump_kind
from generator.spec.sources import ProviderSource

TODAY = datetime.date(2026, 1, 1)
CONFIG = SdkConfig.from_mapping(
    {
        "package_name": "demo_sdk",
        "distribution_name": "demo-sdk",
        "version": "0.1.0",
        "client_class": "Demo",
        "api_key_env": "DEMO_API_KEY",
        "base_url": "https://api.example.com",
    }
)


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_response(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Demo API", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/jobs": {
            "get": {
                "tags": ["Jobs"],
                "summary": "List jobs",
                "parameters": [
                    {
                        "in": "query",
                        "name": "limit",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
                    },
                    {"in": "query", "name": "score", "schema": {"type": "number"}},
                    {"in": "query", "name": "region", "schema": {"type": "string"}},
                    {"in": "query", "name": "status", "schema": ref("JobStatus")},
                ],
                "responses": {"200": json_response(ref("JobPage"))},
            }
        },
        "/jobs/{id}": {
            "get": {
                "tags": ["Jobs"],
                "summary": "Get a job",
                "parameters": [
                    {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": json_response(ref("Job")), "404": json_response(ref("Error"))},
            },
            "delete": {
                "tags": ["Jobs"],
                "summary": "Cancel a job",
                "parameters": [
                    {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"204": {"description": "Cancelled"}},
            },
        },
        "/images": {
            "post": {
                "tags": ["Images"],
                "operationId": "create_image",
                "summary": "Generate an image",
                "parameters": [
                    {"in": "header", "name": "X-Webhook-URL", "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref("ImageRequest")}},
                },
                "responses": {
                    "200": json_response(ref("CreatedJob")),
                    "400": json_response(ref("Error")),
                    "402": json_response(ref("Error")),
                },
            }
        },
    },
    "components": {
        "schemas": {
            "JobStatus": {"type": "string", "enum": ["queued", "running", "done"]},
            "Job": {
                "type": "object",
                "properties": {
                    "job_id": {"type": "string", "maxLength": 36},
                    "status": ref("JobStatus"),
                    "created_at": {
                        "type": "string",
                        "format": "date-time",
                        "description": "When the job was created.",
                    },
                    "score": {"type": "number"},
                    "result": ref("JobResult"),
                },
                "required": ["job_id", "status", "created_at"],
            },
            "JobResult": {
                "type": "object",
                "properties": {
                    "urls": {"type": "array", "items": {"type": "string"}},
                    "style_id": {"type": "string"},
                },
            },
            "JobPage": {
                "type": "object",
                "properties": {
                    "items": {"type": "array", "items": ref("Job")},
                    "next_cursor": {"type": ["string", "null"]},
                },
                "required": ["items", "next_cursor"],
            },
            "CreatedJob": {
                "type": "object",
                "properties": {"job_id": {"type": "string"}, "status": ref("JobStatus")},
                "required": ["job_id", "status"],
            },
            "ImageRequest": {
                "type": "object",
                "properties": {
                    "prompt": {"type": "string", "maxLength": 100},
                    "seed": {"type": "integer", "default": 1},
                    "style": {"type": "string", "enum": ["a", "b"]},
                    "steps": {"type": "integer", "minimum": 1, "maximum": 50},
                },
                "required": ["prompt"],
                "additionalProperties": False,
            },
            "Error": {
                "type": "object",
                "properties": {"error": {"type": "string"}},
                "required": ["error"],
            },
        }
    },
}


@cache
def _build(document_json: str) -> dict[str, str]:
    """The package's files (unformatted: the diff reads them with ``ast``)."""
    source = ProviderSource(
        "demo", Path("."), CONFIG, Path("openapi.json"), json.loads(document_json)
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "format_files", formatting.unformatted)
        return pipeline.build_files(source).files


def build(document: dict[str, Any]) -> dict[str, str]:
    return _build(json.dumps(document, sort_keys=True))


# -- spec editing helpers -----------------------------------------------------------------------
Edit = Callable[[dict[str, Any]], None]


def operation(doc: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["paths"][path][method]
    return result


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"][name]
    return result


def parameter(doc: dict[str, Any], method: str, path: str, name: str) -> dict[str, Any]:
    return next(p for p in operation(doc, method, path)["parameters"] if p["name"] == name)


def remove_parameter(doc: dict[str, Any], method: str, path: str, name: str) -> None:
    op = operation(doc, method, path)
    op["parameters"] = [p for p in op["parameters"] if p["name"] != name]


def rename_component(doc: dict[str, Any], old: str, new: str) -> None:
    schemas = doc["components"]["schemas"]
    doc["components"]["schemas"] = {(new if k == old else k): v for k, v in schemas.items()}
    text = json.dumps(doc).replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    doc.clear()
    doc.update(json.loads(text))


def edits(*steps: Edit) -> Edit:
    def run(doc: dict[str, Any]) -> None:
        for step in steps:
            step(doc)

    return run


@dataclass(frozen=True)
class Case:
    id: str
    change: Edit
    wire: str | None  # most serious level in the wire view (None: no wire change)
    code: str | None  # ... in the code view
    bump: str  # for a 0.1.0 package
    kinds: frozenset[str] = field(default_factory=frozenset)  # rules that must fire ("view:kind")
    before: Edit | None = None  # prepares the old spec (default: BASE as is)
    include_descriptions: bool = False


def case(
    id: str,
    change: Edit,
    wire: str | None,
    code: str | None,
    bump: str,
    *kinds: str,
    before: Edit | None = None,
    include_descriptions: bool = False,
) -> Case:
    return Case(id, change, wire, code, bump, frozenset(kinds), before, include_descriptions)


def _deprecate_delete(doc: dict[str, Any], sunset: str | None = None) -> None:
    op = operation(doc, "delete", "/jobs/{id}")
    op["deprecated"] = True
    if sunset:
        op["x-sunset"] = sunset


def _drop_delete(doc: dict[str, Any]) -> None:
    del doc["paths"]["/jobs/{id}"]["delete"]


def _add_videos(doc: dict[str, Any]) -> None:
    doc["paths"]["/videos"] = {
        "post": {
            "tags": ["Videos"],
            "summary": "Generate a video",
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "title": "VideoRequest",
                            "properties": {"prompt": {"type": "string"}},
                            "required": ["prompt"],
                        }
                    }
                }
            },
            "responses": {"200": json_response(ref("CreatedJob"))},
        }
    }


def _add_query(required: bool) -> Edit:
    def run(doc: dict[str, Any]) -> None:
        operation(doc, "get", "/jobs")["parameters"].append(
            {"in": "query", "name": "owner", "required": required, "schema": {"type": "string"}}
        )

    return run


def _set(path: Callable[[dict[str, Any]], dict[str, Any]], **values: Any) -> Edit:
    def run(doc: dict[str, Any]) -> None:
        path(doc).update(values)

    return run


def _unset(path: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> Edit:
    def run(doc: dict[str, Any]) -> None:
        del path(doc)[key]

    return run


def limit_param(doc: dict[str, Any]) -> dict[str, Any]:
    return parameter(doc, "get", "/jobs", "limit")


def limit_schema(doc: dict[str, Any]) -> dict[str, Any]:
    return limit_param(doc)["schema"]


def image_prop(name: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda doc: schema(doc, "ImageRequest")["properties"][name]


def job_prop(name: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda doc: schema(doc, "Job")["properties"][name]


def _add_image_property(name: str, prop: dict[str, Any], required: bool) -> Edit:
    def run(doc: dict[str, Any]) -> None:
        request = schema(doc, "ImageRequest")
        request["properties"][name] = prop
        if required:
            request["required"].append(name)

    return run


def _remove_property(component: str, name: str) -> Edit:
    def run(doc: dict[str, Any]) -> None:
        target = schema(doc, component)
        del target["properties"][name]
        target["required"] = [r for r in target.get("required", []) if r != name]

    return run


def _job_required(names: list[str]) -> Edit:
    return lambda doc: schema(doc, "Job").__setitem__("required", names)


def _move_to_header(doc: dict[str, Any]) -> None:
    parameter(doc, "get", "/jobs", "region")["in"] = "header"


def _status_to_201(doc: dict[str, Any]) -> None:
    responses = operation(doc, "post", "/images")["responses"]
    responses["201"] = responses.pop("200")


def _drop_402(doc: dict[str, Any]) -> None:
    del operation(doc, "post", "/images")["responses"]["402"]


def _secure(doc: dict[str, Any]) -> None:
    doc["components"]["securitySchemes"] = {"bearerAuth": {"type": "http", "scheme": "bearer"}}
    doc["security"] = [{"bearerAuth": []}]


def _describe(doc: dict[str, Any]) -> None:
    job_prop("created_at")(doc)["description"] = "Creation time (UTC)."
    operation(doc, "get", "/jobs")["summary"] = "List your jobs"
    operation(doc, "get", "/jobs")["description"] = "Newest first."


def _result_in_all_of(doc: dict[str, Any]) -> None:
    """``JobResult`` becomes ``allOf: [ResultUrls, {style_id}]``: the same merged schema."""
    schemas = doc["components"]["schemas"]
    schemas["ResultUrls"] = {
        "type": "object",
        "properties": {"urls": {"type": "array", "items": {"type": "string"}}},
    }
    schemas["JobResult"] = {
        "allOf": [
            ref("ResultUrls"),
            {"type": "object", "properties": {"style_id": {"type": "string"}}},
        ]
    }


def _add_webhook(doc: dict[str, Any]) -> None:
    payload = {
        "type": "object",
        "title": "JobEvent",
        "properties": {
            "job_id": {"type": "string"},
            "kind": {"type": "string", "enum": ["finished", "failed"]},
        },
        "required": ["job_id", "kind"],
    }
    doc["webhooks"] = {
        "job.event": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": payload}}},
                "responses": {"200": {"description": "Acknowledged"}},
            }
        }
    }


def _webhook_kinds(doc: dict[str, Any]) -> None:
    doc["webhooks"]["job.event"]["post"]["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ]["kind"]["enum"].append("started")


def _image_rule(unverified: bool = False, needs: str = "seed") -> Edit:
    """A cross-field rule on ``ImageRequest``: ``steps`` needs ``needs``."""

    def edit(doc: dict[str, Any]) -> None:
        rule: dict[str, Any] = {
            "x-rule-id": "steps-need-seed",
            "dependentRequired": {"steps": [needs]},
        }
        if unverified:
            rule["x-unverified"] = True
        schema(doc, "ImageRequest")["allOf"] = [rule]

    return edit


def _drop_image_rule(doc: dict[str, Any]) -> None:
    del schema(doc, "ImageRequest")["allOf"]


def _rename_method(doc: dict[str, Any]) -> None:
    operation(doc, "post", "/images")["x-sdk-method"] = "generate"


CASES = [
    # -- operations ---------------------------------------------------------------------------------
    case(
        "operation added",
        _add_videos,
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:operation-added",
        "code:method-added",
        "code:resource-added",
    ),
    case(
        "operation removed",
        _drop_delete,
        "breaking",
        "breaking",
        "minor",
        "wire:operation-removed",
        "code:method-removed",
    ),
    case(
        "operation removed after deprecation",
        _drop_delete,
        "info",
        "breaking",
        "minor",
        "wire:operation-removed-after-deprecation",
        "code:method-removed",
        before=_deprecate_delete,
    ),
    case(
        "operation removed before its sunset date",
        _drop_delete,
        "breaking",
        "breaking",
        "minor",
        "wire:operation-removed-before-sunset",
        before=lambda doc: _deprecate_delete(doc, "2999-01-01"),
    ),
    case(
        "operation deprecated",
        _deprecate_delete,
        "info",
        "info",
        "patch",
        "wire:operation-deprecated",
        "code:method-deprecated",
    ),
    case(
        "operationId renamed (method renamed)",
        _set(lambda d: operation(d, "post", "/images"), operationId="generate_image"),
        "info",
        "breaking",
        "minor",
        "wire:operation-id-changed",
        "code:method-renamed",
    ),
    case(
        "method renamed by x-sdk-method only",
        _rename_method,
        None,
        "breaking",
        "minor",
        "code:method-renamed",
    ),
    # -- parameters -----------------------------------------------------------------------------------
    case(
        "required query parameter added",
        _add_query(True),
        "breaking",
        "breaking",
        "minor",
        "wire:parameter-added-required",
        "code:parameter-added-required",
    ),
    case(
        "optional query parameter added",
        _add_query(False),
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:parameter-added-optional",
        "code:parameter-added-optional",
    ),
    case(
        "query parameter removed",
        lambda d: remove_parameter(d, "get", "/jobs", "limit"),
        "breaking",
        "breaking",
        "minor",
        "wire:parameter-removed",
        "code:parameter-removed",
    ),
    case(
        "parameter moved from query to header",
        _move_to_header,
        "breaking",
        None,
        "minor",
        "wire:parameter-moved",
    ),
    case(
        "parameter type narrowed (number -> integer)",
        _set(lambda d: parameter(d, "get", "/jobs", "score")["schema"], type="integer"),
        "breaking",
        "breaking",
        "minor",
        "wire:type-narrowed",
        "code:parameter-type-narrowed",
    ),
    case(
        "parameter type widened (integer -> number)",
        _set(limit_schema, type="number"),
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:type-widened",
        "code:parameter-type-widened",
    ),
    case(
        "parameter type changed (string -> integer)",
        _set(lambda d: parameter(d, "get", "/jobs", "region")["schema"], type="integer"),
        "breaking",
        "breaking",
        "minor",
        "wire:type-changed",
        "code:parameter-type-changed",
    ),
    case(
        "parameter default changed",
        _set(limit_schema, default=20),
        "non-breaking",
        None,
        "patch",
        "wire:default-changed",
    ),
    case(
        "parameter became required",
        _set(limit_param, required=True),
        "breaking",
        "breaking",
        "minor",
        "wire:parameter-became-required",
        "code:parameter-became-required",
    ),
    case(
        "parameter limit tightened (maximum 100 -> 50)",
        _set(limit_schema, maximum=50),
        "breaking",
        "breaking",
        "minor",
        "wire:limit-tightened",
        "code:parameter-limit-tightened",
    ),
    # -- request body ----------------------------------------------------------------------------------
    case(
        "request rule added (clients refuse what breaks it)",
        _image_rule(),
        "breaking",
        None,
        "minor",
        "wire:rule-added",
    ),
    case(
        "request rule changed",
        _image_rule(needs="style"),
        "breaking",
        None,
        "minor",
        "wire:rule-changed",
        before=_image_rule(),
    ),
    case(
        "request rule removed",
        _drop_image_rule,
        "non-breaking",
        None,
        "patch",
        "wire:rule-removed",
        before=_image_rule(),
    ),
    case(
        "request rule became unverified (clients only warn)",
        _image_rule(unverified=True),
        "non-breaking",
        None,
        "patch",
        "wire:rule-became-unverified",
        before=_image_rule(),
    ),
    case(
        "request rule became verified",
        _image_rule(),
        "breaking",
        None,
        "minor",
        "wire:rule-became-verified",
        before=_image_rule(unverified=True),
    ),
    case(
        "unverified request rule added (clients only warn)",
        _image_rule(unverified=True),
        "info",
        None,
        "patch",
        "wire:unverified-rule-added",
    ),
    case(
        "request property added, required, no default",
        _add_image_property("width", {"type": "integer"}, True),
        "breaking",
        "breaking",
        "minor",
        "wire:property-added-required",
        "code:parameter-added-required",
    ),
    case(
        "request property added, required, with a default",
        _add_image_property("height", {"type": "integer", "default": 512}, True),
        "breaking",
        "breaking",
        "minor",
        "wire:property-added-required-with-default",
        "code:parameter-added-required",
    ),
    case(
        "request property added, optional",
        _add_image_property("negative_prompt", {"type": "string"}, False),
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:property-added-optional",
        "code:parameter-added-optional",
    ),
    case(
        "request property removed",
        _remove_property("ImageRequest", "seed"),
        "breaking",
        "breaking",
        "minor",
        "wire:property-removed-optional",
        "code:parameter-removed",
    ),
    case(
        "request enum value added",
        _set(image_prop("style"), enum=["a", "b", "c"]),
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:enum-value-added",
        "code:literal-member-added",
    ),
    case(
        "request enum value removed",
        _set(image_prop("style"), enum=["a"]),
        "breaking",
        "breaking",
        "minor",
        "wire:enum-value-removed",
        "code:literal-member-removed",
    ),
    case(
        "request maxLength decreased",
        _set(image_prop("prompt"), maxLength=50),
        "breaking",
        "breaking",
        "minor",
        "wire:limit-tightened",
        "code:parameter-limit-tightened",
    ),
    case(
        "request maxLength increased",
        _set(image_prop("prompt"), maxLength=200),
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:limit-loosened",
        "code:parameter-limit-loosened",
    ),
    case(
        "request minimum added",
        _set(image_prop("seed"), minimum=0),
        "breaking",
        "breaking",
        "minor",
        "wire:limit-tightened",
        "code:parameter-limit-tightened",
    ),
    case(
        "request property default changed",
        _set(image_prop("seed"), default=2),
        "non-breaking",
        None,
        "patch",
        "wire:default-changed",
    ),
    case(
        "request body no longer accepts additional properties",
        _set(lambda d: schema(d, "ImageRequest"), additionalProperties=False),
        "breaking",
        None,
        "minor",
        "wire:additional-properties-restricted",
        before=_unset(lambda d: schema(d, "ImageRequest"), "additionalProperties"),
    ),
    case(
        "response object no longer has additional properties",
        _set(lambda d: schema(d, "Job"), additionalProperties=False),
        "non-breaking",
        None,
        "patch",
        "wire:additional-properties-restricted",
    ),
    # -- responses ---------------------------------------------------------------------------------------
    case(
        "response property added",
        _set(lambda d: schema(d, "Job")["properties"], progress={"type": "number"}),
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:property-added-optional",
        "code:field-added-optional",
    ),
    case(
        "response required property removed",
        _remove_property("Job", "created_at"),
        "breaking",
        "breaking",
        "minor",
        "wire:property-removed-required",
        "code:field-removed",
    ),
    case(
        "response optional property removed",
        _remove_property("Job", "score"),
        "non-breaking",
        "breaking",
        "minor",
        "wire:property-removed-optional",
        "code:field-removed",
    ),
    case(
        "response property type changed",
        _set(job_prop("created_at"), type="integer", format="int64"),
        "breaking",
        "breaking",
        "minor",
        "wire:type-changed",
        "code:field-type-changed",
    ),
    case(
        "response property type narrowed (number -> integer)",
        _set(job_prop("score"), type="integer"),
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:type-narrowed",
        "code:field-type-narrowed",
    ),
    case(
        "response enum value added (clients keep unknown values)",
        _set(lambda d: schema(d, "JobStatus"), enum=["queued", "running", "done", "expired"]),
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:enum-value-added",
        "code:literal-member-added",
    ),
    case(
        "response property became optional",
        _job_required(["job_id", "status"]),
        "breaking",
        "breaking",
        "minor",
        "wire:property-became-optional",
        "code:field-became-optional",
    ),
    case(
        "response property became nullable",
        _set(job_prop("score"), type=["number", "null"]),
        "breaking",
        "breaking",
        "minor",
        "wire:became-nullable",
        "code:field-type-widened",
    ),
    case(
        "response maxLength increased",
        _set(job_prop("job_id"), maxLength=64),
        "breaking",
        "info",
        "minor",
        "wire:limit-loosened",
        "code:field-limit-loosened",
    ),
    case(
        "response maxLength decreased",
        _set(job_prop("job_id"), maxLength=20),
        "non-breaking",
        "info",
        "patch",
        "wire:limit-tightened",
        "code:field-limit-tightened",
    ),
    case(
        "success status changed (200 -> 201)",
        _status_to_201,
        "breaking",
        None,
        "minor",
        "wire:success-status-changed",
    ),
    case(
        "error status removed",
        _drop_402,
        "non-breaking",
        None,
        "patch",
        "wire:error-status-removed",
    ),
    case(
        "error body changed",
        _set(lambda d: schema(d, "Error")["properties"], code={"type": "string"}),
        "info",
        "non-breaking",
        "patch",
        "wire:error-body-changed",
        "code:field-added-optional",
    ),
    # -- webhooks (payloads are received: judged like responses) ---------------------------------------------
    case(
        "webhook added",
        _add_webhook,
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:webhook-added",
        "code:method-added",
    ),
    case(
        "webhook payload enum value added",
        _webhook_kinds,
        "non-breaking",
        "non-breaking",
        "patch",
        "wire:enum-value-added",
        "code:literal-member-added",
        before=_add_webhook,
    ),
    # -- document ------------------------------------------------------------------------------------------
    case("security added", _secure, "breaking", None, "minor", "wire:security-added"),
    case(
        "server URL changed",
        lambda d: d.__setitem__("servers", [{"url": "https://api.example.org/v2"}]),
        "breaking",
        None,
        "minor",
        "wire:server-url-changed",
    ),
    case(
        "$ref renamed, same structure",
        lambda d: rename_component(d, "JobResult", "Outcome"),
        None,
        "breaking",
        "minor",
        "code:model-renamed",
    ),
    case("description-only change (ignored)", _describe, None, None, "none"),
    case(
        "description-only change (asked for)",
        _describe,
        "info",
        None,
        "patch",
        "wire:description-changed",
        include_descriptions=True,
    ),
    case("property moved into an allOf part, same result", _result_in_all_of, None, None, "none"),
    case("nothing changed", lambda d: None, None, None, "none"),
]


def run_case(item: Case) -> ProviderDiff:
    old = copy.deepcopy(BASE)
    if item.before:
        item.before(old)
    new = copy.deepcopy(old)
    item.change(new)
    return diff_provider(
        build(old),
        build(new),
        name="demo",
        include_descriptions=item.include_descriptions,
        today=TODAY,
    )


def worst(diff: ProviderDiff, view: str) -> str | None:
    levels = [c.level for c in diff.changes if c.view == view]
    return max(levels, key=lambda level: level.rank).value if levels else None


def test_there_are_at_least_35_cases() -> None:
    assert len(CASES) >= 35
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("item", CASES, ids=[c.id for c in CASES])
def test_case(item: Case) -> None:
    diff = run_case(item)
    found = {f"{c.view}:{c.kind}" for c in diff.changes}
    summary = "\n".join(
        f"{c.view} {c.level.value} {c.kind} {c.subject}: {c.message}" for c in diff.changes
    )
    assert (worst(diff, "wire"), worst(diff, "code"), bump_kind("0.1.0", diff)) == (
        item.wire,
        item.code,
        item.bump,
    ), summary
    assert item.kinds <= found, summary


def test_description_changes_are_counted_when_hidden() -> None:
    diff = run_case(next(c for c in CASES if c.id == "description-only change (ignored)"))
    assert diff.changes == () and diff.hidden >= 3 and diff.status == "unchanged"


def test_a_shared_schema_change_is_reported_once_with_every_operation() -> None:
    diff = run_case(next(c for c in CASES if c.id.startswith("response enum value added")))
    wire = [c for c in diff.changes if c.view == "wire" and c.kind == "enum-value-added"]
    assert {(c.direction, c.level.value) for c in wire} == {
        ("request", "non-breaking"),
        ("response", "non-breaking"),
    }
    response = next(c for c in wire if c.direction == "response")
    assert response.subject == "JobStatus"
    assert response.operations == ("GET /jobs", "GET /jobs/{id}", "POST /images")


def test_the_async_client_is_not_reported_twice() -> None:
    diff = run_case(next(c for c in CASES if c.id == "operation removed"))
    assert [c.subject for c in diff.changes if c.kind == "method-removed"] == [
        "client.jobs.delete()"
    ]


def test_a_renamed_model_does_not_make_its_users_change() -> None:
    diff = run_case(next(c for c in CASES if c.id == "$ref renamed, same structure"))
    assert [(c.kind, c.subject) for c in diff.changes] == [("model-renamed", "models.JobResult")]


# -- issue 16: causes, not echoes ----------------------------------------------------------------
def _inline_enum_ops(doc: dict[str, Any]) -> None:
    """Two more image operations whose bodies are inline and equal to ``ImageRequest``'s, and
    whose ``color`` enums start out equal: their names must not depend on each other."""
    body = copy.deepcopy(schema(doc, "ImageRequest"))
    body["properties"]["color"] = {"type": "string", "enum": ["red", "green"]}
    for name in ("alpha", "beta"):
        doc["paths"][f"/images/{name}"] = {
            "post": {
                "tags": ["Images"],
                "summary": name,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": copy.deepcopy(body)}},
                },
                "responses": {"200": json_response(ref("CreatedJob"))},
            }
        }


def _alpha_color(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["paths"]["/images/alpha"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]["properties"]["color"]
    return result


def test_a_request_enum_widened_on_one_operation_is_one_non_breaking_finding() -> None:
    old = copy.deepcopy(BASE)
    _inline_enum_ops(old)
    new = copy.deepcopy(old)
    _alpha_color(new)["enum"] = ["red", "green", "blue"]
    diff = diff_provider(build(old), build(new), name="demo", today=TODAY)
    assert not diff.breaking, [c.message for c in diff.changes]
    assert diff.counts() == {"breaking": 0, "non-breaking": 1, "info": 0}
    [finding] = diff.findings
    assert finding.cause.view == "wire" and finding.cause.kind == "enum-value-added"
    assert {c.subject for c in finding.consequences} == {
        "client.images.alpha()"
    }  # beta is untouched
    assert all(c.kind == "literal-member-added" for c in finding.consequences)


def test_a_request_enum_narrowed_on_one_operation_is_one_breaking_finding() -> None:
    old = copy.deepcopy(BASE)
    _inline_enum_ops(old)
    new = copy.deepcopy(old)
    _alpha_color(new)["enum"] = ["red"]
    diff = diff_provider(build(old), build(new), name="demo", today=TODAY)
    assert diff.counts() == {"breaking": 1, "non-breaking": 0, "info": 0}
    [finding] = diff.findings
    assert {(c.view, c.kind) for c in finding.changes} == {
        ("wire", "enum-value-removed"),
        ("code", "literal-member-removed"),
    }


def test_removing_an_operation_renames_nothing_else() -> None:
    old = copy.deepcopy(BASE)
    _inline_enum_ops(old)
    new = copy.deepcopy(old)
    del new["paths"]["/images/alpha"]
    diff = diff_provider(build(old), build(new), name="demo", today=TODAY)
    assert diff.counts() == {"breaking": 1, "non-breaking": 0, "info": 0}
    [finding] = diff.findings
    assert finding.cause.kind == "operation-removed"
    assert {(c.kind, c.subject) for c in finding.consequences} == {
        ("method-removed", "client.images.alpha()")
    }
    assert not any(c.kind in ("model-renamed", "parameter-type-changed") for c in diff.changes)


def test_a_removed_query_parameter_is_one_finding_with_its_methods_under_it() -> None:
    diff = run_case(next(c for c in CASES if c.id == "query parameter removed"))
    assert diff.counts()["breaking"] == 1
    [finding] = diff.findings
    assert finding.cause.view == "wire"
    assert {c.subject for c in finding.consequences} >= {"client.jobs.list()"}
