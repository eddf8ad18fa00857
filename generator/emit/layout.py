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
from .textsafe import pyrepr
from .stable import LINE_LENGTH


def black_string(literal: str) -> str:
    """A string literal as ``repr`` writes it, in black's preferred quotes: double, unless that
    needs more escapes (black's ``normalize_string_quotes`` for literals without a prefix, done
    here so that rendering never imports black)."""
    if literal[:1] != "'" or literal[:3] == "'''":
        return literal  # double quotes already (or a form repr does not write): black keeps it
    body, out, index, removed, added = literal[1:-1], [], 0, 0, 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            escaped = body[index + 1 : index + 2]
            removed += escaped == "'"
            out.append("'" if escaped == "'" else char + escaped)
            index += 2
            continue
        added += char == '"'
        out.append('\\"' if char == '"' else char)
        index += 1
    if added > removed:
        return literal
    return '"' + "".join(out) + '"'


def pylit(value: Any) -> str:
    """:func:`~generator.emit.textsafe.pyrepr` as black writes it (string quotes normalized), for
    templates that emit black-stable code."""
    if isinstance(value, str):
        return black_string(repr(value))
    if isinstance(value, tuple):
        inner = ", ".join(pylit(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(pylit(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pylit(k)}: {pylit(v)}" for k, v in value.items()) + "}"
    if isinstance(value, float):  # black drops an exponent's plus sign (1e+16 → 1e16)
        return pyrepr(value).replace("e+", "e")
    return pyrepr(value)


@dataclass(frozen=True)
class Group:
    """``head`` followed by bracketed ``items``: a call, a subscript, a literal, ``key: {…}``."""

    head: str
    opening: str
    items: tuple[Node, ...]
    closing: str
    one_tuple: bool = False  # ``("x",)``: the comma is part of the value


@dataclass(frozen=True)
class Chain:
    """Parts on one line, or one per line at the same indentation when too long (a lambda's
    union split at its operands: ``lambda: A`` / ``| B``)."""

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
    lines = "".join(inner + layout(item, indent + 4, "", ",") + "\n" for item in node.items)
    return f"{prefix}{node.head}{node.opening}\n{lines}{' ' * indent}{node.closing}{suffix}"


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
