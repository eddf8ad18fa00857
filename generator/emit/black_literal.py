"""Long data literals (the command and rule tables) written in black's layout, so the
generator need not run black on them.

The same as :func:`~generator.emit.lean.fit` (one line when it fits, else one item per line),
with black's one exception for what it splits itself: a dict or list of a single item gets no
trailing comma (black adds one only where it splits at commas). A one-item tuple keeps its
comma, which is part of the value. The result is what black makes of the flat literal, so the
tables are byte for byte what they were when black formatted them. Each value's flat text is
computed once (the tables are deep: recomputing it at every level would cost more than black).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .lean import LINE_LENGTH, pylit


@lru_cache(maxsize=None)
def _string(value: str) -> str:
    return pylit(value)


def flat_literal(value: Any, flats: dict[int, str] | None = None) -> str:
    """:func:`~.lean.pylit` of ``value``, string literals computed once per distinct string;
    ``flats`` keeps the text of each container met (by id, for one call of :func:`black_fit`)."""
    if isinstance(value, str):
        return _string(value)
    if not isinstance(value, (tuple, list, dict)):
        return pylit(value)
    flats = {} if flats is None else flats
    known = flats.get(id(value))
    if known is not None:
        return known
    if isinstance(value, dict):
        text = (
            "{"
            + ", ".join(
                f"{flat_literal(k, flats)}: {flat_literal(v, flats)}" for k, v in value.items()
            )
            + "}"
        )
    elif isinstance(value, list):
        text = "[" + ", ".join(flat_literal(v, flats) for v in value) + "]"
    else:
        inner = ", ".join(flat_literal(v, flats) for v in value)
        text = f"({inner},)" if len(value) == 1 else f"({inner})"
    flats[id(value)] = text
    return text


def black_fit(value: Any, indent: int, head: str, tail: str = "") -> str:
    """``head + literal + tail`` at ``indent`` spaces, as black lays it out."""
    flats: dict[int, str] = {}  # the values live as long as this call

    def fit(node: Any, indent: int, head: str, tail: str) -> str:
        one_line = flat_literal(node, flats)
        if (
            indent + len(head) + len(one_line) + len(tail) <= LINE_LENGTH
            or not isinstance(node, (tuple, list, dict))
            or not node
        ):
            return head + one_line + tail
        brackets = {tuple: "()", list: "[]", dict: "{}"}[type(node)]
        comma = "," if len(node) > 1 or isinstance(node, tuple) else ""
        inner = " " * (indent + 4)
        entries = (
            [(f"{flat_literal(key, flats)}: ", item) for key, item in node.items()]
            if isinstance(node, dict)
            else [("", item) for item in node]
        )
        items = [inner + fit(item, indent + 4, key, comma) for key, item in entries]
        return (
            head + brackets[0] + "\n" + "\n".join(items) + "\n" + " " * indent + brackets[1] + tail
        )

    return fit(value, indent, head, tail)
