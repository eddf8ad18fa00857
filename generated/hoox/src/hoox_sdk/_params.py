"""Serialize path, query, header and cookie parameters the way OpenAPI's ``style``/``explode`` say.

Every operation uses the defaults (``form`` with ``explode`` for query and cookie, ``simple``
without ``explode`` for path and header) unless its spec says otherwise; the generated method
then passes ``styles``: ``{(location, wire name): (style, explode)}``. Scalars are written as
JSON would spell them (``true``, not ``True``); ``None`` is an empty value. A parameter described
by ``content`` instead of ``schema`` has the style ``"json"``: its value is sent as JSON text.
"""

from __future__ import annotations

import json
from typing import Any, Mapping
from urllib.parse import quote

from ._types import NotGiven

Styles = Mapping[tuple[str, str], tuple[str, bool]]
_DEFAULTS = {
    "query": ("form", True),
    "cookie": ("form", True),
    "path": ("simple", False),
    "header": ("simple", False),
}
_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def scalar(value: Any) -> str:
    """One value as text: booleans in lower case, ``None`` empty, the rest as ``str``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def as_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def style_of(styles: Styles | None, location: str, name: str) -> tuple[str, bool]:
    return (styles or {}).get((location, name), _DEFAULTS[location])


def query_pairs(values: Mapping[str, Any], styles: Styles | None = None) -> list[tuple[str, str]]:
    """``name=value`` pairs of the query string, in argument order; unset arguments left out."""
    pairs: list[tuple[str, str]] = []
    for name, value in values.items():
        if isinstance(value, NotGiven):
            continue
        style, explode = style_of(styles, "query", name)
        if style == "json":
            pairs.append((name, as_json(value)))
        elif isinstance(value, Mapping):
            if style == "deepObject":
                pairs += _deep_object(name, value)
            elif explode:
                pairs += [(str(key), scalar(item)) for key, item in value.items()]
            else:
                pairs.append(
                    (name, ",".join(f"{key},{scalar(item)}" for key, item in value.items()))
                )
        elif isinstance(value, (list, tuple)):
            if explode and style == "form":
                pairs += [(name, scalar(item)) for item in value]
            else:
                pairs.append(
                    (name, _DELIMITERS.get(style, ",").join(scalar(item) for item in value))
                )
        else:
            pairs.append((name, scalar(value)))
    return pairs


def _deep_object(prefix: str, value: Mapping[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, item in value.items():
        name = f"{prefix}[{key}]"
        if isinstance(item, Mapping):
            pairs += _deep_object(name, item)
        elif isinstance(item, (list, tuple)):
            pairs += [(name, scalar(element)) for element in item]
        else:
            pairs.append((name, scalar(item)))
    return pairs


def _escaped(value: Any) -> str:
    return quote(scalar(value), safe="")


def _joined(value: Any, explode: bool, escape: bool, separator: str = ",") -> str:
    """``a,b`` for arrays, ``k,v`` (``k=v`` exploded) for objects: the ``simple`` style, and the
    body of ``label`` (with ``.`` between exploded items) and ``matrix``."""
    text = _escaped if escape else scalar
    if isinstance(value, Mapping):
        return separator.join(
            f"{text(key)}={text(item)}" if explode else f"{text(key)},{text(item)}"
            for key, item in value.items()
        )
    if isinstance(value, (list, tuple)):
        return separator.join(text(item) for item in value)
    return text(value)


def path_segment(name: str, value: Any, styles: Styles | None = None) -> str:
    """The URL-escaped text that replaces ``{name}`` in the path."""
    if not styles and type(value) is str:  # the usual id: the default style's text, escaped
        return quote(value, safe="")
    style, explode = style_of(styles, "path", name)
    if style == "json":
        return quote(as_json(value), safe="")
    if style == "label":
        return "." + _joined(value, explode, escape=True, separator="." if explode else ",")
    if style == "matrix" and explode and isinstance(value, (list, tuple)):
        return "".join(f";{name}={quote(scalar(item), safe='')}" for item in value)
    if style == "matrix" and explode and isinstance(value, Mapping):
        return "".join(
            f";{quote(str(key), safe='')}={quote(scalar(item), safe='')}"
            for key, item in value.items()
        )
    if style == "matrix":
        return f";{name}=" + _joined(value, False, escape=True)
    return _joined(value, explode, escape=True)


def header_value(name: str, value: Any, styles: Styles | None = None) -> str:
    """A header parameter's value (``simple`` style, the only one OpenAPI allows for headers)."""
    style, explode = style_of(styles, "header", name)
    return as_json(value) if style == "json" else _joined(value, explode, escape=False)


def cookie_header(values: Mapping[str, Any], styles: Styles | None = None) -> str | None:
    """The ``Cookie`` header for cookie parameters (``form`` style), or None when none is set."""
    parts: list[str] = []
    for name, value in values.items():
        if isinstance(value, NotGiven):
            continue
        style, explode = style_of(styles, "cookie", name)
        if style == "json":
            parts.append(f"{name}={quote(as_json(value), safe='')}")
        elif isinstance(value, (list, tuple)) and explode:
            parts += [f"{name}={quote(scalar(item), safe='')}" for item in value]
        elif isinstance(value, Mapping) and explode:
            parts += [
                f"{quote(str(key), safe='')}={quote(scalar(item), safe='')}"
                for key, item in value.items()
            ]
        else:
            parts.append(f"{name}=" + _joined(value, False, escape=True))
    return "; ".join(parts) or None


def encode_parameters(
    params: Mapping[str, Any] | None,
    headers: Mapping[str, Any] | None,
    cookies: Mapping[str, Any] | None,
    styles: Styles | None,
) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """The query pairs, and the headers with header and cookie parameters written as text."""
    if not params and not headers and not cookies:
        return [], {}  # most calls: nothing to encode
    query = query_pairs(params or {}, styles)
    encoded: dict[str, Any] = {
        name: header_value(name, value, styles)
        for name, value in (headers or {}).items()
        if not isinstance(value, NotGiven)
    }
    cookie = cookie_header(cookies or {}, styles)
    if cookie is not None:
        encoded["Cookie"] = cookie
    return query, encoded
