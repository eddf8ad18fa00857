"""Names and expressions the lean resource template needs, decided here rather than in Jinja.

Each operation is written once, as its sync method; ``…_and_wait``, ``…_pages`` and ``…_all``
take ``**params: Unpack[<Operation>Params]`` (a ``TypedDict`` of the operation's keyword
arguments), and the async methods reuse the sync ones (see ``templates/runtime/_methods.py.jinja``).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from generator.ir.model import SIGNATURE_NAMES, Operation, Parameter, Resource
from .annotation_layout import annotated
from .stable import LINE_LENGTH
from .layout import black_string, layout, literal, pylit

# Module-level names of a resource module that a generated TypedDict must not take.
_TAKEN = SIGNATURE_NAMES | frozenset(
    {
        "RequestParams",
        "PageRequestParams",
        "JobWaitParams",
        "RawMethods",
        "SyncResource",
        "AsyncResource",
        "PageSpec",
        "Endpoint",
        "Follow",
        "JobStatusSpec",
        "JobState",
        "Required",
        "Unpack",
        "Dict",
        "List",
        "Callable",
        "Iterator",
        "AsyncIterator",
        "Path",
    }
)


@dataclass(frozen=True)
class LeanNames:
    """The generated names one operation's lean methods use."""

    wait_params: str  # TypedDict of the keyword arguments and :class:`JobWaitParams`
    page_params: str  # the keyword arguments but the page position (``…_pages``, ``…_all``)
    kwargs: str  # the name of the ``**`` argument
    follow: str = ""  # the module's ``Follow`` of the jobs it starts (``…_and_wait``)


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part) or "Operation"


def lean_names(resource: Resource) -> dict[str, LeanNames]:
    """``operation name → LeanNames``, unique in the module (a clash gets a trailing ``_``)."""
    taken = set(_TAKEN) | {resource.class_name, resource.async_class_name}
    taken |= {name for _, sync, async_ in resource.imports for name in (sync, async_)}

    def unique(base: str) -> str:
        name = base
        while name in taken:
            name += "_"
        taken.add(name)
        return name

    result: dict[str, LeanNames] = {}
    followed = follows(resource)
    for op in resource.operations:
        if not (op.job or op.paging):
            continue
        pascal = _pascal(op.name)
        used = {p.name for p in op.parameters}
        kwargs = "params"
        while kwargs in used:
            kwargs += "_"
        result[op.name] = LeanNames(
            wait_params=unique(f"{pascal}AndWaitParams") if op.job else "",
            page_params=unique(f"{pascal}PageParams") if op.paging else "",
            kwargs=kwargs,
            follow=followed.get(_follow_key(op), ""),
        )
    return result


def _follow_key(op: Operation) -> tuple[str, str, str]:
    return (op.job.id_path, op.job.poll_class, op.job.poll_async_class) if op.job else ("", "", "")


def follows(resource: Resource) -> dict[tuple[str, str, str], str]:
    """``(id path, poller, async poller) → name`` of each ``Follow`` the module defines
    (``_follow``, ``_follow_2``…: lower case, so never an operation's ``_NAME`` endpoint)."""
    keys = dict.fromkeys(_follow_key(op) for op in resource.operations if op.job)
    return {key: "_follow" + (f"_{i}" if i > 1 else "") for i, key in enumerate(keys, 1)}


def follow_definitions(resource: Resource) -> list[str]:
    """``_follow = Follow("job_id", JobsResource, AsyncJobsResource)``, after the classes (the
    pollers may be defined in this module)."""
    return [
        call("Follow", [pylit(key[0]), key[1], key[2]], 0, head=f"{name} = ")
        for key, name in follows(resource).items()
    ]


def typed_field(parameter: Parameter) -> str:
    """The value type of ``parameter`` in its operation's TypedDict: what the method accepts
    (``| NotGiven`` when optional), ``Required[...]`` when the method requires it."""
    text = annotation(parameter.annotation)
    if parameter.fixed:
        return text
    if parameter.required:
        return f"Required[{text}]"
    return f"{text} | NotGiven"


