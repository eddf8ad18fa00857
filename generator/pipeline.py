"""The whole pipeline for one provider: source → normalized → IR → files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.emit.formatting import format_files
from generator.ir.builder import build_package
from generator.emit.models import generate_models
from generator.normalize import normalize
from generator.emit.render import models_path, render_package
from generator.emit.split_models import split_models
from generator.emit.stable import is_black_stable
from generator.ir.model import Package
from generator.schema.rules import without_assertions
from generator.spec.sources import ProviderSource, load_provider


@dataclass(frozen=True)
class GeneratedPackage:
    name: str
    files: dict[str, str]
    operations: int
    warnings: tuple[str, ...]


def build_files(source: ProviderSource) -> GeneratedPackage:
    """Every file of the provider's package, formatted, in memory."""
    normalize_warnings: list[str] = []
    normalized = normalize(source.document, source.spec_file, normalize_warnings)
    package = build_package(normalized, source.config, source.name, source.spec_file, source.document)
    schemas = {name: without_assertions(schema) for name, schema in normalized.get("components", {}).get("schemas", {}).items()}
    schemas.update(package.extra_schemas)
    changelog_file = source.folder / "CHANGELOG.md"
    changelog = changelog_file.read_text(encoding="utf-8") if changelog_file.is_file() else None
    rendered = render_package(package, normalized, changelog)
    # Files rendered in black's layout skip black (generator.emit.stable); the models come
    # last: datamodel-code-generator runs while black formats the rest.
    stable = {path: text for path, text in rendered.items() if is_black_stable(path, text)}
    unformatted = {path: text for path, text in rendered.items() if path not in stable}
    files = {**format_files(unformatted, later=lambda: models_files(package, schemas, rendered)), **stable}
    return GeneratedPackage(source.name, dict(sorted(files.items())), len(package.operations), (*normalize_warnings, *package.warnings))


def models_files(package: Package, schemas: dict[str, Any], rendered: dict[str, str]) -> dict[str, str]:
    """The models module, split by resource when it is large (generator.emit.split_models)."""
    source = generate_models(schemas, package.title)
    folder = models_path(package).rsplit("/", 1)[0]
    users = {
        path.rsplit("/", 1)[1][: -len(".py")]: text
        for path, text in rendered.items()
        if path.startswith(f"{folder}/resources/") and path.endswith(".py") and not path.endswith("/__init__.py")
    }
    split = split_models(source, package.package_name, users)
    if split is None:
        return {models_path(package): source}
    return {f"{folder}/{name}": text for name, text in split.items()}


def build_provider(specs_dir: Path, name: str) -> GeneratedPackage:
    return build_files(load_provider(specs_dir, name))
