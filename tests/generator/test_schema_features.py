"""The schema features real documents use, end to end: generated, type-checked, and parsed.

One OpenAPI 3.1 and one 3.0 document exercise ``allOf``, ``oneOf`` with and without a
discriminator, ``anyOf``, recursive schemas, typed and closed ``additionalProperties``,
``const``, ``type`` arrays, 3.0 ``nullable``, and binary, multipart and form bodies. Each
package must pass ``mypy --strict``, and its methods must send what the document describes and
parse the answers of a local server into the right classes.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import MockServer, Reply, generate_document, imported, mypy_strict

OK = {
    "200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ack"}}},
    }
}


def _json_response(ref: str) -> dict[str, Any]:
    return {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
        }
    }


DOCUMENT_31: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Features", "version": "1"},
    "paths": {
        "/pets/{id}": {
            "get": {
                "operationId": "getPet",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": _json_response("Pet"),
            }
        },
        "/shapes": {"get": {"operationId": "getShape", "responses": _json_response("Shape")}},
        "/trees": {"get": {"operationId": "getTree", "responses": _json_response("Node")}},
        "/things": {
            "get": {"operationId": "getThing", "responses": _json_response("Thing")},
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    },
                },
                "responses": _json_response("Thing"),
            },
        },
        "/uploads": {
            "post": {
                "operationId": "upload",
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "caption": {"type": "string"},
                                },
                            }
                        }
                    },
                },
                "responses": OK,
            }
        },
        "/forms": {
            "post": {
                "operationId": "submitForm",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "count": {"type": "integer"},
                                },
                            }
                        }
                    },
                },
                "responses": OK,
            }
        },
        "/maybe": {
            "get": {
                "operationId": "getMaybe",
                "responses": {**_json_response("Ack"), "204": {"description": "nothing yet"}},
            }
        },
        "/blobs": {
            "put": {
                "operationId": "putBlob",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/octet-stream": {
                            "schema": {"type": "string", "format": "binary"}
                        }
                    },
                },
                "responses": OK,
            }
        },
    },
    "components": {
        "schemas": {
            "Ack": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
            "Named": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
            "Cat": {
                "allOf": [
                    {"$ref": "#/components/schemas/Named"},
                    {
                        "type": "object",
                        "required": ["petType", "lives"],
                        "properties": {"petType": {"const": "cat"}, "lives": {"type": "integer"}},
                    },
                ]
            },
            "Dog": {
                "allOf": [
                    {"$ref": "#/components/schemas/Named"},
                    {
                        "type": "object",
                        "required": ["petType", "goodBoy"],
                        "properties": {"petType": {"const": "dog"}, "goodBoy": {"type": "boolean"}},
                    },
                ]
            },
            "Pet": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                ],
                "discriminator": {
                    "propertyName": "petType",
                    "mapping": {
                        "cat": "#/components/schemas/Cat",
                        "dog": "#/components/schemas/Dog",
                    },
                },
            },
            "Circle": {
                "type": "object",
                "required": ["radius"],
                "properties": {"radius": {"type": "number"}},
                "additionalProperties": False,
            },
            "Square": {
                "type": "object",
                "required": ["side"],
                "properties": {"side": {"type": "number"}},
                "additionalProperties": False,
            },
            "Shape": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Circle"},
                    {"$ref": "#/components/schemas/Square"},
                ]
            },
            "Node": {
                "type": "object",
                "required": ["value"],
                "properties": {
                    "value": {"type": "integer"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                },
            },
            "Thing": {
                "type": "object",
                "required": ["kind"],
                "properties": {
                    "kind": {"const": "thing"},
                    "label": {"type": ["string", "null"]},
                    "scores": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "ident": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                    "size": {"type": "string", "enum": ["s", "m"]},
                    "priority": {"type": "integer", "enum": [1, 2]},
                },
            },
        }
    },
}

DOCUMENT_30: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Legacy", "version": "1"},
    "paths": {"/items": {"get": {"operationId": "getItem", "responses": _json_response("Item")}}},
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["note", "size"],
                "properties": {
                    "note": {"type": "string", "nullable": True},
                    "size": {"type": "integer"},
                    "tags": {"type": "array", "nullable": True, "items": {"type": "string"}},
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    work = tmp_path_factory.mktemp("features")
    for name, document in (("features", DOCUMENT_31), ("legacy", DOCUMENT_30)):
        package = generate_document(work, name, document)
        assert package.operations == sum(len(item) for item in document["paths"].values())
    with imported(work, "features", "legacy") as modules:
        yield modules


def test_packages_pass_mypy_strict(packages: dict[str, ModuleType]) -> None:
    sources = [str(Path(module.__file__ or "").parent) for module in packages.values()]
    result = mypy_strict("--no-incremental", *sources)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def features(packages: dict[str, ModuleType], server: MockServer) -> Any:
    return packages["features"].Features(api_key="k", base_url=server.url, max_retries=0)


def _answer(server: MockServer, body: Any) -> None:
    server.handler = lambda request: Reply(200, body)


def test_discriminated_one_of_parses_into_the_named_variant(
    features: Any, packages: dict[str, ModuleType], server: MockServer
) -> None:
    models = importlib.import_module("features_sdk.models")
    _answer(server, {"petType": "dog", "name": "Rex", "goodBoy": True})
    dog = features.pets.get("rex")
    assert isinstance(dog, models.Dog) and dog.name == "Rex" and dog.goodBoy is True
    _answer(server, {"petType": "cat", "name": "Tom", "lives": 9})
    cat = features.pets.get("tom")
    assert isinstance(cat, models.Cat) and cat.lives == 9


def test_one_of_without_discriminator_picks_the_matching_variant(
    features: Any, packages: dict[str, ModuleType], server: MockServer
) -> None:
    models = importlib.import_module("features_sdk.models")
    _answer(server, {"side": 2})
    assert isinstance(features.shapes.get(), models.Square)
    _answer(server, {"radius": 1.5})
    assert isinstance(features.shapes.get(), models.Circle)


def test_recursive_schema(
    features: Any, packages: dict[str, ModuleType], server: MockServer
) -> None:
    _answer(server, {"value": 1, "children": [{"value": 2, "children": [{"value": 3}]}]})
    tree = features.trees.get()
    assert tree.children[0].children[0].value == 3
    assert isinstance(tree.children[0], importlib.import_module("features_sdk.models").Node)


def test_const_type_arrays_typed_maps_and_any_of(
    features: Any, packages: dict[str, ModuleType], server: MockServer
) -> None:
    _answer(
        server, {"kind": "thing", "label": None, "scores": {"a": 1}, "ident": 7, "extra": "kept"}
    )
    thing = features.things.get()
    assert (thing.kind, thing.label, thing.scores, thing.ident) == ("thing", None, {"a": 1}, 7)
    assert thing.model_extra == {"extra": "kept"}  # open object: a newer server's field survives
    _answer(server, {"kind": "other"})
    assert (
        features.things.get().kind == "other"
    )  # a const outside a union is a value: kept (issue 14)


def test_enums_are_strict_for_arguments_and_open_in_responses(
    features: Any, packages: dict[str, ModuleType], server: MockServer
) -> None:
    """A value the spec does not list is refused before sending, but kept when the server sends
    it (a newer API): the response still parses. Tags that pick a variant stay exact."""
    sdk = packages["features"]
    with pytest.raises(sdk.RequestValidationError, match="size"):
        features.things.create(ident="i", size="xl")
    assert len(server.requests) == 0
    _answer(server, {"kind": "thing", "size": "xl", "priority": 3})
    thing = features.things.get()
    assert (thing.size, thing.priority) == ("xl", 3)
    _answer(server, {"kind": "thing", "priority": "3"})
    with pytest.raises(sdk.APIResponseValidationError, match="priority"):
        features.things.get()  # a string for an integer enum is a wrong type, not a new value
    _answer(server, {"petType": "bird", "name": "Tweety"})
    with pytest.raises(sdk.APIResponseValidationError):
        features.pets.get("tweety")  # an unknown discriminator tag names no variant


def test_json_body_fields_become_arguments(features: Any, server: MockServer) -> None:
    _answer(server, {"kind": "thing"})
    features.things.create(
        label=None, scores={"x": 2}, ident="id-1"
    )  # kind: a required const, filled in
    assert server.requests[-1].json() == {
        "kind": "thing",
        "label": None,
        "scores": {"x": 2},
        "ident": "id-1",
    }


def test_multipart_form_and_binary_bodies(features: Any, server: MockServer) -> None:
    _answer(server, {"ok": True})
    features.uploads.upload(file=("a.png", b"\x89PNG-bytes", "image/png"), caption="hi")
    multipart = server.requests[-1]
    assert multipart.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert (
        b"\x89PNG-bytes" in multipart.body
        and b'name="caption"' in multipart.body
        and b"hi" in multipart.body
    )
    features.forms.submit(name="n", count=3)
    form = server.requests[-1]
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form.body == b"name=n&count=3"
    features.blobs.put(content=b"\x00\x01raw")
    assert server.requests[-1].body == b"\x00\x01raw"


def test_nullable_in_openapi_30(packages: dict[str, ModuleType], server: MockServer) -> None:
    legacy = packages["legacy"].Legacy(api_key="k", base_url=server.url, max_retries=0)
    _answer(server, {"note": None, "size": 1, "tags": None})
    item = legacy.items.get()
    assert (item.note, item.size, item.tags) == (None, 1, None)
    _answer(server, {"note": "x", "size": None})
    with pytest.raises(packages["legacy"].APIResponseValidationError):
        legacy.items.get()  # size is not nullable


def test_an_empty_204_next_to_a_json_200_is_none(features: Any, server: MockServer) -> None:
    server.handler = lambda request: Reply(204)
    assert features.maybe.get() is None
    _answer(server, {"ok": True})
    assert features.maybe.get().ok is True
