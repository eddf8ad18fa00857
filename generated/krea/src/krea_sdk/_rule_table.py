"""Cross-field rules of the API, collected from the spec: model name → JSON Schema fragments.

Checked by ``_rules.check_rules`` on every request model before anything is sent.
"""

from __future__ import annotations

from typing import Any

RULES: dict[str, tuple[dict[str, Any], ...]] = {
    "Asset": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_url": {"format": "uri"}}},
        },
    ),
    "ElementReference": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"images": {"items": {"format": "uri"}}}},
        },
    ),
    "EnhanceBloomEnhanceRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_url": {"format": "uri"}}},
        },
    ),
    "EnhanceGenerativeEnhanceRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_url": {"format": "uri"}}},
        },
    ),
    "EnhanceStandardEnhanceRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_url": {"format": "uri"}}},
        },
    ),
    "ImageFlux1DevRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_url": {"format": "uri"}}},
        },
    ),
    "ImageFlux1KontextDevRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_url": {"format": "uri"}}},
        },
    ),
    "ImageIdeogram3Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"character_reference_images": {"items": {"format": "uri"}}}},
        },
    ),
    "ImageNanoBanana2Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_urls": {"items": {"format": "uri"}}}},
        },
    ),
    "ImageNanoBananaProRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_urls": {"items": {"format": "uri"}}}},
        },
    ),
    "ImageNanoBananaRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_urls": {"items": {"format": "uri"}}}},
        },
    ),
    "ImageSeededitRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_url": {"format": "uri"}}},
        },
    ),
    "ImageStyleReference": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"url": {"format": "uri"}}},
        },
    ),
    "ImageZImageRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image_url": {"format": "uri"}}},
        },
    ),
    "JobResult": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"urls": {"items": {"format": "uri"}}}},
        },
    ),
    "Owner": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"avatar_url": {"format": "uri"}}},
        },
    ),
    "Reference": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"uri": {"format": "uri"}}},
        },
    ),
    "ReferenceImage": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"url": {"format": "uri"}}},
        },
    ),
    "Style": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"urls": {"items": {"format": "uri"}}, "cover_url": {"format": "uri"}}
            },
        },
    ),
    "StyleGetShareLinkResponse": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"share_link": {"format": "uri"}}},
        },
    ),
    "StyleImage": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"url": {"format": "uri"}}},
        },
    ),
    "StyleOwner": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"avatar_url": {"format": "uri"}}},
        },
    ),
    "StyleReference": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"url": {"format": "uri"}}},
        },
    ),
    "StyleTrainRequestVariant1": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"urls": {"items": {"format": "uri"}}}},
        },
    ),
    "StyleTrainRequestVariant2": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"urls": {"items": {"format": "uri"}}}},
        },
    ),
    "StyleUpdateRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"urls": {"items": {"format": "uri"}}}},
        },
    ),
    "Subject": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"image": {"items": {"format": "uri"}}}},
        },
    ),
    "VideoAlephRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "init_video": {"format": "uri"},
                    "init_image_url": {"format": "uri"},
                }
            },
        },
    ),
    "VideoGen3Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoGen45Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoGen4VideoRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoGrokVideoRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "reference_images": {"items": {"format": "uri"}},
                    "edit_video": {"format": "uri"},
                }
            },
        },
    ),
    "VideoHailuo02Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoHailuo23FastRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoHailuo23Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoHailuoRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoKling15Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                }
            },
        },
    ),
    "VideoKling16Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                }
            },
        },
    ),
    "VideoKling1Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                }
            },
        },
    ),
    "VideoKling21Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoKling25Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoKling26Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                }
            },
        },
    ),
    "VideoKling2Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoKling30Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoKlingO1Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoLtxVideo2322BRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                }
            },
        },
    ),
    "VideoRay2Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoReference": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"url": {"format": "uri"}}},
        },
    ),
    "VideoSeedance10ProFastRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoSeedance10ProRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                    "reference_images": {"items": {"format": "uri"}},
                }
            },
        },
    ),
    "VideoVeo2Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoVeo31FastRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                    "reference_images": {"items": {"format": "uri"}},
                }
            },
        },
    ),
    "VideoVeo31LiteRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                }
            },
        },
    ),
    "VideoVeo31Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                    "reference_images": {"items": {"format": "uri"}},
                }
            },
        },
    ),
    "VideoVeo3FastRequest": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoVeo3Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}
            },
        },
    ),
    "VideoWan21Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_image": {"format": "uri"},
                    "end_video": {"format": "uri"},
                }
            },
        },
    ),
    "VideoWan22Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "end_video": {"format": "uri"},
                }
            },
        },
    ),
    "VideoWan25Request": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "audio_url": {"format": "uri"},
                }
            },
        },
    ),
    "StyleTrainParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageFlux1DevParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageFlux1KontextDevParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageNanoBananaProParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageNanoBanana2Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageNanoBananaParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageFlux11ProParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageFlux11ProUltraParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageIdeogram2TurboParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageIdeogram3Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageImagen3Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageImagen4Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageImagen4FastParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageImagen4UltraParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageGen4ImageParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageGptImageParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageGptImage2Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageUni1Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageSeedream4Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageSeedream5LiteParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageQwen2512Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageZImageParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "EnhanceGenerativeEnhanceParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "EnhanceStandardEnhanceParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "EnhanceBloomEnhanceParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKling1Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKling15Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKling16Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKling2Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKling21Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKling25Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKling26Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKling30Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoKlingO1Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoHailuoParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoHailuo02Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoHailuo23Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoHailuo23FastParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoWan21Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoWan22Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoWan25Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoVeo2Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoVeo3Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoVeo3FastParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoVeo31Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoVeo31FastParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoVeo31LiteParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoSeedance10ProParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoSeedance10ProFastParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoLtxVideo2322BParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoRay2Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoGen3Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoGen4VideoParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoGen45Params": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoGrokVideoParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "ImageSeededitParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
    "VideoAlephParams": (
        {
            "id": "value-formats",
            "description": "",
            "unverified": False,
            "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}},
        },
    ),
}
