"""OpenAI's official OpenAPI document (``tests/fixtures/openai``, MIT) as a new user would try it:
``generate --spec openapi.json``.

288 operations, 1,422 schemas, OpenAPI 3.1, ``allOf`` + discriminator event families. The
package must be named as a person would name it (``openai``, class ``OpenAI``), hold no tool's
marker, pass ``mypy --strict``, and parse, for every schema carrying ``example`` or
``examples``, each example into the model generated for that schema.

Models parse an example as the client parses a response (``validate_response``: strictly, then
with the documented leniency for unlisted enum values and nulls in optional fields); a
parameter's example is checked as an argument, strictly.

The examples are read from the package's own normalized document (``openapi.json``), where every
schema the models define has its name, so "the right model" is found by location:

* ``components/schemas/C``: the model (or type alias) ``C``, and a model must come back;
* ``components/schemas/C/properties/p``: the type of ``C``'s field ``p``;
* ``components/schemas/C/oneOf/n`` / ``anyOf/n``: the union ``C``;
* ``…/items`` after any of these: that type, given a list holding the example;
* ``paths/…/parameters/n/schema``: the field of the operation's argument model (the one its
  method validates arguments with), else the type of the method's argument.

Nine examples are skipped, because they do not fit their own schema (``SKIPPED`` says how, and
``test_skipped_examples_are_invalid_against_their_own_schema`` proves it with ``jsonschema``
against the vendor's document): the full ``Response`` / ``CompactResource`` examples (and their
``Beta`` copies) leave out required fields, ``ChatSessionResource``'s too, and four object
properties give their example as a JSON string.
"""

from __future__ import annotations

import gzip
import importlib
import inspect
import json
import re
import sys
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import pydantic
import pytest

from conftest import ROOT, imported, mypy_strict
from generator.cli.generate import build_document
from generator.output.writer import write_tree
from tool_markers import tool_markers

FIXTURE = ROOT / "tests" / "fixtures" / "openai" / "openapi.json.gz"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Pointer of a schema whose example does not fit the schema itself → what is wrong with it. The
# test checks each one with an independent JSON Schema validator (``jsonschema``) against the
# vendor's own document: these are the document's errors, not the generator's.
_OUTPUT_MESSAGES = "the output messages lack the required `id` and `status`, and `usage` the required `input_tokens_details`"
_RESPONSE = "the `output_text` content lacks the required `logprobs` (and `user` is null where the schema says string)"
_JSON_TEXT = "the example is JSON text (a string) of the object the schema types as an object"
SKIPPED: dict[str, str] = {
    "/components/schemas/CompactResource": _OUTPUT_MESSAGES,
    "/components/schemas/BetaCompactResource": _OUTPUT_MESSAGES,
    "/components/schemas/Response": _RESPONSE,
    "/components/schemas/BetaResponse": _RESPONSE,
    "/components/schemas/ChatSessionResource": "`workflow` lacks the required `state_variables` and `tracing`",
    "/components/schemas/CreateEvalCustomDataSourceConfig/properties/item_schema": _JSON_TEXT,
    "/components/schemas/EvalCustomDataSourceConfig/properties/schema": _JSON_TEXT,
    "/components/schemas/CreateEvalLogsDataSourceConfig/properties/metadata": _JSON_TEXT,
    "/components/schemas/CreateEvalStoredCompletionsDataSourceConfig/properties/metadata": _JSON_TEXT,
}

pytestmark = pytest.mark.slow


@dataclass
class OpenAIBuild:
    folder: Path
    files: dict[str, str]
    operations: int
    spec_text: str
    document: dict[str, Any]


@pytest.fixture(scope="module")
def openai(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenAIBuild]:
    work = tmp_path_factory.mktemp("openai")
    spec = work / "openapi.json"
    text = gzip.decompress(FIXTURE.read_bytes()).decode("utf-8")
    spec.write_text(text, encoding="utf-8")
    package = build_document(spec)  # names from the title, as `generate --spec` does
    write_tree(package.files, work / package.name)
    yield OpenAIBuild(
        work / package.name, package.files, package.operations, text, json.loads(text)
    )


def test_names_keep_the_title_s_words(openai: OpenAIBuild) -> None:
    assert openai.folder.name == "openai"
    client = openai.files["src/openai_sdk/_client.py"]
    assert "class OpenAI(SyncAPIClient)" in client and "class AsyncOpenAI(AsyncAPIClient)" in client
    assert "OPENAI_API_KEY" in openai.files["src/openai_sdk/_constants.py"] + client


def test_every_operation_is_a_method(openai: OpenAIBuild) -> None:
    paths = openai.document["paths"]
    expected = sum(
        1
        for item in paths.values()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    )
    assert openai.operations == expected == 288


