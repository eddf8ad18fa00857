"""Command line of the generator: ``python -m generator <command> …``.

Each command lives in its own ``generator.cli.<command>`` module exposing ``register(subparsers)``;
its handler returns the exit code. A :class:`GeneratorError` exits 2 with its message.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from generator.errors import GeneratorError
from generator.paths import PROJECT_ROOT

# Command → module. Only the module of the command being run is imported: ``generate`` with
# unchanged inputs then finishes before httpx, black or the diff machinery are even loaded.
COMMANDS = {
    "generate": "generate",
    "release": "release",
    "publish": "publish",
    "diff": "diff",
    "update": "update",
}


def add_folder_arguments(
    parser: argparse.ArgumentParser,
    out_default: str | None = str(PROJECT_ROOT / "generated"),
    out_help: str = "output folder (default: generated/)",
) -> None:
    """``--specs`` and ``--out``: the folders a command reads providers from and writes packages
    to, the same options for every command that regenerates."""
    parser.add_argument(
        "--specs",
        default=str(PROJECT_ROOT / "specs"),
        help="folder of provider specs (default: specs/)",
    )
    parser.add_argument("--out", default=out_default, help=out_help)


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every command, or only ``command``'s when it is known."""
    main = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate typed Python clients from OpenAPI documents.",
    )
    commands = main.add_subparsers(dest="command", required=True)
    for name, module in COMMANDS.items():
        if command in (None, name) or command not in COMMANDS:
            importlib.import_module(f".{module}", __package__).register(commands)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser(arguments[0] if arguments else None).parse_args(arguments)
    try:
        code: int = args.handler(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return code
