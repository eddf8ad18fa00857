"""A spec is untrusted input (issue 14, generator part): no keyword makes the generator read a
file or URL, no document takes unbounded time or memory, and every refusal is exit 2 with
``file#pointer``; sane documents that used to crash or fail ``mypy --strict`` now generate.

Each test runs the real command line in this process (``python -m generator generate --spec``),
with black replaced by the identity where a package is generated (it changes layout only).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import generator.emit.formatting
import generator.pipeline
from conftest import ROOT, generate_cli, imported
from generator.cli import main
from generator.errors import GeneratorError, SpecError
from generator.output.writer import write_tree
from generator.schema.values import fits, known_values
from generator.spec import limits

SECRET = "top-secret-field-7f3a"  # what an outside file holds; must never reach any output


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A scratch folder as the working directory (bare names resolve there), holding an outside
    file with a schema, and the caches inside it."""
    monkeypatch.setenv("GENMEDIA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(generator.pipeline, "format_files", generator.emit.formatting.unformatted)
    secret = {
        "type": "object",
        "properties": {SECRET: {"type": "string"}},
        "Secret": {"type": "object", "properties": {SECRET: {"type": "string"}}},
    }
    (tmp_path / "secret.json").write_text(json.dumps(secret))
    (tmp_path / "secret.yaml").write_text(json.dumps(secret))
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def generate(work: Path, text: str, suffix: str = ".json") -> tuple[int, str, Path]:
    """Exit code and stdout+stderr of ``generate --spec`` on ``text``, and the spec's path.

    The spec sits in its own folder below the working directory: files of the spec's folder
    tree are a multi-file spec (bundled, see test_bundle.py); the secret files are outside it."""
    (work / "spec").mkdir(exist_ok=True)
    spec = work / "spec" / f"spec{suffix}"
    spec.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["generate", "--spec", str(spec), "--out", str(work / "out"), "--name", "t"])
    return code, out.getvalue() + err.getvalue(), spec


def document(properties: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "operationId": "make",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {"type": "object", "properties": properties or {"x": {"type": "string"}}}
            }
        },
    }


def outputs(work: Path) -> str:
    return (
        "".join(p.read_text(errors="replace") for p in (work / "out").rglob("*") if p.is_file())
        if (work / "out").exists()
        else ""
    )


THING = "/components/schemas/Thing/properties/z"


def _reference_cases(target: str) -> list[tuple[dict[str, Any], str]]:
    """(document, pointer of the refusal) for each keyword that could name ``target``."""
    cases: list[tuple[dict[str, Any], str]] = []
    for keyword in ("$ref", "$dynamicRef", "$recursiveRef"):
        cases.append((document({"z": {keyword: target}}), THING))
    # Under a property named like a keyword that holds data elsewhere (it was skipped).
    for name in ("example", "default", "enum", "const", "examples"):
        cases.append(
            (
                document({"z": {"type": "object", "properties": {name: {"$ref": target}}}}),
                f"{THING}/properties/{name}",
            )
        )
    cases.append(
        (
            document(
                {"z": {"$id": target, "type": "object", "properties": {"y": {"$ref": "#/Secret"}}}}
            ),
            THING,
        )
    )
    cases.append(
        (
            document(
                {
                    "z": {
                        "oneOf": [{"$ref": "#/components/schemas/Thing"}],
                        "discriminator": {"propertyName": "k", "mapping": {"s": target}},
                    }
                }
            ),
            f"{THING}/discriminator/mapping/s",
        )
    )
    with_example = document()
    with_example["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"][
        "examples"
    ] = {"e": {"externalValue": target}}
    cases.append((with_example, "/paths/~1a/post/requestBody/content/application~1json/examples/e"))
    return cases


TARGETS = [
    "{dir}/secret.json#/Secret",
    "file://{dir}/secret.json#/Secret",
    "../{base}/secret.json#/Secret",
    "secret.json#/Secret",
    "secret.json",
    "secret.yaml",
    "http://127.0.0.1:9/secret.json",
]


