"""The command table of a package's command line, from its intermediate model.

The generated ``_cli.py`` is the same plain module in every package; what differs (resources,
commands, their arguments and help) is this table, rendered as a literal into ``_cli_table.py``.
Argument types are not repeated here: the command line reads them from the method's own
signature, so its conversions and choices are the ones the method checks.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from generator.ir.model import Operation, Package, Parameter, Resource

# Options of the command line itself; an API argument whose option (or, for a boolean, its
# ``--no-`` form) is one of them gets a ``-param`` suffix.
RESERVED_FLAGS = frozenset(
    {
        "--help",
        "--json",
        "--json-body",
        "--wait",
        "--wait-timeout",
        "--download",
        "--no-progress",
        "--base-url",
        "--version",
        "--timeout",
    }
)
_HELP_LENGTH = 200


def _first_sentence(text: str) -> str:
    """One line of help: the first paragraph's first sentence, at most 200 characters."""
    paragraph = " ".join(text.strip().split("\n\n")[0].split())
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph, maxsplit=1)[0]
    return sentence if len(sentence) <= _HELP_LENGTH else sentence[: _HELP_LENGTH - 1] + "…"


def command_name(name: str) -> str:
    """``flux_1_dev`` -> ``flux-1-dev``; a trailing ``_`` (keyword escape) is dropped."""
    return name.rstrip("_").replace("_", "-")


def _is_boolean(parameter: Parameter) -> bool:
    """Whether the command line gives ``parameter`` as ``--x/--no-x`` (its type is a plain
    boolean, as the command line reads it from the method's signature)."""
    return {part.strip() for part in parameter.annotation.split("|")} - {"None"} == {"bool"}


def _option_strings(flag: str, boolean: bool) -> tuple[str, ...]:
    return (flag, "--no-" + flag[2:]) if boolean else (flag,)


def _flags(parameters: tuple[Parameter, ...]) -> dict[str, str]:
    """The option of each non-positional argument of one command, by Python name. An option
    that would take one of the command line's own (``--json``, ``--wait``; for a boolean its
    ``--no-`` form too, ``--no-progress``) or an earlier argument's gets a ``-param`` suffix
    (then ``-param-2``, …), in parameter order, so the names are the same every time."""
    taken = set(RESERVED_FLAGS)
    flags: dict[str, str] = {}
    for parameter in parameters:
        if parameter.positional:
            continue
        stem = "--" + command_name(parameter.name)
        boolean = _is_boolean(parameter)
        candidates = itertools.chain(
            (stem, stem + "-param"), (f"{stem}-param-{n}" for n in itertools.count(2))
        )
        flag = next(
            c for c in candidates if taken.isdisjoint(_option_strings(c, boolean))
        )  # taken is finite
        taken.update(_option_strings(flag, boolean))
        flags[parameter.name] = flag
    return flags


def _parameter(parameter: Parameter, flags: dict[str, str]) -> dict[str, Any]:
    return {
        "name": parameter.name,
        "flag": parameter.name.upper() if parameter.positional else flags[parameter.name],
        "wire": parameter.wire_name,
        "location": parameter.location,
        "required": parameter.required and not parameter.fixed,
        "help": _first_sentence(parameter.description),
    }


def _command(package: Package, resource: Resource, op: Operation) -> dict[str, Any]:
    status = resource.status_operation
    parameters = tuple(p for p in op.parameters if not p.fixed)
    flags = _flags(parameters)
    follows = op.job is not None or op is status
    download = (
        op.job.poll_module if op.job is not None else resource.attribute if op is status else None
    )
    return {
        "resource": resource.attribute,
        "module": resource.module,
        "class": resource.class_name,
        "method": op.name,
        "help": _first_sentence(op.summary or op.description) or f"{op.http_method} {op.path}",
        "params": tuple(_parameter(p, flags) for p in parameters),
        "waits": "and_wait" if op.job is not None else "wait" if op is status else None,
        "download": download if follows else None,
    }


def cli_table(package: Package) -> dict[str, Any]:
    """``{resource: {"help": …, "commands": {command: {…}}}}`` in the order of the client."""
    table: dict[str, Any] = {}
    for resource in package.resources:
        commands = {
            command_name(op.name): _command(package, resource, op) for op in resource.operations
        }
        table[command_name(resource.attribute)] = {
            "help": _first_sentence(resource.docstring),
            "commands": commands,
        }
    return table
