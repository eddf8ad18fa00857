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

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
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
from generator.emit.model_groups import one_module, raise_error
from generator.emit.split_models import MIN_DEFINITIONS
from generator.emit.stable import LINE_LENGTH, is_black_stable
from generator.emit.workers import prestart, worker_pool
from generator.output.cache import cache_root
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
    # Rendered Python files black had to format (the layout check refused them): none for
    # what our templates write, so each one names a template or layout gap.
    sent_to_black: tuple[str, ...] = ()


def build_files(source: ProviderSource) -> GeneratedPackage:
    """Every file of the provider's package, formatted, in memory.

    Nothing reads the document before its references are known to be local: every way into
    generation (``specs/``, ``--spec``, ``update``) comes through here."""
    check_local_references(source.document, source.spec_file)
    check_schema_depth(source.document, source.spec_file)
    # The workers start now and import black and datamodel-code-generator meanwhile.
    with worker_pool(source.document) as pool:
        return _build(source, pool)


def _build(source: ProviderSource, pool: ProcessPoolExecutor | None) -> GeneratedPackage:
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
    # The models go to the workers first (the longest job), while this process renders.
    collect = start_models(package, schemas, source.spec_file, pool)
    rendered = render_package(package, normalized, changelog)
    del normalized  # not needed any more: its memory is free while the models are built
    # Files rendered in black's layout skip black (generator.emit.stable); black formats the
    # rest, and the models that come back unformatted.
    stable = {path: text for path, text in rendered.items() if is_black_stable(path, text)}
    unformatted = {path: text for path, text in rendered.items() if path not in stable}
    formatted_models: dict[str, str] = {}  # models modules already formatted (by the workers)

    def models() -> dict[str, str]:
        produced, formatted = collect(rendered)
        formatted_models.update(formatted)
        return produced

    files = {**format_files(unformatted, later=models, pool=pool), **formatted_models, **stable}
    return GeneratedPackage(
        source.name,
        dict(sorted(files.items())),
        len(package.operations),
        (*normalize_warnings, *package.warnings),
        source.names_lock,
        memory.text() if source.names_lock is not None else "",
        tuple(sorted(path for path in unformatted if path.endswith(".py"))),
    )


# ``rendered files → (models files still to format, models files formatted)``
Models = Callable[[dict[str, str]], tuple[dict[str, str], dict[str, str]]]


def start_models(
    package: Package,
    schemas: dict[str, Any],
    spec_file: Path,
    pool: ProcessPoolExecutor | None,
) -> Models:
    """Start the models before the package is rendered; the result, given the rendered files
    (which resource uses which model, for splitting them), gives the models files."""
    folder = models_path(package).rsplit("/", 1)[0]
    if len(schemas) >= MIN_DEFINITIONS:

        def grouped(rendered: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
            files = grouped_models_files(package, schemas, rendered, spec_file, pool)
            if files is None:  # not splittable: one datamodel-code-generator run, one module
                return models_files(package, schemas, rendered, spec_file), {}
            # The facade (names and where they live) is in black's layout unless a name is long.
            facade = files.pop(models_path(package))
            if max(map(len, facade.splitlines())) > LINE_LENGTH:
                return {models_path(package): facade}, files
            return {}, {**files, models_path(package): facade}

        return grouped
    if pool is None:
        return lambda rendered: (models_files(package, schemas, rendered, spec_file), {})
    job = (schemas, package.title, str(spec_file), package.package_name)
    future = pool.submit(one_module, (*job, None, str(cache_root())))

    def collect(rendered: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
        formatted, unformatted, error = future.result()
        raise_error(error)
        if not formatted:  # many definitions: split by the resources that use them
            return _by_resource(package, unformatted["models.py"], rendered), {}
        return {}, {f"{folder}/{name}": text for name, text in formatted.items()}

    return collect


def _resource_sources(package: Package, rendered: dict[str, str]) -> dict[str, str]:
    """``resource module → its source``: who uses which models."""
    folder = models_path(package).rsplit("/", 1)[0]
    return {
        path.rsplit("/", 1)[1][: -len(".py")]: text
        for path, text in rendered.items()
        if path.startswith(f"{folder}/resources/")
        and path.endswith(".py")
        and not path.endswith("/__init__.py")
    }


def grouped_models_files(
    package: Package,
    schemas: dict[str, Any],
    rendered: dict[str, str],
    spec_file: Path,
    pool: ProcessPoolExecutor | None = None,
) -> dict[str, str] | None:
    """A large API's models modules, one datamodel-code-generator run per module
    (generator.emit.model_groups), black-formatted; None for one models module."""
    from generator.emit.model_groups import grouped_models

    grouped = grouped_models(
        schemas,
        package.title,
        spec_file,
        package.package_name,
        _resource_sources(package, rendered),
        pool,
    )
    if grouped is None:
        return None
    folder = models_path(package).rsplit("/", 1)[0]
    return {f"{folder}/{name}": text for name, text in grouped.items()}


def models_files(
    package: Package, schemas: dict[str, Any], rendered: dict[str, str], spec_file: Path
) -> dict[str, str]:
    """The models module, split by resource when it is large (generator.emit.split_models)."""
    return _by_resource(package, generate_models(schemas, package.title, spec_file), rendered)


def _by_resource(package: Package, source: str, rendered: dict[str, str]) -> dict[str, str]:
    """The models module ``source`` as the package's files: split by the resources that use
    its models when it is large (generator.emit.split_models), else one module."""
    folder = models_path(package).rsplit("/", 1)[0]
    split = split_models(source, package.package_name, _resource_sources(package, rendered))
    modules = {"models.py": source} if split is None else split
    return {f"{folder}/{name}": text for name, text in modules.items()}


def build_provider(specs_dir: Path, name: str) -> GeneratedPackage:
    folder = specs_dir / name
    if folder.is_dir():  # a large spec: the workers start while it loads
        prestart(sum(p.stat().st_size for p in folder.iterdir() if p.is_file()))
    return build_files(load_provider(specs_dir, name))
