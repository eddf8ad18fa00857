"""Unit tests of the normalizer on small spec fragments."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.naming import pascal_case, safe_class_name, safe_identifier, singular, snake_case
from generator.normalize import normalize

FILE = Path("spec.yaml")
JOB = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "status": {"type": "string", "enum": ["queued", "done"]},
    },
}
ERROR = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}


def doc(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths, **extra}


def op(
    tag: str | None = None,
    body: Any = None,
    response: Any = None,
    errors: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    operation: dict[str, Any] = {"responses": {}, **extra}
    if tag:
        operation["tags"] = [tag]
    if body is not None:
        operation["requestBody"] = {
            "content": {"application/json": {"schema": copy.deepcopy(body)}}
        }
    if response is not None:
        operation["responses"]["200"] = {
            "description": "ok",
            "content": {"application/json": {"schema": copy.deepcopy(response)}},
        }
    for status, schema in (errors or {}).items():
        operation["responses"][status] = {
            "description": "err",
            "content": {"application/json": {"schema": copy.deepcopy(schema)}},
        }
    if not operation["responses"]:
        operation["responses"]["204"] = {"description": "none"}
    return operation


def names(document: dict[str, Any]) -> list[str]:
    return sorted(document["components"]["schemas"])


def methods(document: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (o["x-sdk-resource"], o["x-sdk-method"])
        for item in document["paths"].values()
        for o in item.values()
    }


def test_identifiers() -> None:
    assert snake_case("X-Webhook-URL") == "x_webhook_url"
    assert snake_case("flux-1.1-pro") == "flux_1_1_pro"
    assert pascal_case("kling-o1") == "KlingO1"
    assert safe_identifier("from") == "from_" and safe_identifier("type") == "type_"
    assert safe_identifier("2512") == "value_2512"
    assert safe_identifier("list", avoid_builtins=False) == "list"
    assert safe_class_name("BaseModel", {"BaseModel"}) == "BaseModelModel"
    assert safe_class_name("1st place") == "Model1stPlace"
    assert [singular(w) for w in ("styles", "status", "entries", "videos")] == [
        "style",
        "status",
        "entry",
        "video",
    ]


def test_method_names_from_paths_and_tags() -> None:
    document = normalize(
        doc(
            {
                "/jobs": {"get": op("Jobs")},
                "/jobs/{id}": {"get": op("Jobs"), "delete": op("Jobs")},
                "/generate/image/bfl/flux-1.1-pro": {"post": op("Image")},
                "/generate/image/qwen/2512": {"post": op("Image")},
                "/styles/{id}/share/link": {"get": op("Styles")},
                "/styles/train": {"post": op("Styles")},
            }
        ),
        FILE,
    )
    assert methods(document) == {
        ("jobs", "list"),
        ("jobs", "get"),
        ("jobs", "delete"),
        ("images", "flux_1_1_pro"),
        ("images", "qwen_2512"),
        ("styles", "get_share_link"),
        ("styles", "train"),
    }


def test_operation_id_loses_the_resource_words() -> None:
    document = normalize(
        doc({"/v1/generations": {"post": op("generations", operationId="create_generation")}}), FILE
    )
    assert methods(document) == {("generations", "create")}


def test_method_name_collisions_are_qualified_deterministically() -> None:
    paths = {"/a/run": {"post": op("X")}, "/b/run": {"post": op("X")}}
    document = normalize(doc(paths), FILE)
    assert methods(document) == {("xs", "a_run"), ("xs", "b_run")}
    again = normalize(doc(dict(reversed(list(paths.items())))), FILE)
    assert methods(again) == methods(document)


def test_explicit_names_win_and_are_checked() -> None:
    document = normalize(
        doc(
            {"/jobs": {"get": op("General", **{"x-sdk-resource": "jobs", "x-sdk-method": "list"})}}
        ),
        FILE,
    )
    assert methods(document) == {("jobs", "list")}
    with pytest.raises(SpecError) as caught:
        normalize(doc({"/jobs": {"get": op("General", **{"x-sdk-method": "not valid"})}}), FILE)
    assert caught.value.pointer == "/paths/~1jobs/get/x-sdk-method"


def test_identical_inline_schemas_merge_and_errors_are_named_error() -> None:
    paths = {
        f"/gen/m{i}": {
            "post": op(
                "Image",
                body={"type": "object", "properties": {"prompt": {"type": "string"}}},
                response=JOB,
                errors={"400": ERROR, "401": ERROR},
            )
        }
        for i in range(5)
    }
    document = normalize(doc(paths), FILE)
    schemas = document["components"]["schemas"]
    assert "Error" in schemas
    assert sum(1 for s in schemas.values() if s.get("properties", {}).keys() == {"error"}) == 1
    assert "Status" not in schemas  # an untitled enum stays inline: Literal[...] in signatures
    # A body or response without a title is its own operation's: no operation's type carries
    # another operation's name.
    assert {f"ImageM{i}Request" for i in range(5)} | {
        f"ImageM{i}Response" for i in range(5)
    } <= set(schemas)
    responses = {
        item["post"]["responses"]["400"]["content"]["application/json"]["schema"]["$ref"]
        for item in document["paths"].values()
    }
    assert responses == {"#/components/schemas/Error"}


def test_documentation_differences_do_not_prevent_merging() -> None:
    first = {**ERROR, "description": "Bad request"}
    second = {
        **ERROR,
        "description": "Unauthorized",
        "properties": {"error": {"type": "string", "description": "why"}},
    }
    document = normalize(doc({"/a": {"get": op("A", errors={"400": first, "401": second})}}), FILE)
    assert [n for n in names(document) if n.startswith("Error") or n.endswith("Error400")] == [
        "Error"
    ]


def test_titles_name_schemas_and_nested_children_use_them() -> None:
    job = {
        **JOB,
        "title": "Job",
        "properties": {
            **JOB["properties"],
            "result": {
                "type": "object",
                "properties": {"urls": {"type": "array", "items": {"type": "string"}}},
            },
        },
    }
    document = normalize(doc({"/jobs/{id}": {"get": op("Jobs", response=job)}}), FILE)
    assert {"Job", "JobResult"} <= set(names(document))
    assert "JobStatus" not in names(document)  # its enum has no title: inline Literal[...]


def test_conflicting_names_are_all_qualified_not_numbered() -> None:
    paths = {
        "/gen/veo": {
            "post": op(
                "Video",
                body={
                    "type": "object",
                    "properties": {
                        "aspect_ratio": {"type": "object", "properties": {"w": {"type": "integer"}}}
                    },
                },
            )
        },
        "/gen/kling": {
            "post": op(
                "Video",
                body={
                    "type": "object",
                    "properties": {
                        "aspect_ratio": {"type": "object", "properties": {"h": {"type": "integer"}}}
                    },
                },
            )
        },
    }
    schemas = names(normalize(doc(paths), FILE))
    assert "AspectRatio" not in schemas
    assert {"VideoVeoRequestAspectRatio", "VideoKlingRequestAspectRatio"} <= set(schemas)
    assert not any(name[-1].isdigit() and "Ratio" in name for name in schemas)


def test_nullable_object_keeps_null_at_the_use_site() -> None:
    response = {
        "type": "object",
        "properties": {
            "result": {"type": ["object", "null"], "properties": {"url": {"type": "string"}}}
        },
    }
    document = normalize(doc({"/x": {"get": op("X", response=response)}}), FILE)
    schemas = document["components"]["schemas"]
    holder = next(s for s in schemas.values() if "result" in s.get("properties", {}))
    assert holder["properties"]["result"]["anyOf"][1] == {"type": "null"}
    assert schemas["Result"]["type"] == "object"


def test_reserved_and_keyword_component_names_are_renamed() -> None:
    components = {
        "schemas": {
            "BaseModel": {"type": "object", "properties": {"a": {"type": "string"}}},
            "class": {"type": "string"},
            "List": {"type": "string"},
        }
    }
    document = normalize(
        doc(
            {"/x": {"get": op("X", response={"$ref": "#/components/schemas/BaseModel"})}},
            components=components,
        ),
        FILE,
    )
    assert {"BaseModelModel", "Class", "ListModel"} <= set(names(document))
    assert document["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ] == {"$ref": "#/components/schemas/BaseModelModel"}


def test_openapi_30_nullable_is_upgraded() -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "n": {"type": "string", "nullable": True},
                        "m": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
                    },
                }
            }
        },
    }
    result = normalize(document, FILE)
    props = result["components"]["schemas"]["A"]["properties"]
    assert props["n"]["type"] == ["string", "null"]
    assert props["m"] == {"type": "integer", "exclusiveMinimum": 0}
    assert result["openapi"] == "3.1.0"


def test_pagination_hint() -> None:
    page = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": JOB},
            "next_cursor": {"type": ["string", "null"]},
        },
    }
    document = normalize(
        doc(
            {
                "/jobs": {
                    "get": op(
                        "Jobs",
                        response=page,
                        parameters=[
                            {"name": "cursor", "in": "query", "schema": {"type": "string"}}
                        ],
                    )
                }
            }
        ),
        FILE,
    )
    assert document["paths"]["/jobs"]["get"]["x-sdk-pagination"] == {
        "style": "cursor",
        "cursor_param": "cursor",
        "next_cursor": "next_cursor",
        "items": ["items"],
    }


def test_unresolvable_reference_names_its_pointer() -> None:
    with pytest.raises(SpecError) as caught:
        normalize(
            doc({"/x": {"get": op("X", response={"$ref": "#/components/schemas/Nope"})}}), FILE
        )
    assert caught.value.pointer == "/paths/~1x/get/responses/200/content/application~1json/schema"


def test_normalize_does_not_modify_its_input_and_is_deterministic() -> None:
    document = doc({"/gen/a": {"post": op("Image", body=JOB, response=JOB)}})
    before = copy.deepcopy(document)
    assert normalize(document, FILE) == normalize(document, FILE)
    assert document == before


def test_references_into_paths_and_properties_become_components() -> None:
    body = {"type": "object", "properties": {"circular": {"$ref": "#/components/schemas/Offset"}}}
    response = {
        "type": "object",
        "properties": {
            "before": {
                "$ref": "#/paths/~1a/post/requestBody/content/application~1json/schema/properties/circular"
            },
            "inner": {"$ref": "#/components/schemas/Offset/properties/next"},
        },
    }
    components = {
        "schemas": {
            "Offset": {
                "type": "object",
                "properties": {"next": {"$ref": "#/components/schemas/Offset"}},
            }
        }
    }
    document = normalize(
        doc(
            {"/a": {"post": op("A", body=body), "get": op("A", response=response)}},
            components=components,
        ),
        FILE,
    )
    refs = {json_ref for json_ref in _refs(document)}
    assert all(ref.startswith("#/components/schemas/") and ref.count("/") == 3 for ref in refs)


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []


def test_item_operations_with_the_same_name_are_told_apart_by_their_parameters() -> None:
    document = normalize(
        doc(
            {
                "/anything/{id}": {"get": op("Item")},
                "/anything/{id}/{action}": {"get": op("Item")},
                "/anything/{id}/{action}/{other}": {"get": op("Item")},
            }
        ),
        FILE,
    )
    assert methods(document) == {
        ("items", "anything_get"),
        ("items", "get_by_id_action"),
        ("items", "get_by_id_action_other"),
    }


# -- oneOf/anyOf variants that only narrow the parent's properties ---------------------------------

STATUS = {
    "type": "string",
    "description": "The status.",
    "enum": ["queued", "in_progress", "completed", "waiting"],
}
CHECK_RUN = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "status": STATUS,
        "conclusion": {"type": "string", "enum": ["success", "failure"]},
    },
    # GitHub's checks/update body: the variants restate the parent and narrow `status`.
    "anyOf": [
        {
            "properties": {"status": {"enum": ["completed"]}},
            "required": ["conclusion"],
            "additionalProperties": True,
        },
        {
            "properties": {"status": {"enum": ["queued", "in_progress"]}},
            "additionalProperties": True,
        },
    ],
}
BODY_POINTER = "/paths/~1runs~1{id}/patch/requestBody/content/application~1json/schema"


def _body(document: dict[str, Any]) -> dict[str, Any]:
    schema = document["paths"]["/runs/{id}"]["patch"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    resolved: dict[str, Any] = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return resolved


def _normalize_body(
    body: dict[str, Any], components: dict[str, Any] | None = None
) -> tuple[dict[str, Any], list[str]]:
    warnings: list[str] = []
    extra = {"components": {"schemas": components}} if components else {}
    document = normalize(
        doc({"/runs/{id}": {"patch": op("Runs", body=body)}}, **extra), FILE, warnings
    )
    return document, warnings


def test_variants_that_only_narrow_become_a_rule_of_one_model() -> None:
    document, warnings = _normalize_body(CHECK_RUN)
    body = _body(document)
    assert body["anyOf"] == [
        {"properties": {"status": {"enum": ["completed"]}}, "required": ["conclusion"]},
        {"properties": {"status": {"enum": ["queued", "in_progress"]}}},
    ]
    assert not any("Variant" in name for name in names(document))  # no model per variant
    assert warnings == [
        f"spec.yaml#{BODY_POINTER}/anyOf: anyOf variants that only narrow properties are merged into the parent model "
        "(widest field types); they stay in the schema as a cross-field rule, which the client checks on requests"
    ]
    # The body is one object (keyword arguments, the widest `status`), and the variants a rule.
    from generator.schema.rules import collect_rules, without_assertions

    name = next(n for n, s in document["components"]["schemas"].items() if s is body)
    assert "anyOf" not in without_assertions(body)
    rules = collect_rules(document["components"]["schemas"], [])
    assert rules[name][0]["schema"] == {"anyOf": body["anyOf"]}


def test_restated_types_are_dropped_also_through_references_and_nested_objects() -> None:
    components = {"Status": STATUS}
    body = {
        "properties": {  # no `type: object`: properties make it one
            "status": {"$ref": "#/components/schemas/Status"},
            "count": {"type": "integer"},
            "output": {"type": "object", "properties": {"title": {"type": ["string", "null"]}}},
        },
        "oneOf": [
            {
                "type": "object",
                "properties": {
                    "status": {"type": "string", "const": "completed"},
                    "count": {"type": "number", "minimum": 1},
                    "output": {
                        "type": "object",
                        "properties": {"title": {"type": ["string", "null"], "minLength": 1}},
                    },
                },
            },
            {
                "type": "object",
                "properties": {
                    "status": {"type": "string", "enum": ["queued"]},
                    "count": {"maximum": 0},
                },
                "description": "Not started.",
            },
        ],
    }
    document, warnings = _normalize_body(body, components)
    assert _body(document)["oneOf"] == [
        {
            "properties": {
                "status": {"const": "completed"},
                "count": {"minimum": 1},
                "output": {"properties": {"title": {"minLength": 1}}},
            }
        },
        {
            "properties": {"status": {"enum": ["queued"]}, "count": {"maximum": 0}},
            "description": "Not started.",
        },
    ]
    assert len(warnings) == 1 and warnings[0].startswith(
        f"spec.yaml#{BODY_POINTER}/oneOf: oneOf variants"
    )


def test_narrowing_variants_in_components_and_responses_are_found_with_their_pointer() -> None:
    warnings: list[str] = []
    document = normalize(
        doc(
            {"/runs": {"get": op("Runs", response=CHECK_RUN)}},
            components={"schemas": {"check run": CHECK_RUN}},
        ),
        FILE,
        warnings,
    )
    assert sorted(warnings, key=len)[0].startswith(
        "spec.yaml#/components/schemas/check run/anyOf: "
    )  # the source's name
    assert any(
        w.startswith(
            "spec.yaml#/paths/~1runs/get/responses/200/content/application~1json/schema/anyOf: "
        )
        for w in warnings
    )
    assert len(warnings) == 2
    assert all(
        "additionalProperties" not in member
        for member in document["components"]["schemas"]["CheckRun"]["anyOf"]
    )


@pytest.mark.parametrize(
    ("case", "body"),
    [
        (
            "a variant adds a property",
            {
                **CHECK_RUN,
                "anyOf": [
                    {
                        "properties": {
                            "status": {"enum": ["completed"]},
                            "completed_at": {"type": "string"},
                        },
                        "additionalProperties": True,
                    },
                    {"properties": {"status": {"enum": ["queued"]}}, "additionalProperties": True},
                ],
            },
        ),
        (
            "a variant requires a property the parent does not declare",
            {
                **CHECK_RUN,
                "anyOf": [
                    {
                        "properties": {"status": {"enum": ["completed"]}},
                        "required": ["completed_at"],
                        "additionalProperties": True,
                    },
                    {"properties": {"status": {"enum": ["queued"]}}, "additionalProperties": True},
                ],
            },
        ),
        (
            "a variant names an undeclared property in a constraint",
            {
                **CHECK_RUN,
                "anyOf": [
                    {
                        "properties": {"status": {"enum": ["completed"]}, "other": {"enum": [1]}},
                        "type": "object",
                    },
                    {"properties": {"status": {"enum": ["queued"]}}, "type": "object"},
                ],
            },
        ),
        (
            "a variant gives a property another type",
            {
                **CHECK_RUN,
                "oneOf": [
                    {"properties": {"status": {"type": "integer"}}, "additionalProperties": True},
                    {"properties": {"status": {"enum": ["queued"]}}, "additionalProperties": True},
                ],
                "anyOf": None,
            },
        ),
        (
            "a variant narrows a property's type (string of string-or-null)",
            {
                "type": "object",
                "properties": {"note": {"type": ["string", "null"]}},
                "oneOf": [
                    {"type": "object", "properties": {"note": {"type": "string"}}},
                    {"type": "object", "properties": {"note": {"type": "null"}}},
                ],
            },
        ),
        (
            "the variants are of another type than the parent",
            {
                **CHECK_RUN,
                "anyOf": [
                    {"type": "array", "items": {"type": "string"}},
                    {"properties": {"status": {"enum": ["queued"]}}, "additionalProperties": True},
                ],
            },
        ),
        (
            "a variant is a reference",
            {
                **CHECK_RUN,
                "anyOf": [
                    {"$ref": "#/components/schemas/Narrow"},
                    {"properties": {"status": {"enum": ["queued"]}}, "additionalProperties": True},
                ],
            },
        ),
        (
            "a variant closes the object",
            {
                **CHECK_RUN,
                "anyOf": [
                    {
                        "properties": {"status": {"enum": ["completed"]}},
                        "additionalProperties": False,
                    },
                    {"properties": {"status": {"enum": ["queued"]}}, "additionalProperties": True},
                ],
            },
        ),
        (
            "discriminated union",
            {
                "type": "object",
                "properties": {"kind": {"type": "string", "enum": ["a", "b"]}},
                "discriminator": {"propertyName": "kind"},
                "oneOf": [
                    {"type": "object", "properties": {"kind": {"const": "a"}}},
                    {"type": "object", "properties": {"kind": {"const": "b"}}},
                ],
            },
        ),
    ],
)
def test_variants_that_are_shapes_of_their_own_are_not_merged(
    case: str, body: dict[str, Any]
) -> None:
    body = {key: value for key, value in body.items() if value is not None}
    keyword = "oneOf" if "oneOf" in body else "anyOf"
    components = {
        "Narrow": {
            "type": "object",
            "properties": {"status": {"enum": ["completed"]}},
            "additionalProperties": True,
        }
    }
    document, warnings = _normalize_body(body, components)
    assert warnings == [], case
    members = _body(document)[keyword]
    assert len(members) == len(body[keyword])
    assert any(
        "$ref" in member or "type" in member or "additionalProperties" in member
        for member in members
    ), case


def test_variants_that_already_only_assert_are_left_alone() -> None:
    body = {
        "type": "object",
        "properties": {"url": {"type": "string"}, "asset_id": {"type": "string"}},
        "oneOf": [{"required": ["url"]}, {"required": ["asset_id"]}, {"required": ["undeclared"]}],
    }
    document, warnings = _normalize_body(body)
    assert warnings == []
    assert _body(document)["oneOf"] == body["oneOf"]
