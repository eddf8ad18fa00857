"""The content-addressed cache behind black and datamodel-code-generator."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.emit import models as models_codegen
from generator.output import cache

SCHEMAS = {
    "Thing": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
}


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GENMEDIA_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_keys_separate_their_parts() -> None:
    assert cache.digest("ab", "c") != cache.digest("a", "bc")
    assert cache.digest("a") == cache.digest("a")


def test_round_trip_and_misses(private_cache: Path) -> None:
    assert cache.read("kind", "00" * 32) is None
    cache.write("kind", "00" * 32, "text")
    assert cache.read("kind", "00" * 32) == "text"
    assert (private_cache / "kind" / "00" / ("00" * 32)).is_file()


def test_unwritable_cache_only_costs_time(private_cache: Path) -> None:
    (private_cache / "kind").write_text("a file where a folder should be", encoding="utf-8")
    cache.write("kind", "11" * 32, "text")  # no exception
    assert cache.read("kind", "11" * 32) is None


def test_models_are_generated_once_per_input(monkeypatch: pytest.MonkeyPatch) -> None:
    first = models_codegen.generate_models(SCHEMAS, "T")
    assert "class Thing(_OpenModel)" in first

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("datamodel-code-generator ran again for the same input")

    monkeypatch.setattr("datamodel_code_generator.generate", refuse)
    assert models_codegen.generate_models(SCHEMAS, "T") == first
    changed = {"Thing": {**SCHEMAS["Thing"], "properties": {"name": {"type": "integer"}}}}
    with pytest.raises(Exception, match="ran again"):
        models_codegen.generate_models(changed, "T")  # a different input is a miss
