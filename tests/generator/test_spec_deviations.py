"""Documents that break their own rules in ways real APIs do: accepted, repaired where the
repair is exact, and each deviation a warning naming its ``file#/json/pointer``.

* a ``default`` its schema does not allow (``"5"`` on an integer, ``null`` on a property that
  is not nullable, a value outside the ``enum``) is coerced when exact, else dropped;
* an operation with an empty Responses Object is accepted; its method returns None.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.spec.defaults import config_from_document
from generator.errors import SpecError
from generator.ir.build import build_package
from generator.normalize import normalize
from generator.spec.validation import validate_openapi

FILE = Path("spec.json")


def document(properties: dict[str, Any], version: str = "3.1.0", **extra: Any) -> dict[str, Any]:
    """One operation whose JSON body is an object with ``properties``."""
    return {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": properties}
                            }
                        }
                    },
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
        **extra,
    }


BODY = "#/paths/~1things/post/requestBody/content/application~1json/schema/properties"


def fixed(schema: dict[str, Any], version: str = "3.1.0") -> tuple[dict[str, Any], list[str]]:
    """The property schema after normalization, and the warnings."""
    warnings: list[str] = []
    result = normalize(document({"p": schema}, version), FILE, warnings)
    reference = result["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]["$ref"]
    body = result["components"]["schemas"][reference.rsplit("/", 1)[1]]
    return body["properties"]["p"], warnings


# -- defaults --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "integer", "default": "5"}, 5),
        ({"type": "integer", "default": "-3000000000"}, -3000000000),
        ({"type": "integer", "default": 5.0}, 5),
        ({"type": "number", "default": "1.5"}, 1.5),
        ({"type": "number", "default": "1.0"}, 1.0),
        ({"type": "number", "default": "2e3"}, 2000.0),
        ({"type": "number", "default": "7"}, 7),
        ({"type": "boolean", "default": "true"}, True),
        ({"type": "boolean", "default": "false"}, False),
        ({"type": "string", "default": 5}, "5"),
        ({"type": ["integer", "boolean"], "default": "true"}, True),
        ({"type": "integer", "enum": [1, 2], "default": "2"}, 2),
    ],
)
def test_exact_coercions(schema: dict[str, Any], expected: Any) -> None:
    property_schema, warnings = fixed(schema)
    assert property_schema["default"] == expected and type(property_schema["default"]) is type(
        expected
    )
    assert warnings == [
        f"{FILE}{BODY}/p/default: default {_json(schema['default'])} does not match type {' or '.join(_types(schema))}; read as {_json(expected)}"
    ]


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "default": None},
        {"type": "integer", "default": None},
        {"type": "array", "items": {"type": "string"}, "default": None},
        {"type": "integer", "default": "05"},  # not how JSON spells a number
        {"type": "integer", "default": " 5"},
        {"type": "integer", "default": "1.5"},
        {"type": "integer", "default": 1.5},
        {"type": "integer", "default": True},  # a boolean is not an integer in JSON
        {"type": "integer", "default": "1" * 5000},  # more digits than int() converts
        {"type": "number", "default": "1e999"},  # reads as infinity: not exact
        {"type": "number", "default": "NaN"},
        {"type": "boolean", "default": "True"},
        {"type": "boolean", "default": 1},
        {"type": "string", "default": 1.5},
        {"type": "string", "default": True},
        {"type": "object", "default": "{}"},
        {"type": "integer", "enum": [1, 2], "default": "3"},
    ],
)
def test_inexact_defaults_are_dropped(schema: dict[str, Any]) -> None:
    property_schema, warnings = fixed(schema)
    assert "default" not in property_schema
    assert (
        len(warnings) == 1
        and warnings[0].startswith(f"{FILE}{BODY}/p/default: default ")
        and warnings[0].endswith("; dropped")
    )


def test_default_outside_the_enum_is_dropped() -> None:
    property_schema, warnings = fixed({"type": "string", "enum": ["a", "b"], "default": "c"})
    assert "default" not in property_schema
    assert warnings == [
        f'{FILE}{BODY}/p/default: default "c" is not one of the enum values; dropped'
    ]


@pytest.mark.parametrize(
    ("schema", "version"),
    [
        ({"type": "integer", "default": 5}, "3.1.0"),
        ({"type": "number", "default": 5}, "3.1.0"),
        (
            {"type": "number", "default": float("inf")},
            "3.1.0",
        ),  # json.loads reads Infinity; pyrepr spells it
        ({"type": ["string", "null"], "default": None}, "3.1.0"),
        ({"type": "string", "nullable": True, "default": None}, "3.0.3"),
        (
            {"type": "string", "nullable": True, "default": None},
            "3.1.0",
        ),  # honoured by the models too
        ({"type": "string", "enum": ["a", "b"], "nullable": True, "default": None}, "3.0.3"),
        ({"enum": [1, "x"], "default": "x"}, "3.1.0"),
        ({"type": "object", "default": {"a": 1}}, "3.1.0"),
        ({"default": "anything"}, "3.1.0"),  # no type of its own: nothing to check against
        ({"allOf": [{"type": "integer"}], "default": "5"}, "3.1.0"),
    ],
)
def test_allowed_defaults_are_kept(schema: dict[str, Any], version: str) -> None:
    property_schema, warnings = fixed(schema, version)
    assert warnings == []
    assert _json(property_schema["default"]) == _json(schema["default"])


def test_a_nullable_enum_need_not_list_null() -> None:
    warnings: list[str] = []
    normalize(
        document({"p": {"nullable": True, "enum": ["a", "b"], "default": None}}, "3.0.3"),
        FILE,
        warnings,
    )
    assert warnings == []


def test_pointers_are_those_of_the_document_as_written() -> None:
    """Checked before references are inlined: a shared parameter is reported once, at its
    component; nested schemas by their own path."""
    spec = document(
        {
            "nested": {"type": "object", "properties": {"n": {"type": "integer", "default": "1"}}},
            "list": {"type": "array", "items": {"type": "boolean", "default": "true"}},
            "union": {"anyOf": [{"type": "integer", "default": "2"}, {"type": "string"}]},
        }
    )
    operation = spec["paths"]["/things"]["post"]
    operation["parameters"] = [
        {"$ref": "#/components/parameters/Limit"},
        {"name": "page", "in": "query", "schema": {"type": "integer", "default": "1"}},
    ]
    spec["paths"]["/things"]["parameters"] = [
        {"name": "v", "in": "query", "schema": {"type": "integer", "default": "3"}}
    ]
    spec["paths"]["/other"] = {
        "get": {
            "operationId": "listOther",
            "parameters": [{"$ref": "#/components/parameters/Limit"}],
            "responses": {"204": {"description": "ok"}},
        }
    }
    spec["components"] = {
        "parameters": {
            "Limit": {
                "name": "limit",
                "in": "query",
                "schema": {"type": "integer", "default": "10"},
            }
        },
        "schemas": {
            "Thing": {"type": "object", "properties": {"a/b": {"type": "number", "default": "0.5"}}}
        },
    }
    warnings: list[str] = []
    normalize(spec, FILE, warnings)
    assert sorted(w.split(": ")[0] for w in warnings) == sorted(
        f"{FILE}#{pointer}/default"
        for pointer in [
            "/components/schemas/Thing/properties/a~1b",
            "/paths/~1things/post/parameters/1/schema",
            "/paths/~1things/post/requestBody/content/application~1json/schema/properties/nested/properties/n",
            "/paths/~1things/post/requestBody/content/application~1json/schema/properties/list/items",
            "/paths/~1things/post/requestBody/content/application~1json/schema/properties/union/anyOf/0",
            "/paths/~1things/parameters/0/schema",
            "/components/parameters/Limit/schema",
        ]
    )


def test_the_input_document_is_left_unchanged() -> None:
    spec = document({"p": {"type": "integer", "default": "5"}})
    before = copy.deepcopy(spec)
    normalize(spec, FILE, [])
    assert spec == before


def test_coerced_defaults_reach_the_method_arguments() -> None:
    warnings: list[str] = []
    normalized = normalize(
        document(
            {"p": {"type": "integer", "default": "5"}, "q": {"type": "string", "default": None}}
        ),
        FILE,
        warnings,
    )
    package = build_package(normalized, config_from_document(normalized, "t"), "t", FILE)
    (operation,) = package.resources[0].operations
    arguments = {p.wire_name: p for p in operation.parameters}
    assert arguments["p"].default == 5 and arguments["p"].has_default
    assert not arguments["q"].has_default


# -- an operation without any documented response ---------------------------------------------------


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
@pytest.mark.parametrize("responses", [{}, {"x-note": "none"}])
def test_operation_without_responses_is_accepted_with_a_warning(
    version: str, responses: dict[str, Any]
) -> None:
    spec = document({"p": {"type": "string"}}, version)
    spec["paths"]["/things"]["post"]["responses"] = responses
    validate_openapi(spec, FILE)
    normalized = normalize(spec, FILE, [])
    package = build_package(normalized, config_from_document(normalized, "t"), "t", FILE)
    (operation,) = package.resources[0].operations
    assert operation.return_annotation == "None"
    assert package.warnings == (
        f"{FILE}#/paths/~1things/post/responses: no response is documented; the method returns None",
    )


def test_other_errors_in_responses_are_still_reported() -> None:
    spec = document({"p": {"type": "string"}}, "3.0.3")
    spec["paths"]["/things"]["post"]["responses"] = {"200": {}}  # a Response needs a description
    with pytest.raises(SpecError) as caught:
        validate_openapi(spec, FILE)
    assert caught.value.pointer.startswith("/paths/~1things/post/responses/200")


def test_empty_responses_do_not_hide_other_errors() -> None:
    spec = document({"p": {"type": "string"}}, "3.0.3")
    spec["paths"]["/things"]["post"]["responses"] = {}
    spec["paths"]["/things"]["post"]["tags"] = "not a list"
    with pytest.raises(SpecError) as caught:
        validate_openapi(spec, FILE)
    assert caught.value.pointer == "/paths/~1things/post/tags"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema["type"]
    return declared if isinstance(declared, list) else [declared]
