"""Where OpenAPI allows a Reference Object or a Schema: the only places the bundler follows a
``$ref`` to another file.

A ``$ref`` anywhere else (``info``, a ``description`` or ``summary``, ``servers``, ``tags``, a
``discriminator``, a schema's ``title``, …) is no reference in OpenAPI, and following it would
copy the file into the generated README and docstrings (``info: {description: {$ref:
.git-credentials}}``). So the bundler walks the document with the *kind* of object each place
holds, given by the OpenAPI 3.0/3.1 grammar below, and refuses a file reference at a place of no
kind. The kind travels with a reference: the value of ``paths/~1pets: {$ref: pets.yaml}`` is a
Path Item whatever file it comes from.

A kind is the name of an OpenAPI object (``"schema"``, ``"response"``, …), ``"map:<kind>"`` for
an object whose keys are names (``components/schemas``, a Response's ``headers``) or
``"list:<kind>"`` for an array of them; ``None`` for a place where no reference is allowed.
"""

from __future__ import annotations

from typing import Any

from .keywords import HTTP_METHODS, SCHEMA_CHILD_LISTS, SCHEMA_CHILD_MAPS, SCHEMA_CHILDREN

Kind = str | None

DOCUMENT = "document"

# A schema's children (the keywords every walk agrees on), plus two this walk follows too.
_SCHEMA_ONE = (*SCHEMA_CHILDREN, "additionalItems", "contentSchema")
_SCHEMA_LISTS = SCHEMA_CHILD_LISTS
_SCHEMA_MAPS = (*SCHEMA_CHILD_MAPS, "definitions")
_OPERATIONS = HTTP_METHODS

# kind -> keyword -> kind of its value. A keyword not listed holds no reference.
_GRAMMAR: dict[str, dict[str, str]] = {
    DOCUMENT: {"paths": "map:pathItem", "webhooks": "map:pathItem", "components": "components"},
    "components": {
        "schemas": "map:schema",
        "responses": "map:response",
        "parameters": "map:parameter",
        "examples": "map:example",
        "requestBodies": "map:requestBody",
        "headers": "map:header",
        "securitySchemes": "map:securityScheme",
        "links": "map:link",
        "callbacks": "map:callback",
        "pathItems": "map:pathItem",
    },
    "pathItem": {"parameters": "list:parameter", **{method: "operation" for method in _OPERATIONS}},
    "operation": {
        "parameters": "list:parameter",
        "requestBody": "requestBody",
        "responses": "map:response",
        "callbacks": "map:callback",
    },
    "callback": {},  # its keys are expressions, each a Path Item: see kind_of
    "parameter": {"schema": "schema", "content": "map:mediaType", "examples": "map:example"},
    "header": {"schema": "schema", "content": "map:mediaType", "examples": "map:example"},
    "requestBody": {"content": "map:mediaType"},
    "response": {"headers": "map:header", "content": "map:mediaType", "links": "map:link"},
    "mediaType": {"schema": "schema", "examples": "map:example", "encoding": "map:encoding"},
    "encoding": {"headers": "map:header"},
    "schema": {
        **{key: "schema" for key in _SCHEMA_ONE},
        **{key: "list:schema" for key in _SCHEMA_LISTS},
        **{key: "map:schema" for key in _SCHEMA_MAPS},
    },
    "example": {},
    "link": {},
    "securityScheme": {},
}


def is_names(kind: Kind) -> bool:
    """Whether a place of ``kind`` maps names to objects (its keys are no keywords)."""
    return kind is not None and kind.startswith("map:")


def allows_reference(kind: Kind) -> bool:
    """Whether a ``$ref`` at a place of ``kind`` is a Reference Object (or a Schema's ``$ref``)."""
    return kind is not None and kind != DOCUMENT and not kind.startswith(("map:", "list:"))


def kind_of(kind: Kind, key: Any, value: Any) -> Kind:
    """The kind of ``value``, found under ``key`` at a place of ``kind``."""
    if kind is None:
        return None
    if kind.startswith(("map:", "list:")):
        return kind.partition(":")[2]
    if kind == "callback":
        return "pathItem"
    child = _GRAMMAR.get(kind, {}).get(str(key))
    if kind == "schema" and key == "items" and isinstance(value, list):
        return "list:schema"  # draft 4's tuple form
    return child
