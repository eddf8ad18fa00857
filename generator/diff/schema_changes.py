"""The wire view of one schema: what a value in a request or a response may now be.

Schemas are compared resolved (see :mod:`.schema`), so spelling never counts, only what is
accepted. A change inside a named component is reported at ``Component.property`` and merged
across every operation that uses it; a change in an inline schema is reported where it sits
(``POST /jobs request body.prompt``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.schema.rules import model_rules
from .limits import SCHEMA_LOWER, SCHEMA_UPPER, limit_changes
from .model import Direction
from .schema import Resolver, types_of

Emit = Callable[[str, Direction, str, str], None]
# The pairs of components being compared above a comparison (old origin, new origin): a pair met
# again is a recursive schema.
Stack = frozenset[tuple[str | None, str | None]]
_OTHER_LIMITS = ("multipleOf", "uniqueItems")


@dataclass(frozen=True)
class Where:
    """Where a schema sits: in an operation (``base``) and possibly inside a component."""

    base: str
    origin: str | None = None
    inner: str = ""

    def child(self, suffix: str) -> Where:
        return Where(self.base, self.origin, self.inner + suffix)

    def enter(self, origin: str) -> Where:
        return Where(self.base, origin, "")

    @property
    def subject(self) -> str:
        return f"{self.origin}{self.inner}" if self.origin else f"{self.base}{self.inner}"


@dataclass(frozen=True)
class _Step:
    """One comparison under way: the two flattened schemas, where they sit, which way their
    values travel, and the component pairs above them."""

    o: dict[str, Any]
    n: dict[str, Any]
    where: Where
    direction: Direction
    stack: Stack


def _show(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def _canonical(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _types_text(types: frozenset[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types))


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every type of ``narrow`` is accepted by ``wide`` (an integer is a number)."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


class SchemaDiff:
    """Compares schemas of two documents, reporting facts through ``emit``."""

    def __init__(
        self, old: Resolver, new: Resolver, emit: Emit, include_descriptions: bool = False
    ) -> None:
        self.old, self.new = old, new
        self.emit = emit
        self.docs = include_descriptions
        self._rule_cache: dict[tuple[int, str], dict[str, tuple[str, bool]]] = {}

    def compare(
        self,
        old: Any,
        new: Any,
        where: Where,
        direction: Direction,
        stack: Stack = frozenset(),
    ) -> None:
        o, o_origin = self.old.flatten(old)
        n, n_origin = self.new.flatten(new)
        origin = n_origin or o_origin
        if origin and origin != where.origin:
            where = where.enter(origin)
        pair = (o_origin, n_origin)
        if pair != (None, None):
            if pair in stack:
                return  # a recursive schema: this pair is already being compared
            stack = stack | {pair}
        if o_origin is not None and o_origin == n_origin:
            self._rules(o_origin, where.subject, direction)
        if self.old.key(o, self.docs) == self.new.key(n, self.docs):
            return
        emit = self.emit
        subject = where.subject
        if self.docs and (o.get("description") or "") != (n.get("description") or ""):
            emit("description-changed", direction, subject, "description changed")
        if n.get("deprecated") and not o.get("deprecated"):
            emit("property-deprecated", direction, subject, "deprecated")
        self._types(o, n, subject, direction)
        self._values(o, n, subject, direction)
        step = _Step(o, n, where, direction, stack)
        self._properties(step)
        o_extra, n_extra = o.get("additionalProperties"), n.get("additionalProperties")
        if o_extra is not False and n_extra is False:
            emit(
                "additional-properties-restricted",
                direction,
                subject,
                "no longer accepts additional properties",
            )
        elif o_extra is False and n_extra is not False:
            emit(
                "additional-properties-allowed",
                direction,
                subject,
                "now accepts additional properties",
            )
        elif isinstance(o_extra, dict) and isinstance(n_extra, dict):
            self._inner(step, o_extra, n_extra, "{}")
        if isinstance(o.get("items"), dict) and isinstance(n.get("items"), dict):
            self._inner(step, o["items"], n["items"], "[]")
        self._variants(step)

    def _inner(self, step: _Step, old: Any, new: Any, suffix: str) -> None:
        """Compare schemas inside ``step``'s (``suffix`` appended to where they sit)."""
        self.compare(old, new, step.where.child(suffix), step.direction, step.stack)

    def _rules_of(self, resolver: Resolver, name: str) -> dict[str, tuple[str, bool]]:
        """``rule id → (what it asserts, unverified)`` for the cross-field rules of component
        ``name``, found as the generator finds the ones clients check (:mod:`generator.schema.rules`).
        """
        key = (id(resolver), name)
        if key not in self._rule_cache:
            found = model_rules(name, resolver.components.get(name), resolver.components, [])
            self._rule_cache[key] = {
                rule["id"]: (_canonical(rule["schema"]), bool(rule["unverified"])) for rule in found
            }
        return self._rule_cache[key]

    def _rules(self, name: str, subject: str, direction: Direction) -> None:
        """Rules added, removed or changed. Clients refuse a request that breaks a rule, unless
        the spec marks it unverified (then they only warn), so that flag matters too."""
        before, after = self._rules_of(self.old, name), self._rules_of(self.new, name)
        for rule_id, (asserts, unverified) in after.items():
            prefix = "unverified-" if unverified else ""
            if rule_id not in before:
                self.emit(
                    f"{prefix}rule-added",
                    direction,
                    subject,
                    f"{'unverified ' if unverified else ''}rule `{rule_id}` added",
                )
            elif before[rule_id][0] != asserts:
                self.emit(f"{prefix}rule-changed", direction, subject, f"rule `{rule_id}` changed")
            elif before[rule_id][1] != unverified:
                became = "unverified" if unverified else "verified"
                self.emit(
                    f"rule-became-{became}", direction, subject, f"rule `{rule_id}` became {became}"
                )
        for rule_id, (_, unverified) in before.items():
            if rule_id not in after:
                self.emit("rule-removed", direction, subject, f"rule `{rule_id}` removed")

    def _types(
        self, o: dict[str, Any], n: dict[str, Any], subject: str, direction: Direction
    ) -> None:
        ot, nt = types_of(o), types_of(n)
        o_null = ot is not None and "null" in ot
        n_null = nt is not None and "null" in nt
        if ot is not None and nt is not None and o_null != n_null:
            self.emit(
                "became-nullable" if n_null else "no-longer-nullable",
                direction,
                subject,
                "became nullable" if n_null else "no longer nullable",
            )
        oc = None if ot is None else frozenset(ot - {"null"})
        nc = None if nt is None else frozenset(nt - {"null"})
        if oc == nc or (oc is not None and not oc) or (nc is not None and not nc):
            return
        message = f"type changed from `{_types_text(oc)}` to `{_types_text(nc)}`"
        if oc is None:
            self.emit("type-narrowed", direction, subject, message)
        elif nc is None or _covers(nc, oc):
            self.emit("type-widened", direction, subject, message)
        elif _covers(oc, nc):
            self.emit("type-narrowed", direction, subject, message)
        else:
            self.emit("type-changed", direction, subject, message)

    def _keyword(
        self, o: dict[str, Any], n: dict[str, Any], keyword: str, subject: str, direction: Direction
    ) -> None:
        """``<keyword>-added``, ``-removed`` or ``-changed`` for a one-value keyword (``format``, ``pattern``)."""
        before, after = o.get(keyword), n.get(keyword)
        if before == after:
            return
        if before is None:
            self.emit(f"{keyword}-added", direction, subject, f"{keyword} `{after}` added")
        elif after is None:
            self.emit(f"{keyword}-removed", direction, subject, f"{keyword} `{before}` removed")
        else:
            self.emit(
                f"{keyword}-changed",
                direction,
                subject,
                f"{keyword} changed from `{before}` to `{after}`",
            )

    def _values(
        self, o: dict[str, Any], n: dict[str, Any], subject: str, direction: Direction
    ) -> None:
        emit = self.emit
        self._keyword(o, n, "format", subject, direction)
        oe = (
            o["enum"]
            if isinstance(o.get("enum"), list)
            else ([o["const"]] if "const" in o else None)
        )
        ne = (
            n["enum"]
            if isinstance(n.get("enum"), list)
            else ([n["const"]] if "const" in n else None)
        )
        if oe is not None and ne is not None:
            added = [v for v in ne if v not in oe]
            removed = [v for v in oe if v not in ne]
            if added:
                emit(
                    "enum-value-added",
                    direction,
                    subject,
                    f"enum {'value' if len(added) == 1 else 'values'} {', '.join(_show(v) for v in added)} added",
                )
            if removed:
                emit(
                    "enum-value-removed",
                    direction,
                    subject,
                    f"enum {'value' if len(removed) == 1 else 'values'} {', '.join(_show(v) for v in removed)} removed",
                )
        elif oe is None and ne is not None:
            emit(
                "enum-added",
                direction,
                subject,
                f"now restricted to {', '.join(_show(v) for v in ne)}",
            )
        elif oe is not None and ne is None:
            emit("enum-removed", direction, subject, "no longer restricted to a list of values")
        for effect, message in limit_changes(o, n, SCHEMA_LOWER, SCHEMA_UPPER, _OTHER_LIMITS):
            emit(f"limit-{effect}", direction, subject, message)
        self._keyword(o, n, "pattern", subject, direction)
        if o.get("default") != n.get("default") and ("default" in o or "default" in n):
            before = _show(o["default"]) if "default" in o else "none"
            after = _show(n["default"]) if "default" in n else "none"
            emit("default-changed", direction, subject, f"default changed from {before} to {after}")

    def _properties(self, step: _Step) -> None:
        o, n, direction = step.o, step.n, step.direction
        op: dict[str, Any] = o["properties"] if isinstance(o.get("properties"), dict) else {}
        np: dict[str, Any] = n["properties"] if isinstance(n.get("properties"), dict) else {}
        if not op and not np:
            return
        o_req = set(o.get("required") or [])
        n_req = set(n.get("required") or [])
        subject = step.where.subject

        def skipped(schema: Any, resolver: Resolver) -> bool:
            """Read-only properties never travel in requests, write-only ones never in responses."""
            flat, _ = resolver.flatten(schema)
            return bool(flat.get("readOnly") if direction == "request" else flat.get("writeOnly"))

        for name, child in np.items():
            if name in op or skipped(child, self.new):
                continue
            flat = self.new.flatten(child)[0] if name in n_req and direction == "request" else {}
            if "default" in flat:
                self.emit(
                    "property-added-required-with-default",
                    direction,
                    subject,
                    f"required property `{name}` added (with default {_show(flat['default'])})",
                )
            elif name in n_req:
                self.emit(
                    "property-added-required",
                    direction,
                    subject,
                    f"required property `{name}` added",
                )
            else:
                self.emit(
                    "property-added-optional",
                    direction,
                    subject,
                    f"optional property `{name}` added",
                )
        for name, child in op.items():
            if skipped(child, self.old):
                continue
            if name not in np:
                if name in o_req:
                    self.emit(
                        "property-removed-required",
                        direction,
                        subject,
                        f"required property `{name}` removed",
                    )
                else:
                    self.emit(
                        "property-removed-optional",
                        direction,
                        subject,
                        f"optional property `{name}` removed",
                    )
                continue
            if (name in o_req) != (name in n_req):
                became = "required" if name in n_req else "optional"
                self.emit(
                    f"property-became-{became}",
                    direction,
                    subject,
                    f"property `{name}` became {became}",
                )
            self._inner(step, child, np[name], f".{name}")

    def _variants(self, step: _Step) -> None:
        o, n, where, direction = step.o, step.n, step.where, step.direction
        ov = o.get("oneOf") or o.get("anyOf")
        nv = n.get("oneOf") or n.get("anyOf")
        if not isinstance(ov, list) or not isinstance(nv, list):
            if isinstance(ov, list) != isinstance(nv, list):
                kind = "type-changed"
                self.emit(
                    kind, direction, where.subject, "changed between a union and a single schema"
                )
            return
        # Matched on what they accept: a reworded variant is the same variant.
        o_keys = [self.old.key(v) for v in ov]
        n_keys = [self.new.key(v) for v in nv]
        gone = [(i, v) for i, (v, k) in enumerate(zip(ov, o_keys)) if k not in n_keys]
        born = [(i, v) for i, (v, k) in enumerate(zip(nv, n_keys)) if k not in o_keys]
        if len(gone) == len(born):
            for (_, before), (index, after) in zip(gone, born):
                self._inner(step, before, after, f"|{index + 1}")
            return
        for index, variant in gone:
            self.emit(
                "variant-removed",
                direction,
                where.subject,
                f"union member {index + 1} ({self._label(variant, self.old)}) removed",
            )
        for index, variant in born:
            self.emit(
                "variant-added",
                direction,
                where.subject,
                f"union member {index + 1} ({self._label(variant, self.new)}) added",
            )

    @staticmethod
    def _label(schema: Any, resolver: Resolver) -> str:
        flat, origin = resolver.flatten(schema)
        return origin or _types_text(types_of(flat))
