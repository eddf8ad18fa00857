"""Black's layout for the statements of the package modules a spec fills in (``_constants``,
``_version``, ``_rule_table``, ``_envelope``, ``webhooks``), so those files need no formatter.

:func:`~generator.emit.layout.layout` lays out the resource modules' calls, where an exploded
group always ends in a magic trailing comma. Here a literal is laid out exactly as black lays out
the same literal written on one line: black adds a trailing comma only where it splits at commas,
so an exploded group of one item (``{"properties": {...}}``) has none; a one-tuple keeps its own.
A line black would leave too long is written as black leaves it; where the shape of such a line
is not surely black's, :func:`~generator.emit.stable.is_black_stable` refuses the file, so black
still decides it (``tests/generator/test_package_layout.py`` holds both to account).
"""

from __future__ import annotations

from typing import Any

from .layout import Group, Node, flat, literal
from .stable import LINE_LENGTH
from .textsafe import docstring


def black_layout(node: Node, indent: int, prefix: str = "", suffix: str = "") -> str:
    """``prefix + node + suffix`` starting at column ``indent``, as black writes it."""
    one_line = prefix + flat(node) + suffix
    if not isinstance(node, Group) or not node.items or indent + len(one_line) <= LINE_LENGTH:
        return one_line
    inner = " " * (indent + 4)
    if len(node.items) == 1 and not node.one_tuple:  # black splits no comma: none is added
        lines = inner + black_layout(node.items[0], indent + 4) + "\n"
    else:
        lines = "".join(
            inner + black_layout(item, indent + 4, "", ",") + "\n" for item in node.items
        )
    return f"{prefix}{node.head}{node.opening}\n{lines}{' ' * indent}{node.closing}{suffix}"


def statement(head: str, text: str, comment: str = "") -> str:
    """``head`` (``NAME = `` or ``NAME: type = ``) and the one-atom expression ``text`` (a
    literal, an f-string), at module level: on one line when it fits, else in the parentheses
    black adds when the atom then fits on its own line."""
    tail = f"  {comment}" if comment else ""
    if len(head) + len(text) + len(tail) <= LINE_LENGTH:
        return head + text + tail
    if 4 + len(text) + len(tail) <= LINE_LENGTH or (":" in head and not tail):
        # (after an annotation black wraps it even when it is still too long)
        return f"{head}(\n    {text}{tail}\n)"
    return head + text + tail  # black leaves it too long; the stability check sends it to black


def assign(head: str, value: Any, comment: str = "") -> str:
    """``head`` and the literal of ``value`` (see :func:`statement`; a collection too long for
    the line is exploded as black explodes it)."""
    node = literal(value)
    tail = f"  {comment}" if comment else ""
    if isinstance(node, Group) and len(head) + len(flat(node)) + len(tail) > LINE_LENGTH:
        if comment:
            raise ValueError("a comment after an exploded literal has no black layout here")
        return black_layout(node, 0, head)
    return statement(head, flat(node), comment)


def user_agent(distribution_name: str) -> str:
    """The ``USER_AGENT = f"..."`` line of ``_constants`` (the name is a validated dist name)."""
    text = (
        f'f"{distribution_name}/{{__version__}} httpx/{{httpx.__version__}}'
        ' Python/{platform.python_version()}"'
    )
    return statement("USER_AGENT = ", text)


def bracket_line(head: str, items: list[str], tail: str, indent: int = 0) -> str:
    """``head(items)tail`` for a call, a ``def`` or a ``class`` line (not a literal): on one
    line when it fits, else the items on one line of their own when that fits, else one per
    line with a trailing comma (black explodes only literals and imports unconditionally)."""
    inner = ", ".join(items)
    pad = " " * (indent + 4)
    if indent + len(head) + len(inner) + len(tail) <= LINE_LENGTH:
        return f"{head}{inner}{tail}"
    if indent + 4 + len(inner) <= LINE_LENGTH:
        return f"{head}\n{pad}{inner}\n{' ' * indent}{tail.lstrip()}"
    lines = "".join(f"{pad}{item},\n" for item in items)
    return f"{head}\n{lines}{' ' * indent}{tail.lstrip()}"


def hook_def(function: str, annotation: str) -> str:
    """``def function(payload: …) -> annotation:`` of a webhook parser, as black writes it.

    Black gives a lone parameter a trailing comma when it splits. An annotation with brackets
    may be split instead: that line is left too long, so black formats the module."""
    payload = "payload: bytes | str | Mapping[str, Any]"
    line = f"def {function}({payload}) -> {annotation}:"
    if len(line) <= LINE_LENGTH or any(bracket in annotation for bracket in "[("):
        return line
    return f"def {function}(\n    {payload},\n) -> {annotation}:"


def event_alias(annotation: str) -> str:
    """``Event = Union[…]`` of the union ``annotation`` of the webhook payload types (black
    splits the subscript, its items on one line of their own when they fit there)."""
    return bracket_line("Event = Union[", annotation.split(" | "), "]")


def docstring_close(line: str, indent: int) -> str:
    """The last line of a docstring (``indent`` spaces in) and its closing quotes: after it,
    or on a line of their own when they would pass the line length (as black puts them)."""
    if indent + len(line) + 3 > LINE_LENGTH:
        return f'{line}\n{" " * indent}"""'
    return f'{line}"""'


def docblock(text: str, indent: int) -> str:
    """A docstring of spec text (quotes included) ``indent`` spaces in, as black leaves it:
    lines after the first re-indented to the docstring's own indentation (black moves them by
    their common indentation), trailing spaces and blank lines dropped, and the closing quotes
    after a one-line text (however long) or on a line of their own after several. A text black would still
    change (one ending in a quote or a backslash, a line too long for the closing quotes) is
    left for :func:`~generator.emit.stable.is_black_stable` to send to black."""
    lines = docstring(text).split("\n")
    rest = [line for line in lines[1:] if line.strip()]
    common = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    pad = " " * indent
    body = "\n".join(
        [lines[0].strip(), *(pad + line[common:] if line.strip() else "" for line in lines[1:])]
    ).rstrip()
    if body.endswith('"'):
        body += " "  # the quote must not touch the closing ones (black adds the same space)
    if "\n" in body:
        return f'"""{body}\n{pad}"""'
    return f'"""{body}"""'  # black never moves the closing quotes of a one-line docstring


def property_def(name: str, returns: str, indent: int = 4) -> str:
    """``def name(self) -> returns:`` of a property, as black splits it when it is too long
    (the lone ``self`` on its own line, with a trailing comma)."""
    line = f"def {name}(self) -> {returns}:"
    if indent + len(line) <= LINE_LENGTH:
        return line
    return f"def {name}(\n{' ' * (indent + 4)}self,\n{' ' * indent}) -> {returns}:"
