"""The API diff on two real versions of the Krea spec: today's, and one edited by hand.

The second version adds an endpoint, removes a query parameter, adds an enum value that
responses carry (the job status), and tightens a request limit. Both are built by the real pipeline from
``specs/krea`` (overlay included; black is skipped, the diff reads source with ``ast``), and
the report is checked in all three formats: by content here, and in full by the snapshots
(``pytest tests/tooling/test_diff_krea.py --snapshot-update`` after a deliberate change; the
update-specs workflow refreshes them with the generated-output snapshots).
"""

from __future__ import annotations

import datetime
import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from conftest import SPECS
from generator import pipeline
from generator.emit import formatting
from generator.diff.api import changelog_entry, diff_provider, suggest_bump
from generator.diff.model import DiffReport, ProviderDiff
from generator.diff.report import render_json, render_markdown, render_text

TODAY = datetime.date(2026, 1, 1)
JOB_STATUSES = [
    "backlogged",
    "queued",
    "scheduled",
    "processing",
    "sampling",
    "intermediate-complete",
    "completed",
    "failed",
    "cancelled",
]


def add_status(node: Any) -> None:
    """Add ``expired`` to every copy of the job status enum under ``node``."""
    if isinstance(node, dict):
        if node.get("enum") == JOB_STATUSES:
            node["enum"] = [*JOB_STATUSES, "expired"]
        for value in node.values():
            add_status(value)
    elif isinstance(node, list):
        for value in node:
            add_status(value)


