"""Response bodies of the hand-written vendor APIs (Kiara, Hoox, Kling via api.gpt.ge, Vtrix),
shaped as their specs describe them, shared by tests/vendors/test_vendor_*.py and the runtime tests that replay vendor answers.
"""

from __future__ import annotations

from typing import Any

# --- Kiara -------------------------------------------------------------------------------------

KIARA_GEN_ID = "gen_01HV6ZNB3Q4X8Y7Z6W5V4T3S2R"
KIARA_ASSET_ID = "asset_01HV6ZNB3Q4X8Y7Z6W5V4T3S2R"


def kiara_generation(status: str = "queued", **extra: Any) -> dict[str, Any]:
    """A Kiara generation object (`Generation`)."""
    return {
        "id": KIARA_GEN_ID,
        "status": status,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:02Z",
        **extra,
    }


KIARA_QUEUED = kiara_generation("queued", result=None, error=None)
KIARA_COMPLETED = kiara_generation(
    "completed",
    result={
        "asset_id": KIARA_ASSET_ID,
        "url": f"https://kiara-api.com/v1/assets/{KIARA_ASSET_ID}/content",
    },
    error=None,
    metadata={"order": "A-1", "attempt": 1},
)
KIARA_FAILED = kiara_generation(
    "failed", result=None, error={"code": "generation_failed", "message": "The model gave up."}
)
KIARA_CANCELED = kiara_generation("canceled")


def kiara_error(code: str, message: str, request_id: str = "req_kiara_1") -> dict[str, Any]:
    """Kiara's error envelope: `{"error": {"code", "message", "request_id"}}`."""
    return {"error": {"code": code, "message": message, "request_id": request_id}}


# --- Hoox --------------------------------------------------------------------------------------

HOOX_START = {
    "asset_ids": ["tmp_asset_1", "tmp_asset_2"],
    "status": "generating",
    "count": 2,
    "cost_per_generation": 12.5,
    "total_cost": 25,
}
HOOX_STATUS_PENDING = {
    "asset_id": "tmp_asset_1",
    "status": "pending",
    "type": "video",
    "url": None,
    "thumbnail_url": None,
    "width": None,
    "height": None,
    "duration_seconds": None,
    "cost": None,
    "error": None,
}
HOOX_STATUS_COMPLETED = {
    "asset_id": "tmp_asset_1",
    "status": "completed",
    "type": "video",
    "url": "https://cdn.hoox.video/a/tmp_asset_1.mp4",
    "thumbnail_url": "https://cdn.hoox.video/a/tmp_asset_1.jpg",
    "width": 1920,
    "height": 1080,
    "duration_seconds": 5.0,
    "cost": 12.5,
    "created_at": "2026-01-01T00:00:00Z",
    "generation_params": {
        "model": "kling-pro",
        "prompt": "a lighthouse at dawn",
        "aspect_ratio": "16:9",
        "resolution": None,
        "duration": 5,
    },
}
HOOX_STATUS_FAILED = {
    "asset_id": "tmp_asset_2",
    "status": "failed",
    "error": {"code": "provider_error", "message": "The provider rejected the prompt."},
}
HOOX_PRICING = {
    "model": "kling-pro",
    "cost_per_generation": 12.5,
    "total_cost": 37.5,
    "currency": "credits",
    "generation_count": 3,
}
HOOX_MODEL_DETAIL = {
    "name": "kling-pro",
    "label": "Kling Pro",
    "type": "video",
    "provider": "kling",
    "tags": ["i2v"],
    "base_cost": 12.5,
    "has_audio": False,
    "max_resolution": "1080p",
    "required_plans": ["pro"],
    "capabilities": {
        "max_images": 2,
        "min_images": 0,
        "supported_aspect_ratios": ["16:9", "9:16"],
        "default_aspect_ratio": "16:9",
        "supported_durations": [5, 10],
        "default_duration": 5,
    },
    "max_prompt_length": 2500,
    "restricted_countries": [],
    "settings": [
        {"key": "generateAudio", "type": "boolean", "default_value": False, "options": None}
    ],
    "input_schema": {"type": "object", "properties": {"start_image": {}, "end_image": {}}},
}


def hoox_error(message: str, code: str | None = None, **extra: Any) -> dict[str, Any]:
    """Hoox's error envelope: `{"error": "<message>", "code": "<code>"}` (+ `details`)."""
    body: dict[str, Any] = {"error": message}
    if code is not None:
        body["code"] = code
    body.update(extra)
    return body


# --- Kling (api.gpt.ge) ------------------------------------------------------------------------

KLING_TASK_ID = "CjhnY2bMfYIAAAAAAbcdEf"
KLING_REQUEST_ID = "req-kling-7f3a"


def kling_envelope(data: Any, code: int = 0, message: str = "SUCCEED") -> dict[str, Any]:
    """Kling's response envelope `{code, message, request_id, data}`."""
    return {"code": code, "message": message, "request_id": KLING_REQUEST_ID, "data": data}


KLING_SUBMITTED = kling_envelope(
    {
        "task_id": KLING_TASK_ID,
        "task_status": "submitted",
        "created_at": 1722769557708,
        "updated_at": 1722769557708,
    }
)
KLING_SUCCEED = kling_envelope(
    {
        "task_id": KLING_TASK_ID,
        "task_status": "succeed",
        "task_status_msg": "",
        "task_info": {"external_task_id": "order-42"},
        "created_at": 1722769557708,
        "updated_at": 1722769567708,
        "task_result": {
            "images": [
                {"index": 0, "url": "https://cdn.klingai.example/0.png"},
                {"id": "img_1", "url": "https://cdn.klingai.example/1.png"},
            ]
        },
    }
)
KLING_FAILED = kling_envelope(
    {
        "task_id": KLING_TASK_ID,
        "task_status": "failed",
        "task_status_msg": "Content policy violation",
        "task_info": {"external_task_id": None},
        "created_at": 1722769557708,
        "updated_at": 1722769567708,
    }
)


def kling_error(code: int, message: str, request_id: str = "req-kling-err") -> dict[str, Any]:
    """Kling's error envelope: the usual envelope with a non-zero `code` and no data."""
    return {"code": code, "message": message, "request_id": request_id, "data": None}


# --- Vtrix -------------------------------------------------------------------------------------

VTRIX_TASK_ID = "task_9b1f0c6e"
VTRIX_CREATED = {
    "id": VTRIX_TASK_ID,
    "status": "pending",
    "model": "kirin_v2_image",
    "created_at": 1767225600000,
}
VTRIX_COMPLETED = {
    "id": VTRIX_TASK_ID,
    "status": "completed",
    "model": "kirin_v2_image",
    "created_at": 1767225600000,
    "progress": 1,
    "output": [
        {
            "content": [
                {"type": "image", "url": "https://cdn.vtrix.example/0.png"},
                {"type": "image", "url": "https://cdn.vtrix.example/1.png"},
            ],
            "jobId": "remote-77",
        }
    ],
    "usage": {"cost": "0.0800", "quantity": 2, "unit_price": "0.04", "extra_info": {"tier": "std"}},
}
VTRIX_FAILED_OBJECT = {
    "id": VTRIX_TASK_ID,
    "status": "failed",
    "error": {"code": "content_moderation", "error_message": "The prompt was rejected."},
}
VTRIX_FAILED_STRING = {"id": VTRIX_TASK_ID, "status": "failed", "error": "upstream timeout"}
