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
            "schema": {
                "if": {
                    "properties": {"model_name": {"const": "kling-v1-5"}},
                    "required": ["model_name", "image"],
                },
                "then": {"required": ["image_reference"]},
            },
        },
        {
            "id": "callback_url-unverified",
            "description": "`callback_url`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"callback_url": {"format": "uri"}}},
        },
        {
            "id": "value-formats",
            "schema": {
                "properties": {
                    "image": {
                        "x-sdk-media-input": {
                            "extensions": ["jpg", "jpeg", "png"],
                            "media_types": ["image/jpeg", "image/png"],
                            "max_bytes": 10485760,
                        }
                    }
                }
            },
        },
    ),
    "TaskImage": ({"id": "value-formats", "schema": {"properties": {"url": {"format": "uri"}}}},),
    "ImageListGenerationTasksParams": (
        {
            "id": "pageNum-unverified",
            "description": "`pageNum`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"pageNum": {"minimum": 1, "maximum": 1000}}},
        },
        {
            "id": "pageSize-unverified",
            "description": "`pageSize`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"pageSize": {"minimum": 1, "maximum": 500}}},
        },
    ),
}
