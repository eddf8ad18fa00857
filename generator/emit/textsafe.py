"""Escape spec-provided text for each place it lands in generated files.

No string from a spec may end a docstring, a string literal or a comment early, or inject
Markdown/TOML structure: each helper here makes text inert for one context. Text helpers also
replace lone surrogates, which no UTF-8 file can hold (see :func:`without_lone_surrogates`).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\u0085]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (the replacement character).

    JSON can spell one (``"\\ud800"``) and Python strings can hold one, but it cannot be
    encoded as UTF-8: left in, it would fail the write of the generated file at the very end."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _text(value: Any) -> str:
    return without_lone_surrogates(str(value))


def pyrepr(value: Any) -> str:
    """A Python literal for ``value`` (str, number, bool, None, tuple, list, dict of those).

    Strings are ``repr``-escaped, so a lone surrogate reads back exactly (as ``"\\ud800"``).
    NaN is the exception: it has no literal, and is spelled ``float("nan")``."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, float) and value != value:
        return 'float("nan")'  # NaN has no literal: the one value that needs a call
    if isinstance(value, float) and value in (math.inf, -math.inf):
        # No literal spells infinity, but any literal beyond the largest double is read as it,
        # and stays a literal (ast.literal_eval, no reliance on the name ``float``).
        return "1e999" if value > 0 else "-1e999"
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
    value = _text(text).replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    value = _CONTROL.sub(
        lambda m: (
            "\\x%02x" % ord(m.group()) if ord(m.group()) < 256 else "\\u%04x" % ord(m.group())
        ),
        value,
    )
    value = value.replace("\t", "    ")
    # black strips the spaces that end a docstring's lines (Markdown's "  " line breaks)
    value = "\n".join(line.rstrip() for line in value.split("\n"))
    if value.endswith('"'):
        value += " "
    return value


def comment(text: Any) -> str:
    """One line safe in a ``#`` comment (no line breaks, no NUL or other control characters)."""
    return " ".join(_CONTROL.sub(" ", _text(text)).split())


def tomlstr(text: Any) -> str:
    """A TOML basic string (JSON's escapes, plus DEL, which TOML forbids raw)."""
    return json.dumps(_text(text), ensure_ascii=False).replace("\x7f", "\\u007F")


def mdtext(text: Any) -> str:
    """Text on one Markdown line; raw HTML is neutralised."""
    return " ".join(_text(text).split()).replace("<", "&lt;").replace(">", "&gt;")


def mdcode(text: Any) -> str:
    """Text inside a Markdown code span (backticks would end it) or a table cell."""
    return " ".join(_text(text).split()).replace("`", "'").replace("|", "\\|")
