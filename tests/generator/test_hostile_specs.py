"""Hostile specs: whatever text a spec holds, the generated package compiles, importing it runs
nothing that came from the spec, and nothing is written outside the output directory.

Hypothesis builds tiny documents whose names, descriptions, enum values, defaults, examples,
titles, tags, paths and server URLs are drawn from quotes, triple quotes, backslashes, newlines,
``{{ }}`` and other Jinja syntax, Python keywords, unicode, path separators, ``..``, NUL and
control characters, and payloads that would write a sentinel file if they were ever executed
(as Python when the package is imported, or as Jinja when it is rendered).

Each example runs the whole pipeline in memory (``build_files`` on a ``ProviderSource``, the
same as ``generate --spec``), writes the package with the real writer into a sandbox, compiles
every ``.py`` file, imports the package in this process (building both clients, every resource
and the models) and checks the sentinel and the sandbox.

Two more properties (issue 14) draw documents that try to make the generator read outside
files (every reference-like keyword, wherever it may sit, naming files, URLs and bare names
that exist or not) or to exhaust it (deep nesting, YAML alias and merge-key bombs, recursive
aliases, huge integers, non-JSON YAML values, backtracking patterns): each must be refused
with ``file#pointer`` at the offending place, the same whether a target exists or not, and no
outside content may appear anywhere.

A targeted property (``odd_documents``) draws odd but schema-valid corners: patterns of other
regex dialects, every ``format``, enum/const/default/example values of every JSON type (NaN,
infinities, -0.0, huge integers) that contradict their schema, odd and huge names (bidi, NUL,
CRLF, names pydantic or the models module use), boolean schemas, nullable and union
combinations, discriminators, recursive schemas, parameters in every location and style, and
every kind of security scheme. What it found is pinned as example tests in
``test_untrusted_input.py``.

Budgets are per property (``@budget(n)``, tests/fuzzing.py): ``make test`` draws the same
examples on every run (the derandomized ``ci`` profile of tests/conftest.py); ``make fuzz``
draws twenty times as many at random. So the payloads are the same text on every machine (the
sentinel is a relative name) and a package is named by its document, not by a counter.

A document the generator refuses with a ``GeneratorError`` (a message naming the file and JSON
pointer) is an acceptable outcome; any other exception is a bug. Bugs already known are
``xfail(strict=True)`` reproducers at the end, and the strategies avoid them so the properties
keep testing everything else.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import keyword
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import black
import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: pyproject.toml is not parsed back
    tomllib = None
from hypothesis import assume, event, given
from hypothesis import strategies as st

import generator.emit.formatting
import generator.pipeline
from generator.emit.stable import is_black_stable
from generator.spec.defaults import config_from_document, default_name
from generator.errors import GeneratorError, SpecError, to_pointer
from generator.spec.loading import parse_document
from generator.spec.sources import ProviderSource
from generator.spec.validation import validate_openapi
from generator.output.writer import write_tree
from fuzzing import budget
from tool_markers import document_text, tool_markers

# Executed as Python or Jinja, any payload below creates this file in the working directory: the
# sandbox while generating and importing (a relative name keeps the payloads the same text on
# every machine, so a derandomized run draws the same documents everywhere).
SENTINEL = Path("genmedia-hostile-sentinel")
_WRITE = f"__import__('pathlib').Path({str(SENTINEL)!r}).write_text('pwned')"
PAYLOADS = [
    f'"""\n{_WRITE}\n"""',
    f"'''\n{_WRITE}\n'''",
    f'"""; {_WRITE}; """',
    f"'; {_WRITE}; '",
    f'"; {_WRITE}; "',
    f'\\"""\n{_WRITE}\n#',
    f"\n{_WRITE}\n",
    f"\r{_WRITE}\r",
    f"\\\n{_WRITE}",
    f'x"""\n{_WRITE}\n"""',
    f"{{{_WRITE}}}",  # an f-string field
    f"{{{{ cycler.__init__.__globals__.os.popen('touch {SENTINEL}').read() }}}}",
    f"{{% set x = cycler.__init__.__globals__.os.popen('touch {SENTINEL}').read() %}}",
    f"]\n{_WRITE}\n#",
    f")\n{_WRITE}\n#",
    f"*/ {_WRITE}",
]
FRAGMENTS = [
    '"""',
    "'''",
    '"',
    "'",
    "\\",
    "\\\\",
    '\\"',
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x7f",
    "\u0085",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "\U0001f600",
    "é",
    "日本語",
    "長い説明" * 12,  # 48 characters, 96 columns: black measures wide characters as two
    "Ω",
    "ǅ",
    "ﬁ",
    "١٢",
    "{{",
    "}}",
    "{{ x }}",
    "{%",
    "%}",
    "{% raw %}",
    "{% endraw %}",
    "{#",
    "#}",
    "{",
    "}",
    "${x}",
    "%s",
    "%(x)s",
    "{0}",
    "..",
    "../",
    "/..",
    "../../etc/passwd",
    "/",
    "//",
    "\\..\\",
    "C:\\x",
    "~",
    "./",
    "#",
    "?",
    "&",
    "=",
    "%2e%2e%2f",
    "%00",
    "`",
    "```",
    "|",
    "<script>",
    "<!--",
    "-->",
    "[x](javascript:alert(1))",
    "*",
    "_",
    "__",
    "__init__",
    "__class__",
    "class",
    "def",
    "None",
    "True",
    "False",
    "import",
    "lambda",
    "from",
    "async",
    "await",
    "match",
    "type",
    "_",
    "self",
    "cls",
    "print",
    "id",
    "list",
    "models",
    "httpx",
    "cast",
    "Any",
    "NOT_GIVEN",
    "NotGiven",
    "timeout",
    "extra_body",
    "_client",
    "request",
    "with_raw_response",
    "Field",
    "BaseModel",
    "MISSING",
    "str",
    "int",
    "0",
    "1e9",
    "-",
    ".",
    " ",
]

text_fragments = st.sampled_from(FRAGMENTS)
payloads = st.sampled_from(PAYLOADS)
random_text = st.text(max_size=12)  # lone surrogates included: the loader replaces them
hostile_text = st.one_of(
    payloads,
    text_fragments,
    st.lists(st.one_of(text_fragments, payloads, random_text), min_size=1, max_size=4).map("".join),
    random_text,
)
# A tag names a resource module file: a very long one hits a known bug (test_very_long_tag).
tags = hostile_text.map(lambda s: s[:150])
# Schema names are limited by the OpenAPI schema to [a-zA-Z0-9._-]+.
schema_names = st.one_of(
    st.sampled_from(
        [
            "..",
            ".",
            "-",
            "_",
            "0",
            "1a",
            "class",
            "None",
            "self",
            "models",
            "Field",
            "BaseModel",
            "Any",
            "__init__",
            "a..b",
            "Item",
            "item",
            "ITEM",
            "Item-2",
            "Item.2",
        ]
    ),
    st.from_regex(r"\A[a-zA-Z0-9._-]{1,12}\Z"),
)
json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        hostile_text,
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=6,
)


