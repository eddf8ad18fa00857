"""``generator release``: version bumps, minimal SDK-config edits, CHANGELOG entries, regeneration."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SPECS
from generator.spec.config import load_config
from generator.errors import GeneratorError
from generator.pipeline import build_provider
from generator.release.bump import (
    add_changelog_entry,
    bump_version,
    changelog_entry,
    last_release_commit,
    release,
    set_version,
)
from generator.output.writer import write_tree

DAY = datetime.date(2027, 3, 4)


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [
        ("0.1.0", "major", "0.2.0"),  # below 1.0 a breaking change bumps the minor
        ("0.1.7", "major", "0.2.0"),
        ("0.1.7", "minor", "0.2.0"),
        ("0.1.7", "patch", "0.1.8"),
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("0.9.0", "major", "0.10.0"),
    ],
)
def test_bump_version(current: str, bump: str, expected: str) -> None:
    assert bump_version(current, bump) == expected


@pytest.mark.parametrize(
    ("current", "bump"),
    [("0.1", "patch"), ("01.0.0", "patch"), ("1.0.0", "huge"), ("1.0.0rc1", "patch")],
)
def test_bump_version_rejects_bad_input(current: str, bump: str) -> None:
    with pytest.raises(GeneratorError):
        bump_version(current, bump)


def test_set_version_changes_only_the_version_line() -> None:
    text = (
        "# SDK config (comment kept)\n"
        "package_name: demo_sdk  # trailing comment kept\n"
        'version: "0.3.1"   # bumped by `generator release`\n'
        "description: 'mentions version: 0.3.1 inside'\n"
    )
    updated = set_version(text, "0.4.0", Path("sdk.yaml"))
    assert updated == text.replace('version: "0.3.1"', 'version: "0.4.0"')


def test_set_version_refuses_what_it_cannot_edit_safely() -> None:
    with pytest.raises(GeneratorError, match="exactly one"):
        set_version("package_name: x\n", "1.0.0", Path("sdk.yaml"))
    with pytest.raises(GeneratorError, match="exactly one"):
        set_version("version: 1.0.0\nextra:\nversion: 1.0.0\n", "1.1.0", Path("sdk.yaml"))


def test_changelog_entry_goes_above_the_previous_one() -> None:
    first = add_changelog_entry(
        None, "demo-sdk", "0.1.0", changelog_entry("0.1.0", DAY, ["First release."])
    )
    assert first.startswith("# Changelog\n") and "`demo-sdk`" in first
    second = add_changelog_entry(
        first,
        "demo-sdk",
        "0.2.0",
        changelog_entry("0.2.0", DAY, ["Breaking:  `jobs.list`\n  renamed.", ""]),
    )
    assert second.index(
        "## 0.2.0 - 2027-03-04\n\n- Breaking: `jobs.list` renamed.\n"
    ) < second.index("## 0.1.0")
    assert second.startswith(first[: first.index("## 0.1.0")])
    with pytest.raises(GeneratorError, match="already has an entry for 0.2.0"):
        add_changelog_entry(second, "demo-sdk", "0.2.0", changelog_entry("0.2.0", DAY, []))


def test_changelog_entry_without_notes_says_what_happened() -> None:
    assert (
        changelog_entry("1.0.1", DAY, [])
        == "## 1.0.1 - 2027-03-04\n\n- Regenerated from the current API description.\n"
    )


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the small Kling provider (specs and generated package) to release into."""
    specs, out = tmp_path / "specs", tmp_path / "generated"
    shutil.copytree(SPECS / "kling", specs / "kling")
    (specs / "kling" / "sdk.yaml").write_text(
        "# kept comment\n" + (SPECS / "kling" / "sdk.yaml").read_text()
    )
    return specs, out


