"""Nothing in a document is silently dropped: what the generator cannot express exactly is
generated in a looser form, or still generated and reported, each time as a warning naming its
``file#/json/pointer`` in the document as written.

* success responses that mix JSON with files or text: the first decides how every response is
  read (parsed as JSON, or returned as bytes); each response not read as documented is a warning;
* a ``default`` response with a body and no 2XX response: its body is what a success returns;
* one parameter name in two locations (a path ``id`` and a header ``id``): two arguments, the
  later one named after its location, and each sent under its own wire name;
* an ``x-sdk-pagination`` hint naming a query parameter the operation does not have;
* ``servers`` of an operation or path item (requests go to the client's base URL), callbacks,
  and security schemes the client does not send.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.spec.defaults import config_from_document
from generator.ir.model import Operation, Package
from generator.ir.build import build_package
from generator.normalize import normalize
from generator.spec.validation import validate_openapi
from conftest import MockServer, Reply, generate_document, imported

FILE = Path("spec.json")
THINGS = "#/paths/~1things/get"
THING = {"type": "object", "title": "Thing", "properties": {"name": {"type": "string"}}}
OTHER = {"type": "object", "title": "Other", "properties": {"size": {"type": "integer"}}}


def document(operation: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": {"/things": {"get": {"operationId": "listThings", **operation}}},
        **extra,
    }


def build(spec: dict[str, Any]) -> Package:
    """The package's intermediate model, built as the pipeline builds it."""
    validate_openapi(spec, FILE)
    warnings: list[str] = []
    normalized = normalize(spec, FILE, warnings)
    package = build_package(normalized, config_from_document(spec, "t"), "t", FILE, spec)
    assert warnings == []
    return package


def only_operation(package: Package) -> Operation:
    (operation,) = package.operations
    return operation


def json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


def file_response(media_type: str) -> dict[str, Any]:
    return {
        "description": "ok",
        "content": {media_type: {"schema": {"type": "string", "format": "binary"}}},
    }


# -- success responses of different kinds ---------------------------------------------------------


def test_json_first_keeps_the_json_responses_typed_and_names_the_file_response() -> None:
    package = build(
        document(
            {
                "responses": {
                    "200": json_response(THING),
                    "201": json_response(OTHER),
                    "202": file_response("application/pdf"),
                    "204": {"description": "none"},
                }
            }
        )
    )
    operation = only_operation(package)
    assert operation.return_annotation == "models.Thing | models.Other | None"
    assert operation.cast_to == "models.Thing | models.Other | None"
    assert package.warnings == (
        f"{FILE}{THINGS}/responses/202: application/pdf response is not typed: the method parses success responses as JSON "
        "(models.Thing | models.Other | None); read this one with with_raw_response",
    )


def test_a_file_first_returns_every_response_as_bytes_and_names_the_json_ones() -> None:
    package = build(
        document({"responses": {"200": file_response("image/png"), "202": json_response(THING)}})
    )
    operation = only_operation(package)
    assert (operation.return_annotation, operation.cast_to) == ("bytes", "bytes")
    assert package.warnings == (
        f"{FILE}{THINGS}/responses/202: application/json response is returned as bytes, not as models.Thing: the first success response (200) is not JSON",
    )


def test_text_and_files_are_returned_as_bytes() -> None:
    package = build(
        document(
            {
                "responses": {
                    "200": {"description": "ok", "content": {"text/plain": {}}},
                    "201": file_response("image/png"),
                }
            }
        )
    )
    assert only_operation(package).return_annotation == "bytes"
    assert package.warnings == (
        f"{FILE}{THINGS}/responses/200: text/plain response is returned as bytes, not as str",
    )


def test_an_empty_response_beside_a_file_needs_no_warning() -> None:
    """An empty body read as bytes is ``b""``: nothing is lost."""
    package = build(
        document(
            {"responses": {"202": {"description": "accepted"}, "200": file_response("image/png")}}
        )
    )
    assert only_operation(package).return_annotation == "bytes"
    assert package.warnings == ()


def test_a_default_response_with_a_body_and_no_success_response_is_what_a_success_returns() -> None:
    package = build(document({"responses": {"default": json_response(THING)}}))
    assert only_operation(package).return_annotation == "models.Thing"
    assert package.warnings == (
        f"{FILE}{THINGS}/responses/default: no 2XX response is documented; a success returns the default response's body",
    )


@pytest.mark.parametrize(
    "responses",
    [
        {"default": {"description": "ok"}},
        {"204": {"description": "none"}, "default": json_response(THING)},
    ],
)
def test_a_default_response_otherwise_changes_nothing(responses: dict[str, Any]) -> None:
    package = build(document({"responses": responses}))
    assert only_operation(package).return_annotation == "None"
    assert package.warnings == ()


# -- one name in two locations ------------------------------------------------------------------------


