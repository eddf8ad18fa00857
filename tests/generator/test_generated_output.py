"""The regenerated output: snapshots of every file, freshness of generated/, determinism."""

from __future__ import annotations

import subprocess
import sys
from functools import cache

import pytest
from syrupy.assertion import SnapshotAssertion

from conftest import GENERATED, ROOT, SPECS
from generator.pipeline import GeneratedPackage, build_provider
from generator.spec.sources import provider_names
from generator.output.writer import stale_files, write_tree

PROVIDERS = provider_names(SPECS)


@cache
def built(name: str) -> GeneratedPackage:
    return build_provider(SPECS, name)


def test_all_five_providers_are_configured() -> None:
    assert PROVIDERS == ["hoox", "kiara", "kling", "krea", "vtrix"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_generated_file_matches_its_snapshot(
    provider: str, snapshot: SnapshotAssertion
) -> None:
    files = built(provider).files
    assert sorted(files) == snapshot(name="file list")
    for path, text in files.items():
        assert text == snapshot(name=path)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_committed_output_is_fresh(provider: str) -> None:
    assert stale_files(built(provider).files, GENERATED / provider) == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_package_essentials(provider: str) -> None:
    files = built(provider).files
    package = next(p.split("/")[1] for p in files if p.endswith("/py.typed"))
    for required in (
        "pyproject.toml",
        "README.md",
        "api.md",
        "openapi.json",
        f"src/{package}/py.typed",
        f"src/{package}/models.py",
    ):
        assert required in files


def test_generation_is_byte_identical_across_processes() -> None:
    code = (
        "from pathlib import Path; from generator.pipeline import build_provider; import hashlib, json; "
        "f = build_provider(Path('specs'), 'krea').files; print(hashlib.sha256(json.dumps(f, sort_keys=True).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
        ).stdout
        for seed in (1, 2)
    }
    assert len(digests) == 1


def test_check_mode_reports_stale_and_extra_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = built("kling").files
    write_tree(files, tmp_path / "kling")
    assert stale_files(files, tmp_path / "kling") == []
    (tmp_path / "kling" / "README.md").write_text("edited by hand")
    (tmp_path / "kling" / "extra.py").write_text("")
    assert stale_files(files, tmp_path / "kling") == ["README.md", "extra.py"]


def test_check_command_exit_codes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ok = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check", "kling"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    write_tree(built("kling").files, tmp_path / "kling")
    (tmp_path / "kling" / "api.md").write_text("stale")
    stale = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check", "kling", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert stale.returncode == 1 and "api.md" in stale.stdout
    assert (tmp_path / "kling" / "api.md").read_text() == "stale"  # --check writes nothing