def argument(parameter: Parameter) -> str:
    """``name: annotation = default,`` of a generated signature (8 spaces in), as black writes it."""
    text = annotation(parameter.annotation)
    if parameter.fixed:
        return signature_line(parameter.name, text, pylit(parameter.default))
    return signature_line(
        parameter.name,
        text if parameter.required else f"{text} | NotGiven",
        None if parameter.required else "NOT_GIVEN",
    )


def signature_line(name: str, text: str, default: str | None, indent: int = 8) -> str:
    """One parameter of an exploded signature, with its comma, as black writes it (a long
    annotation split by :func:`~generator.emit.annotation_layout.annotated`)."""
    return annotated(name, text, default, indent, comma=True)


def field_line(parameter: Parameter) -> str:
    """``name: type`` of a ``TypedDict`` field (4 spaces in), as black writes it."""
    return annotated(parameter.name, typed_field(parameter), None, 4, comma=False)


def class_line(name: str, bases: list[str]) -> str:
    """``class name(bases):`` as black writes it (bases one per line when too long)."""
    line = f"class {name}({', '.join(bases)}):"
    if len(line) <= LINE_LENGTH:
        return line
    return f"class {name}(\n" + "".join(f"    {base},\n" for base in bases) + "):"


def model_classes(schemas: dict[str, Any]) -> frozenset[str]:
    """The named schemas datamodel-code-generator surely makes classes of (objects with
    properties); the others may become ``TypeAliasType`` aliases, which are not ``type[X]``."""
    plain = ("object", None)
    return frozenset(
        name
        for name, schema in schemas.items()
        if isinstance(schema, dict)
        and isinstance(schema.get("properties"), dict)
        and schema.get("type") in plain
        and not any(
            key in schema for key in ("oneOf", "anyOf", "allOf", "enum", "const", "nullable")
        )
    )


def _is_class_expression(text: str, classes: frozenset[str]) -> bool:
    """Whether mypy reads ``text`` as a value of type ``type[X]`` (a class or a generic alias
    such as ``List[models.Job]``), not a special form (a union, ``Literal``, ``Any``, a
    ``TypeAliasType``)."""
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return False
    if isinstance(node, ast.BinOp):
        return False
    if isinstance(node, ast.Name):
        return node.id != "Any"
    if isinstance(node, ast.Subscript):
        return isinstance(node.value, ast.Name) and node.value.id in ("List", "Dict")
    return (
        isinstance(node, ast.Attribute)
        and ast.unparse(node.value) == "models"
        and node.attr in classes
    )


def cast_to(op: Operation, classes: frozenset[str]) -> str:
    """The ``cast_to`` argument of the request: typed (``request`` is generic in it) when the
    runtime type is a class; ``cast(Any, …)`` for a special form, whose method then casts."""
    if op.cast_to == "None":
        return "type(None)"
    return annotation(op.cast_to) if _typed(op, classes) else f"cast(Any, {annotation(op.cast_to)})"


def needs_cast(op: Operation, classes: frozenset[str]) -> bool:
    """Whether the method casts the request's result to its return annotation."""
    return op.cast_to != "None" and not _typed(op, classes)


def _typed(op: Operation, classes: frozenset[str]) -> bool:
    """Whether ``request``'s inferred type is the method's return type: a class expression that
    is the annotation, or narrower without nesting (``List[date]`` is no ``List[date | str]``:
    lists are invariant)."""
    if not _is_class_expression(op.cast_to, classes):
        return False
    return op.cast_to == op.return_annotation or "[" not in op.cast_to


@lru_cache(maxsize=None)
def annotation(text: str) -> str:
    """A type expression with its string literals in black's quotes (``Literal["a"]``)."""
    if "'" not in text:
        return text
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    out, last = [], (1, 0)
    for token in tokens:
        if token.type == tokenize.ENDMARKER or token.start[0] > 1:
            break
        out.append(text[last[1] : token.start[1]])
        out.append(black_string(token.string) if token.type == tokenize.STRING else token.string)
        last = token.end
    out.append(text[last[1] :])
    return "".join(out)


def fit(value: Any, indent: int, head: str, tail: str = "") -> str:
    """``head + literal + tail`` as black lays it out at ``indent`` spaces (see
    :func:`~generator.emit.layout.layout`). Starts after the indentation of the first line."""
    return layout(literal(value), indent, head, tail)