def duplicate_names() -> dict[str, Any]:
    """``id`` in the path (a path-item parameter), the query and a header (through a $ref)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Dup", "version": "1"},
        "paths": {
            "/things/{id}": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        {"name": "id", "in": "query", "schema": {"type": "integer", "maximum": 10}},
                        {"$ref": "#/components/parameters/HeaderId"},
                        {"name": "other", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": json_response(THING)},
                },
            }
        },
        "components": {
            "parameters": {
                "HeaderId": {
                    "name": "id",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string"},
                }
            }
        },
    }


def test_one_name_in_two_locations_gives_two_arguments_and_a_warning_each() -> None:
    package = build(duplicate_names())
    operation = only_operation(package)
    arguments = [(p.name, p.wire_name, p.location) for p in operation.parameters]
    assert arguments == [
        ("thing_id", "id", "path"),
        ("id_header", "id", "header"),
        ("id_query", "id", "query"),
        ("other", "other", "query"),
    ]
    assert package.warnings == (
        f"{FILE}#/paths/~1things~1{{id}}/get/parameters/0: parameter 'id' is also a path parameter; this query parameter is the argument 'id_query'",
        f"{FILE}#/paths/~1things~1{{id}}/get/parameters/1: parameter 'id' is also a path parameter; this header parameter is the argument 'id_header'",
    )
    # The arguments model and the method agree on keys: argument names where the wire name is shared.
    assert operation.params_model is not None
    model = package.extra_schemas[operation.params_model]
    assert (
        set(model["properties"])
        == {operation.argument_key(p) for p in operation.validated_params}
        == {"thing_id", "id_query", "id_header", "other"}
    )
    assert model["required"] == ["thing_id", "id_header"]
    assert operation.picked("query") == {"id_query": "id", "other": "other"}
    assert operation.picked("header") == {"id_header": "id"}
    assert operation.renames(operation.validated_params) == {}


def test_names_repeated_without_limits_are_still_checked_by_a_model() -> None:
    """Keys that are not wire names are always validated against the model's keys."""
    spec = duplicate_names()
    spec["paths"]["/things/{id}"]["get"]["parameters"][0]["schema"] = {"type": "string"}
    operation = only_operation(build(spec))
    assert operation.params_model is not None


def test_names_that_do_not_repeat_are_keyed_by_their_wire_name() -> None:
    spec = duplicate_names()
    spec["paths"]["/things/{id}"]["get"]["parameters"][1] = {
        "name": "X-Request-Id",
        "in": "header",
        "schema": {"type": "string"},
    }
    spec["paths"]["/things/{id}"]["get"]["parameters"][0]["name"] = "limit"
    spec["paths"]["/things/{id}"]["get"]["parameters"][0]["schema"] = {"type": "string"}
    package = build(spec)
    operation = only_operation(package)
    assert package.warnings == ()
    assert (
        operation.params_model == "ThingGetParams"
    )  # typed strings are checked too (strict: 5 is not a str)
    assert operation.picked("query") == ("limit", "other")
    assert operation.picked("header") == ("X-Request-Id",)
    assert operation.renames(operation.validated_params) == {
        "id": "thing_id",
        "X-Request-Id": "request_id",
    }


# -- pagination, servers, callbacks, security ----------------------------------------------------------


def test_a_pagination_hint_naming_a_missing_parameter_is_a_warning_with_its_pointer() -> None:
    package = build(
        document(
            {
                "x-sdk-pagination": {
                    "style": "cursor",
                    "cursor_param": "after",
                    "next_cursor": "next",
                    "items": ["data"],
                },
                "responses": {
                    "200": json_response(
                        {
                            "type": "object",
                            "properties": {
                                "data": {"type": "array", "items": THING},
                                "next": {"type": "string"},
                            },
                        }
                    )
                },
            }
        )
    )
    assert only_operation(package).paging is None
    assert package.warnings == (
        f"{FILE}{THINGS}/x-sdk-pagination: things.list has no query parameter 'after'; generated without auto-pagination (…_pages(), …_all())",
    )


def test_servers_of_an_operation_or_path_item_are_reported() -> None:
    spec = document(
        {
            "servers": [
                {
                    "url": "https://{region}.files.example.com",
                    "variables": {"region": {"default": "eu"}},
                }
            ],
            "responses": {"204": {"description": "ok"}},
        }
    )
    spec["paths"]["/other"] = {
        "servers": [{"url": "https://other.example.com"}],
        "get": {"operationId": "getOther", "responses": {"204": {"description": "ok"}}},
        "post": {"operationId": "postOther", "responses": {"204": {"description": "ok"}}},
        "put": {
            "operationId": "putOther",
            "servers": [],
            "responses": {"204": {"description": "ok"}},
        },  # empty: the path item's apply
    }
    spec["paths"]["/same"] = {
        "get": {
            "operationId": "getSame",
            "servers": [{"url": "https://api.example.com/v1/"}],
            "responses": {"204": {"description": "ok"}},
        }
    }
    package = build(spec)
    assert len(package.operations) == 5
    assert package.warnings == (
        f"{FILE}{THINGS}/servers: not used: requests go to the client's base URL (https://api.example.com/v1), not to 'https://{{region}}.files.example.com'",
        f"{FILE}#/paths/~1other/servers: not used: requests go to the client's base URL (https://api.example.com/v1), not to 'https://other.example.com'",
    )