def test_release_bumps_records_and_regenerates(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    config_before = (specs / "kling" / "sdk.yaml").read_text()
    current = load_config(specs / "kling" / "sdk.yaml").version
    expected = bump_version(current, "major")

    done = release(specs, out, "kling", bump="major", notes=["Removed `images.legacy`."], date=DAY)

    assert (done.previous, done.version) == (current, expected)
    config_after = (specs / "kling" / "sdk.yaml").read_text()
    assert config_after == config_before.replace(f"version: {current}", f"version: {expected}")
    assert config_after.startswith("# kept comment\n")
    changelog = (specs / "kling" / "CHANGELOG.md").read_text()
    assert f"## {expected} - 2027-03-04\n\n- Removed `images.legacy`.\n" in changelog
    package = out / "kling"
    assert f'version = "{expected}"' in (package / "pyproject.toml").read_text()
    assert (
        f'__version__ = "{expected}"' in (package / "src" / "kling_sdk" / "_version.py").read_text()
    )
    assert (package / "CHANGELOG.md").read_text() == changelog
    assert (package / "LICENSE").read_text().startswith("MIT License")


def test_release_with_explicit_version_and_refusals(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    release(specs, out, "kling", version="1.0.0", date=DAY)
    assert load_config(specs / "kling" / "sdk.yaml").version == "1.0.0"
    with pytest.raises(GeneratorError, match="not greater"):
        release(specs, out, "kling", version="1.0.0", date=DAY)
    with pytest.raises(GeneratorError, match="not greater"):
        release(specs, out, "kling", version="0.9.9", date=DAY)
    with pytest.raises(GeneratorError, match="at most one"):
        release(specs, out, "kling", bump="patch", version="2.0.0", date=DAY)
    with pytest.raises(GeneratorError, match="no such SDK config"):
        release(specs, out, "nobody", bump="patch", date=DAY)


def test_failed_regeneration_restores_the_inputs(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    spec = specs / "kling" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("openapi: 3.", "openapi: 9.", 1))
    config_before = (specs / "kling" / "sdk.yaml").read_text()
    changelog_before = (specs / "kling" / "CHANGELOG.md").read_text()
    with pytest.raises(GeneratorError):
        release(specs, out, "kling", bump="patch", date=DAY)
    assert (specs / "kling" / "sdk.yaml").read_text() == config_before
    assert (specs / "kling" / "CHANGELOG.md").read_text() == changelog_before
    assert not (out / "kling").exists()


def released_copy(specs: Path, tmp: Path) -> Path:
    """The package as the specs make it now, standing in for the last release."""
    write_tree(build_provider(specs, "kling").files, tmp / "released" / "kling")
    return tmp / "released" / "kling"


def remove_list_operation(specs: Path) -> None:
    """A removed method (``images.list_generation_tasks``) is a breaking change."""
    spec_file = specs / "kling" / "openapi.yaml"
    document = yaml.safe_load(spec_file.read_text())
    del document["paths"]["/kling/v1/images/generations"]["get"]
    spec_file.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))


def test_without_bump_the_api_diff_decides_version_and_entry(
    workspace: tuple[Path, Path], tmp_path: Path
) -> None:
    specs, out = workspace
    released = released_copy(specs, tmp_path)
    current = load_config(specs / "kling" / "sdk.yaml").version
    with pytest.raises(GeneratorError, match="has not changed"):
        release(specs, out, "kling", base=str(released), date=DAY)
    assert not (out / "kling").exists()

    remove_list_operation(specs)
    done = release(
        specs, out, "kling", base=str(released), notes=["Vendor dropped task lookup."], date=DAY
    )
    assert done.version == bump_version(current, "major")
    assert done.entry.startswith(
        f"## {done.version} - 2027-03-04\n\n- Vendor dropped task lookup.\n\n### Breaking changes\n"
    )
    assert "list_generation_tasks" in done.entry
    assert done.entry in (specs / "kling" / "CHANGELOG.md").read_text()
    assert f'version = "{done.version}"' in (out / "kling" / "pyproject.toml").read_text()


