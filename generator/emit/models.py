"""Generate the pydantic v2 models module with datamodel-code-generator.

The input is the normalized document's named schemas plus the argument models synthesized by
the IR builder. Options are chosen to keep what the spec says:

* ``use_missing_sentinel``: an optional field that is absent is ``MISSING``, distinct from a
  nullable field set to ``None``;
* ``field_constraints``: lengths, ranges, patterns and item counts become ``Field(...)``
  constraints, so invalid arguments fail on the client;
* enums become ``Literal`` aliases (plain strings for the user, checked by mypy);
* ``uri`` and ``uuid`` strings stay ``str`` so values round-trip exactly as the server sent them;
* every ``discriminator`` gets an exact mapping and inline tags, or is dropped
  (:mod:`.discriminators`): tags are the spec's values, never the library's guesses;
* enums are then marked open and models based on the runtime's lenient model
  (:mod:`.open_enums`): responses keep values the spec does not list, and nulls for absent fields.

The result is cached by content (:mod:`.cache`): a spec change that leaves the schemas alone
(a summary, a new parameter) does not run datamodel-code-generator again.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import re
import warnings
from pathlib import Path
from typing import Any

from generator.output import cache
from generator.errors import GeneratorError, SpecError, escape_pointer_token
from generator.spec.keywords import SCHEMA_REF_PREFIX
from generator.spec.references import model_input
from .parsed import parse_module
from .discriminators import explicit_discriminators
from .shared_models import config_bases, one_line_docstrings, shared_bodies
from .open_enums import MARKER, defined_names, lenient_models
from generator.schema.values import known_values

_HEADER = "# Models of the API, generated from the normalized OpenAPI document by datamodel-code-generator.\n# Do not edit: regenerate with `make generate`.\n"


# Field names that would shadow, inside a model's class body, a name the module needs there:
# pydantic reads a class attribute ``Config`` as the model's configuration (with
# ``model_config`` beside it, the class fails to build), and :mod:`.open_enums` wraps enums in
# ``Annotated[…, open_enum(…)]`` after datamodel-code-generator ran (which renames only clashes
# with its own imports), so a field ``Annotated`` or ``open_enum`` would be read as the type of
# the fields after it. Each becomes ``<name>_`` with ``Field(alias=<name>)``: found by the
# hostile-spec property test (a property named ``Config`` or ``Annotated`` made the package fail
# on import).
SHADOWING_FIELDS = {name: name + "_" for name in ("Config", "Annotated", MARKER)}


def _options() -> dict[str, Any]:
    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion

    return {
        "input_file_type": InputFileType.OpenAPI,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_310,
        "target_pydantic_version": "2.14",
        "use_annotated": True,
        "field_constraints": True,
        "strict_nullable": True,
        "use_standard_collections": True,
        "use_union_operator": True,
        "enum_field_as_literal": "all",
        "disable_timestamp": True,
        "use_field_description": True,
        "use_schema_description": True,
        "use_double_quotes": True,
        "use_missing_sentinel": True,
        "use_type_alias_type": True,
        "keep_model_order": True,
        "formatters": [],
        "type_mappings": [
            "string+uri=string",
            "string+uuid=string",
            "string+uri-reference=string",
            "string+iri=string",
            "string+email=string",
            "string+hostname=string",
            "string+ipv4=string",
            "string+ipv6=string",
            "string+idn-email=string",
            "string+idn-hostname=string",
            "string+iri-reference=string",
            "string+uri-template=string",
            "string+json-pointer=string",
            "string+relative-json-pointer=string",
            "string+regex=string",
        ],
        "capitalise_enum_members": False,
        "aliases": SHADOWING_FIELDS,
    }


def open_objects(schemas: dict[str, Any]) -> dict[str, Any]:
    """Objects that do not say ``additionalProperties`` get ``true``: JSON Schema's default,
    made explicit so the models keep fields the spec does not list (a newer server's fields,
    another model's parameters) instead of silently dropping them. ``false`` still forbids."""

    def visit(schema: Any) -> Any:
        if isinstance(schema, dict):
            result = {
                key: (
                    visit(value)
                    if key not in ("enum", "const", "default", "example", "examples", "required")
                    else value
                )
                for key, value in schema.items()
            }
            if isinstance(result.get("properties"), dict) and "additionalProperties" not in result:
                result["additionalProperties"] = True
            return result
        if isinstance(schema, list):
            return [visit(item) for item in schema]
        return schema

    return {name: visit(schema) for name, schema in schemas.items()}


def known_values_as_literals(schemas: dict[str, Any]) -> dict[str, Any]:
    """A string with ``x-known-values`` becomes ``Literal[known values] | str``: editors and type
    checkers offer the values the spec names (Hoox's models, Kiara's products), and any other
    string is still accepted and sent, since the vendor's catalog is larger than the list."""

    def visit(schema: Any) -> Any:
        if isinstance(schema, list):
            return [visit(item) for item in schema]
        if not isinstance(schema, dict):
            return schema
        result = {
            key: (
                visit(value)
                if key
                not in (
                    "enum",
                    "const",
                    "default",
                    "example",
                    "examples",
                    "required",
                    "x-known-values",
                )
                else value
            )
            for key, value in schema.items()
        }
        known = (
            known_values(result) if result.get("type") == "string" and "enum" not in result else []
        )
        if known:  # only values the field's own constraints accept: the literal bypasses them
            plain = {
                key: value
                for key, value in result.items()
                if key not in ("x-known-values", "description", "title", "default")
            }
            kept = {
                key: value
                for key, value in result.items()
                if key in ("description", "title", "default")
            }
            return {**kept, "anyOf": [{"type": "string", "enum": known}, plain]}
        return result

    return {name: visit(schema) for name, schema in schemas.items()}


def model_document(schemas: dict[str, Any], title: str) -> dict[str, Any]:
    """The OpenAPI document datamodel-code-generator reads: ``schemas`` prepared as the module
    docstring says (only local references, exact discriminators, open objects, known values)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "normalized"},
        "paths": {},
        "components": {
            "schemas": known_values_as_literals(
                open_objects(explicit_discriminators(model_input(schemas)))
            )
        },
    }


def raw_models(document: dict[str, Any], schemas: Any, title: str, file: Path | None = None) -> str:
    """datamodel-code-generator's module for ``document`` (from :func:`model_document`), with
    our header and before :func:`lenient_models`; cached by content. ``schemas`` names the
    models it must define (any collection of names; a failure is reported at the one it names)."""
    import datamodel_code_generator

    text = json.dumps(document, sort_keys=False)
    key = cache.digest(
        "models",
        importlib.metadata.version("datamodel-code-generator"),
        repr(sorted(_options().items(), key=str)),
        text,
    )
    hit = cache.read("models", key)
    if hit is not None:
        return hit
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            source = datamodel_code_generator.generate(text, **_options())
        except Exception as exc:  # the library raises many kinds; report them as ours
            raise _failure(exc, schemas, title, file) from exc
    if not isinstance(source, str):
        raise GeneratorError("datamodel-code-generator returned several modules; one was expected")
    body = (
        source.split("\n", 3)[3]
        if source.startswith("# generated by datamodel-codegen")
        else source
    )
    source = _HEADER + body.lstrip("\n")
    _check_names(parse_module(source), schemas)
    cache.write("models", key, source)
    return source


def finish_models(raw: str, closed: tuple[frozenset[str], frozenset[str]] | None = None) -> str:
    """datamodel-code-generator's ``raw`` module as the package ships it: open enums and lenient
    bases (:func:`~.open_enums.lenient_models`; ``closed`` when ``raw`` is one of several
    modules), ``extra=`` settings as runtime bases, a body repeated word for word written once,
    one-line docstrings on one line (:mod:`.shared_models`)."""
    return one_line_docstrings(shared_bodies(config_bases(lenient_models(raw, None, closed))))


def generate_models(schemas: dict[str, Any], title: str, file: Path | None = None) -> str:
    """Source of the models module defining exactly the classes named in ``schemas``.

    datamodel-code-generator gets only local references (:func:`model_input`); a failure of
    it is reported against ``file`` (the spec) and the component it names, when it names one."""
    if not schemas:  # an API without any schema still gets a (empty) models module
        return _HEADER + "\nfrom __future__ import annotations\n"
    source = finish_models(raw_models(model_document(schemas, title), schemas, title, file))
    parse_module.cache_clear()  # the last tree is not needed any more
    return source


def _failure(exc: Exception, schemas: Any, title: str, file: Path | None) -> GeneratorError:
    """datamodel-code-generator's failure as ours: at the component its message names (the
    longest name found, so ``ThingX`` wins over ``Thing``), else at the schemas as a whole."""
    message = f"datamodel-code-generator failed: {str(exc)[:500]}"
    if file is None:
        return GeneratorError(f"{title}: {message}")
    text = str(exc)
    named = [
        name
        for name in schemas
        if SCHEMA_REF_PREFIX + name in text or re.search(rf"\b{re.escape(name)}\b", text)
    ]
    pointer = "/components/schemas" + (
        f"/{escape_pointer_token(max(named, key=len))}" if named else ""
    )
    return SpecError(file, pointer, message)


def _check_names(tree: ast.Module, schemas: Any) -> None:
    """Every schema name must be defined under that exact name: annotations rely on it."""
    missing = sorted(set(schemas) - defined_names(tree))
    if missing:
        raise GeneratorError(
            f"datamodel-code-generator renamed or dropped models: {', '.join(missing[:10])}"
        )
