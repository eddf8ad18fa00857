"""Mark the enums of the models module as open, so responses survive a vendor's new values.

datamodel-code-generator renders an enum as ``Literal[...]``, which rejects every value it does
not list: the day a vendor adds a job status, waiting on a paid job would fail. Each such
``Literal`` becomes ``Annotated[Literal[...], open_enum(str)]``. The type is unchanged for mypy
and for argument checks; the runtime's ``_enums`` module explains when unknown values are kept
(only while parsing responses, and only after strict parsing failed).

Left closed, because they select a variant rather than describe a value:

* fields named by a ``discriminator``, and every alias their annotations reach (an alias of an
  alias included): pydantic refuses a wrap validator on a tag, and tagged unions need exact tags;
* single-value literals (a ``const`` or a one-value enum): usually a type tag, and an open tag
  would let the lenient pass of a plain union accept the wrong variant.

:func:`lenient_models` does that and also bases every model on the runtime's ``LenientModel``,
which (again only in the lenient pass over a response) reads a ``null`` sent for an optional
field that does not take one as the field being absent.

The edit is made on the source text at the positions :mod:`ast` reports, so nothing from the
spec is re-rendered: string members keep the exact quoting datamodel-code-generator gave them.
datamodel-code-generator's own ``base_class`` option cannot do the rebasing: it takes an
absolute import path only (``krea_sdk._enums.LenientModel``; a relative ``._enums`` is refused),
which would tie the cached models to one package name and import the base under a name a
schema could take.
"""

from __future__ import annotations

import ast

from generator.errors import GeneratorError
from .parsed import parse_module

MARKER = "open_enum"
BASE = "_LenientModel"  # the runtime's base model, under a name no schema can take
_IMPORT = f"from ._enums import {MARKER}\n"
_BASE_IMPORT = f"from ._enums import LenientModel as {BASE}\n"

Edit = tuple[
    ast.expr, bytes, bytes
]  # a node, and the text to put before and after it (or b"" and the replacement)


def lenient_models(
    source: str,
    tree: ast.Module | None = None,
    closed: tuple[frozenset[str], frozenset[str]] | None = None,
) -> str:
    """``source`` (a models module, ``tree`` its parse if the caller has it) with every
    open-able ``Literal`` wrapped in the marker, and every model based on the runtime's
    ``LenientModel`` instead of pydantic's ``BaseModel`` directly: in responses, a ``null`` sent
    for an optional field that does not take one then reads as the field being absent (see the
    runtime's ``_enums``).

    ``closed``: the discriminator fields and the aliases they reach when ``source`` is one of
    several modules of the same models (:mod:`.model_groups`): what stays closed is decided over
    all of them, as for one module (:func:`closed_names`)."""
    tree = parse_module(source) if tree is None else tree
    wraps = _enum_wraps(tree, closed)
    bases: list[Edit] = [
        (base, b"", BASE.encode())
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        for base in node.bases
        if isinstance(base, ast.Name) and base.id == "BaseModel"
    ]
    if not wraps and not bases:
        return source
    imports = ""
    if wraps:
        _check_free(tree, MARKER)
        imports += _IMPORT
    if bases:
        _check_free(tree, BASE)
        imports += _BASE_IMPORT
    return _with_imports(_spliced(source, [*wraps, *bases]), tree, imports)


def _check_free(tree: ast.Module, name: str) -> None:
    if name in defined_names(tree):
        raise GeneratorError(
            f"a model is named {name!r}, a name the models module needs for itself; rename it in the spec"
        )


def closed_names(tree: ast.Module, fields: frozenset[str] | None = None) -> frozenset[str]:
    """The discriminator fields named in ``tree`` (``fields`` None), or the aliases that
    fields called one of ``fields`` reach in it."""
    if fields is None:
        return frozenset(_discriminator_fields(tree))
    return frozenset(_aliases_used_by(tree, set(fields)))


def _enum_wraps(
    tree: ast.Module, closed: tuple[frozenset[str], frozenset[str]] | None = None
) -> list[Edit]:
    if closed is None:
        closed_fields = _discriminator_fields(tree)
        closed_aliases = _aliases_used_by(tree, closed_fields)
    else:
        closed_fields, closed_aliases = set(closed[0]), set(closed[1])
    wraps: list[tuple[ast.Subscript, str]] = []
    for node in tree.body:
        if _alias_name(node) not in (None, *closed_aliases):
            assert isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
            wraps.extend(_literals(node.value.args[1]))
        elif isinstance(node, ast.ClassDef):
            for field in _fields(node):
                if _field_names(field) & closed_fields:
                    continue
                wraps.extend(_literals(field.annotation))
    return [(node, b"Annotated[", f", {MARKER}({kind})]".encode()) for node, kind in wraps]


def _alias_name(node: ast.stmt) -> str | None:
    """``Name`` of ``Name = TypeAliasType("Name", ...)``, the form enums take."""
    if not (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    ):
        return None
    value = node.value
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "TypeAliasType"
        and len(value.args) == 2
    ):
        return node.targets[0].id
    return None


def _fields(cls: ast.ClassDef) -> list[ast.AnnAssign]:
    return [
        node
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    ]


def _field_names(field: ast.AnnAssign) -> set[str]:
    """The attribute name and, when ``Field(alias=...)`` renames it, the JSON name."""
    assert isinstance(field.target, ast.Name)
    names = {field.target.id}
    for call in ast.walk(field.value) if field.value is not None else ():
        if isinstance(call, ast.Call):
            names.update(
                keyword.value.value
                for keyword in call.keywords
                if keyword.arg == "alias"
                and isinstance(keyword.value, ast.Constant)
                and isinstance(keyword.value.value, str)
            )
    return names