def _property(draw: st.DrawFn, version: str) -> dict[str, Any]:
    kind = draw(
        st.sampled_from(["string", "enum", "integer", "number", "boolean", "array", "const", "ref"])
    )
    schema: dict[str, Any]
    if kind == "enum":
        values = draw(st.lists(hostile_text, min_size=1, max_size=4, unique=True))
        schema = {"type": "string", "enum": values}
        if draw(st.booleans()):
            schema["default"] = draw(st.sampled_from(values))
    elif kind == "const":
        schema = (
            {"const": draw(hostile_text)}
            if version == "3.1.0"
            else {"type": "string", "enum": [draw(hostile_text)]}
        )
    elif kind == "integer":
        schema = {
            "type": "integer",
            "minimum": draw(st.integers(-(2**40), 0)),
            "default": draw(st.integers(0, 2**40)),
        }
    elif kind == "number":
        schema = {"type": "number", "default": draw(st.floats(-1e6, 1e6))}
    elif kind == "boolean":
        schema = {"type": "boolean", "default": draw(st.booleans())}
    elif kind == "array":
        schema = {
            "type": "array",
            "items": {
                "type": "string",
                "enum": draw(st.lists(hostile_text, min_size=1, max_size=3, unique=True)),
            },
        }
    elif kind == "ref":
        schema = {"$ref": "#/components/schemas/Thing"}
    else:
        schema = {"type": "string", "maxLength": 100}
        if draw(st.booleans()):
            schema["default"] = draw(hostile_text)
        if draw(st.booleans()):
            # Mostly invalid as a regex: refused with a SpecError naming its place.
            schema["pattern"] = draw(
                st.sampled_from(["^[a-z]*$", "^[a-z]*$", "^[a-z]*$"]) | hostile_text
            )
    if kind != "ref":
        if draw(st.booleans()):
            schema["description"] = draw(hostile_text)
        if draw(st.booleans()):
            schema["title"] = draw(hostile_text)
        if draw(st.booleans()):
            if version == "3.1.0" and draw(st.booleans()):
                schema["examples"] = [draw(json_values)]
            else:
                schema["example"] = draw(json_values)
    return schema


def _no_template(text: str) -> str:
    """Braces would make a segment a path template; the text stays hostile otherwise."""
    return text.replace("{", "(").replace("}", ")")


def _path(draw: st.DrawFn, parameter: str | None) -> str:
    segment = hostile_text.map(_no_template)  # without an operationId, these name the method
    segments = draw(
        st.lists(
            st.one_of(segment, st.sampled_from(["items", "v1", "..", "."])), min_size=1, max_size=3
        )
    )
    path = "/" + "/".join(segments)
    if parameter is not None:
        path += "/{" + parameter + "}"
    return path


@st.composite
def hostile_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A one- or two-operation document with hostile text in every free-text or name slot."""
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    properties = draw(st.lists(hostile_text, min_size=1, max_size=4, unique=True))
    thing_name = draw(schema_names)
    thing: dict[str, Any] = {
        "type": "object",
        "description": draw(hostile_text),
        "properties": {name: _property(draw, version) for name in properties},
    }
    required = draw(st.lists(st.sampled_from(sorted(properties)), max_size=2, unique=True))
    if required:  # OpenAPI 3.0 forbids an empty list
        thing["required"] = required
    if draw(st.booleans()):
        thing["title"] = draw(hostile_text)
    # ``$ref: Thing`` properties point at a small safe schema so recursion stays optional.
    schemas: dict[str, Any] = {
        thing_name: thing,
        "Thing": {
            "type": "object",
            "properties": {"v": {"type": "string", "description": draw(hostile_text)}},
        },
    }
    if thing_name == "Thing":
        schemas["Thing"] = thing
    path_parameter = (
        draw(hostile_text.map(lambda s: _no_template(s).replace("/", "|") or "id"))
        if draw(st.booleans())
        else None
    )
    parameters: list[dict[str, Any]] = []
    if path_parameter is not None:
        parameters.append(
            {
                "name": path_parameter,
                "in": "path",
                "required": True,
                "schema": {"type": "string"},
                "description": draw(hostile_text),
            }
        )
    for name in draw(st.lists(hostile_text, max_size=3, unique=True)):
        if name == path_parameter:
            continue
        location = draw(st.sampled_from(["query", "header", "cookie"]))
        parameter = {
            "name": name,
            "in": location,
            "schema": _property(draw, version),
            "description": draw(hostile_text),
        }
        if location == "query":  # the styles table of the generated method carries the name too
            parameter.update(
                draw(
                    st.sampled_from(
                        [
                            {},
                            {"explode": False},
                            {"style": "pipeDelimited", "explode": False},
                            {"style": "deepObject", "explode": True},
                        ]
                    )
                )
            )
        parameters.append(parameter)
    method = draw(st.sampled_from(["get", "post", "put", "patch", "delete"]))
    named = draw(st.booleans())
    operation: dict[str, Any] = {
        "operationId": draw(hostile_text),
        "tags": [draw(tags)],
        "summary": draw(hostile_text),
        "description": draw(hostile_text),
        "parameters": parameters,
        "responses": {
            "200": {
                "description": draw(hostile_text),
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{thing_name}"},
                        "example": draw(json_values),
                    }
                },
            },
            "default": {"description": draw(hostile_text)},
        },
    }
    if not named:
        del operation["operationId"]
    if method in ("post", "put", "patch"):
        media = draw(
            st.sampled_from(
                ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]
            )
        )
        operation["requestBody"] = {
            "required": draw(st.booleans()),
            "content": {media: {"schema": {"$ref": f"#/components/schemas/{thing_name}"}}},
        }
    document: dict[str, Any] = {
        "openapi": version,
        "info": {
            "title": draw(hostile_text),
            "version": draw(hostile_text),
            "description": draw(hostile_text),
        },
        "servers": [
            {
                "url": draw(
                    st.one_of(
                        hostile_text,
                        hostile_text.map(lambda s: "https://api.example.com/" + s),
                        hostile_text.map(lambda s: "https://" + s),
                    )
                ),
                "description": draw(hostile_text),
            }
        ],
        "tags": [{"name": operation["tags"][0], "description": draw(hostile_text)}],
        "paths": {_path(draw, path_parameter): {method: operation}},
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                draw(schema_names): {
                    "type": "apiKey",
                    "in": draw(st.sampled_from(["header", "query", "cookie"])),
                    "name": draw(hostile_text),
                    "description": draw(hostile_text),
                }
            },
        },
    }
    document["security"] = [{name: []} for name in document["components"]["securitySchemes"]]
    if version == "3.1.0" and draw(st.booleans()):
        document["webhooks"] = {
            draw(hostile_text): {
                "post": {
                    "description": draw(hostile_text),
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{thing_name}"}
                            }
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    if draw(st.booleans()):
        # A second operation on another path, to make names collide.
        document["paths"]["/" + draw(st.sampled_from(["items", "..", "a/../b", "x"]))] = {
            "get": {
                "operationId": draw(hostile_text),
                "tags": [draw(tags)],
                "responses": {"204": {"description": draw(hostile_text)}},
            }
        }
    return document


# -- the checks --------------------------------------------------------------------------------------

_counter = iter(range(10**9))


@contextmanager
def sandbox(formatted: bool) -> Iterator[Path]:
    """A scratch folder as the working directory, with the formatter's cache inside it."""
    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    old_cwd, old_cache, old_format = (
        os.getcwd(),
        os.environ.get("GENMEDIA_CACHE_DIR"),
        generator.pipeline.format_files,
    )
    os.chdir(folder)
    os.environ["GENMEDIA_CACHE_DIR"] = str(folder / "cache")
    if not formatted:
        generator.pipeline.format_files = (
            generator.emit.formatting.unformatted
        )  # black is ~90% of the time of a tiny spec
    try:
        yield folder
    finally:
        os.chdir(old_cwd)
        if old_cache is None:
            os.environ.pop("GENMEDIA_CACHE_DIR", None)
        else:
            os.environ["GENMEDIA_CACHE_DIR"] = old_cache
        generator.pipeline.format_files = old_format
        shutil.rmtree(folder, ignore_errors=True)