@pytest.mark.parametrize("target", TARGETS)
def test_no_keyword_makes_the_generator_read_a_file(work: Path, target: str) -> None:
    """Item 1: every reference-like keyword naming an outside file (existing or not) is refused
    with its pointer, and the refusal does not depend on whether the file exists."""
    existing = target.format(dir=work, base=work.name)
    missing = existing.replace("secret", "no-such-file")
    for (doc, pointer), (missing_doc, _) in zip(
        _reference_cases(existing), _reference_cases(missing)
    ):
        code, text, spec = generate(work, json.dumps(doc))
        assert code == 2, text
        assert f"{spec}#{pointer}: " in text, text
        assert SECRET not in text and SECRET not in outputs(work)
        missing_code, missing_text, _ = generate(work, json.dumps(missing_doc))
        assert (missing_code, missing_text.replace("no-such-file", "secret")) == (code, text)


def test_local_anchor_references_are_refused(work: Path) -> None:
    doc = document({"z": {"$ref": "#Secret"}, "y": {"$anchor": "Secret", "type": "string"}})
    code, text, spec = generate(work, json.dumps(doc))
    assert code == 2 and f"{spec}#{THING}: " in text and "#/" in text


def test_discriminator_mapping_by_name_still_works(work: Path) -> None:
    doc = document(
        {
            "z": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}],
                "discriminator": {"propertyName": "k", "mapping": {"c": "Cat"}},
            }
        }
    )
    doc["components"]["schemas"]["Cat"] = {
        "type": "object",
        "properties": {"k": {"type": "string"}},
    }
    code, text, _ = generate(work, json.dumps(doc))
    assert code == 0, text


def test_schema_keywords_never_reach_the_models_generator(work: Path) -> None:
    """``$schema`` (in the corpus) and anchors are accepted, and removed before
    datamodel-code-generator could act on them; what it gets has only ``#/components/schemas``
    references (checked again there: an internal error if not)."""
    doc = document(
        {
            "z": {
                "$schema": f"file://{work}/secret.json",
                "$anchor": "a",
                "$dynamicAnchor": "b",
                "type": "string",
            }
        }
    )
    code, text, _ = generate(work, json.dumps(doc))
    assert code == 0, text
    assert SECRET not in outputs(work)
    from generator.emit.models import generate_models

    with pytest.raises(GeneratorError, match="non-local"):
        generate_models(
            {
                "Thing": {
                    "type": "object",
                    "properties": {"z": {"$dynamicRef": str(work / "secret.json")}},
                }
            },
            "T",
        )


# -- item 2: YAML aliases ------------------------------------------------------------------------------

BOMB = (
    'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\nx-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n'
    + "".join(
        f"x-a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n"
        for i in range(1, 10)
    )
)
MERGE_BOMB = (
    'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\nx-m0: &m0 {k0: 1}\n'
    + "".join(
        f"x-m{i}: &m{i} {{<<: [" + ", ".join(f"*m{i - 1}" for _ in range(10)) + f"], k{i}: 1}}\n"
        for i in range(1, 10)
    )
)


@pytest.mark.parametrize("text", [BOMB, MERGE_BOMB], ids=["aliases", "merge-keys"])
def test_yaml_alias_bomb_is_refused(work: Path, text: str) -> None:
    code, output, spec = generate(work, text, ".yaml")
    assert (
        code == 2 and f"{spec}#/x-a" in output.replace("x-m", "x-a") and "aliases" in output
    ), output


def test_recursive_yaml_alias_is_refused(work: Path) -> None:
    code, output, spec = generate(
        work,
        'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\nx-r: &r [1, *r]\n',
        ".yaml",
    )
    assert code == 2 and f"{spec}#/x-r/1: " in output and "recursive" in output, output


def test_aliases_within_bounds_are_expanded(work: Path) -> None:
    text = (
        'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'
        "x-shared: &ok {description: ok, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}\n"
        "paths:\n  /a: {get: {operationId: getA, responses: {'200': *ok}}}\n  /b: {get: {operationId: getB, responses: {'200': *ok}}}\n"
    )
    code, output, _ = generate(work, text, ".yaml")
    assert code == 0, output


# -- item 3: nesting -----------------------------------------------------------------------------------


def _nested_schema(levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels - 1):
        schema = {"type": "object", "properties": {"z": schema}}
    return schema


