"""Suggest the next version of a package from its classified changes.

Semantic versioning, with the 0.x convention that the minor number plays the major's role:

=============  ===========  =========================  ==========
version        breaking     non-breaking additions     the rest
=============  ===========  =========================  ==========
``0.y.z``      ``0.y+1.0``  ``0.y.z+1``                ``0.y.z+1``
``x.y.z``      ``x+1.0.0``  ``x.y+1.0``                ``x.y.z+1``
=============  ===========  =========================  ==========

"The rest" is non-breaking changes that add nothing (a limit loosened, a default changed) and
``info`` changes; with no change at all the version stays.
"""

from __future__ import annotations

import re
from typing import Literal

from generator.errors import GeneratorError
from .model import Level, ProviderDiff

Bump = Literal["major", "minor", "patch", "none"]
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:[-+.].*)?$")


def parse_version(version: str) -> tuple[int, int, int]:
    match = _VERSION.match(version.strip())
    if not match:
        raise GeneratorError(
            f"cannot suggest a version bump for {version!r}: expected MAJOR.MINOR.PATCH"
        )
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def bump_kind(current_version: str, diff: ProviderDiff) -> Bump:
    """Which part of ``current_version`` the changes in ``diff`` call for."""
    major, _minor, _patch = parse_version(current_version)
    if not diff.changes:
        return "none"
    if diff.breaking:
        return "minor" if major == 0 else "major"
    if major > 0 and any(c.addition and c.level is Level.NON_BREAKING for c in diff.changes):
        return "minor"
    return "patch"


def apply_bump(current_version: str, bump: Bump) -> str:
    major, minor, patch = parse_version(current_version)
    if bump == "none":
        return current_version
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def suggest_bump(current_version: str, diff: ProviderDiff) -> str:
    """The version the package should be released as after ``diff`` (``current_version``
    itself when nothing changed)."""
    return apply_bump(current_version, bump_kind(current_version, diff))
