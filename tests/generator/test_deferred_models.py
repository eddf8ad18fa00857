"""An API whose models are split by resource names them lazily in its endpoints (issue 19,
"Models per resource"): the first use of a resource imports no models module and builds no
model class; a call imports only the models of its own resource, and still checks its
arguments strictly and reads its answer into the models."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import MockServer, Reply, generate_document, imported
from generator.emit.split_models import MIN_DEFINITIONS

REF = "#/components/schemas/"


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def document(unused: int = MIN_DEFINITIONS) -> dict[str, Any]:
    """Two resources (``jobs``, ``files``) sharing ``Shared``, and enough unused schemas for
    the models to be split."""
    schemas: dict[str, Any] = {
        "Leaf": {"type": "object", "properties": {"value": {"type": "integer"}}},
        "Shared": {"type": "object", "properties": {"leaf": {"$ref": REF + "Leaf"}}},
        "Status": {"type": "string", "enum": ["queued", "done"]},
        "Job": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "status": {"$ref": REF + "Status"},
                "shared": {"$ref": REF + "Shared"},
            },
        },
        "JobRequest": {
            "type": "object",
            "required": ["prompt"],
            "properties": {"prompt": {"type": "string"}, "n": {"type": "integer", "maximum": 4}},
        },
        "FileOnly": {"type": "object", "properties": {"shared": {"$ref": REF + "Shared"}}},
    }
    for index in range(unused):
        schemas[f"Unused{index}"] = {"type": "object", "properties": {"n": {"type": "integer"}}}
    job_body = {"application/json": {"schema": {"$ref": REF + "JobRequest"}}}
    files = {"type": "array", "items": {"$ref": REF + "FileOnly"}}
    files_body = {"application/json": {"schema": files}}  # the whole body: a list of models
    return {
        "openapi": "3.1.0",
        "info": {"title": "Wide API", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "security": [{"key": []}],
        "components": {
            "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas,
        },
        "paths": {
            "/jobs": {
                "post": {
                    "operationId": "createJob",
                    "tags": ["jobs"],
                    "x-sdk-job": {"poll": "jobs.get", "id": "id"},
                    "requestBody": {"required": True, "content": job_body},
                    "responses": _ok({"$ref": REF + "Job"}),
                }
            },
            "/jobs/{job_id}": {
                "get": {
                    "operationId": "getJob",
                    "tags": ["jobs"],
                    "x-sdk-job-status": {
                        "status": "status",
                        "lifecycle": {"queued": ["queued"], "succeeded": ["done"]},
                    },
                    "parameters": [
                        {
                            "name": "job_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": _ok({"$ref": REF + "Job"}),
                }
            },
            "/files": {
                "get": {
                    "operationId": "listFiles",
                    "tags": ["files"],
                    "responses": _ok({"type": "array", "items": {"$ref": REF + "FileOnly"}}),
                },
                "put": {
                    "operationId": "replaceFiles",
                    "tags": ["files"],
                    "requestBody": {"required": True, "content": files_body},
                    "responses": _ok({"type": "array", "items": {"$ref": REF + "FileOnly"}}),
                },
            },
        },
    }


# Run in a fresh process, so the modules and classes seen are the ones this use created.
PROBE = """
import json, sys
import pydantic
import wide_sdk

def built(complete=False):
    # the model classes defined (complete: with their validator built)
    seen, stack = set(), [pydantic.BaseModel]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in seen:
                seen.add(sub)
                stack.append(sub)
    models = ("wide_sdk._models", "wide_sdk.models")  # not the runtime's base classes
    return sorted(
        c.__name__
        for c in seen
        if c.__module__.startswith(models) and (c.__pydantic_complete__ or not complete)
    )

def models_modules():
    return sorted(m for m in sys.modules if m.startswith("wide_sdk._models") or m == "wide_sdk.models")

client = wide_sdk.Wide(api_key="k", base_url=sys.argv[1], max_retries=0)
report = {"client": (models_modules(), built())}
client.jobs
report["resource"] = (models_modules(), built())
try:
    client.jobs.create(prompt="p", n="3")
except wide_sdk.RequestValidationError as error:
    report["refused"] = str(error)
