"""Responses the API description does not quite describe: new enum values, values past a
documented limit, nulls for "absent".

Vendors add states, models and formats all the time (a new job status, a new aspect ratio), and
their documented limits are often wrong (a progress "0–1" sent as 50, an id without its prefix).
A client whose response models reject such values would break on the day of the vendor's
release, in the middle of waiting for a job the user has already paid for. So:

* arguments are checked strictly: a value the API does not list fails before anything is sent;
* responses (and webhook payloads) are validated strictly first; only if that fails are they
  validated again for their *shape* alone (:func:`shape_schema`): no value limit (lengths,
  ranges, patterns, item counts, time-zone awareness, URL limits) and no list of allowed values
  (an unknown enum value or ``const`` is kept as plain ``str`` / ``int``), and a ``null`` in an
  optional field the spec types as non-nullable reads as the field being absent (many APIs send
  ``"completed_at": null`` for "not yet"; Krea's spec said date-time while every running job
  had null). Types, required fields and variant tags are still enforced (a date that is no date
  cannot become a ``datetime``), and valid responses parse exactly as before.

The models module marks each enum alias with :func:`open_enum` and bases every model on
:class:`LenientModel`; both do nothing unless the validation runs with :data:`LENIENT` as its
context, which the shape pass does.
"""

from __future__ import annotations

import types
import typing
from functools import lru_cache
from typing import Any, Final

import pydantic
import pydantic_core
from pydantic import MISSING, ValidationInfo, ValidatorFunctionWrapHandler, WrapValidator

__all__ = [
    "LENIENT",
    "LenientModel",
    "OpenModel",
    "ClosedModel",
    "open_enum",
    "response_adapter",
    "shape_schema",
    "validate_response",
]

_KEY: Final = __name__.rpartition(".")[0] + ".lenient_response"  # "<package>.lenient_response"
LENIENT: Final = {_KEY: True}
"""Validation context of the second pass over a response: enum aliases accept values they do not
list, and models read nulls standing for absent optional fields as absent."""