def test_deep_schema_is_refused_with_a_pointer(work: Path) -> None:
    code, output, spec = generate(work, json.dumps(document({"z": _nested_schema(300)})))
    assert code == 2 and "too deeply nested" in output, output
    assert f"{spec}#{THING}/properties/z/properties/z" in output


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_deep_array_is_refused_with_a_pointer(work: Path, suffix: str) -> None:
    doc = document()
    doc["x-deep"] = "DEEP"
    text = json.dumps(doc).replace('"DEEP"', "[" * 5000 + "]" * 5000)
    code, output, spec = generate(work, text, suffix)
    assert (
        code == 2 and "too deeply nested" in output and f"{spec}#/x-deep/0/0/0/" in output
    ), output


def test_very_deep_yaml_cannot_crash_the_process(tmp_path: Path) -> None:
    """PyYAML's C composer recurses once per level: 100,000 levels crashed the interpreter."""
    spec = tmp_path / "deep.yaml"
    spec.write_text(
        'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\nx-deep: '
        + "[" * 100_000
        + "]" * 100_000
        + "\n"
    )
    result = generate_cli(spec, tmp_path / "out", timeout=300)
    assert (
        result.returncode == 2
        and "too deeply nested" in result.stderr
        and f"{spec}#/x-deep/0/0/" in result.stderr
    ), result.stderr


def test_nesting_at_the_limits_generates(work: Path) -> None:
    """The bounds leave room: a schema nested to the schema limit, with the document inside
    the JSON limit, generates a package (nothing deeper in the pipeline gives up first)."""
    doc = document({"z": _nested_schema(limits.MAX_SCHEMA_DEPTH - 1)})
    code, output, _ = generate(work, json.dumps(doc))
    assert code == 0, output


# -- item 4: patterns ----------------------------------------------------------------------------------


def test_catastrophic_pattern_is_not_run_against_spec_values() -> None:
    """``(a+)+$`` against 40 ``a`` and a ``!`` takes ~2**40 steps in a backtracking engine."""
    assert fits({"type": "string", "pattern": "(a+)+$"}, "a" * 40 + "!") is False
    assert fits({"type": "string", "pattern": "(a+)+$"}, "a" * 40) is True
    assert fits({"type": "string", "pattern": "(a|aa)*b"}, "a" * 60) is False
    assert fits({"type": "string", "pattern": r"^(\d+)*x"}, "1" * 60 + "y") is False


def test_catastrophic_pattern_with_an_example_generates(work: Path) -> None:
    doc = document(
        {
            "z": {
                "type": "string",
                "pattern": "(a+)+$",
                "example": "a" * 40 + "!",
                "x-known-values": ["a" * 40 + "!", "aaa"],
            }
        }
    )
    code, output, _ = generate(work, json.dumps(doc))
    assert code == 0, output


@pytest.mark.parametrize(
    "pattern",
    [
        "^(?!tmp_)[a-z]+$",  # lookahead
        r"(a)\1",  # backreference
        r"^x\Z",  # Python's end of text: the models' engine has no \Z
        "\\\U0005ed16b",  # a backslash before a non-ASCII letter (found by the property test)
    ],
)
def test_pattern_the_models_engine_refuses_is_dropped_with_a_warning(
    work: Path, pattern: str
) -> None:
    """Python's ``re`` reads these; pydantic-core's regex engine does not, so a ``Field(pattern=…)``
    holding one raises ``SchemaError`` when the package is imported. The pattern is dropped, with
    a warning at its pointer; the package imports and the property is still typed and checked."""
    doc = document({"z": {"type": "string", "pattern": pattern, "maxLength": 5}})
    doc["components"]["schemas"]["Thing"]["required"] = ["z"]
    code, output, spec = generate(work, json.dumps(doc))
    assert code == 0, output
    assert f"warning: {spec}#{THING}/pattern: " in output, output
    with imported(work / "out", "t"):
        thing = importlib.import_module("t_sdk.models").Thing
        assert thing.model_validate({"z": "abc"}).z == "abc"
        with pytest.raises(ValueError, match="at most 5"):
            thing.model_validate({"z": "abcdef"})


def test_pattern_both_engines_read_is_kept(work: Path) -> None:
    doc = document({"z": {"type": "string", "pattern": r"^[a-z]+_[0-9]{2}$"}})
    code, output, _ = generate(work, json.dumps(doc))
    assert code == 0 and "warning:" not in output, output
    with imported(work / "out", "t"):
        with pytest.raises(ValueError, match="pattern"):
            importlib.import_module("t_sdk.models").Thing.model_validate({"z": "abc"})


