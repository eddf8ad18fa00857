"""The statements of a generated one-call method, laid out as black writes them.

What the method sends is decided here (the template only places the statements): the checked
arguments (``_args``), the checked body (``_body``), deprecated aliases, and the request call.
"""

from __future__ import annotations

from generator.ir.model import Operation, Parameter

from .layout import flat
from .layout import Group, Node, call, conditional, keyword, layout, literal, names
from .lean import annotation, cast_to, needs_cast, pylit

INDENT = 8  # statements of a method body


def _statement(node: Node, prefix: str) -> str:
    return " " * INDENT + layout(node, INDENT, prefix)


def _given(op: Operation, params: tuple[Parameter, ...], key: str) -> Group:
    entries = [(op.argument_key(p) if key == "argument" else p.wire_name, p.name) for p in params]
    return call("given", names(entries))


def _checked(op: Operation, params: tuple[Parameter, ...], model: str | None, key: str) -> Node:
    given = _given(op, params, key)
    if not model:
        return given
    renames = op.renames(params)
    return call(
        "validate_arguments", f"models.{model}", given, *([literal(renames)] if renames else [])
    )


def aliases(op: Operation) -> list[str]:
    return [
        _statement(
            call(
                "use_alias",
                a.target,
                a.name,
                f"old={pylit(a.name)}",
                f"new={pylit(a.target)}",
                f"sunset={pylit(a.sunset_date)}",
                f"url={pylit(a.migration_url)}",
            ),
            f"{a.target} = ",
        )
        for a in op.aliases
    ]


def arguments(op: Operation) -> list[str]:
    """``_args = …`` (path, query, header and cookie arguments, checked) when there are any."""
    if not op.validated_params:
        return []
    return [_statement(_checked(op, op.validated_params, op.params_model, "argument"), "_args = ")]


def body(op: Operation) -> list[str]:
    if not op.body_params:
        return []
    return [_statement(_checked(op, op.body_params, op.body_model, "wire"), "_body = ")]


def _pick(name: str, op: Operation, location: str) -> Node:
    return keyword(name, call("pick", "_args", literal(op.picked(location))))


def _request_arguments(op: Operation, classes: frozenset[str]) -> list[Node]:
    path: Node = literal(op.path)
    if op.path_params:
        path = call(
            "format_path",
            literal(op.path),
            call("pick", "_args", literal(op.picked("path"))),
            *([literal(op.path_styles)] if op.path_styles else []),
        )
    runtime: Node = cast_to(op, classes)
    if needs_cast(op, classes):  # cast(Any, <special form>): the method casts the result
        runtime = call("cast", "Any", annotation(op.cast_to))
    result: list[Node] = [literal(op.http_method), path, keyword("cast_to", runtime)]
    for location, name in (("query", "params"), ("header", "headers"), ("cookie", "cookies")):
        if op.wire_names(location):
            result.append(_pick(name, op, location))
    if op.param_styles:
        result.append(keyword("styles", literal(op.param_styles)))
    given_check = f"isinstance({op.whole_body_name}, NotGiven)"
    if op.body_kind == "json":
        result.append("json_body=_body" if op.body_params else "json_body={}")
    elif op.body_kind == "envelope" and op.envelope_model:
        embedded = Group("**embed", "(", (literal(op.envelope), "_body"), ")")
        extra = Group(
            "**given", "(", (names([(p.wire_name, p.name) for p in op.envelope_params]),), ")"
        )
        envelope = Group("", "{", (embedded, extra), "}")
        renames = op.renames(op.envelope_params)
        checked = call(
            "validate_arguments",
            f"models.{op.envelope_model}",
            envelope,
            *([literal(renames)] if renames else []),
            "warn=False",
        )
        result.append(keyword("json_body", checked))
    elif op.body_kind == "envelope":
        result.append(keyword("json_body", call("embed", literal(op.envelope), "_body")))
    elif op.body_kind == "whole_json":
        checked = call(
            "validate_arguments", annotation(str(op.body_annotation)), op.whole_body_name
        )
        if op.whole_body_optional:
            result.append(conditional("json_body=", "None", given_check, flat(checked)))
        else:
            result.append(keyword("json_body", checked))
    elif op.body_kind == "raw":
        if op.whole_body_optional:
            result.append(conditional("content=", "None", given_check, op.whole_body_name))
        else:
            result.append(f"content={op.whole_body_name}")
    elif op.body_kind in ("multipart", "form"):
        result.append("data=_body" if op.body_params else "data={}")
        if op.file_params:
            result.append(
                keyword(
                    "files", call("given", names([(p.wire_name, p.name) for p in op.file_params]))
                )
            )
    if op.idempotency_header:
        result.append(f"idempotency_header={pylit(op.idempotency_header)}")
    if op.job:
        result.append(f"job_id_path={pylit(op.job.id_path)}")
    result.append("options=RequestOptions(extra_headers, extra_query, extra_body, timeout)")
    return result


def request(op: Operation, classes: frozenset[str]) -> str:
    """``return self._client.request(…)`` (cast to the annotation when ``request`` cannot infer it)."""
    sent = call("self._client.request", *_request_arguments(op, classes))
    if needs_cast(op, classes):
        return _statement(call("cast", pylit(annotation(op.return_annotation)), sent), "return ")
    return _statement(sent, "return ")


def statements(op: Operation, classes: frozenset[str]) -> str:
    """Every statement after the docstring, one per line group."""
    return "\n".join([*aliases(op), *arguments(op), *body(op), request(op, classes)])