def open_enum(kind: type[str] | type[int]) -> WrapValidator:
    """The marker of an enum alias whose values are ``kind``: under
    :data:`LENIENT`, an unlisted value of exactly that type is kept as is."""

    def keep_unknown(
        value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> Any:
        try:
            return handler(value)
        except pydantic.ValidationError:
            context = info.context
            if type(value) is kind and isinstance(context, dict) and context.get(_KEY) is True:
                return value
            raise

    return WrapValidator(keep_unknown)


@lru_cache(maxsize=None)
def response_adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    """The (cached) adapter responses and webhook payloads of type ``tp`` are validated with."""
    return pydantic.TypeAdapter(tp)


def validate_response(adapter: pydantic.TypeAdapter[Any], data: object) -> Any:
    """``data`` validated as a response: strictly, or else for its shape only (see the module
    docstring: no value limits, unknown enum values kept, nulls standing for absent optional
    fields dropped).

    Raises the strict pass's error when the shape pass fails too: it names every problem."""
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as strict_error:
        try:
            return _shape_validator(adapter).validate_python(data, context=LENIENT)
        except pydantic.ValidationError:
            raise strict_error from None
        except RecursionError:  # data nested deeper than the shape pass can follow
            raise strict_error from None


_SHAPE_VALIDATORS: dict[int, tuple[pydantic.TypeAdapter[Any], pydantic_core.SchemaValidator]] = {}

# Keys of pydantic-core schemas that limit a value rather than describe its shape.
_LIMITS: Final = frozenset(
    {
        "pattern",
        "min_length",
        "max_length",
        "ge",
        "gt",
        "le",
        "lt",
        "multiple_of",
        "max_digits",
        "decimal_places",
        "tz_constraint",
        "allowed_schemes",
        "host_required",
        "default_host",
        "default_port",
        "default_path",
        "version",
    }
)
# Keys whose values are not schemas (a default value, a class, the config): copied as they are.
_KEPT: Final = frozenset(
    {"cls", "function", "metadata", "ref", "default", "expected", "config", "serialization"}
)
_LIMITED_TYPES: Final = frozenset(
    {
        "str",
        "bytes",
        "int",
        "float",
        "decimal",
        "list",
        "tuple",
        "set",
        "frozenset",
        "dict",
        "generator",
        "date",
        "time",
        "datetime",
        "timedelta",
        "url",
        "multi-host-url",
        "uuid",
    }
)


def _shape_validator(adapter: pydantic.TypeAdapter[Any]) -> pydantic_core.SchemaValidator:
    """A validator for the shape of what ``adapter`` validates, built once per adapter."""
    entry = _SHAPE_VALIDATORS.get(id(adapter))
    if entry is None or entry[0] is not adapter:
        entry = (adapter, pydantic_core.SchemaValidator(shape_schema(adapter.core_schema)))
        _SHAPE_VALIDATORS[id(adapter)] = entry
    return entry[1]


def shape_schema(schema: Any) -> Any:
    """A copy of a pydantic-core ``schema`` that checks shape only: value limits removed,
    ``literal`` values (enums, consts) opened to any value of their type, and pydantic's own
    constraint validators dropped. Literals under a plain union stay closed, and so do those of
    every shared definition a union reaches: there they tell the variants apart, and an open one
    would let the wrong variant match."""
    definitions: dict[str, Any] = {}
    _collect_definitions(schema, definitions)
    closed: set[str] = set()
    _shape(schema, False, closed, set())  # a first walk, to learn which definitions a union reaches
    pending = list(closed)
    while pending:
        definition = definitions.get(pending.pop())
        if definition is not None:
            before = set(closed)
            _shape(definition, True, closed, set())
            pending.extend(closed - before)
    return _shape(schema, False, set(), closed)


def _collect_definitions(node: Any, into: dict[str, Any]) -> None:
    """The shared schemas (``definitions``) of ``node``, by their ``ref``."""
    if isinstance(node, (list, tuple)):
        for item in node:
            _collect_definitions(item, into)
    elif isinstance(node, dict):
        if node.get("type") == "definitions":
            for definition in node.get("definitions", []):
                if isinstance(definition, dict) and isinstance(definition.get("ref"), str):
                    into[definition["ref"]] = definition
        for key, value in node.items():
            if key not in _KEPT:
                _collect_definitions(value, into)


def _shape(node: Any, closed: bool, reached: set[str], closed_refs: set[str]) -> Any:
    """``node`` for its shape; ``closed``: under a plain union. Collects into ``reached`` the
    definitions referred to from under a union; keeps the literals of ``closed_refs`` closed."""
    if isinstance(node, (list, tuple)):
        return type(node)(_shape(item, closed, reached, closed_refs) for item in node)
    if not isinstance(node, dict) or not isinstance(node.get("type"), str):
        return node
    kind = node["type"]
    if kind in ("function-after", "function-before", "function-wrap") and _is_constraint(
        node.get("function")
    ):
        return _shape(
            node["schema"], closed, reached, closed_refs
        )  # a limit pydantic checks in Python
    if kind == "definition-ref" and closed and isinstance(node.get("schema_ref"), str):
        reached.add(node["schema_ref"])
    if kind == "model" and _plain_model(node):
        return _unbuilt(
            node,
            _shape(node["schema"], closed or node.get("ref") in closed_refs, reached, closed_refs),
        )
    closed = closed or node.get("ref") in closed_refs
    inner_closed = closed or kind == "union"
    result: dict[str, Any] = {}
    for key, value in node.items():
        if kind in _LIMITED_TYPES and key in _LIMITS:
            continue
        if key in _KEPT:
            result[key] = value
        elif key in ("fields", "choices") and isinstance(value, dict):  # by field name, by tag
            result[key] = {
                name: _shape(item, inner_closed, reached, closed_refs)
                for name, item in value.items()
            }
        else:
            result[key] = _shape(value, inner_closed, reached, closed_refs)
    if kind == "literal" and not closed:
        return _opened(result)
    return result


def _plain_model(node: dict[str, Any]) -> bool:
    """A model the generator writes: no custom ``__init__``, post-init or root."""
    return not (
        node.get("custom_init")
        or node.get("post_init")
        or node.get("root_model")
        or node.get("generic_origin")
    )


def _unbuilt(model: dict[str, Any], fields: Any) -> dict[str, Any]:
    """``model`` validated by its shaped ``fields`` schema, then constructed. pydantic-core
    reuses a complete model class's own validator for any ``model`` schema naming it, limits
    and all; a function over the fields schema is how the shape pass gets to use its own. The
    model's ``extra`` setting (from its config) goes onto the fields schema it governs."""
    extra = (model.get("config") or {}).get("extra_fields_behavior")
    if extra is not None:
        target = fields
        while isinstance(target, dict) and target.get("type") in (
            "function-before",
            "function-after",
            "function-wrap",
        ):
            target = target.get("schema")
        if isinstance(target, dict) and target.get("type") == "model-fields":
            target.setdefault("extra_behavior", extra)
    shaped: dict[str, Any] = {
        "type": "function-after",
        "function": {"type": "no-info", "function": _constructor(model["cls"])},
        "schema": fields,
    }
    if "ref" in model:
        shaped["ref"] = model["ref"]
    return shaped


def _constructor(cls: type[pydantic.BaseModel]) -> Any:
    """Builds a ``cls`` from what its fields schema produced: ``(fields, extra, fields_set)``."""

    def construct(
        parts: tuple[dict[str, Any], dict[str, Any] | None, set[str]],
    ) -> pydantic.BaseModel:
        fields, extra, fields_set = parts[0], parts[1], parts[2]
        return cls.model_construct(fields_set, **fields, **(extra or {}))

    return construct


def _opened(literal: dict[str, Any]) -> dict[str, Any]:
    """``literal`` accepting any value of its type when all its values are ``str`` (or all
    ``int``): a union of the literal itself (so known values keep their identity) and the type."""
    expected = literal.get("expected", [])
    kinds = {type(value) for value in expected}
    if kinds not in ({str}, {int}):
        return literal
    inner = {key: value for key, value in literal.items() if key not in ("ref", "metadata")}
    opened: dict[str, Any] = {
        "type": "union",
        "choices": [inner, {"type": "str" if kinds == {str} else "int", "strict": True}],
    }
    if "ref" in literal:
        opened["ref"] = literal["ref"]
    return opened


def _is_constraint(function: Any) -> bool:
    """Whether a validator function is one of pydantic's own value-limit checks."""
    inner = function.get("function") if isinstance(function, dict) else function
    inner = getattr(inner, "func", inner)  # functools.partial(limit_validator, ...)
    return getattr(inner, "__module__", "") == "pydantic._internal._validators"


class LenientModel(pydantic.BaseModel):
    """The base of every model. In the lenient pass over a response, a ``null`` sent for an
    optional field whose type does not take ``None`` (and whose default is "absent") is read as
    the field being absent; required fields, map entries and fields with another default are
    left alone, so a null there still fails.

    Its ``repr`` (and ``str``) leaves absent fields out: ``Generation(id='gen_1',
    status='queued')``, not a list of ``result=<MISSING>`` sentinels.

    Validators are built on a model's first use (``defer_build``), not all of them when a
    resource's first access imports the models."""

    model_config = pydantic.ConfigDict(defer_build=True)

    def __repr_args__(self) -> Any:
        for name, value in super().__repr_args__():
            if value is not MISSING:
                yield name, value

    @pydantic.model_validator(mode="before")
    @classmethod
    def _nulls_as_absent(cls, data: Any, info: ValidationInfo) -> Any:
        context = info.context
        if (
            not isinstance(data, dict)
            or not isinstance(context, dict)
            or context.get(_KEY) is not True
        ):
            return data
        droppable = _droppable_nulls(cls)
        if not any(data.get(key, 0) is None for key in droppable):
            return data
        return {
            key: value for key, value in data.items() if value is not None or key not in droppable
        }


@lru_cache(maxsize=None)
def _droppable_nulls(model: type[pydantic.BaseModel]) -> frozenset[str]:
    """The keys (names and aliases) of ``model``'s optional fields that default to absent and
    do not take ``None``."""
    keys: set[str] = set()
    for name, field in model.model_fields.items():
        if field.is_required() or field.default is not MISSING or _takes_none(field.annotation):
            continue
        keys.add(name)
        keys.update(
            alias for alias in (field.alias, field.validation_alias) if isinstance(alias, str)
        )
    return frozenset(keys)


def _takes_none(annotation: Any) -> bool:
    """Whether ``None`` is a valid value of ``annotation`` (through unions, ``Annotated`` and
    type aliases); ``Any`` and unknown forms count as taking it."""
    if annotation is None or annotation is type(None) or annotation is Any:
        return True
    value = getattr(annotation, "__value__", None)  # a TypeAliasType
    if value is not None:
        return _takes_none(value)
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _takes_none(typing.get_args(annotation)[0])
    if origin is typing.Union or origin is types.UnionType:
        return any(_takes_none(member) for member in typing.get_args(annotation))
    return False


class OpenModel(LenientModel):
    """The base of a model that keeps fields its schema does not list."""

    model_config = pydantic.ConfigDict(extra="allow")


class ClosedModel(LenientModel):
    """The base of a model that refuses fields its schema does not list."""

    model_config = pydantic.ConfigDict(extra="forbid")
