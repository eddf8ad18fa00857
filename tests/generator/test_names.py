"""Model names a person would write, and the names lock that keeps them (issue 16).

The rules are in :mod:`generator.normalize.site_names`; the memory in
:mod:`generator.normalize.names_lock`. These tests state them on small documents, then check
every committed package against them.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.naming import operation_prefix
from generator.normalize import normalize
from generator.normalize.names_lock import LOCK_FILE, NameMemory, parse_lock

ROOT = Path(__file__).resolve().parents[2]
FILE = Path("spec.yaml")
PROVIDERS = ("hoox", "kiara", "kling", "krea", "vtrix")


def doc(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths, **extra}


def post(body: Any, response: Any = None, *, name: str) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "x-sdk-resource": "videos",
        "x-sdk-method": name,
        "requestBody": {"content": {"application/json": {"schema": copy.deepcopy(body)}}},
    }
    operation["responses"] = (
        {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": copy.deepcopy(response)}},
            }
        }
        if response
        else {"204": {"description": "ok"}}
    )
    return operation


def camera(*fields: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "camera": {"type": "object", "properties": {f: {"type": "number"} for f in fields}}
        },
    }


def generate(
    document: dict[str, Any], memory: NameMemory | None = None
) -> tuple[dict[str, Any], NameMemory]:
    memory = memory if memory is not None else NameMemory()
    result = normalize(document, FILE, [], memory)
    return result, memory


def names(document: dict[str, Any]) -> set[str]:
    return set(document["components"]["schemas"])


def body_ref(document: dict[str, Any], path: str, prop: str) -> str:
    schema = document["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return str(body["properties"][prop]["$ref"].rsplit("/", 1)[1])


# -- the rules ---------------------------------------------------------------------------------
def test_a_name_once_given_stays_with_its_shape_when_a_rival_arrives() -> None:
    first, memory = generate(
        doc(
            {
                "/a": {"post": post(camera("x"), name="a")},
                "/b": {"post": post(camera("x"), name="b")},
            }
        )
    )
    assert body_ref(first, "/a", "camera") == body_ref(first, "/b", "camera") == "Camera"
    # A new operation wants ``Camera`` for another shape: the published one keeps it.
    later, _ = generate(
        doc(
            {
                "/a": {"post": post(camera("x"), name="a")},
                "/b": {"post": post(camera("x"), name="b")},
                "/c": {"post": post(camera("y"), name="c")},
            }
        ),
        NameMemory(previous=memory.given),
    )
    assert body_ref(later, "/a", "camera") == body_ref(later, "/b", "camera") == "Camera"
    assert body_ref(later, "/c", "camera") == "VideoCRequestCamera"


def test_without_memory_the_most_used_shape_gets_a_contended_name() -> None:
    paths = {
        "/a": {"post": post(camera("x"), name="a")},
        "/b": {"post": post(camera("x"), name="b")},
        "/c": {"post": post(camera("y"), name="c")},
    }
    first, _ = generate(doc(paths))
    assert [body_ref(first, p, "camera") for p in ("/a", "/b", "/c")] == [
        "Camera",
        "Camera",
        "VideoCRequestCamera",
    ]
    reordered, _ = generate(doc(dict(reversed(list(paths.items())))))  # not by document order
    assert [body_ref(reordered, p, "camera") for p in ("/a", "/b", "/c")] == [
        "Camera",
        "Camera",
        "VideoCRequestCamera",
    ]


def test_without_memory_a_tied_name_goes_to_no_one_and_stays_so() -> None:
    document = doc(
        {"/a": {"post": post(camera("x"), name="a")}, "/c": {"post": post(camera("y"), name="c")}}
    )
    first, memory = generate(document)
    assert (body_ref(first, "/a", "camera"), body_ref(first, "/c", "camera")) == (
        "VideoARequestCamera",
        "VideoCRequestCamera",
    )
    # The rival goes away: the survivor keeps the name it was published with.
    later, _ = generate(
        doc({"/a": {"post": post(camera("x"), name="a")}}), NameMemory(previous=memory.given)
    )
    assert body_ref(later, "/a", "camera") == "VideoARequestCamera"
    # A first generation of the same document names it by its property.
    fresh, _ = generate(doc({"/a": {"post": post(camera("x"), name="a")}}))
    assert body_ref(fresh, "/a", "camera") == "Camera"


def test_a_title_always_wins_and_names_never_carry_another_operations_name() -> None:
    titled = {"type": "object", "title": "Lens", "properties": {"mm": {"type": "number"}}}
    document = doc(
        {
            "/a": {
                "post": post(
                    {"type": "object", "properties": {"lens": titled}},
                    {"type": "object", "properties": {"id": {"type": "string"}}},
                    name="a",
                )
            },
            "/b": {
                "post": post(
                    {
                        "type": "object",
                        "properties": {"lens": {k: v for k, v in titled.items() if k != "title"}},
                    },
                    {"type": "object", "properties": {"id": {"type": "string"}}},
                    name="b",
                )
            },
        }
    )
    result, _ = generate(document)
    assert body_ref(result, "/a", "lens") == body_ref(result, "/b", "lens") == "Lens"
    # Equal untitled responses of two operations: each its own, named after its own operation.
    responses = {
        path: result["paths"][path]["post"]["responses"]["200"]["content"]["application/json"][
            "schema"
        ]["$ref"]
        for path in ("/a", "/b")
    }
    assert responses == {
        "/a": "#/components/schemas/VideoAResponse",
        "/b": "#/components/schemas/VideoBResponse",
    }


def test_enums_stay_inline_unions_of_one_model_are_not_named_and_tags_name_variants() -> None:
    variant = lambda tag, field: {
        "type": "object",
        "properties": {"type": {"const": tag}, field: {"type": "string"}},
    }  # noqa: E731
    body = {
        "type": "object",
        "properties": {
            "ratio": {"type": "string", "enum": ["1:1", "16:9"]},
            "error": {
                "anyOf": [
                    {"type": "object", "properties": {"code": {"type": "string"}}},
                    {"type": "null"},
                ]
            },
            "move": {"oneOf": [variant("pan", "speed"), variant("zoom", "factor")]},
        },
    }
    result, _ = generate(doc({"/a": {"post": post(body, name="a")}}))
    assert names(result) == {"VideoARequest", "Error", "Move", "MovePan", "MoveZoom"}
    request = result["components"]["schemas"]["VideoARequest"]["properties"]
    assert request["ratio"]["enum"] == ["1:1", "16:9"]  # Literal["1:1", "16:9"] in the signature
    assert request["error"]["anyOf"][1] == {"type": "null"}  # Error | None, no Error2


def test_the_lock_is_deterministic_and_checked(tmp_path: Path) -> None:
    _, memory = generate(doc({"/a": {"post": post(camera("x"), name="a")}}))
    text = memory.text()
    assert text == generate(doc({"/a": {"post": post(camera("x"), name="a")}}))[1].text()
    assert parse_lock(text, FILE) == memory.given
    assert NameMemory().text() == ""  # no names given: no file
    for bad, pointer in (
        ("[]", ""),
        ('{"version": 1, "names": {"A": {"shape": "zz"}}}', "/names/A"),
        ('{"version": 1, "names": {"1A": {"shape": "0123456789abcdef"}}}', "/names/1A"),
    ):
        with pytest.raises(SpecError) as caught:
            parse_lock(bad, tmp_path / LOCK_FILE)
        assert caught.value.pointer == pointer


def test_generate_writes_the_lock_and_check_only_reports_it(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "specs" / "hoox", tmp_path / "specs" / "hoox")
    lock = tmp_path / "specs" / "hoox" / LOCK_FILE
    committed = lock.read_text(encoding="utf-8")
    lock.unlink()
    env = {**os.environ, "GENMEDIA_CACHE_DIR": str(tmp_path / "cache")}
    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--specs",
        str(tmp_path / "specs"),
        "--out",
        str(tmp_path / "out"),
        "hoox",
    ]
    check = subprocess.run(
        [*command, "--check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert check.returncode == 1 and f"stale: {lock}" in check.stdout
    assert not lock.exists()  # --check writes nothing
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert lock.read_text(encoding="utf-8") == committed
    again = subprocess.run(
        [*command, "--check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0 and "up to date" in again.stdout


# -- every committed package -------------------------------------------------------------------
def _document(provider: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(
        (ROOT / "generated" / provider / "openapi.json").read_text(encoding="utf-8")
    )
    return result


def _reach(schemas: dict[str, Any], node: Any) -> set[str]:
    seen: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.rsplit("/", 1)[1] not in seen:
                seen.add(ref.rsplit("/", 1)[1])
                stack.append(schemas.get(ref.rsplit("/", 1)[1]))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return seen


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_type_carries_another_operations_name(provider: str) -> None:
    document = _document(provider)
    schemas = document["components"]["schemas"]
    operations = [
        (op, operation_prefix(op["x-sdk-resource"], op["x-sdk-method"]))
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "x-sdk-resource" in op
    ]
    stems = ("Request", "Response", "Error", "Params", "Form")
    for op, prefix in operations:
        for name in _reach(
            schemas,
            {k: v for k, v in op.items() if k in ("parameters", "requestBody", "responses")},
        ):
            others = [
                p
                for _, p in operations
                if p != prefix and any(name.startswith(p + stem) for stem in stems)
            ]
            assert not others, f"{prefix} uses {name}, named after {others}"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_numbered_duplicates(provider: str) -> None:
    schemas = set(_document(provider)["components"]["schemas"])
    numbered = [
        name
        for name in schemas
        if (m := re.fullmatch(r"(.*[A-Za-z])(\d+)", name)) and m.group(1) in schemas
    ]
    assert not numbered


def test_krea_does_not_balloon() -> None:
    """Stability by locality, not by copying every inline schema (a peer makes 594 models)."""
    assert len(_document("krea")["components"]["schemas"]) <= 131


def test_a_default_kept_at_the_use_site_is_part_of_the_shape() -> None:
    def body(default: str) -> dict[str, Any]:
        lens = {
            "type": "object",
            "properties": {"mm": {"type": "number"}},
            "default": {"mm": float(len(default))},
        }
        return {
            "type": "object",
            "properties": {"options": {"type": "object", "properties": {"lens": lens}}},
        }

    result, _ = generate(
        doc({"/a": {"post": post(body("a"), name="a")}, "/b": {"post": post(body("bb"), name="b")}})
    )
    schemas = result["components"]["schemas"]
    a, b = body_ref(result, "/a", "options"), body_ref(result, "/b", "options")
    assert a != b  # not merged: one of them would lose its default
    assert {
        schemas[a]["properties"]["lens"]["default"]["mm"],
        schemas[b]["properties"]["lens"]["default"]["mm"],
    } == {1.0, 2.0}
