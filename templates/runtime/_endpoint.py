"""One operation's constant facts (:class:`Endpoint`), and :func:`send`, which turns a
method's arguments into its request.

A one-call method is its signature, its docstring and ``return send(_KLING_1, locals())``, shared
by its async twin. Arguments are checked as before (strict models, then the cross-field rules);
nothing is sent when one is wrong. ``locals()`` at the top of a method holds exactly its
parameters: each one the endpoint does not place elsewhere is a body field.

An API with many models (GitHub's thousands) names them lazily: ``cast_to`` is
``deferred(lambda: models.X)`` and the checking models ``lambda: models.Y``, resolved when the
operation is first sent, so importing a resource module builds no model class; only the models of
the operations actually called are imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from types import FunctionType
from typing import Any, Callable, Generic, Mapping, TypeVar, cast

from ._arguments import _EMPTY_IS_CLEAN, embed, format_path, given, pick, use_alias
from ._arguments import validate_arguments
from ._params import Styles
from ._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = ["Endpoint", "deferred", "send"]

T = TypeVar("T")
_OPTIONS = ("self", "extra_headers", "extra_query", "extra_body", "timeout")
_NO_EXTRA = (None, None, None, NOT_GIVEN)
_NO_OPTIONS = RequestOptions()


def deferred(cast_to: Callable[[], type[T]]) -> type[T]:
    """``cast_to`` named by a function that returns it, typed as what it returns: the model is
    looked up (its module imported) when the operation is first sent, not when the resource
    module is imported."""
    return cast("type[T]", cast_to)


def _resolved(value: Any) -> Any:
    """A model field of an :class:`Endpoint`: the value, or what its function returns (a model is
    a class or a typing form, never a plain function)."""
    return value() if isinstance(value, FunctionType) else value


@dataclass(frozen=True)
class Endpoint(Generic[T]):
    """What one operation sends, apart from the caller's values.

    ``path_args``, ``query``, ``headers``, ``cookies``, ``files`` and ``envelope_args`` map wire
    names to the Python names of the arguments sent there; ``kind`` says how the body travels
    (``json``, ``data`` for multipart and forms, ``envelope``, ``whole_json``, ``raw``,
    ``none``). ``cast_to`` and the models (``args``, ``body``, ``whole_type``, ``envelope_model``)
    may be functions returning them (see :func:`deferred`)."""

    method: str
    path: str
    cast_to: type[T]
    args: Any = None  # the model checking the path/query/header/cookie arguments
    body: Any = None  # the model checking the body's fields
    path_args: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    cookies: Mapping[str, str] = field(default_factory=dict)
    styles: Styles | None = None
    kind: str = "json"
    # body fields: wire name → Python name, where they differ
    renames: Mapping[str, str] = field(default_factory=dict)
    files: Mapping[str, str] = field(default_factory=dict)
    whole: str = ""  # the argument that is the whole body (``whole_json``, ``raw``)
    whole_type: Any = None
    envelope: Any = None  # the body template, ``"$params"`` where the checked fields go
    envelope_model: Any = None
    envelope_args: Mapping[str, str] = field(default_factory=dict)
    aliases: tuple[tuple[str, str, str, str], ...] = ()  # (old, new, sunset date, migration URL)
    idempotency_header: str | None = None
    job_id_path: str | None = None

    def located(self) -> tuple[tuple[Mapping[str, str], Mapping[str, str]], ...]:
        """``({key: Python name}, {key: wire name})`` for path, query, headers and cookies. An
        argument's key is its wire name, or its Python name when another location uses the same
        wire name (``id`` in the query and in a header)."""
        places = (self.path_args, self.query, self.headers, self.cookies)
        wires = [wire for place in places for wire in place]
        result = []
        for place in places:
            keys = {wire: (name if wires.count(wire) > 1 else wire) for wire, name in place.items()}
            result.append(
                (
                    {keys[wire]: name for wire, name in place.items()},
                    {keys[wire]: wire for wire in place},
                )
            )
        return tuple(result)

    @cached_property
    def plan(self) -> tuple[Any, ...]:
        """What :func:`send` derives from these facts, once: argument key → Python name, key →
        wire name per location, path styles, wire → Python name where they differ (arguments,
        then body), body fields' Python → wire names, and the parameters not in the body."""
        located = self.located()
        names = {key: name for place, _ in located for key, name in place.items()}
        styles = {k: v for k, v in (self.styles or {}).items() if k[0] == "path"}
        return (
            names,
            tuple(wires for _, wires in located),
            styles or None,
            {key: name for key, name in names.items() if key != name},
            {key: name for key, name in self.renames.items() if key != name},
            {name: key for key, name in self.renames.items()},
            frozenset(
                {*_OPTIONS, *names.values(), *self.files.values(), *self.envelope_args.values()}
                | {self.whole}
            ),
        )