def test_ecma_pattern_python_cannot_read_is_kept_for_the_models(work: Path) -> None:
    """JSON Schema's patterns are ECMA-262: ``\\p{L}`` is valid there and in the models'
    engine (pydantic-core), though Python's ``re`` refuses it. It used to exit 2; the models
    now check it, and a known value is offered only if that engine accepts it."""
    pattern = r"^\p{L}+$"
    doc = document(
        {"z": {"type": "string", "pattern": pattern, "x-known-values": ["héllo", "abc1"]}}
    )
    code, output, _ = generate(work, json.dumps(doc))
    assert code == 0 and "warning:" not in output, output
    assert known_values(doc["components"]["schemas"]["Thing"]["properties"]["z"]) == ["héllo"]
    with imported(work / "out", "t"):
        thing = importlib.import_module("t_sdk.models").Thing
        assert thing.model_validate({"z": "héllo"}).z == "héllo"
        with pytest.raises(ValueError, match="pattern"):
            thing.model_validate({"z": "abc1"})


def test_ecma_pattern_in_a_rule_is_left_out_of_the_rule_with_a_warning(work: Path) -> None:
    """The runtime checks cross-field rules with Python's ``re``, which cannot read ``\\p{Lu}``:
    the pattern is left out of the rule (with a warning) instead of raising when a call checks
    it; the rest of the rule stays."""
    doc = document({"z": {"type": "string"}, "n": {"type": "integer"}})
    doc["components"]["schemas"]["Thing"]["allOf"] = [
        {"properties": {"z": {"not": {"pattern": r"^\p{Lu}"}}, "n": {"maximum": 5}}}
    ]
    code, output, _ = generate(work, json.dumps(doc))
    assert code == 0, output
    assert "rule 'Thing-allOf-0' has the pattern '^\\\\p{Lu}'" in output, output
    package = {p.name: p.read_text() for p in (work / "out" / "t" / "src").rglob("*.py")}
    assert not any("p{Lu}" in text for text in package.values())
    assert any("Thing-allOf-0" in text for text in package.values())


def test_pattern_neither_engine_reads_is_refused(work: Path) -> None:
    for pattern in ("[", "(?<=a+)b\\p{L}", "a{99999999999}"):
        doc = document({"z": {"type": "string", "pattern": pattern}})
        code, output, spec = generate(work, json.dumps(doc))
        assert code == 2 and f"{spec}#{THING}/pattern: invalid regular expression" in output, (
            pattern,
            output,
        )


# -- item 5: tracebacks --------------------------------------------------------------------------------


def test_unquoted_yaml_status_codes_are_strings(work: Path) -> None:
    text = (
        'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'
        "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        200:\n          description: ok\n"
        "          content: {application/json: {schema: {type: object, properties: {on: {type: string}}}}}\n        404: {description: missing}\n"
    )
    code, output, _ = generate(work, text, ".yaml")
    assert code == 0, output
    assert "on: str | MISSING" in outputs(work)  # the property key ``on`` stays text, not True


def test_yaml_dates_stay_text(work: Path) -> None:
    text = "openapi: 3.1.0\ninfo: {title: T, version: 2024-01-01}\npaths: {}\ncomponents: {schemas: {Thing: {type: object, properties: {d: {type: string, default: 2024-01-01, example: 2024-01-01T10:00:00Z}}}}}\n"
    code, output, _ = generate(work, text, ".yaml")
    assert code == 0, output
    models = (
        (work / "out" / "t" / "src" / "t_sdk" / "models.py").read_text().replace("'", '"')
    )  # not formatted
    assert 'd: Annotated[str, Field(examples=["2024-01-01T10:00:00Z"])] = "2024-01-01"' in models


@pytest.mark.parametrize(
    ("value", "what"),
    [
        ("!!set {a, b}", "!!set"),
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!omap [a: 1]", "!!omap"),
        ("!!pairs [a: 1]", "!!pairs"),
    ],
)
def test_yaml_values_json_cannot_hold_are_refused(work: Path, value: str, what: str) -> None:
    text = (
        'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Thing:\n      type: object\n      properties:\n        d:\n          default: '
        + value
        + "\n"
    )
    code, output, spec = generate(work, text, ".yaml")
    assert (
        code == 2
        and f"{spec}#/components/schemas/Thing/properties/d/default: " in output
        and what in output
    ), output


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_huge_integer_is_refused(work: Path, suffix: str) -> None:
    doc = document({"z": {"type": "integer", "maximum": 12345}})
    code, output, spec = generate(work, json.dumps(doc).replace("12345", "9" * 5000), suffix)
    assert code == 2 and f"{spec}#{THING}/maximum: " in output and "digits" in output, output


