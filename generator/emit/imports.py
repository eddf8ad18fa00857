"""Drop the names a generated module imports but never uses.

Resource templates import the runtime helpers any resource might need; deciding per module
which ones it does is easier after rendering, from the code itself, than inside a template.
Only ``from … import …`` statements are pruned, and only names that appear nowhere else in the
module (``__all__`` strings and annotations included).
"""

from __future__ import annotations

import ast


def _used_names(tree: ast.Module) -> set[str]:
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            used.update(
                part
                for part in node.value.replace("[", " ")
                .replace("]", " ")
                .replace(",", " ")
                .replace(".", " ")
                .split()
            )
    return used


def prune_imports(source: str) -> str:
    """``source`` without unused names in its top-level ``from … import …`` statements."""
    tree = ast.parse(source)
    imports: list[ast.Import | ast.ImportFrom] = [
        node
        for node in tree.body
        if (isinstance(node, ast.ImportFrom) and node.module != "__future__")
        or isinstance(node, ast.Import)
    ]
    body_only = ast.Module(
        body=[node for node in tree.body if node not in imports], type_ignores=[]
    )
    used = _used_names(body_only)
    lines = source.splitlines(keepends=True)
    for node in sorted(imports, key=lambda n: n.lineno, reverse=True):
        kept = [
            alias
            for alias in node.names
            if (alias.asname or alias.name.split(".")[0]) in used or alias.name == "*"
        ]
        if len(kept) == len(node.names):
            continue
        start, end = node.lineno - 1, (node.end_lineno or node.lineno)
        if kept:
            names = ", ".join(
                alias.name + (f" as {alias.asname}" if alias.asname else "") for alias in kept
            )
            head = (
                "import "
                if isinstance(node, ast.Import)
                else f"from {'.' * node.level}{node.module or ''} import "
            )
            line = head + names + "\n"
            if len(line) > 101:  # as black writes it: one name per line, a magic trailing comma
                line = (
                    head + "(\n" + "".join(f"    {name},\n" for name in names.split(", ")) + ")\n"
                )
            lines[start:end] = [line]
        else:
            lines[start:end] = []
    return "".join(lines)
