"""Command line of the generator: ``python -m generator <command> …``.

Each command lives in its own ``cli_<command>`` module exposing ``register(subparsers)``;
its handler returns the exit code. A :class:`GeneratorError` exits 2 with its message.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import cli_diff, cli_generate, cli_publish, cli_release, cli_update
from .errors import GeneratorError

COMMANDS = [cli_generate, cli_release, cli_publish, cli_diff, cli_update]


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m generator", description="Generate typed Python clients from OpenAPI documents.")
    commands = main.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.register(commands)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return code