def edit_krea(document: dict[str, Any], *, statuses: bool = True) -> None:
    """The hand-made next version of Krea's document."""
    paths = document["paths"]
    # 1. a new endpoint
    paths["/assets/usage"] = {
        "get": {
            "tags": ["Assets"],
            "summary": "Storage usage",
            "responses": {
                "200": {
                    "description": "Usage",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "used_bytes": {"type": "integer"},
                                    "limit_bytes": {"type": "integer"},
                                },
                                "required": ["used_bytes", "limit_bytes"],
                            }
                        }
                    },
                }
            },
        }
    }
    # 2. a query parameter removed
    jobs = paths["/jobs"]["get"]
    jobs["parameters"] = [p for p in jobs["parameters"] if p["name"] != "types"]
    # 3. an enum value added to the job status, which every job response carries
    if statuses:
        add_status(paths)
    # 4. a request limit tightened
    grok = paths["/generate/video/xai/grok-video"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    assert grok["properties"]["prompt"]["maxLength"] == 4096
    grok["properties"]["prompt"]["maxLength"] = 2048


def _build(specs: Path) -> dict[str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "format_files", formatting.unformatted)
        return pipeline.build_provider(specs, "krea").files


@cache
def versions(scratch: Path) -> tuple[dict[str, str], dict[str, str]]:
    shutil.copytree(SPECS / "krea", scratch / "krea")
    spec_file = scratch / "krea" / "openapi.json"
    document = json.loads(spec_file.read_text(encoding="utf-8"))
    edit_krea(document)
    spec_file.write_text(json.dumps(document), encoding="utf-8")
    # The overlay's webhook payload references the vendor's job schema, so it follows the edit.
    return _build(SPECS), _build(scratch)


@pytest.fixture(scope="module")
def diff(tmp_path_factory: pytest.TempPathFactory) -> ProviderDiff:
    old, new = versions(tmp_path_factory.mktemp("krea-next"))
    return diff_provider(old, new, name="krea", today=TODAY)


@pytest.fixture(scope="module")
def report(diff: ProviderDiff) -> DiffReport:
    return DiffReport(base="specs/krea", head="specs/krea (edited)", providers=(diff,))


def lines(diff: ProviderDiff, view: str, level: str) -> set[str]:
    return {
        f"{c.kind} {c.direction} {c.subject}: {c.message}"
        for c in diff.changes
        if c.view == view and c.level.value == level
    }


def test_wire_view(diff: ProviderDiff) -> None:
    breaking = lines(diff, "wire", "breaking")
    assert "parameter-removed request GET /jobs: query parameter `types` removed" in breaking
    assert (
        "limit-tightened request VideoGrokVideoRequest.prompt: `maxLength` lowered from 4096 to 2048"
        in breaking
    )
    non_breaking = lines(diff, "wire", "non-breaking")
    assert "operation-added  GET /assets/usage: added" in non_breaking
    assert (
        'enum-value-added request GET /jobs query parameter `status`: enum value "expired" added'
        in non_breaking
    )  # the list filter
    assert (
        'enum-value-added response JobStatus: enum value "expired" added' in non_breaking
    )  # open enums: it parses
    assert 'enum-value-added response CreatedJob.status: enum value "expired" added' in non_breaking
    assert len(breaking) == 2 and len(non_breaking) == 4


def test_code_view(diff: ProviderDiff) -> None:
    breaking = lines(diff, "code", "breaking")
    for method in ("list", "list_pages", "list_all"):  # the pagination helpers take the filters too
        assert (
            f"parameter-removed request client.jobs.{method}(): parameter `types` removed"
            in breaking
        )
    assert (
        "parameter-limit-tightened request client.videos.grok_video(): parameter `prompt`: `max_length` lowered from 4096 to 2048"
        in breaking
    )
    added = lines(diff, "code", "non-breaking")
    assert "method-added  client.assets.get_usage(): added" in added
    assert any(line.startswith("model-added response models.") for line in added)
    assert "literal-member-added both models.JobStatus: value `'expired'` added" in added
    assert (
        "literal-member-added request client.jobs.list(): parameter `status`: value `'expired'` added"
        in added
    )
    assert (
        "literal-member-added response models.CreatedJob: field `status`: value `'expired'` added"
        in added
    )
    assert len(breaking) == 4 and len(added) == 7


def test_real_changes_are_counted_once(diff: ProviderDiff) -> None:
    """Four edits of the spec (an endpoint, a parameter, the status enum's copies, a limit):
    each is one finding, its code echoes under it; the headline counts findings."""
    assert diff.counts() == {"breaking": 2, "non-breaking": 4, "info": 0}
    causes = {(f.cause.view, f.cause.subject) for f in diff.findings}
    assert causes == {
        ("wire", "GET /jobs"),
        ("wire", "VideoGrokVideoRequest.prompt"),
        ("wire", "GET /assets/usage"),
        ("wire", "GET /jobs query parameter `status`"),
        ("wire", "JobStatus"),
        ("wire", "CreatedJob.status"),
    }
    removed = next(f for f in diff.findings if f.cause.subject == "GET /jobs")
    assert {c.subject for c in removed.consequences} == {
        "client.jobs.list()",
        "client.jobs.list_pages()",
        "client.jobs.list_all()",
    }


def test_version_and_changelog(diff: ProviderDiff, snapshot: SnapshotAssertion) -> None:
    assert suggest_bump("0.1.0", diff) == "0.2.0"
    assert suggest_bump("1.4.2", diff) == "2.0.0"
    entry = changelog_entry("krea", "0.2.0", diff, date=datetime.date(2026, 1, 2))
    assert entry.startswith("## 0.2.0 - 2026-01-02\n\n### Breaking changes\n")
    assert "  - `client.jobs.list()`: parameter `types` removed" in entry
    assert "- API: `GET /jobs` (request): query parameter `types` removed" in entry
    assert entry.index("### Breaking changes") < entry.index("### Added")
    assert entry == snapshot(name="changelog")


def test_text_report(report: DiffReport, snapshot: SnapshotAssertion) -> None:
    text = render_text(report)
    assert "krea (krea-sdk): " in text and "version 0.1.0 → 0.2.0 (minor)" in text
    assert text.index("  breaking:") < text.index("  non-breaking:")
    assert (
        '    wire response JobStatus: enum value "expired" added  [GET /jobs, GET /jobs/{id}'
        in text
    )
    assert text == snapshot(name="text")


def test_markdown_report(report: DiffReport, snapshot: SnapshotAssertion) -> None:
    markdown = render_markdown(report)
    assert markdown.startswith("<!-- generator-api-diff -->\n## API diff:")
    assert "| krea (`krea-sdk`) | 2 | 4 | 0 |" in markdown
    assert "0.1.0 → 0.2.0 (minor)" in markdown
    assert markdown.index("#### Breaking (2)") < markdown.index("#### Non-breaking")
    assert "- **wire** · request · `GET /jobs`: query parameter `types` removed" in markdown
    assert markdown == snapshot(name="markdown")


def test_json_report(report: DiffReport, snapshot: SnapshotAssertion) -> None:
    data = json.loads(render_json(report))
    assert data["breaking"] is True
    [krea] = data["providers"]
    assert (krea["provider"], krea["package"], krea["bump"], krea["suggested_version"]) == (
        "krea",
        "krea-sdk",
        "minor",
        "0.2.0",
    )
    assert krea["counts"] == {"breaking": 2, "non-breaking": 4, "info": 0}
    assert len(krea["findings"]) == 6 and krea["findings"][0] == {
        "level": "breaking",
        "changes": [0, 2, 3, 4],
    }
    removed = next(
        c for c in krea["changes"] if c["kind"] == "parameter-removed" and c["view"] == "wire"
    )
    assert removed == {
        "view": "wire",
        "level": "breaking",
        "kind": "parameter-removed",
        "direction": "request",
        "subject": "GET /jobs",
        "message": "query parameter `types` removed",
        "operations": ["GET /jobs"],
    }
    assert data == snapshot(name="json")


def edit_locally(document: dict[str, Any]) -> None:
    """The issue's four local edits: one optional request property added to one operation, one
    operation removed, one added (a copy of another), one request enum widened on one operation."""
    paths = document["paths"]
    body = lambda path: paths[path]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]  # noqa: E731
    body("/generate/video/kling/kling-2.5")["properties"]["negative_prompt"] = {"type": "string"}
    del paths["/generate/video/kling/kling-1"]
    paths["/generate/video/kling/kling-4"] = json.loads(
        json.dumps(paths["/generate/video/kling/kling-3.0"])
    )
    ratio = body("/generate/video/google/veo-3-fast")["properties"]["aspect_ratio"]
    ratio["enum"] = (
        [*ratio["enum"], "1:1"] if "1:1" not in ratio["enum"] else [*ratio["enum"], "4:3"]
    )


