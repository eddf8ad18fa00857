"""The functions other code calls: diff one provider or two trees, suggest a version, write
a CHANGELOG entry.

``diff_provider`` accepts a package folder, the ``{relative path: text}`` files the pipeline
builds in memory (``GeneratedPackage.files``), or a :class:`PackageSnapshot`; ``None`` stands
for a package that does not exist on that side. A release command can therefore compare the
last released tree with what it is about to write without touching the disk::

    diff = diff_provider(Path("generated/krea"), build_provider(specs, "krea").files)
    version = suggest_bump("0.1.0", diff)
    entry = changelog_entry("krea", version, diff)
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from .classify import make_change
from .code_changes import code_changes
from .model import Change, DiffReport, ProviderDiff, Status
from .report import changelog_entry
from .semver import bump_kind, suggest_bump
from .snapshots import PackageSnapshot, snapshot_from_dir, snapshot_from_files
from .spec_changes import spec_changes
from .surface import extract_surface

PackageInput = Path | Mapping[str, str] | PackageSnapshot | None
_VIEW_ORDER = {"wire": 0, "code": 1}

__all__ = ["bump_kind", "changelog_entry", "diff_provider", "diff_trees", "suggest_bump"]


def _snapshot(value: PackageInput, name: str) -> PackageSnapshot | None:
    if value is None or isinstance(value, PackageSnapshot):
        return value
    if isinstance(value, Path):
        return snapshot_from_dir(value, name)
    return snapshot_from_files(name, value)


def merge_changes(changes: list[Change]) -> tuple[Change, ...]:
    """One record per distinct change (operations united), most serious first."""
    merged: dict[tuple[str, ...], Change] = {}
    for change in changes:
        known = merged.get(change.key)
        if known is None:
            merged[change.key] = change
        else:
            operations = tuple(sorted(set(known.operations) | set(change.operations)))
            merged[change.key] = replace(known, operations=operations)
    return tuple(
        sorted(
            merged.values(),
            key=lambda c: (-c.level.rank, _VIEW_ORDER[c.view], c.subject, c.kind, c.message),
        )
    )


def diff_provider(
    old: PackageInput,
    new: PackageInput,
    *,
    name: str | None = None,
    include_descriptions: bool = False,
    today: datetime.date | None = None,
) -> ProviderDiff:
    """Compare one provider's package between two versions, in both views.

    ``include_descriptions``: report description-only changes (as ``info``); otherwise they
    are only counted in :attr:`ProviderDiff.hidden`. ``today`` decides whether an ``x-sunset``
    date has passed (tests pin it).
    """
    label = (
        name
        or (old.name if isinstance(old, PackageSnapshot) else None)
        or (new.name if isinstance(new, PackageSnapshot) else None)
    )
    if label is None:
        label = next((p.name for p in (old, new) if isinstance(p, Path)), "package")
    before, after = _snapshot(old, label), _snapshot(new, label)
    present = after or before
    package = present.distribution if present is not None else None
    old_version = before.version if before else None
    new_version = after.version if after else None
    if before is None and after is None:
        return ProviderDiff(label, None, None, None, "unchanged")
    if before is None or after is None:
        status: Status = "added" if before is None else "removed"
        kind = "package-added" if before is None else "package-removed"
        change = make_change(
            "code",
            kind,
            "",
            package or label,
            "package added" if before is None else "package removed",
        )
        return ProviderDiff(label, package, old_version, new_version, status, (change,))
    found = spec_changes(before.spec, after.spec, include_descriptions=True, today=today)
    found += code_changes(
        extract_surface(before.files, before.origin), extract_surface(after.files, after.origin)
    )
    merged = merge_changes(found)
    visible = tuple(c for c in merged if include_descriptions or c.kind != "description-changed")
    return ProviderDiff(
        provider=label,
        package=package,
        old_version=old_version,
        new_version=new_version,
        status="changed" if visible else "unchanged",
        changes=visible,
        hidden=len(merged) - len(visible),
    )


def diff_trees(
    old: Mapping[str, PackageSnapshot],
    new: Mapping[str, PackageSnapshot],
    *,
    base: str = "base",
    head: str = "head",
    providers: list[str] | None = None,
    include_descriptions: bool = False,
    today: datetime.date | None = None,
) -> DiffReport:
    """Compare every provider present on either side (or only ``providers``)."""
    names = providers or sorted(set(old) | set(new))
    diffs = tuple(
        diff_provider(
            old.get(name),
            new.get(name),
            name=name,
            include_descriptions=include_descriptions,
            today=today,
        )
        for name in names
    )
    return DiffReport(base=base, head=head, providers=diffs)
