"""Pytest plugin of the Prism contract check: collects what every case checked and prints a summary.

Loaded by ``test_contract_prism.py`` through ``pytest_plugins``; the test cases record into
:data:`REPORT`, and ``pytest_terminal_summary`` prints per package the operations checked, the
calls made and the violations found (Prism's and the supplementary checks'), including those of
cases marked ``xfail`` (known defects: the summary lists them too, so they stay visible).

PYTEST_DONT_REWRITE (no asserts here; the test module imports it before pytest loads it as a plugin)
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any


@dataclass
class CaseRecord:
    provider: str
    operation: str  # resource.method
    mode: str  # required | optional
    kind: str  # sync | async
    calls: int = 0
    violations: list[str] = field(default_factory=list)  # Prism: sl-violations, log, status
    mismatches: list[str] = field(default_factory=list)  # supplementary: what reached the wire
    errors: list[str] = field(default_factory=list)  # the call raised, or returned the wrong type
    notes: list[str] = field(default_factory=list)  # Prism's other warnings: reported, not failures
    unset_optional: list[str] = field(default_factory=list)
    expected_failure: str | None = None


@dataclass
class ContractReport:
    cases: list[CaseRecord] = field(default_factory=list)
    operations: dict[str, set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )  # provider -> ops in spec
    prism_started: dict[str, float] = field(default_factory=dict)  # provider -> seconds to start
    started_at: float | None = None

    def record(self, case: CaseRecord) -> CaseRecord:
        if self.started_at is None:
            self.started_at = time.monotonic()
        self.cases.append(case)
        return case

    def lines(self) -> list[str]:
        if not self.cases:
            return []
        out = []
        header = (
            f"{'package':8} {'operations':>10} {'checked':>8} {'calls':>6} {'violations':>10} "
            f"{'mismatches':>10} {'errors':>6} {'xfail cases':>11}"
        )
        out.append(header)
        by_provider: dict[str, list[CaseRecord]] = defaultdict(list)
        for case in self.cases:
            by_provider[case.provider].append(case)
        for provider in sorted(self.operations):
            cases = by_provider.get(provider, [])
            checked = {c.operation for c in cases if c.calls}
            out.append(
                f"{provider:8} {len(self.operations[provider]):>10} {len(checked):>8} {sum(c.calls for c in cases):>6} "
                f"{sum(len(c.violations) for c in cases):>10} {sum(len(c.mismatches) for c in cases):>10} "
                f"{sum(len(c.errors) for c in cases):>6} {sum(1 for c in cases if c.expected_failure):>11}"
            )
        kinds = sorted({c.kind for c in self.cases})
        out.append(
            f"(operations: spec operations plus flat methods; checked: with at least one call; clients: {', '.join(kinds)})"
        )
        if self.prism_started:
            out.append(
                "Prism start-up: "
                + ", ".join(f"{p} {s:.1f}s" for p, s in sorted(self.prism_started.items()))
            )
        found = [c for c in self.cases if c.violations or c.mismatches or c.errors]
        if found:
            out.append(
                "problems found (violations: Prism's; mismatches: the wire against the arguments; errors: the call):"
            )
            for case in found:
                tag = "known (xfail)" if case.expected_failure else "NEW"
                out.append(f"  [{tag}] {case.provider} {case.operation} {case.mode} {case.kind}:")
                for item in [*case.violations, *case.mismatches, *case.errors][:6]:
                    out.append("      " + " ".join(item.split())[:300])
        notes: dict[tuple[str, str], set[str]] = defaultdict(set)
        for case in self.cases:
            for note in case.notes:
                notes[(case.provider, case.operation)].add(note)
        if notes:
            out.append("notes (Prism warnings that are not request violations; not failures):")
            for (provider, operation), texts in sorted(notes.items()):
                for text in sorted(texts):
                    out.append(f"  {provider} {operation}: {text[:250]}")
        unset = {
            (c.provider, c.operation, tuple(c.unset_optional))
            for c in self.cases
            if c.unset_optional
        }
        for provider, operation, names in sorted(unset):
            out.append(
                f"  optional arguments no valid combination sets: {provider} {operation}: {', '.join(names)}"
            )
        return out


REPORT = ContractReport()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    lines = REPORT.lines()
    if not lines:
        return
    terminalreporter.section("contract check against Prism")
    for line in lines:
        terminalreporter.write_line(line)
