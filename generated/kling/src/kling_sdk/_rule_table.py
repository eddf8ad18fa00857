"""Cross-field rules of the API, collected from the spec: model name → JSON Schema fragments.

Checked by ``_rules.check_rules`` on every request model before anything is sent.
"""

from __future__ import annotations

from typing import Any

RULES: dict[str, tuple[dict[str, Any], ...]] = {
    "ImageGenerationRequest": (
        {
            "id": "kling-v1-5-image-needs-image-reference",
            "description": "With `model_name` `kling-v1-5` and an `image`, `image_reference` is required.",
            "unverified": False,
            "schema": {
                "if": {
                    "properties": {"model_name": {"const": "kling-v1-5"}},
                    "required": ["model_name", "image"],
                },
                "then": {"required": ["image_reference"]},
            },
        },
    )
}
