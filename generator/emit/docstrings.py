"""Docstrings and signatures of generated methods, assembled from the intermediate model."""

from __future__ import annotations

import textwrap

from generator.ir.model import Operation, Parameter
from .textsafe import docstring, pyrepr


def _paragraphs(text: str) -> str:
    return text.strip()


def method_docstring(op: Operation) -> str:
    """Google-style docstring: summary, description, arguments with server defaults, returns."""
    lines: list[str] = []
    summary = " ".join(op.summary.split()) or f"{op.http_method} {op.path}"
    lines.append(summary)
    if op.description.strip() and op.description.strip() != op.summary.strip():
        lines += ["", _paragraphs(op.description)]
    if op.deprecated:
        lines += ["", "Deprecated: the API marks this operation as deprecated."]
    documented = [p for p in op.parameters if p.description or p.has_default]
    if documented or op.aliases:
        lines += ["", "Args:"]
        for p in documented:
            text = " ".join(p.description.split())
            if p.has_default:
                text = (text + " " if text else "") + f"Server default: {pyrepr(p.default)}."
            wrapped = textwrap.wrap(
                f"{p.name}: {text}", width=92, subsequent_indent="        ", break_on_hyphens=False
            ) or [p.name]
            lines += ["    " + line for line in wrapped]
    for alias in op.aliases:
        sunset = f" (sunset {alias.sunset_date})" if alias.sunset_date else ""
        lines.append(
            f"    {alias.name}: Deprecated alias of ``{alias.target}``{sunset}; warns and sends ``{alias.target_wire}``."
        )
    lines += [
        "",
        f"HTTP: ``{op.http_method} {op.path}``",
    ]
    body = "\n".join(lines)
    indented = textwrap.indent(docstring(body), "        ").lstrip()
    return indented + "\n        "


def argument_default(parameter: Parameter, code: bool = True) -> str:
    """What follows ``name: annotation`` in a signature: the fixed value of a required
    ``const``, ``NOT_GIVEN`` for an optional argument (with ``| NotGiven`` added to the type in
    ``code``; the readable signatures of api.md leave it out), nothing for a required one."""
    if parameter.fixed:
        return f" = {pyrepr(parameter.default)}"
    if parameter.required:
        return ""
    return " | NotGiven = NOT_GIVEN" if code else " = NOT_GIVEN"


def signature(op: Operation, resource: str) -> str:
    """A readable one-method signature for api.md."""
    args = [f"{p.name}: {p.annotation}" for p in op.path_params]
    keywords = [
        f"{p.name}: {p.annotation}" + argument_default(p, code=False) for p in op.keyword_params
    ]
    parts = args + (["*"] + keywords if keywords else [])
    inner = ",\n    ".join(parts)
    call = (
        f"client.{resource}.{op.name}(\n    {inner},\n)"
        if parts
        else f"client.{resource}.{op.name}()"
    )
    return f"{call} -> {op.return_annotation}"
