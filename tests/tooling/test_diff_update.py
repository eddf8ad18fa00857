"""``python -m generator update krea`` against a local HTTP server serving a changed document.

Everything happens in copies of ``specs/krea`` and of a freshly built ``generated/krea`` under
a temporary folder; nothing reaches the internet. Black is skipped to keep the builds quick
(the diff reads source with ``ast``).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from conftest import SPECS, MockServer, Reply
from generator import pipeline
from generator.emit import formatting
from generator.cli import main
from generator.output.writer import write_tree
from test_diff_krea import edit_krea


@dataclass
class Tree:
    specs: Path
    out: Path
    report: Path

    @property
    def spec_file(self) -> Path:
        return self.specs / "krea" / "openapi.json"

    def snapshot(self) -> dict[str, bytes]:
        """Every file of the specs and generated copies, to prove nothing changed."""
        return {
            str(p): p.read_bytes()
            for root in (self.specs, self.out)
            for p in sorted(root.rglob("*"))
            if p.is_file()
        }


@cache
def current_package() -> dict[str, str]:
    """Today's Krea package, built once for every test."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "format_files", formatting.unformatted)
        return pipeline.build_provider(SPECS, "krea").files


@pytest.fixture
def tree(tmp_path: Path) -> Iterator[Tree]:
    specs, out = tmp_path / "specs", tmp_path / "generated"
    shutil.copytree(SPECS / "krea", specs / "krea")
    write_tree(current_package(), out / "krea")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "format_files", formatting.unformatted)
        yield Tree(specs, out, tmp_path / "api-diff.md")


def changed_document() -> bytes:
    """Krea's document with a new endpoint, a parameter removed and a limit tightened (the
    job status stays: our overlay holds a copy of it, see test_diff_krea)."""
    document = json.loads((SPECS / "krea" / "openapi.json").read_text(encoding="utf-8"))
    edit_krea(document, statuses=False)
    return json.dumps(document, separators=(",", ":")).encode()


def update(tree: Tree, server: MockServer, *extra: str) -> int:
    return main(
        [
            "update",
            "krea",
            "--url",
            f"{server.url}/openapi.json",
            "--specs",
            str(tree.specs),
            "--out",
            str(tree.out),
            *extra,
        ]
    )


def test_update_replaces_regenerates_and_reports(
    tree: Tree, server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    content = changed_document()
    server.handler = lambda request: Reply(200, raw=content)
    config_before = (tree.specs / "krea" / "sdk.yaml").read_bytes()

    assert update(tree, server, "--format", "json", "--report", str(tree.report)) == 0

    assert [(r.method, r.path) for r in server.requests] == [("GET", "/openapi.json")]
    assert tree.spec_file.read_bytes() == content  # the vendor's bytes, verbatim
    assert (tree.specs / "krea" / "sdk.yaml").read_bytes() == config_before
    assets = (tree.out / "krea" / "src" / "krea_sdk" / "resources" / "assets.py").read_text(
        encoding="utf-8"
    )
    assert "def get_usage(" in assets and "/assets/usage" in assets
    normalized = json.loads((tree.out / "krea" / "openapi.json").read_text(encoding="utf-8"))
    assert "types" not in {p["name"] for p in normalized["paths"]["/jobs"]["get"]["parameters"]}
    data = json.loads(capsys.readouterr().out)
    [krea] = data["providers"]
    assert data["breaking"] is True and krea["suggested_version"] == "0.2.0"
    assert {c["kind"] for c in krea["changes"] if c["view"] == "wire"} == {
        "operation-added",
        "parameter-removed",
        "limit-tightened",
    }
    markdown = tree.report.read_text(encoding="utf-8")
    assert (
        markdown.startswith("<!-- generator-api-diff -->")
        and "`GET /assets/usage`: added" in markdown
    )


def test_an_unchanged_document_changes_nothing(
    tree: Tree, server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same document, reformatted: its content did not change.
    current = json.loads(tree.spec_file.read_text(encoding="utf-8"))
    server.handler = lambda request: Reply(200, raw=json.dumps(current, indent=4).encode())
    before = tree.snapshot()
    assert update(tree, server, "--report", str(tree.report)) == 0
    assert "up to date" in capsys.readouterr().out
    assert tree.snapshot() == before and not tree.report.exists()


def test_fail_on_breaking_exits_1_after_updating(
    tree: Tree, server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    content = changed_document()
    server.handler = lambda request: Reply(200, raw=content)
    assert update(tree, server, "--fail-on", "breaking") == 1
    assert tree.spec_file.read_bytes() == content
    assert "breaking:" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(200, raw=b'{"openapi": "3.1.0", "paths": {}}'), "is invalid"),
        (Reply(200, raw=b"{not json"), "invalid JSON"),
        (Reply(503, {"error": "down"}), "HTTP 503"),
    ],
    ids=["invalid OpenAPI", "not JSON", "server error"],
)
def test_a_bad_download_leaves_everything_as_it_was(
    tree: Tree, server: MockServer, capsys: pytest.CaptureFixture[str], reply: Reply, message: str
) -> None:
    server.handler = lambda request: reply
    before = tree.snapshot()
    assert update(tree, server, "--report", str(tree.report)) == 2
    assert message in capsys.readouterr().err
    assert tree.snapshot() == before and not tree.report.exists()


def test_a_document_our_overlay_no_longer_fits_is_refused(
    tree: Tree, server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(changed_document())
    del document["paths"]["/jobs/{id}"]  # the overlay names these operations
    server.handler = lambda request: Reply(200, raw=json.dumps(document).encode())
    before = tree.snapshot()
    assert update(tree, server) == 2
    assert "cannot be generated" in capsys.readouterr().err
    assert tree.snapshot() == before


def test_a_provider_without_upstream_url_needs_url(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(SPECS / "kling", tree.specs / "kling")
    assert main(["update", "kling", "--specs", str(tree.specs), "--out", str(tree.out)]) == 2
    assert "no upstream_url" in capsys.readouterr().err


@pytest.mark.parametrize(
    "ref",
    ["openapi.json", "sdk.yaml#/name", "schemas/job.yaml", "https://vendor.example/common.yaml"],
)
def test_a_downloaded_document_referring_to_files_is_refused(
    tree: Tree, server: MockServer, capsys: pytest.CaptureFixture[str], ref: str
) -> None:
    """Its file references would resolve against our ``specs/krea/`` copy, not the vendor's."""
    document = json.loads(changed_document())
    document.setdefault("components", {}).setdefault("schemas", {})["Sneaky"] = {"$ref": ref}
    server.handler = lambda request: Reply(200, raw=json.dumps(document).encode())
    before = tree.snapshot()
    assert update(tree, server, "--report", str(tree.report)) == 2
    err = capsys.readouterr().err
    assert (
        f"{tree.spec_file}#/components/schemas/Sneaky: $ref {ref!r} in the document from {server.url}/openapi.json"
        in err
    ), err
    assert "may not refer to other files" in err
    assert tree.snapshot() == before and not tree.report.exists()