def test_a_spec_with_only_local_changes_reports_only_them(tmp_path: Path) -> None:
    shutil.copytree(SPECS / "krea", tmp_path / "krea")
    spec_file = tmp_path / "krea" / "openapi.json"
    document = json.loads(spec_file.read_text(encoding="utf-8"))
    edit_locally(document)
    spec_file.write_text(json.dumps(document), encoding="utf-8")
    old, _ = versions(tmp_path / "unused")
    diff = diff_provider(old, _build(tmp_path), name="krea", today=TODAY)
    summary = "\n".join(f"{c.view} {c.kind} {c.subject}: {c.message}" for c in diff.changes)
    assert diff.counts() == {"breaking": 1, "non-breaking": 3, "info": 0}, summary
    touched = {"kling_1", "kling_2_5", "kling_4", "veo_3_fast"}
    methods = {
        c.subject.split(".")[2].split("(")[0].removesuffix("_and_wait")
        for c in diff.changes
        if c.subject.startswith("client.")
    }
    assert methods <= touched, summary
    assert not any(
        c.kind
        in ("model-renamed", "model-removed", "parameter-type-changed", "return-type-changed")
        for c in diff.changes
    ), summary
    # the changed body keeps its own operation's name (no ``VideoVeo3FastRequest2``)
    assert (
        'wire enum-value-added VideoVeo3FastRequest.aspect_ratio: enum value "4:3" added' in summary
    )
