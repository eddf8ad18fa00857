"""The SDK config of one provider (``specs/<provider>/sdk.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .loading import load_document
from .validation import validate_sdk_config


@dataclass(frozen=True)
class SdkConfig:
    """How one provider's package is named, versioned and configured."""

    package_name: str
    distribution_name: str
    version: str
    client_class: str
    api_key_env: str
    base_url: str
    description: str
    spec: str
    overlay: str | None
    upstream_url: str | None
    homepage: str | None
    log_env: str
    cli_name: str

    @property
    def async_client_class(self) -> str:
        return "Async" + self.client_class

    @property
    def base_url_env(self) -> str:
        """``KREA_API_KEY`` -> ``KREA_BASE_URL``: overrides the base URL, named like the key."""
        return _derived_env(self.api_key_env, "_BASE_URL")

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> SdkConfig:
        return cls(
            package_name=data["package_name"],
            distribution_name=data["distribution_name"],
            version=data["version"],
            client_class=data["client_class"],
            api_key_env=data["api_key_env"],
            base_url=data["base_url"].rstrip("/"),
            description=data.get(
                "description", f"Typed Python client for the {data['client_class']} API."
            ),
            spec=data.get("spec", "openapi.json"),
            overlay=data.get("overlay"),
            upstream_url=data.get("upstream_url"),
            homepage=data.get("homepage"),
            log_env=data.get("log_env") or _derived_env(data["api_key_env"], "_LOG"),
            cli_name=data.get("cli_name") or _derived_cli_name(data["distribution_name"]),
        )


def _derived_env(api_key_env: str, suffix: str) -> str:
    """``KREA_API_KEY`` -> ``KREA<suffix>``: the package's other variables share its prefix."""
    stem = api_key_env[: -len("_API_KEY")] if api_key_env.endswith("_API_KEY") else api_key_env
    return stem + suffix


def _derived_cli_name(distribution_name: str) -> str:
    """``krea-sdk`` -> ``krea``: the program is named after the API, not after the library."""
    name = distribution_name.lower().replace("_", "-").replace(".", "-")
    for suffix in ("-sdk", "-python", "-client"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def load_config(file: Path) -> SdkConfig:
    """Read and validate an SDK config; errors name the file and JSON pointer."""
    data = load_document(file)
    validate_sdk_config(data, file)
    return SdkConfig.from_mapping(data)
