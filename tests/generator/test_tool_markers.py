"""No tool's internal marker in our five packages (see ``tests/tool_markers.py``), and the scan
finds one when it is there."""

from __future__ import annotations

import pytest

from conftest import GENERATED, SPECS
from tool_markers import TOOL_MARKERS, tool_markers

PROVIDERS = sorted(p.name for p in GENERATED.iterdir() if (p / "pyproject.toml").is_file())


def _spec_text(provider: str) -> str:
    return "\n".join(
        f.read_text(encoding="utf-8") for f in sorted((SPECS / provider).rglob("*")) if f.is_file()
    )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_generated_package_has_no_tool_markers(provider: str) -> None:
    caches = {"__pycache__", ".mypy_cache", ".pytest_cache"}  # left by tests that run the package
    files = {
        f.relative_to(GENERATED / provider).as_posix(): f.read_text(encoding="utf-8")
        for f in (GENERATED / provider).rglob("*")
        if f.is_file() and not caches & set(f.parts)
    }
    assert files
    assert tool_markers(files, _spec_text(provider)) == []


def test_the_scan_finds_markers_the_spec_does_not_hold() -> None:
    assert len(PROVIDERS) >= 5
    leaked = {
        "models.py": 'class E(BaseModel):\n    type: Literal["17#-datamodel-code-generator-#-allOf-#-special-#"]\n'
    }
    assert tool_markers(leaked, "") == [
        "models.py: '#-datamodel-code-generator-#'",
        "models.py: '-#-special-#'",
    ]
    assert tool_markers({"a.py": "x = '<function f at 0x1>'\n"}, "") == ["a.py: '<function '"]
    # The spec's own text may hold one (a template syntax in a description).
    assert (
        tool_markers({"a.py": '"""Use `{{item.name}}`."""\n'}, "description: Use `{{item.name}}`.")
        == []
    )
    assert all(marker.strip() for marker in TOOL_MARKERS)
