"""Cross-field rules of the API, collected from the spec: model name → JSON Schema fragments.

Checked by ``_rules.check_rules`` on every request model before anything is sent.
"""

from __future__ import annotations

from typing import Any

RULES: dict[str, tuple[dict[str, Any], ...]] = {
    "GenerationRequest": (
        {
            "id": "kirin-v2-image-params",
            "description": "With `model` `kirin_v2_image`, every `params` is a `KirinV2ImageParams`.",
            "unverified": False,
            "schema": {
                "if": {"properties": {"model": {"const": "kirin_v2_image"}}, "required": ["model"]},
                "then": {
                    "properties": {
                        "input": {
                            "items": {
                                "properties": {
                                    "params": {
                                        "type": "object",
                                        "required": ["prompt"],
                                        "properties": {
                                            "prompt": {"type": "string", "maxLength": 2500},
                                            "image": {"type": "string"},
                                            "negative_prompt": {
                                                "type": "string",
                                                "maxLength": 2500,
                                            },
                                            "n": {"type": "integer", "minimum": 1, "maximum": 9},
                                            "aspect_ratio": {
                                                "type": "string",
                                                "enum": [
                                                    "16:9",
                                                    "9:16",
                                                    "1:1",
                                                    "4:3",
                                                    "3:4",
                                                    "3:2",
                                                    "2:3",
                                                    "21:9",
                                                ],
                                            },
                                            "callback_url": {"type": "string", "format": "uri"},
                                            "external_task_id": {"type": "string"},
                                        },
                                        "allOf": [
                                            {
                                                "properties": {
                                                    "image": {"not": {"pattern": "^data:"}}
                                                }
                                            }
                                        ],
                                    }
                                }
                            }
                        }
                    }
                },
            },
        },
    ),
    "KirinV2ImageParams": (
        {
            "id": "image-base64-without-data-prefix",
            "description": "A Base64 `image` is the raw string, without a `data:` URL prefix.",
            "unverified": False,
            "schema": {"properties": {"image": {"not": {"pattern": "^data:"}}}},
        },
    ),
}
