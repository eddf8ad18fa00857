"""Responses the API description does not quite describe: new enum values, nulls for "absent".

Vendors add states, models and formats all the time (a new job status, a new aspect ratio).
A client whose response models reject every value they do not know would break on the day of
the vendor's release, in the middle of waiting for a job the user has already paid for. So:

* arguments are checked strictly: a value the API does not list fails before anything is sent;
* responses (and webhook payloads) are validated strictly first; only if that fails are they
  validated again keeping unknown enum values as plain ``str`` / ``int``, and reading a ``null``
  in an optional field the spec types as non-nullable as the field being absent (many APIs send
  ``"completed_at": null`` for "not yet"; Krea's spec said date-time while every running job
  had null). Everything else (types, required fields, formats) is still enforced, and valid
  responses parse exactly as before.

The models module marks each enum alias with :func:`open_enum` and bases every model on
:class:`LenientModel`; both do nothing unless the validation runs with :data:`LENIENT` as its
context.
"""

from __future__ import annotations

import types
import typing
from functools import lru_cache
from typing import Any, Final

import pydantic
from pydantic import MISSING, ValidationInfo, ValidatorFunctionWrapHandler, WrapValidator

__all__ = ["LENIENT", "LenientModel", "open_enum", "validate_response"]

_KEY: Final = "krea_sdk.lenient_response"
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


def validate_response(adapter: pydantic.TypeAdapter[Any], data: object) -> Any:
    """``data`` validated as a response: strictly, or else leniently (unknown enum values kept,
    nulls standing for absent optional fields dropped).

    Raises the strict pass's error when the lenient pass fails too: it names every problem."""
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as strict_error:
        try:
            return adapter.validate_python(data, context=LENIENT)
        except pydantic.ValidationError:
            raise strict_error from None


class LenientModel(pydantic.BaseModel):
    """The base of every model. In the lenient pass over a response, a ``null`` sent for an
    optional field whose type does not take ``None`` (and whose default is "absent") is read as
    the field being absent; required fields, map entries and fields with another default are
    left alone, so a null there still fails.

    Its ``repr`` (and ``str``) leaves absent fields out: ``Generation(id='gen_1',
    status='queued')``, not a list of ``result=<MISSING>`` sentinels."""

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
