"""Names and expressions the lean resource template needs, decided here rather than in Jinja.

Each operation is written once, as its sync method; ``…_and_wait``, ``…_pages`` and ``…_all``
take ``**params: Unpack[<Operation>Params]`` (a ``TypedDict`` of the operation's keyword
arguments), and the async methods reuse the sync ones (see ``templates/runtime/_methods.py.jinja``).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from generator.ir.model import Operation, Parameter, Resource

# Module-level names of a resource module that a generated TypedDict must not take.
_TAKEN = frozenset({
    "RequestParams", "PageRequestParams", "JobWaitParams", "RawMethods", "SyncResource", "AsyncResource",
    "RequestOptions", "NotGiven", "Headers", "Query", "Body", "Timeout", "FileInput", "PageSpec",
    "JobStatusSpec", "JobState", "Required", "Unpack", "Any", "Dict", "List", "Literal", "Callable",
    "Iterator", "AsyncIterator", "Path",
})


@dataclass(frozen=True)
class LeanNames:
    """The generated names one operation's lean methods use."""

    params: str  # TypedDict of the keyword arguments (``…_and_wait``)
    wait_params: str  # those plus :class:`JobWaitParams`
    page_params: str  # the keyword arguments but the page position (``…_pages``, ``…_all``)
    kwargs: str  # the name of the ``**`` argument


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
    for op in resource.operations:
        if not (op.job or op.paging):
            continue
        pascal = _pascal(op.name)
        used = {p.name for p in op.parameters}
        kwargs = "params"
        while kwargs in used:
            kwargs += "_"
        result[op.name] = LeanNames(
            params=unique(f"{pascal}Params") if op.job else "",
            wait_params=unique(f"{pascal}AndWaitParams") if op.job else "",
            page_params=unique(f"{pascal}PageParams") if op.paging else "",
            kwargs=kwargs,
        )
    return result


def typed_field(parameter: Parameter) -> str:
    """The value type of ``parameter`` in its operation's TypedDict: what the method accepts
    (``| NotGiven`` when optional), ``Required[...]`` when the method requires it."""
    if parameter.fixed:
        return parameter.annotation
    if parameter.required:
        return f"Required[{parameter.annotation}]"
    return f"{parameter.annotation} | NotGiven"


def model_classes(schemas: dict[str, Any]) -> frozenset[str]:
    """The named schemas datamodel-code-generator surely makes classes of (objects with
    properties); the others may become ``TypeAliasType`` aliases, which are not ``type[X]``."""
    plain = ("object", None)
    return frozenset(
        name for name, schema in schemas.items()
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict) and schema.get("type") in plain
        and not any(key in schema for key in ("oneOf", "anyOf", "allOf", "enum", "const", "nullable"))
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
    return isinstance(node, ast.Attribute) and ast.unparse(node.value) == "models" and node.attr in classes


def cast_to(op: Operation, classes: frozenset[str]) -> str:
    """The ``cast_to`` argument of the request: typed (``request`` is generic in it) when the
    runtime type is a class; ``cast(Any, …)`` for a special form, whose method then casts."""
    if op.cast_to == "None":
        return "type(None)"
    return op.cast_to if _typed(op, classes) else f"cast(Any, {op.cast_to})"


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
