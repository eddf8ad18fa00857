"""Escape spec-provided text for each place it lands in generated files.

No string from a spec may end a docstring, a string literal or a comment early, or inject
Markdown/TOML structure: each helper here makes text inert for one context.
"""

from __future__ import annotations

import json
import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\u0085]")


def pyrepr(value: Any) -> str:
    """A Python literal for ``value`` (str, number, bool, None, tuple, list, dict of those)."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return f'float("{value}")'  # inf and nan have no literal
    if isinstance(value, (bool, int, float)) or value is None:
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(pyrepr(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    return repr(str(value))


def docstring(text: Any) -> str:
    """Text safe inside a triple-double-quoted docstring."""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    value = _CONTROL.sub(lambda m: "\\x%02x" % ord(m.group()) if ord(m.group()) < 256 else "\\u%04x" % ord(m.group()), value)
    value = value.replace("\t", "    ")
    if value.endswith('"'):
        value += " "
    return value


def comment(text: Any) -> str:
    """One line safe in a ``#`` comment (no line breaks, no NUL or other control characters)."""
    return " ".join(_CONTROL.sub(" ", str(text)).split())


def tomlstr(text: Any) -> str:
    """A TOML basic string (JSON's escapes, plus DEL, which TOML forbids raw)."""
    return json.dumps(str(text), ensure_ascii=False).replace("\x7f", "\\u007F")


def mdtext(text: Any) -> str:
    """Text on one Markdown line; raw HTML is neutralised."""
    return " ".join(str(text).split()).replace("<", "&lt;").replace(">", "&gt;")


def mdcode(text: Any) -> str:
    """Text inside a Markdown code span (backticks would end it) or a table cell."""
    return " ".join(str(text).split()).replace("`", "'").replace("|", "\\|")
