"""Spec extensions: each has a JSON Schema, a malformed one is an error naming its file and
pointer (exit 2), and nothing malformed is skipped silently."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import ROOT
from generator.cli import main
from generator.errors import SpecError
from generator.ir.build import build_package
from generator.normalize import normalize
from generator.spec.defaults import config_from_document
from generator.spec.extensions import EXTENSIONS, schema_of, validate_extensions
from generator.spec.validation import SCHEMA_DIR, validate_openapi

FILE = Path("spec.json")
OP = "/paths/~1things~1{id}/get"


def document() -> dict[str, Any]:
    """A valid document using every operation and document extension."""
    thing = {
        "type": "object",
        "title": "Thing",
        "properties": {
            "status": {"type": "string", "x-known-values": ["done", "busy"]},
            "name": {"type": "string", "x-max-bytes": 100},
        },
        "x-rules": [{"id": "r", "description": "words"}],
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "x-sdk-webhook-signature": {
            "algorithm": "hmac-sha256",
            "signature_header": "Sig",
            "x-unverified": True,
        },
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "x-sdk-job-status": {
                        "status": "status",
                        "lifecycle": {"queued": ["busy"], "succeeded": ["done"]},
                    },
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": thing}},
                        }
                    },
                }
            },
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "x-sdk-job": {"poll": "things.get", "id": "id"},
                    "x-acme-deprecated-field-aliases": [{"from": "oldName", "to": "name"}],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"name": {"type": "string"}},
                                    "example": {"x-max-bytes": "data, not a limit"},
                                }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": thing}},
                        }
                    },
                }
            },
        },
    }


def build(spec: dict[str, Any]) -> Any:
    validate_openapi(spec, FILE)
    validate_extensions(spec, FILE)
    normalized = normalize(spec, FILE, [])
    return build_package(normalized, config_from_document(spec, "t"), "t", FILE, spec)


def test_every_extension_has_a_valid_json_schema() -> None:
    stems = {schema_of(key) for key in EXTENSIONS} | {schema_of("x-acme-deprecated-field-aliases")}
    for stem in stems:
        schema = json.loads((SCHEMA_DIR / f"{stem}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["title"] == stem


def test_the_readme_lists_every_extension() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in EXTENSIONS:
        assert f"`{key}`" in readme, key


def test_a_valid_document_parses_into_dataclasses() -> None:
    package = build(document())
    status = next(op for op in package.operations if op.job_status)
    assert status.job_status is not None and status.job_status.lifecycle == {
        "queued": ["busy"],
        "succeeded": ["done"],
    }
    create = next(op for op in package.operations if op.name == "create")
    assert create.job is not None and create.job.poll_class == "ThingsResource"
    assert [alias.wire_name for alias in create.aliases] == ["oldName"]
    assert package.webhook_signature is not None and package.webhook_signature.encodings == (
        "hex",
        "base64",
    )


@pytest.mark.parametrize(
    ("edit", "pointer"),
    [
        pytest.param(
            lambda d: d["paths"]["/things/{id}"]["get"].update(
                {"x-sdk-job-status": {"status": "status", "lifecycle": {"done": ["x"]}}}
            ),
            OP + "/x-sdk-job-status/lifecycle",
            id="unknown-job-state",
        ),
        pytest.param(
            lambda d: d["paths"]["/things/{id}"]["get"]["x-sdk-job-status"].update(
                poll_interval="2s"
            ),
            OP + "/x-sdk-job-status/poll_interval",
            id="poll-interval-not-a-number",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"].update({"x-sdk-job": {"poll": "things"}}),
            "/paths/~1things/post/x-sdk-job/poll",
            id="job-poll-not-resource-dot-method",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"].update(
                {"x-acme-deprecated-field-aliases": [{"from": "a"}]}
            ),
            "/paths/~1things/post/x-acme-deprecated-field-aliases/0",
            id="alias-without-to",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"].update(
                {"x-sdk-pagination": {"style": "offset"}}
            ),
            "/paths/~1things/post/x-sdk-pagination",
            id="pagination-style",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"].update({"x-sdk-flat-methods": [{"name": "x"}]}),
            "/paths/~1things/post/x-sdk-flat-methods/0",
            id="flat-method-without-schema",
        ),
        pytest.param(
            lambda d: d["x-sdk-webhook-signature"].update(algorithm="md5"),
            "/x-sdk-webhook-signature/algorithm",
            id="signature-algorithm",
        ),
        pytest.param(
            lambda d: d["x-sdk-webhook-signature"].update(signed_payload="{timestamp}"),
            "/x-sdk-webhook-signature/signed_payload",
            id="signature-without-body",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"]["responses"]["200"]["content"][
                "application/json"
            ]["schema"]["properties"]["name"].update({"x-max-bytes": "1 KB"}),
            "/paths/~1things/post/responses/200/content/application~1json/schema/properties/name/x-max-bytes",
            id="max-bytes-not-an-integer",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"]["responses"]["200"]["content"][
                "application/json"
            ]["schema"]["properties"]["status"].update({"x-known-values": "done"}),
            "/paths/~1things/post/responses/200/content/application~1json/schema/properties/status/x-known-values",
            id="known-values-not-a-list",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"].update({"x-unverified": "yes"}),
            "/paths/~1things/post/x-unverified",
            id="unverified-not-a-boolean",
        ),
    ],
)
def test_a_malformed_extension_is_an_error_at_its_pointer(edit: Any, pointer: str) -> None:
    spec = document()
    edit(spec)
    with pytest.raises(SpecError) as caught:
        validate_extensions(spec, FILE)
    assert caught.value.pointer == pointer
    assert caught.value.file == FILE


def test_names_and_data_that_look_like_extensions_are_not_checked() -> None:
    """A property called ``x-unverified`` and an example holding ``x-max-bytes`` are the
    vendor's names and data: only extensions are checked."""
    spec = document()
    schema = spec["paths"]["/things"]["post"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    schema["properties"]["x-unverified"] = {"type": "string"}
    schema["example"] = {"x-max-bytes": "big"}
    validate_extensions(spec, FILE)


def test_the_generate_command_exits_2_naming_file_and_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = document()
    spec["paths"]["/things"]["post"]["x-sdk-job"] = {"poll": 3}
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(spec), encoding="utf-8")
    assert main(["generate", "--spec", str(file), "--out", str(tmp_path / "out")]) == 2
    assert (
        f"{file}#/paths/~1things/post/x-sdk-job/poll: 3 is not of type 'string'"
        in capsys.readouterr().err
    )
    assert not (tmp_path / "out").exists()


