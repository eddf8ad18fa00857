"""``python -m generator generate [PROVIDER…] [--check]`` and ``generate --spec PATH --out DIR [--name NAME]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from typing import TYPE_CHECKING

from generator.cli import add_folder_arguments
from generator.paths import PROJECT_ROOT
from generator.output import fingerprint
from generator.errors import GeneratorError
from generator.spec.sources import check_provider_name, provider_names
from generator.output.writer import check_destination, stale_files, write_tree

if TYPE_CHECKING:
    from generator.pipeline import GeneratedPackage

# The pipeline (black, datamodel-code-generator, jinja) is imported only when something has to
# be generated: a run whose inputs are unchanged (see ``fingerprint``) never loads it.

# ``<name>_sdk`` and ``<NAME>_API_KEY`` must stay within the SDK config's 64 characters.
_MAX_SPEC_NAME = 40


def _summary(package: GeneratedPackage, where: str) -> None:
    for warning in package.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"{where}: {package.operations} operations generated, {len(package.warnings)} warnings, {len(package.files)} files"
    )


def _checked_name(name: str) -> str:
    check_provider_name(name)
    if len(name) > _MAX_SPEC_NAME:
        raise GeneratorError(f"name {name!r} is too long: at most {_MAX_SPEC_NAME} characters")
    return name


def build_document(
    spec_file: Path, name: str | None = None, document: Any = None
) -> GeneratedPackage:
    """A package from a lone OpenAPI document: the SDK config comes from its title (or ``name``)."""
    from generator.spec.defaults import config_from_document, default_name
    from generator.pipeline import build_files
    from generator.spec.sources import document_source, load_spec

    if document is None:
        document = load_spec(spec_file).document
    chosen = _checked_name(name or default_name(document, spec_file))
    return build_files(
        document_source(spec_file, chosen, config_from_document(document, chosen), document)
    )


def _stale_lock(package: GeneratedPackage) -> list[str]:
    """The provider's names lock (``specs/<provider>/names.lock.json``), if it is not what this
    generation gave out."""
    lock = package.names_lock
    if lock is None:
        return []
    current = lock.read_text(encoding="utf-8") if lock.is_file() else ""
    return [] if current == package.names_lock_text else [str(lock)]


def _write_lock(package: GeneratedPackage) -> None:
    from generator.normalize.names_lock import write_lock

    assert package.names_lock is not None
    write_lock(package.names_lock, package.names_lock_text)


def _report_duplicates(names: list[str]) -> None:
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise GeneratorError(
            f"several documents want the name {', '.join(duplicates)}: generate them one at a time with --name"
        )


def run_specs(args: argparse.Namespace) -> int:
    from generator.spec.defaults import default_name
    from generator.spec.sources import load_spec

    specs = [Path(p) for p in args.spec]
    if args.providers:
        raise GeneratorError("give either provider names or --spec, not both")
    if args.name and len(specs) > 1:
        raise GeneratorError("--name applies to a single --spec")
    if args.out is None:
        raise GeneratorError("--spec needs --out DIR (the package is written to DIR/<name>)")
    out_dir = Path(args.out)
    bundles = [load_spec(spec) for spec in specs]
    documents = [b.document for b in bundles]
    names = [
        _checked_name(args.name or default_name(document, spec))
        for spec, document in zip(specs, documents)
    ]
    _report_duplicates(names)
    # A multi-file spec: every file it was read from is an input.
    keys = [fingerprint.input_key(list(b.files), ["spec", name]) for b, name in zip(bundles, names)]
    todo = [
        i
        for i, (key, name) in enumerate(zip(keys, names))
        if not fingerprint.is_current(key, out_dir / name)
    ]
    packages = {i: build_document(specs[i], names[i], documents[i]) for i in todo}
    if args.check:
        stale = {p.name: stale_files(p.files, out_dir / p.name) for p in packages.values()}
        for name, files in stale.items():
            for path in files:
                print(f"stale: {out_dir / name / path}")
        return 1 if any(stale.values()) else 0
    for package in packages.values():  # every destination before writing any
        check_destination(out_dir / package.name)
    for index, spec in enumerate(specs):
        if index not in packages:
            print(f"{spec} -> {out_dir / names[index]}: unchanged (same inputs as the last run)")
            continue
        package = packages[index]
        write_tree(package.files, out_dir / package.name)
        fingerprint.record(keys[index], package.files)
        _summary(package, f"{spec} -> {out_dir / package.name}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.spec:
        return run_specs(args)
    if args.name:
        raise GeneratorError("--name applies to --spec only")
    specs_dir, out_dir = Path(args.specs), Path(
        args.out if args.out is not None else PROJECT_ROOT / "generated"
    )
    names = args.providers or provider_names(specs_dir)
    if not names:
        raise GeneratorError(f"no providers under {specs_dir} (each needs a folder with sdk.yaml)")
    for name in names:
        check_provider_name(name)
    keys = {
        name: fingerprint.input_key(
            fingerprint.provider_inputs(specs_dir / name), ["provider", name]
        )
        for name in names
    }
    todo = [name for name in names if not fingerprint.is_current(keys[name], out_dir / name)]
    # Build everything first: one bad spec must not leave generated/ half-updated.
    packages: list[GeneratedPackage] = []
    if todo:
        from generator.pipeline import build_provider

        packages = [build_provider(specs_dir, name) for name in todo]
    for package in packages:
        for warning in package.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    if args.check:
        stale = {
            p.name: [
                str(out_dir / p.name / path) for path in stale_files(p.files, out_dir / p.name)
            ]
            + _stale_lock(p)
            for p in packages
        }
        problems = {name: files for name, files in stale.items() if files}
        for name, files in problems.items():
            for path in files:
                print(f"stale: {path}")
        if problems:
            print(
                "generated/ is out of date: run `make generate` and commit the result.",
                file=sys.stderr,
            )
            return 1
        print(f"up to date: {', '.join(names)}")
        return 0
    for name in names:
        if name not in todo:
            print(f"unchanged {out_dir / name} (same inputs as the last run)")
    for package in packages:  # every destination before writing any
        check_destination(out_dir / package.name)
    for package in packages:
        write_tree(package.files, out_dir / package.name)
        if _stale_lock(package):
            _write_lock(package)
            # The lock is one of the provider's inputs: the record is of the inputs as they are now.
            keys[package.name] = fingerprint.input_key(
                fingerprint.provider_inputs(specs_dir / package.name), ["provider", package.name]
            )
        fingerprint.record(keys[package.name], package.files)
        print(
            f"generated {out_dir / package.name}: {package.operations} operations, {len(package.warnings)} warnings, {len(package.files)} files"
        )
    return 0


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "generate", help="regenerate client packages from specs/, or one from any document (--spec)"
    )
    parser.add_argument("providers", nargs="*", help="provider folders under specs/ (default: all)")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 listing stale files"
    )
    add_folder_arguments(
        parser,
        out_default=None,
        out_help="output folder (default: generated/; required with --spec)",
    )
    parser.add_argument(
        "--spec",
        action="append",
        default=[],
        metavar="PATH",
        help="an OpenAPI 3.0/3.1 document anywhere (no sdk.yaml needed; names come from its title); may repeat",
    )
    parser.add_argument(
        "--name",
        default=None,
        help="with one --spec: the provider name (lowercase, digits, '_'); default: from the title",
    )
    parser.set_defaults(handler=run)