_SAFE_PATH = re.compile(r"\A(?!/)[A-Za-z0-9_.\-]+(/[A-Za-z0-9_.\-]+)*\Z")


def run_hostile(document: dict[str, Any], formatted: bool = False, loaded: bool = True) -> str:
    """Generate, write, compile and import ``document``; return what happened (for statistics).

    The document goes through JSON text and the loader, as a file given to ``generate --spec``
    would (that is where lone surrogates and NaN are dealt with), unless ``loaded`` is false:
    then the pipeline gets it as built in memory."""
    assert not SENTINEL.exists()
    spec_file = (
        Path(tempfile.gettempdir()) / "hostile-spec.json"
    )  # never read: the pipeline gets the dict
    if loaded:
        document = parse_document(json.dumps(document), spec_file)
    try:
        validate_openapi(document, spec_file)
    except GeneratorError:
        return "invalid OpenAPI"
    # Named by its content, not by a counter: an example generates the same package whichever
    # tests ran before it (``-k`` reproduces a failure of the whole file).
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()[:8]
    name = f"{default_name(document)[:24]}_{digest}"
    config = config_from_document(document, name)
    with sandbox(formatted) as folder:
        try:
            package = generator.pipeline.build_files(
                ProviderSource(
                    name=name, folder=folder, config=config, spec_file=spec_file, document=document
                )
            )
        except GeneratorError as exc:
            assert not SENTINEL.exists(), "generation executed spec text"
            return f"refused ({type(exc).__name__})"
        assert not SENTINEL.exists(), "generation executed spec text"
        for path in package.files:
            assert _SAFE_PATH.match(path) and ".." not in path.split(
                "/"
            ), f"unsafe output path {path!r}"
        out = folder / "out"
        write_tree(package.files, out / name)
        written = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        outside = {
            p
            for p in written
            if not p.startswith(f"out/{name}/")
            and not re.fullmatch(r"cache/(black|models)/[0-9a-f]{2}/[0-9a-f]{64}", p)
        }
        assert not outside, f"written outside the output directory: {sorted(outside)}"
        for path, text in package.files.items():
            if path.endswith(".py"):
                compile(text, path, "exec", dont_inherit=True)
            if is_black_stable(path, text):  # written without black: it must be what black writes
                assert (
                    black.format_str(text, mode=generator.emit.formatting._MODE) == text
                ), f"{path} is not black-stable"
        json.loads(package.files["openapi.json"])
        assert (
            tool_markers(package.files, document_text(document)) == []
        ), "a tool's marker reached the package"
        if tomllib is not None:
            tomllib.loads(package.files["pyproject.toml"])
        import_package(out / name / "src", config.package_name, config.client_class)
        assert not SENTINEL.exists(), "importing the package executed spec text"
    return "generated"


def import_package(src: Path, package_name: str, client_class: str) -> None:
    """Import the package and every module the client reaches, then forget them all."""
    sys.path.insert(0, str(src))
    importlib.invalidate_caches()
    try:
        module = importlib.import_module(package_name)
        importlib.import_module(package_name + ".models")
        for flavour in (client_class, "Async" + client_class):
            client = getattr(module, flavour)(api_key="k")
            for attribute, value in vars(type(client)).items():
                if type(value).__name__ == "cached_property":
                    getattr(client, attribute)
    finally:
        sys.path.remove(str(src))
        for loaded in [
            m for m in sys.modules if m == package_name or m.startswith(package_name + ".")
        ]:
            del sys.modules[loaded]


@pytest.fixture(autouse=True)
def _no_sentinel() -> Iterator[None]:
    SENTINEL.unlink(missing_ok=True)
    yield
    assert not SENTINEL.exists(), "spec text was executed"


@budget(300)
@given(hostile_documents())
def test_hostile_documents_generate_inert_packages(document: dict[str, Any]) -> None:
    """Without black (it changes layout, never meaning; and compiling its input is the stricter check)."""
    event(run_hostile(document))


@budget(40)
@given(hostile_documents())
def test_hostile_documents_through_the_formatter(document: dict[str, Any]) -> None:
    """The full pipeline, black included: what ``generate --spec`` writes."""
    event(run_hostile(document, formatted=True))