def test_no_tool_marker_and_spec_tags(openai: OpenAIBuild) -> None:
    assert tool_markers(openai.files, openai.spec_text) == []
    models = openai.files["src/openai_sdk/models.py"]
    assert 'type: Literal["response.code_interpreter_call.in_progress"]' in models
    assert 'Literal["ResponseCodeInterpreterCallInProgressEvent"]' not in models


def test_package_passes_mypy_strict(openai: OpenAIBuild, tmp_path: Path) -> None:
    result = mypy_strict("--cache-dir", str(tmp_path / "mypy"), "src", cwd=openai.folder)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr


# -- examples ----------------------------------------------------------------------------------


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _examples(schema: dict[str, Any]) -> list[Any]:
    found = [schema["example"]] if "example" in schema else []
    return found + (list(schema["examples"]) if isinstance(schema.get("examples"), list) else [])


def _example_schemas(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """``(pointer, schema)`` of every schema in the normalized document carrying an example."""
    if isinstance(node, dict):
        if ("example" in node or "examples" in node) and re.search(
            r"/schemas/[^/]+(/(properties/[^/]+|oneOf/\d+|anyOf/\d+|items))*$|/schema$", pointer
        ):
            yield pointer, node
        for key, value in node.items():
            if key in ("example", "examples", "enum", "const", "default") or key.startswith("x-"):
                continue
            yield from _example_schemas(
                value, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"
            )
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _example_schemas(value, f"{pointer}/{index}")


def _models_in(tp: Any) -> list[Any]:
    """The model classes a type (an alias, a union, ``X | None``) stands for."""
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return [tp]
    value = getattr(tp, "__value__", None)  # a type alias (``type X = …``)
    if value is not None:
        return _models_in(value)
    return [model for arg in typing.get_args(tp) for model in _models_in(arg)]


def _field_type(model: Any, name: str) -> Any:
    """The annotated type of ``model``'s field sent as ``name``."""
    holders = [
        m
        for m in _models_in(model)
        if any((f.alias or n) == name for n, f in m.model_fields.items())
    ]
    model = holders[0] if len(holders) == 1 else model
    assert isinstance(model, type) and issubclass(
        model, pydantic.BaseModel
    ), f"{model} is not a model"
    for python_name, field in model.model_fields.items():
        if (field.alias or python_name) == name:
            annotation = field.annotation
            if isinstance(annotation, typing.ForwardRef):  # a field pydantic has not resolved yet
                annotation = eval(
                    annotation.__forward_arg__, vars(sys.modules[model.__module__])
                )  # noqa: S307 - our generated code
            return Annotated[(annotation, *field.metadata)] if field.metadata else annotation
    raise AssertionError(f"{model.__name__} has no field {name!r}")


@dataclass
class _Method:
    function: Any
    model: str | None  # the argument model its arguments are validated with, if any
    python_names: dict[str, str]  # wire name → argument name


def _methods(package: str, folder: Path) -> dict[tuple[str, str], _Method]:
    """``(METHOD, path)`` → its generated (sync) method, read from the resource modules."""
    found: dict[tuple[str, str], _Method] = {}
    for file in sorted((folder / "resources").glob("*.py")):
        module = importlib.import_module(f"{package}.resources.{file.stem}")
        for cls in [
            c
            for c in vars(module).values()
            if inspect.isclass(c) and c.__module__ == module.__name__
        ]:
            for function in [
                f
                for f in vars(cls).values()
                if inspect.isfunction(f) and not inspect.iscoroutinefunction(f)
            ]:
                http = re.search(r"HTTP: ``([A-Z]+) ([^`]+)``", function.__doc__ or "")
                if not http:
                    continue
                # A one-call method's body is ``return _send(_NAME, locals())``: the module's
                # Endpoint ``_NAME`` holds its argument model and where each argument goes.
                sent = re.search(r"_send\((\w+), locals\(\)\)", inspect.getsource(function))
                endpoint = vars(module)[sent.group(1)] if sent else None
                names = (
                    {
                        wire: name
                        for place in (
                            endpoint.path_args,
                            endpoint.query,
                            endpoint.headers,
                            endpoint.cookies,
                        )
                        for wire, name in place.items()
                    }
                    if endpoint is not None
                    else {}
                )
                args = endpoint.args if endpoint is not None else None
                if inspect.isfunction(args):  # ``lambda: models.X``: a large API's deferred model
                    args = args()
                model = args.__name__ if args else None
                found[(http.group(1), http.group(2))] = _Method(function, model, names)
    return found


def _argument_type(method: _Method, wire_name: str, models: ModuleType) -> Any:
    """The type a parameter is checked with: its field in the argument model, else the
    method's annotation without ``NotGiven``."""
    model = getattr(models, method.model) if method.model is not None else None
    if model is not None and any(
        (f.alias or n) == wire_name for n, f in model.model_fields.items()
    ):
        return _field_type(model, wire_name)
    annotation = (
        inspect.signature(method.function).parameters[method.python_names[wire_name]].annotation
    )
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return eval(
        text.replace(" | NotGiven", ""), vars(sys.modules[method.function.__module__])
    )  # noqa: S307 - our generated code


def _target(
    pointer: str,
    models: ModuleType,
    methods: dict[tuple[str, str], _Method],
    document: dict[str, Any],
) -> tuple[Any, bool, type | None]:
    """(the type to parse with, whether the example is a list item, the class it must give)."""
    tokens = [_unescape(t) for t in pointer.split("/")[1:]]
    item = tokens[-1] == "items"
    if item:
        tokens = tokens[:-1]
    if tokens[:2] == ["components", "schemas"]:
        owner = getattr(models, tokens[2])
        renamed = getattr(
            models, tokens[2] + "Model", None
        )  # datamodel-code-generator's rename on a clash
        if not _models_in(owner) and renamed is not None:
            owner = renamed
        rest = tokens[3:]
        if not rest:
            return owner, item, owner if isinstance(owner, type) else None
        if rest[0] == "properties" and len(rest) == 2:
            return _field_type(owner, rest[1]), item, None
        # A member of a property's union (left inline: a value of the member is one of the field)
        if (
            rest[0] == "properties"
            and len(rest) % 2 == 0
            and all(k in ("oneOf", "anyOf") and n.isdigit() for k, n in zip(rest[2::2], rest[3::2]))
        ):
            return _field_type(owner, rest[1]), item, None
        if rest[0] in ("oneOf", "anyOf") and len(rest) == 2:
            return owner, item, None
    if tokens[0] == "paths" and tokens[3] == "parameters" and tokens[-1] == "schema":
        operation = (tokens[2].upper(), tokens[1])
        assert operation in methods, f"no method found for {operation}"
        parameter = document["paths"][tokens[1]][tokens[2]]["parameters"][int(tokens[4])]
        return _argument_type(methods[operation], parameter["name"], models), item, None
    raise AssertionError(f"no rule finds the model of {pointer}")


def test_every_example_parses_into_its_model(openai: OpenAIBuild) -> None:
    normalized = json.loads(openai.files["openapi.json"])
    package = f"{openai.folder.name}_sdk"
    with imported(openai.folder.parent, openai.folder.name):
        models = importlib.import_module(f"{package}.models")
        validate_response = importlib.import_module(f"{package}._enums").validate_response
        methods = _methods(package, openai.folder / "src" / package)
        checked, failures, skipped = 0, [], 0
        for pointer, schema in _example_schemas(normalized):
            if pointer in SKIPPED:
                skipped += 1
                continue
            target, item, cls = _target(pointer, models, methods, normalized)
            adapter = pydantic.TypeAdapter(target)
            for example in _examples(schema):
                try:
                    # Parsed as the client parses a response (strictly, then leniently: see
                    # _enums.py); a parameter's example as an argument, strictly.
                    value = (
                        validate_response(adapter, [example] if item else example)
                        if "/parameters/" not in pointer
                        else adapter.validate_python(example)
                    )
                except pydantic.ValidationError as exc:
                    failures.append(f"{pointer}: {str(exc)[:400]}")
                    continue
                if cls is not None and not item:
                    assert isinstance(
                        value, cls
                    ), f"{pointer}: parsed as {type(value).__name__}, not {cls.__name__}"
                checked += 1
    assert not failures, f"{len(failures)} examples do not parse:\n" + "\n".join(failures[:20])
    assert skipped == len(SKIPPED) == 9
    assert checked >= 250, checked  # 263 schemas carry one in this version of the document


def test_skipped_examples_are_invalid_against_their_own_schema(openai: OpenAIBuild) -> None:
    """Each skipped example fails its schema in the vendor's document by an independent
    JSON Schema 2020-12 validator, with the reason ``SKIPPED`` gives."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry = Registry().with_resource(
        "urn:openai", Resource.from_contents(openai.document, default_specification=DRAFT202012)
    )
    for pointer in SKIPPED:
        node: Any = openai.document
        for token in pointer.split("/")[1:]:
            node = node[_unescape(token)]
        examples = _examples(node)
        assert examples, pointer
        validator = jsonschema.Draft202012Validator(
            {"$ref": "urn:openai#" + pointer}, registry=registry
        )
        for example in examples:
            assert list(
                validator.iter_errors(example)
            ), f"{pointer}: the example is valid, so it must parse"
