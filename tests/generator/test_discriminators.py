"""Discriminated unions get the spec's tags (``generator/emit/discriminators.py``).

The shapes are OpenAI's streaming events: variants whose tag is an enum the hoisting step names
(a ``$ref``), and ``allOf`` variants adding a field to such an event. datamodel-code-generator
alone tags those with schema names or placeholders of its own; here every tag is the spec's
value, the package passes ``mypy --strict``, and real events parse into the right classes.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from conftest import generate_document, imported, mypy_strict
from generator.emit.discriminators import explicit_discriminators

REF = "#/components/schemas/"


def _event(tag: str, description: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "required": ["type", "sequence_number"],
        "properties": {
            "type": {"type": "string", "enum": [tag]},
            "sequence_number": {"type": "integer"},
            **extra,
        },
    }


def _ws(title: str, event: str) -> dict[str, Any]:
    return {
        "title": title,
        "allOf": [
            {"$ref": REF + event},
            {"type": "object", "properties": {"stream_id": {"type": "string"}}},
        ],
    }


DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Events", "version": "1"},
    "paths": {
        "/stream": {
            "get": {
                "operationId": "getEvent",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": REF + "StreamEvent"}}},
                    }
                },
            }
        },
        "/ws": {
            "get": {
                "operationId": "getWsEvent",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": REF + "ServerEvent"}}},
                    }
                },
            }
        },
        "/items": {
            "get": {
                "operationId": "getItem",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": REF + "Item"}}},
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "InProgressEvent": _event(
                "response.code_interpreter_call.in_progress",
                "In progress.",
                item_id={"type": "string"},
            ),
            "DoneEvent": _event(
                "response.done", "Done.", status={"type": "string", "enum": ["completed", "failed"]}
            ),
            "StreamEvent": {
                "discriminator": {"propertyName": "type"},
                "anyOf": [{"$ref": REF + "InProgressEvent"}, {"$ref": REF + "DoneEvent"}],
            },
            "ServerEvent": {
                "discriminator": {"propertyName": "type"},
                "anyOf": [_ws("InProgressWs", "InProgressEvent"), _ws("DoneWs", "DoneEvent")],
            },
            # Two variants share a tag (a role tells them apart): no exact discriminator exists.
            "InputMessage": {
                "type": "object",
                "required": ["type", "role"],
                "properties": {"type": {"const": "message"}, "role": {"const": "user"}},
                "additionalProperties": False,
            },
            "OutputMessage": {
                "type": "object",
                "required": ["type", "role"],
                "properties": {"type": {"const": "message"}, "role": {"const": "assistant"}},
                "additionalProperties": False,
            },
            "Item": {
                "discriminator": {"propertyName": "type"},
                "oneOf": [{"$ref": REF + "InputMessage"}, {"$ref": REF + "OutputMessage"}],
            },
        }
    },
}


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    work = tmp_path_factory.mktemp("events")
    generate_document(work, "events", DOCUMENT)
    with imported(work, "events") as modules:
        yield modules["events"]


def _models_source(module: ModuleType) -> str:
    return (Path(module.__file__ or "").parent / "models.py").read_text(encoding="utf-8")


def test_tags_are_the_spec_values(events: ModuleType) -> None:
    source = _models_source(events)
    assert "datamodel-code-generator-#" not in source
    assert 'Literal["InProgressEvent"]' not in source and 'Literal["DoneEvent"]' not in source
    models = importlib.import_module("events_sdk.models")
    for name in ("InProgressEvent",):
        annotation = models.__dict__[name].model_fields["type"].annotation
        assert annotation.__args__ == ("response.code_interpreter_call.in_progress",)
    ws_classes = [
        cls
        for cls in vars(models).values()
        if inspect.isclass(cls)
        and issubclass(cls, models.InProgressEvent)
        and cls is not models.InProgressEvent
    ]
    assert ws_classes, "the allOf variant extends the event"
    for cls in ws_classes:
        assert cls.model_fields["type"].annotation.__args__ == (
            "response.code_interpreter_call.in_progress",
        )


def test_events_parse_into_the_right_class(events: ModuleType) -> None:
    models = importlib.import_module("events_sdk.models")
    stream = pydantic.TypeAdapter(models.StreamEvent)
    done = stream.validate_python(
        {"type": "response.done", "sequence_number": 2, "status": "completed"}
    )
    assert isinstance(done, models.DoneEvent) and done.status == "completed"
    going = stream.validate_python(
        {
            "type": "response.code_interpreter_call.in_progress",
            "sequence_number": 1,
            "item_id": "ci_1",
        }
    )
    assert isinstance(going, models.InProgressEvent)
    ws = pydantic.TypeAdapter(models.ServerEvent).validate_python(
        {"type": "response.done", "sequence_number": 3, "stream_id": "lane-1"}
    )
    assert isinstance(ws, models.DoneEvent) and ws.stream_id == "lane-1"
    with pytest.raises(pydantic.ValidationError):
        stream.validate_python(
            {"type": "DoneEvent", "sequence_number": 2}
        )  # the schema's name is no tag
    item = pydantic.TypeAdapter(models.Item).validate_python(
        {"type": "message", "role": "assistant"}
    )
    assert isinstance(item, models.OutputMessage)


def test_package_passes_mypy_strict(events: ModuleType) -> None:
    folder = Path(events.__file__ or "").parent
    result = mypy_strict("--no-incremental", str(folder))
    assert result.returncode == 0, result.stdout + result.stderr


def test_mapping_is_rebuilt_from_the_variants_own_tags() -> None:
    schemas = DOCUMENT["components"]["schemas"]
    hoisted = {
        **schemas,
        "DoneType": {"type": "string", "enum": ["response.done"], "title": "DoneType"},
        "DoneEvent": {
            **schemas["DoneEvent"],
            "properties": {
                **schemas["DoneEvent"]["properties"],
                "type": {"$ref": REF + "DoneType", "description": "Always done."},
            },
        },
    }
    result = explicit_discriminators(hoisted)
    assert result["StreamEvent"]["discriminator"] == {
        "propertyName": "type",
        "mapping": {
            "response.code_interpreter_call.in_progress": REF + "InProgressEvent",
            "response.done": REF + "DoneEvent",
        },
    }
    assert result["DoneEvent"]["properties"]["type"] == {
        "type": "string",
        "enum": ["response.done"],
        "description": "Always done.",
    }
    assert "discriminator" not in result["Item"]  # two variants tagged "message"
    assert (
        hoisted["DoneEvent"]["properties"]["type"]["$ref"] == REF + "DoneType"
    )  # the input is not changed


@pytest.mark.parametrize(
    ("variants", "mapping", "kept"),
    [
        # No literal tag: OpenAPI's implicit mapping is the schema's name.
        ([{"$ref": REF + "Plain"}], None, {"Plain": REF + "Plain"}),
        ([{"$ref": REF + "Plain"}], {"p": "Plain"}, {"p": REF + "Plain"}),
        # An inline variant without a literal tag has no name to fall back on.
        ([{"type": "object", "properties": {"kind": {"type": "string"}}}], None, None),
        # The mapping contradicts the variant's own enum.
        ([{"$ref": REF + "Tagged"}], {"other": REF + "Tagged"}, None),
        # A non-string tag.
        ([{"$ref": REF + "Numbered"}], None, None),
        # A variant that does not have the property at all.
        ([{"$ref": REF + "Plain"}, {"$ref": REF + "Untagged"}], None, None),
        # A discriminator with no union to apply to (the "inheritance" style).
        ([], None, None),
    ],
)
def test_unions_without_exact_tags_lose_the_discriminator(
    variants: list[Any], mapping: dict[str, str] | None, kept: dict[str, str] | None
) -> None:
    discriminator: dict[str, Any] = {
        "propertyName": "kind",
        **({"mapping": mapping} if mapping else {}),
    }
    schemas = {
        "Plain": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Tagged": {"type": "object", "properties": {"kind": {"enum": ["t"]}}},
        "Numbered": {"type": "object", "properties": {"kind": {"const": 1}}},
        "Untagged": {"type": "object", "properties": {"other": {"type": "string"}}},
        "U": (
            {"oneOf": variants, "discriminator": discriminator}
            if variants
            else {"type": "object", "discriminator": discriminator}
        ),
    }
    result = explicit_discriminators(schemas)["U"]
    if kept is None:
        assert "discriminator" not in result
    else:
        assert result["discriminator"] == {"propertyName": "kind", "mapping": kept}


def test_a_property_called_discriminator_is_left_alone() -> None:
    schemas = {
        "M": {
            "type": "object",
            "properties": {
                "discriminator": {
                    "type": "object",
                    "properties": {"propertyName": {"type": "string"}},
                }
            },
        }
    }
    assert explicit_discriminators(schemas) == schemas
