"""Long data literals (the command and rule tables) written in black's layout, so the
generator need not run black on them.

The same as :func:`~generator.emit.lean.fit` (one line when it fits, else one item per line),
with black's one exception for what it splits itself: a dict or list of a single item gets no
trailing comma (black adds one only where it splits at commas). A one-item tuple keeps its
comma, which is part of the value. The result is what black makes of the flat literal, so the
tables are byte for byte what they were when black formatted them.
"""

from __future__ import annotations

from typing import Any

from .lean import LINE_LENGTH, pylit


def black_fit(value: Any, indent: int, head: str, tail: str = "") -> str:
    """``head + literal + tail`` at ``indent`` spaces, as black lays it out."""
    flat = pylit(value)
    if (
        indent + len(head) + len(flat) + len(tail) <= LINE_LENGTH
        or not isinstance(value, (tuple, list, dict))
        or not value
    ):
        return head + flat + tail
    brackets = {tuple: "()", list: "[]", dict: "{}"}[type(value)]
    opening, closing = brackets[0], brackets[1]
    comma = "," if len(value) > 1 or isinstance(value, tuple) else ""
    inner = " " * (indent + 4)
    entries = (
        [(f"{pylit(key)}: ", item) for key, item in value.items()]
        if isinstance(value, dict)
        else [("", item) for item in value]
    )
    items = [inner + black_fit(item, indent + 4, key, comma) for key, item in entries]
    return head + opening + "\n" + "\n".join(items) + "\n" + " " * indent + closing + tail