def call(name: str, arguments: list[str], indent: int, head: str = "", tail: str = "") -> str:
    """``head + name(arguments) + tail`` on one line when it fits, else one argument per line
    with a magic trailing comma (arguments are already laid out for ``indent + 4``)."""
    flat = f"{head}{name}({', '.join(arguments)}){tail}"
    if indent + len(flat) <= LINE_LENGTH and "\n" not in flat:
        return flat
    inner = " " * (indent + 4)
    return (
        f"{head}{name}(\n"
        + "".join(f"{inner}{argument},\n" for argument in arguments)
        + " " * indent
        + ")"
        + tail
    )


def page_spec(op: Operation) -> str:
    """``<OP>_PAGES = PageSpec(...)`` as black writes it."""
    assert op.paging is not None
    arguments = [
        f"style={pylit(op.paging.style)}",
        fit(op.paging.items, 4, "items="),
        f"next_cursor={pylit(op.paging.next_cursor)}",
    ]
    return call("PageSpec", arguments, 0, head=f"{op.name.upper()}_PAGES = ")


def tidy_imports(source: str) -> str:
    """One blank line at most between the import groups left after pruning (a group whose names
    all went unused leaves its blank lines behind; black would keep two of three)."""
    head, separator, rest = source.partition("\n__all__ = ")
    if not separator:
        return source
    return re.sub(r"\n{3,}", "\n\n", head) + separator + rest


def assignment(name: str, function: str, argument: str) -> str:
    """``name = function(argument)`` in a class body (4 spaces in), as black writes it."""
    return call(function, [argument], 4, head=f"{name} = ")


def from_import(module: str, names: list[str], indent: int = 0) -> str:
    """``from module import names`` as black writes it (parenthesized, one per line, when long)."""
    line = f"from {module} import {', '.join(names)}"
    if indent + len(line) <= LINE_LENGTH:
        return line
    return call(f"from {module} import ", names, indent)


def and_wait_method(op: Operation, names: LeanNames) -> str:
    """The sync ``…_and_wait`` (4 spaces in): the keyword arguments typed by the operation's
    TypedDict, one call of the runtime's ``and_wait``. The async resource makes it
    ``awaitable``: the same call on an async resource returns the coroutine to await."""
    assert op.job is not None
    job = op.job
    result = f"List[{job.result_annotation}]" if job.multiple else job.result_annotation
    signature = lean_def(op, "_and_wait", names.kwargs, names.wait_params, annotation(result))
    docstring = f'"""``{op.name}``, then wait for its job{"s" if job.multiple else ""}."""'
    arguments = [f"self.{op.name}", names.kwargs, names.follow]
    if op.path_params:
        positional = [p.name for p in op.path_params]
        arguments.append(f"({', '.join(positional)}{',' if len(positional) == 1 else ''})")
    function = "_and_wait" if job.multiple else "_and_wait_one"
    statement = call(function, arguments, 8, head="return ")
    return f"{signature}\n        {docstring}\n        {statement}"


def wait_params_class(op: Operation, names: LeanNames, deferred: bool = False) -> str:
    """``class <Op>AndWaitParams(RequestParams, JobWaitParams[...], total=False)``: the one
    ``TypedDict`` of an operation that starts jobs, its keyword arguments and the wait's, which
    ``…_and_wait`` takes as ``**params``. ``deferred`` (models named lazily, see
    :mod:`.method_body`): a model in the base is a string, so defining the class imports none."""
    assert op.job is not None
    result = annotation(op.job.result_annotation)
    if deferred and "models." in result:
        result = pylit(result)
    bases = ["RequestParams", f"JobWaitParams[{result}]"]
    fields = "".join(f"\n    {field_line(p)}" for p in op.keyword_params)
    return class_line(names.wait_params, [*bases, "total=False"]) + (fields or "\n    pass")


