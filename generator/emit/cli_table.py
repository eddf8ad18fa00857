"""What a package's command line cannot read from the client's methods, from the IR.

The generated ``_cli.py`` is the same plain module in every package and derives its commands at
run time from the client: resources, one-call methods, their signatures and docstrings. Three
facts are not in a signature; they are rendered into ``_constants.py`` as small literals:

* ``CLI_STATUS``: per resource that follows jobs, the method that reports a job's status (its
  command waits with ``--wait`` and downloads with ``--download``);
* ``CLI_BODY``: per ``resource.method``, the argument that is the whole request body (JSON or raw
  bytes), which ``--json-body FILE`` gives as it is;
* ``CLI_WIRE``: an argument's names on the wire that its Python name does not give (the name
  itself and the name without a keyword escape ``_`` are accepted anyway), so ``--json-body``
  accepts ``{"X-Webhook-URL": …}`` as it always has.

Command and option names are ``command_name`` of the Python names, here and in ``_cli``: the
README's examples use this one.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import Package


def command_name(name: str) -> str:
    """``flux_1_dev`` -> ``flux-1-dev``; a trailing ``_`` (keyword escape) is dropped."""
    return name.rstrip("_").replace("_", "-")


def cli_constants(package: Package) -> dict[str, Any]:
    """``{"status", "body", "wire"}``: the literals of ``CLI_STATUS``, ``CLI_BODY`` and ``CLI_WIRE``."""
    status = {
        resource.attribute: resource.status_operation.name
        for resource in package.resources
        if resource.status_operation is not None
    }
    body = {
        f"{resource.attribute}.{op.name}": parameter.name
        for resource in package.resources
        for op in resource.operations
        for parameter in op.parameters
        if parameter.location in ("whole_body", "raw")
    }
    wire: dict[str, set[str]] = {}
    for resource in package.resources:
        for op in resource.operations:
            for parameter in op.parameters:
                if parameter.positional or parameter.fixed or not parameter.wire_name:
                    continue
                if parameter.wire_name not in (parameter.name, parameter.name.rstrip("_")):
                    wire.setdefault(parameter.name, set()).add(parameter.wire_name)
    return {
        "status": dict(sorted(status.items())),
        "body": dict(sorted(body.items())),
        "wire": {name: tuple(sorted(names)) for name, names in sorted(wire.items())},
    }
