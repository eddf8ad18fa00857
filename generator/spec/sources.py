"""Find the providers under ``specs/`` and load each one's validated, overlaid document (its
extensions validated too: :mod:`.extensions`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import SdkConfig, load_config
from generator.errors import GeneratorError, SpecError
from .bundle import Bundled, bundle
from .loading import load_document
from .overlay import apply_overlay
from .extensions import validate_extensions
from .validation import validate_openapi
from generator.normalize.names_lock import LOCK_FILE

CONFIG_FILE = "sdk.yaml"
# A provider name becomes a directory under generated/: keep it to a safe, simple identifier.
_PROVIDER_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class ProviderSource:
    """One provider's inputs: its folder, config, and the document with the overlay applied."""

    name: str
    folder: Path
    config: SdkConfig
    spec_file: Path
    document: dict[str, Any]
    # The names given out before (``normalize.names_lock``); None for a lone document.
    names_lock: Path | None = None


def provider_names(specs_dir: Path) -> list[str]:
    """Sorted names of the folders under ``specs_dir`` that hold an SDK config."""
    return sorted(p.name for p in specs_dir.iterdir() if p.is_dir() and (p / CONFIG_FILE).is_file())


def check_provider_name(name: str) -> None:
    if not _PROVIDER_NAME.match(name):
        raise GeneratorError(
            f"invalid provider name {name!r}: lowercase letters, digits and '_' only"
        )


def provider_config_file(specs_dir: Path, name: str) -> Path:
    """The SDK config of provider ``name`` under ``specs_dir``, checked to exist (after its name:
    a provider name becomes a folder)."""
    check_provider_name(name)
    config_file = specs_dir / name / CONFIG_FILE
    if not config_file.is_file():
        raise GeneratorError(
            f"{config_file}: no such SDK config (is {name!r} a provider under {specs_dir}?)"
        )
    return config_file


def load_spec(spec_file: Path) -> Bundled:
    """The document of ``spec_file`` with its references to other files of its folder resolved
    (:mod:`.bundle`), and the files it was read from."""
    return bundle(load_document(spec_file), spec_file)


def load_provider(specs_dir: Path, name: str) -> ProviderSource:
    """Load, validate and overlay one provider's document."""
    config_file = provider_config_file(specs_dir, name)
    folder = config_file.parent
    config = load_config(config_file)
    spec_file = folder / config.spec
    document = load_spec(spec_file).document
    if not config.overlay:
        validate_openapi(document, spec_file)
    else:
        overlay_file = folder / config.overlay
        overlaid = apply_overlay(document, load_document(overlay_file), overlay_file)
        # Validation is the slow step: validate the result once, and only when it fails find
        # out whether the vendor's document or our overlay is to blame.
        try:
            validate_openapi(overlaid, spec_file)
        except SpecError as exc:
            validate_openapi(document, spec_file)
            raise SpecError(
                overlay_file,
                "",
                f"applying the overlay makes the document invalid at {exc.pointer}: {exc.message}",
            ) from exc
        document = overlaid
    validate_extensions(document, spec_file)
    return ProviderSource(
        name=name,
        folder=folder,
        config=config,
        spec_file=spec_file,
        document=document,
        names_lock=folder / LOCK_FILE,
    )


def document_source(spec_file: Path, name: str, config: SdkConfig, document: Any) -> ProviderSource:
    """A provider from a lone document outside ``specs/`` (used by ``generate --spec``), as
    loaded from ``spec_file``; validated here."""
    validate_openapi(document, spec_file)
    validate_extensions(document, spec_file)
    return ProviderSource(
        name=name, folder=spec_file.parent, config=config, spec_file=spec_file, document=document
    )