def lean_def(
    op: Operation, suffix: str, kwargs: str, typed_dict: str, returns: str, is_async: bool = False
) -> str:
    """``def <op><suffix>(self, <path params>, **kwargs: Unpack[typed_dict]) -> returns:`` (4
    spaces in) on one line when it fits, else one parameter per line as black writes it."""
    head = f"    {'async ' if is_async else ''}def {op.name}{suffix}("
    tail = f") -> {returns}:"
    parameters = [
        *(f"{p.name}: {annotation(p.annotation)}" for p in op.path_params),
        f"**{kwargs}: Unpack[{typed_dict}]",
    ]
    line = f"{head}self, {', '.join(parameters)}{tail}"
    if len(line) <= LINE_LENGTH:
        return line
    lines = [
        "self,",
        *(signature_line(p.name, annotation(p.annotation), None) for p in op.path_params),
        parameters[-1] + ",",
    ]
    return head + "\n" + "".join(f"        {item}\n" for item in lines) + "    " + tail


def _positional(op: Operation) -> str:
    """``a, b, `` — the path arguments passed on, before the keyword ones."""
    return "".join(f"{p.name}, " for p in op.path_params)


def pages_method(op: Operation, names: LeanNames, is_async: bool) -> str:
    """``…_pages``: every page of a paginated operation, one request per page."""
    assert op.paging is not None
    iterator = "AsyncIterator" if is_async else "Iterator"
    returns = f"{iterator}[{annotation(op.return_annotation)}]"
    signature = lean_def(op, "_pages", names.kwargs, names.page_params, returns)
    docstring = f"Every page of ``{op.name}``, one request per page ({op.paging.style} pagination)."
    page = f"lambda position: self.{op.name}({_positional(op)}{op.paging.position_param}=position, **{names.kwargs})"
    if 12 + len(page) + 1 > LINE_LENGTH:
        arguments = [
            *(p.name for p in op.path_params),
            f"{op.paging.position_param}=position",
            f"**{names.kwargs}",
        ]
        page = call(f"lambda position: self.{op.name}", arguments, 12)
    iterate = f"{'async_' if is_async else ''}iterate_pages"
    statement = call(iterate, [page, f"{op.name.upper()}_PAGES"], 8, head="return ")
    return f'{signature}\n        """{docstring}"""\n        {statement}'


def all_method(op: Operation, names: LeanNames, is_async: bool) -> str:
    """``…_all``: every item of a paginated operation across all pages, fetched lazily."""
    assert op.paging is not None
    iterator = "AsyncIterator" if is_async else "Iterator"
    returns = f"{iterator}[{annotation(op.paging.item_annotation)}]"
    signature = lean_def(op, "_all", names.kwargs, names.page_params, returns, is_async)
    loop = f"{'async ' if is_async else ''}for page in self.{op.name}_pages({_positional(op)}**{names.kwargs}):"
    return (
        f"{signature}\n"
        f'        """Every item of ``{op.name}`` across all pages, fetched lazily."""\n'
        f"        {loop}\n"
        f"            for item in page_items(page, {op.name.upper()}_PAGES):\n"
        f"                yield item"
    )


def class_members(
    resource: Resource,
    names: dict[str, LeanNames],
    is_async: bool,
    method: Callable[[Operation], str],
    wait: Callable[[Operation, bool], str],
    download_results: Callable[[Operation, bool], str],
    raw_property: Callable[[str], str],
) -> list[str]:
    """The members of a resource class, in order, each as the text the template lays out: the
    sync class defines every method (``method`` and the ``wait``/``download_results``/``raw_property``
    macros render them); the async class makes the one-call and ``…_and_wait`` methods awaitable
    and has its own pages, wait and download (they iterate or sleep differently)."""
    sync_class = resource.class_name
    members: list[str] = []
    for op in resource.operations:
        if is_async:
            members.append("    " + assignment(op.name, "_awaitable", f"{sync_class}.{op.name}"))
        else:
            members.append(method(op))
        if op.job and is_async:
            members.append(
                "    "
                + assignment(
                    f"{op.name}_and_wait", "_awaitable", f"{sync_class}.{op.name}_and_wait"
                )
            )
        elif op.job:
            members.append(and_wait_method(op, names[op.name]))
        if op.paging:
            members.append(pages_method(op, names[op.name], is_async))
            members.append(all_method(op, names[op.name], is_async))
    if resource.status_operation:
        members.append(wait(resource.status_operation, is_async))
        members.append(download_results(resource.status_operation, is_async))
    members.append(raw_property(resource.async_class_name if is_async else sync_class))
    return [str(member).strip("\n") for member in members]
