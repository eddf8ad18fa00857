"""An operation's :class:`Endpoint` (its constant facts, once per module) and the one statement
of its method, laid out as black writes them.

What the method sends is decided here (the template only places the text): which model checks
which arguments, where each argument goes, how the body travels. The runtime's
``_endpoint.send`` reads the descriptor; every argument that is not named in it is a body field.

With ``deferred`` (an API whose models are split by resource, :mod:`.split_models`), every model
an endpoint names is wrapped in a ``lambda``, so importing a resource module imports no models
module and builds no model class: GitHub's ``client.repos`` would otherwise build the ~700
classes its 200 endpoints reach before the first call. The runtime resolves them on send.
"""

from __future__ import annotations

from generator.ir.model import Operation, Parameter, Resource

from .annotation_layout import subscript_head, union_operands
from .layout import Chain, Node, TypeExpression, call, keyword, layout, literal
from .stable import LINE_LENGTH
from .lean import annotation, cast_to, needs_cast

# How the runtime sends each kind of body (``Endpoint.kind``).
_KINDS = {"multipart": "data", "form": "data"}


def endpoint_name(op: Operation) -> str:
    """The module-level name of ``op``'s descriptor (``_KLING_1``): private, and upper case so it
    never meets a method, a TypedDict or an import of the module."""
    return f"_{op.name.upper()}"


def _wires(params: tuple[Parameter, ...]) -> dict[str, str]:
    return {p.wire_name: p.name for p in params}


def _later(text: str, deferred: bool) -> str:
    """``text``, or ``lambda: text`` when models are deferred and it names one."""
    return f"lambda: {text}" if deferred and "models." in text else text


def _cast_to(op: Operation, classes: frozenset[str], deferred: bool) -> Node:
    """The endpoint's ``cast_to``; deferred, ``_deferred(lambda: X)`` keeps it typed as ``X``,
    and a special form (``cast(Any, …)``) casts the ``lambda`` instead."""
    text = cast_to(op, classes)
    if not deferred or "models." not in text:
        return text
    if needs_cast(op, classes):
        runtime_type = annotation(op.cast_to)
        operands = union_operands(runtime_type)
        if operands is None:
            return f"cast(Any, lambda: {runtime_type})"
        # black splits a long lambda's union one operand per line, at the lambda's indent
        return call(
            "cast", "Any", Chain((f"lambda: {operands[0]}", *(f"| {o}" for o in operands[1:])))
        )
    return call("_deferred", f"lambda: {text}")


def _fields(op: Operation, classes: frozenset[str], deferred: bool = False) -> list[Node]:
    result: list[Node] = [literal(op.http_method), literal(op.path)]
    # ``cast(Any, …)`` for a special form (see endpoint)
    result.append(_cast_to(op, classes, deferred))
    facts: list[tuple[str, Node]] = []
    args = f"models.{op.params_model}" if op.validated_params and op.params_model else None
    body = f"models.{op.body_model}" if op.body_params and op.body_model else None
    args = _later(args, deferred) if args else None
    body = _later(body, deferred) if body else None
    if body:  # the checking models follow positionally: (…, args, body)
        result += [args or "None", body]
    elif args:
        result.append(args)
    for name, location in (
        ("path_args", "path"),
        ("query", "query"),
        ("headers", "header"),
        ("cookies", "cookie"),
    ):
        if op.at(location):
            facts.append((name, literal(_wires(op.at(location)))))
    if op.param_styles:
        facts.append(("styles", literal(op.param_styles)))
    kind = _KINDS.get(op.body_kind, op.body_kind)
    if kind != "json":
        facts.append(("kind", literal(kind)))
    renames = op.renames(op.body_params)
    if renames:
        facts.append(("renames", literal(renames)))
    if op.file_params:
        facts.append(("files", literal(_wires(op.file_params))))
    if op.whole_body_name:
        facts.append(("whole", literal(op.whole_body_name)))
    if op.body_kind == "whole_json":
        whole_type = annotation(str(op.body_annotation))
        later = "lambda: " if deferred and "models." in whole_type else ""
        facts.append(("whole_type", TypeExpression(later, whole_type)))
    if op.body_kind == "envelope":
        facts.append(("envelope", literal(op.envelope)))
        if op.envelope_model:
            facts.append(("envelope_model", _later(f"models.{op.envelope_model}", deferred)))
            facts.append(("envelope_args", literal(_wires(op.envelope_params))))
    if op.aliases:
        entries = tuple((a.name, a.target, a.sunset_date, a.migration_url) for a in op.aliases)
        facts.append(("aliases", literal(entries)))
    if op.idempotency_header:
        facts.append(("idempotency_header", literal(op.idempotency_header)))
    if op.job:
        facts.append(("job_id_path", literal(op.job.id_path)))
    return result + [keyword(name, value) for name, value in facts]


def endpoint(op: Operation, classes: frozenset[str], deferred: bool = False) -> str:
    """``_NAME = Endpoint(...)`` at module level; annotated with the method's return type when
    ``cast_to`` is a special form that mypy cannot read as ``type[T]``. ``deferred``: the models
    are named by functions (see the module's docstring)."""
    value = call("Endpoint", *_fields(op, classes, deferred))
    if not needs_cast(op, classes):
        return layout(value, 0, f"{endpoint_name(op)} = ")
    target = f"{endpoint_name(op)}: Endpoint[{annotation(op.return_annotation)}]"
    text = layout(value, 0, f"{target} = ")
    if len(text.split("\n", 1)[0]) <= LINE_LENGTH:
        return text
    # As black: the value in parentheses when the line up to them fits, else the annotation
    # split at its brackets.
    if len(f"{target} = (") <= LINE_LENGTH:
        return f"{target} = (\n    {layout(value, 4)}\n)"
    head = subscript_head(endpoint_name(op), f"Endpoint[{annotation(op.return_annotation)}]")
    if head is None:
        return text  # left to black
    return "\n".join(head[:-1]) + "\n" + layout(value, 0, f"{head[-1]} = ")


def endpoints(resource: Resource, classes: frozenset[str], deferred: bool = False) -> str:
    """Every operation's endpoint, one after the other (no blank lines between them)."""
    return "\n".join(endpoint(op, classes, deferred) for op in resource.operations)


def statements(op: Operation, classes: frozenset[str]) -> str:
    """The method's one statement after its docstring."""
    del classes  # the descriptor holds every fact
    return " " * 8 + layout(call("_send", endpoint_name(op), "locals()"), 8, "return ")
