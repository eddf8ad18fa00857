"""Bad input: a clear error naming the file and JSON pointer, exit 2, and generated/ untouched."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SPECS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of specs/krea and an output dir holding a previous generation."""
    specs, out = tmp_path / "specs", tmp_path / "generated"
    shutil.copytree(SPECS / "krea", specs / "krea")
    (out / "krea").mkdir(parents=True)
    (out / "krea" / "previous.txt").write_text("previous generation")
    return specs, out


def snapshot_tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def generate(specs: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return run("generate", "krea", "--specs", str(specs), "--out", str(out))


def test_invalid_spec_names_file_and_pointer(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    spec_file = specs / "krea" / "openapi.json"
    document = json.loads(spec_file.read_text())
    document["paths"]["/jobs"]["get"]["parameters"][1]["in"] = "body"
    spec_file.write_text(json.dumps(document))
    before = snapshot_tree(out)
    result = generate(specs, out)
    assert result.returncode == 2
    assert f"{spec_file}#/paths/~1jobs/get/parameters/1/in" in result.stderr
    assert snapshot_tree(out) == before


def test_broken_json_names_the_line(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    (specs / "krea" / "openapi.json").write_text('{"openapi": "3.1.0",\n  "info": }')
    result = generate(specs, out)
    assert result.returncode == 2 and "openapi.json" in result.stderr and "line 2" in result.stderr


def test_invalid_config_names_file_and_pointer(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    config_file = specs / "krea" / "sdk.yaml"
    config = yaml.safe_load(config_file.read_text())
    config["package_name"] = "../../escape"
    config_file.write_text(yaml.safe_dump(config))
    before = snapshot_tree(out)
    result = generate(specs, out)
    assert result.returncode == 2
    assert f"{config_file}#/package_name" in result.stderr
    assert snapshot_tree(out) == before


def test_overlay_action_that_matches_nothing(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    overlay_file = specs / "krea" / "overlay.yaml"
    overlay = yaml.safe_load(overlay_file.read_text())
    overlay["actions"].append(
        {"target": "$.paths['/no-such-path'].get", "update": {"x-sdk-method": "x"}}
    )
    overlay_file.write_text(yaml.safe_dump(overlay))
    result = generate(specs, out)
    assert result.returncode == 2
    assert f"{overlay_file}#/actions/{len(overlay['actions']) - 1}/target" in result.stderr


def test_unknown_provider_is_an_error(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    result = run("generate", "nope", "--specs", str(specs), "--out", str(out))
    assert result.returncode == 2 and "nope" in result.stderr


def test_provider_name_cannot_escape_the_output_folder(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    result = run("generate", "../krea", "--specs", str(specs), "--out", str(out))
    assert result.returncode == 2 and "invalid provider name" in result.stderr


def test_successful_run_replaces_the_previous_output(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    result = generate(specs, out)
    assert result.returncode == 0, result.stderr
    assert not (out / "krea" / "previous.txt").exists()
    assert (out / "krea" / "src" / "krea_sdk" / "py.typed").exists()
    assert sorted(p.name for p in out.iterdir()) == ["krea"]  # no staging leftovers