job = client.jobs.create(prompt="p", n=3)
report["job"] = [type(job).__name__, job.shared.leaf.value, str(job.status)]
report["call"] = (models_modules(), built())
report["complete"] = built(complete=True)
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("deferred")
    generate_document(work, "wide", document())
    return work / "wide" / "src"


def test_endpoints_name_their_models_lazily(wide: Path) -> None:
    jobs = (wide / "wide_sdk" / "resources" / "jobs.py").read_text(encoding="utf-8")
    assert "_deferred(lambda: models.Job)" in jobs
    assert "lambda: models.JobRequest" in jobs and "lambda: models.JobGetParams" in jobs
    assert (wide / "wide_sdk" / "_models_for_jobs.py").is_file()  # split by resource


def test_a_small_api_names_its_models_at_once(tmp_path: Path) -> None:
    generate_document(tmp_path, "narrow", document(unused=3))
    jobs = (tmp_path / "narrow" / "src" / "narrow_sdk" / "resources" / "jobs.py").read_text(
        encoding="utf-8"
    )
    assert "lambda: models" not in jobs and "models.JobRequest" in jobs


def test_first_use_of_a_resource_builds_no_model(wide: Path, server: MockServer) -> None:
    server.handler = lambda request: Reply(
        200, {"id": "j1", "status": "done", "shared": {"leaf": {"value": 7}}, "extra": 1}
    )
    env = {**os.environ, "PYTHONPATH": str(wide)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, server.url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # The resource module is imported with no models module and no model class.
    assert report["client"] == [[], []]
    assert report["resource"] == [["wide_sdk.models"], []]
    # A call imports its own resource's models (and the shared ones), not the other resource's.
    assert "n" in report["refused"]  # a str for an int: refused strictly, before sending
    assert len(server.requests) == 1 and server.requests[0].json() == {"prompt": "p", "n": 3}
    assert report["job"] == ["Job", 7, "done"]
    modules, classes = report["call"]
    assert "wide_sdk._models_for_jobs" in modules and "wide_sdk._models_common" in modules
    assert "wide_sdk._models_for_files" not in modules
    assert {"Job", "JobRequest", "Shared", "Leaf"} <= set(classes)
    assert "FileOnly" not in classes and "Unused0" not in classes
    # Validators are built on first use: ``get``'s argument model is defined, not built.
    assert "JobGetParams" in classes and "JobGetParams" not in report["complete"]
    assert "JobRequest" in report["complete"]  # it checked ``create``'s arguments


def test_a_deferred_whole_body_is_checked_and_sent(wide: Path, server: MockServer) -> None:
    """``whole_type=lambda: List[models.FileOnly]``: the list is checked strictly, then sent."""
    server.handler = lambda request: Reply(200, [{"shared": {"leaf": {"value": 2}}}])
    with imported(wide.parent.parent, "wide") as packages:
        sdk: Any = packages["wide"]
        client = sdk.Wide(api_key="k", base_url=server.url, max_retries=0)
        with pytest.raises(sdk.RequestValidationError):
            client.files.replace(body=[{"shared": {"leaf": {"value": "2"}}}])
        assert server.requests == []
        [saved] = client.files.replace(body=[{"shared": {"leaf": {"value": 2}}}])
        assert type(saved).__name__ == "FileOnly" and saved.shared.leaf.value == 2
        assert server.requests[0].json() == [{"shared": {"leaf": {"value": 2}}}]


def test_and_wait_works_with_its_model_named_as_a_string(wide: Path, server: MockServer) -> None:
    """``JobWaitParams["models.Job"]``: defining the TypedDict imports no model."""
    jobs = (wide / "wide_sdk" / "resources" / "jobs.py").read_text(encoding="utf-8")
    assert 'JobWaitParams["models.Job"]' in jobs
    server.handler = lambda request: Reply(200, {"id": "j1", "status": "done"})
    with imported(wide.parent.parent, "wide") as packages:
        client = packages["wide"].Wide(api_key="k", base_url=server.url, max_retries=0)
        job = client.jobs.create_and_wait(prompt="p", timeout=5)
        assert (type(job).__name__, job.id) == ("Job", "j1")
    assert [r.method for r in server.requests] == ["POST", "GET"]
