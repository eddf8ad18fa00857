"""One real change, one finding: the code-view echoes of an API change grouped under it.

A query parameter removed from ``GET /jobs`` is one change of the API; the package shows it in
``client.jobs.list()``, ``list_pages()`` and ``list_all()``. Counting those as four breaking
changes buries the one that matters, so reports count *findings*: a cause (a change of the
spec, the wire view) with the code changes it explains as its consequences. A code change with
no cause in the spec (the generator renamed something) is a finding of its own.

A code change is a consequence of a wire change when both concern a common HTTP operation and
name a common thing (a parameter or field, a value, the schema), or when the wire change adds or
removes the operation the method or model exists for. The helpers of a method (``…_pages()``,
``…_all()``, ``…_and_wait()``) follow their method.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.naming import snake_case
from .model import Change, Level, worst

_QUOTED = re.compile(r"`([^`]*)`|\"([^\"]*)\"|'([^']*)'")
_HELPERS = ("_pages()", "_all()", "_and_wait()")
_WHOLE_OPERATION = {
    "operation-added": {"method-added", "model-added"},
    "operation-removed": {"method-removed", "model-removed"},
    "operation-removed-before-sunset": {"method-removed", "model-removed"},
    "operation-removed-after-deprecation": {"method-removed", "model-removed"},
}


@dataclass(frozen=True)
class Finding:
    """A real change (``cause``) and what it changes in the package (``consequences``)."""

    cause: Change
    consequences: tuple[Change, ...] = ()

    @property
    def changes(self) -> tuple[Change, ...]:
        return (self.cause, *self.consequences)

    @property
    def level(self) -> Level:
        found = worst([c.level for c in self.changes])
        assert found is not None
        return found


def _tokens(change: Change) -> set[str]:
    """The things a change names: quoted words of its subject and message, and the schema or
    model its subject is about (``CreatedJob.status`` → ``created_job``, ``status``)."""
    found: set[str] = set()
    for text in (change.subject, change.message):
        for match in _QUOTED.finditer(text):
            value = next(group for group in match.groups() if group is not None)
            if value and not value.startswith(("Literal[", "models.")) and len(value) < 80:
                found.add(snake_case(value) or value)
    if not change.subject.endswith(")") and " " not in change.subject:
        parts = change.subject.split(".")
        found.update(
            snake_case(part)
            for part in parts[-2:]
            if part not in ("models", "client", "async_client")
        )
    found.discard("")
    return found


def _score(cause: Change, change: Change) -> int:
    """How strongly ``change`` (code) looks like a consequence of ``cause`` (wire); 0: not."""
    if not set(cause.operations) & set(change.operations):
        return 0
    if cause.kind in _WHOLE_OPERATION:
        return 1 if change.kind in _WHOLE_OPERATION[cause.kind] else 0
    return len(_tokens(cause) & _tokens(change))


def _base_method(subject: str) -> str | None:
    for suffix in _HELPERS:
        if subject.endswith(suffix):
            return subject[: -len(suffix)] + "()"
    return None


def group_changes(changes: Sequence[Change]) -> tuple[Finding, ...]:
    """The findings of ``changes`` (in their order: each finding where its cause is)."""
    causes = [index for index, change in enumerate(changes) if change.view == "wire"]
    owner: dict[int, int] = {}  # a code change's index → the index of its cause
    for index, change in enumerate(changes):
        if change.view != "code":
            continue
        scored = [
            (_score(changes[cause], change), -position, cause)
            for position, cause in enumerate(causes)
        ]
        best = max(scored, default=(0, 0, -1))
        if best[0] > 0:
            owner[index] = best[2]
    by_subject = {
        (c.subject, c.kind, c.message): i for i, c in enumerate(changes) if c.view == "code"
    }
    for index, change in enumerate(changes):
        if change.view != "code" or index in owner:
            continue
        base = _base_method(change.subject)
        method = by_subject.get((base, change.kind, change.message)) if base else None
        if method is not None and method != index:
            owner[index] = owner.get(method, method)
    members: dict[int, list[int]] = {}
    for index, cause in owner.items():
        members.setdefault(cause, []).append(index)
    return tuple(
        Finding(change, tuple(changes[i] for i in sorted(members.get(index, []))))
        for index, change in enumerate(changes)
        if index not in owner
    )
