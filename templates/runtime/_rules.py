"""Check the cross-field rules of the API (``if``/``then``, ``dependentRequired``, exactly-one-of,
size limits) and the value checks the models leave out (``format: uri`` as an absolute http(s)
URL, file inputs' type and inline size), before a request is sent.

The rules are JSON Schema fragments collected from the spec by the generator (``_rule_table.py``);
this module evaluates the subset of JSON Schema they use on the JSON form of each model.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

import pydantic

from ._exceptions import RequestValidationError, UnverifiedRuleWarning
from ._rule_table import RULES
from ._warnings import warn_caller

__all__ = ["check_rules"]

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
    "integer": (int,),
    "number": (int, float),
}


def _type_ok(value: Any, kind: str) -> bool:
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(kind, (object,)))


def _is_web_url(value: str) -> bool:
    """An absolute ``http``/``https`` URL with a host: what an API can fetch or call back."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https")
        and bool(parts.hostname)
        and value == value.strip()
    )


_BASE64 = re.compile(r"[A-Za-z0-9+/_\-]*={0,2}")
_EXTENSION = re.compile(r"\.([A-Za-z0-9]{1,5})$")


def _inline_size(payload: str) -> int:
    """Bytes that ``payload`` (Base64 text) decodes to, without decoding it."""
    text = "".join(payload.split())
    return len(text) * 3 // 4 - (len(text) - len(text.rstrip("=")))


def _media_problem(value: str, spec: dict[str, Any]) -> str | None:
    """What can be checked about an image (or other file) given as a URL, a ``data:`` URL or raw
    Base64, without fetching anything: the file type a URL's path or a ``data:`` URL names, and
    the size of inline data. Pixel dimensions and the real content are the server's to check."""
    extensions = [str(e).lower() for e in spec.get("extensions") or []]
    media_types = [str(m).lower() for m in spec.get("media_types") or []]
    limit = spec.get("max_bytes")
    allowed = ", ".join(f".{e}" for e in extensions)
    if value[:5].lower() == "data:":
        header, comma, payload = value[5:].partition(",")
        kind = header.split(";")[0].strip().lower()
        if not comma:
            return "is a malformed data: URL"
        if media_types and kind not in media_types:
            return f"is {kind or 'untyped'} data; must be {' or '.join(media_types)}"
        size = _inline_size(payload) if ";base64" in header.lower() else len(payload.encode())
    elif urlsplit(value).scheme.lower() in ("http", "https"):
        if not _is_web_url(value):
            return "must be an absolute http(s) URL or Base64 data"
        found = _EXTENSION.search(urlsplit(value).path)
        if extensions and found and found.group(1).lower() not in extensions:
            return f"names a .{found.group(1)} file; must be {allowed}"
        return None
    else:
        if not _BASE64.fullmatch("".join(value.split())):
            return "must be an http(s) URL or Base64 data"
        size = _inline_size(value)
    if isinstance(limit, int) and size > limit:
        return f"is {size} bytes of inline data, more than {limit}"
    return None


