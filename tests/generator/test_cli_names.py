"""The command line's names are promises: the commands, options and waits ``_cli`` derives at run
time from the client's classes are exactly the ones the API description gives, as the command
table rendered from the IR gave them before (``generator/emit/cli_table.py`` history): the
commands and options are ``command_name`` of the Python names, an option that would take one of
the command line's own gets a ``-param`` suffix, path arguments are positional, a fixed value is
no option, and a job's files are downloaded by the resource that follows it."""

from __future__ import annotations

import importlib
import itertools
from typing import Any

import pytest

from conftest import GENERATED, SPECS, imported
from generator.emit.cli_table import command_name
from generator.ir.build import build_package
from generator.ir.model import Package, Parameter
from generator.normalize import normalize
from generator.normalize.names_lock import NameMemory, parse_lock
from generator.spec.sources import load_provider

PROVIDERS = ("hoox", "kiara", "kling", "krea", "vtrix")
# The command line's own options, as published: an API argument never takes one.
RESERVED = {
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


def package_ir(provider: str) -> Package:
    source = load_provider(SPECS, provider)
    lock = source.names_lock
    memory = NameMemory(
        previous=(
            parse_lock(lock.read_text(encoding="utf-8"), lock)
            if lock is not None and lock.is_file()
            else None
        )
    )
    normalized = normalize(source.document, source.spec_file, [], memory)
    return build_package(normalized, source.config, source.name, source.spec_file, source.document)


def _first_sentence(text: str) -> str:
    import re

    paragraph = " ".join(text.strip().split("\n\n")[0].split())
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph, maxsplit=1)[0]
    return sentence if len(sentence) <= 200 else sentence[:199] + "…"


def expected_flags(parameters: tuple[Parameter, ...]) -> dict[str, str]:
    """Each argument's option (or metavar), by the rule the rendered table followed."""
    taken = set(RESERVED)
    flags: dict[str, str] = {}
    for parameter in parameters:
        if parameter.positional:
            flags[parameter.name] = parameter.name.upper()
            continue
        boolean = {p.strip() for p in parameter.annotation.split("|")} - {"None"} == {"bool"}

        def strings(flag: str) -> tuple[str, ...]:
            return (flag, "--no-" + flag[2:]) if boolean else (flag,)

        stem = "--" + command_name(parameter.name)
        candidates = itertools.chain(
            (stem, stem + "-param"), (f"{stem}-param-{n}" for n in itertools.count(2))
        )
        flag = next(c for c in candidates if taken.isdisjoint(strings(c)))
        taken.update(strings(flag))
        flags[parameter.name] = flag
    return flags


def expected_table(package: Package) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for resource in package.resources:
        status = resource.status_operation
        commands: dict[str, Any] = {}
        for op in resource.operations:
            parameters = tuple(p for p in op.parameters if not p.fixed)
            flags = expected_flags(parameters)
            commands[command_name(op.name)] = {
                "method": op.name,
                "help": _first_sentence(op.summary or op.description)
                or f"{op.http_method} {op.path}",
                "waits": "and_wait" if op.job else "wait" if op is status else None,
                "download": (
                    op.job.poll_module if op.job else resource.attribute if op is status else None
                ),
                "arguments": [
                    (p.name, flags[p.name], p.positional, p.required and not p.fixed)
                    for p in parameters
                ],
                "whole_body": [p.name for p in parameters if p.location in ("whole_body", "raw")],
            }
        table[command_name(resource.attribute)] = commands
    return table


def derived_table(cli: Any) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for resource in cli.resources():
        commands: dict[str, Any] = {}
        for name, command in cli.commands(resource).items():
            arguments = cli.arguments(command)
            commands[name] = {
                "method": command.method,
                "help": command.help,
                "waits": command.waits,
                "download": cli._poller(command) if command.waits else None,
                "arguments": [(a.name, a.flag, a.positional, a.required) for a in arguments],
                "whole_body": [a.name for a in arguments if a.whole_body],
            }
        table[resource] = commands
    return table


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_derived_commands_are_the_ones_the_description_gives(provider: str) -> None:
    expected = expected_table(package_ir(provider))
    with imported(GENERATED, provider):
        derived = derived_table(importlib.import_module(f"{provider}_sdk._cli"))
    assert list(derived) == list(expected)  # the resources, in the client's order
    for resource, commands in expected.items():
        assert list(derived[resource]) == list(commands), resource
        for name, command in commands.items():
            assert derived[resource][name] == command, (resource, name)


def test_krea_has_no_command_table_module() -> None:
    """The table of every command is gone (190 KiB of Krea's Python): ``_cli`` reads the client."""
    assert not (GENERATED / "krea" / "src" / "krea_sdk" / "_cli_table.py").exists()
