"""Turn method arguments into request parts, checking them against the API's constraints first.

The generated models carry every limit of the spec (lengths, ranges, enums, ``const``); an
invalid argument raises :class:`RequestValidationError` naming the parameter, so no credit is
spent on a request the server would reject.

Arguments are validated in pydantic's strict mode: a value of the wrong type is refused instead
of converted (``"yes"`` is not ``True``, ``"5"`` is not ``5``, ``1.0`` is not ``1``), so nothing
the caller did not mean reaches a paid request. The conversions kept are the lossless ones the
types document: an ``int`` where a number is expected, a ``datetime`` / ``date`` object for a
``date-time`` / ``date`` (sent as ISO 8601) or the ISO 8601 text itself, a ``dict`` for a nested
model. Responses are not
checked this way: they are parsed leniently (``_enums.validate_response``).
"""

from __future__ import annotations

import datetime
import typing
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


_TEMPORAL = (datetime.datetime, datetime.date, datetime.time)


def _temporal_type(annotation: Any, depth: int = 0) -> type | None:
    """The ``datetime`` / ``date`` / ``time`` inside a field's annotation (through ``Annotated``,
    unions and type aliases), or ``None``."""
    if depth > 10:
        return None
    if isinstance(annotation, type) and issubclass(annotation, _TEMPORAL):
        return annotation
    if (
        isinstance(annotation, type) and annotation.__module__ == "pydantic.types"
    ):  # AwareDatetime, PastDate, …
        name = annotation.__name__
        return (
            datetime.datetime
            if name.endswith("Datetime")
            else datetime.date if name.endswith("Date") else None
        )
    value = getattr(annotation, "__value__", None)  # a TypeAliasType
    if value is not None:
        return _temporal_type(value, depth + 1)
    for arg in typing.get_args(annotation):
        found = _temporal_type(arg, depth + 1)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=None)
def _temporal_fields(model: type[pydantic.BaseModel]) -> dict[str, pydantic.TypeAdapter[Any]]:
    """Keys (names and aliases) of ``model``'s date and time fields → a lax parser of ISO text."""
    fields: dict[str, pydantic.TypeAdapter[Any]] = {}
    for name, field in model.model_fields.items():
        kind = _temporal_type(field.annotation)
        if kind is not None:
            for key in (name, field.alias):
                if isinstance(key, str):
                    fields[key] = _adapter(kind)
    return fields


def _iso_text_parsed(model: type[pydantic.BaseModel], values: Any) -> Any:
    """``values`` with ISO 8601 text for a date or time field parsed: the one conversion strict
    mode refuses that the signatures document (``cursor: datetime | str``). Text that does not
    parse is left for the strict check to refuse."""
    fields = _temporal_fields(model)
    if not fields or not isinstance(values, Mapping):
        return values
    result = dict(values)
    for key, value in values.items():
        if isinstance(value, str) and key in fields:
            try:
                result[key] = fields[key].validate_python(value)
            except pydantic.ValidationError:
                pass
    return result


def _location(loc: tuple[int | str, ...], names: Mapping[str, str]) -> str:
    """``steps`` or ``styles.0.strength``, with the Python argument name at the head."""
    if not loc:
        return "body"
    head = names.get(str(loc[0]), str(loc[0]))
    return ".".join([head, *(str(part) for part in loc[1:])])


def _json_form(instance: pydantic.BaseModel) -> dict[str, Any]:
    """``instance.model_dump(mode="json", by_alias=True, exclude_unset=True)``, read off the
    instance when every value set is a JSON scalar: one pydantic-core pass less per call."""
    keys = _SCALAR_KEYS.get(type(instance), ()) or _scalar_keys(type(instance))
    if keys is not None and not instance.__pydantic_extra__:
        given, values, result = instance.__pydantic_fields_set__, instance.__dict__, {}
        for name, key in keys:
            if name in given:
                value = values[name]
                if type(value) not in _SCALARS:
                    break
                result[key] = value
        else:
            return result
    data: dict[str, Any] = instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return data


