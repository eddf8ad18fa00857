"""Enum values the server sends before the API description lists them.

Vendors add states, models and formats all the time (a new job status, a new aspect ratio).
A client whose response models reject every value they do not know would break on the day of
the vendor's release, in the middle of waiting for a job the user has already paid for. So:

* arguments are checked strictly: a value the API does not list fails before anything is sent;
* responses (and webhook payloads) are validated strictly first; only if that fails are they
  validated again keeping unknown enum values as plain ``str`` / ``int``. Everything else (types,
  required fields, formats) is still enforced, and valid responses parse exactly as before.

The models module marks each enum alias with :func:`open_enum`; it does nothing unless the
validation runs with :data:`KEEP_UNKNOWN_ENUM_VALUES` as its context.
"""

from __future__ import annotations

from typing import Any, Final

import pydantic
from pydantic import ValidationInfo, ValidatorFunctionWrapHandler, WrapValidator

__all__ = ["KEEP_UNKNOWN_ENUM_VALUES", "open_enum", "validate_response"]

_KEY: Final = "krea_sdk.keep_unknown_enum_values"
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


def validate_response(adapter: pydantic.TypeAdapter[Any], data: object) -> Any:
    """``data`` validated as a response: strictly, or else keeping unknown enum values.

    Raises the strict pass's error when the lenient pass fails too: it names every problem."""
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as strict_error:
        try:
            return adapter.validate_python(data, context=KEEP_UNKNOWN_ENUM_VALUES)
        except pydantic.ValidationError:
            raise strict_error from None
