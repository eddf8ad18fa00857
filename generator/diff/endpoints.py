"""Read a generated method's :class:`Endpoint` back into the statements it stands for.

A one-call method's body is ``return _send(_NAME, locals())``; the facts the
API diff reads from a body (the HTTP operation, each argument's wire name and the model that
checks it) live in the module-level ``_NAME = Endpoint(...)``. :func:`expand_endpoints`
rewrites such a body into the older explicit form (``validate_arguments(models.X,
given({"wire": argument}))`` and ``self._client.request("GET", "/path")``), which
:mod:`generator.diff.surface` reads, so both forms of generated code compare alike.
"""

from __future__ import annotations

import ast
import copy

_OPTIONS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})
_LOCATIONS = ("path_args", "query", "headers", "cookies")
_ELSEWHERE = ("files", "envelope_args")


def _endpoints(module: ast.Module) -> dict[str, ast.Call]:
    found: dict[str, ast.Call] = {}
    for node in module.body:
        target: ast.expr | None = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == "Endpoint"
        ):
            found[target.id] = value
    return found


def _mapping(node: ast.expr | None) -> dict[str, str]:
    """``{"wire": "name"}`` literal → dict (empty for anything else)."""
    if not isinstance(node, ast.Dict):
        return {}
    return {
        k.value: v.value
        for k, v in zip(node.keys, node.values)
        if isinstance(k, ast.Constant)
        and isinstance(k.value, str)
        and isinstance(v, ast.Constant)
        and isinstance(v.value, str)
    }


def _checked(model: ast.expr | None, entries: dict[str, str]) -> ast.stmt:
    """``validate_arguments(model, given({"wire": name, …}))`` (or ``given`` alone)."""
    table = ast.Dict(
        keys=[ast.Constant(wire) for wire in entries],
        values=[ast.Name(name, ast.Load()) for name in entries.values()],
    )
    value: ast.expr = ast.Call(ast.Name("given", ast.Load()), [table], [])
    if model is not None:
        value = ast.Call(ast.Name("validate_arguments", ast.Load()), [model, value], [])
    return ast.Expr(value)


def _named(node: ast.expr) -> ast.expr:
    """A model as the endpoint names it: ``models.X``, or ``lambda: models.X`` when the models
    are deferred (generator.emit.method_body)."""
    return node.body if isinstance(node, ast.Lambda) else node


def _expanded(function: ast.FunctionDef | ast.AsyncFunctionDef, call: ast.Call) -> list[ast.stmt]:
    keywords = {k.arg: _named(k.value) for k in call.keywords if k.arg}
    # Endpoint(method, path, cast_to, args model, body model, …): the models may be positional
    for name, node in zip(("args", "body"), call.args[3:5]):
        if not (isinstance(node, ast.Constant) and node.value is None):
            keywords.setdefault(name, _named(node))
    statements: list[ast.stmt] = []
    located: dict[str, str] = {}
    for name in _LOCATIONS:
        located.update(_mapping(keywords.get(name)))
    if located:
        statements.append(_checked(keywords.get("args"), located))
    taken = set(_OPTIONS) | set(located.values())
    for name in _ELSEWHERE:
        taken |= set(_mapping(keywords.get(name)).values())
    whole = keywords.get("whole")
    if isinstance(whole, ast.Constant) and isinstance(whole.value, str):
        taken.add(whole.value)
    aliases = keywords.get("aliases")
    if isinstance(aliases, ast.Tuple):
        for entry in aliases.elts:
            if isinstance(entry, ast.Tuple) and isinstance(entry.elts[0], ast.Constant):
                taken.add(str(entry.elts[0].value))
    arguments = function.args
    fields = [
        a.arg
        for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        if a.arg not in taken
    ]
    wire = {name: key for key, name in _mapping(keywords.get("renames")).items()}
    if fields:
        body = {wire.get(name, name): name for name in fields}
        statements.append(_checked(keywords.get("body"), body))
    request = ast.Call(
        ast.Attribute(
            ast.Attribute(ast.Name("self", ast.Load()), "_client", ast.Load()),
            "request",
            ast.Load(),
        ),
        list(call.args[:2]),
        [],
    )
    statements.append(ast.Return(request))
    return statements


def expand_endpoints(module: ast.Module) -> ast.Module:
    """``module`` with every ``return _send(_NAME, locals())`` written out."""
    endpoints = _endpoints(module)
    if not endpoints:
        return module
    module = copy.deepcopy(module)
    for node in ast.walk(module):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for index, statement in enumerate(node.body):
            value = statement.value if isinstance(statement, ast.Return) else None
            if (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id == "_send"
                and len(value.args) in (2, 3)  # (self._client,) _NAME, locals()
                and isinstance(value.args[-2], ast.Name)
                and value.args[-2].id in endpoints
            ):
                expanded = _expanded(node, endpoints[value.args[-2].id])
                node.body[index : index + 1] = expanded
                break
    return module
