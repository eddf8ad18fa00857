"""Models whose definitions are the same text, written once.

Many operations share a parameter schema under their own name (57 of Krea's operations take
only the ``X-Webhook-URL`` header). Every name stays (the names lock and users' imports rely on
them), but a model whose body repeats an earlier model's word for word becomes a subclass of
that model: the same fields, limits and configuration, its own name (which the cross-field rules
and error messages use) and its own docstring.
"""

from __future__ import annotations

import ast
import re

from generator.errors import GeneratorError
from .parsed import parse_module
from .open_enums import BASE, defined_names

# The runtime's bases that carry ``extra``, under names no schema can take.
_EXTRA_BASES = {"allow": "_OpenModel", "forbid": "_ClosedModel"}
_BASES = (BASE, *_EXTRA_BASES.values())
_IMPORTS = {
    "_OpenModel": "from ._enums import OpenModel as _OpenModel\n",
    "_ClosedModel": "from ._enums import ClosedModel as _ClosedModel\n",
}


def _lines(source: str) -> list[str]:
    """``source``'s lines as :mod:`ast` numbers them: ending at ``\\n``, ``\\r\\n`` or ``\\r``
    only (``str.splitlines`` also splits at form feeds and Unicode separators, which spec text
    may put inside a string)."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", source)


def _is_plain(node: ast.stmt, bases: tuple[str, ...] = (BASE,)) -> bool:
    return (
        isinstance(node, ast.ClassDef)
        and not node.decorator_list
        and not node.keywords
        and len(node.bases) == 1
        and isinstance(node.bases[0], ast.Name)
        and node.bases[0].id in bases
    )


def _extra(statement: ast.stmt) -> str | None:
    """``allow`` of ``model_config = ConfigDict(extra="allow")`` (that setting alone)."""
    if not (
        isinstance(statement, ast.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name)
        and statement.targets[0].id == "model_config"
        and isinstance(statement.value, ast.Call)
        and isinstance(statement.value.func, ast.Name)
        and statement.value.func.id == "ConfigDict"
        and not statement.value.args
        and len(statement.value.keywords) == 1
        and statement.value.keywords[0].arg == "extra"
        and isinstance(statement.value.keywords[0].value, ast.Constant)
    ):
        return None
    value = statement.value.keywords[0].value.value
    return value if isinstance(value, str) and value in _EXTRA_BASES else None


def config_bases(source: str) -> str:
    """``source`` with ``model_config = ConfigDict(extra=…)`` of each model replaced by a base
    that carries it (``_OpenModel``, ``_ClosedModel``), when that is the model's only setting
    and the model keeps a body."""
    tree = parse_module(source)
    if defined_names(tree) & set(_IMPORTS):
        raise GeneratorError(
            "a model is named _OpenModel or _ClosedModel, names the models module needs for itself"
        )
    lines = _lines(source)
    edits: list[tuple[int, int, list[str]]] = []
    used: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or not _is_plain(node):
            continue
        found = [(i, _extra(s)) for i, s in enumerate(node.body) if _extra(s)]
        rest = [s for s in node.body if not _extra(s)]
        if len(found) != 1 or not any(not _is_docstring(s) for s in rest):
            continue
        index, extra = found[0]
        base = _EXTRA_BASES[str(extra)]
        used.add(base)
        statement = node.body[index]
        edits.append((statement.lineno - 1, statement.end_lineno or statement.lineno, []))
        header = lines[node.lineno - 1]
        edits.append((node.lineno - 1, node.lineno, [header.replace(f"({BASE})", f"({base})", 1)]))
    for start, end, text in sorted(edits, reverse=True):
        lines[start:end] = text
    imports = "".join(_IMPORTS[name] for name in sorted(used))
    result = "".join(lines)
    anchor = f"from ._enums import LenientModel as {BASE}\n"
    return result.replace(anchor, anchor + imports, 1) if imports else result


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def shared_bodies(source: str, tree: ast.Module | None = None) -> str:
    """``source`` with each repeated model body replaced by the earlier model as a base."""
    tree = parse_module(source) if tree is None else tree
    lines = _lines(source)
    first: dict[tuple[str, str], str] = {}
    edits: list[tuple[int, int, str]] = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or not _is_plain(node, _BASES):
            continue
        start, end = node.body[0].lineno - 1, node.end_lineno or node.lineno
        body = (ast.unparse(node.bases[0]), "".join(lines[start:end]))
        if body not in first:
            first[body] = node.name
            continue
        head = node.body[0]
        docstring = "".join(lines[head.lineno - 1 : head.end_lineno]) if _is_docstring(head) else ""
        header = f"class {node.name}({first[body]}):"
        text = f"{header}\n{docstring}" if docstring else f"{header} ...\n"
        edits.append((node.lineno - 1, end, text))
    for start, end, text in reversed(edits):
        lines[start:end] = [text]
    return "".join(lines)


def one_line_docstrings(source: str) -> str:
    """A model's or field's one-line docstring on one line, not three (the quotes around the
    text), unless the text ends in a quote or a backslash (which would touch the closing ones)."""
    lines = _lines(source)
    for node in ast.walk(parse_module(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        for statement in node.body:
            if not _is_docstring(statement) or statement.end_lineno != statement.lineno + 2:
                continue
            first, text, last = lines[statement.lineno - 1 : statement.lineno + 2]
            indent = first[: len(first) - len(first.lstrip())]
            body = text.strip()
            if (
                first.strip() == last.strip() == '"""'
                and text.startswith(indent)
                and body
                and not body.endswith(('"', "\\"))
                and not body.startswith('"')
            ):
                lines[statement.lineno - 1] = f'{indent}"""{body}"""\n'
                lines[statement.lineno] = lines[statement.lineno + 1] = ""
    return "".join(lines)
