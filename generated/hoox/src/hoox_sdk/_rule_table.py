"""Cross-field rules of the API, collected from the spec: model name → JSON Schema fragments.

Checked by ``_rules.check_rules`` on every request model before anything is sent.
"""

from __future__ import annotations

from typing import Any

RULES: dict[str, tuple[dict[str, Any], ...]] = {
    "AssetStartRequest": (
        {
            "id": "slot-order",
            "description": "Slots are ordered: a later slot needs the earlier one (`end_image` and `motion_video` need `start_image`, `last_frame` needs `first_frame`).",
            "schema": {
                "dependentRequired": {
                    "end_image": ["start_image"],
                    "motion_video": ["start_image"],
                    "last_frame": ["first_frame"],
                }
            },
        },
        {
            "id": "slots-exclude-references",
            "description": "Named slots and `references` cannot be combined.",
            "schema": {
                "if": {"required": ["references"]},
                "then": {
                    "not": {
                        "anyOf": [
                            {"required": ["start_image"]},
                            {"required": ["end_image"]},
                            {"required": ["motion_video"]},
                            {"required": ["source_video"]},
                            {"required": ["first_frame"]},
                            {"required": ["last_frame"]},
                        ]
                    }
                },
            },
        },
        {
            "id": "slot-models-take-no-references",
            "description": 'Models with named input slots do not use `references` (seed 001: "Not used for models with named input slots"): their media goes in the slots, or it is not used. Unverified: the seed says `references` are not used, not that they are refused, so this only warns.',
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {
                        "model": {
                            "anyOf": [
                                {"type": "string", "enum": ["kling-pro"]},
                                {
                                    "type": "string",
                                    "enum": [
                                        "kling-motion-control",
                                        "kling-motion-control-pro",
                                        "kling-v3-motion-pro",
                                        "kling-v3-motion-standard",
                                    ],
                                },
                                {
                                    "type": "string",
                                    "enum": [
                                        "kling-o3-edit-pro",
                                        "kling-o3-edit-standard",
                                        "veo-3.1-extend",
                                        "grok-imagine-video-edit",
                                        "bytedance-upscaler",
                                    ],
                                },
                                {"type": "string", "enum": ["veo-3.1-flf"]},
                            ]
                        }
                    },
                    "required": ["model"],
                },
                "then": {"not": {"required": ["references"]}},
            },
        },
        {
            "id": "slots-kling-pro",
            "description": "`kling-pro` takes only `start_image` (optional) and `end_image` (optional). Unverified: seed 001 lists the slots `kling-pro` takes, not that it refuses others, so another slot only warns.",
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {"model": {"type": "string", "enum": ["kling-pro"]}},
                    "required": ["model"],
                },
                "then": {
                    "not": {
                        "anyOf": [
                            {"required": ["motion_video"]},
                            {"required": ["source_video"]},
                            {"required": ["first_frame"]},
                            {"required": ["last_frame"]},
                        ]
                    }
                },
            },
        },
        {
            "id": "slots-motion-control",
            "description": "The motion-control models need `start_image` and `motion_video`.",
            "schema": {
                "if": {
                    "properties": {
                        "model": {
                            "type": "string",
                            "enum": [
                                "kling-motion-control",
                                "kling-motion-control-pro",
                                "kling-v3-motion-pro",
                                "kling-v3-motion-standard",
                            ],
                        }
                    },
                    "required": ["model"],
                },
                "then": {"required": ["start_image", "motion_video"]},
            },
        },
        {
            "id": "slots-motion-control-no-other",
            "description": "The motion-control models take no other slot. Unverified: seed 001 lists their slots, not that they refuse others, so another slot only warns.",
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {
                        "model": {
                            "type": "string",
                            "enum": [
                                "kling-motion-control",
                                "kling-motion-control-pro",
                                "kling-v3-motion-pro",
                                "kling-v3-motion-standard",
                            ],
                        }
                    },
                    "required": ["model"],
                },
                "then": {
                    "not": {
                        "anyOf": [
                            {"required": ["end_image"]},
                            {"required": ["source_video"]},
                            {"required": ["first_frame"]},
                            {"required": ["last_frame"]},
                        ]
                    }
                },
            },
        },
        {
            "id": "slots-source-video",
            "description": "The edit, extend and upscale models need `source_video`.",
            "schema": {
                "if": {
                    "properties": {
                        "model": {
                            "type": "string",
                            "enum": [
                                "kling-o3-edit-pro",
                                "kling-o3-edit-standard",
                                "veo-3.1-extend",
                                "grok-imagine-video-edit",
                                "bytedance-upscaler",
                            ],
                        }
                    },
                    "required": ["model"],
                },
                "then": {"required": ["source_video"]},
            },
        },
        {
            "id": "slots-source-video-no-other",
            "description": "The edit, extend and upscale models take no other slot. Unverified: seed 001 lists their slot, not that they refuse others, so another slot only warns.",
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {
                        "model": {
                            "type": "string",
                            "enum": [
                                "kling-o3-edit-pro",
                                "kling-o3-edit-standard",
                                "veo-3.1-extend",
                                "grok-imagine-video-edit",
                                "bytedance-upscaler",
                            ],
                        }
                    },
                    "required": ["model"],
                },
                "then": {
                    "not": {
                        "anyOf": [
                            {"required": ["start_image"]},
                            {"required": ["end_image"]},
                            {"required": ["motion_video"]},
                            {"required": ["first_frame"]},
                            {"required": ["last_frame"]},
                        ]
                    }
                },
            },
        },
        {
            "id": "slots-first-last-frame",
            "description": "`veo-3.1-flf` needs `first_frame` and `last_frame` (seed 001 marks only `kling-pro`'s slots optional).",
            "schema": {
                "if": {
                    "properties": {"model": {"type": "string", "enum": ["veo-3.1-flf"]}},
                    "required": ["model"],
                },
                "then": {"required": ["first_frame", "last_frame"]},
            },
        },
        {
            "id": "slots-first-last-frame-no-other",
            "description": "`veo-3.1-flf` takes no other slot. Unverified: seed 001 lists its slots, not that it refuses others, so another slot only warns.",
            "unverified": True,
            "schema": {
                "if": {
                    "properties": {"model": {"type": "string", "enum": ["veo-3.1-flf"]}},
                    "required": ["model"],
                },
                "then": {
                    "not": {
                        "anyOf": [
                            {"required": ["start_image"]},
                            {"required": ["end_image"]},
                            {"required": ["motion_video"]},
                            {"required": ["source_video"]},
                        ]
                    }
                },
            },
        },
        {
            "id": "slots-only-for-slot-models",
            "description": "Models outside seed 001's named-slot table take no named slot (pass media in `references`). Unverified: the table is a snapshot, and a newer model's `input_schema` may list slots.",
            "unverified": True,
            "schema": {
                "if": {
                    "not": {
                        "properties": {
                            "model": {
                                "anyOf": [
                                    {"type": "string", "enum": ["kling-pro"]},
                                    {
                                        "type": "string",
                                        "enum": [
                                            "kling-motion-control",
                                            "kling-motion-control-pro",
                                            "kling-v3-motion-pro",
                                            "kling-v3-motion-standard",
                                        ],
                                    },
                                    {
                                        "type": "string",
                                        "enum": [
                                            "kling-o3-edit-pro",
                                            "kling-o3-edit-standard",
                                            "veo-3.1-extend",
                                            "grok-imagine-video-edit",
                                            "bytedance-upscaler",
                                        ],
                                    },
                                    {"type": "string", "enum": ["veo-3.1-flf"]},
                                ]
                            }
                        },
                        "required": ["model"],
                    }
                },
                "then": {
                    "not": {
                        "anyOf": [
                            {"required": ["start_image"]},
                            {"required": ["end_image"]},
                            {"required": ["motion_video"]},
                            {"required": ["source_video"]},
                            {"required": ["first_frame"]},
                            {"required": ["last_frame"]},
                        ]
                    }
                },
            },
        },
        {
            "id": "webhook_url-unverified",
            "description": "`webhook_url`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"webhook_url": {"format": "uri"}}},
        },
    ),
    "AssetStatusResponse": (
        {
            "id": "value-formats",
            "schema": {
                "properties": {"url": {"format": "uri"}, "thumbnail_url": {"format": "uri"}}
            },
        },
    ),
    "AssetWebhookResult": (
        {"id": "value-formats", "schema": {"properties": {"asset_url": {"format": "uri"}}}},
    ),
    "FolderCreateRequest": (
        {
            "id": "name-unverified",
            "description": "`name`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"name": {"minLength": 1}}, "required": ["name"]},
        },
    ),
    "MediaReference": (
        {
            "id": "url-unverified",
            "description": "`url`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"url": {"format": "uri"}}},
        },
        {
            "id": "MediaReference-rule",
            "schema": {
                "oneOf": [
                    {"required": ["url"]},
                    {"required": ["asset_id"]},
                    {"required": ["avatar_id"]},
                ]
            },
        },
    ),
    "PricingRequest": (
        {
            "id": "image_count-unverified",
            "description": "`image_count`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"image_count": {"minimum": 0}}},
        },
        {
            "id": "generation_count-unverified",
            "description": "`generation_count`: limits the spec marks unverified (a guess, not a documented fact).",
            "unverified": True,
            "schema": {"properties": {"generation_count": {"minimum": 1, "maximum": 4}}},
        },
    ),
}
