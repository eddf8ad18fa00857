"""Turn method arguments into request parts, checking them against the API's constraints first.

The generated models carry every limit of the spec (lengths, ranges, enums, ``const``); an
invalid argument raises :class:`RequestValidationError` naming the parameter, so no credit is
spent on a request the server would reject.
"""

from __future__ import annotations

import datetime
from functools import lru_cache
from typing import Any, Mapping

import pydantic

from ._exceptions import RequestValidationError
from ._params import Styles, path_segment
from ._rules import check_rules
from ._types import NotGiven
from ._warnings import warn_caller

__all__ = ["validate_arguments", "given", "pick", "format_path", "embed", "use_alias"]


def given(values: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments the caller actually passed (``NOT_GIVEN`` ones are left out)."""
    return {key: value for key, value in values.items() if not isinstance(value, NotGiven)}


@lru_cache(maxsize=None)
def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def _location(loc: tuple[int | str, ...], names: Mapping[str, str]) -> str:
    """``steps`` or ``styles.0.strength``, with the Python argument name at the head."""
    if not loc:
        return "body"
    head = names.get(str(loc[0]), str(loc[0]))
    return ".".join([head, *(str(part) for part in loc[1:])])


def validate_arguments(model: Any, values: Any, names: Mapping[str, str] | None = None) -> Any:
    """Validate ``values`` (keyed by wire name) with ``model`` and return their JSON form.

    ``names`` maps wire names back to the Python parameter names shown in the error message.
    Only the given fields are serialized: the server applies its own defaults to the rest.
    """
    names = names or {}
    try:
        if isinstance(model, type) and issubclass(model, pydantic.BaseModel):
            instance = model.model_validate(values)
            check_rules(instance)
            return instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
        adapter = _adapter(model)
        result = adapter.validate_python(values)
        if isinstance(result, pydantic.BaseModel):
            check_rules(result)
        return adapter.dump_python(result, mode="json", by_alias=True, exclude_unset=True)
    except pydantic.ValidationError as exc:
        errors = [dict(error) for error in exc.errors(include_url=False, include_input=False)]
        lines = [f"{_location(tuple(error['loc']), names)}: {error['msg']}" for error in exc.errors(include_url=False)]
        raise RequestValidationError("Invalid arguments (nothing was sent):\n  " + "\n  ".join(lines), errors) from None


def pick(values: Mapping[str, Any], names: tuple[str, ...] | Mapping[str, str]) -> dict[str, Any]:
    """The entries of ``values`` named in ``names`` (validated arguments of one location). A
    mapping renames: ``{"id_header": "id"}`` when the query and a header both have an ``id``."""
    if isinstance(names, Mapping):
        return {wire: values[key] for key, wire in names.items() if key in values}
    return {name: values[name] for name in names if name in values}


def format_path(template: str, values: Mapping[str, Any], styles: Styles | None = None) -> str:
    """Fill ``/jobs/{id}`` with URL-escaped values (arrays and objects in the parameter's
    ``style``); an empty value is refused rather than silently turning the call into a request
    for the parent collection."""
    path = template
    for name, value in values.items():
        text = path_segment(name, value, styles)
        if not text or value is None or value == [] or value == {}:
            raise RequestValidationError(f"{name}: must not be empty (nothing was sent)")
        path = path.replace("{" + name + "}", text)
    return path


def embed(template: Any, params: Any) -> Any:
    """``template`` with the marker ``"$params"`` replaced by ``params``: how a flat method
    builds a vendor's envelope, e.g. ``{"model": …, "input": [{"params": "$params"}]}``."""
    if template == "$params":
        return params
    if isinstance(template, dict):
        return {key: embed(value, params) for key, value in template.items()}
    if isinstance(template, list):
        return [embed(value, params) for value in template]
    return template


def use_alias(new_value: Any, old_value: Any, *, old: str, new: str, sunset: str, url: str) -> Any:
    """Accept a deprecated argument name: warn, naming its replacement and sunset date, and send
    the value under the new name (the API no longer lists the old one)."""
    if isinstance(old_value, NotGiven):
        return new_value
    if not isinstance(new_value, NotGiven):
        raise RequestValidationError(f"{old}: deprecated alias of {new}; pass only {new} (nothing was sent)")
    past = bool(sunset) and sunset < datetime.date.today().isoformat()
    when = f"its sunset date {sunset} has passed" if past else f"it stops working on {sunset}" if sunset else "it will be removed"
    more = f" See {url}" if url else ""
    warn_caller(f"`{old}` is deprecated ({when}): use `{new}`; it is sent as `{new}`.{more}", DeprecationWarning)
    return old_value
