"""Read lean resource methods back as the full methods they stand for.

Generated resources write each operation once (``templates/runtime/_methods.py.jinja``):
``…_and_wait``, ``…_pages`` and ``…_all`` take ``**params: Unpack[<X>Params]``, and the async
class says ``get = awaitable(JobsResource.get)``. The API surface is about what a user can
call, so before methods are compared this module rewrites a resource module's syntax tree into
the explicit form: every ``TypedDict`` key becomes a keyword-only parameter (``Required[...]``
ones without a default), and each ``awaitable`` assignment becomes a copy of the sync method.
"""

from __future__ import annotations

import ast
import copy

# The TypedDicts the runtime defines (``_methods.py``), as the keyword parameters they add.
_RUNTIME_FIELDS = {
    "RequestParams": "extra_headers: Headers | None = None, extra_query: Query | None = None, "
    "extra_body: Body | None = None, timeout: Timeout | NotGiven = NOT_GIVEN",
    "PageRequestParams": "extra_headers: Headers | None = None, extra_query: Query | None = None, "
    "timeout: Timeout | NotGiven = NOT_GIVEN",
    "JobWaitParams": "wait_timeout: float = DEFAULT_JOB_TIMEOUT, poll_interval: float | None = None, "
    "on_progress: Callable[[T, JobState], object] | None = None, "
    "on_created: Callable[[tuple[str, ...]], object] | None = None",
}
Field = tuple[ast.arg, "ast.expr | None"]


def _runtime_fields(name: str, argument: ast.expr | None) -> list[Field]:
    source = _RUNTIME_FIELDS[name]
    if argument is not None:  # JobWaitParams[models.Job]: T is the job's model
        source = source.replace("[T,", f"[{ast.unparse(argument)},")
    function = ast.parse(f"def f(*, {source}): pass").body[0]
    assert isinstance(function, ast.FunctionDef)
    return list(zip(function.args.kwonlyargs, function.args.kw_defaults))


def _typed_dicts(module: ast.Module) -> dict[str, list[Field]]:
    """``name → keyword parameters`` of the module's TypedDicts, bases first."""
    found: dict[str, list[Field]] = {}
    for node in module.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: list[Field] = []
        is_typed_dict = False
        for base in node.bases:
            target, argument = (
                (base.value, base.slice) if isinstance(base, ast.Subscript) else (base, None)
            )
            name = ast.unparse(target)
            if name in _RUNTIME_FIELDS:
                fields += _runtime_fields(name, argument)
                is_typed_dict = True
            elif name in found:
                fields += found[name]
                is_typed_dict = True
            elif name == "TypedDict":
                is_typed_dict = True
        if not is_typed_dict:
            continue
        for item in node.body:
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                annotation = item.annotation
                required = (
                    isinstance(annotation, ast.Subscript)
                    and ast.unparse(annotation.value) == "Required"
                )
                if required and isinstance(annotation, ast.Subscript):
                    annotation = annotation.slice
                default = None if required else ast.Name(id="NOT_GIVEN", ctx=ast.Load())
                fields.append((ast.arg(arg=item.target.id, annotation=annotation), default))
        found[node.name] = fields
    return found


def _expand(
    function: ast.FunctionDef | ast.AsyncFunctionDef, typed_dicts: dict[str, list[Field]]
) -> None:
    """``**params: Unpack[X]`` → the keyword-only parameters ``X`` holds."""
    kwarg = function.args.kwarg
    annotation = kwarg.annotation if kwarg is not None else None
    if not (isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "Unpack"):
        return
    fields = typed_dicts.get(ast.unparse(annotation.slice))
    if fields is None:
        return
    function.args.kwarg = None
    function.args.kwonlyargs += [argument for argument, _ in fields]
    function.args.kw_defaults += [default for _, default in fields]


def _defaults_from_operation(
    function: ast.FunctionDef | ast.AsyncFunctionDef, owner: ast.ClassDef
) -> None:
    """A TypedDict key has no default: take the operation method's own (a fixed ``const``)."""
    base = next(
        (
            function.name[: -len(suffix)]
            for suffix in ("_and_wait", "_pages", "_all")
            if function.name.endswith(suffix)
        ),
        None,
    )
    operation = next(
        (
            f
            for f in owner.body
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.name == base
        ),
        None,
    )
    if operation is None:
        return
    defaults = {a.arg: d for a, d in zip(operation.args.kwonlyargs, operation.args.kw_defaults)}
    function.args.kw_defaults = [
        (
            copy.deepcopy(defaults[a.arg])
            if a.arg in defaults and defaults[a.arg] is not None and d is not None
            else d
        )
        for a, d in zip(function.args.kwonlyargs, function.args.kw_defaults)
    ]


def explicit_methods(module: ast.Module) -> ast.Module:
    """``module`` with lean methods written out (a copy; the argument is left alone)."""
    module = copy.deepcopy(module)
    typed_dicts = _typed_dicts(module)
    classes = {node.name: node for node in module.body if isinstance(node, ast.ClassDef)}
    for node in classes.values():
        # ``with_raw_response`` is a property of every resource (it was inherited before).
        node.body = [
            item
            for item in node.body
            if not (isinstance(item, ast.FunctionDef) and item.name == "with_raw_response")
        ] or [ast.Pass()]
        for index, item in enumerate(node.body):
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                _expand(item, typed_dicts)
                _defaults_from_operation(item, node)
            elif (
                isinstance(item, ast.Assign)
                and len(item.targets) == 1
                and isinstance(item.targets[0], ast.Name)
                and isinstance(item.value, ast.Call)
                and ast.unparse(item.value.func) in ("awaitable", "_awaitable")
                and item.value.args
                and isinstance(item.value.args[0], ast.Attribute)
                and isinstance(item.value.args[0].value, ast.Name)
            ):
                source = classes.get(item.value.args[0].value.id)
                original = next(
                    (
                        f
                        for f in (source.body if source else [])
                        if isinstance(f, ast.FunctionDef) and f.name == item.value.args[0].attr
                    ),
                    None,
                )
                if original is not None:
                    twin = ast.AsyncFunctionDef(
                        name=item.targets[0].id,
                        args=copy.deepcopy(original.args),
                        body=copy.deepcopy(original.body),
                        decorator_list=[],
                        returns=copy.deepcopy(original.returns),
                        type_comment=None,
                    )
                    _expand(twin, typed_dicts)
                    node.body[index] = ast.copy_location(twin, item)
    return module
