"""Locality: a change to one operation's schemas changes the public signatures of that operation's
methods only (issue 16).

Each kind of local change a vendor makes is applied to a copy of a provider's spec (Krea's
vendor document and hand-written ones): an optional or a required property added to one request
body, an operation added (a copy of an existing one, so its schemas equal others') or removed, a
request or response enum widened, a description changed, a limit changed. Both versions are
generated into temporary folders, the second with the names lock the first one wrote (as
``generate`` does), and ``str(inspect.signature(...))`` of every method of every other operation,
sync and async, must be byte for byte the same. "Its schemas" are its inline schemas and the
components no other operation uses: changing a component several operations share changes them
all, by design.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import SPECS
from generator import pipeline
from generator.emit import formatting
from generator.normalize.names_lock import LOCK_FILE

pytestmark = pytest.mark.slow

PROVIDERS = ("krea", "hoox", "kiara", "kling")
HTTP = ("get", "put", "post", "delete", "patch")
PROBE = "locality-probe"

_SIGNATURES = r"""
import importlib, inspect, json, sys
package = importlib.import_module(sys.argv[1])
result = {}
for prefix, name in (("client", sys.argv[2]), ("async_client", sys.argv[3])):
    cls = getattr(package, name)
    client = cls(api_key="key", base_url="http://127.0.0.1:9")
    for attribute, member in inspect.getmembers(cls):
        if attribute.startswith("_") or attribute == "webhooks" or not hasattr(member, "func"):
            continue  # resources are cached properties
        resource = getattr(client, attribute)
        for method, function in inspect.getmembers(type(resource), inspect.isfunction):
            if not method.startswith("_"):
                result[f"{prefix}.{attribute}.{method}"] = str(inspect.signature(function))
