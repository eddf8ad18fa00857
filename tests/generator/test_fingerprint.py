"""Regenerating with unchanged inputs does (almost) nothing, and never hides a real change.

Each test runs the real command line against a copy of one provider's folder, with its own
cache directory, so the record written by one run is what the next run consults.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.output import fingerprint

ROOT = Path(__file__).resolve().parents[2]


def _generate(work: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GENMEDIA_CACHE_DIR": str(work / "cache")}
    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--specs",
        str(work / "specs"),
        "--out",
        str(work / "out"),
        "hoox",
        *extra,
    ]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "specs" / "hoox", tmp_path / "specs" / "hoox")
    first = _generate(tmp_path)
    assert first.returncode == 0, first.stderr
    assert "generated" in first.stdout
    return tmp_path


def _mtimes(folder: Path) -> dict[str, int]:
    return {
        p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_unchanged_inputs_write_nothing(work: Path) -> None:
    before = _mtimes(work / "out" / "hoox")
    again = _generate(work)
    assert again.returncode == 0, again.stderr
    assert "unchanged" in again.stdout
    assert _mtimes(work / "out" / "hoox") == before
    check = _generate(work, "--check")
    assert check.returncode == 0 and "up to date" in check.stdout


def test_a_hand_edited_output_file_is_regenerated(work: Path) -> None:
    client = work / "out" / "hoox" / "src" / "hoox_sdk" / "_client.py"
    original = client.read_text(encoding="utf-8")
    client.write_text(original + "# edited\n", encoding="utf-8")
    assert _generate(work, "--check").returncode == 1
    again = _generate(work)
    assert again.returncode == 0 and "generated" in again.stdout
    assert client.read_text(encoding="utf-8") == original


def test_an_extra_or_missing_output_file_is_regenerated(work: Path) -> None:
    package = work / "out" / "hoox"
    (package / "stray.py").write_text("", encoding="utf-8")
    assert "generated" in _generate(work).stdout
    assert not (package / "stray.py").exists()
    (package / "README.md").unlink()
    assert "generated" in _generate(work).stdout
    assert (package / "README.md").is_file()


def test_a_changed_spec_is_regenerated(work: Path) -> None:
    spec = work / "specs" / "hoox" / "openapi.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8") + "\n# a comment changes the bytes, so the inputs\n",
        encoding="utf-8",
    )
    again = _generate(work)
    assert again.returncode == 0 and "generated" in again.stdout


def test_the_key_covers_the_toolchain_and_options(tmp_path: Path) -> None:
    spec = tmp_path / "a.yaml"
    spec.write_text("openapi: 3.1.0\n", encoding="utf-8")
    key = fingerprint.input_key([spec], ["spec", "a"])
    assert key == fingerprint.input_key([spec], ["spec", "a"])
    assert key != fingerprint.input_key([spec], ["spec", "b"])
    spec.write_text("openapi: 3.1.1\n", encoding="utf-8")
    assert key != fingerprint.input_key([spec], ["spec", "a"])
    assert any(name.startswith("black-") for name in fingerprint._installed_distributions())


def test_an_unreadable_record_means_a_full_run(work: Path) -> None:
    records = [p for p in (work / "cache" / "generate").rglob("*") if p.is_file()]
    assert records, "the first run recorded nothing"
    for record in records:
        record.write_text("{not json", encoding="utf-8")
    assert "generated" in _generate(work).stdout
