"""``python -m generator release PROVIDER [--bump major|minor|patch | --version X.Y.Z] [--note TEXT…] [--base REV]``."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import Any

from generator.cli import add_folder_arguments
from generator.release.bump import BUMPS, release


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from exc


def run(args: argparse.Namespace) -> int:
    done = release(
        Path(args.specs),
        Path(args.out),
        args.provider,
        bump=args.bump,
        version=args.version,
        notes=args.note,
        date=args.date,
        base=args.base,
        dry_run=args.dry_run,
    )
    print(f"{done.distribution_name}: {done.previous} -> {done.version}")
    if args.dry_run:
        print(done.entry, end="")
        print("dry run: nothing written")
        return 0
    print(
        f"updated {done.config_file} and {done.changelog_file}; regenerated {done.package_dir} ({done.files} files)"
    )
    print(done.entry, end="")
    print(
        "next: review and commit, then `make publish` (or let .github/workflows/release.yml publish it)"
    )
    return 0


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "release",
        help="bump a package's version, add its CHANGELOG entry and regenerate it",
        description=(
            "Bump the version in specs/PROVIDER/sdk.yaml, add an entry to specs/PROVIDER/CHANGELOG.md "
            "(shipped in the package) and regenerate generated/PROVIDER. Without --bump or --version "
            "the API diff between the package as last released (--base) and as the specs make it now "
            "decides the version and writes the entry. Below 1.0 a breaking change raises the minor version."
        ),
    )
    parser.add_argument("provider", help="provider folder under specs/")
    how = parser.add_mutually_exclusive_group()
    how.add_argument(
        "--bump",
        choices=BUMPS,
        help="major (breaking; below 1.0 this raises the minor), minor or patch",
    )
    how.add_argument(
        "--version", help="set this exact version (MAJOR.MINOR.PATCH, greater than the current one)"
    )
    parser.add_argument(
        "--note",
        action="append",
        default=[],
        metavar="TEXT",
        help="a CHANGELOG bullet (repeatable)",
    )
    parser.add_argument(
        "--base",
        metavar="REV_OR_DIR",
        help="the package as last released, for the diff: a git revision or a directory "
        "(default: the commit that last changed the version in sdk.yaml)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the version and CHANGELOG entry; write nothing",
    )
    parser.add_argument(
        "--date",
        type=_date,
        default=None,
        help="release date in the CHANGELOG (default: today, UTC)",
    )
    add_folder_arguments(parser)
    parser.set_defaults(handler=run)