_SCALARS = frozenset({str, int, float, bool, type(None)})
_SCALAR_KEYS: dict[type, tuple[tuple[str, str], ...] | None] = {}


def _scalar_keys(model: type[pydantic.BaseModel]) -> tuple[tuple[str, str], ...] | None:
    """``(field name, JSON key)`` in serialization order, or ``None`` when the model's schema
    has a serializer, an excluded or a computed field (pydantic then always dumps it)."""
    if model not in _SCALAR_KEYS:
        schema = repr(model.__pydantic_core_schema__)
        marks = ("'serialization'", "serialization_exclude", "'computed_fields'")
        _SCALAR_KEYS[model] = (
            None
            if any(mark in schema for mark in marks)
            else tuple(
                (name, field.serialization_alias or field.alias or name)
                for name, field in model.model_fields.items()
            )
        )
    return _SCALAR_KEYS[model]


# Models that no arguments at all (``{}``) pass, breaking no rule: checked once, not per call.
_EMPTY_IS_CLEAN: set[type[pydantic.BaseModel]] = set()


def validate_arguments(
    model: Any, values: Any, names: Mapping[str, str] | None = None, *, warn: bool = True
) -> Any:
    """Validate ``values`` (keyed by wire name) with ``model`` and return their JSON form.

    ``names`` maps wire names back to the Python parameter names shown in the error message.
    Only the given fields are serialized: the server applies its own defaults to the rest.
    ``warn=False`` checks an envelope around arguments already checked (a flat method's
    ``{model, input: [{params}]}``) without repeating their warnings.
    """
    names = names or {}
    try:
        if isinstance(model, type) and issubclass(model, pydantic.BaseModel):
            nothing = not values and type(values) is dict
            if nothing and model in _EMPTY_IS_CLEAN:
                return {}  # nothing given, as on earlier calls: they passed every check
            validator = model.__pydantic_validator__  # model_validate, one frame less
            instance = validator.validate_python(_iso_text_parsed(model, values), strict=True)
            data = _json_form(instance)
            clean = check_rules(instance, warn=warn, data=data)
            if clean and nothing and data == {}:
                _EMPTY_IS_CLEAN.add(model)
            return data
        adapter = _adapter(model)
        result = adapter.validate_python(values, strict=True)
        if isinstance(result, pydantic.BaseModel):
            check_rules(result, warn=warn)
        return adapter.dump_python(result, mode="json", by_alias=True, exclude_unset=True)
    except pydantic.ValidationError as exc:
        errors = [dict(error) for error in exc.errors(include_url=False, include_input=False)]
        lines = [
            f"{_location(tuple(error['loc']), names)}: {error['msg']}"
            for error in exc.errors(include_url=False)
        ]
        raise RequestValidationError(
            "Invalid arguments (nothing was sent):\n  " + "\n  ".join(lines), errors
        ) from None


def pick(values: Mapping[str, Any], names: tuple[str, ...] | Mapping[str, str]) -> dict[str, Any]:
    """The entries of ``values`` named in ``names`` (validated arguments of one location). A
    mapping renames: ``{"id_header": "id"}`` when the query and a header both have an ``id``."""
    if isinstance(names, tuple):
        return {name: values[name] for name in names if name in values}
    return {wire: values[key] for key, wire in names.items() if key in values}


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
        raise RequestValidationError(
            f"{old}: deprecated alias of {new}; pass only {new} (nothing was sent)"
        )
    past = bool(sunset) and sunset < datetime.date.today().isoformat()
    when = (
        f"its sunset date {sunset} has passed"
        if past
        else f"it stops working on {sunset}" if sunset else "it will be removed"
    )
    more = f" See {url}" if url else ""
    warn_caller(
        f"`{old}` is deprecated ({when}): use `{new}`; it is sent as `{new}`.{more}",
        DeprecationWarning,
    )
    return old_value
