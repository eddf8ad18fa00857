"""Cross-field rules of the API, collected from the spec: model name → JSON Schema fragments.

Checked by ``_rules.check_rules`` on every request model before anything is sent.
"""

from __future__ import annotations

from typing import Any

RULES: dict[str, tuple[dict[str, Any], ...]] = {
    "GenerationCreateRequest": (
        {
            "id": "second-image-needs-source-image",
            "description": "`second_image_url` is only meaningful next to `source_image_url`. Unverified: inferred from the seed's wording (the two images go together for swaps and outfit transfers), not stated.",
            "unverified": True,
            "schema": {"dependentRequired": {"second_image_url": ["source_image_url"]}},
        },
        {
            "id": "head-swap-needs-two-images",
            "description": '`kiara-head-swap` (a swap) needs `source_image_url` and `second_image_url`. Unverified: no source maps products to inputs; this is a guess from the product name and the seed\'s "swaps" sentence.',
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {"product": {"const": "kiara-head-swap"}},
                    "required": ["product"],
                },
                "then": {"required": ["source_image_url", "second_image_url"]},
            },
        },
        {
            "id": "reference-needs-source-image",
            "description": "`kiara-reference` needs `source_image_url`. Unverified: a guess from the product name; the server answers 400 `source_image_required` when a product lacks its source image.",
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {"product": {"const": "kiara-reference"}},
                    "required": ["product"],
                },
                "then": {"required": ["source_image_url"]},
            },
        },
        {
            "id": "video-inputs-need-video-product",
            "description": "`start_image_url`, `duration_seconds`, `resolution` and `generate_audio` are video inputs, not accepted by image products (an absent `product` means the default `kiara-image-pro`, an image product). Unverified: which products are video products is a guess (see `VideoProduct`).",
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {
                        "product": {
                            "type": "string",
                            "enum": [
                                "kiara-image-pro",
                                "kiara-vogue",
                                "kiara-reference",
                                "kiara-spicy-i",
                                "kiara-style",
                                "kiara-head-swap",
                                "kiara-face-studio-pro",
                                "kiara-dream-fast-image",
                            ],
                        }
                    }
                },
                "then": {
                    "not": {
                        "anyOf": [
                            {"required": ["start_image_url"]},
                            {"required": ["duration_seconds"]},
                            {"required": ["resolution"]},
                            {"required": ["generate_audio"]},
                        ]
                    }
                },
            },
        },
        {
            "id": "video-aspect-defaults-to-landscape",
            "description": "For video products `aspect` defaults to `landscape` instead of `portrait` (an annotation: it changes the server-side default, it rejects nothing). Which products are video products is unverified (see `VideoProduct`).",
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {"product": {"type": "string", "enum": ["kiara-dream-fast"]}},
                    "required": ["product"],
                },
                "then": {"properties": {"aspect": {}}},
            },
        },
        {
            "id": "image-quality-needs-vogue",
            "description": "`image_quality` (2k | 4k) is a `kiara-vogue` input. Unverified: the docs name it only for `kiara-vogue`; that other products reject it is an inference.",
            "unverified": True,
            "schema": {
                "if": {"required": ["image_quality"]},
                "then": {
                    "properties": {"product": {"const": "kiara-vogue"}},
                    "required": ["product"],
                },
            },
        },
        {
            "id": "source_image_url-unverified",
            "description": "`source_image_url`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"source_image_url": {"format": "uri"}}},
        },
        {
            "id": "second_image_url-unverified",
            "description": "`second_image_url`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"second_image_url": {"format": "uri"}}},
        },
        {
            "id": "start_image_url-unverified",
            "description": "`start_image_url`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"start_image_url": {"format": "uri"}}},
        },
        {"id": "value-formats", "schema": {"properties": {"webhook_url": {"format": "uri"}}}},
    ),
    "GenerationResult": (
        {"id": "value-formats", "schema": {"properties": {"url": {"format": "uri"}}}},
    ),
    "Metadata": (
        {
            "id": "metadata-max-bytes",
            "description": "`metadata` is at most 4096 bytes as JSON.",
            "schema": {"x-max-bytes": 4096},
        },
    ),
    "GenerationCreateParams": (
        {
            "id": "Idempotency-Key-unverified",
            "description": "`Idempotency-Key`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"Idempotency-Key": {"minLength": 1}}},
        },
    ),
}