def test_overflowing_repetition_is_refused(work: Path) -> None:
    code, output, spec = generate(
        work, json.dumps(document({"z": {"type": "string", "pattern": "a{99999999999}"}}))
    )
    assert code == 2 and f"{spec}#{THING}/pattern: " in output, output


def test_non_string_method_name_is_refused(work: Path) -> None:
    doc = document()
    doc["paths"]["/a"]["post"]["x-sdk-method"] = 5
    code, output, spec = generate(work, json.dumps(doc))
    assert code == 2 and f"{spec}#/paths/~1a/post/x-sdk-method: " in output, output


# -- item 6: the output folder -------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("kind", ["symlink", "file", "dangling"])
def test_output_folder_that_is_not_a_folder_is_refused(tmp_path: Path, kind: str) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    destination = out / "pkg"
    if kind == "symlink":
        destination.symlink_to(elsewhere, target_is_directory=True)
    elif kind == "dangling":
        destination.symlink_to(tmp_path / "nowhere")
    else:
        destination.write_text("a file")
    with pytest.raises(GeneratorError, match="pkg"):
        write_tree({"a.txt": "new"}, destination)
    assert _leftovers(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["pkg"]
    assert (elsewhere / "keep.txt").read_text() == "keep" and not (elsewhere / "a.txt").exists()
    if kind == "file":
        assert destination.read_text() == "a file"
    else:
        assert destination.is_symlink()


def test_output_folder_symlink_exits_2(work: Path) -> None:
    (work / "out").mkdir()
    (work / "out" / "t").symlink_to(work, target_is_directory=True)
    code, output, _ = generate(work, json.dumps(document()))
    assert code == 2 and "symbolic link" in output, output
    assert _leftovers(work / "out") == []


# -- item 7: sane documents pass mypy --strict ---------------------------------------------------------


def test_formats_with_text_defaults_and_non_scalar_enums_type_check(work: Path) -> None:
    doc = document(
        {
            "d": {"type": "string", "format": "date", "default": "2024-01-01"},
            "t": {"type": "string", "format": "date-time", "default": "2024-01-01T00:00:00Z"},
            "u": {"type": "string", "format": "time", "default": "10:00:00"},
            "v": {"type": "string", "format": "duration", "default": "P1D"},
            "e": {"enum": [{"a": 1}, "x"]},
            "c": {"type": "array", "const": [1, 2]},
            "g": {"type": "object", "const": {"k": "v"}},
            "f": {"type": "number", "enum": [0.5, 1.5]},
        }
    )
    doc["components"]["schemas"]["Thing"]["required"] = ["c", "g"]
    code, output, spec = generate(work, json.dumps(doc))
    assert code == 0, output
    for name in ("d", "t", "u", "v"):
        assert f"warning: {spec}#/components/schemas/Thing/properties/{name}/default: " in output
    for name in ("e", "c", "g"):
        assert f"warning: {spec}#/components/schemas/Thing/properties/{name}/" in output
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "t_sdk"],
        cwd=work / "out" / "t" / "src",
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout


# -- item 8: pointers ----------------------------------------------------------------------------------


def test_unresolvable_reference_in_a_component_names_its_full_pointer(work: Path) -> None:
    code, output, spec = generate(
        work,
        json.dumps(
            document({"z": {"type": "object", "properties": {"y": {"$ref": "#/x-nothing/here"}}}})
        ),
    )
    assert code == 2 and f"{spec}#{THING}/properties/y: unresolvable reference" in output, output


