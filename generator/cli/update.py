"""``python -m generator update PROVIDER``: fetch the vendor's current document and regenerate
(:mod:`generator.release.update`), then print the API diff, and write it as Markdown with
``--report`` for a pull request's body."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.cli import add_folder_arguments
from .diff import FAIL_ON, emit, exit_code
from generator.diff.report import RENDERERS, render, render_markdown


def run(args: argparse.Namespace) -> int:
    from generator.release.update import update_provider

    name = args.provider
    done = update_provider(
        Path(args.specs),
        Path(args.out),
        name,
        url=args.url,
        timeout=args.timeout,
        include_descriptions=args.include_descriptions,
    )
    if done.report is None:
        print(f"{name}: {done.spec_file} is up to date with {done.url}")
        return 0
    for warning in done.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"{name}: updated {done.spec_file} from {done.url} and regenerated {done.package_dir}",
        file=sys.stderr,
    )
    if args.report:
        emit(render_markdown(done.report), args.report)
    emit(render(done.report, args.format), None)
    return exit_code(done.report, args.fail_on)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "update",
        help="download a provider's current upstream document, regenerate, print the API diff",
        description="Replace specs/<provider>/<spec> with the vendor's current document when it changed and still validates.",
    )
    parser.add_argument(
        "provider",
        metavar="PROVIDER",
        help="provider folder under specs/ (its sdk.yaml names upstream_url)",
    )
    parser.add_argument("--url", help="download from this URL instead of upstream_url")
    add_folder_arguments(parser)
    parser.add_argument(
        "--format", choices=sorted(RENDERERS), default="text", help="format of the printed diff"
    )
    parser.add_argument(
        "--report",
        metavar="FILE",
        help="also write the diff as Markdown to FILE (only when the spec changed)",
    )
    parser.add_argument(
        "--fail-on",
        choices=[*FAIL_ON, "never"],
        default="never",
        help="exit 1 when the update brings a change this serious",
    )
    parser.add_argument(
        "--include-descriptions", action="store_true", help="also report description-only changes"
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="download timeout in seconds (default: 60)"
    )
    parser.set_defaults(handler=run)