print(json.dumps(result))
"""


# -- the spec as written ---------------------------------------------------------------------
def _load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _dump(path: Path, document: Any) -> None:
    path.write_text(
        (
            json.dumps(document)
            if path.suffix == ".json"
            else yaml.safe_dump(document, sort_keys=False)
        ),
        encoding="utf-8",
    )


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method, item[method]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/components/schemas/"):
            yield node["$ref"].rsplit("/", 1)[1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reach(document: dict[str, Any], node: Any) -> set[str]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    stack = list(_refs(node))
    while stack:
        name = stack.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            stack += _refs(schemas[name])
    return seen


def _owned(document: dict[str, Any], path: str, method: str) -> set[str]:
    """Components only this operation reaches."""
    users: dict[str, int] = {}
    everything = [op for _, _, op in _operations(document)] + [document.get("webhooks") or {}]
    for op in everything:
        for name in _reach(document, op):
            users[name] = users.get(name, 0) + 1
    mine = _reach(document, document["paths"][path][method])
    return {name for name in mine if users.get(name) == 1}


def _walk(
    document: dict[str, Any], schema: Any, owned: set[str], seen: set[str] | None = None
) -> Iterator[dict[str, Any]]:
    """Every schema object under ``schema``, through the components in ``owned``."""
    seen = set() if seen is None else seen
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[1]
            if name in owned and name not in seen:
                seen.add(name)
                yield from _walk(document, document["components"]["schemas"][name], owned, seen)
            return
        yield schema
        for key, value in schema.items():
            if key in ("properties", "patternProperties") and isinstance(value, dict):
                for child in value.values():
                    yield from _walk(document, child, owned, seen)
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                yield from _walk(document, value, owned, seen)
            elif key in ("allOf", "oneOf", "anyOf") and isinstance(value, list):
                for child in value:
                    yield from _walk(document, child, owned, seen)


def _bodies(op: dict[str, Any]) -> list[Any]:
    content = (
        ((op.get("requestBody") or {}).get("content") or {})
        if isinstance(op.get("requestBody"), dict)
        else {}
    )
    return [media.get("schema") for media in content.values() if isinstance(media, dict)]


def _responses(op: dict[str, Any]) -> list[Any]:
    return [
        media.get("schema")
        for status, response in (op.get("responses") or {}).items()
        if str(status).startswith("2") and isinstance(response, dict)
        for media in (response.get("content") or {}).values()
        if isinstance(media, dict)
    ]


# -- the changes: each edits one operation and returns it (path, method), or None if it cannot -
Change = Callable[[dict[str, Any], str, str], bool]


def _body_object(document: dict[str, Any], path: str, method: str) -> dict[str, Any] | None:
    owned = _owned(document, path, method)
    for schema in _bodies(document["paths"][path][method]):
        top = next(
            _walk(document, schema, owned), None
        )  # the body itself: its fields are arguments
        if (
            top is not None
            and isinstance(top.get("properties"), dict)
            and not (top.get("oneOf") or top.get("anyOf"))
        ):
            return top
    return None


def add_optional(document: dict[str, Any], path: str, method: str) -> bool:
    target = _body_object(document, path, method)
    if target is None:
        return False
    target["properties"]["locality_probe"] = {"type": "string", "description": "added"}
    return True


def add_required(document: dict[str, Any], path: str, method: str) -> bool:
    if not add_optional(document, path, method):
        return False
    target = _body_object(document, path, method)
    assert target is not None
    target["required"] = [*target.get("required", []), "locality_probe"]
    return True


def _widen(document: dict[str, Any], path: str, method: str, schemas: list[Any]) -> bool:
    owned = _owned(document, path, method)
    for schema in schemas:
        for node in _walk(document, schema, owned):
            values = node.get("enum")
            if (
                isinstance(values, list)
                and values
                and all(isinstance(v, str) for v in values if v is not None)
            ):
                node["enum"] = [*values, PROBE]
                return True
    return False


def widen_request_enum(document: dict[str, Any], path: str, method: str) -> bool:
    return _widen(
        document,
        path,
        method,
        _bodies(document["paths"][path][method])
        + [
            p.get("schema")
            for p in document["paths"][path][method].get("parameters") or []
            if isinstance(p, dict)
        ],
    )


def widen_response_enum(document: dict[str, Any], path: str, method: str) -> bool:
    return _widen(document, path, method, _responses(document["paths"][path][method]))


def change_description(document: dict[str, Any], path: str, method: str) -> bool:
    op = document["paths"][path][method]
    op["description"] = str(op.get("description") or "") + " Changed."
    target = _body_object(document, path, method)
    if target is not None:
        name = next(iter(target["properties"]))
        if isinstance(target["properties"][name], dict):
            target["properties"][name]["description"] = "Changed."
    return True


def change_limit(document: dict[str, Any], path: str, method: str) -> bool:
    owned = _owned(document, path, method)
    for schema in _bodies(document["paths"][path][method]):
        for node in _walk(document, schema, owned):
            for key in ("maxLength", "maximum", "maxItems"):
                if isinstance(node.get(key), int) and not isinstance(node[key], bool):
                    node[key] = node[key] + 1
                    return True
    return False


def add_operation(document: dict[str, Any], path: str, method: str) -> bool:
    """A copy of an operation with a body at a new path: its schemas equal existing ones."""
    op = document["paths"][path][method]
    if not _bodies(op):
        return False
    added = copy.deepcopy(op)
    if "operationId" in added:
        added["operationId"] = str(added["operationId"]) + "LocalityProbe"
    for key in [k for k in added if k.startswith("x-sdk-")]:
        del added[key]
    document["paths"][path.rstrip("/") + "/" + PROBE] = {method: added}
    return True


def remove_operation(document: dict[str, Any], path: str, method: str) -> bool:
    if not _bodies(document["paths"][path][method]):
        return False
    del document["paths"][path][method]
    if not any(m in document["paths"][path] for m in HTTP):
        del document["paths"][path]
    return True


CHANGES: dict[str, Change] = {
    "optional property added": add_optional,
    "required property added": add_required,
    "operation added": add_operation,
    "operation removed": remove_operation,
    "request enum widened": widen_request_enum,
    "response enum widened": widen_response_enum,
    "description changed": change_description,
    "limit changed": change_limit,
}


# -- generation --------------------------------------------------------------------------------
def _generate(specs: Path, provider: str, out: Path) -> dict[str, str]:
    """Generate ``provider`` into ``out`` (unformatted: black changes no signature) and write
    the names lock back, as ``generate`` does; return the signatures of every method."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "format_files", formatting.unformatted)
        package = pipeline.build_provider(specs, provider)
    for relative, text in package.files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    assert package.names_lock is not None
    if package.names_lock_text:
        package.names_lock.write_text(package.names_lock_text, encoding="utf-8")
    config = yaml.safe_load((specs / provider / "sdk.yaml").read_text(encoding="utf-8"))
    module = config.get("package_name") or f"{provider}_sdk"
    client = str(config["client_class"])
    run = subprocess.run(
        [sys.executable, "-c", _SIGNATURES, module, client, "Async" + client],
        cwd=out,
        env={"PYTHONPATH": str(out / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    signatures: dict[str, str] = json.loads(run.stdout)
    return signatures


def _methods_of(document: dict[str, Any], path: str, method: str) -> set[str]:
    """The method names (``videos.kling_1``) of an operation in a normalized document."""
    op = (document.get("paths") or {}).get(path, {}).get(method)
    if not isinstance(op, dict):
        return set()
    resource, name = op["x-sdk-resource"], op["x-sdk-method"]
    names = {
        name,
        *(
            str(flat.get("name"))
            for flat in op.get("x-sdk-flat-methods") or []
            if isinstance(flat, dict)
        ),
    }
    return {
        f"{resource}.{n}{suffix}" for n in names for suffix in ("", "_and_wait", "_pages", "_all")
    }


def _shapes(document: dict[str, Any], path: str, method: str) -> set[str]:
    """The enums and objects of an operation's own schemas, as text."""
    op = document["paths"][path][method]
    owned = _owned(document, path, method)
    return {
        json.dumps(node, sort_keys=True)
        for schema in _bodies(op)
        + _responses(op)
        + [p.get("schema") for p in op.get("parameters") or [] if isinstance(p, dict)]
        for node in _walk(document, schema, owned)
        if "enum" in node or "properties" in node
    }


def _candidates(folder: Path, document: dict[str, Any]) -> list[tuple[str, str]]:
    """Operations that no overlay action names by its path, those sharing the most schemas with
    other operations first (where a merged model's name could leak or move), then in document
    order."""
    overlay = "".join(p.read_text(encoding="utf-8") for p in folder.glob("overlay*.yaml"))
    found = [
        (path, method)
        for path, method, _ in _operations(document)
        if f"'{path}'" not in overlay and f'"{path}"' not in overlay
    ]
    shapes = {key: _shapes(document, *key) for key in found}
    counts: dict[str, int] = {}
    for texts in shapes.values():
        for text in texts:
            counts[text] = counts.get(text, 0) + 1
    score = {key: sum(1 for text in texts if counts[text] > 1) for key, texts in shapes.items()}
    return sorted(found, key=lambda key: -score[key])


@pytest.fixture(scope="module")
def base(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[Path, dict[str, str], dict[str, Any]]]:
    """Each provider generated once from a copy of its folder (which then holds the lock)."""
    result = {}
    for provider in PROVIDERS:
        root = tmp_path_factory.mktemp(f"base-{provider}")
        shutil.copytree(SPECS / provider, root / "specs" / provider)
        (root / "specs" / provider / LOCK_FILE).unlink(missing_ok=True)
        signatures = _generate(root / "specs", provider, root / "out")
        normalized = json.loads((root / "out" / "openapi.json").read_text(encoding="utf-8"))
        result[provider] = (root / "specs", signatures, normalized)
    return result


Base = dict[str, tuple[Path, dict[str, str], dict[str, Any]]]


@pytest.mark.parametrize("kind", list(CHANGES))
@pytest.mark.parametrize("provider", PROVIDERS)
def test_local_change_moves_only_its_operation(
    provider: str, kind: str, base: Base, tmp_path: Path
) -> None:
    _check_locality(provider, kind, None, base, tmp_path)


# The cases of the issue: removing Kling 1.0 renamed the aspect ratio of Kling 1.5, 2, 2.5, O1,
# Veo 3 Fast…; a status added to one response's enum renamed ``JobStatus`` and ``Job`` everywhere.
ISSUE_CASES = [
    ("operation removed", "/generate/video/kling/kling-1", "post"),
    ("request enum widened", "/generate/video/kling/kling-1", "post"),
    ("response enum widened", "/jobs", "get"),
    # The overlay makes the list items, node-app jobs and the webhook reference GET /jobs/{id}'s
    # response: widening its status changes the shape of `Job`, renames nothing.
    ("response enum widened", "/jobs/{id}", "get"),
    ("response enum widened", "/generate/image/bfl/flux-1-dev", "post"),
]


@pytest.mark.parametrize(("kind", "path", "method"), ISSUE_CASES)
def test_krea_cases_of_the_issue(
    kind: str, path: str, method: str, base: Base, tmp_path: Path
) -> None:
    _check_locality("krea", kind, (path, method), base, tmp_path)


def _check_locality(
    provider: str, kind: str, target: tuple[str, str] | None, base: Base, tmp_path: Path
) -> None:
    specs, before, normalized = base[provider]
    folder = tmp_path / "specs" / provider
    shutil.copytree(specs / provider, folder)
    config = yaml.safe_load((folder / "sdk.yaml").read_text(encoding="utf-8"))
    spec_file = folder / str(config.get("spec") or "openapi.yaml")
    document = _load(spec_file)
    candidates = [target] if target is not None else _candidates(folder, document)
    touched = next(
        ((path, method) for path, method in candidates if CHANGES[kind](document, path, method)),
        None,
    )
    if touched is None:
        assert target is None, f"{kind} does not apply to {target}"
        pytest.skip(f"{provider}: no operation owns a schema this change applies to")
    _dump(spec_file, document)
    after = _generate(tmp_path / "specs", provider, tmp_path / "out")
    mine = {
        f"{prefix}.{name}"
        for prefix in ("client", "async_client")
        for name in _methods_of(normalized, *touched)
    }
    probe_path = touched[0].rstrip("/") + "/" + PROBE
    added = json.loads((tmp_path / "out" / "openapi.json").read_text(encoding="utf-8"))
    mine |= {
        f"{prefix}.{name}"
        for prefix in ("client", "async_client")
        for name in _methods_of(added, probe_path, touched[1])
    }
    others_before = {k: v for k, v in before.items() if k not in mine}
    others_after = {k: v for k, v in after.items() if k not in mine}
    assert others_after.keys() == others_before.keys()
    changed = {
        k: (others_before[k], others_after[k])
        for k in others_before
        if others_before[k] != others_after[k]
    }
    assert (
        not changed
    ), f"{kind} at {touched} changed other methods: {json.dumps(changed, indent=1)[:4000]}"
    if kind == "operation added":
        assert any(k not in before for k in after), "the copied operation has a method"
    if kind in ("optional property added", "required property added", "operation removed"):
        assert any(
            before.get(k) != after.get(k) for k in mine
        ), f"the change reached its own methods: {touched} {sorted(mine)}"


def test_krea_job_copies_the_overlay_replaces_are_still_equal_to_the_job() -> None:
    """The overlay replaces the vendor's inline copies of the job (the ``/jobs`` list items, the
    jobs ``POST /node-apps/{id}/execute`` starts) by references to ``GET /jobs/{id}``'s response,
    so that one ``Job`` changes shape instead of being renamed. That is right only while the
    vendor's copies are equal to it: a vendor document whose copies differ fails here, and the
    overlay must be revisited instead of silently dropping the vendor's change."""
    document = json.loads((SPECS / "krea" / "openapi.json").read_text(encoding="utf-8"))
    schema = ("responses", "200", "content", "application/json", "schema")

    def at(path: str, method: str) -> Any:
        node = document["paths"][path][method]
        for key in schema:
            node = node[key]
        return node

    job = at("/jobs/{id}", "get")
    assert at("/jobs", "get")["properties"]["items"]["items"] == job
    assert at("/node-apps/{id}/execute", "post")["items"] == job
