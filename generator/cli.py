"""Command line: ``python -m generator generate [PROVIDER…] [--check]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import GeneratorError
from .pipeline import GeneratedPackage, build_provider
from .sources import provider_names
from .writer import stale_files, write_tree

ROOT = Path(__file__).resolve().parent.parent


def _generate(args: argparse.Namespace) -> int:
    specs_dir, out_dir = Path(args.specs), Path(args.out)
    names = args.providers or provider_names(specs_dir)
    if not names:
        raise GeneratorError(f"no providers under {specs_dir} (each needs a folder with sdk.yaml)")
    # Build everything first: one bad spec must not leave generated/ half-updated.
    packages: list[GeneratedPackage] = [build_provider(specs_dir, name) for name in names]
    for package in packages:
        for warning in package.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    if args.check:
        stale = {p.name: stale_files(p.files, out_dir / p.name) for p in packages}
        problems = {name: files for name, files in stale.items() if files}
        for name, files in problems.items():
            for path in files:
                print(f"stale: {out_dir / name / path}")
        if problems:
            print("generated/ is out of date: run `make generate` and commit the result.", file=sys.stderr)
            return 1
        print(f"up to date: {', '.join(p.name for p in packages)}")
        return 0
    for package in packages:
        write_tree(package.files, out_dir / package.name)
        print(f"generated {out_dir / package.name}: {package.operations} operations, {len(package.files)} files")
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="regenerate client packages from specs/")
    generate.add_argument("providers", nargs="*", help="provider folders under specs/ (default: all)")
    generate.add_argument("--check", action="store_true", help="write nothing; exit 1 listing stale files")
    generate.add_argument("--specs", default=str(ROOT / "specs"), help=argparse.SUPPRESS)
    generate.add_argument("--out", default=str(ROOT / "generated"), help=argparse.SUPPRESS)
    generate.set_defaults(handler=_generate)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return code