def test_an_alias_to_no_field_and_an_alias_taken_by_an_argument_are_warnings() -> None:
    spec = document()
    post = spec["paths"]["/things"]["post"]
    post["requestBody"]["content"]["application/json"]["schema"]["properties"]["old_name"] = {
        "type": "string"
    }
    post["x-acme-deprecated-field-aliases"] = [
        {"from": "oldName", "to": "name"},
        {"from": "gone", "to": "missing"},
    ]
    warnings = build(copy.deepcopy(spec)).warnings
    pointer = "#/paths/~1things/post/x-acme-deprecated-field-aliases"
    assert (
        f"{FILE}{pointer}/0/from: not an alias: another argument is already called 'old_name'"
        in warnings
    )
    assert (
        f"{FILE}{pointer}/1/to: not an alias: the request body has no field 'missing'" in warnings
    )


def test_a_flat_method_envelope_without_its_marker_is_an_error() -> None:
    spec = document()
    spec["components"] = {
        "schemas": {"P": {"type": "object", "properties": {"a": {"type": "string"}}}}
    }
    spec["paths"]["/things"]["post"]["x-sdk-flat-methods"] = [
        {
            "name": "p",
            "params_schema": {"$ref": "#/components/schemas/P"},
            "envelope": {"model": "p"},
        }
    ]
    with pytest.raises(SpecError, match=re.escape('marker "$params"')) as caught:
        build(spec)
    assert caught.value.pointer == "/paths/~1things/post/x-sdk-flat-methods/0/envelope"


@pytest.mark.parametrize(
    "hint", ["cursor", ["cursor", "after"], 3, None], ids=["string", "list", "number", "null"]
)
def test_a_pagination_hint_of_the_wrong_type_stops_generation(
    hint: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed ``x-sdk-pagination`` is refused (exit 2, ``file#pointer``), never silently
    ignored: falling back to inference would page a list in a way the spec's author did not ask."""
    spec = document()
    spec["paths"]["/things"]["post"]["x-sdk-pagination"] = hint
    with pytest.raises(SpecError) as caught:
        validate_extensions(copy.deepcopy(spec), FILE)
    assert caught.value.pointer == "/paths/~1things/post/x-sdk-pagination"
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(spec), encoding="utf-8")
    assert main(["generate", "--spec", str(file), "--out", str(tmp_path / "out")]) == 2
    assert f"{file}#/paths/~1things/post/x-sdk-pagination: " in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
