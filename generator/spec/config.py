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

    @property
    def async_client_class(self) -> str:
        return "Async" + self.client_class

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> SdkConfig:
        return cls(
            package_name=data["package_name"],
            distribution_name=data["distribution_name"],
            version=data["version"],
            client_class=data["client_class"],
            api_key_env=data["api_key_env"],
            base_url=data["base_url"].rstrip("/"),
            description=data.get("description", f"Typed Python client for the {data['client_class']} API."),
            spec=data.get("spec", "openapi.json"),
            overlay=data.get("overlay"),
            upstream_url=data.get("upstream_url"),
            homepage=data.get("homepage"),
        )


def load_config(file: Path) -> SdkConfig:
    """Read and validate an SDK config; errors name the file and JSON pointer."""
    data = load_document(file)
    validate_sdk_config(data, file)
    return SdkConfig.from_mapping(data)
