"""Replace ``$ref`` to parameters, request bodies, responses and headers by copies of their
targets, and fold path-level parameters into each operation.

After this stage the only references left are schema references (``#/components/schemas/…``),
so later stages read an operation without chasing pointers.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from generator.errors import SpecError, escape_pointer_token, pointer_tokens, to_pointer
from generator.spec.keywords import INLINE_DATA_KEYWORDS, INLINE_NAME_MAPS, SCHEMA_REF_PREFIX
from generator.schema.patterns import readable
from .walk import HTTP_METHODS, iter_webhooks


def resolve_pointer(document: Any, ref: str, file: Path, where: str) -> Any:
    """Follow a local reference ``#/a/b``; anything else is an error naming ``where``."""
    if not ref.startswith("#"):
        raise SpecError(file, where, f"only local references are supported, got {ref!r}")
    node = document
    for token in pointer_tokens(ref):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise SpecError(file, where, f"unresolvable reference {ref!r}")
    return node


def _deref(document: Any, value: Any, file: Path, where: str) -> Any:
    seen: set[str] = set()
    while isinstance(value, dict) and "$ref" in value:
        ref = value["$ref"]
        if ref in seen:
            raise SpecError(file, where, f"circular reference {ref!r}")
        seen.add(ref)
        value = resolve_pointer(document, ref, file, where)
    return copy.deepcopy(value)


def _inline_operation(
    document: dict[str, Any],
    operation: dict[str, Any],
    inherited: list[Any],
    file: Path,
    where: str,
) -> None:
    merged: dict[tuple[str, str], Any] = {}
    for index, parameter in enumerate([*inherited, *(operation.get("parameters") or [])]):
        resolved = _deref(document, parameter, file, f"{where}/parameters/{index}")
        merged[(resolved.get("in", ""), resolved.get("name", ""))] = resolved
    if merged:
        operation["parameters"] = list(merged.values())
    if "requestBody" in operation:
        operation["requestBody"] = _deref(
            document, operation["requestBody"], file, where + "/requestBody"
        )
    responses = operation.get("responses") or {}
    for status in list(responses):
        if str(status).startswith("x-"):
            continue  # an extension of the Responses Object, not a response
        response = _deref(document, responses[status], file, f"{where}/responses/{status}")
        for name in list(response.get("headers") or {}):
            response["headers"][name] = _deref(
                document,
                response["headers"][name],
                file,
                f"{where}/responses/{status}/headers/{name}",
            )
        responses[status] = response


def inline_refs(document: dict[str, Any], file: Path) -> dict[str, Any]:
    """Rewrite ``document`` in place; return it."""
    for section in ("paths", "webhooks"):
        items = document.get(section) or {}
        for key in list(items):
            if isinstance(items[key], dict) and "$ref" in items[key]:
                items[key] = _deref(document, items[key], file, f"/{section}/{key}")
    for path, item in (document.get("paths") or {}).items():
        inherited = item.pop("parameters", None) or []
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                where = "/paths/" + escape_pointer_token(path) + "/" + method
                _inline_operation(document, item[method], inherited, file, where)
    for name, method, operation in iter_webhooks(document):
        _inline_operation(document, operation, [], file, f"/webhooks/{name}/{method}")
    return document


def _pointer_tokens(ref: str) -> list[str]:
    return pointer_tokens(ref)


# Keywords whose value is data (never read for references or patterns), and keywords whose
# value maps names to schemas: there a key is a name (a property called ``example`` is a schema).
_DATA_KEYS = INLINE_DATA_KEYWORDS
_NAME_MAPS = INLINE_NAME_MAPS


def _children(node: dict[str, Any], where: str) -> list[tuple[Any, str]]:
    """The values below ``node`` that may hold schemas, with their pointers: example data is
    skipped, and the entries of a name map are visited whatever their name."""
    children: list[tuple[Any, str]] = []
    for key, value in node.items():
        child = f"{where}/{escape_pointer_token(key)}"
        if key in _NAME_MAPS and isinstance(value, dict):
            children.extend(
                (item, f"{child}/{escape_pointer_token(name)}") for name, item in value.items()
            )
        elif key not in _DATA_KEYS:
            children.append((value, child))
    return children