@budget(60)
@given(
    st.lists(payloads | text_fragments, min_size=1, max_size=3).map("".join),
    st.sampled_from(
        [
            "info.title",
            "info.description",
            "operationId",
            "tag",
            "summary",
            "property",
            "enum",
            "default",
            "server",
            "parameter",
            "schema.title",
            "path",
        ]
    ),
)
def test_payloads_in_each_slot(text: str, slot: str) -> None:
    """Each payload alone in one slot of an otherwise plain document: the failure names the slot."""
    document = plain_document()
    operation = document["paths"]["/items"]["post"]
    thing = document["components"]["schemas"]["Thing"]
    if slot == "info.title":
        document["info"]["title"] = text
    elif slot == "info.description":
        document["info"]["description"] = text
    elif slot == "operationId":
        operation["operationId"] = text
    elif slot == "tag":
        operation["tags"] = [text[:150]]
    elif slot == "summary":
        operation["summary"] = text
    elif slot == "property":
        thing["properties"][text] = {"type": "string", "description": text}
    elif slot == "enum":
        thing["properties"]["kind"]["enum"].append(text)
    elif slot == "default":
        thing["properties"]["note"]["default"] = text
    elif slot == "server":
        document["servers"] = [{"url": "https://api.example.com/" + text}]
    elif slot == "parameter":
        operation["parameters"] = [
            {
                "name": text,
                "in": "query",
                "schema": {"type": "string", "default": text},
                "description": text,
            }
        ]
    elif slot == "schema.title":
        thing["title"] = text
    elif slot == "path":
        document["paths"]["/" + text.replace("{", "(").replace("}", ")")] = document["paths"].pop(
            "/items"
        )
    event(run_hostile(document))


def plain_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Plain", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/items": {
                "post": {
                    "operationId": "createItem",
                    "tags": ["Item"],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
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
                "Thing": {
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "note": {"type": "string"},
                    },
                }
            }
        },
    }


