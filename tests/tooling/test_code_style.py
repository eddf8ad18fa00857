"""The generator's own code and the runtime modules copied as they are into every package are
black-formatted (``pyproject.toml``'s ``[tool.black]``), like the code the generator writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generator_is_black_formatted() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--quiet",
            "generator",
            "tests",
            "bench",
            *sorted(str(p) for p in (ROOT / "templates" / "runtime").glob("*.py")),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
