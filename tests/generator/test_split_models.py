"""A large models module is split by resource (generator.emit.split_models): a resource loads
only the models it reaches, shared ones come from one common module, and ``models.X`` still
works (PEP 562 facade) for code, users and type checkers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.emit.split_models import split_models

SOURCE = '''# Models of the API.
from __future__ import annotations
from pydantic import BaseModel
from typing_extensions import TypeAliasType


class Shared(BaseModel):
    leaf: Leaf


class Leaf(BaseModel):
    value: int


class JobOnly(BaseModel):
    shared: Shared
    status: "Status"


Status = TypeAliasType("Status", str)
"""A job status."""


class FileOnly(BaseModel):
    shared: Shared


class Unused(BaseModel):
    x: int
'''
USERS = {
    "jobs": "def get(self) -> models.JobOnly: ...",
    "files": "def get(self) -> models.FileOnly: ...  # models.Shared too",
}


def test_models_go_to_the_group_that_uses_them() -> None:
    files = split_models(SOURCE, "demo_sdk", USERS, minimum=1)
    assert files is not None
    assert sorted(files) == [
        "_models_common.py",
        "_models_for_files.py",
        "_models_for_jobs.py",
        "_models_other.py",
        "models.py",
    ]
    assert (
        "class Shared" in files["_models_common.py"] and "class Leaf" in files["_models_common.py"]
    )  # a dep of shared is shared
    assert (
        "class JobOnly" in files["_models_for_jobs.py"]
        and "Status = TypeAliasType" in files["_models_for_jobs.py"]
    )
    assert '"""A job status."""' in files["_models_for_jobs.py"]  # an alias keeps its docstring
    assert (
        "from ._models_common import Leaf\nfrom ._models_common import Shared\n"
        in files["_models_for_jobs.py"]
    )
    assert "class Unused" in files["_models_other.py"]
    assert "_models_for_" not in files["_models_common.py"]


def test_small_modules_stay_whole() -> None:
    assert split_models(SOURCE, "demo_sdk", USERS) is None


def test_the_facade_loads_one_group_on_first_use(tmp_path: Path) -> None:
    files = split_models(SOURCE, "demo_sdk", USERS, minimum=1)
    assert files is not None
    package = tmp_path / "demo_sdk"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, text in files.items():
        (package / name).write_text(text)
    sys.path.insert(0, str(tmp_path))
    try:
        from demo_sdk import models  # type: ignore[import-not-found]

        assert "demo_sdk._models_for_jobs" not in sys.modules
        job = models.JobOnly.model_validate({"shared": {"leaf": {"value": 1}}, "status": "done"})
        assert job.shared.leaf.value == 1
        assert (
            "demo_sdk._models_for_jobs" in sys.modules
            and "demo_sdk._models_for_files" not in sys.modules
        )
        from demo_sdk.models import FileOnly  # type: ignore[import-not-found]

        assert FileOnly.__module__ == "demo_sdk._models_for_files"
        with pytest.raises(AttributeError):
            models.Nothing  # noqa: B018
    finally:
        sys.path.remove(str(tmp_path))
        for module in [m for m in sys.modules if m.startswith("demo_sdk")]:
            del sys.modules[module]