def _visit_schema_refs(node: Any, where: str, action: Any) -> None:
    """Call ``action(holder, where)`` for every dict holding a ``$ref``, skipping example data."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            action(node, where)
        for value, child in _children(node, where):
            _visit_schema_refs(value, child, action)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _visit_schema_refs(value, f"{where}/{index}", action)


def _schema_roots(document: dict[str, Any]) -> list[tuple[Any, str]]:
    """Every top-level schema with its JSON pointer (problems inside are named in full)."""
    from .walk import iter_located_schema_slots

    return [
        (container[key], to_pointer(parts))
        for container, key, parts in iter_located_schema_slots(document)
    ]


def hoist_foreign_refs(document: dict[str, Any], file: Path) -> None:
    """Give every schema that is referenced from elsewhere than ``#/components/schemas/<name>``
    (a path's body, a property of a component) a component of its own, and point the
    references there. Recursive schemas keep working: the copy references itself by name."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    moved: dict[str, str] = {}

    def fix(holder: dict[str, Any], where: str) -> None:
        ref = holder["$ref"]
        if not ref.startswith("#/"):
            raise SpecError(file, where, f"only local references are supported, got {ref!r}")
        tokens = _pointer_tokens(ref)
        if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
            return
        if ref not in moved:
            target = resolve_pointer(document, ref, file, where)
            title = target.get("title") if isinstance(target, dict) else None
            words = (
                [title]
                if isinstance(title, str) and title.strip()
                else [t for t in tokens[-2:] if not t.isdigit()]
            )
            base = "".join(word[:1].upper() + word[1:] for word in words) or "Schema"
            base = "".join(ch for ch in base if ch.isalnum()) or "Schema"
            name, number = base, 2
            while name in schemas:
                name, number = f"{base}{number}", number + 1
            moved[ref] = name
            schemas[name] = copy.deepcopy(target)
            if isinstance(schemas[name], dict) and words == [title]:
                schemas[name].pop("title")  # it named the component
            pending.append(
                (schemas[name], ref[1:])
            )  # problems inside are named where it was copied from
        holder["$ref"] = SCHEMA_REF_PREFIX + moved[ref]

    pending: list[tuple[Any, str]] = _schema_roots(document)
    while pending:
        _visit_schema_refs(*pending.pop(), fix)


def _check_patterns(node: Any, file: Path, where: str) -> None:
    """A ``pattern`` becomes a regex in the models: one that neither Python's ``re`` nor the
    models' engine reads would break the package, so it is reported here, with its place (one
    only one of them reads is dealt with where each engine runs: see :mod:`generator.schema.patterns`).
    """
    if isinstance(node, dict):
        pattern = node.get("pattern")
        if isinstance(pattern, str) and not readable(pattern):
            try:
                re.compile(pattern)
            except (re.error, OverflowError, RecursionError, ValueError) as exc:
                reason = str(exc)  # a{99999999999}: OverflowError
            else:  # pragma: no cover - readable() said re refuses it
                reason = "refused"
            raise SpecError(
                file, where + "/pattern", f"invalid regular expression {pattern[:200]!r}: {reason}"
            ) from None
        for value, child in _children(node, where):
            _check_patterns(value, file, child)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_patterns(value, file, f"{where}/{index}")


def _resolve_mappings(node: Any, file: Path, where: str, schemas: dict[str, Any]) -> None:
    """Spell every discriminator ``mapping`` value as ``#/components/schemas/<name>`` (a value
    may be a bare component name), so that renaming a component rewrites it like a ``$ref``;
    a value naming no component schema is an error at its own pointer."""
    if isinstance(node, dict):
        discriminator = node.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
        if isinstance(mapping, dict):
            for tag, target in mapping.items():
                if not isinstance(target, str):
                    continue
                tokens = _pointer_tokens(target) if target.startswith("#/") else []
                if target in schemas and not tokens:
                    mapping[tag] = SCHEMA_REF_PREFIX + escape_pointer_token(target)
                elif not (
                    len(tokens) == 3
                    and tokens[:2] == ["components", "schemas"]
                    and tokens[2] in schemas
                ):
                    raise SpecError(
                        file,
                        f"{where}/discriminator/mapping/{escape_pointer_token(tag)}",
                        f"unresolvable reference {target!r}: a mapping names a component schema",
                    )
        for value, child in _children(node, where):
            _resolve_mappings(value, file, child, schemas)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _resolve_mappings(value, file, f"{where}/{index}", schemas)


def check_schema_refs(document: dict[str, Any], file: Path) -> None:
    """Every ``$ref`` left in a schema must resolve to a named component schema, and every
    ``pattern`` must be a valid regular expression."""
    schemas = (document.get("components") or {}).get("schemas") or {}

    def check(holder: dict[str, Any], where: str) -> None:
        ref = holder["$ref"]
        if not ref.startswith(SCHEMA_REF_PREFIX) or ref[len(SCHEMA_REF_PREFIX) :] not in schemas:
            raise SpecError(file, where, f"unresolvable reference {ref!r}")

    for section in ("paths", "webhooks", "components"):
        _check_patterns(document.get(section), file, "/" + section)
        _resolve_mappings(document.get(section), file, "/" + section, schemas)

    for section in ("paths", "webhooks"):
        for name, item in (document.get(section) or {}).items():
            for method, operation in (item or {}).items():
                if not isinstance(operation, dict):
                    continue
                base = f"/{section}/{escape_pointer_token(name)}/{method}"
                for index, parameter in enumerate(operation.get("parameters") or []):
                    _visit_schema_refs(
                        parameter.get("schema"), f"{base}/parameters/{index}/schema", check
                    )
                for media_type, media in (
                    (operation.get("requestBody") or {}).get("content") or {}
                ).items():
                    _visit_schema_refs(
                        (media or {}).get("schema"),
                        f"{base}/requestBody/content/{escape_pointer_token(media_type)}/schema",
                        check,
                    )
                for status, response in (operation.get("responses") or {}).items():
                    if not isinstance(response, dict):
                        continue  # an extension's value
                    for media_type, media in (response.get("content") or {}).items():
                        _visit_schema_refs(
                            (media or {}).get("schema"),
                            f"{base}/responses/{status}/content/{escape_pointer_token(media_type)}/schema",
                            check,
                        )
    for name, schema in schemas.items():
        _visit_schema_refs(schema, f"/components/schemas/{escape_pointer_token(name)}", check)
