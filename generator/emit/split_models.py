"""Split the models module by resource, so a resource loads only the models it uses.

datamodel-code-generator writes every model into one module; for GitHub's API that is 68,000
lines, and importing it costs ten times ``import httpx, pydantic``. Here the module is cut into
groups by who uses each model: ``_models_for_<resource>.py`` holds the models only that resource
reaches, ``_models_common.py`` the ones several groups share, ``_models_other.py`` the rest
(webhooks, unused schemas). ``models.py`` becomes a facade: ``models.X`` and
``from pkg.models import X`` import X's group on first use (PEP 562), and type checkers read the
names from an ``if TYPE_CHECKING`` import of every group.

No module imports another group but the common one: a model two groups reach, and everything it
reaches, is common. Definitions keep their order and their text.
"""

from __future__ import annotations

import ast
import re

from .parsed import parse_module

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MODEL_REFERENCE = re.compile(r"\bmodels\.([A-Za-z_][A-Za-z0-9_]*)")
COMMON = "common"
OTHER = "other"
# Split only when the models module is this big: a small API loads its models at once anyway.
MIN_DEFINITIONS = 200


def _definitions(tree: ast.Module) -> tuple[int, list[tuple[str, ast.stmt, int, int]]]:
    """(end line of the prelude, [(name, statement, first line, last line)]) of the models
    module; a string after a definition (its docstring) belongs to it."""
    body = tree.body
    first = next(
        (i for i, node in enumerate(body) if not isinstance(node, (ast.Import, ast.ImportFrom))),
        len(body),
    )
    prelude_end = body[first - 1].end_lineno if first else 0
    result: list[tuple[str, ast.stmt, int, int]] = []
    for node in body[first:]:
        start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        end = node.end_lineno or node.lineno
        if isinstance(node, ast.ClassDef):
            result.append((node.name, node, start, end))
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            result.append((node.targets[0].id, node, start, end))
        elif (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and result
        ):
            name, previous, previous_start, _ = result[-1]
            result[-1] = (name, previous, previous_start, end)
        else:
            raise ValueError(f"unexpected statement at line {node.lineno}")
    return prelude_end or 0, result


def _references(node: ast.stmt, names: set[str]) -> set[str]:
    """The model names a definition uses, quoted forward references included."""
    found: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            found.add(child.id)
        elif isinstance(child, ast.Constant) and isinstance(child.value, str):
            found.update(_IDENTIFIER.findall(child.value))
    return found & names


def splits(source: str, minimum: int = MIN_DEFINITIONS) -> bool:
    """Whether :func:`split_models` splits ``source`` (it has ``minimum`` definitions or more);
    a models module too small for that is never parsed."""
    if source.count("\nclass ") + source.count(" = ") < minimum:
        return False  # an upper bound of the definitions: surely too few
    try:
        return len(_definitions(parse_module(source))[1]) >= minimum
    except ValueError:
        return False


def split_models(
    source: str, package_name: str, users: dict[str, str], minimum: int = MIN_DEFINITIONS
) -> dict[str, str] | None:
    """``module file name → source`` (``models.py`` the facade), or None to keep one module.

    ``users``: ``resource module → its source`` (``models.X`` references are what it uses)."""
    tree = parse_module(source)
    try:
        prelude_end, definitions = _definitions(tree)
    except ValueError:
        return None
    if len(definitions) < minimum:
        return None
    names = {name for name, _, _, _ in definitions}
    deps = {name: _references(node, names) - {name} for name, node, _, _ in definitions}

    def closure(roots: set[str]) -> set[str]:
        seen: set[str] = set()
        stack = [r for r in roots if r in names]
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(deps[name] - seen)
        return seen

    reached = {
        f"for_{module}": closure(set(_MODEL_REFERENCE.findall(text)))
        for module, text in sorted(users.items())
    }
    used = set().union(*reached.values()) if reached else set()
    reached[OTHER] = closure(names - used)
    owners: dict[str, list[str]] = {name: [] for name in names}
    for group, members in reached.items():
        for name in members:
            owners[name].append(group)
    group_of = {
        name: (groups[0] if len(groups) == 1 else COMMON) for name, groups in owners.items()
    }
    lines = source.splitlines(keepends=True)
    prelude = "".join(lines[:prelude_end]).rstrip("\n") + "\n"
    chunks: dict[str, list[str]] = {}
    for name, _, start, end in definitions:
        text = "".join(lines[start - 1 : end]).rstrip("\n") + "\n"
        chunks.setdefault(group_of[name], []).append(text)
    files: dict[str, str] = {}
    for group, texts in sorted(chunks.items()):
        # Every common model this group reaches, not only the ones it names: pydantic completes
        # a nested model that is still being defined with the namespace of the one using it.
        direct = {
            dep
            for name, _, _, _ in definitions
            if group_of[name] == group
            for dep in deps[name]
            if group_of[dep] != group
        }
        imported = sorted(name for name in closure(direct) if group_of[name] != group)
        header = prelude
        if imported:
            header += "".join(f"from ._models_{COMMON} import {dep}\n" for dep in imported)
        files[f"_models_{group}.py"] = header + "\n\n" + "\n\n".join(texts)
    files["models.py"] = _facade(
        source, package_name, {name: group_of[name] for name, _, _, _ in definitions}
    )
    return files


def _facade(source: str, package_name: str, group_of: dict[str, str]) -> str:
    header = source.split("\nfrom ", 1)[0].rstrip("\n")  # the models module's comment header
    by_group: dict[str, list[str]] = {}
    for name, group in group_of.items():
        by_group.setdefault(group, []).append(name)
    checking = "".join(
        f"    from ._models_{group} import {name} as {name}\n"
        for group in sorted(by_group)
        for name in sorted(by_group[group])
    )
    table = "".join(f'    "{name}": "_models_{group_of[name]}",\n' for name in sorted(group_of))
    return (
        f'{header}\n"""The models of ``{package_name}``; each group of models loads on first use."""\n\n'
        "from __future__ import annotations\n\n"
        "import importlib\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        f"if TYPE_CHECKING:\n{checking}\n"
        f"_WHERE = {{\n{table}}}\n"
        "__all__ = sorted(_WHERE)\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        '    """Import the group that defines ``name`` (once), and keep the name here."""\n'
        "    module = _WHERE.get(name)\n"
        "    if module is None:\n"
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        '    value = getattr(importlib.import_module(f".{module}", __package__), name)\n'
        "    globals()[name] = value\n"
        "    return value\n\n\n"
        "def __dir__() -> list[str]:\n"
        "    return sorted(_WHERE)\n"
    )
