"""Release one provider's package: bump its version, record a CHANGELOG entry, regenerate.

The version lives in ``specs/<provider>/sdk.yaml`` and the history in
``specs/<provider>/CHANGELOG.md`` (shipped in the package as ``CHANGELOG.md``): both are inputs
that are reviewed and committed like the spec, so ``generated/`` never holds anything that
``make generate`` could not reproduce.
"""

from __future__ import annotations

import datetime
import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any


from generator.spec.config import SdkConfig, load_config
from generator.errors import GeneratorError
from generator.spec.loading import parse_mapping
from generator.pipeline import build_provider
from generator.spec.sources import CONFIG_FILE, provider_config_file
from generator.output.writer import write_tree
from generator.normalize.names_lock import write_lock

if TYPE_CHECKING:
    from generator.diff.snapshots import PackageSnapshot

BUMPS = ("major", "minor", "patch")
CHANGELOG_FILE = "CHANGELOG.md"
DEFAULT_NOTE = "Regenerated from the current API description."

_VERSION = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
# The one top-level ``version:`` line of an SDK config, with optional quotes and comment.
_VERSION_LINE = re.compile(
    r"^(?P<head>version[ \t]*:[ \t]*)(?P<quote>[\"']?)(?P<value>[0-9][0-9A-Za-z.+-]*)(?P=quote)(?P<tail>[ \t]*(?:#.*)?)$",
    re.MULTILINE,
)
_ENTRY_HEADING = re.compile(r"^## +(?P<version>\S+)", re.MULTILINE)


def parse_version(text: str) -> tuple[int, int, int]:
    """``MAJOR.MINOR.PATCH`` as numbers; the SDK-config schema allows nothing else."""
    match = _VERSION.match(text)
    if not match:
        raise GeneratorError(f"invalid version {text!r}: expected MAJOR.MINOR.PATCH, e.g. 1.4.0")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def bump_version(current: str, bump: str) -> str:
    """The next version for a ``major`` (breaking), ``minor`` or ``patch`` change.

    Below 1.0 the minor number is the breaking position (users pinning ``~=0.3.0``, that is
    ``>=0.3.0,<0.4``, must not receive a breaking change), so ``major`` bumps the minor there;
    leaving 0.x is a deliberate ``--version 1.0.0``, never a side effect of a bump.
    """
    major, minor, patch = parse_version(current)
    if bump == "major":
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise GeneratorError(f"invalid bump {bump!r}: expected one of {', '.join(BUMPS)}")


def check_newer(current: str, new: str) -> None:
    """Refuse a version that is not strictly greater: an index never accepts a file name twice."""
    if parse_version(new) <= parse_version(current):
        raise GeneratorError(f"version {new} is not greater than the current version {current}")


def set_version(config_text: str, new: str, file: Path) -> str:
    """``config_text`` with only its ``version:`` line changed, so comments and layout survive."""
    matches = list(_VERSION_LINE.finditer(config_text))
    if len(matches) != 1:
        raise GeneratorError(
            f"{file}: expected exactly one top-level `version: X.Y.Z` line, found {len(matches)}"
        )
    match = matches[0]
    line = f"{match['head']}{match['quote']}{new}{match['quote']}{match['tail']}"
    updated = config_text[: match.start()] + line + config_text[match.end() :]
    # The edit must change the version and nothing else that YAML sees.
    before, after = _load_mapping(config_text, file), _load_mapping(updated, file)
    if after.get("version") != new or {**before, "version": new} != after:
        raise GeneratorError(f"{file}: could not change the version line safely; edit it by hand")
    return updated


def _load_mapping(text: str, file: Path) -> dict[str, Any]:
    return parse_mapping(text, file)


def changelog_header(distribution_name: str) -> str:
    """The text above the first entry of a new CHANGELOG."""
    return (
        "# Changelog\n\n"
        f"All notable changes to `{distribution_name}`, newest first. Versions follow semantic\n"
        "versioning; below 1.0 a breaking change bumps the minor version.\n"
    )


def changelog_entry(version: str, date: datetime.date, notes: list[str]) -> str:
    """One ``## version - date`` section; every note is one bullet."""
    bullets = [" ".join(note.split()) for note in notes if note.strip()] or [DEFAULT_NOTE]
    lines = "".join(f"- {bullet}\n" for bullet in bullets)
    return f"## {version} - {date.isoformat()}\n\n{lines}"


def add_changelog_entry(
    existing: str | None, distribution_name: str, version: str, entry: str
) -> str:
    """``existing`` (or a new CHANGELOG) with ``entry`` above the previous newest one."""
    text = existing if existing is not None else changelog_header(distribution_name)
    released = {m["version"] for m in _ENTRY_HEADING.finditer(text)}
    if version in released:
        raise GeneratorError(f"the CHANGELOG already has an entry for {version}")
    entry = entry.rstrip("\n") + "\n"
    first = _ENTRY_HEADING.search(text)
    if first is None:
        return text.rstrip("\n") + "\n\n" + entry
    return text[: first.start()] + entry + "\n" + text[first.start() :]


