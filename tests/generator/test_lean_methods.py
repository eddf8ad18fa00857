"""Lean generated methods lose nothing: every argument of ``…_and_wait``, ``…_pages`` and
``…_all`` is still typed for mypy, async methods are real coroutine functions with the sync
method's docstring, and the Krea package stays within its size budget (issue 19)."""

from __future__ import annotations

import inspect
import os
import sys
import textwrap
from pathlib import Path

from conftest import mypy_strict

ROOT = Path(__file__).resolve().parents[2]
KREA_SRC = ROOT / "generated" / "krea" / "src"

USAGE = """
from krea_sdk import AsyncKrea, Krea

client = Krea(api_key="k")
job = client.videos.kling_1_and_wait(prompt="x", wait_timeout=3.0, mode="pro")
reveal_type(job)
client.videos.kling_1_and_wait(prompt=3)  # E1
client.videos.kling_1_and_wait(prompt="x", wait_timeout="soon")  # E2
client.videos.kling_1_and_wait(promt="x")  # E3
client.videos.kling_1_and_wait()  # E4
client.jobs.list_all(limit="3")  # E5
reveal_type(client.videos.with_raw_response.kling_1(prompt="x").parse())
client.videos.with_raw_response.kling_1_and_wait  # E6


async def main() -> None:
    aclient = AsyncKrea(api_key="k")
    reveal_type(await aclient.videos.kling_1(prompt="x"))
    await aclient.videos.kling_1(prompt=1)  # E7
    reveal_type(await aclient.videos.kling_1_and_wait(prompt="x"))
"""


def test_lean_methods_are_fully_typed(tmp_path: Path) -> None:
    script = tmp_path / "usage.py"
    script.write_text(textwrap.dedent(USAGE), encoding="utf-8")
    result = mypy_strict(
        "--cache-dir",
        str(tmp_path / "cache"),
        str(script),
        env={**os.environ, "MYPYPATH": str(KREA_SRC)},
        cwd=tmp_path,
    )
    lines = result.stdout.splitlines()
    source = script.read_text(encoding="utf-8").splitlines()
    errors = {int(line.split(":")[1]) for line in lines if ": error:" in line}
    expected = {number for number, text in enumerate(source, 1) if "# E" in text}
    assert errors == expected, result.stdout
    revealed = [line.split("Revealed type is ")[1] for line in lines if "Revealed type is" in line]
    assert revealed == [
        '"krea_sdk.models.Job"',
        '"krea_sdk.models.CreatedJob"',
        '"krea_sdk.models.CreatedJob"',
        '"krea_sdk.models.Job"',
    ]


def test_async_methods_are_coroutine_functions_documented_once() -> None:
    sys.path.insert(0, str(KREA_SRC))
    try:
        from krea_sdk.resources.videos import AsyncVideosResource, VideosResource
    finally:
        sys.path.remove(str(KREA_SRC))
    assert inspect.iscoroutinefunction(AsyncVideosResource.kling_1)
    assert inspect.iscoroutinefunction(AsyncVideosResource.kling_1_and_wait)
    assert AsyncVideosResource.kling_1.__doc__ == VideosResource.kling_1.__doc__
    assert "prompt" in inspect.signature(AsyncVideosResource.kling_1).parameters
    source = (KREA_SRC / "krea_sdk" / "resources" / "videos.py").read_text(encoding="utf-8")
    assert source.count("Kling 3.0") == 1  # the 78-row price table once, not four times


def test_krea_python_within_budget() -> None:
    """Issue 19: Krea's generated Python within 450 KiB (806 KiB before lean methods).

    The target predates the command line issue 18 asked for: its runtime module ``_cli.py``
    (33 KiB; the 186 KiB command table is gone, ``_cli`` reads the client's classes) is counted
    apart, and so is the growth of the runtime since (its per-call fast paths, lazy models:
    about 7 KiB). Measured 2026-12-06 after both: 437 KiB without ``_cli.py``, 471 KiB with it."""
    files = {path: path.stat().st_size for path in (KREA_SRC / "krea_sdk").rglob("*.py")}
    without_cli = sum(size for path, size in files.items() if path.name != "_cli.py")
    assert without_cli <= 450 * 1024, f"{without_cli / 1024:.0f} KiB"
    assert sum(files.values()) <= 475 * 1024, f"{sum(files.values()) / 1024:.0f} KiB"
