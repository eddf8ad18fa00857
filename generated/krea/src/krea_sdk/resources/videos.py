"""Video generation endpoints"""

from __future__ import annotations

from typing import List, Literal

from typing_extensions import Required, Unpack

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import Follow, JobWaitParams, RawMethods, RequestParams
from .._methods import and_wait_one as _and_wait_one
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .jobs import JobsResource, AsyncJobsResource

__all__ = ["VideosResource", "AsyncVideosResource"]


_KLING_1 = Endpoint(
    "POST",
    "/generate/video/kling/kling-1",
    models.CreatedJob,
    models.VideoKling1Params,
    models.VideoKling1Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_KLING_1_5 = Endpoint(
    "POST",
    "/generate/video/kling/kling-1.5",
    models.CreatedJob,
    models.VideoKling15Params,
    models.VideoKling15Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_KLING_1_6 = Endpoint(
    "POST",
    "/generate/video/kling/kling-1.6",
    models.CreatedJob,
    models.VideoKling16Params,
    models.VideoKling16Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_KLING_2 = Endpoint(
    "POST",
    "/generate/video/kling/kling-2",
    models.CreatedJob,
    models.VideoKling2Params,
    models.VideoKling2Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_KLING_2_1 = Endpoint(
    "POST",
    "/generate/video/kling/kling-2.1",
    models.CreatedJob,
    models.VideoKling21Params,
    models.VideoKling21Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_KLING_2_5 = Endpoint(
    "POST",
    "/generate/video/kling/kling-2.5",
    models.CreatedJob,
    models.VideoKling25Params,
    models.VideoKling25Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_KLING_2_6 = Endpoint(
    "POST",
    "/generate/video/kling/kling-2.6",
    models.CreatedJob,
    models.VideoKling26Params,
    models.VideoKling26Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_KLING_3_0 = Endpoint(
    "POST",
    "/generate/video/kling/kling-3.0",
    models.CreatedJob,
    models.VideoKling30Params,
    models.VideoKling30Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_KLING_O1 = Endpoint(
    "POST",
    "/generate/video/kling/kling-o1",
    models.CreatedJob,
    models.VideoKlingO1Params,
    models.VideoKlingO1Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_HAILUO = Endpoint(
    "POST",
    "/generate/video/minimax/hailuo",
    models.CreatedJob,
    models.VideoHailuoParams,
    models.VideoHailuoRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_HAILUO_02 = Endpoint(
    "POST",
    "/generate/video/minimax/hailuo-02",
    models.CreatedJob,
    models.VideoHailuo02Params,
    models.VideoHailuo02Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_HAILUO_2_3 = Endpoint(
    "POST",
    "/generate/video/minimax/hailuo-2.3",
    models.CreatedJob,
    models.VideoHailuo23Params,
    models.VideoHailuo23Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_HAILUO_2_3_FAST = Endpoint(
    "POST",
    "/generate/video/minimax/hailuo-2.3-fast",
    models.CreatedJob,
    models.VideoHailuo23FastParams,
    models.VideoHailuo23FastRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_WAN_2_1 = Endpoint(
    "POST",
    "/generate/video/alibaba/wan-2.1",
    models.CreatedJob,
    models.VideoWan21Params,
    models.VideoWan21Request,
    headers={"X-Webhook-URL": "webhook_url"},
    aliases=(
        (
            "preset_styles",
            "styles",
            "2026-06-19",
            "https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        ),
    ),
    job_id_path="job_id",
)
_WAN_2_2 = Endpoint(
    "POST",
    "/generate/video/alibaba/wan-2.2",
    models.CreatedJob,
    models.VideoWan22Params,
    models.VideoWan22Request,
    headers={"X-Webhook-URL": "webhook_url"},
    aliases=(
        (
            "preset_styles",
            "styles",
            "2026-06-19",
            "https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        ),
    ),
    job_id_path="job_id",
)
_WAN_2_5 = Endpoint(
    "POST",
    "/generate/video/alibaba/wan-2.5",
    models.CreatedJob,
    models.VideoWan25Params,
    models.VideoWan25Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_VEO_2 = Endpoint(
    "POST",
    "/generate/video/google/veo-2",
    models.CreatedJob,
    models.VideoVeo2Params,
    models.VideoVeo2Request,
    headers={"X-Webhook-URL": "webhook_url"},
    aliases=(
        (
            "image_url",
            "start_image",
            "2026-06-19",
            "https://docs.krea.ai/developers/deprecations#veo-2-start-image",
        ),
    ),
    job_id_path="job_id",
)
_VEO_3 = Endpoint(
    "POST",
    "/generate/video/google/veo-3",
    models.CreatedJob,
    models.VideoVeo3Params,
    models.VideoVeo3Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_VEO_3_FAST = Endpoint(
    "POST",
    "/generate/video/google/veo-3-fast",
    models.CreatedJob,
    models.VideoVeo3FastParams,
    models.VideoVeo3FastRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_VEO_3_1 = Endpoint(
    "POST",
    "/generate/video/google/veo-3.1",
    models.CreatedJob,
    models.VideoVeo31Params,
    models.VideoVeo31Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_VEO_3_1_FAST = Endpoint(
    "POST",
    "/generate/video/google/veo-3.1-fast",
    models.CreatedJob,
    models.VideoVeo31FastParams,
    models.VideoVeo31FastRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_VEO_3_1_LITE = Endpoint(
    "POST",
    "/generate/video/google/veo-3.1-lite",
    models.CreatedJob,
    models.VideoVeo31LiteParams,
    models.VideoVeo31LiteRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_SEEDANCE_1_0_PRO = Endpoint(
    "POST",
    "/generate/video/bytedance/seedance-1.0-pro",
    models.CreatedJob,
    models.VideoSeedance10ProParams,
    models.VideoSeedance10ProRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_SEEDANCE_1_0_PRO_FAST = Endpoint(
    "POST",
    "/generate/video/bytedance/seedance-1.0-pro-fast",
    models.CreatedJob,
    models.VideoSeedance10ProFastParams,
    models.VideoSeedance10ProFastRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_LTX_VIDEO_2_3_22B = Endpoint(
    "POST",
    "/generate/video/lightricks/ltx-video-2.3-22b",
    models.CreatedJob,
    models.VideoLtxVideo2322BParams,
    models.VideoLtxVideo2322BRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    aliases=(
        (
            "preset_styles",
            "styles",
            "2026-06-19",
            "https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        ),
    ),
    job_id_path="job_id",
)
_RAY_2 = Endpoint(
    "POST",
    "/generate/video/luma/ray-2",
    models.CreatedJob,
    models.VideoRay2Params,
    models.VideoRay2Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_GEN_3 = Endpoint(
    "POST",
    "/generate/video/runway/gen-3",
    models.CreatedJob,
    models.VideoGen3Params,
    models.VideoGen3Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_GEN_4_VIDEO = Endpoint(
    "POST",
    "/generate/video/runway/gen-4-video",
    models.CreatedJob,
    models.VideoGen4VideoParams,
    models.VideoGen4VideoRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_GEN_4_5 = Endpoint(
    "POST",
    "/generate/video/runway/gen-4.5",
    models.CreatedJob,
    models.VideoGen45Params,
    models.VideoGen45Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_GROK_VIDEO = Endpoint(
    "POST",
    "/generate/video/xai/grok-video",
    models.CreatedJob,
    models.VideoGrokVideoParams,
    models.VideoGrokVideoRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_ALEPH = Endpoint(
    "POST",
    "/generate/video/runway/aleph",
    models.CreatedJob,
    models.VideoAlephParams,
    models.VideoAlephRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)


class Kling1AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: Literal[5, 10] | NotGiven
    camera_control: models.CameraControl | NotGiven
    end_image: str | NotGiven
    end_video: str | NotGiven
    mode: Literal["std", "pro"] | NotGiven


class Kling15AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: Literal[5, 10] | NotGiven
    camera_control: models.CameraControl | NotGiven
    end_image: str | NotGiven
    end_video: str | NotGiven
    mode: Literal["pro"] | NotGiven


class Kling16AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: Literal[5, 10] | NotGiven
    camera_control: models.CameraControl | NotGiven
    end_image: str | NotGiven
    end_video: str | NotGiven
    mode: Literal["std", "pro"] | NotGiven


class Kling2AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: Literal[5] | NotGiven
    end_image: str | NotGiven
    mode: Literal["master", "pro"] | NotGiven


class Kling21AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: Literal[5, 10] | NotGiven
    end_image: str | NotGiven
    mode: Literal["master", "pro"] | NotGiven


class Kling25AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: Literal[5, 10] | NotGiven
    end_image: str | NotGiven
    mode: Literal["pro"] | NotGiven


class Kling26AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    duration: Literal[5, 10] | NotGiven
    end_image: str | NotGiven
    end_video: str | NotGiven
    generate_audio: bool | NotGiven


class Kling30AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    duration: float | NotGiven
    end_image: str | NotGiven
    generate_audio: bool | NotGiven
    mode: Literal["std", "pro", "4k"] | NotGiven
    multi_prompt: List[models.MultiPromptItem] | NotGiven


class KlingO1AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: float | NotGiven
    end_image: str | NotGiven
    style_references: List[models.StyleReference] | NotGiven
    element_references: List[models.ElementReference] | NotGiven
    video_reference: models.VideoReference | NotGiven


class HailuoAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    expand_prompt: bool | NotGiven
    camera_control: List[str] | NotGiven
    model: Literal["video-01", "S2V-01", "T2V-01-Director", "I2V-01-Director"] | NotGiven
    subjects: List[models.Subject] | NotGiven


class Hailuo02AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    expand_prompt: bool | NotGiven
    model: Literal["MiniMax-Hailuo-02"] | NotGiven
    end_image: str | NotGiven
    resolution: Literal["512p", "768p", "1080p"] | NotGiven
    duration: float | NotGiven


class Hailuo23AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    expand_prompt: bool | NotGiven
    model: Literal["MiniMax-Hailuo-2.3"] | NotGiven
    end_image: str | NotGiven
    resolution: Literal["768p", "1080p"] | NotGiven
    duration: Literal[6, 10] | NotGiven


class Hailuo23FastAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    expand_prompt: bool | NotGiven
    model: Literal["MiniMax-Hailuo-2.3-fast"] | NotGiven
    end_image: str | NotGiven
    resolution: Literal["768p", "1080p"] | NotGiven
    duration: Literal[6, 10] | NotGiven


class Wan21AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    width: Required[float]
    height: Required[float]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    end_image: str | None | NotGiven
    end_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    styles: List[models.VideoWan21RequestStyle] | NotGiven
    frame_num: float | NotGiven


class Wan22AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    width: Required[float]
    height: Required[float]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    guide_scale: List[float] | NotGiven
    end_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    styles: List[models.VideoWan22RequestStyle] | NotGiven
    frame_num: float | NotGiven


class Wan25AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    resolution: Literal["480p", "720p", "1080p"] | NotGiven
    enable_prompt_expansion: bool | NotGiven
    duration: float | NotGiven
    seed: float | NotGiven
    audio_url: str | NotGiven
    generate_audio: bool | NotGiven


class Veo2AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    duration: float | NotGiven


class Veo3AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: Literal[4, 6, 8] | NotGiven
    generate_audio: bool | NotGiven
    resolution: Literal["720p", "1080p"] | NotGiven


class Veo3FastAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven
    duration: Literal[4, 6, 8] | NotGiven
    generate_audio: bool | NotGiven
    resolution: Literal["720p", "1080p"] | NotGiven


class Veo31AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    duration: Literal[4, 6, 8] | NotGiven
    generate_audio: bool | NotGiven
    resolution: Literal["720p", "1080p", "4K"] | NotGiven
    end_image: str | None | NotGiven
    end_video: str | None | NotGiven
    reference_images: List[str] | NotGiven


class Veo31FastAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    duration: Literal[4, 6, 8] | NotGiven
    generate_audio: bool | NotGiven
    resolution: Literal["720p", "1080p", "4K"] | NotGiven
    end_image: str | None | NotGiven
    end_video: str | None | NotGiven
    reference_images: List[str] | NotGiven


class Veo31LiteAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    duration: Literal[4, 6, 8] | NotGiven
    resolution: Literal["720p", "1080p"] | NotGiven
    end_image: str | None | NotGiven
    end_video: str | None | NotGiven


class Seedance10ProAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | NotGiven
    end_image: str | None | NotGiven
    end_video: str | None | NotGiven
    reference_images: List[str] | NotGiven
    duration: float | NotGiven
    resolution: Literal["720p", "1080p"] | NotGiven


class Seedance10ProFastAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | NotGiven
    duration: float | NotGiven
    resolution: Literal["480p", "720p", "1080p"] | NotGiven


class LtxVideo2322bAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    duration: Literal[5, 10, 15, 20] | NotGiven
    num_frames: int | NotGiven
    seed: int | NotGiven
    generate_audio: bool | NotGiven
    end_image: str | None | NotGiven
    styles: List[models.VideoLtxVideo2322BRequestStyle] | NotGiven
    has_lora: bool | NotGiven


class Ray2AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    width: Required[float]
    height: Required[float]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | NotGiven
    loop: bool | NotGiven


class Gen3AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["16:9", "9:16"] | NotGiven
    duration: Literal[5, 10] | NotGiven
    seed: float | NotGiven


class Gen4VideoAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: Literal["1280:720", "720:1280"] | NotGiven
    duration: Literal[5, 10] | NotGiven
    seed: float | NotGiven


class Gen45AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | NotGiven
    start_video: str | None | NotGiven
    aspect_ratio: (
        Literal["1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672", "672:1584"]
        | NotGiven
    )
    duration: float | NotGiven
    seed: float | NotGiven


class GrokVideoAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    duration: float | NotGiven
    resolution: Literal["480p", "720p"] | NotGiven
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3"] | NotGiven
    reference_images: List[str] | NotGiven
    edit_video: str | NotGiven


class AlephAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    init_video: Required[str]
    webhook_url: str | NotGiven
    start_image: str | None | NotGiven
    start_video: str | None | NotGiven
    init_image_url: str | NotGiven
    references: List[models.Reference] | NotGiven
    ratio: (
        Literal[
            "1280:720",
            "720:1280",
            "1104:832",
            "960:960",
            "832:1104",
            "1584:672",
            "848:480",
            "640:480",
        ]
        | NotGiven
    )
    seed: float | NotGiven


class VideosResource(SyncResource):
    """Video generation endpoints"""

    def kling_1(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        camera_control: models.CameraControl | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        end_video: str | NotGiven = NOT_GIVEN,
        mode: Literal["std", "pro"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling 1.0

        High-control model with 10s duration.
        | Mode | Duration | Compute Units |
        |------|----------|---------------|
        | std | 5s | 60.1 |
        | std | 10s | 120 |
        | pro | 5s | 210 |
        | pro | 10s | 421 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            mode: Server default: 'std'.

        HTTP: ``POST /generate/video/kling/kling-1``
        """
        return _send(_KLING_1, locals())

    def kling_1_and_wait(self, **params: Unpack[Kling1AndWaitParams]) -> models.Job:
        """``kling_1``, then wait for its job."""
        return _and_wait_one(self.kling_1, params, _follow)

    def kling_1_5(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        camera_control: models.CameraControl | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        end_video: str | NotGiven = NOT_GIVEN,
        mode: Literal["pro"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling 1.5

        Slow, quality model for complex scenes.
        | Mode | Duration | Compute Units |
        |------|----------|---------------|
        | pro | 5s | 210 |
        | pro | 10s | 421 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            mode: Server default: 'pro'.

        HTTP: ``POST /generate/video/kling/kling-1.5``
        """
        return _send(_KLING_1_5, locals())

    def kling_1_5_and_wait(self, **params: Unpack[Kling15AndWaitParams]) -> models.Job:
        """``kling_1_5``, then wait for its job."""
        return _and_wait_one(self.kling_1_5, params, _follow)

    def kling_1_6(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        camera_control: models.CameraControl | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        end_video: str | NotGiven = NOT_GIVEN,
        mode: Literal["std", "pro"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling 1.6

        Previous gen model for complex scenes.
        | Mode | Duration | Compute Units |
        |------|----------|---------------|
        | std | 5s | 120 |
        | std | 10s | 241 |
        | pro | 5s | 210 |
        | pro | 10s | 421 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            mode: Server default: 'std'.

        HTTP: ``POST /generate/video/kling/kling-1.6``
        """
        return _send(_KLING_1_6, locals())

    def kling_1_6_and_wait(self, **params: Unpack[Kling16AndWaitParams]) -> models.Job:
        """``kling_1_6``, then wait for its job."""
        return _and_wait_one(self.kling_1_6, params, _follow)

    def kling_2(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: Literal[5] | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        mode: Literal["master", "pro"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling 2.0

        High-quality model with great aesthetics.
        | Duration | Compute Units |
        |----------|---------------|
        | 5s | 802 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            mode: Server default: 'master'.

        HTTP: ``POST /generate/video/kling/kling-2``
        """
        return _send(_KLING_2, locals())

    def kling_2_and_wait(self, **params: Unpack[Kling2AndWaitParams]) -> models.Job:
        """``kling_2``, then wait for its job."""
        return _and_wait_one(self.kling_2, params, _follow)

    def kling_2_1(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        mode: Literal["master", "pro"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling 2.1

        Frontier model with 1080p resolution.
        | Mode | Duration | Compute Units |
        |------|----------|---------------|
        | std | 5s | 143 |
        | std | 10s | 286 |
        | pro | 5s | 258 |
        | pro | 10s | 515 |
        | master | 5s | 802 |
        | master | 10s | 1604 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            mode: Server default: 'master'.

        HTTP: ``POST /generate/video/kling/kling-2.1``
        """
        return _send(_KLING_2_1, locals())

    def kling_2_1_and_wait(self, **params: Unpack[Kling21AndWaitParams]) -> models.Job:
        """``kling_2_1``, then wait for its job."""
        return _and_wait_one(self.kling_2_1, params, _follow)

    def kling_2_5(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        mode: Literal["pro"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling 2.5

        Improved dynamics and style adaptation.
        | Duration | Compute Units |
        |----------|---------------|
        | 5s | 200 |
        | 10s | 401 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            mode: Server default: 'pro'.

        HTTP: ``POST /generate/video/kling/kling-2.5``
        """
        return _send(_KLING_2_5, locals())

    def kling_2_5_and_wait(self, **params: Unpack[Kling25AndWaitParams]) -> models.Job:
        """``kling_2_5``, then wait for its job."""
        return _and_wait_one(self.kling_2_5, params, _follow)

    def kling_2_6(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        end_video: str | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling 2.6

        Frontier model with native audio.
        | Audio | Duration | Compute Units |
        |-------|----------|---------------|
        | No | 5s | 200 |
        | No | 10s | 401 |
        | Yes | 5s | 401 |
        | Yes | 10s | 802 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            generate_audio: Server default: False.

        HTTP: ``POST /generate/video/kling/kling-2.6``
        """
        return _send(_KLING_2_6, locals())

    def kling_2_6_and_wait(self, **params: Unpack[Kling26AndWaitParams]) -> models.Job:
        """``kling_2_6``, then wait for its job."""
        return _and_wait_one(self.kling_2_6, params, _follow)

    def kling_3_0(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        mode: Literal["std", "pro", "4k"] | NotGiven = NOT_GIVEN,
        multi_prompt: List[models.MultiPromptItem] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling 3.0

        Frontier model with audio and up to 15s.
        | Mode | Audio | Duration | Compute Units |
        |------|-------|----------|---------------|
        | std | No | 3s | 289 |
        | std | No | 4s | 385 |
        | std | No | 5s | 481 |
        | std | No | 6s | 577 |
        | std | No | 7s | 674 |
        | std | No | 8s | 770 |
        | std | No | 9s | 866 |
        | std | No | 10s | 962 |
        | std | No | 11s | 1058 |
        | std | No | 12s | 1155 |
        | std | No | 13s | 1251 |
        | std | No | 14s | 1347 |
        | std | No | 15s | 1443 |
        | std | Yes | 3s | 433 |
        | std | Yes | 4s | 577 |
        | std | Yes | 5s | 722 |
        | std | Yes | 6s | 866 |
        | std | Yes | 7s | 1010 |
        | std | Yes | 8s | 1155 |
        | std | Yes | 9s | 1299 |
        | std | Yes | 10s | 1443 |
        | std | Yes | 11s | 1588 |
        | std | Yes | 12s | 1732 |
        | std | Yes | 13s | 1876 |
        | std | Yes | 14s | 2021 |
        | std | Yes | 15s | 2165 |
        | pro | No | 3s | 385 |
        | pro | No | 4s | 513 |
        | pro | No | 5s | 641 |
        | pro | No | 6s | 770 |
        | pro | No | 7s | 898 |
        | pro | No | 8s | 1026 |
        | pro | No | 9s | 1155 |
        | pro | No | 10s | 1283 |
        | pro | No | 11s | 1411 |
        | pro | No | 12s | 1540 |
        | pro | No | 13s | 1668 |
        | pro | No | 14s | 1796 |
        | pro | No | 15s | 1924 |
        | pro | Yes | 3s | 577 |
        | pro | Yes | 4s | 770 |
        | pro | Yes | 5s | 962 |
        | pro | Yes | 6s | 1155 |
        | pro | Yes | 7s | 1347 |
        | pro | Yes | 8s | 1540 |
        | pro | Yes | 9s | 1732 |
        | pro | Yes | 10s | 1924 |
        | pro | Yes | 11s | 2117 |
        | pro | Yes | 12s | 2309 |
        | pro | Yes | 13s | 2502 |
        | pro | Yes | 14s | 2694 |
        | pro | Yes | 15s | 2887 |
        | 4k | No | 3s | 722 |
        | 4k | No | 4s | 962 |
        | 4k | No | 5s | 1203 |
        | 4k | No | 6s | 1443 |
        | 4k | No | 7s | 1684 |
        | 4k | No | 8s | 1924 |
        | 4k | No | 9s | 2165 |
        | 4k | No | 10s | 2405 |
        | 4k | No | 11s | 2646 |
        | 4k | No | 12s | 2887 |
        | 4k | No | 13s | 3127 |
        | 4k | No | 14s | 3368 |
        | 4k | No | 15s | 3608 |
        | 4k | Yes | 3s | 722 |
        | 4k | Yes | 4s | 962 |
        | 4k | Yes | 5s | 1203 |
        | 4k | Yes | 6s | 1443 |
        | 4k | Yes | 7s | 1684 |
        | 4k | Yes | 8s | 1924 |
        | 4k | Yes | 9s | 2165 |
        | 4k | Yes | 10s | 2405 |
        | 4k | Yes | 11s | 2646 |
        | 4k | Yes | 12s | 2887 |
        | 4k | Yes | 13s | 3127 |
        | 4k | Yes | 14s | 3368 |
        | 4k | Yes | 15s | 3608 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            generate_audio: Server default: False.
            mode: Server default: 'std'.

        HTTP: ``POST /generate/video/kling/kling-3.0``
        """
        return _send(_KLING_3_0, locals())

    def kling_3_0_and_wait(self, **params: Unpack[Kling30AndWaitParams]) -> models.Job:
        """``kling_3_0``, then wait for its job."""
        return _and_wait_one(self.kling_3_0, params, _follow)

    def kling_o1(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        style_references: List[models.StyleReference] | NotGiven = NOT_GIVEN,
        element_references: List[models.ElementReference] | NotGiven = NOT_GIVEN,
        video_reference: models.VideoReference | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Kling o1

        Intelligent model that thinks before generating.
        | Video Reference | Duration | Compute Units |
        |-----------------|----------|---------------|
        | No | 3s | 192 |
        | No | 4s | 257 |
        | No | 5s | 321 |
        | No | 6s | 385 |
        | No | 7s | 449 |
        | No | 8s | 513 |
        | No | 9s | 577 |
        | No | 10s | 641 |
        | Yes | 3s | 289 |
        | Yes | 4s | 385 |
        | Yes | 5s | 481 |
        | Yes | 6s | 577 |
        | Yes | 7s | 674 |
        | Yes | 8s | 770 |
        | Yes | 9s | 866 |
        | Yes | 10s | 962 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.

        HTTP: ``POST /generate/video/kling/kling-o1``
        """
        return _send(_KLING_O1, locals())

    def kling_o1_and_wait(self, **params: Unpack[KlingO1AndWaitParams]) -> models.Job:
        """``kling_o1``, then wait for its job."""
        return _and_wait_one(self.kling_o1, params, _follow)

    def hailuo(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        camera_control: List[str] | NotGiven = NOT_GIVEN,
        model: (
            Literal["video-01", "S2V-01", "T2V-01-Director", "I2V-01-Director"] | NotGiven
        ) = NOT_GIVEN,
        subjects: List[models.Subject] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Hailuo

        High-quality model with camera control.
        | Duration | Compute Units |
        |----------|---------------|
        | 5s | 246 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            expand_prompt: Server default: True.
            model: Server default: 'video-01'.

        HTTP: ``POST /generate/video/minimax/hailuo``
        """
        return _send(_HAILUO, locals())

    def hailuo_and_wait(self, **params: Unpack[HailuoAndWaitParams]) -> models.Job:
        """``hailuo``, then wait for its job."""
        return _and_wait_one(self.hailuo, params, _follow)

    def hailuo_02(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        model: Literal["MiniMax-Hailuo-02"] | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        resolution: Literal["512p", "768p", "1080p"] | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Hailuo 02

        Frontier model with dynamic motion.
        | Resolution | Duration | Compute Units |
        |------------|----------|---------------|
        | 512p | 6s | 57.3 |
        | 512p | 7s | 180 |
        | 512p | 8s | 206 |
        | 512p | 9s | 232 |
        | 512p | 10s | 85.9 |
        | 768p | 6s | 155 |
        | 768p | 7s | 180 |
        | 768p | 8s | 206 |
        | 768p | 9s | 232 |
        | 768p | 10s | 258 |
        | 1080p | 6s | 309 |
        | 1080p | 7s | 361 |
        | 1080p | 8s | 412 |
        | 1080p | 9s | 464 |
        | 1080p | 10s | 515 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            expand_prompt: Server default: True.
            model: Server default: 'MiniMax-Hailuo-02'.
            resolution: Server default: '768p'.
            duration: Server default: 6.

        HTTP: ``POST /generate/video/minimax/hailuo-02``
        """
        return _send(_HAILUO_02, locals())

    def hailuo_02_and_wait(self, **params: Unpack[Hailuo02AndWaitParams]) -> models.Job:
        """``hailuo_02``, then wait for its job."""
        return _and_wait_one(self.hailuo_02, params, _follow)

    def hailuo_2_3(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        model: Literal["MiniMax-Hailuo-2.3"] | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        resolution: Literal["768p", "1080p"] | NotGiven = NOT_GIVEN,
        duration: Literal[6, 10] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Hailuo 2.3

        Frontier model with dynamic motion.
        | Resolution | Duration | Compute Units |
        |------------|----------|---------------|
        | 768p | 6s | 160 |
        | 768p | 10s | 321 |
        | 1080p | 6s | 281 |
        | 1080p | 10s | 281 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            expand_prompt: Server default: True.
            model: Server default: 'MiniMax-Hailuo-2.3'.
            resolution: Server default: '768p'.
            duration: Server default: 6.

        HTTP: ``POST /generate/video/minimax/hailuo-2.3``
        """
        return _send(_HAILUO_2_3, locals())

    def hailuo_2_3_and_wait(self, **params: Unpack[Hailuo23AndWaitParams]) -> models.Job:
        """``hailuo_2_3``, then wait for its job."""
        return _and_wait_one(self.hailuo_2_3, params, _follow)

    def hailuo_2_3_fast(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        model: Literal["MiniMax-Hailuo-2.3-fast"] | NotGiven = NOT_GIVEN,
        end_image: str | NotGiven = NOT_GIVEN,
        resolution: Literal["768p", "1080p"] | NotGiven = NOT_GIVEN,
        duration: Literal[6, 10] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Hailuo 2.3 Fast

        Cheapest medium-quality model.
        | Resolution | Duration | Compute Units |
        |------------|----------|---------------|
        | 768p | 6s | 109 |
        | 768p | 10s | 183 |
        | 1080p | 6s | 189 |
        | 1080p | 10s | 189 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            expand_prompt: Server default: True.
            model: Server default: 'MiniMax-Hailuo-2.3-fast'.
            resolution: Server default: '768p'.
            duration: Server default: 6.

        HTTP: ``POST /generate/video/minimax/hailuo-2.3-fast``
        """
        return _send(_HAILUO_2_3_FAST, locals())

    def hailuo_2_3_fast_and_wait(self, **params: Unpack[Hailuo23FastAndWaitParams]) -> models.Job:
        """``hailuo_2_3_fast``, then wait for its job."""
        return _and_wait_one(self.hailuo_2_3_fast, params, _follow)

    def wan_2_1(
        self,
        *,
        prompt: str,
        width: float,
        height: float,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        end_image: str | None | NotGiven = NOT_GIVEN,
        end_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        styles: List[models.VideoWan21RequestStyle] | NotGiven = NOT_GIVEN,
        frame_num: float | NotGiven = NOT_GIVEN,
        preset_styles: List[models.VideoWan21RequestStyle] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Wan 2.1

        Fastest low-quality model with LoRA.
        | Duration | Compute Units | Average Completion Time |
        |----------|---------------|-------------------------|
        | - | ~270 | ~97 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.

        HTTP: ``POST /generate/video/alibaba/wan-2.1``
        """
        return _send(_WAN_2_1, locals())

    def wan_2_1_and_wait(self, **params: Unpack[Wan21AndWaitParams]) -> models.Job:
        """``wan_2_1``, then wait for its job."""
        return _and_wait_one(self.wan_2_1, params, _follow)

    def wan_2_2(
        self,
        *,
        prompt: str,
        width: float,
        height: float,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        guide_scale: List[float] | NotGiven = NOT_GIVEN,
        end_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        styles: List[models.VideoWan22RequestStyle] | NotGiven = NOT_GIVEN,
        frame_num: float | NotGiven = NOT_GIVEN,
        preset_styles: List[models.VideoWan22RequestStyle] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Wan 2.2

        Fast, lower-quality model from Alibaba.
        | Duration | Compute Units | Average Completion Time |
        |----------|---------------|-------------------------|
        | - | ~287 | ~113 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            guide_scale: Server default: [4, 3.5].
            aspect_ratio: Server default: '16:9'.
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.

        HTTP: ``POST /generate/video/alibaba/wan-2.2``
        """
        return _send(_WAN_2_2, locals())

    def wan_2_2_and_wait(self, **params: Unpack[Wan22AndWaitParams]) -> models.Job:
        """``wan_2_2``, then wait for its job."""
        return _and_wait_one(self.wan_2_2, params, _follow)

    def wan_2_5(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p", "1080p"] | NotGiven = NOT_GIVEN,
        enable_prompt_expansion: bool | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        audio_url: str | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Wan 2.5

        Latest medium quality model from Alibaba.
        | Resolution | Duration | Compute Units |
        |------------|----------|---------------|
        | 480p | 5s | 143 |
        | 480p | 6s | 172 |
        | 480p | 7s | 200 |
        | 480p | 8s | 229 |
        | 480p | 9s | 258 |
        | 480p | 10s | 286 |
        | 720p | 5s | 286 |
        | 720p | 6s | 344 |
        | 720p | 7s | 401 |
        | 720p | 8s | 458 |
        | 720p | 9s | 515 |
        | 720p | 10s | 573 |
        | 1080p | 5s | 430 |
        | 1080p | 6s | 515 |
        | 1080p | 7s | 601 |
        | 1080p | 8s | 687 |
        | 1080p | 9s | 773 |
        | 1080p | 10s | 859 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            resolution: Server default: '1080p'.
            enable_prompt_expansion: Server default: True.
            duration: Server default: 5.
            generate_audio: Server default: False.

        HTTP: ``POST /generate/video/alibaba/wan-2.5``
        """
        return _send(_WAN_2_5, locals())

    def wan_2_5_and_wait(self, **params: Unpack[Wan25AndWaitParams]) -> models.Job:
        """``wan_2_5``, then wait for its job."""
        return _and_wait_one(self.wan_2_5, params, _follow)

    def veo_2(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        image_url: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Veo 2

        Expensive high-quality model from Google.
        | Duration | Compute Units |
        |----------|---------------|
        | 5s | 1432 |
        | 6s | 1718 |
        | 7s | 2005 |
        | 8s | 2291 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            image_url: Deprecated alias of ``start_image`` (sunset 2026-06-19); warns and sends ``start_image``.

        HTTP: ``POST /generate/video/google/veo-2``
        """
        return _send(_VEO_2, locals())

    def veo_2_and_wait(self, **params: Unpack[Veo2AndWaitParams]) -> models.Job:
        """``veo_2``, then wait for its job."""
        return _and_wait_one(self.veo_2, params, _follow)

    def veo_3(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: Literal[4, 6, 8] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        resolution: Literal["720p", "1080p"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Veo 3

        Older version of Veo 3.1.
        | Resolution | Audio | Duration | Compute Units |
        |------------|-------|----------|---------------|
        | 720p | No | 5s | 573 |
        | 720p | No | 6s | 687 |
        | 720p | No | 7s | 802 |
        | 720p | No | 8s | 916 |
        | 720p | Yes | 5s | 1145 |
        | 720p | Yes | 6s | 1375 |
        | 720p | Yes | 7s | 1604 |
        | 720p | Yes | 8s | 1833 |
        | 1080p | No | 5s | 573 |
        | 1080p | No | 6s | 687 |
        | 1080p | No | 7s | 802 |
        | 1080p | No | 8s | 916 |
        | 1080p | Yes | 5s | 1145 |
        | 1080p | Yes | 6s | 1375 |
        | 1080p | Yes | 7s | 1604 |
        | 1080p | Yes | 8s | 1833 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 8.
            generate_audio: Server default: False.
            resolution: Server default: '720p'.

        HTTP: ``POST /generate/video/google/veo-3``
        """
        return _send(_VEO_3, locals())

    def veo_3_and_wait(self, **params: Unpack[Veo3AndWaitParams]) -> models.Job:
        """``veo_3``, then wait for its job."""
        return _and_wait_one(self.veo_3, params, _follow)

    def veo_3_fast(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | NotGiven = NOT_GIVEN,
        duration: Literal[4, 6, 8] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        resolution: Literal["720p", "1080p"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Veo 3 Fast

        Faster, affordable Veo 3 with audio.
        | Resolution | Audio | Duration | Compute Units |
        |------------|-------|----------|---------------|
        | 720p | No | 5s | 286 |
        | 720p | No | 6s | 344 |
        | 720p | No | 7s | 401 |
        | 720p | No | 8s | 458 |
        | 720p | Yes | 5s | 430 |
        | 720p | Yes | 6s | 515 |
        | 720p | Yes | 7s | 601 |
        | 720p | Yes | 8s | 687 |
        | 1080p | No | 5s | 286 |
        | 1080p | No | 6s | 344 |
        | 1080p | No | 7s | 401 |
        | 1080p | No | 8s | 458 |
        | 1080p | Yes | 5s | 430 |
        | 1080p | Yes | 6s | 515 |
        | 1080p | Yes | 7s | 601 |
        | 1080p | Yes | 8s | 687 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 8.
            generate_audio: Server default: False.
            resolution: Server default: '720p'.

        HTTP: ``POST /generate/video/google/veo-3-fast``
        """
        return _send(_VEO_3_FAST, locals())

    def veo_3_fast_and_wait(self, **params: Unpack[Veo3FastAndWaitParams]) -> models.Job:
        """``veo_3_fast``, then wait for its job."""
        return _and_wait_one(self.veo_3_fast, params, _follow)

    def veo_3_1(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        duration: Literal[4, 6, 8] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        resolution: Literal["720p", "1080p", "4K"] | NotGiven = NOT_GIVEN,
        end_image: str | None | NotGiven = NOT_GIVEN,
        end_video: str | None | NotGiven = NOT_GIVEN,
        reference_images: List[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Veo 3.1

        Best video model. Highest quality with audio.
        | Resolution | Audio | Duration | Compute Units |
        |------------|-------|----------|---------------|
        | 720p | No | 4s | 458 |
        | 720p | No | 6s | 687 |
        | 720p | No | 8s | 916 |
        | 720p | Yes | 4s | 916 |
        | 720p | Yes | 6s | 1375 |
        | 720p | Yes | 8s | 1833 |
        | 1080p | No | 4s | 458 |
        | 1080p | No | 6s | 687 |
        | 1080p | No | 8s | 916 |
        | 1080p | Yes | 4s | 916 |
        | 1080p | Yes | 6s | 1375 |
        | 1080p | Yes | 8s | 1833 |
        | 4K | No | 4s | 916 |
        | 4K | No | 6s | 1375 |
        | 4K | No | 8s | 1833 |
        | 4K | Yes | 4s | 1375 |
        | 4K | Yes | 6s | 2062 |
        | 4K | Yes | 8s | 2749 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 8.
            generate_audio: Server default: False.
            resolution: Server default: '720p'.

        HTTP: ``POST /generate/video/google/veo-3.1``
        """
        return _send(_VEO_3_1, locals())

    def veo_3_1_and_wait(self, **params: Unpack[Veo31AndWaitParams]) -> models.Job:
        """``veo_3_1``, then wait for its job."""
        return _and_wait_one(self.veo_3_1, params, _follow)

    def veo_3_1_fast(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        duration: Literal[4, 6, 8] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        resolution: Literal["720p", "1080p", "4K"] | NotGiven = NOT_GIVEN,
        end_image: str | None | NotGiven = NOT_GIVEN,
        end_video: str | None | NotGiven = NOT_GIVEN,
        reference_images: List[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Veo 3.1 Fast

        Faster, affordable Veo 3.1 with audio.
        | Resolution | Audio | Duration | Compute Units |
        |------------|-------|----------|---------------|
        | 720p | No | 4s | 183 |
        | 720p | No | 6s | 275 |
        | 720p | No | 8s | 367 |
        | 720p | Yes | 4s | 229 |
        | 720p | Yes | 6s | 344 |
        | 720p | Yes | 8s | 458 |
        | 1080p | No | 4s | 229 |
        | 1080p | No | 6s | 344 |
        | 1080p | No | 8s | 458 |
        | 1080p | Yes | 4s | 275 |
        | 1080p | Yes | 6s | 412 |
        | 1080p | Yes | 8s | 550 |
        | 4K | No | 4s | 573 |
        | 4K | No | 6s | 859 |
        | 4K | No | 8s | 1145 |
        | 4K | Yes | 4s | 687 |
        | 4K | Yes | 6s | 1031 |
        | 4K | Yes | 8s | 1375 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 8.
            generate_audio: Server default: False.
            resolution: Server default: '720p'.

        HTTP: ``POST /generate/video/google/veo-3.1-fast``
        """
        return _send(_VEO_3_1_FAST, locals())

    def veo_3_1_fast_and_wait(self, **params: Unpack[Veo31FastAndWaitParams]) -> models.Job:
        """``veo_3_1_fast``, then wait for its job."""
        return _and_wait_one(self.veo_3_1_fast, params, _follow)

    def veo_3_1_lite(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        duration: Literal[4, 6, 8] | NotGiven = NOT_GIVEN,
        resolution: Literal["720p", "1080p"] | NotGiven = NOT_GIVEN,
        end_image: str | None | NotGiven = NOT_GIVEN,
        end_video: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Veo 3.1 Lite

        Faster, affordable Veo 3.1.
        | Resolution | Duration | Compute Units |
        |------------|----------|---------------|
        | 720p | 4s | 68.7 |
        | 720p | 6s | 103 |
        | 720p | 8s | 137 |
        | 1080p | 4s | 115 |
        | 1080p | 6s | 172 |
        | 1080p | 8s | 229 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 8.
            resolution: Server default: '720p'.

        HTTP: ``POST /generate/video/google/veo-3.1-lite``
        """
        return _send(_VEO_3_1_LITE, locals())

    def veo_3_1_lite_and_wait(self, **params: Unpack[Veo31LiteAndWaitParams]) -> models.Job:
        """``veo_3_1_lite``, then wait for its job."""
        return _and_wait_one(self.veo_3_1_lite, params, _follow)

    def seedance_1_0_pro(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: (
            Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | NotGiven
        ) = NOT_GIVEN,
        end_image: str | None | NotGiven = NOT_GIVEN,
        end_video: str | None | NotGiven = NOT_GIVEN,
        reference_images: List[str] | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        resolution: Literal["720p", "1080p"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Seedance Pro

        Fast, high-quality model from ByteDance.
        | Resolution | Duration | Compute Units | Average Completion Time |
        |------------|----------|---------------|-------------------------|
        | 1080p | 5s | ~487 | ~78 seconds |
        | 720p | 5s | ~207 | ~57 seconds |
        | 1080p | 10s | ~947 | ~133 seconds |
        | 720p | 10s | ~389 | ~88 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            resolution: Server default: '720p'.

        HTTP: ``POST /generate/video/bytedance/seedance-1.0-pro``
        """
        return _send(_SEEDANCE_1_0_PRO, locals())

    def seedance_1_0_pro_and_wait(self, **params: Unpack[Seedance10ProAndWaitParams]) -> models.Job:
        """``seedance_1_0_pro``, then wait for its job."""
        return _and_wait_one(self.seedance_1_0_pro, params, _follow)

    def seedance_1_0_pro_fast(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: (
            Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | NotGiven
        ) = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p", "1080p"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Seedance Pro Fast

        Fast and cheap model. Up to 12 seconds.
        | Resolution | Duration | Compute Units | Average Completion Time |
        |------------|----------|---------------|-------------------------|
        | 1080p | 2s | ~79 | ~32 seconds |
        | 480p | 2s | ~16 | ~22 seconds |
        | 720p | 2s | ~34 | ~27 seconds |
        | 480p | 3s | ~23 | ~23 seconds |
        | 720p | 3s | ~50 | ~29 seconds |
        | 1080p | 4s | ~157 | ~44 seconds |
        | 480p | 4s | ~31 | ~28 seconds |
        | 720p | 4s | ~67 | ~35 seconds |
        | 1080p | 5s | ~196 | ~50 seconds |
        | 480p | 5s | ~39 | ~30 seconds |
        | 720p | 5s | ~84 | ~36 seconds |
        | 1080p | 6s | ~234 | ~57 seconds |
        | 480p | 6s | ~46 | ~32 seconds |
        | 720p | 6s | ~101 | ~41 seconds |
        | 720p | 7s | ~115 | ~42 seconds |
        | 1080p | 8s | ~312 | ~78 seconds |
        | 480p | 8s | ~61 | ~35 seconds |
        | 720p | 8s | ~135 | ~48 seconds |
        | 1080p | 10s | ~389 | ~78 seconds |
        | 480p | 10s | ~76 | ~44 seconds |
        | 720p | 10s | ~167 | ~56 seconds |
        | 1080p | 12s | ~466 | ~91 seconds |
        | 480p | 12s | ~92 | ~50 seconds |
        | 720p | 12s | ~200 | ~64 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            resolution: Server default: '720p'.

        HTTP: ``POST /generate/video/bytedance/seedance-1.0-pro-fast``
        """
        return _send(_SEEDANCE_1_0_PRO_FAST, locals())

    def seedance_1_0_pro_fast_and_wait(
        self,
        **params: Unpack[Seedance10ProFastAndWaitParams],
    ) -> models.Job:
        """``seedance_1_0_pro_fast``, then wait for its job."""
        return _and_wait_one(self.seedance_1_0_pro_fast, params, _follow)

    def ltx_video_2_3_22b(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10, 15, 20] | NotGiven = NOT_GIVEN,
        num_frames: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        end_image: str | None | NotGiven = NOT_GIVEN,
        styles: List[models.VideoLtxVideo2322BRequestStyle] | NotGiven = NOT_GIVEN,
        has_lora: bool | NotGiven = NOT_GIVEN,
        preset_styles: List[models.VideoLtxVideo2322BRequestStyle] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """LTX-2.3 22B

        High-quality audio-video model from Lightricks.
        | LoRA | Duration | Compute Units |
        |------|----------|---------------|
        | No | 5s | 103 |
        | No | 10s | 205 |
        | No | 15s | 306 |
        | No | 20s | 408 |
        | Yes | 5s | 116 |
        | Yes | 10s | 231 |
        | Yes | 15s | 344 |
        | Yes | 20s | 459 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.
            generate_audio: Server default: True.
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.

        HTTP: ``POST /generate/video/lightricks/ltx-video-2.3-22b``
        """
        return _send(_LTX_VIDEO_2_3_22B, locals())

    def ltx_video_2_3_22b_and_wait(
        self,
        **params: Unpack[LtxVideo2322bAndWaitParams],
    ) -> models.Job:
        """``ltx_video_2_3_22b``, then wait for its job."""
        return _and_wait_one(self.ltx_video_2_3_22b, params, _follow)

    def ray_2(
        self,
        *,
        prompt: str,
        width: float,
        height: float,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: (
            Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | NotGiven
        ) = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Ray 2

        Older model with natural motion.
        | Duration | Compute Units |
        |----------|---------------|
        | 5s | 229 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            loop: Server default: False.

        HTTP: ``POST /generate/video/luma/ray-2``
        """
        return _send(_RAY_2, locals())

    def ray_2_and_wait(self, **params: Unpack[Ray2AndWaitParams]) -> models.Job:
        """``ray_2``, then wait for its job."""
        return _and_wait_one(self.ray_2, params, _follow)

    def gen_3(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Runway Gen-3

        Old cinematic model, higher consistency.
        | Duration | Compute Units |
        |----------|---------------|
        | 5s | 143 |
        | 10s | 286 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '16:9'.
            duration: Server default: 5.

        HTTP: ``POST /generate/video/runway/gen-3``
        """
        return _send(_GEN_3, locals())

    def gen_3_and_wait(self, **params: Unpack[Gen3AndWaitParams]) -> models.Job:
        """``gen_3``, then wait for its job."""
        return _and_wait_one(self.gen_3, params, _follow)

    def gen_4_video(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1280:720", "720:1280"] | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Runway Gen-4

        Cinematic visuals, weaker structure.
        | Duration | Compute Units |
        |----------|---------------|
        | 5s | 143 |
        | 10s | 286 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '1280:720'.
            duration: Server default: 5.

        HTTP: ``POST /generate/video/runway/gen-4-video``
        """
        return _send(_GEN_4_VIDEO, locals())

    def gen_4_video_and_wait(self, **params: Unpack[Gen4VideoAndWaitParams]) -> models.Job:
        """``gen_4_video``, then wait for its job."""
        return _and_wait_one(self.gen_4_video, params, _follow)

    def gen_4_5(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        aspect_ratio: (
            Literal[
                "1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672", "672:1584"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Runway Gen-4.5

        Frontier model with native text-to-video.
        | Duration | Compute Units |
        |----------|---------------|
        | 2s | 137 |
        | 3s | 206 |
        | 4s | 275 |
        | 5s | 344 |
        | 6s | 412 |
        | 7s | 481 |
        | 8s | 550 |
        | 9s | 619 |
        | 10s | 687 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            aspect_ratio: Server default: '1280:720'.
            duration: Server default: 5.

        HTTP: ``POST /generate/video/runway/gen-4.5``
        """
        return _send(_GEN_4_5, locals())

    def gen_4_5_and_wait(self, **params: Unpack[Gen45AndWaitParams]) -> models.Job:
        """``gen_4_5``, then wait for its job."""
        return _and_wait_one(self.gen_4_5, params, _follow)

    def grok_video(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p"] | NotGiven = NOT_GIVEN,
        aspect_ratio: (
            Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3"] | NotGiven
        ) = NOT_GIVEN,
        reference_images: List[str] | NotGiven = NOT_GIVEN,
        edit_video: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Grok Imagine

        Fast, high-quality video generation by xAI.
        | Resolution | Duration | Compute Units |
        |------------|----------|---------------|
        | 480p | 1s | 28.6 |
        | 480p | 2s | 57.3 |
        | 480p | 3s | 85.9 |
        | 480p | 4s | 115 |
        | 480p | 5s | 143 |
        | 480p | 6s | 172 |
        | 480p | 7s | 200 |
        | 480p | 8s | 229 |
        | 480p | 9s | 258 |
        | 480p | 10s | 286 |
        | 480p | 11s | 315 |
        | 480p | 12s | 344 |
        | 480p | 13s | 372 |
        | 480p | 14s | 401 |
        | 480p | 15s | 430 |
        | 720p | 1s | 40.1 |
        | 720p | 2s | 80.2 |
        | 720p | 3s | 120 |
        | 720p | 4s | 160 |
        | 720p | 5s | 200 |
        | 720p | 6s | 241 |
        | 720p | 7s | 281 |
        | 720p | 8s | 321 |
        | 720p | 9s | 361 |
        | 720p | 10s | 401 |
        | 720p | 11s | 441 |
        | 720p | 12s | 481 |
        | 720p | 13s | 521 |
        | 720p | 14s | 561 |
        | 720p | 15s | 601 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            duration: Server default: 6.
            resolution: Server default: '720p'.

        HTTP: ``POST /generate/video/xai/grok-video``
        """
        return _send(_GROK_VIDEO, locals())

    def grok_video_and_wait(self, **params: Unpack[GrokVideoAndWaitParams]) -> models.Job:
        """``grok_video``, then wait for its job."""
        return _and_wait_one(self.grok_video, params, _follow)

    def aleph(
        self,
        *,
        prompt: str,
        init_video: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: str | None | NotGiven = NOT_GIVEN,
        start_video: str | None | NotGiven = NOT_GIVEN,
        init_image_url: str | NotGiven = NOT_GIVEN,
        references: List[models.Reference] | NotGiven = NOT_GIVEN,
        ratio: (
            Literal[
                "1280:720",
                "720:1280",
                "1104:832",
                "960:960",
                "832:1104",
                "1584:672",
                "848:480",
                "640:480",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Runway Aleph

        Runway's Gen-4 Aleph model for advanced video-to-video transformation

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            ratio: Server default: '1280:720'.

        HTTP: ``POST /generate/video/runway/aleph``
        """
        return _send(_ALEPH, locals())

    def aleph_and_wait(self, **params: Unpack[AlephAndWaitParams]) -> models.Job:
        """``aleph``, then wait for its job."""
        return _and_wait_one(self.aleph, params, _follow)

    @property
    def with_raw_response(self) -> VideosResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return VideosResourceWithRawResponse(self)


class AsyncVideosResource(AsyncResource):
    """Video generation endpoints"""

    kling_1 = _awaitable(VideosResource.kling_1)

    kling_1_and_wait = _awaitable(VideosResource.kling_1_and_wait)

    kling_1_5 = _awaitable(VideosResource.kling_1_5)

    kling_1_5_and_wait = _awaitable(VideosResource.kling_1_5_and_wait)

    kling_1_6 = _awaitable(VideosResource.kling_1_6)

    kling_1_6_and_wait = _awaitable(VideosResource.kling_1_6_and_wait)

    kling_2 = _awaitable(VideosResource.kling_2)

    kling_2_and_wait = _awaitable(VideosResource.kling_2_and_wait)

    kling_2_1 = _awaitable(VideosResource.kling_2_1)

    kling_2_1_and_wait = _awaitable(VideosResource.kling_2_1_and_wait)

    kling_2_5 = _awaitable(VideosResource.kling_2_5)

    kling_2_5_and_wait = _awaitable(VideosResource.kling_2_5_and_wait)

    kling_2_6 = _awaitable(VideosResource.kling_2_6)

    kling_2_6_and_wait = _awaitable(VideosResource.kling_2_6_and_wait)

    kling_3_0 = _awaitable(VideosResource.kling_3_0)

    kling_3_0_and_wait = _awaitable(VideosResource.kling_3_0_and_wait)

    kling_o1 = _awaitable(VideosResource.kling_o1)

    kling_o1_and_wait = _awaitable(VideosResource.kling_o1_and_wait)

    hailuo = _awaitable(VideosResource.hailuo)

    hailuo_and_wait = _awaitable(VideosResource.hailuo_and_wait)

    hailuo_02 = _awaitable(VideosResource.hailuo_02)

    hailuo_02_and_wait = _awaitable(VideosResource.hailuo_02_and_wait)

    hailuo_2_3 = _awaitable(VideosResource.hailuo_2_3)

    hailuo_2_3_and_wait = _awaitable(VideosResource.hailuo_2_3_and_wait)

    hailuo_2_3_fast = _awaitable(VideosResource.hailuo_2_3_fast)

    hailuo_2_3_fast_and_wait = _awaitable(VideosResource.hailuo_2_3_fast_and_wait)

    wan_2_1 = _awaitable(VideosResource.wan_2_1)

    wan_2_1_and_wait = _awaitable(VideosResource.wan_2_1_and_wait)

    wan_2_2 = _awaitable(VideosResource.wan_2_2)

    wan_2_2_and_wait = _awaitable(VideosResource.wan_2_2_and_wait)

    wan_2_5 = _awaitable(VideosResource.wan_2_5)

    wan_2_5_and_wait = _awaitable(VideosResource.wan_2_5_and_wait)

    veo_2 = _awaitable(VideosResource.veo_2)

    veo_2_and_wait = _awaitable(VideosResource.veo_2_and_wait)

    veo_3 = _awaitable(VideosResource.veo_3)

    veo_3_and_wait = _awaitable(VideosResource.veo_3_and_wait)

    veo_3_fast = _awaitable(VideosResource.veo_3_fast)

    veo_3_fast_and_wait = _awaitable(VideosResource.veo_3_fast_and_wait)

    veo_3_1 = _awaitable(VideosResource.veo_3_1)

    veo_3_1_and_wait = _awaitable(VideosResource.veo_3_1_and_wait)

    veo_3_1_fast = _awaitable(VideosResource.veo_3_1_fast)

    veo_3_1_fast_and_wait = _awaitable(VideosResource.veo_3_1_fast_and_wait)

    veo_3_1_lite = _awaitable(VideosResource.veo_3_1_lite)

    veo_3_1_lite_and_wait = _awaitable(VideosResource.veo_3_1_lite_and_wait)

    seedance_1_0_pro = _awaitable(VideosResource.seedance_1_0_pro)

    seedance_1_0_pro_and_wait = _awaitable(VideosResource.seedance_1_0_pro_and_wait)

    seedance_1_0_pro_fast = _awaitable(VideosResource.seedance_1_0_pro_fast)

    seedance_1_0_pro_fast_and_wait = _awaitable(VideosResource.seedance_1_0_pro_fast_and_wait)

    ltx_video_2_3_22b = _awaitable(VideosResource.ltx_video_2_3_22b)

    ltx_video_2_3_22b_and_wait = _awaitable(VideosResource.ltx_video_2_3_22b_and_wait)

    ray_2 = _awaitable(VideosResource.ray_2)

    ray_2_and_wait = _awaitable(VideosResource.ray_2_and_wait)

    gen_3 = _awaitable(VideosResource.gen_3)

    gen_3_and_wait = _awaitable(VideosResource.gen_3_and_wait)

    gen_4_video = _awaitable(VideosResource.gen_4_video)

    gen_4_video_and_wait = _awaitable(VideosResource.gen_4_video_and_wait)

    gen_4_5 = _awaitable(VideosResource.gen_4_5)

    gen_4_5_and_wait = _awaitable(VideosResource.gen_4_5_and_wait)

    grok_video = _awaitable(VideosResource.grok_video)

    grok_video_and_wait = _awaitable(VideosResource.grok_video_and_wait)

    aleph = _awaitable(VideosResource.aleph)

    aleph_and_wait = _awaitable(VideosResource.aleph_and_wait)

    @property
    def with_raw_response(self) -> AsyncVideosResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncVideosResourceWithRawResponse(self)


class VideosResourceWithRawResponse(RawMethods):
    """See ``VideosResource.with_raw_response``."""

    kling_1 = _raw(VideosResource.kling_1)
    kling_1_5 = _raw(VideosResource.kling_1_5)
    kling_1_6 = _raw(VideosResource.kling_1_6)
    kling_2 = _raw(VideosResource.kling_2)
    kling_2_1 = _raw(VideosResource.kling_2_1)
    kling_2_5 = _raw(VideosResource.kling_2_5)
    kling_2_6 = _raw(VideosResource.kling_2_6)
    kling_3_0 = _raw(VideosResource.kling_3_0)
    kling_o1 = _raw(VideosResource.kling_o1)
    hailuo = _raw(VideosResource.hailuo)
    hailuo_02 = _raw(VideosResource.hailuo_02)
    hailuo_2_3 = _raw(VideosResource.hailuo_2_3)
    hailuo_2_3_fast = _raw(VideosResource.hailuo_2_3_fast)
    wan_2_1 = _raw(VideosResource.wan_2_1)
    wan_2_2 = _raw(VideosResource.wan_2_2)
    wan_2_5 = _raw(VideosResource.wan_2_5)
    veo_2 = _raw(VideosResource.veo_2)
    veo_3 = _raw(VideosResource.veo_3)
    veo_3_fast = _raw(VideosResource.veo_3_fast)
    veo_3_1 = _raw(VideosResource.veo_3_1)
    veo_3_1_fast = _raw(VideosResource.veo_3_1_fast)
    veo_3_1_lite = _raw(VideosResource.veo_3_1_lite)
    seedance_1_0_pro = _raw(VideosResource.seedance_1_0_pro)
    seedance_1_0_pro_fast = _raw(VideosResource.seedance_1_0_pro_fast)
    ltx_video_2_3_22b = _raw(VideosResource.ltx_video_2_3_22b)
    ray_2 = _raw(VideosResource.ray_2)
    gen_3 = _raw(VideosResource.gen_3)
    gen_4_video = _raw(VideosResource.gen_4_video)
    gen_4_5 = _raw(VideosResource.gen_4_5)
    grok_video = _raw(VideosResource.grok_video)
    aleph = _raw(VideosResource.aleph)


class AsyncVideosResourceWithRawResponse(RawMethods):
    """See ``AsyncVideosResource.with_raw_response``."""

    kling_1 = _async_raw(AsyncVideosResource.kling_1)
    kling_1_5 = _async_raw(AsyncVideosResource.kling_1_5)
    kling_1_6 = _async_raw(AsyncVideosResource.kling_1_6)
    kling_2 = _async_raw(AsyncVideosResource.kling_2)
    kling_2_1 = _async_raw(AsyncVideosResource.kling_2_1)
    kling_2_5 = _async_raw(AsyncVideosResource.kling_2_5)
    kling_2_6 = _async_raw(AsyncVideosResource.kling_2_6)
    kling_3_0 = _async_raw(AsyncVideosResource.kling_3_0)
    kling_o1 = _async_raw(AsyncVideosResource.kling_o1)
    hailuo = _async_raw(AsyncVideosResource.hailuo)
    hailuo_02 = _async_raw(AsyncVideosResource.hailuo_02)
    hailuo_2_3 = _async_raw(AsyncVideosResource.hailuo_2_3)
    hailuo_2_3_fast = _async_raw(AsyncVideosResource.hailuo_2_3_fast)
    wan_2_1 = _async_raw(AsyncVideosResource.wan_2_1)
    wan_2_2 = _async_raw(AsyncVideosResource.wan_2_2)
    wan_2_5 = _async_raw(AsyncVideosResource.wan_2_5)
    veo_2 = _async_raw(AsyncVideosResource.veo_2)
    veo_3 = _async_raw(AsyncVideosResource.veo_3)
    veo_3_fast = _async_raw(AsyncVideosResource.veo_3_fast)
    veo_3_1 = _async_raw(AsyncVideosResource.veo_3_1)
    veo_3_1_fast = _async_raw(AsyncVideosResource.veo_3_1_fast)
    veo_3_1_lite = _async_raw(AsyncVideosResource.veo_3_1_lite)
    seedance_1_0_pro = _async_raw(AsyncVideosResource.seedance_1_0_pro)
    seedance_1_0_pro_fast = _async_raw(AsyncVideosResource.seedance_1_0_pro_fast)
    ltx_video_2_3_22b = _async_raw(AsyncVideosResource.ltx_video_2_3_22b)
    ray_2 = _async_raw(AsyncVideosResource.ray_2)
    gen_3 = _async_raw(AsyncVideosResource.gen_3)
    gen_4_video = _async_raw(AsyncVideosResource.gen_4_video)
    gen_4_5 = _async_raw(AsyncVideosResource.gen_4_5)
    grok_video = _async_raw(AsyncVideosResource.grok_video)
    aleph = _async_raw(AsyncVideosResource.aleph)


_follow = Follow("job_id", JobsResource, AsyncJobsResource)
