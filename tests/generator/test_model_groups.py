"""A large API's models: one datamodel-code-generator run per models module
(generator.emit.model_groups), cached per module, the same files whatever the number of
workers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import black
import pytest

from generator.emit import model_groups
from generator.emit.formatting import _MODE
from generator.emit.split_models import MIN_DEFINITIONS
from generator.emit.workers import worker_pool

REF = "#/components/schemas/"


def _schemas(extra: int = MIN_DEFINITIONS) -> dict[str, Any]:
    """Two resources sharing ``Shared`` (and what it reaches), each with its own models, and
    many unused models (the ``other`` group), enough to be split."""
    schemas: dict[str, Any] = {
        "Leaf": {"type": "object", "properties": {"value": {"type": "integer"}}},
        "Shared": {"type": "object", "properties": {"leaf": {"$ref": REF + "Leaf"}}},
        "Status": {"type": "string", "enum": ["queued", "done"]},
        "JobOnly": {
            "type": "object",
            "properties": {
                "shared": {"$ref": REF + "Shared"},
                "status": {"$ref": REF + "Status"},
            },
        },
        "FileOnly": {"type": "object", "properties": {"shared": {"$ref": REF + "Shared"}}},
    }
    for index in range(extra):
        schemas[f"Unused{index}"] = {"type": "object", "properties": {"n": {"type": "integer"}}}
    return schemas


USERS = {
    "jobs": "def get(self) -> models.JobOnly: ...",
    "files": "def get(self) -> models.FileOnly: ...",
}


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GENMEDIA_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_groups_follow_the_schemas_references() -> None:
    groups = model_groups.schema_groups(_schemas(3), USERS)
    assert groups.group_of["JobOnly"] == "for_jobs"
    assert groups.group_of["Status"] == "for_jobs"
    assert groups.group_of["FileOnly"] == "for_files"
    assert groups.group_of["Shared"] == "common" and groups.group_of["Leaf"] == "common"
    assert groups.group_of["Unused0"] == "other"


def test_models_no_resource_uses_are_split_too() -> None:
    schemas = _schemas()
    schemas["Unused0"]["properties"]["next"] = {"$ref": REF + "Piece"}
    schemas["Unused150"]["properties"]["next"] = {"$ref": REF + "Piece"}
    schemas["Piece"] = {"type": "object", "properties": {"n": {"type": "integer"}}}
    groups = model_groups.schema_groups(schemas, USERS)
    assert groups.group_of["Unused0"] == "other_1" and groups.group_of["Unused150"] == "other_2"
    assert groups.group_of["Piece"] == "other_shared"  # reached from two of them
    files = model_groups.grouped_models(schemas, "T", None, "demo_sdk", USERS)
    assert files is not None
    assert "from ._models_other_shared import Piece\n" in files["_models_other_1.py"]
    assert "class Piece(" in files["_models_other_shared.py"]


def test_small_apis_keep_one_module() -> None:
    assert model_groups.grouped_models(_schemas(3), "T", None, "demo_sdk", USERS) is None


def test_each_module_defines_its_models_and_imports_the_common_ones(tmp_path: Path) -> None:
    files = model_groups.grouped_models(_schemas(), "T", None, "demo_sdk", USERS)
    assert files is not None
    assert sorted(files) == [
        "_models_common.py",
        "_models_for_files.py",
        "_models_for_jobs.py",
        "_models_other_1.py",  # the unused models, about OTHER_CHUNK per module
        "_models_other_2.py",
        "models.py",
    ]
    jobs = files["_models_for_jobs.py"]
    assert "class JobOnly(_OpenModel)" in jobs and "Status = TypeAliasType(" in jobs
    assert "from ._models_common import Leaf\nfrom ._models_common import Shared\n" in jobs
    assert "class Shared(" not in jobs and "class Leaf(" not in jobs  # imported, not copied
    assert "class Shared(" in files["_models_common.py"]
    for path, text in files.items():  # black's output already: nothing left to format
        assert black.format_str(text, mode=_MODE) == text, path
    # The package imports and validates through the facade.
    package = tmp_path / "demo_sdk"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    runtime = Path(__file__).resolve().parents[2] / "templates" / "runtime" / "_enums.py"
    (package / "_enums.py").write_text(runtime.read_text(encoding="utf-8"), encoding="utf-8")
    for path, text in files.items():
        (package / path).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        from demo_sdk import models  # type: ignore[import-not-found]

        job = models.JobOnly.model_validate({"shared": {"leaf": {"value": 1}}, "status": "done"})
        assert job.shared.leaf.value == 1
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n.startswith("demo_sdk")]:
            del sys.modules[name]


def test_same_files_whatever_the_number_of_workers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alone = model_groups.grouped_models(_schemas(), "T", None, "demo_sdk", USERS)
    monkeypatch.setenv("GENMEDIA_CACHE_DIR", str(tmp_path / "another"))  # run them again
    monkeypatch.setenv("GENMEDIA_WORKERS", "2")
    document = {"components": {"schemas": _schemas()}}
    with worker_pool(document) as pool:
        if pool is None:
            pytest.skip("one core: no workers")
        assert model_groups.grouped_models(_schemas(), "T", None, "demo_sdk", USERS, pool) == alone
    assert (tmp_path / "another" / "models").is_dir()  # the workers used this cache


def test_a_schema_change_reruns_only_its_module(monkeypatch: pytest.MonkeyPatch) -> None:
    import datamodel_code_generator

    original = datamodel_code_generator.generate
    model_groups.grouped_models(_schemas(), "T", None, "demo_sdk", USERS)
    runs: list[str] = []

    def counting(text: str, **options: Any) -> Any:
        runs.append(text)
        return original(text, **options)

    monkeypatch.setattr(datamodel_code_generator, "generate", counting)
    changed = _schemas()
    changed["FileOnly"] = {
        "type": "object",
        "properties": {"shared": {"$ref": REF + "Shared"}, "name": {"type": "string"}},
    }
    files = model_groups.grouped_models(changed, "T", None, "demo_sdk", USERS)
    assert files is not None and "name: str | MISSING" in files["_models_for_files.py"]
    assert len(runs) == 1 and '"FileOnly"' in runs[0] and '"JobOnly"' not in runs[0]


def test_models_with_other_statements_stay_one_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """datamodel-code-generator sometimes ends with ``X.model_rebuild()`` (OpenAI's document):
    such a module is not cut apart."""
    original = model_groups.raw_models

    def with_statement(*args: Any) -> str:
        return original(*args) + "\nLeaf.model_rebuild()\n"

    monkeypatch.setattr(model_groups, "raw_models", with_statement)
    assert model_groups.grouped_models(_schemas(), "T", None, "demo_sdk", USERS) is None
