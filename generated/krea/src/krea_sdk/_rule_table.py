"""Cross-field rules of the API, collected from the spec: model name → JSON Schema fragments.

Checked by ``_rules.check_rules`` on every request model before anything is sent.
"""

from __future__ import annotations

from typing import Any

_R1 = {"id": "value-formats", "schema": {"properties": {"image_url": {"format": "uri"}}}}
_R2 = {
    "id": "value-formats",
    "schema": {"properties": {"image_urls": {"items": {"format": "uri"}}}},
}
_R3 = {"id": "value-formats", "schema": {"properties": {"url": {"format": "uri"}}}}
_R4 = {"id": "value-formats", "schema": {"properties": {"urls": {"items": {"format": "uri"}}}}}
_R5 = {"id": "value-formats", "schema": {"properties": {"avatar_url": {"format": "uri"}}}}
_R6 = {
    "id": "value-formats",
    "schema": {"properties": {"start_image": {"format": "uri"}, "start_video": {"format": "uri"}}},
}
_R7 = {
    "id": "value-formats",
    "schema": {
        "properties": {
            "start_image": {"format": "uri"},
            "start_video": {"format": "uri"},
            "end_image": {"format": "uri"},
        }
    },
}
_R8 = {
    "id": "value-formats",
    "schema": {
        "properties": {
            "start_image": {"format": "uri"},
            "start_video": {"format": "uri"},
            "end_image": {"format": "uri"},
            "end_video": {"format": "uri"},
        }
    },
}
_R9 = {
    "id": "value-formats",
    "schema": {
        "properties": {
            "start_image": {"format": "uri"},
            "start_video": {"format": "uri"},
            "end_image": {"format": "uri"},
            "end_video": {"format": "uri"},
            "reference_images": {"items": {"format": "uri"}},
        }
    },
}
_R10 = {"id": "value-formats", "schema": {"properties": {"X-Webhook-URL": {"format": "uri"}}}}

