"""The wire view: compare two normalized OpenAPI documents operation by operation.

An operation is identified by its HTTP method and path (path parameter names do not count:
``/jobs/{id}`` and ``/jobs/{job_id}`` are one operation). For each one the comparison covers
parameters (added, removed, moved between query and header, requiredness, schema), the request
body, success and error responses, and security; then servers for the whole document.
Components are only compared where an operation uses them, in the direction it uses them.
"""

from __future__ import annotations

import datetime
from typing import Any

from generator.normalize.walk import HTTP_METHODS, iter_webhooks
from .classify import make_change
from .model import Change, Direction
from .schema import Resolver
from .schema_changes import SchemaDiff, Where

Operation = tuple[
    str, str, dict[str, Any], list[Any]
]  # (method, path, operation, path-level parameters)


def _operations(document: dict[str, Any]) -> dict[str, Operation]:
    """``"GET /jobs/{}" -> (method, path, operation, path-level parameters)``."""
    found: dict[str, Operation] = {}
    paths = document.get("paths") if isinstance(document.get("paths"), dict) else {}
    for path, item in (paths or {}).items():
        if not isinstance(item, dict):
            continue
        shared: list[Any] = item["parameters"] if isinstance(item.get("parameters"), list) else []
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found[_key(method, str(path))] = (method.upper(), str(path), operation, shared)
    return found


