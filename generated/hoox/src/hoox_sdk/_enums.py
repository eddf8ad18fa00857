"""Enum values the server sends before the API description lists them.

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

The models module marks each enum alias with :func:`open_enum`; it does nothing unless the
validation runs with :data:`KEEP_UNKNOWN_ENUM_VALUES` as its context.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any, Final

import pydantic
from pydantic import ValidationInfo, ValidatorFunctionWrapHandler, WrapValidator

__all__ = ["KEEP_UNKNOWN_ENUM_VALUES", "open_enum", "validate_response"]

_KEY: Final = "hoox_sdk.keep_unknown_enum_values"
KEEP_UNKNOWN_ENUM_VALUES: Final = {_KEY: True}
"""Validation context under which enum aliases accept values they do not list."""


def open_enum(kind: type[str] | type[int]) -> WrapValidator:
    """The marker of an enum alias whose values are ``kind``: under
    :data:`KEEP_UNKNOWN_ENUM_VALUES`, an unlisted value of exactly that type is kept as is."""

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


_MAX_LENIENT_PASSES: Final = (
    4  # a dropped null can let a union try a member whose own nulls show next
)


def validate_response(adapter: pydantic.TypeAdapter[Any], data: object) -> Any:
    """``data`` validated as a response: strictly, or else keeping unknown enum values and
    dropping nulls that stand for absent optional fields.

    Raises the strict pass's error when the lenient pass fails too: it names every problem."""
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as strict_error:
        lenient = data
        for _ in range(_MAX_LENIENT_PASSES):
            try:
                return adapter.validate_python(lenient, context=KEEP_UNKNOWN_ENUM_VALUES)
            except pydantic.ValidationError as error:
                cleaned = _without_rejected_nulls(lenient, error)
                if cleaned is None:
                    break
                lenient = cleaned
        raise strict_error from None


def _without_rejected_nulls(data: object, error: pydantic.ValidationError) -> object | None:
    """A copy of ``data`` without the object members whose ``null`` the validation refused, or
    ``None`` when no error is about such a null. A required field so removed is still
    reported as missing by the next pass: only optional fields end up absent."""
    cleaned = copy.deepcopy(data)
    removed = False
    for problem in error.errors(include_url=False):
        if problem.get("input", ...) is None and problem["type"] != "missing":
            removed = _drop_null(cleaned, problem["loc"]) or removed
    return cleaned if removed else None


def _drop_null(data: object, loc: Sequence[int | str]) -> bool:
    """Delete the ``null`` that ``loc`` leads to in an object; the error location may go on
    past the data (a union member's name), so it is followed only while it matches."""
    parent: object = None
    key: int | str | None = None
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            parent, key, node = node, part, node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            parent, key, node = node, part, node[part]
        else:
            break
    if node is None and isinstance(parent, dict) and key in parent:
        del parent[key]
        return True
    return False
