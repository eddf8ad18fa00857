"""``python -m generator generate [PROVIDER…] [--check]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .errors import GeneratorError
from .pipeline import GeneratedPackage, build_provider
from .sources import provider_names
from .writer import stale_files, write_tree

ROOT = Path(__file__).resolve().parent.parent


def run(args: argparse.Namespace) -> int:
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


def register(commands: Any) -> None:
    parser = commands.add_parser("generate", help="regenerate client packages from specs/")
    parser.add_argument("providers", nargs="*", help="provider folders under specs/ (default: all)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 listing stale files")
    parser.add_argument("--specs", default=str(ROOT / "specs"), help="folder of provider specs (default: specs/)")
    parser.add_argument("--out", default=str(ROOT / "generated"), help="output folder (default: generated/)")
    parser.set_defaults(handler=run)