def _webhooks(document: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """``"webhook job.finished" -> (label, operation)`` for OpenAPI 3.1 webhooks."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, method, operation in iter_webhooks(document):
        label = f"webhook {name}" + ("" if method == "post" else f" ({method.upper()})")
        found[label] = (label, operation)
    return found


def _key(method: str, path: str) -> str:
    template = "/".join(
        "{}" if part.startswith("{") and part.endswith("}") else part for part in path.split("/")
    )
    return f"{method.upper()} {template}"


def _parameters(
    path: str, operation: dict[str, Any], shared: list[Any]
) -> dict[tuple[str, str], dict[str, Any]]:
    """Parameters by ``(location, key)``: header names ignore case, path parameters are
    matched by position (renaming ``{id}`` changes nothing on the wire)."""
    positions = [
        part[1:-1] for part in path.split("/") if part.startswith("{") and part.endswith("}")
    ]
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in [*shared, *(operation.get("parameters") or [])]:
        if not isinstance(parameter, dict):
            continue
        location, name = str(parameter.get("in", "")), str(parameter.get("name", ""))
        if location == "path":
            key = f"#{positions.index(name)}" if name in positions else name
        elif location == "header":
            key = name.lower()
        else:
            key = name
        result[(location, key)] = parameter
    return result


def _security(document: dict[str, Any], operation: dict[str, Any]) -> set[frozenset[str]]:
    """The alternatives of the effective security requirement (an empty set: anonymous)."""
    requirement = operation["security"] if "security" in operation else document.get("security")
    if not isinstance(requirement, list):
        return set()
    return {
        frozenset(str(name) for name in alternative)
        for alternative in requirement
        if isinstance(alternative, dict)
    }


def _requires_auth(alternatives: set[frozenset[str]]) -> bool:
    return bool(alternatives) and frozenset() not in alternatives


def _names(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative)) or "anonymous"


def _sunset_in_future(operation: dict[str, Any], today: datetime.date) -> bool:
    for key in ("x-sunset", "x-sunset-date"):
        value = operation.get(key)
        if value is None:
            continue
        try:
            return datetime.date.fromisoformat(str(value)[:10]) > today
        except ValueError:
            return True  # an unreadable date gives no permission to remove
    return False


class _SpecDiff:
    def __init__(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        include_descriptions: bool,
        today: datetime.date,
    ) -> None:
        self.old_doc, self.new_doc = old, new
        self.docs = include_descriptions
        self.today = today
        self.changes: list[Change] = []
        self.operation = ""
        self.error_body = False
        self.schemas = SchemaDiff(
            Resolver(old), Resolver(new), self._schema_fact, include_descriptions
        )

    def emit(
        self,
        kind: str,
        direction: Direction,
        subject: str,
        message: str,
        operations: tuple[str, ...] | None = None,
    ) -> None:
        ops = (
            operations if operations is not None else ((self.operation,) if self.operation else ())
        )
        if self.error_body and kind != "description-changed":
            kind = "error-body-changed"  # our clients do not validate error bodies
        self.changes.append(make_change("wire", kind, direction, subject, message, ops))

    def _schema_fact(self, kind: str, direction: Direction, subject: str, message: str) -> None:
        self.emit(kind, direction, subject, message)

    # -- document level ----------------------------------------------------------------------
    def servers(self) -> None:
        def urls(document: dict[str, Any]) -> list[str]:
            servers = document.get("servers") if isinstance(document.get("servers"), list) else []
            return [
                str(s.get("url")) for s in servers or [] if isinstance(s, dict) and s.get("url")
            ]

        old, new = urls(self.old_doc), urls(self.new_doc)
        removed = [u for u in old if u not in new]
        added = [u for u in new if u not in old]
        if len(removed) == 1 and len(added) == 1:
            self.emit(
                "server-url-changed",
                "",
                "servers",
                f"server URL changed from `{removed[0]}` to `{added[0]}`",
                (),
            )
            return
        for url in removed:
            self.emit("server-removed", "", "servers", f"server `{url}` removed", ())
        for url in added:
            self.emit("server-added", "", "servers", f"server `{url}` added", ())

    def security_schemes(self) -> None:
        def schemes(document: dict[str, Any]) -> dict[str, Any]:
            components = (
                document.get("components") if isinstance(document.get("components"), dict) else {}
            )
            found = (components or {}).get("securitySchemes")
            return found if isinstance(found, dict) else {}

        old, new = schemes(self.old_doc), schemes(self.new_doc)
        relevant = ("type", "in", "name", "scheme", "flows", "openIdConnectUrl")
        for name in sorted(set(old) & set(new)):
            before = {k: v for k, v in (old[name] or {}).items() if k in relevant}
            after = {k: v for k, v in (new[name] or {}).items() if k in relevant}
            if before != after:
                self.emit(
                    "security-scheme-changed",
                    "",
                    f"securitySchemes.{name}",
                    "how credentials are sent changed",
                    (),
                )

    # -- operations ----------------------------------------------------------------------------
    def operations(self) -> None:
        old, new = _operations(self.old_doc), _operations(self.new_doc)
        for key, (method, path, operation, _shared) in old.items():
            if key in new:
                continue
            self.operation = f"{method} {path}"
            if operation.get("deprecated"):
                if _sunset_in_future(operation, self.today):
                    self.emit(
                        "operation-removed-before-sunset",
                        "",
                        self.operation,
                        "removed before its sunset date",
                    )
                else:
                    self.emit(
                        "operation-removed-after-deprecation",
                        "",
                        self.operation,
                        "removed after deprecation",
                    )
            else:
                self.emit("operation-removed", "", self.operation, "removed")
        for key, (method, path, _operation, _shared) in new.items():
            if key not in old:
                self.operation = f"{method} {path}"
                self.emit("operation-added", "", self.operation, "added")
        for key in old:
            if key in new:
                self.compare_operation(old[key], new[key])
        self.operation = ""

    def webhooks(self) -> None:
        """Deliveries the API sends to its users: their payload is data users receive, so it
        is judged like a response."""
        old, new = _webhooks(self.old_doc), _webhooks(self.new_doc)
        for label in old:
            if label not in new:
                self.operation = label
                self.emit("webhook-removed", "", label, "removed")
        for label, (_, operation) in new.items():
            self.operation = label
            if label not in old:
                self.emit("webhook-added", "", label, "added")
                continue
            before = (old[label][1].get("requestBody") or {}).get("content") or {}
            after = (operation.get("requestBody") or {}).get("content") or {}
            self.compare_content(before, after, f"{label} payload", "response", label)
        self.operation = ""

    def compare_operation(self, old: Operation, new: Operation) -> None:
        _method, old_path, o, o_shared = old
        method, path, n, n_shared = new
        self.operation = label = f"{method} {path}"
        if n.get("deprecated") and not o.get("deprecated"):
            self.emit("operation-deprecated", "", label, "deprecated")
        elif o.get("deprecated") and not n.get("deprecated"):
            self.emit("operation-undeprecated", "", label, "no longer deprecated")
        if o.get("operationId") != n.get("operationId") and (
            o.get("operationId") or n.get("operationId")
        ):
            self.emit(
                "operation-id-changed",
                "",
                label,
                f"operationId changed from `{o.get('operationId')}` to `{n.get('operationId')}`",
            )
        if self.docs:
            for field in ("summary", "description"):
                if (o.get(field) or "") != (n.get(field) or ""):
                    self.emit("description-changed", "", label, f"{field} changed")
        self.compare_security(o, n, label)
        self.compare_parameters(
            _parameters(old_path, o, o_shared), _parameters(path, n, n_shared), label
        )
        self.compare_body(o.get("requestBody"), n.get("requestBody"), label)
        self.compare_responses(o.get("responses") or {}, n.get("responses") or {}, label)

    def compare_security(self, o: dict[str, Any], n: dict[str, Any], label: str) -> None:
        old, new = _security(self.old_doc, o), _security(self.new_doc, n)
        if old == new:
            return
        if not _requires_auth(old) and _requires_auth(new):
            self.emit(
                "security-added",
                "",
                "security",
                f"authentication now required ({', '.join(_names(a) for a in sorted(new, key=sorted))})",
            )
            return
        if _requires_auth(old) and not _requires_auth(new):
            self.emit("security-removed", "", "security", "authentication no longer required")
            return
        for alternative in sorted(old - new, key=sorted):
            self.emit(
                "security-requirement-removed",
                "",
                "security",
                f"security requirement `{_names(alternative)}` removed",
            )
        for alternative in sorted(new - old, key=sorted):
            self.emit(
                "security-requirement-added",
                "",
                "security",
                f"security requirement `{_names(alternative)}` added",
            )

    def compare_parameters(
        self,
        old: dict[tuple[str, str], dict[str, Any]],
        new: dict[tuple[str, str], dict[str, Any]],
        label: str,
    ) -> None:
        gone = {key: p for key, p in old.items() if key not in new}
        born = {key: p for key, p in new.items() if key not in old}
        moved: list[tuple[tuple[str, str], tuple[str, str]]] = []
        for old_key, parameter in gone.items():
            name = str(parameter.get("name", "")).lower()
            match = next(
                (
                    k
                    for k, p in born.items()
                    if str(p.get("name", "")).lower() == name
                    and k[0] != "path"
                    and old_key[0] != "path"
                ),
                None,
            )
            if match is not None and match not in [m[1] for m in moved]:
                moved.append((old_key, match))
        moved_from = {a for a, _ in moved}
        moved_to = {b for _, b in moved}
        for key, parameter in gone.items():
            if key not in moved_from:
                self.emit(
                    "parameter-removed",
                    "request",
                    label,
                    f"{key[0]} parameter `{parameter.get('name')}` removed",
                )
        for key, parameter in born.items():
            if key in moved_to:
                continue
            name = str(parameter.get("name"))
            if parameter.get("required") or key[0] == "path":
                self.emit(
                    "parameter-added-required",
                    "request",
                    label,
                    f"required {key[0]} parameter `{name}` added",
                )
            else:
                self.emit(
                    "parameter-added-optional",
                    "request",
                    label,
                    f"optional {key[0]} parameter `{name}` added",
                )
        pairs = [(old[k], new[k]) for k in old if k in new] + [(old[a], new[b]) for a, b in moved]
        for before, after in pairs:
            name = str(after.get("name"))
            location = str(after.get("in"))
            if before.get("in") != after.get("in"):
                self.emit(
                    "parameter-moved",
                    "request",
                    label,
                    f"parameter `{name}` moved from {before.get('in')} to {location}",
                )
            was, now = (
                bool(before.get("required")) or before.get("in") == "path",
                bool(after.get("required")) or location == "path",
            )
            if was != now:
                became = "required" if now else "optional"
                self.emit(
                    f"parameter-became-{became}",
                    "request",
                    label,
                    f"{location} parameter `{name}` became {became}",
                )
            if after.get("deprecated") and not before.get("deprecated"):
                self.emit(
                    "parameter-deprecated",
                    "request",
                    label,
                    f"{location} parameter `{name}` deprecated",
                )
            if self.docs and (before.get("description") or "") != (after.get("description") or ""):
                self.emit(
                    "description-changed",
                    "request",
                    label,
                    f"{location} parameter `{name}`: description changed",
                )
            self.schemas.compare(
                before.get("schema"),
                after.get("schema"),
                Where(f"{label} {location} parameter `{name}`"),
                "request",
            )

    def compare_body(self, old: Any, new: Any, label: str) -> None:
        old_content = (old or {}).get("content") if isinstance(old, dict) else None
        new_content = (new or {}).get("content") if isinstance(new, dict) else None
        if not old_content and not new_content:
            return
        if not old_content:
            required = bool(new.get("required")) if isinstance(new, dict) else False
            self.emit(
                "request-body-added-required" if required else "request-body-added-optional",
                "request",
                label,
                f"{'required' if required else 'optional'} request body added",
            )
            return
        if not new_content:
            self.emit("request-body-removed", "request", label, "request body removed")
            return
        was, now = bool(old.get("required")), bool(new.get("required"))
        if was != now:
            became = "required" if now else "optional"
            self.emit(
                f"request-body-became-{became}", "request", label, f"request body became {became}"
            )
        self.compare_content(old_content, new_content, f"{label} request body", "request", label)

    def compare_content(
        self, old: dict[str, Any], new: dict[str, Any], base: str, direction: Direction, label: str
    ) -> None:
        for media in old:
            if media not in new:
                self.emit(
                    "media-type-removed", direction, label, f"{base}: media type `{media}` removed"
                )
        for media in new:
            if media not in old:
                self.emit(
                    "media-type-added", direction, label, f"{base}: media type `{media}` added"
                )
        several = len([m for m in old if m in new]) > 1
        for media in old:
            if media in new:
                where = Where(f"{base} ({media})" if several else base)
                self.schemas.compare(
                    (old[media] or {}).get("schema"),
                    (new[media] or {}).get("schema"),
                    where,
                    direction,
                )

    def compare_responses(self, old: dict[str, Any], new: dict[str, Any], label: str) -> None:
        def success(status: str) -> bool:
            return status.startswith("2")

        old_ok = [s for s in map(str, old) if success(s)]
        new_ok = [s for s in map(str, new) if success(s)]
        removed = [s for s in old_ok if s not in new_ok]
        added = [s for s in new_ok if s not in old_ok]
        pairs = [(s, s) for s in old_ok if s in new_ok]
        if len(removed) == 1 and len(added) == 1:
            self.emit(
                "success-status-changed",
                "response",
                label,
                f"success status changed from {removed[0]} to {added[0]}",
            )
            pairs.append((removed[0], added[0]))
        else:
            for status in removed:
                self.emit(
                    "success-status-removed",
                    "response",
                    label,
                    f"success response {status} removed",
                )
            for status in added:
                self.emit(
                    "success-status-added", "response", label, f"success response {status} added"
                )
        for status in map(str, old):
            if not success(status) and status not in map(str, new):
                self.emit(
                    "error-status-removed", "response", label, f"error response {status} removed"
                )
        for status in map(str, new):
            if not success(status) and status not in map(str, old):
                self.emit("error-status-added", "response", label, f"error response {status} added")
        pairs += [(s, s) for s in map(str, old) if not success(s) and s in map(str, new)]
        for before, after in pairs:
            o, n = old.get(before), new.get(after)
            if not isinstance(o, dict) or not isinstance(n, dict):
                continue
            self.error_body = not success(after)
            try:
                o_content, n_content = o.get("content") or {}, n.get("content") or {}
                if o_content and not n_content and not self.error_body:
                    self.emit(
                        "media-type-removed",
                        "response",
                        label,
                        f"response {after} no longer has a body",
                    )
                elif n_content and not o_content and not self.error_body:
                    self.emit(
                        "media-type-added", "response", label, f"response {after} now has a body"
                    )
                else:
                    self.compare_content(
                        o_content, n_content, f"{label} response {after}", "response", label
                    )
            finally:
                self.error_body = False


def spec_changes(
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    include_descriptions: bool = False,
    today: datetime.date | None = None,
) -> list[Change]:
    """Every wire-level change between two normalized documents, classified."""
    diff = _SpecDiff(old, new, include_descriptions, today or datetime.date.today())
    diff.servers()
    diff.security_schemes()
    diff.operations()
    diff.webhooks()
    return diff.changes
