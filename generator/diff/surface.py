"""The public Python surface of a generated package, read with :mod:`ast` (never imported).

What a user's code can touch: the exported names, the client classes with their options and
resource attributes, every resource method (parameters with types, defaults and requiredness;
the return type; the HTTP operation it calls), and every model (fields, aliases, ``Literal``
and enum members). The source is parsed rather than imported so that a diff can read any git
revision without executing it.

A few facts are recovered from the method bodies (their endpoints written out first, see
:mod:`generator.diff.endpoints`) because signatures alone do not hold them:
the ``self._client.request("GET", "/jobs", …)`` call names the operation (to recognise a
renamed method), and ``validate_arguments(models.X, given({"wire": arg}), …)`` names the
model whose constraints the client checks for each argument (to see a limit tightened).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from generator.errors import GeneratorError
from .endpoints import expand_endpoints
from .lean import explicit_methods
from .typeexpr import ANY, TypeExpr, parse_node

ModelKind = Literal["class", "alias", "root", "enum"]
# pydantic ``Field`` keywords that restrict values (lower bounds, upper bounds, the rest).
LOWER_LIMITS = ("ge", "gt", "min_length", "min_items")
UPPER_LIMITS = ("le", "lt", "max_length", "max_items", "max_digits", "decimal_places")
OTHER_LIMITS = ("pattern", "multiple_of", "unique_items", "strict")
LIMIT_KEYWORDS = LOWER_LIMITS + UPPER_LIMITS + OTHER_LIMITS
Limits = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Param:
    """One parameter of a method or of a client's constructor."""

    name: str
    positional: bool
    type: TypeExpr
    required: bool
    default: str | None  # source text of the default (``NOT_GIVEN``), None when required
    wire: str | None = None  # the name on the wire, when the body says
    limits: Limits = ()  # constraints the client checks before sending


@dataclass(frozen=True)
class Method:
    name: str
    params: tuple[Param, ...]
    returns: TypeExpr
    http: str | None  # ``GET /jobs/{id}`` from the request call
    deprecated: bool
    validators: tuple[str, ...] = ()  # models used only to check arguments


@dataclass(frozen=True)
class ResourceClass:
    name: str
    methods: Mapping[str, Method]


@dataclass(frozen=True)
class Client:
    name: str
    is_async: bool
    params: tuple[Param, ...]
    resources: Mapping[str, str]  # attribute -> resource class name


@dataclass(frozen=True)
class Field:
    name: str
    type: TypeExpr
    required: bool
    default: str | None
    alias: str | None = None
    limits: Limits = ()


@dataclass(frozen=True)
class Model:
    """A model class, a type alias (``Literal`` enums are aliases), a root model or an enum."""

    name: str
    kind: ModelKind
    fields: Mapping[str, Field] = field(default_factory=dict)  # inherited ones included
    type: TypeExpr | None = None  # aliases and root models
    members: tuple[str, ...] = ()  # Literal values or enum members
    bases: tuple[str, ...] = ()  # model base classes (``allOf`` parts)

    def references(self) -> set[str]:
        """Names this model's types mention."""
        names: set[str] = set()
        for item in self.fields.values():
            names |= item.type.names()
        if self.type is not None:
            names |= self.type.names()
        return names


@dataclass(frozen=True)
class Surface:
    package: str | None = None
    exports: tuple[str, ...] = ()
    clients: Mapping[str, Client] = field(default_factory=dict)
    resources: Mapping[str, ResourceClass] = field(default_factory=dict)
    models: Mapping[str, Model] = field(default_factory=dict)
    # Public functions of the other public modules (``webhooks.parse_job_finished``) and the
    # public methods of their classes (``webhooks.Webhooks.verify``).
    functions: Mapping[str, Method] = field(default_factory=dict)


# -- helpers -------------------------------------------------------------------------------
def _parse(text: str, where: str) -> ast.Module:
    try:
        return ast.parse(text)
    except SyntaxError as exc:
        raise GeneratorError(
            f"{where}: cannot parse generated Python (line {exc.lineno}): {exc.msg}"
        ) from exc


def _name(node: ast.expr) -> str:
    """``models.Job`` -> ``Job``; ``functools.cached_property`` -> ``cached_property``."""
    text = ast.unparse(node)
    return text.rsplit(".", 1)[-1]


def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        return _name(node.func)
    return None


def _keywords(call: ast.Call) -> dict[str, ast.expr]:
    return {k.arg: k.value for k in call.keywords if k.arg}


