"""Multi-file specs (``generator/spec/bundle.py``): references to files of the spec's own folder
tree are resolved when the document is loaded, within strict bounds; anything else is refused
with the file and pointer of the reference.

The main test splits one of our specs (Vtrix) the way vendors do: every schema in its own file,
every path item in its own file, the other components in a shared file, references between them
relative (``../schemas/X.yaml``, ``../openapi.yaml#/components/…``), and checks that it
generates a package byte-identical to the single-file document's.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import SPECS, generate_cli
from generator.cli.generate import build_document
from generator.errors import SpecError
from generator.pipeline import build_files, build_provider
from generator.spec import bundle as bundle_module
from generator.spec.bundle import bundle
from generator.spec.loading import load_document
from generator.spec.sources import load_provider

SCHEMA = "#/components/schemas/"


def _rewrite(node: Any, schema_prefix: str, main_prefix: str) -> Any:
    """``node`` with its local references made relative to a file: schemas to their own files
    (``schema_prefix`` + name + ``.yaml``), anything else back into the main document."""
    if isinstance(node, list):
        return [_rewrite(item, schema_prefix, main_prefix) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA):
            result[key] = f"{schema_prefix}{value[len(SCHEMA):]}.yaml"
        elif key == "$ref" and isinstance(value, str) and value.startswith("#/"):
            result[key] = main_prefix + value
        elif key in ("example", "examples", "enum", "const", "default") or key.startswith("x-"):
            result[key] = value  # data, and extensions (references there are never followed)
        else:
            result[key] = _rewrite(value, schema_prefix, main_prefix)
    return result


def split_spec(document: dict[str, Any], folder: Path, main_name: str) -> None:
    """Write ``document`` as ``folder/main_name`` plus ``schemas/*.yaml``, ``paths/*.yaml`` and
    ``common.yaml``, all joined by relative references."""

    def write(relative: str, data: Any) -> None:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")

    main = dict(document)  # the same key order
    main["paths"] = {}
    for index, (path, item) in enumerate(document.get("paths", {}).items()):
        write(f"paths/{index}.yaml", _rewrite(item, "../schemas/", f"../{main_name}"))
        main["paths"][path] = {"$ref": f"paths/{index}.yaml"}
    components = document.get("components", {})
    main["components"] = {}
    common: dict[str, Any] = {}
    for section, entries in components.items():
        if section == "schemas":
            for name, schema in entries.items():
                write(f"schemas/{name}.yaml", _rewrite(schema, "./", f"../{main_name}"))
            main["components"]["schemas"] = {
                name: {"$ref": f"schemas/{name}.yaml"} for name in entries
            }
        elif section == "securitySchemes":
            main["components"][section] = entries
        else:
            common[section] = _rewrite(entries, "schemas/", main_name)
            main["components"][section] = {
                name: {"$ref": f"common.yaml#/{section}/{name}"} for name in entries
            }
    if common:
        write("common.yaml", common)
    write(main_name, main)


def test_a_split_spec_generates_byte_identical_output(tmp_path: Path) -> None:
    provider = "vtrix"
    original = load_provider(SPECS, provider)
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / provider, specs / provider)
    spec_file = specs / provider / original.config.spec
    split_spec(
        load_document(SPECS / provider / original.config.spec), specs / provider, spec_file.name
    )
    assert (
        len(list((specs / provider / "schemas").iterdir())) > 5
        and (specs / provider / "common.yaml").is_file()
    )
    assert all(item.keys() == {"$ref"} for item in load_document(spec_file)["paths"].values())

    split = load_provider(specs, provider)
    assert split.document == original.document
    assert build_provider(specs, provider).files == build_files(original).files


def _write(folder: Path, files: dict[str, Any]) -> Path:
    for relative, data in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            yaml.safe_dump(data, sort_keys=False) if not isinstance(data, str) else data,
            encoding="utf-8",
        )
    return folder / "openapi.yaml"


def _main(schema_ref: str, **components: Any) -> dict[str, Any]:
    """A main document whose one operation returns ``schema_ref``."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Split", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "getThing",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": schema_ref}}},
                        },
                    },
                }
            }
        },
        **({"components": components} if components else {}),
    }


def test_references_get_a_home_in_components_and_recursion_works(tmp_path: Path) -> None:
    spec = _write(
        tmp_path / "api",
        {
            "openapi.yaml": _main(
                "./schemas/node.yaml",
                schemas={
                    "Node": {"$ref": "schemas/node.yaml"},
                    "Error": {"$ref": "shared.yaml#/Error"},
                },
            ),
            "schemas/node.yaml": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": "node.yaml"}},
                    "error": {"$ref": "../openapi.yaml#/components/schemas/Error"},
                    "default": {"$ref": "../shared.yaml#/Plain"},
                    "example": {"type": "string", "example": {"$ref": "#/data/never/followed"}},
                },
            },
            "shared.yaml": {
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
                "Plain": {"type": "integer"},
            },
        },
    )
    result = bundle(load_document(spec), spec)
    schemas = result.document["components"]["schemas"]
    node = schemas["Node"]["properties"]
    assert node["children"]["items"] == {"$ref": "#/components/schemas/Node"}
    assert node["error"] == {"$ref": "#/components/schemas/Error"}
    assert node["default"] == {"type": "integer"}  # a property called "default" is no data keyword
    assert node["example"]["example"] == {"$ref": "#/data/never/followed"}
    assert schemas["Error"]["properties"]["message"] == {"type": "string"}
    schema = result.document["paths"]["/things"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert schema == {"$ref": "#/components/schemas/Node"}
    assert result.files == (
        spec,
        tmp_path / "api" / "schemas" / "node.yaml",
        tmp_path / "api" / "shared.yaml",
    )
    package = build_document(spec)
    assert "class Node(" in package.files["src/split_sdk/models.py"]


def test_a_document_without_file_references_is_returned_as_is(tmp_path: Path) -> None:
    document = _main(
        "#/components/schemas/A",
        schemas={"A": {"type": "string", "default": {"$ref": "data.yaml"}}},
    )
    result = bundle(document, tmp_path / "openapi.yaml")
    assert result.document is document and result.files == (tmp_path / "openapi.yaml",)


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("../outside.yaml", "the path leaves the spec's folder"),
        ("schemas/../../outside.yaml", "the path leaves the spec's folder"),
        ("/etc/passwd", "only relative paths inside the spec's folder"),
        ("C:/spec/x.yaml", "URLs are not followed"),
        ("schemas\\x.yaml", "only relative paths inside the spec's folder"),
        ("https://example.com/pet.yaml", "URLs are not followed"),
        ("file:///etc/passwd", "URLs are not followed"),
        ("//example.com/pet.yaml", "URLs are not followed"),
        ("link.yaml", "a symbolic link leads out of the spec's folder"),
        ("linkdir/x.yaml", "a symbolic link leads out of the spec's folder"),
        ("missing.yaml", "is not a file"),
        ("schemas", "only .json, .yaml and .yml files are followed"),
        ("dir.yaml", "is not a file"),
        (
            ".git-credentials",
            "only .json, .yaml and .yml files are followed, and no file or folder whose name starts with '.'",
        ),
        (".git/config", "no file or folder whose name starts with '.'"),
        (".secret.yaml", "no file or folder whose name starts with '.'"),
        ("schemas/../.hidden/x.yaml", "no file or folder whose name starts with '.'"),
        ("notes.txt", "only .json, .yaml and .yml files are followed"),
        ("dotlink.yaml", "no file or folder whose name starts with '.'"),
        ("shared.yaml#/Nope", "has nothing at #/Nope"),
        ("shared.yaml#Anchor", "only JSON-pointer fragments"),
    ],
)
def test_refused_references_name_the_file_and_pointer(
    tmp_path: Path, ref: str, message: str
) -> None:
    (tmp_path / "outside.yaml").write_text("type: string\n")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.yaml").write_text("type: string\n")
    spec = _write(
        tmp_path / "api",
        {
            "openapi.yaml": _main(ref),
            "shared.yaml": {"A": {"type": "string"}},
            "schemas/a.yaml": {"type": "string"},
        },
    )
    os.symlink(tmp_path / "outside.yaml", tmp_path / "api" / "link.yaml")
    os.symlink(tmp_path / "elsewhere", tmp_path / "api" / "linkdir")
    (tmp_path / "api" / "dir.yaml").mkdir()
    (tmp_path / "api" / ".git").mkdir()
    (tmp_path / "api" / ".git" / "config").write_text("type: string\n")
    (tmp_path / "api" / ".git-credentials").write_text("https://user:token@example.com\n")
    (tmp_path / "api" / ".secret.yaml").write_text("type: string\n")
    (tmp_path / "api" / "notes.txt").write_text("type: string\n")
    os.symlink(tmp_path / "api" / ".secret.yaml", tmp_path / "api" / "dotlink.yaml")
    with pytest.raises(SpecError) as error:
        bundle(load_document(spec), spec)
    assert error.value.file == spec
    assert (
        error.value.pointer == "/paths/~1things/get/responses/200/content/application~1json/schema"
    )
    assert message in error.value.message and repr(ref) in error.value.message


@pytest.mark.parametrize(
    "ref", [".git-credentials", ".gone", "secret.txt", "gone.txt", ".git/config", ".nothing/x.yaml"]
)
def test_a_refused_path_reads_the_same_whether_or_not_it_exists(tmp_path: Path, ref: str) -> None:
    messages = []
    for exists in (True, False):
        folder = tmp_path / str(exists) / "api"
        spec = _write(folder, {"openapi.yaml": _main(ref)})
        if exists:
            (folder / ref).parent.mkdir(parents=True, exist_ok=True)
            (folder / ref).write_text("type: string\n")
        with pytest.raises(SpecError) as error:
            bundle(load_document(spec), spec)
        assert error.value.file == spec
        messages.append((error.value.pointer, error.value.message))
    assert messages[0] == messages[1]


SECRET = "https://user:hunter2@example.com"


@pytest.mark.parametrize(
    ("where", "pointer"),
    [
        (
            {"info": {"title": "T", "version": "1", "description": {"$ref": "secret.yaml"}}},
            "/info/description",
        ),
        ({"info": {"title": {"$ref": "secret.yaml"}, "version": "1"}}, "/info/title"),
        ({"servers": [{"url": {"$ref": "secret.yaml"}}]}, "/servers/0/url"),
        ({"tags": [{"name": "a", "description": {"$ref": "secret.yaml"}}]}, "/tags/0/description"),
        ({"externalDocs": {"$ref": "secret.yaml"}}, "/externalDocs"),
        (
            {
                "components": {
                    "schemas": {"A": {"type": "string", "description": {"$ref": "secret.yaml"}}}
                }
            },
            "/components/schemas/A/description",
        ),
        (
            {
                "components": {
                    "schemas": {"A": {"type": "string", "title": {"$ref": "secret.yaml"}}}
                }
            },
            "/components/schemas/A/title",
        ),
        (
            {"components": {"responses": {"R": {"description": {"$ref": "secret.yaml"}}}}},
            "/components/responses/R/description",
        ),
        (
            {
                "components": {
                    "parameters": {
                        "P": {"name": "p", "in": "query", "description": {"$ref": "secret.yaml"}}
                    }
                }
            },
            "/components/parameters/P/description",
        ),
        (
            {
                "components": {
                    "schemas": {"A": {"type": "object", "discriminator": {"$ref": "secret.yaml"}}}
                }
            },
            "/components/schemas/A/discriminator",
        ),
    ],
)
def test_a_file_reference_outside_reference_places_is_refused(
    tmp_path: Path, where: dict[str, Any], pointer: str
) -> None:
    """``info: {description: {$ref: .git-credentials}}`` copied the file into the README."""
    document = {**_main("#/components/schemas/A", schemas={"A": {"type": "string"}}), **where}
    spec = _write(tmp_path / "api", {"openapi.yaml": document, "secret.yaml": {"token": SECRET}})
    with pytest.raises(SpecError) as error:
        bundle(load_document(spec), spec)
    assert error.value.file == spec and error.value.pointer == pointer
    assert (
        "followed only where OpenAPI allows a Reference Object or a Schema" in error.value.message
    )
    result = generate_cli(spec, tmp_path / "out")
    assert (
        result.returncode == 2 and f"{spec}#{pointer}: $ref 'secret.yaml'" in result.stderr
    ), result.stderr
    assert SECRET not in result.stdout + result.stderr and not (tmp_path / "out").exists()


def test_a_referenced_file_keeps_the_rule_and_data_stays_data(tmp_path: Path) -> None:
    """The place of a reference gives the kind of its target: inside a referenced schema, a
    ``description`` is no place for a reference either; ``x-`` extensions and example values
    are copied as written, never followed."""
    spec = _write(
        tmp_path / "api",
        {
            "openapi.yaml": _main("a.yaml"),
            "a.yaml": {
                "type": "object",
                "properties": {"b": {"type": "string", "description": {"$ref": "secret.yaml"}}},
            },
            "secret.yaml": {"token": SECRET},
        },
    )
    with pytest.raises(SpecError) as error:
        bundle(load_document(spec), spec)
    assert (
        error.value.file == tmp_path / "api" / "a.yaml"
        and error.value.pointer == "/properties/b/description"
    )
    spec = _write(
        tmp_path / "data",
        {
            "openapi.yaml": _main("a.yaml", examples={"E": {"$ref": "example.yaml"}}),
            "a.yaml": {
                "type": "string",
                "x-note": {"$ref": "secret.yaml"},
                "example": {"$ref": "secret.yaml"},
            },
            "example.yaml": {"summary": "s", "value": {"$ref": "secret.yaml"}},
            "secret.yaml": {"token": SECRET},
        },
    )
    result = bundle(load_document(spec), spec)
    assert (
        SECRET not in repr(result.document)
        and tmp_path / "data" / "secret.yaml" not in result.files
    )
    assert result.document["components"]["examples"]["E"] == {
        "summary": "s",
        "value": {"$ref": "secret.yaml"},
    }


def test_a_symlink_inside_the_folder_is_followed(tmp_path: Path) -> None:
    spec = _write(
        tmp_path / "api",
        {"openapi.yaml": _main("alias.yaml"), "schemas/a.yaml": {"type": "string"}},
    )
    os.symlink(tmp_path / "api" / "schemas" / "a.yaml", tmp_path / "api" / "alias.yaml")
    schema = bundle(load_document(spec), spec).document["paths"]["/things"]["get"]["responses"][
        "200"
    ]["content"]["application/json"]["schema"]
    assert schema == {"type": "string"}


def test_a_cycle_without_a_home_is_an_error_in_the_file_that_closes_it(tmp_path: Path) -> None:
    spec = _write(
        tmp_path / "api",
        {
            "openapi.yaml": _main("a.yaml"),
            "a.yaml": {"type": "object", "properties": {"b": {"$ref": "sub/b.yaml"}}},
            "sub/b.yaml": {"type": "array", "items": {"$ref": "../a.yaml"}},
        },
    )
    with pytest.raises(SpecError) as error:
        bundle(load_document(spec), spec)
    assert (
        error.value.file == tmp_path / "api" / "sub" / "b.yaml" and error.value.pointer == "/items"
    )
    assert "circular reference '../a.yaml'" in error.value.message


def test_bounds_on_files_bytes_and_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chain = {f"s{i}.yaml": {"type": "array", "items": {"$ref": f"s{i + 1}.yaml"}} for i in range(5)}
    spec = _write(
        tmp_path / "api", {"openapi.yaml": _main("s0.yaml"), **chain, "s5.yaml": {"type": "string"}}
    )
    assert bundle(load_document(spec), spec).files[-1] == tmp_path / "api" / "s5.yaml"

    monkeypatch.setattr(bundle_module, "MAX_FILES", 3)
    with pytest.raises(SpecError, match="more than 3 files referenced") as error:
        bundle(load_document(spec), spec)
    assert error.value.file == tmp_path / "api" / "s2.yaml" and error.value.pointer == "/items"
    monkeypatch.undo()

    monkeypatch.setattr(bundle_module, "MAX_FILE_BYTES", 40)
    (tmp_path / "api" / "s3.yaml").write_text("type: string\ndescription: " + "x" * 100 + "\n")
    with pytest.raises(SpecError, match="s3.yaml is larger than 40 bytes"):
        bundle(load_document(spec), spec)
    monkeypatch.undo()

    monkeypatch.setattr(bundle_module, "MAX_TOTAL_BYTES", 200)
    with pytest.raises(SpecError, match="exceed 200 bytes in all"):
        bundle(load_document(spec), spec)
    monkeypatch.undo()

    # A fan-out: each level refers to the next one ten times (10^4 copies of the last).
    fan = {
        f"f{i}.yaml": {
            "type": "object",
            "properties": {f"p{j}": {"$ref": f"f{i + 1}.yaml"} for j in range(10)},
        }
        for i in range(4)
    }
    spec = _write(
        tmp_path / "fan",
        {
            "openapi.yaml": _main("f0.yaml"),
            **fan,
            "f4.yaml": {"type": "string", "description": "leaf"},
        },
    )
    monkeypatch.setattr(bundle_module, "MAX_NODES", 5000)
    with pytest.raises(SpecError, match="copy more than 5000 values"):
        bundle(load_document(spec), spec)


def test_cli_exit_2_names_the_file_and_pointer(tmp_path: Path) -> None:
    spec = _write(
        tmp_path / "api",
        {
            "openapi.yaml": _main("./schemas/pet.yaml"),
            "schemas/pet.yaml": {"$ref": "../../secret.yaml"},
        },
    )
    result = generate_cli(spec, tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"error: {tmp_path / 'api' / 'schemas' / 'pet.yaml'}#/: $ref '../../secret.yaml': the path leaves the spec's folder"
    ), result.stderr
    assert not (tmp_path / "out").exists()


def test_a_change_in_a_referenced_file_regenerates(tmp_path: Path) -> None:
    """``generate --spec`` skips a run whose inputs are unchanged: every file read is an input."""
    spec = _write(
        tmp_path / "api",
        {
            "openapi.yaml": _main("thing.yaml"),
            "thing.yaml": {"type": "object", "properties": {"a": {"type": "string"}}},
        },
    )
    env = {**os.environ, "GENMEDIA_CACHE_DIR": str(tmp_path / "cache")}
    assert generate_cli(spec, tmp_path / "out", env=env).returncode == 0
    again = generate_cli(spec, tmp_path / "out", env=env)
    assert "unchanged" in again.stdout
    _write(
        tmp_path / "api",
        {"thing.yaml": {"type": "object", "properties": {"b": {"type": "integer"}}}},
    )
    third = generate_cli(spec, tmp_path / "out", env=env)
    assert third.returncode == 0 and "unchanged" not in third.stdout, third.stdout
    assert "b: int" in (tmp_path / "out" / "split" / "src" / "split_sdk" / "models.py").read_text()


def test_a_chain_of_files_each_within_the_depth_limit_is_too_deep_in_all(tmp_path: Path) -> None:
    """Each file is 140 levels deep (under the 150 a file may have); twelve of them in a chain
    crashed the recursive walk (RecursionError, exit 1). The depth counts across files."""

    def nested(levels: int, leaf: Any) -> Any:
        schema = leaf
        for _ in range(levels):
            schema = {"type": "array", "items": schema}
        return schema

    files = {f"f{i}.json": nested(140, {"$ref": f"f{i + 1}.json"}) for i in range(12)}
    folder = tmp_path / "api"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_text(json.dumps(data))
    (folder / "f12.json").write_text('{"type": "string"}')
    spec = _write(folder, {"openapi.yaml": _main("f0.json")})
    result = generate_cli(spec, tmp_path / "out")
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith(
        f"error: {folder / 'f1.json'}#/items/items/items: too deeply nested: more than 150 levels"
    ), result.stderr[:500]
    assert "Traceback" not in result.stderr
