"""The runtime modules that no package changes are plain Python in ``templates/runtime/``: they
pass ``mypy --strict`` where they are, and are copied into every package as they are (then
formatted by black, like every generated file).

mypy reads them as the package ``runtime``, a namespace package whose other half is a temporary
folder holding the templated runtime modules (``_exceptions``, ``_jobs`` …) as one generated
package renders them, so every import between the two resolves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import mypy_strict

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "templates" / "runtime"
PACKAGE = ROOT / "generated" / "krea" / "src" / "krea_sdk"
VERBATIM = sorted(RUNTIME.glob("*.py"))


def test_there_are_verbatim_runtime_modules() -> None:
    assert len(VERBATIM) >= 10
    assert not (RUNTIME / "__init__.py").exists()  # the namespace package below needs none


def test_verbatim_runtime_modules_are_copied_as_they_are() -> None:
    import black

    from generator.emit.formatting import _MODE

    for module in VERBATIM:
        text = black.format_str(module.read_text(encoding="utf-8"), mode=_MODE)
        copies = sorted((ROOT / "generated").glob(f"*/src/*/{module.name}"))
        assert copies, f"no package has {module.name}"
        for copy in copies:
            assert copy.read_text(encoding="utf-8") == text, copy


_CLIENT_STUB = """from __future__ import annotations

from types import TracebackType
from typing import Any


class SyncClient:
    def __init__(self, *, base_url: str | None = None) -> None: ...
    def __getattr__(self, name: str) -> Any:
        return None

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None: ...
"""


@pytest.mark.slow
def test_verbatim_runtime_modules_pass_mypy_strict_in_place(tmp_path: Path) -> None:
    siblings = tmp_path / "runtime"
    siblings.mkdir()
    from generator.emit.render import PACKAGE_MODULES, RUNTIME_MODULES

    for name in (*RUNTIME_MODULES, *PACKAGE_MODULES):
        if not (RUNTIME / name).exists() and name not in ("__init__.py", "_client.py"):
            shutil.copy(PACKAGE / name, siblings / name)
    # The client module imports every resource; the runtime needs only its ``SyncClient`` name.
    (siblings / "_client.py").write_text(_CLIENT_STUB, encoding="utf-8")
    result = mypy_strict(
        "--namespace-packages",
        "--explicit-package-bases",
        "--no-incremental",
        *(f"runtime/{module.name}" for module in VERBATIM),
        config=str(ROOT / "pyproject.toml"),
        cwd=RUNTIME.parent,
        env={"MYPYPATH": str(tmp_path), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout + result.stderr
