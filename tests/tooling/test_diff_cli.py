"""``python -m generator diff``: inputs (folders, git revisions), formats, exit codes; and the
small pieces the reports rest on (version bumps, type comparison, escaping)."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from generator.cli import main
from generator.diff.api import changelog_entry, diff_provider
from generator.diff.classify import make_change
from generator.diff.model import DiffReport, ProviderDiff
from generator.diff.report import render_markdown, render_text
from generator.diff.semver import bump_kind, suggest_bump
from generator.diff.snapshots import tree_from_git
from generator.diff.typeexpr import compare, parse
from generator.errors import GeneratorError
from generator.output.writer import write_tree
from test_diff_cases import BASE, build, schema


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``old/`` and ``new/`` generated folders: ``demo`` loses a field, ``other`` is new."""
    root = tmp_path_factory.mktemp("trees")
    new_doc = copy.deepcopy(BASE)
    del schema(new_doc, "Job")["properties"]["score"]
    write_tree(build(BASE), root / "old" / "demo")
    write_tree(build(new_doc), root / "new" / "demo")
    write_tree(build(BASE), root / "new" / "other")
    return root / "old", root / "new"


def test_folders_text_and_exit_codes(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = trees
    assert main(["diff", str(old), str(new)]) == 0
    text = capsys.readouterr().out
    # one real change (a response field removed), its code echo under it
    assert (
        "demo (demo-sdk): 1 breaking, 0 non-breaking, 0 info; version 0.1.0 → 0.2.0 (minor)" in text
    )
    assert "      code response models.Job: field `score` removed\n" in text
    assert "other (demo-sdk): 0 breaking, 1 non-breaking, 0 info; version new package 0.1.0" in text
    assert main(["diff", str(old), str(new), "--fail-on", "breaking"]) == 1
    assert main(["diff", str(old), str(new), "--provider", "other", "--fail-on", "breaking"]) == 0
    assert (
        main(["diff", str(old), str(new), "--provider", "other", "--fail-on", "non-breaking"]) == 1
    )
    assert main(["diff", str(old), str(old), "--fail-on", "info"]) == 0


def test_folders_json_and_markdown_to_a_file(
    trees: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = trees
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(p["provider"], p["status"], p["bump"]) for p in data["providers"]] == [
        ("demo", "changed", "minor"),
        ("other", "added", "none"),
    ]
    output = tmp_path / "comment.md"
    assert main(["diff", str(old), str(new), "--format", "markdown", "--output", str(output)]) == 0
    assert capsys.readouterr().out == ""
    markdown = output.read_text(encoding="utf-8")
    assert markdown.index("| demo (`demo-sdk`) | 1 |") < markdown.index(
        "| other (`demo-sdk`) | 0 |"
    )  # breaking first


def test_input_problems_exit_2(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = trees
    assert main(["diff", "no-such-revision-or-folder", str(new)]) == 2
    assert "neither a directory nor a git revision" in capsys.readouterr().err
    assert main(["diff", str(old), str(new), "--provider", "nope"]) == 2
    assert main(["diff", str(old), str(new), "--provider", "../x"]) == 2
    assert main(["diff", "--", "--upload-pack=evil", str(new)]) == 2  # never read as a git option


def test_git_revisions_are_read_without_a_checkout(capsys: pytest.CaptureFixture[str]) -> None:
    tree = tree_from_git(ROOT, "HEAD")
    assert {"krea", "kling"} <= set(tree)
    committed = subprocess.run(
        ["git", "-C", str(ROOT), "show", "HEAD:generated/krea/openapi.json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert tree["krea"].files["openapi.json"] == committed
    assert any(path.endswith("/models.py") for path in tree["krea"].files)
    assert main(["diff", "HEAD", "HEAD", "--format", "json", "--fail-on", "info"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {p["status"] for p in data["providers"]} == {"unchanged"} and data["breaking"] is False


@pytest.mark.parametrize(
    ("version", "kinds", "bump", "suggested"),
    [
        ("0.1.0", [], "none", "0.1.0"),
        ("0.1.0", ["info"], "patch", "0.1.1"),
        ("0.1.0", ["addition"], "patch", "0.1.1"),
        ("0.4.2", ["breaking", "addition"], "minor", "0.5.0"),
        ("1.4.2", ["breaking"], "major", "2.0.0"),
        ("1.4.2", ["addition", "info"], "minor", "1.5.0"),
        ("1.4.2", ["fix"], "patch", "1.4.3"),
        ("1.4.2", ["info"], "patch", "1.4.3"),
    ],
)
def test_version_bumps(version: str, kinds: list[str], bump: str, suggested: str) -> None:
    rules = {
        "breaking": ("operation-removed", ""),
        "addition": ("operation-added", ""),
        "fix": ("limit-loosened", "request"),  # non-breaking, adds nothing
        "info": ("operation-deprecated", ""),
    }
    changes = tuple(make_change("wire", rules[k][0], rules[k][1], "GET /x", "m") for k in kinds)  # type: ignore[arg-type]
    diff = ProviderDiff(
        "demo", "demo-sdk", version, version, "changed" if changes else "unchanged", changes
    )
    assert (bump_kind(version, diff), suggest_bump(version, diff)) == (bump, suggested)


def test_a_version_that_is_not_semver_is_refused() -> None:
    with pytest.raises(GeneratorError, match="MAJOR.MINOR.PATCH"):
        suggest_bump("v1", ProviderDiff("demo", None, None, None, "unchanged"))


@pytest.mark.parametrize(
    ("old", "new", "effect"),
    [
        ("Optional[str]", "str | None", "same"),
        ("models.Job | NotGiven", "Job", "same"),
        ("List[models.Job]", "list[Job]", "same"),
        ("Literal['a', 'b']", "Literal['a', 'b', 'c']", "widened"),
        ("Literal['a', 'b']", "Literal['a']", "narrowed"),
        ("Literal['a']", "str", "widened"),
        ("int", "float", "widened"),
        ("float", "int", "narrowed"),
        ("str", "str | None", "widened"),
        ("List[int]", "List[float]", "widened"),
        ("str", "int", "changed"),
        ("Any", "str", "narrowed"),
        ("str", "Literal['a', 'b'] | str", "same"),  # known values of an open string
        ("Literal['a'] | str", "Literal['a', 'b'] | str | None", "widened"),
        ("Literal[1, 2] | str", "str", "narrowed"),  # int literals are not covered by str
    ],
)
def test_type_comparison(old: str, new: str, effect: str) -> None:
    assert compare(parse(old), parse(new)) == effect


def test_vendor_text_cannot_inject_html_or_terminal_escapes() -> None:
    doc = copy.deepcopy(BASE)
    new = copy.deepcopy(doc)
    schema(new, "JobStatus")["enum"].append("<img src=x onerror=alert(1)>\x1b[31m")
    diff = diff_provider(build(doc), build(new), name="demo")
    report = DiffReport("a", "b", (diff,))
    assert "<img" not in render_markdown(report) and "&lt;img" in render_markdown(report)
    assert "\x1b" not in render_text(report)


def test_packages_added_and_removed_and_the_changelog(trees: tuple[Path, Path]) -> None:
    old, _new = trees
    files = build(BASE)
    added = diff_provider(None, files, name="demo")
    removed = diff_provider(old / "demo", None)
    assert (added.status, [c.kind for c in added.changes]) == ("added", ["package-added"])
    assert (removed.status, removed.provider, [c.level.value for c in removed.changes]) == (
        "removed",
        "demo",
        ["breaking"],
    )
    same = diff_provider(old / "demo", files)
    assert same.status == "unchanged"
    assert changelog_entry("demo", "0.1.0", same) == "## 0.1.0\n\n- No changes to the demo API.\n"
