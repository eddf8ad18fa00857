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
                                            "image": {
                                                "type": "string",
                                                "x-sdk-media-input": {
                                                    "extensions": ["jpg", "jpeg", "png"],
                                                    "max_bytes": 10485760,
                                                },
                                            },
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
                                            "callback_url": {"type": "string"},
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
        {
            "id": "input-unverified",
            "description": "`input`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"input": {"minItems": 1}}, "required": ["input"]},
        },
    ),
    "KirinV2ImageParams": (
        {
            "id": "image-base64-without-data-prefix",
            "description": "A Base64 `image` is the raw string, without a `data:` URL prefix.",
            "schema": {"properties": {"image": {"not": {"pattern": "^data:"}}}},
        },
        {
            "id": "negative-prompt-with-image",
            "description": "With `image` set, `negative_prompt` may not be supported: a warning (`UnverifiedRuleWarning`), and the request is sent.",
            "unverified": True,
            "schema": {"not": {"required": ["image", "negative_prompt"]}},
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
                            "max_bytes": 10485760,
                        }
                    }
                }
            },
        },
    ),
    "TaskContent": ({"id": "value-formats", "schema": {"properties": {"url": {"format": "uri"}}}},),
    "ModelListParams": (
        {
            "id": "page-unverified",
            "description": "`page`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"page": {"minimum": 1}}},
        },
        {
            "id": "page_size-unverified",
            "description": "`page_size`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"page_size": {"minimum": 1}}},
        },
    ),
}
