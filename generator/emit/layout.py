"""Lay out generated expressions the way black does, so rendered code needs no formatter.

An expression is a tree of atoms (text) and bracketed groups. A group goes on one line when
the whole line fits in black's 100 columns; otherwise its brackets are exploded, one item per
line with a magic trailing comma, and each item is laid out the same way one level deeper.
Black keeps both forms as they are (a line that fits is left alone; a magic trailing comma
forces one item per line), so the output is a black fixed point; the tests hold it to that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union

from .annotation_layout import split_expression
from .lean import LINE_LENGTH, pylit


@dataclass(frozen=True)
class Group:
    """``head`` followed by bracketed ``items``: a call, a subscript, a literal, ``key: {…}``."""

    head: str
    opening: str
    items: tuple[Node, ...]
    closing: str
    one_tuple: bool = False  # ``("x",)``: the comma is part of the value
    invisible: bool = False  # parentheses black adds only when it splits (``x=(a if b else c)``)


@dataclass(frozen=True)
class Chain:
    """Parts split only at their spaces, one per line (``a`` / ``if b`` / ``else c``)."""

    parts: tuple[str, ...]


@dataclass(frozen=True)
class TypeExpression:
    """``head`` then a type expression (``whole_type=lambda: Dict[…]``), split at its brackets
    as black splits it (:func:`~generator.emit.annotation_layout.split_expression`)."""

    head: str
    text: str


Node = Union[str, Group, Chain, TypeExpression]


def flat(node: Node) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, Chain):
        return " ".join(node.parts)
    if isinstance(node, TypeExpression):
        return node.head + node.text
    inner = ", ".join(flat(item) for item in node.items) + ("," if node.one_tuple else "")
    if node.invisible:
        return f"{node.head}{inner}"
    return f"{node.head}{node.opening}{inner}{node.closing}"


def layout(node: Node, indent: int, prefix: str = "", suffix: str = "") -> str:
    """``prefix + node + suffix`` starting at column ``indent`` (the caller writes the indent)."""
    one_line = prefix + flat(node) + suffix
    if isinstance(node, str) or indent + len(one_line) <= LINE_LENGTH:
        return one_line
    if isinstance(node, Chain):
        return prefix + ("\n" + " " * indent).join(node.parts) + suffix
    if isinstance(node, TypeExpression):
        split = split_expression(prefix + node.head, node.text, suffix, indent)
        return one_line if split is None else split
    if not node.items:
        return one_line
    inner = " " * (indent + 4)
    comma = "" if node.invisible else ","
    lines = "".join(inner + layout(item, indent + 4, "", comma) + "\n" for item in node.items)
    return f"{prefix}{node.head}{node.opening}\n{lines}{' ' * indent}{node.closing}{suffix}"


def conditional(head: str, value: str, condition: str, otherwise: str) -> Group:
    """``head(value if condition else otherwise)`` with the parentheses black adds to split it."""
    return Group(
        head, "(", (Chain((value, f"if {condition}", f"else {otherwise}")),), ")", invisible=True
    )


def call(name: str, *arguments: Node) -> Group:
    return Group(name, "(", tuple(arguments), ")")


def keyword(name: str, value: Node) -> Node:
    """``name=value``."""
    if isinstance(value, str):
        return f"{name}={value}"
    if isinstance(value, Chain):
        return f"{name}={flat(value)}"
    if isinstance(value, TypeExpression):
        return TypeExpression(f"{name}={value.head}", value.text)
    return Group(f"{name}={value.head}", value.opening, value.items, value.closing, value.one_tuple)


def literal(value: Any, head: str = "") -> Node:
    """A Python literal of ``value`` (see :func:`~generator.emit.lean.pylit`) as a tree."""
    if isinstance(value, dict) and value:
        items = tuple(literal(v, f"{pylit(k)}: ") for k, v in value.items())
        return Group(head, "{", items, "}")
    if isinstance(value, list) and value:
        return Group(head, "[", tuple(literal(v) for v in value), "]")
    if isinstance(value, tuple) and value:
        return Group(head, "(", tuple(literal(v) for v in value), ")", one_tuple=len(value) == 1)
    return head + pylit(value)


def names(entries: list[tuple[Any, str]]) -> Group:
    """``{"wire": name, …}``: a dict of argument names by key."""
    return Group("", "{", tuple(f"{pylit(key)}: {name}" for key, name in entries), "}")