def _unaliased(endpoint: Endpoint[Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with each deprecated argument's value under its new name (with a warning)."""
    result = dict(values)
    for old, new, sunset, url in endpoint.aliases:
        result[new] = use_alias(
            result[new], result.pop(old), old=old, new=new, sunset=sunset, url=url
        )
    return result


def send(endpoint: Endpoint[T], values: Mapping[str, Any]) -> T:
    """Check a method's arguments (``values``: its ``locals()``, ``self`` the resource) and make
    the request with the resource's client.

    ``client.request`` returns the parsed answer, or for an async client the coroutine that the
    async method awaits."""
    client: Any = values["self"]._client
    for alias in endpoint.aliases:
        if not isinstance(values[alias[0]], NotGiven):  # a deprecated name used
            values = _unaliased(endpoint, values)
            break
    given_options = (
        values["extra_headers"],
        values["extra_query"],
        values["extra_body"],
        values["timeout"],
    )
    options = _NO_OPTIONS if given_options == _NO_EXTRA else RequestOptions(*given_options)
    names, wires, path_styles, arg_renames, body_renames, wire, taken = endpoint.plan
    args = {k: values[n] for k, n in names.items() if not isinstance(values[n], NotGiven)}
    args_model = _resolved(endpoint.args)
    if names and args_model is not None and (args or args_model not in _EMPTY_IS_CLEAN):
        args = validate_arguments(args_model, args, arg_renames)
    path_wires, query_wires, header_wires, cookie_wires = wires
    path = endpoint.path
    if path_wires:
        path = format_path(path, pick(args, path_wires), path_styles)
    body = {
        wire.get(name, name): value
        for name, value in values.items()
        if name not in taken and not isinstance(value, NotGiven)
    }
    body_model = _resolved(endpoint.body)
    if body_model is not None and (body or any(name not in taken for name in values)):
        body = validate_arguments(body_model, body, body_renames)
    sent: dict[str, Any] = {}
    whole = values.get(endpoint.whole)
    if endpoint.kind == "json":
        sent["json_body"] = body
    elif endpoint.kind == "data":
        sent["data"] = body
        if endpoint.files:
            sent["files"] = given({w: values[name] for w, name in endpoint.files.items()})
    elif endpoint.kind == "envelope":
        envelope = embed(endpoint.envelope, body)
        if endpoint.envelope_model is not None:
            extra = given({w: values[name] for w, name in endpoint.envelope_args.items()})
            envelope = validate_arguments(
                _resolved(endpoint.envelope_model),
                {**envelope, **extra},
                endpoint.envelope_args,
                warn=False,
            )
        sent["json_body"] = envelope
    elif endpoint.kind == "whole_json" and not isinstance(whole, NotGiven):
        sent["json_body"] = validate_arguments(_resolved(endpoint.whole_type), whole)
    elif endpoint.kind == "raw" and not isinstance(whole, NotGiven):
        sent["content"] = whole
    result: T = client.request(
        endpoint.method,
        path,
        cast_to=_resolved(endpoint.cast_to),
        params=pick(args, query_wires) if query_wires else None,
        headers=pick(args, header_wires) if header_wires else None,
        cookies=pick(args, cookie_wires) if cookie_wires else None,
        styles=endpoint.styles,
        idempotency_header=endpoint.idempotency_header,
        job_id_path=endpoint.job_id_path,
        options=options,
        **sent,
    )
    return result
