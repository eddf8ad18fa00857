"""Render a diff for people and tools: terminal text, a pull-request comment in Markdown, JSON,
and a CHANGELOG entry. All four read the same records, so they always agree.

Names and values in messages come from vendor documents: Markdown output neutralises raw HTML,
terminal output drops control characters (no escape sequences reach a terminal).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from typing import Any

from generator.errors import GeneratorError
from generator.emit.textsafe import mdcode, mdtext
from .grouping import Finding
from .model import LEVELS, Change, DiffReport, Level, ProviderDiff
from .semver import Bump, apply_bump, bump_kind

MARKER = "<!-- generator-api-diff -->"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_TITLES = {Level.BREAKING: "Breaking", Level.NON_BREAKING: "Non-breaking", Level.INFO: "Info"}
_MAX_OPERATIONS = 3


def _plain(text: str) -> str:
    return _CONTROL.sub(" ", text)


def version_suggestion(diff: ProviderDiff) -> tuple[Bump, str] | None:
    """``(bump, suggested version)`` from the base version, when it is a readable one."""
    current = diff.old_version or diff.new_version
    if not current or diff.status == "removed":
        return None
    if diff.status == "added":
        return "none", current  # a first release keeps the version it was given
    try:
        bump = bump_kind(current, diff)
        return bump, apply_bump(current, bump)
    except GeneratorError:
        return None


def _operations(change: Change) -> str:
    operations = [op for op in change.operations if op != change.subject]
    if not operations:
        return ""
    shown = ", ".join(operations[:_MAX_OPERATIONS])
    more = len(operations) - _MAX_OPERATIONS
    return shown + (f" and {more} more" if more > 0 else "")


def _direction(change: Change) -> str:
    """``request``/``response`` (``both`` in the code view: passed in and returned)."""
    return change.direction


def _ordered(providers: Iterable[ProviderDiff]) -> list[ProviderDiff]:
    """Providers with breaking changes first, then the other changed ones, then the rest."""
    return sorted(providers, key=lambda p: (-(p.level.rank if p.level else -1), p.provider))


def _version_text(diff: ProviderDiff) -> str:
    suggestion = version_suggestion(diff)
    if diff.status == "added":
        return f"new package {diff.new_version or ''}".strip()
    if diff.status == "removed":
        return "package removed"
    if suggestion is None:
        return "version unknown"
    bump, version = suggestion
    current = diff.old_version or diff.new_version
    return f"{current} (no change)" if bump == "none" else f"{current} → {version} ({bump})"


def _at(diff: ProviderDiff, level: Level) -> list[Finding]:
    """The findings whose most serious change is at ``level``."""
    return [finding for finding in diff.findings if finding.level is level]


def _counts(diff: ProviderDiff) -> str:
    counts = diff.counts()
    return ", ".join(f"{counts[level.value]} {level.value}" for level in LEVELS)


# -- text ------------------------------------------------------------------------------------
def render_text(report: DiffReport) -> str:
    lines = [_plain(f"API diff {report.base} → {report.head}")]
    for diff in _ordered(report.providers):
        name = f"{diff.provider} ({diff.package})" if diff.package else diff.provider
        if not diff.changes:
            hidden = f"; {diff.hidden} description changes not shown" if diff.hidden else ""
            lines.append(_plain(f"{name}: no API changes{hidden}"))
            continue
        lines.append(_plain(f"{name}: {_counts(diff)}; version {_version_text(diff)}"))
        for level in LEVELS:
            findings = _at(diff, level)
            if not findings:
                continue
            lines.append(f"  {level.value}:")
            for finding in findings:
                for depth, change in ((0, finding.cause), *((1, c) for c in finding.consequences)):
                    where = _operations(change) if depth == 0 else ""
                    head = f"{change.view:<4} {_direction(change):<8}"
                    lines.append(
                        _plain(
                            f"    {'  ' * depth}{head} {change.subject}: {change.message}"
                            + (f"  [{where}]" if where else "")
                        )
                    )
        if diff.hidden:
            lines.append(f"  ({diff.hidden} description changes not shown: --include-descriptions)")
    if not report.providers:
        lines.append("no packages found")
    return "\n".join(lines) + "\n"


# -- Markdown --------------------------------------------------------------------------------
def _md_change(change: Change, consequence: bool = False) -> str:
    direction = _direction(change)
    label = f"**{change.view}**" + (f" · {direction}" if direction else "")
    where = "" if consequence else _operations(change)
    suffix = f" — {mdtext(where)}" if where else ""
    return f"- {label} · `{mdcode(change.subject)}`: {mdtext(change.message)}{suffix}"


def render_markdown(report: DiffReport) -> str:
    lines = [MARKER, f"## API diff: `{mdcode(report.base)}` → `{mdcode(report.head)}`", ""]
    if not report.providers:
        return "\n".join([*lines, "No packages found.", ""])
    breaking = sum(p.counts()["breaking"] for p in report.providers)
    if breaking:
        lines += [
            f"**{breaking} breaking change{'s' if breaking != 1 else ''}.** Release with the suggested version bump.",
            "",
        ]
    else:
        lines += ["No breaking changes.", ""]
    lines += ["| Package | Breaking | Non-breaking | Info | Version |", "|---|---:|---:|---:|---|"]
    ordered = _ordered(report.providers)
    for diff in ordered:
        counts = diff.counts()
        name = (
            f"{mdcode(diff.provider)} (`{mdcode(diff.package)}`)"
            if diff.package
            else mdcode(diff.provider)
        )
        lines.append(
            f"| {name} | {counts['breaking']} | {counts['non-breaking']} | {counts['info']} | {mdcode(_version_text(diff))} |"
        )
    for diff in ordered:
        if not diff.changes:
            continue
        lines += ["", f"### {mdtext(diff.provider)}: {mdtext(_version_text(diff))}"]
        for level in LEVELS:
            findings = _at(diff, level)
            if not findings:
                continue
            body = [
                line
                for finding in findings
                for line in (
                    _md_change(finding.cause),
                    *("  " + _md_change(c, True) for c in finding.consequences),
                )
            ]
            if level is Level.INFO:
                lines += [
                    "",
                    f"<details><summary>{_TITLES[level]} ({len(findings)})</summary>",
                    "",
                    *body,
                    "",
                    "</details>",
                ]
            else:
                lines += ["", f"#### {_TITLES[level]} ({len(findings)})", "", *body]
        if diff.hidden:
            lines += ["", f"_{diff.hidden} description-only changes not shown._"]
    lines += [
        "",
        "<sub>wire: does a client already deployed keep working? code: does user code still import, type-check and run?</sub>",
        "",
    ]
    return "\n".join(lines)


# -- JSON ------------------------------------------------------------------------------------
def change_data(change: Change) -> dict[str, Any]:
    return {
        "view": change.view,
        "level": change.level.value,
        "kind": change.kind,
        "direction": change.direction or None,
        "subject": change.subject,
        "message": change.message,
        "operations": list(change.operations),
    }


def provider_data(diff: ProviderDiff) -> dict[str, Any]:
    suggestion = version_suggestion(diff)
    return {
        "provider": diff.provider,
        "package": diff.package,
        "status": diff.status,
        "old_version": diff.old_version,
        "new_version": diff.new_version,
        "bump": suggestion[0] if suggestion else None,
        "suggested_version": suggestion[1] if suggestion else None,
        "counts": diff.counts(),
        "hidden_description_changes": diff.hidden,
        "changes": [change_data(c) for c in diff.changes],
        # One entry per real change: its level and the indexes in ``changes`` of the cause
        # (first) and of the changes it explains.
        "findings": [
            {
                "level": finding.level.value,
                "changes": [diff.changes.index(c) for c in finding.changes],
            }
            for finding in diff.findings
        ],
    }


def render_json(report: DiffReport) -> str:
    data = {
        "base": report.base,
        "head": report.head,
        "breaking": any(p.breaking for p in report.providers),
        "providers": [provider_data(p) for p in report.providers],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}


def render(report: DiffReport, fmt: str) -> str:
    try:
        return RENDERERS[fmt](report)
    except KeyError:
        raise GeneratorError(
            f"unknown format {fmt!r}: choose one of {', '.join(RENDERERS)}"
        ) from None


# -- CHANGELOG -------------------------------------------------------------------------------
def _changelog_line(change: Change, consequence: bool = False) -> str:
    prefix = "API: " if change.view == "wire" else ""
    direction = _direction(change)
    context = f" ({direction})" if direction and change.view == "wire" else ""
    where = "" if consequence else _operations(change)
    suffix = f" ({mdtext(where)})" if where else ""
    return f"- {prefix}`{mdcode(change.subject)}`{context}: {mdtext(change.message)}{suffix}"


def changelog_entry(
    provider: str, version: str, diff: ProviderDiff, *, date: datetime.date | str | None = None
) -> str:
    """A Markdown CHANGELOG section for releasing ``provider`` as ``version``.

    The heading is ``## <version> - <date>`` like the release command's entries, so both can
    live in one CHANGELOG. Python-facing (code) changes come before the API (wire) ones in each
    group, since the package's users read it: breaking changes, additions, other changes, notes.
    """
    when = date.isoformat() if isinstance(date, datetime.date) else date
    lines = [f"## {mdtext(version)}" + (f" - {mdtext(when)}" if when else "")]
    ordered = sorted(
        diff.findings, key=lambda f: (f.cause.view != "code", f.cause.subject, f.cause.message)
    )
    groups: list[tuple[str, list[Finding]]] = [
        ("Breaking changes", [f for f in ordered if f.level is Level.BREAKING]),
        ("Added", [f for f in ordered if f.level is Level.NON_BREAKING and f.cause.addition]),
        ("Changed", [f for f in ordered if f.level is Level.NON_BREAKING and not f.cause.addition]),
        ("Notes", [f for f in ordered if f.level is Level.INFO]),
    ]
    if not diff.changes:
        lines += ["", f"- No changes to the {mdtext(provider)} API."]
    for heading, findings in groups:
        if findings:
            body = [
                line
                for f in findings
                for line in (
                    _changelog_line(f.cause),
                    *("  " + _changelog_line(c, True) for c in f.consequences),
                )
            ]
            lines += ["", f"### {heading}", "", *body]
    return "\n".join(lines) + "\n"
