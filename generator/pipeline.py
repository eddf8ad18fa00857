"""The whole pipeline for one provider: source → normalized → IR → files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .formatting import format_files
from .ir_builder import build_package
from .models_codegen import generate_models
from .normalize import normalize
from .render import models_path, render_package
from .rules import without_assertions
from .sources import ProviderSource, load_provider


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
    schemas.update({name: without_assertions(schema) for name, schema in package.extra_schemas.items()})
    changelog_file = source.folder / "CHANGELOG.md"
    changelog = changelog_file.read_text(encoding="utf-8") if changelog_file.is_file() else None
    rendered = render_package(package, normalized, changelog)
    # The models come last: datamodel-code-generator runs while black formats the rest.
    files = format_files(rendered, later=lambda: {models_path(package): generate_models(schemas, package.title)})
    return GeneratedPackage(source.name, dict(sorted(files.items())), len(package.operations), (*normalize_warnings, *package.warnings))


def build_provider(specs_dir: Path, name: str) -> GeneratedPackage:
    return build_files(load_provider(specs_dir, name))