def _limits(call: ast.Call) -> Limits:
    return tuple(
        sorted(
            (key, ast.unparse(value))
            for key, value in _keywords(call).items()
            if key in LIMIT_KEYWORDS
        )
    )


def _string(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


# -- models --------------------------------------------------------------------------------
def _field(node: ast.AnnAssign, name: str) -> Field:
    annotation = node.annotation
    alias: str | None = None
    limits: Limits = ()
    if (
        isinstance(annotation, ast.Subscript)
        and _name(annotation.value) == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        for meta in annotation.slice.elts[1:]:
            if isinstance(meta, ast.Call) and _call_name(meta) == "Field":
                alias = _string(_keywords(meta).get("alias")) or alias
                limits += _limits(meta)
    value = node.value
    default: ast.expr | None = value
    if isinstance(value, ast.Call) and _call_name(value) == "Field":
        keywords = _keywords(value)
        alias = _string(keywords.get("alias")) or alias
        limits += _limits(value)
        default = keywords.get("default", value.args[0] if value.args else None)
        if isinstance(default, ast.Constant) and default.value is Ellipsis:
            default = None
    return Field(
        name=name,
        type=parse_node(annotation),
        required=default is None,
        default=None if default is None else ast.unparse(default),
        alias=alias,
        limits=tuple(sorted(limits)),
    )


def _class_model(node: ast.ClassDef) -> Model:
    bases = [ast.unparse(base) for base in node.bases]
    for base in node.bases:
        if isinstance(base, ast.Subscript) and _name(base.value) == "RootModel":
            return Model(node.name, "root", type=parse_node(base.slice))
    if any(_name(base) in ("Enum", "StrEnum", "IntEnum") for base in node.bases):
        members = tuple(
            t.id
            for item in node.body
            if isinstance(item, ast.Assign)
            for t in item.targets
            if isinstance(t, ast.Name)
        )
        return Model(node.name, "enum", members=members)
    fields: dict[str, Field] = {}
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            name = item.target.id
            if name == "model_config" or "ClassVar" in ast.unparse(item.annotation):
                continue
            fields[name] = _field(item, name)
    own_bases = tuple(b for b in bases if b not in ("BaseModel", "pydantic.BaseModel"))
    return Model(node.name, "class", fields=fields, bases=own_bases)


def _alias(name: str, value: ast.expr) -> Model:
    type_ = parse_node(value)
    return Model(name, "alias", type=type_, members=type_.literal_values or ())


def parse_models(text: str, where: str = "models.py") -> dict[str, Model]:
    """Every model the module defines, with inherited fields resolved."""
    models: dict[str, Model] = {}
    for node in _parse(text, where).body:
        if isinstance(node, ast.ClassDef):
            models[node.name] = _class_model(node)
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            target, value = node.targets[0].id, node.value
            if (
                isinstance(value, ast.Call)
                and _call_name(value) == "TypeAliasType"
                and len(value.args) >= 2
            ):
                models[target] = _alias(target, value.args[1])
            elif isinstance(value, (ast.Subscript, ast.BinOp)) and not target.startswith("_"):
                models[target] = _alias(target, value)
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.value is not None
            and _name(node.annotation) == "TypeAlias"
        ):
            models[node.target.id] = _alias(node.target.id, node.value)
    return _resolve_inheritance(models)


def _resolve_inheritance(models: dict[str, Model]) -> dict[str, Model]:
    """Fields of ``class Job(Base, JobPart2)`` include those of its model bases (``allOf``)."""
    resolved: dict[str, Model] = {}

    def fields_of(name: str, seen: frozenset[str]) -> dict[str, Field]:
        model = models.get(name)
        if model is None or model.kind != "class" or name in seen:
            return {}
        merged: dict[str, Field] = {}
        for base in reversed(model.bases):  # pydantic: the first base wins
            merged.update(fields_of(base, seen | {name}))
        merged.update(model.fields)
        return merged

    for name, model in models.items():
        if model.kind == "class" and model.bases:
            bases = tuple(b for b in model.bases if b in models)
            resolved[name] = Model(name, "class", fields=fields_of(name, frozenset()), bases=bases)
        else:
            resolved[name] = model
    return resolved


# -- resources and clients -----------------------------------------------------------------
def _params(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[Param]:
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    if positional and positional[0].arg in ("self", "cls"):
        positional = positional[1:]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(
        args.defaults
    )
    params = [
        Param(
            a.arg, True, parse_node(a.annotation), d is None, None if d is None else ast.unparse(d)
        )
        for a, d in zip(positional, defaults)
    ]
    for a, d in zip(args.kwonlyargs, args.kw_defaults):
        params.append(
            Param(
                a.arg,
                False,
                parse_node(a.annotation),
                d is None,
                None if d is None else ast.unparse(d),
            )
        )
    return params


def _operation(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """``GET /jobs/{id}`` from ``self._client.request("GET", format_path("/jobs/{id}", …))``."""
    for node in ast.walk(function):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "request"
        ):
            continue
        if (
            not (isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "_client")
            or len(node.args) < 2
        ):
            continue
        method, path = _string(node.args[0]), node.args[1]
        if isinstance(path, ast.Call) and path.args:
            path = path.args[0]
        text = _string(path)
        if method and text is not None:
            return f"{method.upper()} {text}"
    return None


def _wire_names(
    function: ast.FunctionDef | ast.AsyncFunctionDef,
) -> tuple[dict[str, str], dict[str, str]]:
    """``(argument -> wire name, argument -> validating model)`` from the method body."""
    wire: dict[str, str] = {}
    validator: dict[str, str] = {}

    def given_entries(node: ast.AST) -> list[tuple[str, str]]:
        if (
            _call_name(node) == "given"
            and isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Dict)
        ):
            table = node.args[0]
            return [
                (_string(k) or "", v.id)
                for k, v in zip(table.keys, table.values)
                if isinstance(v, ast.Name) and _string(k) is not None
            ]
        return []

    for node in ast.walk(function):
        for key, argument in given_entries(node):
            wire.setdefault(argument, key)
        if (
            isinstance(node, ast.Call)
            and _call_name(node) == "validate_arguments"
            and len(node.args) >= 2
        ):
            model = node.args[0]
            if isinstance(model, ast.Attribute):
                for _key, argument in given_entries(node.args[1]):
                    validator[argument] = model.attr
    return wire, validator


def _is_deprecated(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    doc = ast.get_docstring(function) or ""
    return any(line.strip().startswith("Deprecated") for line in doc.splitlines())


def _method(
    function: ast.FunctionDef | ast.AsyncFunctionDef, models: Mapping[str, Model]
) -> Method:
    wire, validator = _wire_names(function)
    params: list[Param] = []
    for param in _params(function):
        model = models.get(validator.get(param.name, ""))
        limits: Limits = ()
        if model is not None and param.name in wire:
            name = wire[param.name]
            found = next(
                (f for f in model.fields.values() if f.alias == name), None
            ) or model.fields.get(name)
            limits = found.limits if found is not None else ()
        params.append(
            Param(
                param.name,
                param.positional,
                param.type,
                param.required,
                param.default,
                wire.get(param.name),
                limits,
            )
        )
    return Method(
        name=function.name,
        params=tuple(params),
        returns=parse_node(function.returns) if function.returns is not None else ANY,
        http=_operation(function),
        deprecated=_is_deprecated(function),
        validators=tuple(sorted(set(validator.values()))),
    )


def parse_resources(
    text: str, models: Mapping[str, Model], where: str = "resource"
) -> dict[str, ResourceClass]:
    classes: dict[str, ResourceClass] = {}
    for node in explicit_methods(expand_endpoints(_parse(text, where))).body:
        if isinstance(node, ast.ClassDef):
            methods = {
                item.name: _method(item, models)
                for item in node.body
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
                and not item.name.startswith("_")
            }
            classes[node.name] = ResourceClass(node.name, methods)
    return classes


class _Aliases(ast.NodeTransformer):
    """Replace module-level type aliases (``Event = Union[models.Job]``) by what they stand for."""

    def __init__(self, aliases: dict[str, ast.expr]) -> None:
        self.aliases = aliases

    def visit_Name(self, node: ast.Name) -> ast.expr:
        return self.aliases.get(node.id, node)


def parse_functions(
    text: str, module: str, models: Mapping[str, Model], where: str
) -> dict[str, Method]:
    """Public functions of a public module, and public methods of its public classes."""
    tree = _parse(text, where)
    aliases: dict[str, ast.expr] = {
        node.targets[0].id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, (ast.Subscript, ast.BinOp))
    }
    resolve = _Aliases(aliases)
    found: dict[str, Method] = {}

    def add(name: str, function: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for argument in [
            *function.args.posonlyargs,
            *function.args.args,
            *function.args.kwonlyargs,
        ]:
            if argument.annotation is not None:
                argument.annotation = resolve.visit(argument.annotation)
        if function.returns is not None:
            function.returns = resolve.visit(function.returns)
        found[name] = _method(function, models)

    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith(
            "_"
        ):
            add(f"{module}.{node.name}", node)
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for item in node.body:
                if isinstance(
                    item, (ast.FunctionDef, ast.AsyncFunctionDef)
                ) and not item.name.startswith("_"):
                    add(f"{module}.{node.name}.{item.name}", item)
    return found


def parse_clients(text: str, where: str = "_client.py") -> dict[str, Client]:
    clients: dict[str, Client] = {}
    for node in _parse(text, where).body:
        if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
            continue
        resources: dict[str, str] = {}
        params: list[Param] = []
        for item in node.body:
            if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if item.name == "__init__":
                params = _params(item)
            elif (
                any(_name(d) == "cached_property" for d in item.decorator_list)
                and item.returns is not None
            ):
                resources[item.name] = _name(item.returns).strip("'\"")
        if resources or any("APIClient" in ast.unparse(base) for base in node.bases):
            is_async = node.name.startswith("Async") or any(
                "Async" in ast.unparse(base) for base in node.bases
            )
            clients[node.name] = Client(node.name, is_async, tuple(params), resources)
    return clients


def _all_names(module: ast.Module, read_module: dict[str, ast.Module]) -> tuple[str, ...]:
    """``__all__`` of a module, following ``*_other_all`` imported from a sibling module."""
    imported: dict[str, str] = {}
    for node in module.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                if alias.name == "__all__" and alias.asname:
                    imported[alias.asname] = node.module
    names: list[str] = []
    for node in module.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
            and isinstance(node.value, (ast.List, ast.Tuple))
        ):
            for element in node.value.elts:
                if _string(element) is not None:
                    names.append(_string(element) or "")
                elif isinstance(element, ast.Starred) and isinstance(element.value, ast.Name):
                    other = read_module.get(imported.get(element.value.id, ""))
                    if other is not None:
                        names += _all_names(other, {})
    return tuple(names)


def package_dir(files: Mapping[str, str]) -> str | None:
    """``src/<package>`` of the generated package (the one with ``_client.py``)."""
    candidates = sorted(
        {
            "/".join(path.split("/")[:2])
            for path in files
            if path.startswith("src/") and path.count("/") >= 2
        }
    )
    with_client = [c for c in candidates if f"{c}/_client.py" in files]
    chosen = with_client or candidates
    return chosen[0] if chosen else None


def extract_surface(files: Mapping[str, str], origin: str = "<package>") -> Surface:
    """The public surface of the package whose files (relative paths -> text) are given."""
    base = package_dir(files)
    if base is None:
        return Surface()

    def text(relative: str) -> str | None:
        return files.get(f"{base}/{relative}")

    # A large models module is split by resource (generator.emit.split_models): read every group.
    groups = [
        files[path]
        for path in sorted(files)
        if path.startswith(f"{base}/_models_") and path.endswith(".py")
    ]
    models = parse_models(
        "\n".join(groups) if groups else text("models.py") or "", f"{origin}/{base}/models.py"
    )
    resources: dict[str, ResourceClass] = {}
    for path in sorted(files):
        if (
            path.startswith(f"{base}/resources/")
            and path.endswith(".py")
            and not path.endswith("__init__.py")
        ):
            resources.update(parse_resources(files[path], models, f"{origin}/{path}"))
    clients = parse_clients(text("_client.py") or "", f"{origin}/{base}/_client.py")
    modules = {
        path[len(base) + 1 : -3]: _parse(files[path], f"{origin}/{path}")
        for path in files
        if path.startswith(base + "/")
        and path.count("/") == 2
        and path.endswith(".py")
        and path.rsplit("/", 1)[-1] in ("__init__.py", "_exceptions.py")
    }
    init = modules.get("__init__")
    exports = _all_names(init, modules) if init is not None else ()
    functions: dict[str, Method] = {}
    for path in sorted(files):
        module = path[len(base) + 1 : -3]
        if (
            path.startswith(base + "/")
            and path.count("/") == 2
            and path.endswith(".py")
            and not module.startswith("_")
            and module != "models"
        ):
            functions.update(parse_functions(files[path], module, models, f"{origin}/{path}"))
    return Surface(
        package=base.split("/", 1)[1],
        exports=exports,
        clients=clients,
        resources=resources,
        models=models,
        functions=functions,
    )
