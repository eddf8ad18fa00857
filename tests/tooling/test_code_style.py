"""The generator's own code is black-formatted (``pyproject.toml``'s ``[tool.black]``), like the
code it generates."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.xfail(
    strict=True,
    reason="generator/ is black-formatted last, by the lead, to keep the regroup's merges easy; "
    "remove this mark in that commit (strict: an unexpected pass fails, as a reminder)",
)
def test_generator_is_black_formatted() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