def test_release_command(workspace: tuple[Path, Path], tmp_path: Path) -> None:
    specs, out = workspace
    base = [
        sys.executable,
        "-m",
        "generator",
        "release",
        "kling",
        "--specs",
        str(specs),
        "--out",
        str(out),
    ]
    released = released_copy(specs, tmp_path)
    remove_list_operation(specs)
    config_before = (specs / "kling" / "sdk.yaml").read_text()
    dry = subprocess.run(
        [*base, "--base", str(released), "--dry-run"], cwd=ROOT, capture_output=True, text=True
    )
    assert dry.returncode == 0, dry.stderr
    assert "### Breaking changes" in dry.stdout and "dry run: nothing written" in dry.stdout
    assert (specs / "kling" / "sdk.yaml").read_text() == config_before and not out.exists()
    both = subprocess.run(
        [*base, "--bump", "patch", "--version", "3.0.0"], cwd=ROOT, capture_output=True, text=True
    )
    assert both.returncode == 2 and "not allowed with" in both.stderr
    current = load_config(specs / "kling" / "sdk.yaml").version
    ok = subprocess.run(
        [*base, "--bump", "patch", "--note", "Fixed a typo.", "--date", "2027-03-04"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    expected = bump_version(current, "patch")
    assert ok.returncode == 0, ok.stderr
    assert f"kling-sdk: {current} -> {expected}" in ok.stdout
    assert f"## {expected} - 2027-03-04" in (out / "kling" / "CHANGELOG.md").read_text()


def test_every_provider_ships_its_changelog() -> None:
    for config_file in sorted(SPECS.glob("*/sdk.yaml")):
        provider = config_file.parent.name
        version = load_config(config_file).version
        changelog = (config_file.parent / "CHANGELOG.md").read_text()
        assert (
            f"## {version} " in changelog
        ), f"{provider}: no CHANGELOG entry for the current version {version}"
        assert (ROOT / "generated" / provider / "CHANGELOG.md").read_text() == changelog


def test_last_release_is_found_in_git_history() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    commit = last_release_commit(SPECS / "krea" / "sdk.yaml")
    assert commit is not None and len(commit) == 40
    committed = subprocess.run(
        ["git", "show", f"{commit}:specs/krea/sdk.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "\nversion: " in committed
    assert last_release_commit(Path("/nonexistent-dir/sdk.yaml")) is None


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("big: " + "9" * 400 + "\n", "an integer of 400 digits"),
        ("tags: !!set {a, b}\n", "no JSON form"),
        ("deep: " + "[" * 200 + "]" * 200 + "\n", "too deeply nested"),
    ],
)
def test_set_version_reads_the_config_with_the_bounded_loader(extra: str, message: str) -> None:
    """The config is read like every spec (``generator.spec.loading``), not by a bare
    ``yaml.safe_load``: what the loader refuses stops the release at its place."""
    with pytest.raises(GeneratorError, match=message) as error:
        set_version('version: "0.3.1"\n' + extra, "0.4.0", Path("sdk.yaml"))
    assert str(error.value).startswith("sdk.yaml#/")


def test_a_snapshot_spec_is_read_with_the_bounded_loader() -> None:
    from generator.diff.snapshots import SPEC_FILE, PackageSnapshot

    deep = PackageSnapshot("demo", {SPEC_FILE: "[" * 200 + "]" * 200}, "base/demo")
    with pytest.raises(GeneratorError, match="too deeply nested"):
        deep.spec  # noqa: B018
    big = PackageSnapshot("demo", {SPEC_FILE: '{"a": ' + "9" * 400 + "}"}, "base/demo")
    with pytest.raises(GeneratorError, match="an integer of 400 digits"):
        big.spec  # noqa: B018
    listed = PackageSnapshot("demo", {SPEC_FILE: "[]"}, "base/demo")
    with pytest.raises(GeneratorError, match="base/demo/openapi.json#/: not an OpenAPI document"):
        listed.spec  # noqa: B018
