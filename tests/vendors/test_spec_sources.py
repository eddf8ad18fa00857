"""Every constraint of the hand-written specs says where it comes from.

A constraint (``enum``, ``const``, bounds, lengths, ``pattern``, ``format``, ``required``, item
counts, ``oneOf`` / ``dependentRequired`` / ``if``-``then`` rules, ``x-rules`` entries, a
parameter's ``required``, ``x-max-bytes``, ``x-sdk-media-input``) blocks requests or shapes
responses, so it must be a fact: each carries ``x-source`` (the seed statement or the
``vendors.md`` entry it restates) or ``x-unverified: true`` (a guess: the client only warns).

``x-source`` is a string or a list of strings, ``seed 00N: <quote>`` or ``vendors.md <Vendor>
<H|M|L>: <quote>``, where the quote is copied from that document (whitespace aside); on a schema
it covers the schema's own constraints, and it may be a mapping ``keyword → source`` instead.
A constraint that can refuse a request (anything but a response's) needs a seed or a ``vendors.md``
fact at confidence H; M or L facts must be ``x-unverified``.

The quotes are checked against ``shared/`` beside the repository (``GENMEDIA_SHARED_DIR``
overrides it), which CI checks out.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, SPECS

HAND_WRITTEN = ("kiara", "hoox", "kling", "vtrix")
SHARED = Path(os.environ.get("GENMEDIA_SHARED_DIR") or ROOT.parent / "shared")
SEED_FILES = {"000": "kiara", "001": "hoox", "002": "kling", "003": "vtrix"}
VENDOR_SECTIONS = {"kiara": "Kiara", "hoox": "Hoox", "kling": "Kling", "vtrix": "Vtrix"}

CONSTRAINT_KEYWORDS = (
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "required",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "dependentRequired",
    "oneOf",
    "not",
    "if",
    "x-max-bytes",
    "x-sdk-media-input",
)
# Keywords holding subschemas that declare structure (walked, each with its own sources).
_CHILDREN = ("items", "additionalProperties", "then", "else", "contains")
_CHILD_LISTS = ("allOf", "anyOf", "prefixItems")
_SOURCE = re.compile(
    r"^(?:seed (?P<seed>00[0-3])|vendors\.md (?P<vendor>Kiara|Hoox|Kling|Vtrix|Krea) (?P<confidence>[HML])): (?P<quote>.+)$",
    re.S,
)


def _is_rule(schema: Any) -> bool:
    """An ``allOf`` member that only asserts (a cross-field rule): one constraint as a whole."""
    from generator.schema.rules import is_assertion

    return isinstance(schema, dict) and ("x-rule-id" in schema or is_assertion(schema))


def _constraints(schema: dict[str, Any]) -> list[str]:
    found = [key for key in CONSTRAINT_KEYWORDS if key in schema]
    if "oneOf" in found and not all(_is_rule(member) for member in schema["oneOf"]):
        found.remove("oneOf")  # a union of types, not a rule
    if "if" in found:
        found.append("then") if "then" in schema else None
    return found


def iter_constraints(
    schema: Any, where: str, response: bool, depth: int = 0
) -> Iterator[tuple[str, str, Any, bool, dict[str, Any]]]:
    """``(pointer, keyword, source, response, schema)`` for every constraint under ``schema``;
    ``source`` is the ``x-source`` entry covering it, ``"x-unverified"``, or ``None``."""
    if not isinstance(schema, dict) or depth > 40:
        return
    for keyword in _constraints(schema):
        if keyword == "then":
            continue
        yield where, keyword, _source_of(schema, keyword), response, schema
    for index, member in enumerate(schema.get("allOf") or []):
        if _is_rule(member):
            yield f"{where}/allOf/{index}", "rule", _source_of(member, "rule"), response, member
        else:
            yield from iter_constraints(member, f"{where}/allOf/{index}", response, depth + 1)
    for key in _CHILD_LISTS[1:]:
        for index, member in enumerate(schema.get(key) or []):
            yield from iter_constraints(member, f"{where}/{key}/{index}", response, depth + 1)
    for key in ("oneOf",):
        if "oneOf" not in _constraints(schema):
            for index, member in enumerate(schema.get(key) or []):
                yield from iter_constraints(member, f"{where}/{key}/{index}", response, depth + 1)
    for key in _CHILDREN:
        if key in ("then", "else") and "if" in schema:
            continue
        if isinstance(schema.get(key), dict):
            yield from iter_constraints(schema[key], f"{where}/{key}", response, depth + 1)
    for name, child in (schema.get("properties") or {}).items():
        yield from iter_constraints(child, f"{where}/properties/{name}", response, depth + 1)
    for index, rule in enumerate(schema.get("x-rules") or []):
        yield f"{where}/x-rules/{index}", "x-rules", _source_of(rule, "x-rules"), response, rule


def _source_of(node: dict[str, Any], keyword: str) -> Any:
    if node.get("x-unverified") is True:
        return "x-unverified"
    if keyword == "required" and isinstance(node.get("properties"), dict):
        # A required property marked x-unverified is an unverified rule (generator/normalize/unverified.py).
        properties = node["properties"]
        if all(
            isinstance(properties.get(name), dict) and properties[name].get("x-unverified") is True
            for name in node["required"]
        ):
            return "x-unverified"
    source = node.get("x-source")
    if isinstance(source, dict):
        return source.get(keyword)
    return source


def _usage(document: dict[str, Any]) -> dict[str, bool]:
    """``component name → only read`` (responses and webhook payloads, which are parsed
    leniently); ``False`` when a request the client sends reaches it."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    request_roots: list[Any] = []
    for item in (document.get("paths") or {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters") or []:
                request_roots.append(parameter)
            body = operation.get("requestBody") or {}
            request_roots.extend(
                media.get("schema") for media in (body.get("content") or {}).values()
            )
    reached: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                parts = ref.split("/")
                if parts[2] == "schemas" and parts[3] not in reached:
                    reached.add(parts[3])
                    visit(schemas.get(parts[3]))
                elif parts[2] == "parameters":
                    visit((document["components"].get("parameters") or {}).get(parts[3]))
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(request_roots)
    return {name: name not in reached for name in schemas}


def spec_constraints(provider: str) -> Iterator[tuple[str, str, Any, bool, dict[str, Any]]]:
    document = yaml.safe_load((SPECS / provider / "openapi.yaml").read_text(encoding="utf-8"))
    responses_only = _usage(document)
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from iter_constraints(schema, f"#/components/schemas/{name}", responses_only[name])
    for name, parameter in (components.get("parameters") or {}).items():
        yield from _parameter(parameter, f"#/components/parameters/{name}")
    for name, header in (components.get("headers") or {}).items():
        yield from iter_constraints(
            header.get("schema"), f"#/components/headers/{name}/schema", True
        )
    for section in ("paths", "webhooks"):
        for path, item in (document.get(section) or {}).items():
            for method, operation in item.items():
                if not isinstance(operation, dict):
                    continue
                where = f"#/{section}/{path.replace('/', '~1')}/{method}"
                for index, parameter in enumerate(operation.get("parameters") or []):
                    yield from _parameter(parameter, f"{where}/parameters/{index}")
                for media, content in (
                    (operation.get("requestBody") or {}).get("content") or {}
                ).items():
                    yield from iter_constraints(
                        content.get("schema"),
                        f"{where}/requestBody/content/{media}/schema",
                        section == "webhooks",
                    )


def _parameter(
    parameter: dict[str, Any], where: str
) -> Iterator[tuple[str, str, Any, bool, dict[str, Any]]]:
    if "$ref" in parameter:
        return
    if parameter.get("required") is True and parameter.get("in") != "path":
        yield where, "required", _source_of(parameter, "required"), False, parameter
    yield from iter_constraints(parameter.get("schema"), f"{where}/schema", False)


def _normalized(text: str) -> str:
    return " ".join(text.replace("`", "").split()).lower()


def _vendor_bullets(section: str) -> dict[str, list[str]]:
    """Confidence → the bullets of one vendor's section of vendors.md."""
    text = (SHARED / "vendors.md").read_text(encoding="utf-8")
    body = text.split(f"\n## {section}", 1)[1].split("\n## ", 1)[0]
    bullets: dict[str, list[str]] = {}
    current = ""
    for line in body.splitlines():
        match = re.match(r"- ([HML]):", line)
        if match:
            current = match.group(1)
            bullets.setdefault(current, []).append(line)
        elif line.startswith("  ") and current:
            bullets[current][-1] += " " + line.strip()
        elif line.startswith("- "):
            current = ""
    return bullets


def _seed_text(number: str) -> str:
    return next(SHARED.glob(f"seeds/{number}_*.txt")).read_text(encoding="utf-8")


ALL = [(provider, item) for provider in HAND_WRITTEN for item in spec_constraints(provider)]


def _entries(source: Any) -> list[Any]:
    return source if isinstance(source, list) else [source]


@pytest.mark.parametrize("provider", HAND_WRITTEN)
def test_every_constraint_carries_its_source(provider: str) -> None:
    missing = [
        f"{where} {keyword}"
        for p, (where, keyword, source, _, _) in ALL
        if p == provider and source is None
    ]
    assert not missing, "constraints without x-source or x-unverified:\n  " + "\n  ".join(missing)
    assert any(p == provider for p, _ in ALL)


@pytest.mark.parametrize("provider", HAND_WRITTEN)
def test_every_source_is_well_formed(provider: str) -> None:
    bad = [
        f"{where} {keyword}: {entry!r}"
        for p, (where, keyword, source, _, _) in ALL
        if p == provider and source != "x-unverified"
        for entry in _entries(source)
        if not isinstance(entry, str) or not _SOURCE.match(entry)
    ]
    assert not bad, (
        "x-source entries must be `seed 00N: quote` or `vendors.md Vendor H|M|L: quote`:\n  "
        + "\n  ".join(bad)
    )


@pytest.mark.parametrize("provider", HAND_WRITTEN)
def _strong(entry: Any) -> bool:
    """A seed statement, or a ``vendors.md`` fact at confidence H."""
    match = _SOURCE.match(entry) if isinstance(entry, str) else None
    return match is not None and (
        match.group("seed") is not None or match.group("confidence") == "H"
    )


@pytest.mark.parametrize("provider", HAND_WRITTEN)
def test_a_blocking_constraint_rests_on_a_seed_or_a_high_confidence_fact(provider: str) -> None:
    weak = [
        f"{where} {keyword}: {source}"
        for p, (where, keyword, source, response, _) in ALL
        if p == provider
        and source != "x-unverified"
        and not response
        and keyword != "x-rules"
        and not any(_strong(entry) for entry in _entries(source))
    ]
    assert (
        not weak
    ), "request constraints resting only on M/L facts must be x-unverified:\n  " + "\n  ".join(weak)


def test_shared_documents_are_present() -> None:
    """CI checks out shared/ beside the repository; without it the quotes are not checked."""
    assert (SHARED / "vendors.md").is_file(), f"{SHARED} is missing (set GENMEDIA_SHARED_DIR)"
    assert len(list(SHARED.glob("seeds/00[0-3]_*.txt"))) == 4


@pytest.mark.parametrize("provider", HAND_WRITTEN)
def test_every_quote_is_in_its_document(provider: str) -> None:
    if not (SHARED / "vendors.md").is_file():
        pytest.skip("shared/ is not checked out (test_shared_documents_are_present fails)")
    wrong = []
    for p, (where, keyword, source, _, _) in ALL:
        if p != provider or source == "x-unverified":
            continue
        for entry in _entries(source):
            match = _SOURCE.match(entry) if isinstance(entry, str) else None
            if match is None:
                continue
            quote = _normalized(match.group("quote"))
            if match.group("seed"):
                found = quote in _normalized(_seed_text(match.group("seed")))
            else:
                bullets = _vendor_bullets(match.group("vendor")).get(match.group("confidence"), [])
                found = any(quote in _normalized(bullet) for bullet in bullets)
            if not found:
                wrong.append(f"{where} {keyword}: {entry}")
    assert (
        not wrong
    ), "quotes not found in the document (and confidence) they name:\n  " + "\n  ".join(wrong)


def test_the_walker_sees_every_kind_of_constraint() -> None:
    """The walker itself: a fixture schema with one constraint of each kind, nested."""
    schema = {
        "type": "object",
        "required": ["a"],
        "properties": {
            "a": {"type": "string", "maxLength": 3, "x-source": "seed 000: x"},
            "b": {"type": "array", "items": {"type": "integer", "minimum": 1}},
            "c": {"anyOf": [{"type": "string", "format": "uri"}, {"type": "null"}]},
        },
        "allOf": [
            {
                "x-rule-id": "r",
                "if": {"required": ["a"]},
                "then": {"required": ["b"]},
                "x-unverified": True,
            }
        ],
        "x-rules": [{"id": "r", "description": "d"}],
    }
    found = {
        (where, keyword): source
        for where, keyword, source, _, _ in iter_constraints(schema, "#", False)
    }
    assert found == {
        ("#", "required"): None,
        ("#/properties/a", "maxLength"): "seed 000: x",
        ("#/properties/b/items", "minimum"): None,
        ("#/properties/c/anyOf/0", "format"): None,
        ("#/allOf/0", "rule"): "x-unverified",
        ("#/x-rules/0", "x-rules"): None,
    }


# --- specs/README.md in step with the specs ------------------------------------------------------------

_SECTION = re.compile(r"^### \d{3}: .*?\(`(?P<provider>\w+)/openapi\.yaml`\)$", re.M)


def _resolve(document: Any, pointer: str) -> bool:
    node = document
    for token in pointer.lstrip("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return False
    return True


def test_every_pointer_of_the_mapping_table_resolves() -> None:
    """Each `#/…` pointer the seed-statement tables of specs/README.md give exists in the spec."""
    text = (SPECS / "README.md").read_text(encoding="utf-8")
    matches = list(_SECTION.finditer(text))
    assert [m.group("provider") for m in matches] == list(HAND_WRITTEN)
    broken = []
    for match, following in zip(matches, [*matches[1:], None]):
        section = text[match.end() : following.start() if following else len(text)].split(
            "\n## ", 1
        )[0]
        document = yaml.safe_load(
            (SPECS / match.group("provider") / "openapi.yaml").read_text(encoding="utf-8")
        )
        for pointer in re.findall(r"`(#/[^`]+)`", section):
            if not _resolve(document, pointer):
                broken.append(f"{match.group('provider')}: {pointer}")
    assert not broken, "specs/README.md points at nothing:\n  " + "\n  ".join(broken)


def constraint_table() -> str:
    """The "Constraint sources" section of specs/README.md, rendered from the specs."""
    lines = [
        "## Constraint sources",
        "",
        "Every constraint of the hand-written specs and where it comes from (its `x-source`, or",
        "`x-unverified`: a guess that only warns). Rendered from the specs by",
        "`tests/test_spec_sources.py` (`UPDATE_SPEC_SOURCES=1` rewrites it), which fails when it is stale.",
    ]
    for provider in HAND_WRITTEN:
        lines += ["", f"### {provider}", "", "| constraint | keyword | source |", "|---|---|---|"]
        for where, keyword, source, _, _ in spec_constraints(provider):
            shown = (
                "x-unverified (warns only)"
                if source == "x-unverified"
                else "; ".join(str(e) for e in _entries(source))
            )
            lines.append(f"| `{where}` | {keyword} | {shown.replace('|', chr(92) + '|')} |")
    return "\n".join(lines) + "\n"


def test_the_constraint_table_of_specs_readme_is_in_step() -> None:
    path = SPECS / "README.md"
    text = path.read_text(encoding="utf-8")
    head = text.split("\n## Constraint sources\n", 1)[0].rstrip("\n")
    expected = head + "\n\n" + constraint_table()
    if os.environ.get("UPDATE_SPEC_SOURCES"):
        path.write_text(expected, encoding="utf-8")
    assert (
        text == expected
    ), "specs/README.md's constraint table is stale: run with UPDATE_SPEC_SOURCES=1"


def _without(node: Any, key: str) -> Any:
    if isinstance(node, dict):
        return {k: _without(v, key) for k, v in node.items() if k != key}
    if isinstance(node, list):
        return [_without(v, key) for v in node]
    return node


def test_the_generator_ignores_x_source() -> None:
    """``x-source`` is documentation: the package is the same without it (its models, rules and
    methods; only the normalized openapi.json, which keeps it, differs)."""
    from generator.cli.generate import build_document

    spec = SPECS / "kling" / "openapi.yaml"
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    assert "x-source" in json.dumps(document)
    with_sources = build_document(spec, "kling", document).files
    without_sources = build_document(spec, "kling", _without(document, "x-source")).files
    assert {k: v for k, v in with_sources.items() if k != "openapi.json"} == {
        k: v for k, v in without_sources.items() if k != "openapi.json"
    }