def test_callbacks_are_reported() -> None:
    callback = {
        "{$request.body#/url}": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": THING}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
    }
    package = build(
        document({"callbacks": {"onDone": callback}, "responses": {"204": {"description": "ok"}}})
    )
    assert package.warnings == (
        f"{FILE}{THINGS}/callbacks: not generated: no typed parser for the requests of 'onDone'",
    )


SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer"},
    "basic": {"type": "http", "scheme": "basic"},
    "oauth": {
        "type": "oauth2",
        "flows": {"clientCredentials": {"tokenUrl": "https://example.com/token", "scopes": {}}},
    },
    "queryKey": {"type": "apiKey", "in": "query", "name": "key"},
    "headerKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
    "digest": {"type": "http", "scheme": "digest"},
}


@pytest.mark.parametrize(
    ("top", "operation", "unsent"),
    [
        ([{"bearer": []}], None, []),
        (None, [{"oauth": []}], []),  # an OAuth2 access token is a bearer token
        ([{"basic": []}, {"bearer": []}], None, []),  # either one: the bearer token is enough
        ([{"bearer": []}], [], []),  # an operation that needs no authentication
        ([{"bearer": []}], [{}], []),
        (None, [{"basic": []}], []),  # sent as HTTP basic
        ([{"queryKey": []}], None, []),  # sent as a query parameter
        (
            None,
            [{"digest": []}],
            ["digest: HTTP digest authentication"],
        ),  # one key cannot do digest
        (
            [{"headerKey": []}],
            [{"bearer": [], "basic": []}],
            ["bearer: HTTP bearer authentication", "basic: HTTP basic authentication"],
        ),  # both at once
    ],
)
def test_security_the_client_does_not_send_is_reported(
    top: Any, operation: Any, unsent: list[str]
) -> None:
    spec = document(
        {
            "responses": {"204": {"description": "ok"}},
            **({"security": operation} if operation is not None else {}),
        },
        components={"securitySchemes": SCHEMES},
        **({"security": top} if top is not None else {}),
    )
    package = build(spec)
    assert list(package.warnings) == [
        f"{FILE}#/components/securitySchemes/{text} is not supported; the client sends {package.auth.wire}"
        for text in unsent
    ]


def test_a_header_api_key_is_what_the_client_sends() -> None:
    package = build(
        document(
            {"responses": {"204": {"description": "ok"}}},
            components={"securitySchemes": SCHEMES},
            security=[{"headerKey": []}],
        )
    )
    assert (
        package.auth.location,
        package.auth.name,
        package.auth.prefix,
        package.auth.required,
    ) == ("header", "X-Key", "", True)
    assert package.warnings == ()


# -- the generated package, called ------------------------------------------------------------------


def mixed_and_duplicates() -> dict[str, Any]:
    spec = duplicate_names()
    spec["paths"]["/files"] = {
        "get": {
            "operationId": "getFile",
            "responses": {"200": json_response(THING), "201": file_response("image/png")},
        }
    }
    return spec


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    work = tmp_path_factory.mktemp("drops")
    spec = work / "drops.json"
    generated = generate_document(work, "drops", mixed_and_duplicates())
    assert generated.operations == 2
    assert [w.split(": ")[0] for w in generated.warnings] == [
        f"{spec}#/paths/~1things~1{{id}}/get/parameters/0",
        f"{spec}#/paths/~1things~1{{id}}/get/parameters/1",
        f"{spec}#/paths/~1files/get/responses/201",
    ]
    with imported(work, "drops") as packages:
        yield packages["drops"]


def test_a_file_response_of_a_json_method_is_read_with_with_raw_response(
    package: ModuleType, server: MockServer
) -> None:
    server.handler = lambda request: Reply(
        201, raw=b"\x89PNG", headers={"Content-Type": "image/png"}
    )
    client = package.Drops(api_key="k", base_url=server.url, max_retries=0)
    with pytest.raises(package.APIResponseValidationError):
        client.files.get()
    assert client.files.with_raw_response.get().http_response.content == b"\x89PNG"
    server.handler = lambda request: Reply(200, {"name": "n"})
    assert client.files.get().name == "n"


def test_parameters_named_alike_each_reach_their_location(
    package: ModuleType, server: MockServer
) -> None:
    server.handler = lambda request: Reply(200, {"name": "n"})
    client = package.Drops(api_key="k", base_url=server.url, max_retries=0)
    client.things.get("p 1", id_header="h1", id_query=3, other="o")
    request = server.requests[-1]
    assert request.path == "/things/p%201?id=3&other=o"
    assert request.headers["id"] == "h1"
    with pytest.raises(package.RequestValidationError, match="id_query"):
        client.things.get("p", id_header="h", id_query=11)


def test_the_input_document_is_left_unchanged() -> None:
    spec = mixed_and_duplicates()
    before = copy.deepcopy(spec)
    build(spec)
    assert spec == before
