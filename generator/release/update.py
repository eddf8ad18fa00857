"""Update a provider from its vendor: fetch the current document and regenerate.

The document at the SDK config's ``upstream_url`` (or another URL) replaces the provider's
spec only when it differs and still validates, and only once the whole package has been rebuilt
from it in memory (overlay included): a vendor change that breaks our overlay leaves
``specs/`` and ``generated/`` exactly as they were. The result carries the API diff between
the old and the new package, for the command to print.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from generator.diff.api import diff_provider
from generator.diff.model import DiffReport
from generator.diff.snapshots import snapshot_from_dir, snapshot_from_files
from generator.errors import GeneratorError, SpecError
from generator.output.writer import write_tree
from generator.normalize.names_lock import LOCK_FILE, write_lock
from generator.pipeline import GeneratedPackage, build_provider
from generator.spec.bundle import first_file_reference
from generator.spec.config import load_config
from generator.spec.loading import parse_document
from generator.spec.sources import provider_config_file
from generator.spec.validation import validate_openapi

MAX_BYTES = 50 * 1024 * 1024  # a spec larger than this is not a spec


@dataclass(frozen=True)
class Update:
    """What :func:`update_provider` did: ``report`` is ``None`` when the spec was up to date."""

    spec_file: Path
    url: str
    package_dir: Path
    warnings: tuple[str, ...] = ()
    report: DiffReport | None = None


def download(url: str, timeout: float) -> bytes:
    """The document at ``url``; any failure is a :class:`GeneratorError` naming the URL."""
    if not url.startswith(("https://", "http://")):
        raise GeneratorError(f"{url}: only http(s) URLs can be downloaded")
    try:
        with httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            headers={"Accept": "application/json, application/yaml;q=0.9, */*;q=0.5"},
        ) as client:
            with client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise GeneratorError(f"{url}: HTTP {response.status_code}, expected 200")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise GeneratorError(
                            f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB, refusing it"
                        )
                return bytes(body)
    except httpx.HTTPError as exc:
        raise GeneratorError(f"{url}: download failed: {exc}") from exc


def _replace_file(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` atomically (a reader sees the old or the new file)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def build_with(specs_dir: Path, name: str, spec_name: str, content: bytes) -> GeneratedPackage:
    """Build the provider as if ``content`` were its spec, without touching ``specs_dir``."""
    with tempfile.TemporaryDirectory(prefix="generator-update-") as scratch:
        copy = Path(scratch) / name
        shutil.copytree(specs_dir / name, copy)
        (copy / spec_name).write_bytes(content)
        return build_provider(Path(scratch), name)


def _refuse_file_references(document: object, spec_file: Path, url: str) -> None:
    """A downloaded document may not refer to other files: they would be resolved against our
    copy of ``specs/<name>/``, not the vendor's, and read whatever lies there."""
    found = first_file_reference(document)
    if found is not None:
        pointer, ref = found
        raise SpecError(
            spec_file,
            pointer,
            f"$ref {ref!r} in the document from {url}: a downloaded document may not refer to other files (they would be read from {spec_file.parent}, not from the vendor); {spec_file} left unchanged",
        )


def update_provider(
    specs_dir: Path,
    out_dir: Path,
    name: str,
    *,
    url: str | None = None,
    timeout: float = 60.0,
    include_descriptions: bool = False,
) -> Update:
    """Replace ``name``'s spec with the vendor's current document and regenerate its package."""
    config_file = provider_config_file(specs_dir, name)
    config = load_config(config_file)
    url = url or config.upstream_url
    if not url:
        raise GeneratorError(f"{config_file}: no upstream_url to update from (or pass --url)")
    spec_file = specs_dir / name / config.spec
    target = out_dir / name
    content = download(url, timeout)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GeneratorError(f"{url}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    document = parse_document(text, spec_file)
    _refuse_file_references(document, spec_file, url)
    current = (
        parse_document(spec_file.read_text(encoding="utf-8"), spec_file)
        if spec_file.is_file()
        else None
    )
    if document == current:
        return Update(spec_file, url, target)
    try:
        validate_openapi(document, spec_file)
    except SpecError as exc:
        raise GeneratorError(
            f"the document from {url} is invalid, {spec_file} left unchanged: {exc.pointer or '/'}: {exc.message}"
        ) from exc
    try:
        package = build_with(specs_dir, name, config.spec, content)
    except GeneratorError as exc:
        raise GeneratorError(
            f"the document from {url} cannot be generated, {spec_file} left unchanged: {exc}"
        ) from exc
    old = snapshot_from_dir(target, name) if target.is_dir() else None
    diff = diff_provider(
        old,
        snapshot_from_files(name, package.files, "upstream"),
        name=name,
        include_descriptions=include_descriptions,
    )
    report = DiffReport(base=f"{spec_file} (before)", head=url, providers=(diff,))
    write_tree(package.files, target)
    _replace_file(spec_file, content)
    write_lock(specs_dir / name / LOCK_FILE, package.names_lock_text)  # built in a scratch copy
    return Update(spec_file, url, target, package.warnings, report)
