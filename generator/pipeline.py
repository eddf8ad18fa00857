"""The whole pipeline for one provider: source → normalized → IR → files.

The files a spec makes the generator read are exactly these (:mod:`generator.spec.bundle`):
the ``.json``, ``.yaml`` and ``.yml`` files inside the spec's own folder (no path segment
starting with ``.``, no symbolic link out of it) that a ``$ref`` names where OpenAPI allows a
Reference Object or a Schema (:mod:`generator.spec.ref_places`: components, Path Items,
parameters, request bodies, responses, headers, media types, examples, links, callbacks,
security schemes, schemas), never from ``info``, ``servers``, a description or summary, an
``x-`` extension or example data; and none from a document ``update`` downloaded. Anything else
exits 2 at the ``file#pointer`` of the ``$ref``, with the same message whether its target exists.
No URL is ever fetched for a spec."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.emit.formatting import format_files
from generator.ir.build import build_package
from generator.emit.models import generate_models
from generator.normalize import normalize
from generator.normalize.names_lock import NameMemory, parse_lock
from generator.emit.render import models_path, render_package
from generator.emit.split_models import split_models
from generator.emit.stable import is_black_stable
from generator.ir.model import Package
from generator.schema.rules import without_assertions
from generator.spec.limits import check_schema_depth
from generator.spec.references import check_local_references
from generator.spec.sources import ProviderSource, load_provider


@dataclass(frozen=True)
class GeneratedPackage:
    name: str
    files: dict[str, str]
    operations: int
    warnings: tuple[str, ...]
    # The lock file of the model names given out (``normalize.names_lock``): where it lives
    # (next to the spec) and its content now; None for a lone document.
    names_lock: Path | None = None
    names_lock_text: str = ""


def build_files(source: ProviderSource) -> GeneratedPackage:
    """Every file of the provider's package, formatted, in memory.

    Nothing reads the document before its references are known to be local: every way into
    generation (``specs/``, ``--spec``, ``update``) comes through here."""
    check_local_references(source.document, source.spec_file)
    check_schema_depth(source.document, source.spec_file)
    normalize_warnings: list[str] = []
    memory = NameMemory()
    if source.names_lock is not None and source.names_lock.is_file():
        memory = NameMemory(
            previous=parse_lock(source.names_lock.read_text(encoding="utf-8"), source.names_lock)
        )
    normalized = normalize(source.document, source.spec_file, normalize_warnings, memory)
    package = build_package(
        normalized, source.config, source.name, source.spec_file, source.document
    )
    schemas = {
        name: without_assertions(schema)
        for name, schema in normalized.get("components", {}).get("schemas", {}).items()
    }
    schemas.update(
        {name: without_assertions(schema) for name, schema in package.extra_schemas.items()}
    )
    changelog_file = source.folder / "CHANGELOG.md"
    changelog = changelog_file.read_text(encoding="utf-8") if changelog_file.is_file() else None
    rendered = render_package(package, normalized, changelog)
    # Files rendered in black's layout skip black (generator.emit.stable); the models come
    # last: datamodel-code-generator runs while black formats the rest.
    stable = {path: text for path, text in rendered.items() if is_black_stable(path, text)}
    unformatted = {path: text for path, text in rendered.items() if path not in stable}
    files = {
        **format_files(
            unformatted, later=lambda: models_files(package, schemas, rendered, source.spec_file)
        ),
        **stable,
    }
    return GeneratedPackage(
        source.name,
        dict(sorted(files.items())),
        len(package.operations),
        (*normalize_warnings, *package.warnings),
        source.names_lock,
        memory.text() if source.names_lock is not None else "",
    )


def models_files(
    package: Package, schemas: dict[str, Any], rendered: dict[str, str], spec_file: Path
) -> dict[str, str]:
    """The models module, split by resource when it is large (generator.emit.split_models)."""
    source = generate_models(schemas, package.title, spec_file)
    folder = models_path(package).rsplit("/", 1)[0]
    users = {
        path.rsplit("/", 1)[1][: -len(".py")]: text
        for path, text in rendered.items()
        if path.startswith(f"{folder}/resources/")
        and path.endswith(".py")
        and not path.endswith("/__init__.py")
    }
    split = split_models(source, package.package_name, users)
    if split is None:
        return {models_path(package): source}
    return {f"{folder}/{name}": text for name, text in split.items()}


def build_provider(specs_dir: Path, name: str) -> GeneratedPackage:
    return build_files(load_provider(specs_dir, name))