def test_models_generator_failure_names_file_and_pointer(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datamodel_code_generator

    def broken(text: str, **options: Any) -> str:
        raise ValueError("cannot parse #/components/schemas/Thing/properties/x")

    monkeypatch.setattr(datamodel_code_generator, "generate", broken)
    code, output, spec = generate(work, json.dumps(document()))
    assert (
        code == 2
        and f"{spec}#/components/schemas/Thing: " in output
        and "datamodel-code-generator" in output
    ), output


def test_flat_methods_that_are_not_a_list_are_refused(work: Path) -> None:
    doc = document()
    doc["paths"]["/a"]["post"]["x-sdk-flat-methods"] = 5
    code, output, spec = generate(work, json.dumps(doc))
    assert code == 2 and f"{spec}#/paths/~1a/post/x-sdk-flat-methods: " in output, output


# -- found by the targeted property test (test_hostile_specs.test_odd_documents_…) ---------------------


@pytest.mark.parametrize("name", ["Config", "Annotated", "open_enum"])
def test_property_named_like_a_name_the_model_class_needs(work: Path, name: str) -> None:
    """A field ``Config`` is pydantic's class configuration (beside ``model_config``: the class
    fails to build); a field ``Annotated`` or ``open_enum`` shadowed the names the open-enum
    wrapping uses in the annotations after it. Each is renamed ``<name>_`` with an alias."""
    doc = document({"kind": {"type": "string", "enum": ["a", "b"]}, name: {"type": "string"}})
    code, output, _ = generate(work, json.dumps(doc))
    assert code == 0, output
    with imported(work / "out", "t"):
        thing = importlib.import_module("t_sdk.models").Thing
        parsed = thing.model_validate({"kind": "a", name: "v"})
        assert getattr(parsed, name + "_") == "v" and parsed.kind == "a"
        assert parsed.model_dump(by_alias=True)[name] == "v"


def test_number_with_a_date_format_stays_a_number(work: Path) -> None:
    """datamodel-code-generator types ``integer`` + ``format: date-time`` as ``datetime``; with a
    bound the package failed on import (``'lt' must be coercible to a datetime``). The format,
    which JSON Schema applies to strings, is dropped with a warning."""
    doc = document(
        {
            "z": {"type": "integer", "format": "date-time", "exclusiveMaximum": 5, "default": 1},
            "y": {"type": "number", "format": "time", "minimum": 0},
        }
    )
    code, output, spec = generate(work, json.dumps(doc))
    assert code == 0, output
    assert f"warning: {spec}#{THING}/format: " in output, output
    with imported(work / "out", "t"):
        thing = importlib.import_module("t_sdk.models").Thing
        assert thing.model_validate({"z": 3, "y": 1.5}).z == 3
        with pytest.raises(ValueError, match="less than 5"):
            thing.model_validate({"z": 7})


@pytest.mark.parametrize("value", [True, False])
def test_boolean_schema_of_a_body_response_or_parameter(work: Path, value: bool) -> None:
    """OpenAPI 3.1 allows ``schema: true``; a body's raised AttributeError. A boolean schema in
    a schema slot is read as ``{}`` (anything; for ``false``, the server decides)."""
    doc = document()
    operation = doc["paths"]["/a"]["post"]
    operation["requestBody"]["content"]["application/json"]["schema"] = value
    operation["parameters"] = [{"name": "q", "in": "query", "schema": value}]
    operation["responses"]["200"]["content"]["application/json"]["schema"] = value
    code, output, _ = generate(work, json.dumps(doc))
    assert code == 0, output
    with imported(work / "out", "t"):
        importlib.import_module("t_sdk")


def test_integer_bounds_the_models_cannot_build(work: Path) -> None:
    """``'gt' must be coercible to an integer`` on import: an integer's fractional bound is
    rewritten to the integer bound it means; a NaN bound and a fractional ``multipleOf`` are
    dropped with a warning."""
    doc = document(
        {
            "z": {"type": "integer", "exclusiveMaximum": 2.5, "minimum": 0.5},
            "y": {"type": "integer", "multipleOf": 0.5},
            "x": {"type": "number", "maximum": 1},
        }
    )
    text = json.dumps(doc).replace('"maximum": 1}', '"maximum": NaN}')
    code, output, spec = generate(work, text)
    assert code == 0, output
    assert f"warning: {spec}#/components/schemas/Thing/properties/y/multipleOf: " in output
    assert f"warning: {spec}#/components/schemas/Thing/properties/x/maximum: " in output
    with imported(work / "out", "t"):
        thing = importlib.import_module("t_sdk.models").Thing
        assert thing.model_validate({"z": 1, "y": 3}).z == 1
        for wrong in (0, 3):
            with pytest.raises(ValueError):
                thing.model_validate({"z": wrong})