@budget(60)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(sorted(keyword.kwlist + keyword.softkwlist)),
            text_fragments,
            st.from_regex(r"\A[A-Za-z0-9_]{1,8}\Z"),
        ),
        min_size=2,
        max_size=6,
        unique=True,
    )
)
def test_colliding_names(names: list[str]) -> None:
    """Keywords, builtins and names that normalize to the same identifier, as operationIds,
    properties and parameters at once."""
    document = plain_document()
    paths = {}
    for index, name in enumerate(names):
        paths[f"/items{index}"] = {
            "get": {
                "operationId": name,
                "tags": ["Item"],
                "parameters": [
                    {"name": other, "in": "query", "schema": {"type": "string"}} for other in names
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    document["paths"].update(paths)
    document["components"]["schemas"]["Thing"]["properties"].update(
        {name: {"type": "integer"} for name in names}
    )
    event(run_hostile(document))


# -- known bugs: minimal reproducers, strict so that a fix is noticed ---------------------------------


def test_plain_document_generates() -> None:
    assert run_hostile(plain_document()) == "generated"


def test_unicode_action_segment_without_operation_id() -> None:
    document = plain_document()
    document["paths"] = {
        "/{id}/日本語": {
            "post": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"204": {"description": "ok"}},
            }
        }
    }
    assert run_hostile(document) == "generated"


def test_lone_surrogate_in_a_description() -> None:
    """JSON can spell a lone surrogate, which no UTF-8 file can hold; loading replaces it."""
    text = json.dumps(plain_document()).replace(
        '"createItem"', '"createItem", "description": "a\\ud800b", "summary": "\\udfff"'
    )
    document = parse_document(text, Path("spec.json"))
    assert run_hostile(document) == "generated"


def test_lone_surrogates_in_a_document_built_in_memory() -> None:
    """Only the loader replaced lone surrogates; a document built in memory (no file) reaches
    normalize with them, in keys and values, and normalize replaces them too."""
    document = plain_document()
    document["info"]["title"] = "Pl\ud800in"  # also reaches the SDK config (README, pyproject)
    operation = document["paths"]["/items"]["post"]
    operation["description"], operation["summary"] = "a\ud800b", "\udfff"
    thing = document["components"]["schemas"]["Thing"]
    thing["properties"]["kind"]["enum"].append("c\ud83d")
    thing["properties"]["n\udc00te"] = {
        "type": "string",
        "description": "x\ud800",
        "default": "\ud800",
    }
    assert run_hostile(document, loaded=False) == "generated"


def test_invalid_pattern_is_refused_with_its_place() -> None:
    document = plain_document()
    document["components"]["schemas"]["Thing"]["properties"]["kind"] = {
        "type": "string",
        "pattern": "[",
    }
    assert (
        run_hostile(document) == "refused (SpecError)"
    )  # named with its pointer, not a broken package


def test_job_status_without_a_path_parameter() -> None:
    document = plain_document()
    document["paths"]["/items"]["post"]["x-sdk-job-status"] = {
        "status": "status",
        "lifecycle": {"queued": ["q"], "succeeded": ["done"]},
    }
    assert run_hostile(document) in ("generated", "refused (SpecError)")


def test_very_long_tag() -> None:
    document = plain_document()
    document["paths"]["/items"]["post"]["tags"] = ["word " * 60]
    assert run_hostile(document) == "generated"


def test_path_segments_that_make_a_name_start_with_a_digit() -> None:
    """A path of punctuation has no usable words: the method name falls back to the segment
    ``0``, which must still become an identifier (it became ``0_0``, a syntax error, before)."""
    document = plain_document()
    operation = document["paths"]["/items"]["post"]
    del operation["operationId"], operation["tags"]
    document["paths"] = {'/(0)/"""': {"post": operation}}
    assert run_hostile(document) == "generated"


# -- references and exhaustion (issue 14): refused with file#pointer, nothing outside read ------------

# An outside file a reference could name; its content must never appear in any message or file.
OUTSIDE = Path(tempfile.gettempdir()) / f"genmedia-hostile-outside-{os.getpid()}"
OUTSIDE_TEXT = f"outside-content-{os.getpid()}"


@pytest.fixture(autouse=True, scope="module")
def _outside_files() -> Iterator[None]:
    OUTSIDE.mkdir(exist_ok=True)
    schema = {
        "type": "object",
        "properties": {OUTSIDE_TEXT: {"type": "string"}},
        "Secret": {"type": "object", "properties": {OUTSIDE_TEXT: {"type": "string"}}},
    }
    for name in ("secret.json", "secret.yaml", "secret"):
        (OUTSIDE / name).write_text(json.dumps(schema))
    yield
    shutil.rmtree(OUTSIDE, ignore_errors=True)


_TARGETS = [
    "{dir}/secret.json",
    "file://{dir}/secret.json",
    "file:{dir}/secret.json",
    "file://localhost{dir}/secret.json",
    "{rel}/secret.json",
    "./{rel}/secret.yaml",
    "{rel}/secret",
    "secret.json",
    "secret",
    "%2e%2e/{rel}/secret.json",
    "http://127.0.0.1:9/secret.json",
    "https://example.com/secret.json",
    "//127.0.0.1/secret.json",
    "urn:x:secret",
    "#Secret",
    "#",
    "",
    " #/components/schemas/Thing",
    "\\\\host\\secret.json",
    "{dir}/secret.json\x00.png",
]
_FRAGMENTS = ["", "#/Secret", "#/properties", "#Secret", "#/", "#/components/schemas/Thing"]
_KEYWORDS = [
    "$ref",
    "$dynamicRef",
    "$recursiveRef",
    "$id",
    "mapping",
    "externalValue",
    "operationRef",
]
_PLACES = [
    "property",
    "nested",
    "keyword-named property",
    "parameter",
    "response",
    "example data",
    "extension",
    "component",
    "path item",
    "response object",
    "items",
]


def _target(template: str, fragment: str, exists: bool) -> str:
    """An outside target, relative ones reaching OUTSIDE from the working directory (the sandbox)."""
    relative = "../" * 8 + str(OUTSIDE).lstrip("/")
    text = template.format(dir=OUTSIDE, rel=relative) + fragment
    return text if exists else text.replace("secret", "no-such-file")


def _place(
    document: dict[str, Any], keyword: str, target: str, place: str, name: str
) -> list[str | int]:
    """Put ``keyword: target`` at ``place`` in ``document``; return the pointer tokens of the
    object the refusal must name."""
    holder: dict[str, Any] = {keyword: target}
    if keyword == "$id":
        holder = {"$id": target, "type": "object", "properties": {"y": {"$ref": "#/Secret"}}}
    elif keyword == "mapping":
        holder = {
            "oneOf": [{"$ref": "#/components/schemas/Thing"}],
            "discriminator": {"propertyName": "kind", "mapping": {name: target or "x"}},
        }
    elif keyword == "externalValue":
        operation = document["paths"]["/items"]["post"]
        operation["requestBody"]["content"]["application/json"]["examples"] = {
            name: {"externalValue": target}
        }
        return [
            "paths",
            "/items",
            "post",
            "requestBody",
            "content",
            "application/json",
            "examples",
            name,
        ]
    elif keyword == "operationRef":
        response = document["paths"]["/items"]["post"]["responses"]["200"]
        response["links"] = {"next": {"operationRef": target}}
        return ["paths", "/items", "post", "responses", "200", "links", "next"]
    thing = document["components"]["schemas"]["Thing"]
    operation = document["paths"]["/items"]["post"]
    if place == "property":
        thing["properties"][name] = holder
        where: list[str | int] = ["components", "schemas", "Thing", "properties", name]
    elif place == "nested":
        thing["properties"][name] = {
            "type": "object",
            "properties": {"inner": {"anyOf": [{"type": "string"}, holder]}},
        }
        where = [
            "components",
            "schemas",
            "Thing",
            "properties",
            name,
            "properties",
            "inner",
            "anyOf",
            1,
        ]
    elif place == "keyword-named property":
        thing["properties"]["example"] = {"type": "object", "properties": {"default": holder}}
        where = ["components", "schemas", "Thing", "properties", "example", "properties", "default"]
    elif place == "items":
        thing["properties"][name] = {"type": "array", "items": holder}
        where = ["components", "schemas", "Thing", "properties", name, "items"]
    elif place == "parameter":
        operation["parameters"] = [{"name": "q", "in": "query", "schema": holder}]
        where = ["paths", "/items", "post", "parameters", 0, "schema"]
    elif place == "response":
        operation["responses"]["201"] = {
            "description": "x",
            "content": {"application/json": {"schema": holder}},
        }
        where = [
            "paths",
            "/items",
            "post",
            "responses",
            "201",
            "content",
            "application/json",
            "schema",
        ]
    elif place == "example data":
        operation["requestBody"]["content"]["application/json"]["example"] = {"data": [holder]}
        where = [
            "paths",
            "/items",
            "post",
            "requestBody",
            "content",
            "application/json",
            "example",
            "data",
            0,
        ]
    elif place == "extension":
        document["x-tool"] = {name: holder}
        where = ["x-tool", name]
    elif place == "component":
        document["components"]["schemas"]["Other"] = holder
        where = ["components", "schemas", "Other"]
    elif place == "path item" and keyword == "$ref":
        document["paths"]["/other"] = holder
        where = ["paths", "/other"]
    else:  # a response object by reference
        operation["responses"]["202"] = (
            holder
            if keyword == "$ref"
            else {"description": "x", "content": {"application/json": {"schema": holder}}}
        )
        where = [
            "paths",
            "/items",
            "post",
            "responses",
            "202",
            *([] if keyword == "$ref" else ["content", "application/json", "schema"]),
        ]
    if keyword == "mapping":
        where = [*where, "discriminator", "mapping", name]
    return where


def refusal(
    document: dict[str, Any], suffix: str = ".json", text: str | None = None
) -> GeneratorError | str:
    """What ``generate --spec`` does with ``document`` (or ``text``): the error it exits 2 with,
    or "generated". Loaded from text, as a file would be; nothing is written."""
    spec_file = Path(tempfile.gettempdir()) / f"hostile-spec{suffix}"
    try:
        loaded = parse_document(json.dumps(document) if text is None else text, spec_file)
        validate_openapi(loaded, spec_file)
        name = f"h{next(_counter)}"
        with sandbox(formatted=False) as folder:
            generator.pipeline.build_files(
                ProviderSource(
                    name=name,
                    folder=folder,
                    config=config_from_document(loaded, name),
                    spec_file=spec_file,
                    document=loaded,
                )
            )
    except GeneratorError as exc:
        return exc
    return "generated"


def _resolve(document: Any, parts: list[str | int]) -> Any:
    for part in parts:
        document = document[part]
    return document


@budget(300)
@given(
    st.sampled_from(_KEYWORDS),
    st.sampled_from(_TARGETS),
    st.sampled_from(_FRAGMENTS),
    st.sampled_from(_PLACES),
    st.one_of(
        st.sampled_from(["z", "example", "default", "$ref", "enum", "x"]),
        st.from_regex(r"\A[A-Za-z0-9_]{1,8}\Z"),
    ),
)
def test_reference_keywords_never_read_outside(
    keyword: str, template: str, fragment: str, place: str, name: str
) -> None:
    """Every reference-like keyword naming anything outside the document, wherever it sits, is
    refused at the place it is written (the same message whether the target exists or not);
    the outside file's content appears nowhere."""
    assume(
        not _target(template, fragment, True).startswith("#/components/schemas/")
    )  # local and resolvable: fine
    outcomes = []
    for exists in (True, False):
        document = plain_document()
        target = _target(template, fragment, exists)
        where = _place(document, keyword, target, place, name)
        outcome = refusal(document)
        if (
            outcome == "generated"
            and target.startswith("#/")
            and (keyword == "operationRef" or (keyword == "$ref" and place == "example data"))
        ):
            outcomes.append(
                outcome
            )  # local, and nothing resolves it (links are not used; example data is text)
            event("local reference nothing resolves: generated")
            continue
        assert isinstance(outcome, SpecError), f"{keyword} {target!r} at {place}: {outcome}"
        assert OUTSIDE_TEXT not in str(outcome)
        assert str(outcome).startswith(f"{outcome.file}#{outcome.pointer}: ")
        outcomes.append(str(outcome).replace("no-such-file", "secret"))
        if any(words in outcome.message for words in ("refusing", "not supported", "unresolvable")):
            # (a mapping whose tag is ``$ref`` reads as a reference held by the mapping itself)
            assert outcome.pointer in (
                to_pointer(where),
                to_pointer(where[:-1]) if name == "$ref" else None,
            ), (outcome.pointer, where, outcome.message)
            event("refused at the keyword")
        else:  # the OpenAPI schema refused the document first (a path item is no schema)
            assert outcome.pointer.startswith(to_pointer(where[:2])), (
                outcome.pointer,
                where,
                outcome.message,
            )
            event("refused by validation")
    assert outcomes[0] == outcomes[1]


def _deep(levels: int, kind: str) -> str:
    """JSON text of ``levels`` nested arrays or objects (``json.dumps`` would recurse)."""
    return (
        ("[" * levels + '"leaf"' + "]" * levels)
        if kind == "array"
        else ('{"k": ' * levels + '"leaf"' + "}" * levels)
    )


_CATASTROPHIC = [
    r"(a+)+$",
    r"(a|aa)*$",
    r"^(\d+)*x",
    r"(.*a){12}",
    r"((ab)*)*c",
    r"(a|a?)+$",
    r"^(a+)+\1$",
    r"(?=(a+)+$)b",
    r"(\w+\s?)*$",
    r"a{99999999999}",
    r"(a{1,999}){1,999}",
]


@st.composite
def exhaustion_cases(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """(text of a document, suffix, expected pointer prefix, expected words) for a document that
    exhausts something: nesting, aliases, integer length, backtracking."""
    kind = draw(
        st.sampled_from(
            [
                "depth",
                "schema depth",
                "alias bomb",
                "merge bomb",
                "recursive alias",
                "huge integer",
                "pattern",
                "non-JSON YAML",
            ]
        )
    )
    suffix = draw(st.sampled_from([".json", ".yaml"]))
    document = plain_document()
    if kind == "depth":
        levels = draw(st.integers(150, 4000))
        slot = draw(st.sampled_from(["x-deep", "example", "default"]))
        deep = _deep(levels, draw(st.sampled_from(["array", "object"])))
        if slot == "x-deep":
            document["x-deep"] = "DEEP"
            prefix = "/x-deep/"
        elif slot == "example":
            document["paths"]["/items"]["post"]["requestBody"]["content"]["application/json"][
                "example"
            ] = "DEEP"
            prefix = "/paths/~1items/post/requestBody/content/application~1json/example/"
        else:
            document["components"]["schemas"]["Thing"]["properties"]["note"]["default"] = "DEEP"
            prefix = "/components/schemas/Thing/properties/note/default/"
        return json.dumps(document).replace('"DEEP"', deep), suffix, prefix, "too deeply nested"
    if kind == "schema depth":
        schema: dict[str, Any] = {"type": "string"}
        key = draw(st.sampled_from(["properties", "items", "allOf"]))
        for _ in range(draw(st.integers(65, 140))):
            schema = (
                {"type": "object", "properties": {"z": schema}}
                if key == "properties"
                else {"type": "array", "items": schema} if key == "items" else {"allOf": [schema]}
            )
        document["components"]["schemas"]["Thing"]["properties"]["deep"] = schema
        return (
            json.dumps(document),
            suffix,
            "/components/schemas/Thing/properties/deep/",
            "too deeply nested",
        )
    head = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\n'
    if kind in ("alias bomb", "merge bomb"):
        fanout = draw(st.integers(4, 12))
        levels = next(n for n in range(2, 40) if fanout**n > 300_000)
        lines = ["x-b0: &b0 {k: v}" if kind == "merge bomb" else "x-b0: &b0 [v, v, v, v]"]
        for level in range(1, levels + 1):
            aliases = ", ".join([f"*b{level - 1}"] * fanout)
            lines.append(
                f"x-b{level}: &b{level} {{<<: [{aliases}], k{level}: v}}"
                if kind == "merge bomb"
                else f"x-b{level}: &b{level} [{aliases}]"
            )
        return head + "\n".join(lines) + "\n", ".yaml", "/x-b", "too large"
    if kind == "recursive alias":
        return head + "x-r: &r {a: [1, {b: *r}]}\n", ".yaml", "/x-r/a/1/b", "recursive alias"
    if kind == "huge integer":
        digits = draw(st.integers(301, 6000))
        slot = draw(st.sampled_from(["maximum", "default", "enum", "x-number"]))
        thing = document["components"]["schemas"]["Thing"]["properties"]
        thing["count"] = {
            "type": "integer",
            slot if slot != "enum" else "enum": 12345 if slot != "enum" else [1, 12345],
        }
        where = (
            "/components/schemas/Thing/properties/count/" + slot + ("/1" if slot == "enum" else "")
        )
        return json.dumps(document).replace("12345", "9" * digits), suffix, where, "digits"
    if kind == "pattern":
        pattern = draw(st.sampled_from(_CATASTROPHIC))
        evil = "a" * draw(st.integers(20, 60)) + draw(st.sampled_from(["!", "", "b", " "]))
        document["components"]["schemas"]["Thing"]["properties"]["note"] = {
            "type": "string",
            "pattern": pattern,
            "example": evil,
            "x-known-values": [evil, "aaa"],
            "default": evil,
        }
        return json.dumps(document), suffix, "/components/schemas/Thing/properties/note", ""
    value = draw(
        st.sampled_from(
            ["!!set {a, b}", "!!binary aGVsbG8=", "!!omap [a: 1]", "!!pairs [a: 1, a: 2]"]
        )
    )
    return (
        head
        + "components:\n  schemas:\n    Thing:\n      type: object\n      properties:\n        d:\n          default: "
        + value
        + "\n",
        ".yaml",
        "/components/schemas/Thing/properties/d/default",
        value.split()[0],
    )


@budget(220)
@given(exhaustion_cases())
def test_exhaustion_is_refused_with_its_pointer(case: tuple[str, str, str, str]) -> None:
    """Documents that would exhaust the stack, the memory or the time are refused with the
    pointer of the place (a catastrophic pattern generates, or is refused as invalid)."""
    text, suffix, prefix, words = case
    if suffix == ".yaml" and text.startswith("{"):
        text = text  # JSON is YAML: the YAML loader reads it
    outcome = refusal({}, suffix, text)
    if not words:  # a backtracking pattern: matched in linear time, or refused as invalid
        assert outcome == "generated" or (
            isinstance(outcome, SpecError) and outcome.pointer.startswith(prefix)
        ), outcome
        event(f"pattern: {'generated' if outcome == 'generated' else 'refused'}")
        return
    assert isinstance(outcome, SpecError), outcome
    assert outcome.pointer.startswith(prefix) and words in outcome.message, (
        outcome.pointer[:200],
        outcome.message,
    )
    assert str(outcome).startswith(f"{outcome.file}#{prefix}")
    event(words)


# -- targeted strategies: odd but schema-valid corners (found by ``make fuzz``) -----------------------

ODD_PATTERNS = [
    r"^\p{L}+$",  # ECMA-262 / Rust: a Unicode property; Python's re has none
    r"^\P{Lu}*$",
    r"\u0041",
    r"\x{41}",
    r"[^]",
    r"[]",
    r"(?<name>x)\k<name>",
    r"(?P<n>x)(?P=n)",
    r"\cA",
    r"[[:alpha:]]",
    r"a{,3}",
    r"a{3,2}",
    r"\z",
    r"\Z",
    r"\G",
    r"(?i)abc",
    r"(?i:abc)",
    r"(?x) a b # c",
    r"(?#comment)a",
    r"(?>a+)",
    r"a++",
    r"\N{LATIN SMALL LETTER A}",
    r"\U0001F600",
    "\\\U0001f600",
    r"/^a$/",
    r"^(?=a)a",
    r"(?<=a)b",
    r"\1(a)",
    r"[\d-z]",
    r"[a-\d]",
    r"\b\B",
    r"$^",
    r"x**",
    r"\0",
    r"\07",
    r"\400",
    r"[\s\S]",
    r"\R",
    r"\X",
    r"\h",
    r"\e",
    r"\/",
    r"\-",
    r"\_",
    r"\ ",
    "\x00",
    "a\nb",
    "\\\n",
    "\\",
    "(",
    "[",
    "{1}",
    "*",
    "a{1",
    "\\d{99999}",
    "(a{1,99}){1,99}",
    ".{0,65535}",
    "é+",
    "\u202e",
    "\ud800",
    "",
]
_REGEX_ALPHABET = st.sampled_from(
    list("ab().*+?{}[]^$|\\-,:=!<>PpLkNudwsbBzZAG0123 \n\u00e9\U0001f600")
)
odd_patterns = st.one_of(
    st.sampled_from(ODD_PATTERNS), st.text(_REGEX_ALPHABET, max_size=10), hostile_text
)
FORMATS = [
    "date",
    "date-time",
    "time",
    "duration",
    "uri",
    "uri-reference",
    "email",
    "uuid",
    "binary",
    "byte",
    "int32",
    "int64",
    "float",
    "double",
    "password",
    "ipv4",
    "ipv6",
    "hostname",
    "regex",
    "json-pointer",
    "decimal",
    "unknown-format",
    "",
    "x\n\"'",
]
odd_numbers = st.one_of(
    st.sampled_from(
        [
            0,
            -0.0,
            0.0,
            1e400,
            -1e400,
            float("nan"),
            1e-400,
            2**63,
            -(2**63) - 1,
            10**299,
            0.1,
            1e308,
        ]
    ),
    st.integers(-(2**80), 2**80),
    st.floats(),
)
any_json = st.recursive(
    st.one_of(st.none(), st.booleans(), odd_numbers, hostile_text),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=5,
)
odd_names = st.one_of(
    hostile_text,
    st.sampled_from(
        [
            "x" * 300,
            "é" * 200,
            "\u202eevil\u202c",
            "\u200f",
            "a\x00b",
            "\x00",
            "",
            " ",
            "-",
            "0",
            "$",
            "$ref",
            "__proto__",
            "constructor",
            "model_config",
            "model_fields",
            "schema",
            "json",
            "dict",
            "copy",
            "validate",
            "Config",
            "fields",
            "self",
            "Content-Type",
            "Authorization",
            "X-Api-Key",
            "Set-Cookie",
            "Cookie",
            "Host",
            "Content-Length",
            "a b",
            "a;b",
            "a=b",
            "a,b",
            "a\r\nX-Injected: 1",
            "\ud800",
            "\udfff",
            "日本",
        ]
    ),
)


@st.composite
def odd_schemas(draw: st.DrawFn, depth: int = 0) -> Any:
    """One schema of an odd corner: any type, format, enum/const of any JSON type, defaults that
    contradict it, nullable combinations, bounds, references (recursive ones included)."""
    kind = draw(
        st.sampled_from(
            [
                "string",
                "number",
                "integer",
                "boolean",
                "null",
                "array",
                "object",
                "enum",
                "const",
                "nullable",
                "union",
                "ref",
                "bool-schema",
                "empty",
                "typelist",
            ]
            if depth < 2
            else ["string", "number", "enum", "const", "ref", "empty", "null"]
        )
    )
    schema: dict[str, Any] | bool
    if kind == "bool-schema":
        return draw(st.booleans())
    if kind == "empty":
        schema = {}
    elif kind == "string":
        schema = {"type": "string"}
        if draw(st.booleans()):
            schema["format"] = draw(st.sampled_from(FORMATS))
        if draw(st.booleans()):
            schema["pattern"] = draw(odd_patterns)
        if draw(st.booleans()):
            schema["minLength"] = draw(st.integers(0, 2**40))
        if draw(st.booleans()):
            schema["maxLength"] = draw(st.integers(0, 2**40))
    elif kind in ("number", "integer"):
        schema = {"type": kind}
        if draw(st.booleans()):
            schema["format"] = draw(st.sampled_from(FORMATS))
        for bound in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"):
            if draw(st.integers(0, 3)) == 0:
                number = draw(odd_numbers)
                if bound == "multipleOf" and not (isinstance(number, (int, float)) and number > 0):
                    number = 0.001
                schema[bound] = number
    elif kind in ("boolean", "null"):
        schema = {"type": kind}
    elif kind == "array":
        schema = {"type": "array", "items": draw(odd_schemas(depth + 1))}
        if draw(st.booleans()):
            schema["uniqueItems"] = True
        if draw(st.booleans()):
            schema["minItems"] = draw(st.integers(0, 5))
    elif kind == "object":
        names = draw(st.lists(odd_names, max_size=3, unique=True))
        schema = {
            "type": "object",
            "properties": {name: draw(odd_schemas(depth + 1)) for name in names},
        }
        if names and draw(st.booleans()):
            schema["required"] = names[: draw(st.integers(1, len(names)))]
        if draw(st.booleans()):
            schema["additionalProperties"] = draw(st.booleans() | odd_schemas(depth + 1))
    elif kind == "enum":
        schema = {"enum": draw(st.lists(any_json, min_size=1, max_size=4))}
        if draw(st.booleans()):
            schema["type"] = draw(
                st.sampled_from(["string", "integer", "number", "boolean", "array", "object"])
            )
    elif kind == "const":
        schema = {"const": draw(any_json)}
    elif kind == "nullable":
        schema = {
            "type": draw(st.sampled_from(["string", "integer", "object", "array"])),
            "nullable": True,
        }
        if schema["type"] == "array":
            schema["items"] = {"type": "string"}
        if draw(st.booleans()):
            schema["enum"] = draw(st.lists(st.none() | hostile_text | odd_numbers, max_size=3))
    elif kind == "typelist":
        types = draw(
            st.lists(
                st.sampled_from(["string", "integer", "number", "boolean", "null", "object"]),
                min_size=1,
                max_size=4,
                unique=True,
            )
        )
        schema = {"type": types}
    elif kind == "union":
        members = draw(st.lists(odd_schemas(depth + 1), min_size=1, max_size=3))
        schema = {draw(st.sampled_from(["oneOf", "anyOf", "allOf"])): members}
        if draw(st.booleans()):
            schema["discriminator"] = {"propertyName": draw(odd_names)}
            if draw(st.booleans()):
                schema["discriminator"]["mapping"] = {
                    draw(odd_names): draw(st.sampled_from(["Thing", "Node", "Other"]))
                }
    else:  # a reference: Node refers to itself, Other to Node
        schema = {
            "$ref": "#/components/schemas/" + draw(st.sampled_from(["Thing", "Node", "Other"]))
        }
        return schema
    for keyword in ("default", "example"):
        if draw(st.integers(0, 2)) == 0:
            schema[keyword] = draw(any_json)  # mostly contradicting the schema
    if draw(st.integers(0, 4)) == 0:
        schema["readOnly" if draw(st.booleans()) else "writeOnly"] = True
    if draw(st.integers(0, 4)) == 0:
        schema["deprecated"] = True
    return schema


_STYLES = {
    "path": [{}, {"style": "simple"}, {"style": "label"}, {"style": "matrix", "explode": True}],
    "query": [
        {},
        {"style": "form", "explode": False},
        {"style": "spaceDelimited"},
        {"style": "pipeDelimited"},
        {"style": "deepObject", "explode": True},
        {"allowReserved": True, "allowEmptyValue": True},
    ],
    "header": [{}, {"style": "simple", "explode": True}],
    "cookie": [{}, {"style": "form", "explode": False}],
}


@st.composite
def odd_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A plain document with odd schemas as components, properties, bodies and parameters of
    every location and style, and every kind of security scheme."""
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    document = plain_document()
    document["openapi"] = version
    schemas = document["components"]["schemas"]
    schemas["Thing"]["properties"].update(
        {name: draw(odd_schemas()) for name in draw(st.lists(odd_names, max_size=4, unique=True))}
    )
    schemas["Node"] = {
        "type": "object",
        "properties": {
            "child": {"$ref": "#/components/schemas/Node"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "value": draw(odd_schemas()),
        },
    }
    schemas["Other"] = draw(odd_schemas())
    operation = document["paths"]["/items"]["post"]
    parameters = []
    for location in draw(st.lists(st.sampled_from(sorted(_STYLES)), max_size=4)):
        name = draw(odd_names)
        parameter: dict[str, Any] = {
            "name": name,
            "in": location,
            "required": location == "path" or draw(st.booleans()),
            **draw(st.sampled_from(_STYLES[location])),
        }
        if draw(st.integers(0, 5)) == 0:
            parameter["content"] = {"application/json": {"schema": draw(odd_schemas())}}
        else:
            parameter["schema"] = draw(odd_schemas())
        if location == "path":
            name = name.replace("{", "(").replace("}", ")").replace("/", "|") or "id"
            parameter["name"] = name
            document["paths"] = {
                "/items/{" + name + "}": document["paths"].pop(next(iter(document["paths"])))
            }
            if any(p["in"] == "path" for p in parameters):
                continue
        parameters.append(parameter)
    if parameters:
        operation["parameters"] = parameters
    if draw(st.booleans()):
        operation["requestBody"]["content"] = {
            draw(
                st.sampled_from(
                    [
                        "application/json",
                        "multipart/form-data",
                        "application/x-www-form-urlencoded",
                        "application/octet-stream",
                        "text/plain",
                        "*/*",
                        "application/vnd.x+json; charset=utf-8",
                    ]
                )
            ): {"schema": draw(odd_schemas())}
        }
    if draw(st.booleans()):
        operation["responses"]["200"]["content"]["application/json"]["schema"] = draw(odd_schemas())
    if draw(st.booleans()):
        operation["responses"]["200"]["headers"] = {
            draw(odd_names): {"schema": draw(odd_schemas()), "description": draw(hostile_text)}
        }
    scheme = draw(
        st.sampled_from(
            [
                {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
                {"type": "http", "scheme": "basic"},
                {"type": "http", "scheme": "Digest"},
                {"type": "apiKey", "in": "header"},
                {"type": "apiKey", "in": "query"},
                {"type": "apiKey", "in": "cookie"},
                {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {"tokenUrl": "https://x.example/token", "scopes": {}}
                    },
                },
                {"type": "openIdConnect", "openIdConnectUrl": "https://x.example/.well-known"},
                {"type": "mutualTLS"},
            ]
        )
    )
    scheme = dict(scheme)
    if scheme["type"] == "apiKey":
        scheme["name"] = draw(odd_names)
    if version == "3.0.3" and scheme["type"] == "mutualTLS":
        scheme = {"type": "http", "scheme": "bearer"}
    scheme_name = draw(schema_names)
    document["components"]["securitySchemes"] = {scheme_name: scheme}
    if draw(st.booleans()):
        document["security"] = [{scheme_name: []}, *([{}] if draw(st.booleans()) else [])]
    else:
        operation["security"] = [{scheme_name: []}]
    return document


@budget(50)
@given(odd_documents())
def test_odd_documents_generate_inert_packages(document: dict[str, Any]) -> None:
    """Odd schemas, parameters and security schemes: a package that compiles and imports, or a
    refusal with ``file#pointer``; never a traceback."""
    event(run_hostile(document))
