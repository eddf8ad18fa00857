"""``python -m generator diff BASE [HEAD]``: what changed in the generated packages' API.

BASE and HEAD are git revisions (read with ``git show``-style plumbing, never checked out) or
directories (a ``generated/`` folder, a checkout holding one, or one package). HEAD defaults
to the working tree's ``generated/``. Exit 1 with ``--fail-on`` when a change of that level or
worse is found; input problems exit 2 like every command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.paths import PROJECT_ROOT
from generator.diff.api import diff_trees
from generator.diff.model import DiffReport, Level
from generator.diff.report import RENDERERS, render
from generator.diff.snapshots import load_tree, tree_from_dir
from generator.errors import GeneratorError
from generator.spec.sources import check_provider_name

FAIL_ON = {"breaking": Level.BREAKING, "non-breaking": Level.NON_BREAKING, "info": Level.INFO}


def exit_code(report: DiffReport, fail_on: str | None) -> int:
    """1 when ``report`` holds a change at least as serious as ``fail_on``, else 0."""
    if not fail_on or fail_on == "never":
        return 0
    threshold = FAIL_ON[fail_on]
    level = report.level
    return 1 if level is not None and level.rank >= threshold.rank else 0


def emit(text: str, output: str | None) -> None:
    """Print ``text`` or write it to ``output`` (``-``: standard output)."""
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise GeneratorError(
                f"{output}: cannot write the report: {exc.strerror or exc}"
            ) from exc
    else:
        sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    repo = Path(args.repo)
    for name in args.provider or []:
        check_provider_name(name)
    base = load_tree(args.base, repo, args.generated)
    if args.head is None:
        head = tree_from_dir(repo / args.generated)
        head_label = "working tree"
    else:
        head = load_tree(args.head, repo, args.generated)
        head_label = args.head
    if args.provider:
        missing = [n for n in args.provider if n not in base and n not in head]
        if missing:
            raise GeneratorError(f"no package {', '.join(missing)} in {args.base} or {head_label}")
    report = diff_trees(
        base,
        head,
        base=args.base,
        head=head_label,
        providers=args.provider or None,
        include_descriptions=args.include_descriptions,
    )
    emit(render(report, args.format), args.output)
    return exit_code(report, args.fail_on)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "diff",
        help="compare the API of generated packages between two revisions or folders",
        description="Compare the normalized specs and the public Python surface of the generated packages.",
    )
    parser.add_argument(
        "base", metavar="BASE", help="git revision or directory to compare from (e.g. origin/main)"
    )
    parser.add_argument(
        "head",
        metavar="HEAD",
        nargs="?",
        help="git revision or directory to compare to (default: the working tree)",
    )
    parser.add_argument(
        "--format",
        choices=sorted(RENDERERS),
        default="text",
        help="text (terminal), markdown (pull-request comment) or json",
    )
    parser.add_argument(
        "--fail-on",
        choices=["breaking", "non-breaking", "info", "never"],
        default="never",
        help="exit 1 when a change of this level or worse is found (default: never)",
    )
    parser.add_argument(
        "--include-descriptions",
        action="store_true",
        help="also report description-only changes (as info)",
    )
    parser.add_argument(
        "--provider", action="append", metavar="NAME", help="only this provider (repeatable)"
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output"
    )
    parser.add_argument(
        "--repo",
        default=str(PROJECT_ROOT),
        help="git checkout the revisions belong to (default: this project)",
    )
    parser.add_argument(
        "--generated",
        default="generated",
        help="folder of the packages inside the checkout (default: generated)",
    )
    parser.set_defaults(handler=run)