def violation(schema: Any, value: Any) -> str | None:
    """Why ``value`` fails ``schema`` (a short phrase naming the field), or ``None``."""
    if schema is True:
        return None
    if schema is False:
        return "is not allowed"
    if not isinstance(schema, dict):
        return None
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_type_ok(value, kind) for kind in kinds):
            return f"must be of type {' or '.join(kinds)}"
    if "const" in schema and value != schema["const"]:
        return f"must be {schema['const']!r}"
    if "enum" in schema and value not in schema["enum"]:
        return f"must be one of {', '.join(repr(v) for v in schema['enum'])}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return f"must be at least {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return f"must be at most {schema['maximum']}"
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            return f"must be more than {schema['exclusiveMinimum']}"
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            return f"must be less than {schema['exclusiveMaximum']}"
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            return f"must have at least {schema['minLength']} characters"
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return f"must have at most {schema['maxLength']} characters"
        if "pattern" in schema and not re.search(schema["pattern"], value):
            return f"must match {schema['pattern']!r}"
        if schema.get("format") == "uri" and not _is_web_url(value):
            return "must be an absolute http(s) URL"
        if isinstance(schema.get("x-sdk-media-input"), dict):
            problem = _media_problem(value, schema["x-sdk-media-input"])
            if problem:
                return problem
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            return f"must have at least {schema['minItems']} items"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return f"must have at most {schema['maxItems']} items"
        if "items" in schema:
            for index, item in enumerate(value):
                problem = violation(schema["items"], item)
                if problem:
                    return f"item {index} {problem}"
    if "x-max-bytes" in schema:
        size = len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())
        if size > schema["x-max-bytes"]:
            return f"is {size} bytes as JSON, more than {schema['x-max-bytes']}"
    if isinstance(value, dict):
        missing = [name for name in schema.get("required", []) if name not in value]
        if missing:
            return "needs " + ", ".join(f"`{name}`" for name in missing)
        for name, needed in (schema.get("dependentRequired") or {}).items():
            absent = [n for n in needed if n not in value]
            if name in value and absent:
                return f"`{name}` needs " + ", ".join(f"`{n}`" for n in absent)
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            return f"needs at least {schema['minProperties']} fields"
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            return f"allows at most {schema['maxProperties']} fields"
        for name, child in (schema.get("properties") or {}).items():
            if name in value:
                problem = violation(child, value[name])
                if problem:
                    return f"`{name}` {problem}"
    for member in schema.get("allOf") or []:
        problem = violation(member, value)
        if problem:
            return problem
    if "anyOf" in schema and all(violation(member, value) for member in schema["anyOf"]):
        return "matches none of the allowed combinations"
    if "oneOf" in schema:
        matches = sum(1 for member in schema["oneOf"] if violation(member, value) is None)
        if matches != 1:
            return "must match exactly one of the allowed combinations" + (
                f" (it matches {matches})" if matches else ""
            )
    if "not" in schema and violation(schema["not"], value) is None:
        return "is a combination that is not allowed"
    if "if" in schema:
        branch = "then" if violation(schema["if"], value) is None else "else"
        if branch in schema:
            return violation(schema[branch], value)
    return None


def _problems(instance: pydantic.BaseModel, where: str, data: Any = None) -> list[tuple[str, bool]]:
    """``(message, unverified)`` for every rule ``instance`` and its nested models break.
    ``data``: the instance's JSON form when the caller has it already."""
    problems = []
    rules = RULES.get(type(instance).__name__, ())
    if rules:
        if data is None:
            data = instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
        for rule in rules:
            problem = violation(rule["schema"], data)
            if problem:
                note = " (a rule the spec marks unverified)" if rule.get("unverified") else ""
                text = f"{rule['description']} " if rule.get("description") else ""
                problems.append(
                    (
                        f"{where}: {text}[rule {rule['id']}: {problem}]{note}".lstrip(": "),
                        bool(rule.get("unverified")),
                    )
                )
    for name, value in instance.__dict__.items():  # the fields, as getattr would give them
        if isinstance(value, pydantic.BaseModel):
            problems.extend(_problems(value, f"{where}.{name}".lstrip(".")))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                if isinstance(child, pydantic.BaseModel):
                    problems.extend(_problems(child, f"{where}.{name}.{index}".lstrip(".")))
    return problems


def check_rules(instance: pydantic.BaseModel, *, warn: bool = True, data: Any = None) -> bool:
    """Raise :class:`RequestValidationError` listing every rule ``instance`` breaks; return
    whether it broke none. ``data``: its JSON form (``by_alias``, ``exclude_unset``), when
    the caller has it.

    A rule the spec marks unverified (our guess, not the vendor's documented fact) never blocks
    a request on its own: breaking only such rules is an :class:`UnverifiedRuleWarning`, and
    the request is sent (``warnings.simplefilter("error", UnverifiedRuleWarning)`` makes them
    errors)."""
    problems = _problems(instance, "", data)
    if any(not unverified for _, unverified in problems):
        raise RequestValidationError(
            "Invalid arguments (nothing was sent):\n  " + "\n  ".join(text for text, _ in problems)
        )
    if problems and warn:
        message = "The API may reject these arguments (sent anyway):\n  " + "\n  ".join(
            text for text, _ in problems
        )
        warn_caller(message, UnverifiedRuleWarning)
    return not problems
