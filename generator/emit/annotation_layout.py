"""Lay out ``name: annotation = default`` the way black does, so resource modules need no black.

Vendors' enums make long annotations (``Literal["21:9", "1:1", …] | NotGiven``). Black splits
them by a few fixed rules, which this module applies to the annotation's syntax tree:

* a line that fits stays one line;
* a top-level union (``A | B``) goes in parentheses on lines of its own, and inside them on one
  line when it fits, else one operand per line, each but the first after ``| ``;
* a subscript (``Literal[…]``, ``Required[…]``, ``list[…]``) is split at its brackets: the
  contents on one line when they fit, else one item per line with a trailing comma (a tuple of
  items), or the single item laid out the same way one level deeper.

A shape outside those rules (a union inside a tuple of items, a call…) is left on one line: the
file then fails :func:`generator.emit.stable.is_black_stable` and black formats it, so the rules
only ever have to be right, never complete. ``tests/generator/test_annotation_layout.py``
compares them with black on generated shapes.
"""

from __future__ import annotations

import ast

from .stable import LINE_LENGTH

Lines = list[tuple[int, str]]  # (indentation, text) of each line


class _Unknown(Exception):
    """A shape whose black layout these rules do not know."""


def annotated(name: str, annotation: str, default: str | None, indent: int, comma: bool) -> str:
    """``name: annotation[ = default][,]`` starting at column ``indent``, as black writes it.

    The first line has no indentation (the template writes it); later lines carry theirs."""
    suffix = (f" = {default}" if default is not None else "") + ("," if comma else "")
    one_line = f"{name}: {annotation}{suffix}"
    if indent + len(one_line) <= LINE_LENGTH:
        return one_line
    try:
        tree = ast.parse(annotation, mode="eval").body
        lines = _Layout(annotation).top(f"{name}: ", tree, suffix, indent)
    except (SyntaxError, _Unknown):
        return one_line
    first = lines[0][1]
    return "\n".join([first, *(" " * depth + text for depth, text in lines[1:])])


class _Layout:
    """The layout rules over one annotation's text (its nodes' source is cut from it)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def source(self, node: ast.expr) -> str:
        segment = ast.get_source_segment(self.text, node)
        if segment is None or "\n" in segment:
            raise _Unknown
        return segment

    def top(self, prefix: str, node: ast.expr, suffix: str, indent: int) -> Lines:
        """The annotation after ``name: ``: black's invisible parentheses around a union."""
        one_line = prefix + self.source(node) + suffix
        if indent + len(one_line) <= LINE_LENGTH:
            return [(indent, one_line)]
        if _is_union(node):
            return [
                (indent, prefix + "("),
                *self.union(node, indent + 4),
                (indent, ")" + suffix),
            ]
        return self.split(prefix, node, suffix, indent)

    def union(self, node: ast.expr, indent: int) -> Lines:
        """A union inside brackets: one line, or one operand per line after ``| ``."""
        one_line = self.source(node)
        if indent + len(one_line) <= LINE_LENGTH:
            return [(indent, one_line)]
        operands = _operands(node)
        if " | ".join(map(self.source, operands)) != one_line:
            raise _Unknown  # parentheses or odd spacing we would lose
        lines: Lines = []
        for index, operand in enumerate(operands):
            if _is_union(operand):
                raise _Unknown  # a parenthesized union inside a union
            lines += self.split("| " if index else "", operand, "", indent)
        return lines

    def split(
        self, prefix: str, node: ast.expr, suffix: str, indent: int, force: bool = False
    ) -> Lines:
        """``prefix + node + suffix``, split at the subscript's brackets when it is too long
        (or ``force``: the line goes on with text the caller adds)."""
        one_line = prefix + self.source(node) + suffix
        if indent + len(one_line) <= LINE_LENGTH and not force:
            return [(indent, one_line)]
        if isinstance(node, (ast.Name, ast.Attribute, ast.Constant)):
            return [(indent, one_line)]  # an atom: black cannot split it either
        if not isinstance(node, ast.Subscript):
            raise _Unknown  # a union, a list of types, a call…
        head = prefix + self.source(node.value) + "["
        inner = node.slice
        body = self.source(inner)
        if indent + 4 + len(body) <= LINE_LENGTH:
            contents: Lines = [(indent + 4, body)]
        elif isinstance(inner, ast.Tuple):
            if any(_is_union(item) for item in inner.elts):
                raise _Unknown
            contents = [
                line for item in inner.elts for line in self.split("", item, ",", indent + 4)
            ]
        elif _is_union(inner):
            contents = self.union(inner, indent + 4)
        else:
            contents = self.split("", inner, "", indent + 4)
        return [(indent, head), *contents, (indent, "]" + suffix)]


def split_expression(prefix: str, annotation: str, suffix: str, indent: int) -> str | None:
    """``prefix + annotation + suffix`` at column ``indent``, split at the annotation's brackets
    as black splits a subscript (first line without indentation); None when it is no subscript
    or takes a shape these rules do not know."""
    try:
        tree = ast.parse(annotation, mode="eval").body
        if not isinstance(tree, ast.Subscript):
            return None
        lines = _Layout(annotation).split(prefix, tree, suffix, indent)
    except (SyntaxError, _Unknown):
        return None
    return "\n".join([lines[0][1], *(" " * depth + text for depth, text in lines[1:])])


def returns(annotation: str, indent: int = 4) -> str:
    """``) -> annotation:`` closing a signature whose ``)`` is ``indent`` columns in: a union too
    long for the line goes in parentheses, one operand per line, as black writes it."""
    line = f") -> {annotation}:"
    if indent + len(line) <= LINE_LENGTH:
        return line
    try:
        tree = ast.parse(annotation, mode="eval").body
        if not _is_union(tree):
            return line  # left to black
        lines = _Layout(annotation).union(tree, indent + 4)
    except (SyntaxError, _Unknown):
        return line
    body = "".join(" " * depth + text + "\n" for depth, text in lines)
    return f") -> (\n{body}{' ' * indent}):"


def subscript_head(name: str, annotation: str) -> list[str] | None:
    """``name: annotation`` split at the annotation's brackets as black splits the left side
    of an annotated assignment too long for its line (``_X: Endpoint[`` / contents / ``]``);
    the caller appends `` = value`` to the last line. None when the annotation is no
    subscript or its contents take a shape these rules do not know."""
    try:
        tree = ast.parse(annotation, mode="eval").body
        if not isinstance(tree, ast.Subscript):
            return None
        lines = _Layout(annotation).split(f"{name}: ", tree, "", 0, force=True)
    except (SyntaxError, _Unknown):
        return None
    return [" " * depth + text for depth, text in lines]


def union_operands(annotation: str) -> list[str] | None:
    """``["A", "B"]`` of a top-level union ``A | B`` (as written), else None."""
    try:
        tree = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return None
    if not _is_union(tree):
        return None
    layout = _Layout(annotation)
    try:
        operands = [layout.source(node) for node in _operands(tree)]
    except _Unknown:
        return None
    return operands if " | ".join(operands) == annotation else None


def _is_union(node: ast.expr) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr)


def _operands(node: ast.expr) -> list[ast.expr]:
    """``a | b | c`` (parsed as ``(a | b) | c``) as ``[a, b, c]``."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_operands(node.left), node.right]
    return [node]
