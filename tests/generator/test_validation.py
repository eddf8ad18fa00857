"""The compiled validator's "valid" must mean what the Python validator's means.

``generator.spec.validation`` trusts ``jsonschema_rs`` only when it says a document is valid; if the
two ever disagreed on a document the Python validator rejects, a broken spec would slip through.
These tests run both on every document we have (our specs, the corpus, GitHub's document,
broken variants of them) and require the same verdict.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema.exceptions import best_match

from generator.spec import validation
from generator.spec.loading import load_document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "readme-oas-examples"
GITHUB = ROOT / "node_modules" / "@octokit" / "openapi" / "generated" / "api.github.com.json"


def _documents() -> list[Path]:
    ours = sorted(p for p in (ROOT / "specs").glob("*/openapi.*"))
    corpus = sorted(CORPUS.rglob("*.json")) if CORPUS.is_dir() else []
    return ours + corpus


def _python_valid(schema_file: str, document: Any) -> bool:
    return best_match(validation._validator(schema_file).iter_errors(document)) is None


def _schema_file(document: Any) -> str | None:
    version = document.get("openapi") if isinstance(document, dict) else None
    if not isinstance(version, str):
        return None
    return {"3.0": "openapi-3.0.schema.json", "3.1": "openapi-3.1.schema.json"}.get(
        ".".join(version.split(".")[:2])
    )


def _broken_variants(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Documents each made invalid in one place the official schemas check."""
    variants = []
    no_version = copy.deepcopy(document)
    no_version.get("info", {}).pop("version", None)
    variants.append(no_version)
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "responses" in operation:
                bad = copy.deepcopy(document)
                key = next(k for k, v in document["paths"].items() if v is path_item)
                method = next(m for m, o in path_item.items() if o is operation)
                bad["paths"][key][method]["parameters"] = [{"name": "x", "in": "nowhere"}]
                variants.append(bad)
                return variants
    return variants


@pytest.mark.parametrize("file", _documents(), ids=lambda p: p.relative_to(p.parents[1]).as_posix())
def test_compiled_and_python_validators_agree(file: Path) -> None:
    document = load_document(file)
    schema_file = _schema_file(document)
    if schema_file is None:
        pytest.skip("not an OpenAPI 3.0/3.1 document")
    for candidate in [document, *_broken_variants(document)]:
        assert validation._surely_valid(schema_file, candidate) == _python_valid(
            schema_file, candidate
        )


def test_broken_variants_are_rejected_by_both() -> None:
    document = load_document(ROOT / "specs" / "kiara" / "openapi.yaml")
    for candidate in _broken_variants(document):
        assert not validation._surely_valid("openapi-3.1.schema.json", candidate)
        assert not _python_valid("openapi-3.1.schema.json", candidate)


def test_values_the_compiled_validator_cannot_take_fall_back_to_python() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1", "x-big": 10**400},
        "paths": {},
    }
    assert _python_valid("openapi-3.1.schema.json", document)
    # Whatever the compiled validator makes of a 400-digit integer, it must not raise, and the
    # document is accepted (by it, or by the Python validator it defers to).
    assert isinstance(validation._surely_valid("openapi-3.1.schema.json", document), bool)
    validation.validate_openapi(document, Path("big.json"))


@pytest.mark.skipif(
    not GITHUB.is_file(), reason="node_modules not installed (make test installs it)"
)
def test_github_document_agrees() -> None:
    document = json.loads(GITHUB.read_text(encoding="utf-8"))
    assert validation._surely_valid("openapi-3.0.schema.json", document)
    assert _python_valid("openapi-3.0.schema.json", document)
    for candidate in _broken_variants(document):
        assert not validation._surely_valid("openapi-3.0.schema.json", candidate)