def _git(cwd: Path, *args: str) -> str | None:
    """Output of a read-only git command, or ``None`` outside a repository / without git."""
    try:
        result = subprocess.run(
            ["git", "-C", str(cwd), *args], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else None


def last_release_commit(config_file: Path) -> str | None:
    """The newest commit that changed the ``version:`` line of ``config_file``.

    ``release`` writes the version, CHANGELOG and package together, so the package as
    committed there is the package as last released.
    """
    return _git(
        config_file.parent,
        "log",
        "-n",
        "1",
        "--format=%H",
        "-G",
        r"^version[[:space:]]*:",
        "--",
        config_file.name,
    )


def released_package(
    base: str | None, specs_dir: Path, out_dir: Path, provider: str
) -> tuple[PackageSnapshot | None, str]:
    """The package as last released (``None`` if it did not exist) and where it came from.

    ``base``: a git revision or a directory (a package, a ``generated/`` folder or a checkout),
    as ``generator diff`` takes them. Default: the commit that last changed the version in
    ``specs/<provider>/sdk.yaml``; outside git, the package currently in ``out_dir``.
    """
    from generator.diff.snapshots import load_tree, snapshot_from_dir, tree_from_git

    top = _git(specs_dir, "rev-parse", "--show-toplevel")
    generated = "generated"
    if top is not None:
        try:
            generated = out_dir.resolve().relative_to(Path(top).resolve()).as_posix()
        except ValueError:
            top = None  # the output folder is not in this repository: its history says nothing
    if base is not None:
        return load_tree(base, Path(top or specs_dir), generated).get(provider), base
    commit = last_release_commit(specs_dir / provider / CONFIG_FILE) if top is not None else None
    if commit is not None and top is not None:
        return (
            tree_from_git(Path(top), commit, generated).get(provider),
            f"{commit[:12]} (its last version change)",
        )
    if (out_dir / provider).is_dir():
        return snapshot_from_dir(out_dir / provider, provider), str(out_dir / provider)
    return None, "nothing (a first release)"


def suggest_from_diff(
    specs_dir: Path,
    out_dir: Path,
    provider: str,
    config: SdkConfig,
    day: datetime.date,
    notes: list[str],
    base: str | None,
) -> tuple[str, str]:
    """The version and CHANGELOG entry the API diff calls for (``generator.diff``).

    Imported here, not at the top: generating and publishing must not depend on the diff.
    """
    from generator.diff import changelog_entry as diff_changelog_entry
    from generator.diff import diff_provider, suggest_bump

    released, where = released_package(base, specs_dir, out_dir, provider)
    current = build_provider(specs_dir, provider).files
    diff = diff_provider(released, current, name=provider)
    new = suggest_bump(config.version, diff)
    if new == config.version:
        raise GeneratorError(
            f"{provider}: the package has not changed since {where}; nothing to release "
            "(give --bump or --version to release anyway)"
        )
    entry = diff_changelog_entry(provider, new, diff, date=day)
    bullets = [" ".join(note.split()) for note in notes if note.strip()]
    if bullets:
        heading, _, rest = entry.partition("\n")
        entry = heading + "\n\n" + "".join(f"- {b}\n" for b in bullets) + rest
    return new, entry


@dataclass(frozen=True)
class BumpedRelease:
    """What ``release`` did (a new version, its CHANGELOG entry, the regenerated package), for
    the report."""

    provider: str
    distribution_name: str
    previous: str
    version: str
    entry: str
    config_file: Path
    changelog_file: Path
    package_dir: Path
    files: int


def release(
    specs_dir: Path,
    out_dir: Path,
    provider: str,
    *,
    bump: str | None = None,
    version: str | None = None,
    notes: list[str] | None = None,
    date: datetime.date | None = None,
    base: str | None = None,
    dry_run: bool = False,
) -> BumpedRelease:
    """Bump ``provider``'s version, add the CHANGELOG entry and regenerate its package.

    With neither ``bump`` nor ``version`` the API diff decides both the version and the entry,
    comparing the package as last released (``base``, see :func:`released_package`) with what
    the specs produce now.

    Inputs are written first (the pipeline reads them from disk); if regeneration then fails,
    both are restored, so a failed release leaves the working tree as it was. ``dry_run``
    computes the version and entry and writes nothing.
    """
    config_file = provider_config_file(specs_dir, provider)
    folder = config_file.parent
    if bump is not None and version is not None:
        raise GeneratorError("give at most one of --bump major|minor|patch or --version X.Y.Z")
    config: SdkConfig = load_config(config_file)
    day = date or datetime.datetime.now(datetime.timezone.utc).date()
    if version is not None:
        parse_version(version)
        new = version
        entry = changelog_entry(new, day, list(notes or []))
    elif bump is not None:
        new = bump_version(config.version, bump)
        entry = changelog_entry(new, day, list(notes or []))
    else:
        new, entry = suggest_from_diff(
            specs_dir, out_dir, provider, config, day, list(notes or []), base
        )
    check_newer(config.version, new)

    config_text = config_file.read_text(encoding="utf-8")
    changelog_file = folder / CHANGELOG_FILE
    old_changelog = changelog_file.read_text(encoding="utf-8") if changelog_file.is_file() else None
    new_changelog = add_changelog_entry(old_changelog, config.distribution_name, new, entry)
    new_config_text = set_version(config_text, new, config_file)
    done = BumpedRelease(
        provider=provider,
        distribution_name=config.distribution_name,
        previous=config.version,
        version=new,
        entry=entry,
        config_file=config_file,
        changelog_file=changelog_file,
        package_dir=out_dir / provider,
        files=0,
    )
    if dry_run:
        return done

    config_file.write_text(new_config_text, encoding="utf-8")
    changelog_file.write_text(new_changelog, encoding="utf-8")
    try:
        package = build_provider(specs_dir, provider)
        if package.names_lock is not None:
            write_lock(package.names_lock, package.names_lock_text)
        files = dict(package.files)
        # The package ships the CHANGELOG just written, whichever specs folder this release used.
        files[CHANGELOG_FILE] = new_changelog
        write_tree(files, out_dir / provider)
    except BaseException:
        config_file.write_text(config_text, encoding="utf-8")
        if old_changelog is None:
            changelog_file.unlink(missing_ok=True)
        else:
            changelog_file.write_text(old_changelog, encoding="utf-8")
        raise
    return replace(done, files=len(files))