def _discriminator_fields(tree: ast.Module) -> set[str]:
    """Every name given as ``discriminator=`` anywhere in the module."""
    return {
        keyword.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg == "discriminator"
        and isinstance(keyword.value, ast.Constant)
        and isinstance(keyword.value.value, str)
    }


# (field name → names its annotations use, alias → names its value uses) of one models module
NameGraph = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]


def name_graph(tree: ast.Module) -> NameGraph:
    """What :func:`reached_aliases` needs of a module, small enough to send between processes
    instead of the module's text (which would have to be parsed again)."""
    fields: dict[str, set[str]] = {}
    for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
        for field in _fields(cls):
            used = {node.id for node in ast.walk(field.annotation) if isinstance(node, ast.Name)}
            for name in _field_names(field):
                fields.setdefault(name, set()).update(used)
    aliases: dict[str, frozenset[str]] = {}
    for node in tree.body:
        alias = _alias_name(node)
        if alias is not None and isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            aliases[alias] = frozenset(
                name.id for name in ast.walk(node.value.args[1]) if isinstance(name, ast.Name)
            )
    return {name: frozenset(used) for name, used in fields.items()}, aliases


def reached_aliases(graph: NameGraph, field_names: set[str] | frozenset[str]) -> set[str]:
    """Names the annotations of fields called one of ``field_names`` reach, through aliases."""
    fields, aliases = graph
    pending = [name for field in sorted(field_names) for name in fields.get(field, ())]
    used: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in used:
            used.add(name)
            pending.extend(aliases.get(name, ()))
    return used


def _aliases_used_by(tree: ast.Module, field_names: set[str]) -> set[str]:
    """Names the annotations of fields called one of ``field_names`` reach, through aliases."""
    return reached_aliases(name_graph(tree), field_names)


def _literals(annotation: ast.expr) -> list[tuple[ast.Subscript, str]]:
    """``(Literal[...] node, value type)`` of each all-``str`` or all-``int`` literal with at
    least two members (``None`` and ``bool`` members leave a literal closed), unless a union
    already accepts every value of that type (``Literal["a", "b"] | str``: known values)."""
    found = []
    beside = _union_names(annotation)
    for node in ast.walk(annotation):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == "Literal"
        ):
            members = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            values = [value for value in map(_constant, members) if value is not None]
            kinds = {type(value).__name__ for value in values}
            if (
                len(values) == len(members) >= 2
                and len(kinds) == 1
                and kinds <= {"str", "int"}
                and not kinds <= beside.get(id(node), set())
            ):
                found.append((node, kinds.pop()))
    return found


def _union_names(annotation: ast.expr) -> dict[int, set[str]]:
    """For each member of an ``X | Y | ...`` union: the plain names (``str``, ``int``) beside it."""
    beside: dict[int, set[str]] = {}

    def members(node: ast.expr) -> list[ast.expr]:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return members(node.left) + members(node.right)
        return [node]

    for node in ast.walk(annotation):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            union = members(node)
            names = {member.id for member in union if isinstance(member, ast.Name)}
            for member in union:
                beside.setdefault(id(member), set()).update(names)
    return beside


def _constant(member: ast.expr) -> object:
    """The value of a literal member: a constant, or a negative number (``-1`` is an operation)."""
    if isinstance(member, ast.Constant):
        return member.value
    if (
        isinstance(member, ast.UnaryOp)
        and isinstance(member.op, ast.USub)
        and isinstance(member.operand, ast.Constant)
        and type(member.operand.value) is int
    ):
        return -member.operand.value
    return None


def _spliced(source: str, edits: list[Edit]) -> str:
    """The edits applied to the text (``ast`` columns are UTF-8 byte offsets): ``(node, before,
    after)`` wraps the node's text; ``(node, b"", replacement)`` with a ``Name`` replaces it."""
    data = source.encode("utf-8")
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column

    for node, before, after in sorted(
        edits, key=lambda edit: (edit[0].lineno, edit[0].col_offset), reverse=True
    ):
        assert node.end_lineno is not None and node.end_col_offset is not None
        start, end = offset(node.lineno, node.col_offset), offset(
            node.end_lineno, node.end_col_offset
        )
        middle = b"" if isinstance(node, ast.Name) and not before else data[start:end]
        data = data[:start] + before + middle + after + data[end:]
    return data.decode("utf-8")


def defined_names(tree: ast.Module) -> set[str]:
    """The top-level names a module defines: classes and (annotated) assignments."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def _with_imports(source: str, tree: ast.Module, runtime_imports: str) -> str:
    """``Annotated`` (if datamodel-code-generator did not import it and the markers need it)
    and ``runtime_imports``, imported after the module's last top-level import."""
    imports = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    has_annotated = any(
        isinstance(node, ast.ImportFrom)
        and node.module in ("typing", "typing_extensions")
        and any(alias.name == "Annotated" and alias.asname is None for alias in node.names)
        for node in imports
    )
    added = (
        "" if has_annotated or _IMPORT not in runtime_imports else "from typing import Annotated\n"
    ) + runtime_imports
    if not imports:
        raise GeneratorError(
            "the models module imports nothing; datamodel-code-generator's output changed shape"
        )
    lines = source.splitlines(keepends=True)
    after = imports[-1].end_lineno or imports[-1].lineno
    return "".join(lines[:after]) + added + "".join(lines[after:])
