"""Models whose definitions are the same text, written once.

Many operations share a parameter schema under their own name (57 of Krea's operations take
only the ``X-Webhook-URL`` header). Every name stays (the names lock and users' imports rely on
them), but a model whose body repeats an earlier model's word for word becomes a subclass of
that model: the same fields, limits and configuration, its own name (which the cross-field rules
and error messages use) and its own docstring.
"""

from __future__ import annotations

import ast

from .open_enums import BASE


def _is_plain(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.ClassDef)
        and not node.decorator_list
        and not node.keywords
        and len(node.bases) == 1
        and isinstance(node.bases[0], ast.Name)
        and node.bases[0].id == BASE
    )


def shared_bodies(source: str, tree: ast.Module | None = None) -> str:
    """``source`` with each repeated model body replaced by the earlier model as a base."""
    tree = ast.parse(source) if tree is None else tree
    lines = source.splitlines(keepends=True)
    first: dict[str, str] = {}
    edits: list[tuple[int, int, str]] = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or not _is_plain(node):
            continue
        start, end = node.body[0].lineno - 1, node.end_lineno or node.lineno
        body = "".join(lines[start:end])
        if body not in first:
            first[body] = node.name
            continue
        head = node.body[0]
        docstring = (
            "".join(lines[head.lineno - 1 : head.end_lineno])
            if isinstance(head, ast.Expr)
            and isinstance(head.value, ast.Constant)
            and isinstance(head.value.value, str)
            else "    pass\n"
        )
        edits.append((node.lineno - 1, end, f"class {node.name}({first[body]}):\n{docstring}"))
    for start, end, text in reversed(edits):
        lines[start:end] = [text]
    return "".join(lines)
