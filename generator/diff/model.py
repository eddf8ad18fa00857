"""The data every part of the API diff shares: levels, views, one change, one provider's diff.

A change is reported from one of two views that can disagree: ``wire`` (does a client that
is already deployed keep working against the new API?) and ``code`` (does a user's code still
import, type-check and run against the regenerated package?). Reports, the version bump and
the CHANGELOG entry are all computed from these records, so they cannot contradict each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .grouping import Finding

View = Literal["wire", "code"]
# ``request``/``response`` on the wire; the code view says ``request`` for what users pass in
# (arguments, models they build) and ``response`` for what they get back.
Direction = Literal["request", "response", "both", ""]
Status = Literal["changed", "added", "removed", "unchanged"]


class Level(str, Enum):
    """How much a change matters; the value is what reports and JSON show."""

    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Level.BREAKING: 2, Level.NON_BREAKING: 1, Level.INFO: 0}
LEVELS = (Level.BREAKING, Level.NON_BREAKING, Level.INFO)


def worst(levels: list[Level] | tuple[Level, ...]) -> Level | None:
    """The most serious level of ``levels`` (``None`` for no levels at all)."""
    return max(levels, key=lambda level: level.rank) if levels else None


@dataclass(frozen=True)
class Change:
    """One classified change, as reports and tools see it."""

    view: View
    kind: str  # the rule that matched (see ``classify.py``)
    level: Level
    direction: Direction
    subject: str  # where: ``GET /jobs``, ``Job.status``, ``client.jobs.list()``, ``models.Job``
    message: str  # what happened, one line
    operations: tuple[str, ...] = ()  # the HTTP operations affected (``GET /jobs``), sorted
    addition: bool = False  # something new (decides minor vs patch for 1.x packages)

    @property
    def key(self) -> tuple[str, str, str, str, str, str]:
        """Identity without the operations: the same change reached through several
        operations (a shared schema) is reported once."""
        return (self.view, self.kind, self.level.value, self.direction, self.subject, self.message)


@dataclass(frozen=True)
class ProviderDiff:
    """Everything that changed in one provider's package between two versions."""

    provider: str
    package: str | None  # distribution name (``krea-sdk``) when known
    old_version: str | None
    new_version: str | None
    status: Status
    changes: tuple[Change, ...] = ()
    hidden: int = 0  # description-only changes left out (``include_descriptions=False``)

    def at(self, level: Level) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.level is level)

    @property
    def breaking(self) -> tuple[Change, ...]:
        return self.at(Level.BREAKING)

    @property
    def level(self) -> Level | None:
        """The most serious level of any change (``None`` when nothing changed)."""
        return worst([c.level for c in self.changes])

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The real changes, each with the changes it explains (see :mod:`.grouping`)."""
        from .grouping import group_changes

        return group_changes(self.changes)

    def counts(self) -> dict[str, int]:
        """Real changes (findings) per level, as headlines count them."""
        findings = self.findings
        return {level.value: sum(1 for f in findings if f.level is level) for level in LEVELS}


@dataclass(frozen=True)
class DiffReport:
    """The diff of every provider between two trees (``base`` and ``head`` say which)."""

    base: str
    head: str
    providers: tuple[ProviderDiff, ...] = field(default_factory=tuple)

    @property
    def level(self) -> Level | None:
        return worst([p.level for p in self.providers if p.level is not None])
