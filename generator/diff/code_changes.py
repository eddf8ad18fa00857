"""The code view: compare two public surfaces and say what a user's code would notice.

Directions decide the level (see ``classify.CODE_RULES``): a model reachable from method
arguments is built by users (``request``), one reachable from return types is read by them
(``response``). Two kinds of models are not judged on their own:

* argument models (``JobListParams``, ``ImageFlux1DevRequest``) that only feed
  ``validate_arguments``: users never name them; their limits are reported on the method
  parameters they check;
* ``allOf`` parts that only serve as base classes: their fields are compared in the models
  that inherit them, so moving a property into an ``allOf`` part is not a change.

A model that disappears while another with the same structure appears is a rename; a method
that disappears while another calls the same HTTP operation is a renamed method. Both are
reported once, and types are compared after mapping the renamed models.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Literal

from .classify import make_change
from .limits import FIELD_LOWER, FIELD_UPPER, limit_changes
from .model import Change, Direction
from .surface import Client, Field, Method, Model, Param, Surface
from .typeexpr import TypeExpr, compare, expand_aliases, literal_delta

Usage = Literal["request", "response", "both", "internal", "part"]
_OTHER_LIMITS = ("pattern", "multiple_of", "unique_items", "strict")


def _reach(roots: set[str], models: Mapping[str, Model]) -> set[str]:
    seen: set[str] = set()
    stack = [name for name in roots if name in models]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack += [ref for ref in models[name].references() if ref in models and ref not in seen]
    return seen


def _methods(surface: Surface, is_async: bool) -> dict[tuple[str, str], Method]:
    """``(resource attribute, method) -> method`` for the sync or the async client."""
    table: dict[tuple[str, str], Method] = {}
    for client in surface.clients.values():
        if client.is_async != is_async:
            continue
        for attribute, class_name in client.resources.items():
            resource = surface.resources.get(class_name)
            if resource is not None:
                for name, method in resource.methods.items():
                    table[(attribute, name)] = method
    return table


def model_usage(surface: Surface) -> dict[str, Usage]:
    """How each model is used: passed in, returned, both, argument check only, or base part."""
    inputs: set[str] = set()
    outputs: set[str] = set()
    validators: set[str] = set()
    for resource in surface.resources.values():
        for method in resource.methods.values():
            for param in method.params:
                inputs |= param.type.names()
            outputs |= method.returns.names()
            validators |= set(method.validators)
    for function in surface.functions.values():
        for param in function.params:
            inputs |= param.type.names()
        outputs |= function.returns.names()
    for client in surface.clients.values():
        for param in client.params:
            inputs |= param.type.names()
    reach_in, reach_out = _reach(inputs, surface.models), _reach(outputs, surface.models)
    bases = {base for model in surface.models.values() for base in model.bases}
    usage: dict[str, Usage] = {}
    for name in surface.models:
        if name in reach_in and name in reach_out:
            usage[name] = "both"
        elif name in reach_in:
            usage[name] = "request"
        elif name in reach_out:
            usage[name] = "response"
        elif name in validators:
            usage[name] = "internal"
        elif name in bases:
            usage[name] = "part"
        else:
            usage[name] = "both"  # public but unused by any method: judge it both ways
    return usage


def _direction(*usages: Usage | None) -> Direction:
    kinds = {u for u in usages if u in ("request", "response", "both")}
    if "both" in kinds or kinds == {"request", "response"}:
        return "both"
    if kinds == {"request"}:
        return "request"
    if kinds == {"response"}:
        return "response"
    return "both"


def _signature(model: Model, names: set[str]) -> tuple[object, ...]:
    """The structure of a model with model names masked (to recognise a renamed model)."""
    mask = {name: "*" for name in names}
    if model.kind == "class":
        return (
            "class",
            tuple(
                sorted(
                    (f.name, f.type.renamed(mask).text(), f.required, f.default, f.limits)
                    for f in model.fields.values()
                )
            ),
        )
    return (model.kind, model.type.renamed(mask).text() if model.type else None, model.members)


def _renamed_models(old: Surface, new: Surface) -> dict[str, str]:
    gone = [n for n in old.models if n not in new.models]
    born = [n for n in new.models if n not in old.models]
    old_names, new_names = set(old.models), set(new.models)
    by_signature: dict[tuple[object, ...], list[str]] = {}
    for name in born:
        by_signature.setdefault(_signature(new.models[name], new_names), []).append(name)
    old_signatures: dict[tuple[object, ...], list[str]] = {}
    for name in gone:
        old_signatures.setdefault(_signature(old.models[name], old_names), []).append(name)
    renames: dict[str, str] = {}
    for signature, names in old_signatures.items():
        candidates = by_signature.get(signature, [])
        if (
            len(names) == 1
            and len(candidates) == 1
            and (old.models[names[0]].fields or old.models[names[0]].type is not None)
        ):
            renames[names[0]] = candidates[0]
    return renames


class _CodeDiff:
    def __init__(self, old: Surface, new: Surface) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.old_usage, self.new_usage = model_usage(old), model_usage(new)
        self.renames = _renamed_models(old, new)

    def emit(
        self,
        kind: str,
        direction: Direction,
        subject: str,
        message: str,
        operations: tuple[str, ...] = (),
    ) -> None:
        self.changes.append(make_change("code", kind, direction, subject, message, operations))

    # -- models ----------------------------------------------------------------------------
    def models(self) -> None:
        hidden = ("internal", "part")
        renamed_to = set(self.renames.values())
        for name, model in self.old.models.items():
            usage = self.old_usage.get(name)
            if name in self.renames:
                target = self.renames[name]
                if usage in hidden and self.new_usage.get(target) in hidden:
                    continue
                self.emit(
                    "model-renamed",
                    _direction(usage, self.new_usage.get(target)),
                    f"models.{name}",
                    f"renamed to `models.{target}` (same structure)",
                )
                self.compare_model(model, self.new.models[target], target)
            elif name not in self.new.models:
                if usage not in hidden:
                    self.emit("model-removed", _direction(usage), f"models.{name}", "removed")
            else:
                self.compare_model(model, self.new.models[name], name)
        for name in self.new.models:
            if (
                name not in self.old.models
                and name not in renamed_to
                and self.new_usage.get(name) not in hidden
            ):
                self.emit(
                    "model-added", _direction(self.new_usage.get(name)), f"models.{name}", "added"
                )

    def compare_model(self, old: Model, new: Model, name: str) -> None:
        usages = (self.old_usage.get(old.name), self.new_usage.get(name))
        if all(u in ("internal", "part") for u in usages):
            return
        direction = _direction(*usages)
        subject = f"models.{name}"
        if old.kind != new.kind:
            self.emit(
                "model-kind-changed",
                direction,
                subject,
                f"changed from a {old.kind} to a {new.kind}",
            )
            return
        if old.kind == "class":
            self.compare_fields(old.fields, new.fields, direction, subject)
        elif old.members and new.members or old.kind == "enum":
            added = [m for m in new.members if m not in old.members]
            removed = [m for m in old.members if m not in new.members]
            if added:
                self.emit(
                    "literal-member-added",
                    direction,
                    subject,
                    f"{_plural('value', added)} {_values(added)} added",
                )
            if removed:
                self.emit(
                    "literal-member-removed",
                    direction,
                    subject,
                    f"{_plural('value', removed)} {_values(removed)} removed",
                )
        elif old.type is not None and new.type is not None:
            effect = compare(old.type, new.type, self.renames)
            if effect != "same":
                self.emit(
                    f"model-type-{effect}",
                    direction,
                    subject,
                    f"type {effect}: `{old.type.renamed(self.renames).text()}` → `{new.type.text()}`",
                )

    def compare_fields(
        self, old: Mapping[str, Field], new: Mapping[str, Field], direction: Direction, subject: str
    ) -> None:
        for name, field in new.items():
            if name not in old:
                kind = "field-added-required" if field.required else "field-added-optional"
                self.emit(
                    kind,
                    direction,
                    subject,
                    f"field `{name}` added ({'required' if field.required else 'optional'})",
                )
        for name, before in old.items():
            after = new.get(name)
            if after is None:
                self.emit("field-removed", direction, subject, f"field `{name}` removed")
                continue
            where = f"field `{name}`"
            if before.required != after.required:
                kind = "field-became-required" if after.required else "field-became-optional"
                self.emit(
                    kind,
                    direction,
                    subject,
                    f"{where} became {'required' if after.required else 'optional'}",
                )
            self.compare_types("field", before.type, after.type, direction, subject, where)
            if before.default != after.default and not (before.required or after.required):
                self.emit(
                    "field-default-changed",
                    direction,
                    subject,
                    f"{where}: default changed from `{before.default}` to `{after.default}`",
                )
            for effect, message in limit_changes(
                dict(before.limits), dict(after.limits), FIELD_LOWER, FIELD_UPPER, _OTHER_LIMITS
            ):
                self.emit(f"field-limit-{effect}", direction, subject, f"{where}: {message}")

    def compare_types(
        self,
        what: str,
        old: TypeExpr,
        new: TypeExpr,
        direction: Direction,
        subject: str,
        where: str,
        operations: tuple[str, ...] = (),
    ) -> None:
        """Types are compared by content: a ``Literal`` alias or an inline ``Literal`` that
        gains a value is a value added, whatever the alias is called on either side. The
        same alias on both sides is no change here: the alias's own change is reported once,
        on the alias."""
        if compare(old, new, self.renames) == "same":
            return
        old, new = expand_aliases(old, self.old.models), expand_aliases(new, self.new.models)
        effect = compare(old, new, self.renames)
        if effect == "same":
            return
        delta = literal_delta(old.renamed(self.renames), new)
        if delta is not None:
            added, removed = delta
            if added:
                self.emit(
                    "literal-member-added",
                    direction,
                    subject,
                    f"{where}: {_plural('value', added)} {_values(added)} added",
                    operations,
                )
            if removed:
                self.emit(
                    "literal-member-removed",
                    direction,
                    subject,
                    f"{where}: {_plural('value', removed)} {_values(removed)} removed",
                    operations,
                )
            return
        said = f"{where} {effect}" if what == "return" else f"{where}: type {effect}"
        self.emit(
            f"{what}-type-{effect}",
            direction,
            subject,
            f"{said} from `{old.renamed(self.renames).text()}` to `{new.text()}`",
            operations,
        )

    # -- methods ---------------------------------------------------------------------------
    def compare_params(
        self,
        old: tuple[Param, ...],
        new: tuple[Param, ...],
        subject: str,
        operations: tuple[str, ...],
    ) -> None:
        old_by, new_by = {p.name: p for p in old}, {p.name: p for p in new}
        for param in new:
            if param.name not in old_by:
                kind = "parameter-added-required" if param.required else "parameter-added-optional"
                self.emit(
                    kind,
                    "request",
                    subject,
                    f"parameter `{param.name}` added ({'required' if param.required else 'optional'})",
                    operations,
                )
        for param in old:
            if param.name not in new_by:
                self.emit(
                    "parameter-removed",
                    "request",
                    subject,
                    f"parameter `{param.name}` removed",
                    operations,
                )
        old_positional = [p.name for p in old if p.positional and p.name in new_by]
        new_positional = [p.name for p in new if p.positional and p.name in old_by]
        if old_positional != new_positional:
            self.emit(
                "parameter-position-changed",
                "request",
                subject,
                f"positional parameters changed from ({', '.join(old_positional)}) to ({', '.join(new_positional)})",
                operations,
            )
        for before in old:
            after = new_by.get(before.name)
            if after is None:
                continue
            where = f"parameter `{after.name}`"
            if before.required != after.required:
                kind = (
                    "parameter-became-required" if after.required else "parameter-became-optional"
                )
                self.emit(
                    kind,
                    "request",
                    subject,
                    f"{where} became {'required' if after.required else 'optional'}",
                    operations,
                )
            elif before.default != after.default and not after.required:
                self.emit(
                    "parameter-default-changed",
                    "request",
                    subject,
                    f"{where}: default changed from `{before.default}` to `{after.default}`",
                    operations,
                )
            self.compare_types(
                "parameter", before.type, after.type, "request", subject, where, operations
            )
            for effect, message in limit_changes(
                dict(before.limits), dict(after.limits), FIELD_LOWER, FIELD_UPPER, _OTHER_LIMITS
            ):
                self.emit(
                    f"parameter-limit-{effect}",
                    "request",
                    subject,
                    f"{where}: {message}",
                    operations,
                )

    def compare_method(self, old: Method, new: Method, subject: str) -> None:
        operations = tuple(sorted(set(_http(old) + _http(new))))
        self.compare_params(old.params, new.params, subject, operations)
        self.compare_types(
            "return", old.returns, new.returns, "response", subject, "return type", operations
        )
        if new.deprecated and not old.deprecated:
            self.emit("method-deprecated", "", subject, "deprecated", operations)

    def methods(self, is_async: bool, prefix: str) -> None:
        old, new = _methods(self.old, is_async), _methods(self.new, is_async)
        gone = [key for key in old if key not in new]
        born = [key for key in new if key not in old]
        by_operation: dict[str, list[tuple[str, str]]] = {}
        for key in born:
            if new[key].http:
                by_operation.setdefault(_operation_key(new[key].http or ""), []).append(key)
        renamed: dict[tuple[str, str], tuple[str, str]] = {}
        for key in gone:
            candidates = (
                by_operation.get(_operation_key(old[key].http or ""), []) if old[key].http else []
            )
            if len(candidates) == 1 and candidates[0] not in renamed.values():
                renamed[key] = candidates[0]
        for key in gone:
            subject = f"{prefix}.{key[0]}.{key[1]}()"
            operations = _http(old[key])
            if key in renamed:
                target = renamed[key]
                self.emit(
                    "method-renamed",
                    "",
                    subject,
                    f"renamed to `{prefix}.{target[0]}.{target[1]}()`",
                    operations,
                )
                self.compare_method(old[key], new[target], f"{prefix}.{target[0]}.{target[1]}()")
            else:
                note = " (it was deprecated)" if old[key].deprecated else ""
                self.emit("method-removed", "", subject, f"removed{note}", operations)
        for key in born:
            if key not in renamed.values():
                self.emit(
                    "method-added", "", f"{prefix}.{key[0]}.{key[1]}()", "added", _http(new[key])
                )
        for key in old:
            if key in new:
                self.compare_method(old[key], new[key], f"{prefix}.{key[0]}.{key[1]}()")

    def functions(self) -> None:
        """Public functions outside the client (``webhooks.parse_job_finished()``)."""
        package = self.new.package or self.old.package or "package"
        old, new = self.old.functions, self.new.functions
        for name, function in old.items():
            subject = f"{package}.{name}()"
            if name not in new:
                self.emit("method-removed", "", subject, "removed", _http(function))
            else:
                self.compare_method(function, new[name], subject)
        for name, function in new.items():
            if name not in old:
                self.emit("method-added", "", f"{package}.{name}()", "added", _http(function))

    # -- clients and exports ---------------------------------------------------------------
    def clients(self, is_async: bool, prefix: str) -> None:
        old = _client(self.old, is_async)
        new = _client(self.new, is_async)
        if old is None or new is None:
            return
        if old.name != new.name:
            self.emit("client-renamed", "", old.name, f"renamed to `{new.name}`")
        self.compare_params(old.params, new.params, f"{new.name}()", ())
        for attribute in new.resources:
            if attribute not in old.resources:
                self.emit("resource-added", "", f"{prefix}.{attribute}", "added")
        for attribute in old.resources:
            if attribute not in new.resources:
                self.emit("resource-removed", "", f"{prefix}.{attribute}", "removed")

    def exports(self) -> None:
        old, new = set(self.old.exports), set(self.new.exports)
        client_names = {
            (c.name, d.name)
            for c in self.old.clients.values()
            for d in self.new.clients.values()
            if c.is_async == d.is_async
        }
        renamed_clients = {a for a, b in client_names if a != b} | {
            b for a, b in client_names if a != b
        }
        package = self.new.package or self.old.package or "package"
        for name in sorted(new - old - renamed_clients):
            self.emit("export-added", "", f"{package}.{name}", "exported")
        for name in sorted(old - new - renamed_clients):
            self.emit("export-removed", "", f"{package}.{name}", "no longer exported")

    def model_operations(self) -> dict[str, set[str]]:
        """The HTTP operations whose methods take or return each model (on either side)."""
        found: dict[str, set[str]] = {}
        for surface in (self.old, self.new):
            for method in _methods(surface, False).values():
                if not method.http:
                    continue
                roots = method.returns.names().union(*(p.type.names() for p in method.params))
                for name in _reach(roots, surface.models):
                    found.setdefault(name, set()).add(method.http)
        return found

    def with_model_operations(self) -> None:
        """A model change concerns the operations that use the model: say which (grouping
        under the API change that caused it relies on it)."""
        found = self.model_operations()
        for index, change in enumerate(self.changes):
            if change.subject.startswith("models.") and not change.operations:
                name = change.subject[len("models.") :]
                target = self.renames.get(name, name)
                operations = found.get(name, set()) | found.get(target, set())
                if operations:
                    self.changes[index] = replace(change, operations=tuple(sorted(operations)))

    def run(self) -> list[Change]:
        self.exports()
        self.clients(False, "client")
        self.methods(False, "client")
        sync_keys = {c.key for c in self.changes}
        start = len(self.changes)
        self.clients(True, "async_client")
        self.methods(True, "async_client")
        # The async client mirrors the sync one: report only what differs between them.
        mirrored = [c for c in self.changes[start:] if _as_sync(c).key not in sync_keys]
        del self.changes[start:]
        self.changes += mirrored
        self.functions()
        self.models()
        self.with_model_operations()
        return self.changes


def _http(method: Method) -> tuple[str, ...]:
    return (method.http,) if method.http else ()


def _client(surface: Surface, is_async: bool) -> Client | None:
    return next((c for c in surface.clients.values() if c.is_async == is_async), None)


def _operation_key(http: str) -> str:
    """``GET /jobs/{job_id}`` and ``GET /jobs/{id}`` are the same operation."""
    method, _, path = http.partition(" ")
    return (
        method + " " + "/".join("{}" if part.startswith("{") else part for part in path.split("/"))
    )


def _as_sync(change: Change) -> Change:
    subject = change.subject.replace("async_client.", "client.", 1)
    if subject.startswith("Async"):
        subject = subject[len("Async") :]
    message = change.message.replace("async_client.", "client.").replace("`Async", "`")
    return replace(change, subject=subject, message=message)


def _plural(word: str, items: list[str]) -> str:
    return word if len(items) == 1 else word + "s"


def _values(items: list[str]) -> str:
    return ", ".join(f"`{item}`" for item in items)


def code_changes(old: Surface, new: Surface) -> list[Change]:
    """Every change of the public Python surface, classified for the code view."""
    return _CodeDiff(old, new).run()