RULES: dict[str, tuple[dict[str, Any], ...]] = {
    "Asset": (_R1,),
    "ElementReference": (
        {"id": "value-formats", "schema": {"properties": {"images": {"items": {"format": "uri"}}}}},
    ),
    "EnhanceBloomEnhanceRequest": (_R1,),
    "EnhanceGenerativeEnhanceRequest": (_R1,),
    "EnhanceStandardEnhanceRequest": (_R1,),
    "ImageFlux1DevRequest": (_R1,),
    "ImageFlux1KontextDevRequest": (_R1,),
    "ImageIdeogram3Request": (
        {
            "id": "value-formats",
            "schema": {"properties": {"character_reference_images": {"items": {"format": "uri"}}}},
        },
    ),
    "ImageNanoBanana2Request": (_R2,),
    "ImageNanoBananaProRequest": (_R2,),
    "ImageNanoBananaRequest": (_R2,),
    "ImageSeededitRequest": (_R1,),
    "ImageStyleReference": (_R3,),
    "ImageZImageRequest": (_R1,),
    "JobResult": (_R4,),
    "Owner": (_R5,),
    "Reference": ({"id": "value-formats", "schema": {"properties": {"uri": {"format": "uri"}}}},),
    "ReferenceImage": (_R3,),
    "Style": (
        {
            "id": "value-formats",
            "schema": {
                "properties": {"urls": {"items": {"format": "uri"}}, "cover_url": {"format": "uri"}}
            },
        },
    ),
    "StyleGetShareLinkResponse": (
        {"id": "value-formats", "schema": {"properties": {"share_link": {"format": "uri"}}}},
    ),
    "StyleImage": (_R3,),
    "StyleOwner": (_R5,),
    "StyleReference": (_R3,),
    "StyleTrainRequestVariant1": (_R4,),
    "StyleTrainRequestVariant2": (_R4,),
    "StyleUpdateRequest": (_R4,),
    "Subject": (
        {"id": "value-formats", "schema": {"properties": {"image": {"items": {"format": "uri"}}}}},
    ),
    "VideoAlephRequest": (
        {
            "id": "value-formats",
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
    "VideoGen3Request": (_R6,),
    "VideoGen45Request": (_R6,),
    "VideoGen4VideoRequest": (_R6,),
    "VideoGrokVideoRequest": (
        {
            "id": "value-formats",
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
    "VideoHailuo02Request": (_R7,),
    "VideoHailuo23FastRequest": (_R7,),
    "VideoHailuo23Request": (_R7,),
    "VideoHailuoRequest": (_R6,),
    "VideoKling15Request": (_R8,),
    "VideoKling16Request": (_R8,),
    "VideoKling1Request": (_R8,),
    "VideoKling21Request": (_R7,),
    "VideoKling25Request": (_R7,),
    "VideoKling26Request": (_R8,),
    "VideoKling2Request": (_R7,),
    "VideoKling30Request": (_R7,),
    "VideoKlingO1Request": (_R7,),
    "VideoLtxVideo2322BRequest": (_R7,),
    "VideoRay2Request": (_R6,),
    "VideoReference": (_R3,),
    "VideoSeedance10ProFastRequest": (_R6,),
    "VideoSeedance10ProRequest": (_R9,),
    "VideoVeo2Request": (_R6,),
    "VideoVeo31FastRequest": (_R9,),
    "VideoVeo31LiteRequest": (_R8,),
    "VideoVeo31Request": (_R9,),
    "VideoVeo3FastRequest": (_R6,),
    "VideoVeo3Request": (_R6,),
    "VideoWan21Request": (_R8,),
    "VideoWan22Request": (
        {
            "id": "value-formats",
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
            "schema": {
                "properties": {
                    "start_image": {"format": "uri"},
                    "start_video": {"format": "uri"},
                    "audio_url": {"format": "uri"},
                }
            },
        },
    ),
    "StyleTrainParams": (_R10,),
    "ImageFlux1DevParams": (_R10,),
    "ImageFlux1KontextDevParams": (_R10,),
    "ImageNanoBananaProParams": (_R10,),
    "ImageNanoBanana2Params": (_R10,),
    "ImageNanoBananaParams": (_R10,),
    "ImageFlux11ProParams": (_R10,),
    "ImageFlux11ProUltraParams": (_R10,),
    "ImageIdeogram2TurboParams": (_R10,),
    "ImageIdeogram3Params": (_R10,),
    "ImageImagen3Params": (_R10,),
    "ImageImagen4Params": (_R10,),
    "ImageImagen4FastParams": (_R10,),
    "ImageImagen4UltraParams": (_R10,),
    "ImageGen4ImageParams": (_R10,),
    "ImageGptImageParams": (_R10,),
    "ImageGptImage2Params": (_R10,),
    "ImageUni1Params": (_R10,),
    "ImageSeedream4Params": (_R10,),
    "ImageSeedream5LiteParams": (_R10,),
    "ImageQwen2512Params": (_R10,),
    "ImageZImageParams": (_R10,),
    "EnhanceGenerativeEnhanceParams": (_R10,),
    "EnhanceStandardEnhanceParams": (_R10,),
    "EnhanceBloomEnhanceParams": (_R10,),
    "VideoKling1Params": (_R10,),
    "VideoKling15Params": (_R10,),
    "VideoKling16Params": (_R10,),
    "VideoKling2Params": (_R10,),
    "VideoKling21Params": (_R10,),
    "VideoKling25Params": (_R10,),
    "VideoKling26Params": (_R10,),
    "VideoKling30Params": (_R10,),
    "VideoKlingO1Params": (_R10,),
    "VideoHailuoParams": (_R10,),
    "VideoHailuo02Params": (_R10,),
    "VideoHailuo23Params": (_R10,),
    "VideoHailuo23FastParams": (_R10,),
    "VideoWan21Params": (_R10,),
    "VideoWan22Params": (_R10,),
    "VideoWan25Params": (_R10,),
    "VideoVeo2Params": (_R10,),
    "VideoVeo3Params": (_R10,),
    "VideoVeo3FastParams": (_R10,),
    "VideoVeo31Params": (_R10,),
    "VideoVeo31FastParams": (_R10,),
    "VideoVeo31LiteParams": (_R10,),
    "VideoSeedance10ProParams": (_R10,),
    "VideoSeedance10ProFastParams": (_R10,),
    "VideoLtxVideo2322BParams": (_R10,),
    "VideoRay2Params": (_R10,),
    "VideoGen3Params": (_R10,),
    "VideoGen4VideoParams": (_R10,),
    "VideoGen45Params": (_R10,),
    "VideoGrokVideoParams": (_R10,),
    "ImageSeededitParams": (_R10,),
    "VideoAlephParams": (_R10,),
}
