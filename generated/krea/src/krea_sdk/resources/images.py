"""Image generation endpoints"""

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

__all__ = ["ImagesResource", "AsyncImagesResource"]


_FLUX_1_DEV = Endpoint(
    "POST",
    "/generate/image/bfl/flux-1-dev",
    models.CreatedJob,
    models.ImageFlux1DevParams,
    models.ImageFlux1DevRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    aliases=(
        (
            "preset_styles",
            "styles",
            "2026-06-19",
            "https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        ),
        (
            "image_style_refs",
            "image_style_references",
            "2026-06-19",
            "https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        ),
    ),
    job_id_path="job_id",
)
_FLUX_1_KONTEXT_DEV = Endpoint(
    "POST",
    "/generate/image/bfl/flux-1-kontext-dev",
    models.CreatedJob,
    models.ImageFlux1KontextDevParams,
    models.ImageFlux1KontextDevRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_NANO_BANANA_PRO = Endpoint(
    "POST",
    "/generate/image/google/nano-banana-pro",
    models.CreatedJob,
    models.ImageNanoBananaProParams,
    models.ImageNanoBananaProRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_NANO_BANANA_2 = Endpoint(
    "POST",
    "/generate/image/google/nano-banana-2",
    models.CreatedJob,
    models.ImageNanoBanana2Params,
    models.ImageNanoBanana2Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_NANO_BANANA = Endpoint(
    "POST",
    "/generate/image/google/nano-banana",
    models.CreatedJob,
    models.ImageNanoBananaParams,
    models.ImageNanoBananaRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_FLUX_1_1_PRO = Endpoint(
    "POST",
    "/generate/image/bfl/flux-1.1-pro",
    models.CreatedJob,
    models.ImageFlux11ProParams,
    models.ImageFlux11ProRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_FLUX_1_1_PRO_ULTRA = Endpoint(
    "POST",
    "/generate/image/bfl/flux-1.1-pro-ultra",
    models.CreatedJob,
    models.ImageFlux11ProUltraParams,
    models.ImageFlux11ProUltraRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_IDEOGRAM_2_TURBO = Endpoint(
    "POST",
    "/generate/image/ideogram/ideogram-2-turbo",
    models.CreatedJob,
    models.ImageIdeogram2TurboParams,
    models.ImageIdeogram2TurboRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_IDEOGRAM_3 = Endpoint(
    "POST",
    "/generate/image/ideogram/ideogram-3",
    models.CreatedJob,
    models.ImageIdeogram3Params,
    models.ImageIdeogram3Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_IMAGEN_3 = Endpoint(
    "POST",
    "/generate/image/google/imagen-3",
    models.CreatedJob,
    models.ImageImagen3Params,
    models.ImageImagen3Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_IMAGEN_4 = Endpoint(
    "POST",
    "/generate/image/google/imagen-4",
    models.CreatedJob,
    models.ImageImagen4Params,
    models.ImageImagen4Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_IMAGEN_4_FAST = Endpoint(
    "POST",
    "/generate/image/google/imagen-4-fast",
    models.CreatedJob,
    models.ImageImagen4FastParams,
    models.ImageImagen4FastRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_IMAGEN_4_ULTRA = Endpoint(
    "POST",
    "/generate/image/google/imagen-4-ultra",
    models.CreatedJob,
    models.ImageImagen4UltraParams,
    models.ImageImagen4UltraRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_GEN_4_IMAGE = Endpoint(
    "POST",
    "/generate/image/runway/gen-4-image",
    models.CreatedJob,
    models.ImageGen4ImageParams,
    models.ImageGen4ImageRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_GPT_IMAGE = Endpoint(
    "POST",
    "/generate/image/openai/gpt-image",
    models.CreatedJob,
    models.ImageGptImageParams,
    models.ImageGptImageRequest,
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
_GPT_IMAGE_2 = Endpoint(
    "POST",
    "/generate/image/openai/gpt-image-2",
    models.CreatedJob,
    models.ImageGptImage2Params,
    models.ImageGptImage2Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_UNI_1 = Endpoint(
    "POST",
    "/generate/image/luma/uni-1",
    models.CreatedJob,
    models.ImageUni1Params,
    models.ImageUni1Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_SEEDREAM_4 = Endpoint(
    "POST",
    "/generate/image/bytedance/seedream-4",
    models.CreatedJob,
    models.ImageSeedream4Params,
    models.ImageSeedream4Request,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_SEEDREAM_5_LITE = Endpoint(
    "POST",
    "/generate/image/bytedance/seedream-5-lite",
    models.CreatedJob,
    models.ImageSeedream5LiteParams,
    models.ImageSeedream5LiteRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_QWEN_2512 = Endpoint(
    "POST",
    "/generate/image/qwen/2512",
    models.CreatedJob,
    models.ImageQwen2512Params,
    models.ImageQwen2512Request,
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
_Z_IMAGE = Endpoint(
    "POST",
    "/generate/image/z-image/z-image",
    models.CreatedJob,
    models.ImageZImageParams,
    models.ImageZImageRequest,
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
_SEEDEDIT = Endpoint(
    "POST",
    "/generate/image/bytedance/seededit",
    models.CreatedJob,
    models.ImageSeededitParams,
    models.ImageSeededitRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)


class Flux1DevAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    strength: float | NotGiven
    seed: float | NotGiven
    steps: int | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    guidance_scale_flux: float | NotGiven
    image_url: str | None | NotGiven
    styles: List[models.ImageFlux1DevRequestStyle] | NotGiven
    style_images: List[models.StyleImage] | NotGiven
    image_style_references: List[models.ImageStyleReference] | NotGiven


class Flux1KontextDevAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    strength: float | NotGiven
    seed: float | NotGiven
    steps: int | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    guidance_scale_flux: float | NotGiven
    image_url: str | None | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class NanoBananaProAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    image_urls: List[str] | NotGiven
    aspect_ratio: (
        Literal["21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16"] | NotGiven
    )
    resolution: Literal["1K", "2K", "4K"] | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class NanoBanana2AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    image_urls: List[str] | NotGiven
    aspect_ratio: (
        Literal[
            "4:1",
            "21:9",
            "1:1",
            "4:3",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "3:4",
            "16:9",
            "9:16",
            "1:4",
            "1:8",
        ]
        | NotGiven
    )
    resolution: Literal["1K", "2K", "4K"] | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class NanoBananaAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    image_urls: List[str] | NotGiven
    aspect_ratio: (
        Literal["21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16"] | NotGiven
    )
    style_images: List[models.StyleImage] | NotGiven


class Flux11ProAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    width: Required[float]
    height: Required[float]
    webhook_url: str | NotGiven
    seed: float | NotGiven


class Flux11ProUltraAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    seed: float | NotGiven
    raw: bool | NotGiven


class Ideogram2TurboAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    seed: float | NotGiven


class Ideogram3AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    seed: float | NotGiven
    character_reference_images: List[str] | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class Imagen3AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    seed: float | NotGiven


class Imagen4AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    seed: float | NotGiven


class Imagen4FastAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    seed: float | NotGiven


class Imagen4UltraAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    seed: float | NotGiven


class Gen4ImageAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    reference_images: Required[List[models.ReferenceImage]]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    seed: float | NotGiven


class GptImageAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    quality: Literal["low", "medium", "high", "auto"] | NotGiven
    image_urls: List[str] | NotGiven
    styles: List[models.ImageGptImageRequestStyle] | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class GptImage2AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    width: Required[float]
    height: Required[float]
    webhook_url: str | NotGiven
    quality: Literal["low", "medium", "high", "auto"] | NotGiven
    image_urls: List[str] | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class Uni1AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    width: float | NotGiven
    height: float | NotGiven
    mode: Literal["standard", "max"] | NotGiven
    style: Literal["auto", "manga"] | NotGiven
    output_format: Literal["png", "jpeg"] | None | NotGiven
    web_search: bool | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class Seedream4AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    width: Required[float]
    height: Required[float]
    webhook_url: str | NotGiven
    seed: float | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class Seedream5LiteAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    width: Required[float]
    height: Required[float]
    webhook_url: str | NotGiven
    seed: float | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class Qwen2512AndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    webhook_url: str | NotGiven
    negative_prompt: str | NotGiven
    width: int | NotGiven
    height: int | NotGiven
    num_inference_steps: int | NotGiven
    cfg_scale: float | NotGiven
    seed: float | NotGiven
    skip_prompt_expansion: bool | NotGiven
    styles: List[models.ImageQwen2512RequestStyle] | NotGiven


class ZImageAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    aspect_ratio: Required[Literal["1:1", "4:3", "2:3", "16:9", "9:16"]]
    resolution: Required[Literal["1K"]]
    webhook_url: str | NotGiven
    seed: float | NotGiven
    denoising_strength: float | NotGiven
    styles: List[models.ImageZImageRequestStyle] | NotGiven
    skip_prompt_expansion: bool | NotGiven
    image_url: str | None | NotGiven
    style_images: List[models.StyleImage] | NotGiven


class SeededitAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    prompt: Required[str]
    image_url: Required[str]
    webhook_url: str | NotGiven
    seed: float | NotGiven


class ImagesResource(SyncResource):
    """Image generation endpoints"""

    def flux_1_dev(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        guidance_scale_flux: float | NotGiven = NOT_GIVEN,
        image_url: str | None | NotGiven = NOT_GIVEN,
        styles: List[models.ImageFlux1DevRequestStyle] | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        image_style_references: List[models.ImageStyleReference] | NotGiven = NOT_GIVEN,
        preset_styles: List[models.ImageFlux1DevRequestStyle] | NotGiven = NOT_GIVEN,
        image_style_refs: List[models.ImageStyleReference] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Flux

        Fast model. Best for LoRAs.
        | Compute Units | Average Completion Time |
        |---------------|-------------------------|
        | ~3 | ~7 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            strength: Server default: 1.
            seed: Server default: 3317551338.
            steps: Server default: 25.
            width: Server default: 1024.
            height: Server default: 1024.
            guidance_scale_flux: Server default: 3.
            styles: Styles (typically LoRAs) to use for the generation
            style_images: Image prompts to use for the generation
            image_style_references: Style references to use for the generation
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.
            image_style_refs: Deprecated alias of ``image_style_references`` (sunset 2026-06-19); warns and sends ``image_style_references``.

        HTTP: ``POST /generate/image/bfl/flux-1-dev``
        """
        return _send(_FLUX_1_DEV, locals())

    def flux_1_dev_and_wait(self, **params: Unpack[Flux1DevAndWaitParams]) -> models.Job:
        """``flux_1_dev``, then wait for its job."""
        return _and_wait_one(self.flux_1_dev, params, _follow)

    def flux_1_kontext_dev(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        guidance_scale_flux: float | NotGiven = NOT_GIVEN,
        image_url: str | None | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Flux Kontext

        Frontier model designed for image editing, optimized for Krea
        | Compute Units | Average Completion Time |
        |---------------|-------------------------|
        | ~6 | ~23 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            strength: Server default: 1.
            seed: Server default: 3261419148.
            steps: Server default: 25.
            width: Server default: 1024.
            height: Server default: 1024.
            guidance_scale_flux: Server default: 3.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/bfl/flux-1-kontext-dev``
        """
        return _send(_FLUX_1_KONTEXT_DEV, locals())

    def flux_1_kontext_dev_and_wait(
        self,
        **params: Unpack[Flux1KontextDevAndWaitParams],
    ) -> models.Job:
        """``flux_1_kontext_dev``, then wait for its job."""
        return _and_wait_one(self.flux_1_kontext_dev, params, _follow)

    def nano_banana_pro(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        image_urls: List[str] | NotGiven = NOT_GIVEN,
        aspect_ratio: (
            Literal["21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16"]
            | NotGiven
        ) = NOT_GIVEN,
        resolution: Literal["1K", "2K", "4K"] | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Nano Banana Pro

        World's most intelligent model.
        | Resolution | Compute Units |
        |------------|---------------|
        | 1K | 60.1 |
        | 2K | 60.1 |
        | 4K | 120 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            resolution: Server default: '1K'.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/google/nano-banana-pro``
        """
        return _send(_NANO_BANANA_PRO, locals())

    def nano_banana_pro_and_wait(self, **params: Unpack[NanoBananaProAndWaitParams]) -> models.Job:
        """``nano_banana_pro``, then wait for its job."""
        return _and_wait_one(self.nano_banana_pro, params, _follow)

    def nano_banana_2(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        image_urls: List[str] | NotGiven = NOT_GIVEN,
        aspect_ratio: (
            Literal[
                "4:1",
                "21:9",
                "1:1",
                "4:3",
                "3:2",
                "2:3",
                "5:4",
                "4:5",
                "3:4",
                "16:9",
                "9:16",
                "1:4",
                "1:8",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        resolution: Literal["1K", "2K", "4K"] | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Nano Banana 2

        Cheaper quality version of Nano Banana.
        | Resolution | Compute Units |
        |------------|---------------|
        | 1K | 34.4 |
        | 2K | 57.8 |
        | 4K | 86.5 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            resolution: Server default: '1K'.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/google/nano-banana-2``
        """
        return _send(_NANO_BANANA_2, locals())

    def nano_banana_2_and_wait(self, **params: Unpack[NanoBanana2AndWaitParams]) -> models.Job:
        """``nano_banana_2``, then wait for its job."""
        return _and_wait_one(self.nano_banana_2, params, _follow)

    def nano_banana(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        image_urls: List[str] | NotGiven = NOT_GIVEN,
        aspect_ratio: (
            Literal["21:9", "1:1", "4:3", "3:2", "2:3", "5:4", "4:5", "3:4", "16:9", "9:16"]
            | NotGiven
        ) = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Nano Banana

        Most versatile intelligent model.
        | Compute Units |
        |---------------|
        | 22.3 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/google/nano-banana``
        """
        return _send(_NANO_BANANA, locals())

    def nano_banana_and_wait(self, **params: Unpack[NanoBananaAndWaitParams]) -> models.Job:
        """``nano_banana``, then wait for its job."""
        return _and_wait_one(self.nano_banana, params, _follow)

    def flux_1_1_pro(
        self,
        *,
        prompt: str,
        width: float,
        height: float,
        webhook_url: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Flux 1.1 Pro

        Advanced yet efficent model from BFL.
        | Compute Units |
        |---------------|
        | 22.9 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.

        HTTP: ``POST /generate/image/bfl/flux-1.1-pro``
        """
        return _send(_FLUX_1_1_PRO, locals())

    def flux_1_1_pro_and_wait(self, **params: Unpack[Flux11ProAndWaitParams]) -> models.Job:
        """``flux_1_1_pro``, then wait for its job."""
        return _and_wait_one(self.flux_1_1_pro, params, _follow)

    def flux_1_1_pro_ultra(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        raw: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Flux 1.1 Pro Ultra

        BFL's highest quality text to image model.
        | Compute Units |
        |---------------|
        | 34.4 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.
            raw: Server default: True.

        HTTP: ``POST /generate/image/bfl/flux-1.1-pro-ultra``
        """
        return _send(_FLUX_1_1_PRO_ULTRA, locals())

    def flux_1_1_pro_ultra_and_wait(
        self,
        **params: Unpack[Flux11ProUltraAndWaitParams],
    ) -> models.Job:
        """``flux_1_1_pro_ultra``, then wait for its job."""
        return _and_wait_one(self.flux_1_1_pro_ultra, params, _follow)

    def ideogram_2_turbo(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Ideogram 2.0A Turbo

        Distilled version of Ideogram 2.0
        | Compute Units |
        |---------------|
        | 14.3 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.

        HTTP: ``POST /generate/image/ideogram/ideogram-2-turbo``
        """
        return _send(_IDEOGRAM_2_TURBO, locals())

    def ideogram_2_turbo_and_wait(
        self,
        **params: Unpack[Ideogram2TurboAndWaitParams],
    ) -> models.Job:
        """``ideogram_2_turbo``, then wait for its job."""
        return _and_wait_one(self.ideogram_2_turbo, params, _follow)

    def ideogram_3(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        character_reference_images: List[str] | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Ideogram 3.0

        Highly aesthetic, general-purpose model.
        | Character Reference | Compute Units |
        |---------------------|---------------|
        | Yes | 85.9 |
        | No | 34.4 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/ideogram/ideogram-3``
        """
        return _send(_IDEOGRAM_3, locals())

    def ideogram_3_and_wait(self, **params: Unpack[Ideogram3AndWaitParams]) -> models.Job:
        """``ideogram_3``, then wait for its job."""
        return _and_wait_one(self.ideogram_3, params, _follow)

    def imagen_3(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Imagen 3

        Google's previous generation image model.
        | Model | Compute Units |
        |-------|---------------|
        | Standard | 22.9 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.

        HTTP: ``POST /generate/image/google/imagen-3``
        """
        return _send(_IMAGEN_3, locals())

    def imagen_3_and_wait(self, **params: Unpack[Imagen3AndWaitParams]) -> models.Job:
        """``imagen_3``, then wait for its job."""
        return _and_wait_one(self.imagen_3, params, _follow)

    def imagen_4(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Imagen 4

        Google's current generation image model
        | Compute Units |
        |---------------|
        | 22.9 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.

        HTTP: ``POST /generate/image/google/imagen-4``
        """
        return _send(_IMAGEN_4, locals())

    def imagen_4_and_wait(self, **params: Unpack[Imagen4AndWaitParams]) -> models.Job:
        """``imagen_4``, then wait for its job."""
        return _and_wait_one(self.imagen_4, params, _follow)

    def imagen_4_fast(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Imagen 4 Fast

        Google's fastest image model
        | Compute Units |
        |---------------|
        | 11.5 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.

        HTTP: ``POST /generate/image/google/imagen-4-fast``
        """
        return _send(_IMAGEN_4_FAST, locals())

    def imagen_4_fast_and_wait(self, **params: Unpack[Imagen4FastAndWaitParams]) -> models.Job:
        """``imagen_4_fast``, then wait for its job."""
        return _and_wait_one(self.imagen_4_fast, params, _follow)

    def imagen_4_ultra(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Imagen 4 Ultra

        Google's best image model
        | Compute Units |
        |---------------|
        | 34.4 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.

        HTTP: ``POST /generate/image/google/imagen-4-ultra``
        """
        return _send(_IMAGEN_4_ULTRA, locals())

    def imagen_4_ultra_and_wait(self, **params: Unpack[Imagen4UltraAndWaitParams]) -> models.Job:
        """``imagen_4_ultra``, then wait for its job."""
        return _and_wait_one(self.imagen_4_ultra, params, _follow)

    def gen_4_image(
        self,
        *,
        prompt: str,
        reference_images: List[models.ReferenceImage],
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Runway Gen-4

        Cinematic image model with references.
        | Compute Units | Average Completion Time |
        |---------------|-------------------------|
        | ~44 | ~38 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.

        HTTP: ``POST /generate/image/runway/gen-4-image``
        """
        return _send(_GEN_4_IMAGE, locals())

    def gen_4_image_and_wait(self, **params: Unpack[Gen4ImageAndWaitParams]) -> models.Job:
        """``gen_4_image``, then wait for its job."""
        return _and_wait_one(self.gen_4_image, params, _follow)

    def gpt_image(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        image_urls: List[str] | NotGiven = NOT_GIVEN,
        styles: List[models.ImageGptImageRequestStyle] | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        preset_styles: List[models.ImageGptImageRequestStyle] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """ChatGPT Image

        Original ChatGPT image model.
        | Compute Units | Average Completion Time |
        |---------------|-------------------------|
        | ~179 | ~72 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            quality: Server default: 'auto'.
            style_images: Image prompts to use for the generation
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.

        HTTP: ``POST /generate/image/openai/gpt-image``
        """
        return _send(_GPT_IMAGE, locals())

    def gpt_image_and_wait(self, **params: Unpack[GptImageAndWaitParams]) -> models.Job:
        """``gpt_image``, then wait for its job."""
        return _and_wait_one(self.gpt_image, params, _follow)

    def gpt_image_2(
        self,
        *,
        prompt: str,
        width: float,
        height: float,
        webhook_url: str | NotGiven = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        image_urls: List[str] | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """ChatGPT 2

        Smart powerful model for editing.
        | Compute Units | Average Completion Time |
        |---------------|-------------------------|
        | ~127 | ~55 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            quality: Server default: 'high'.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/openai/gpt-image-2``
        """
        return _send(_GPT_IMAGE_2, locals())

    def gpt_image_2_and_wait(self, **params: Unpack[GptImage2AndWaitParams]) -> models.Job:
        """``gpt_image_2``, then wait for its job."""
        return _and_wait_one(self.gpt_image_2, params, _follow)

    def uni_1(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        mode: Literal["standard", "max"] | NotGiven = NOT_GIVEN,
        style: Literal["auto", "manga"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg"] | None | NotGiven = NOT_GIVEN,
        web_search: bool | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Luma UNI-1

        Reasoning image model for prompt-faithful text to image.
        | Mode | Reference Images | Compute Units |
        |------|------------------|---------------|
        | standard | 0 | 23.1 |
        | standard | 1 | 24.9 |
        | standard | 2 | 26.6 |
        | standard | 3 | 28.3 |
        | standard | 4 | 30.0 |
        | standard | 5 | 31.7 |
        | standard | 6 | 33.4 |
        | standard | 7 | 35.2 |
        | standard | 8 | 36.9 |
        | standard | 9 | 38.6 |
        | max | 0 | 57.3 |
        | max | 1 | 59.0 |
        | max | 2 | 60.7 |
        | max | 3 | 62.4 |
        | max | 4 | 64.1 |
        | max | 5 | 65.9 |
        | max | 6 | 67.6 |
        | max | 7 | 69.3 |
        | max | 8 | 71.0 |
        | max | 9 | 72.7 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            mode: Server default: 'standard'.
            style: Server default: 'auto'.
            web_search: Server default: False.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/luma/uni-1``
        """
        return _send(_UNI_1, locals())

    def uni_1_and_wait(self, **params: Unpack[Uni1AndWaitParams]) -> models.Job:
        """``uni_1``, then wait for its job."""
        return _and_wait_one(self.uni_1, params, _follow)

    def seedream_4(
        self,
        *,
        prompt: str,
        width: float,
        height: float,
        webhook_url: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Seedream 4

        New high quality model for photorealism and text rendering
        | Compute Units |
        |---------------|
        | 17.2 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/bytedance/seedream-4``
        """
        return _send(_SEEDREAM_4, locals())

    def seedream_4_and_wait(self, **params: Unpack[Seedream4AndWaitParams]) -> models.Job:
        """``seedream_4``, then wait for its job."""
        return _and_wait_one(self.seedream_4, params, _follow)

    def seedream_5_lite(
        self,
        *,
        prompt: str,
        width: float,
        height: float,
        webhook_url: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Seedream 5 Lite

        Medium quality model with reasoning and web search.
        | Compute Units |
        |---------------|
        | 20.0 |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        HTTP: ``POST /generate/image/bytedance/seedream-5-lite``
        """
        return _send(_SEEDREAM_5_LITE, locals())

    def seedream_5_lite_and_wait(self, **params: Unpack[Seedream5LiteAndWaitParams]) -> models.Job:
        """``seedream_5_lite``, then wait for its job."""
        return _and_wait_one(self.seedream_5_lite, params, _follow)

    def qwen_2512(
        self,
        *,
        prompt: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        cfg_scale: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        skip_prompt_expansion: bool | NotGiven = NOT_GIVEN,
        styles: List[models.ImageQwen2512RequestStyle] | NotGiven = NOT_GIVEN,
        preset_styles: List[models.ImageQwen2512RequestStyle] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Qwen 2512

        Affordable medium quality model.
        | Compute Units | Average Completion Time |
        |---------------|-------------------------|
        | ~9 | ~22 seconds |

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            negative_prompt: Server default: ''.
            width: Server default: 1024.
            height: Server default: 1024.
            num_inference_steps: Server default: 30.
            cfg_scale: Server default: 4.
            styles: Styles (typically LoRAs) to use for the generation
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.

        HTTP: ``POST /generate/image/qwen/2512``
        """
        return _send(_QWEN_2512, locals())

    def qwen_2512_and_wait(self, **params: Unpack[Qwen2512AndWaitParams]) -> models.Job:
        """``qwen_2512``, then wait for its job."""
        return _and_wait_one(self.qwen_2512, params, _follow)

    def z_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "2:3", "16:9", "9:16"],
        resolution: Literal["1K"],
        webhook_url: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        denoising_strength: float | NotGiven = NOT_GIVEN,
        styles: List[models.ImageZImageRequestStyle] | NotGiven = NOT_GIVEN,
        skip_prompt_expansion: bool | NotGiven = NOT_GIVEN,
        image_url: str | None | NotGiven = NOT_GIVEN,
        style_images: List[models.StyleImage] | NotGiven = NOT_GIVEN,
        preset_styles: List[models.ImageZImageRequestStyle] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Z Image

        Fastest model. Realistic, low diversity.
        | Compute Units | Average Completion Time |
        |---------------|-------------------------|
        | ~1 | ~5 seconds |

        Args:
            aspect_ratio: Aspect ratio. One of: 1:1, 4:3, 2:3, 16:9, 9:16.
            resolution: Resolution scale. One of: 1K.
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            denoising_strength: Server default: 0.6.
            styles: Styles (typically LoRAs) to use for the generation
            skip_prompt_expansion: Server default: False.
            style_images: Image prompts to use for the generation
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.

        HTTP: ``POST /generate/image/z-image/z-image``
        """
        return _send(_Z_IMAGE, locals())

    def z_image_and_wait(self, **params: Unpack[ZImageAndWaitParams]) -> models.Job:
        """``z_image``, then wait for its job."""
        return _and_wait_one(self.z_image, params, _follow)

    def seededit(
        self,
        *,
        prompt: str,
        image_url: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """SeedEdit

        New frontier model designed for image editing

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.

        HTTP: ``POST /generate/image/bytedance/seededit``
        """
        return _send(_SEEDEDIT, locals())

    def seededit_and_wait(self, **params: Unpack[SeededitAndWaitParams]) -> models.Job:
        """``seededit``, then wait for its job."""
        return _and_wait_one(self.seededit, params, _follow)

    @property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return ImagesResourceWithRawResponse(self)


class AsyncImagesResource(AsyncResource):
    """Image generation endpoints"""

    flux_1_dev = _awaitable(ImagesResource.flux_1_dev)

    flux_1_dev_and_wait = _awaitable(ImagesResource.flux_1_dev_and_wait)

    flux_1_kontext_dev = _awaitable(ImagesResource.flux_1_kontext_dev)

    flux_1_kontext_dev_and_wait = _awaitable(ImagesResource.flux_1_kontext_dev_and_wait)

    nano_banana_pro = _awaitable(ImagesResource.nano_banana_pro)

    nano_banana_pro_and_wait = _awaitable(ImagesResource.nano_banana_pro_and_wait)

    nano_banana_2 = _awaitable(ImagesResource.nano_banana_2)

    nano_banana_2_and_wait = _awaitable(ImagesResource.nano_banana_2_and_wait)

    nano_banana = _awaitable(ImagesResource.nano_banana)

    nano_banana_and_wait = _awaitable(ImagesResource.nano_banana_and_wait)

    flux_1_1_pro = _awaitable(ImagesResource.flux_1_1_pro)

    flux_1_1_pro_and_wait = _awaitable(ImagesResource.flux_1_1_pro_and_wait)

    flux_1_1_pro_ultra = _awaitable(ImagesResource.flux_1_1_pro_ultra)

    flux_1_1_pro_ultra_and_wait = _awaitable(ImagesResource.flux_1_1_pro_ultra_and_wait)

    ideogram_2_turbo = _awaitable(ImagesResource.ideogram_2_turbo)

    ideogram_2_turbo_and_wait = _awaitable(ImagesResource.ideogram_2_turbo_and_wait)

    ideogram_3 = _awaitable(ImagesResource.ideogram_3)

    ideogram_3_and_wait = _awaitable(ImagesResource.ideogram_3_and_wait)

    imagen_3 = _awaitable(ImagesResource.imagen_3)

    imagen_3_and_wait = _awaitable(ImagesResource.imagen_3_and_wait)

    imagen_4 = _awaitable(ImagesResource.imagen_4)

    imagen_4_and_wait = _awaitable(ImagesResource.imagen_4_and_wait)

    imagen_4_fast = _awaitable(ImagesResource.imagen_4_fast)

    imagen_4_fast_and_wait = _awaitable(ImagesResource.imagen_4_fast_and_wait)

    imagen_4_ultra = _awaitable(ImagesResource.imagen_4_ultra)

    imagen_4_ultra_and_wait = _awaitable(ImagesResource.imagen_4_ultra_and_wait)

    gen_4_image = _awaitable(ImagesResource.gen_4_image)

    gen_4_image_and_wait = _awaitable(ImagesResource.gen_4_image_and_wait)

    gpt_image = _awaitable(ImagesResource.gpt_image)

    gpt_image_and_wait = _awaitable(ImagesResource.gpt_image_and_wait)

    gpt_image_2 = _awaitable(ImagesResource.gpt_image_2)

    gpt_image_2_and_wait = _awaitable(ImagesResource.gpt_image_2_and_wait)

    uni_1 = _awaitable(ImagesResource.uni_1)

    uni_1_and_wait = _awaitable(ImagesResource.uni_1_and_wait)

    seedream_4 = _awaitable(ImagesResource.seedream_4)

    seedream_4_and_wait = _awaitable(ImagesResource.seedream_4_and_wait)

    seedream_5_lite = _awaitable(ImagesResource.seedream_5_lite)

    seedream_5_lite_and_wait = _awaitable(ImagesResource.seedream_5_lite_and_wait)

    qwen_2512 = _awaitable(ImagesResource.qwen_2512)

    qwen_2512_and_wait = _awaitable(ImagesResource.qwen_2512_and_wait)

    z_image = _awaitable(ImagesResource.z_image)

    z_image_and_wait = _awaitable(ImagesResource.z_image_and_wait)

    seededit = _awaitable(ImagesResource.seededit)

    seededit_and_wait = _awaitable(ImagesResource.seededit_and_wait)

    @property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncImagesResourceWithRawResponse(self)


class ImagesResourceWithRawResponse(RawMethods):
    """See ``ImagesResource.with_raw_response``."""

    flux_1_dev = _raw(ImagesResource.flux_1_dev)
    flux_1_kontext_dev = _raw(ImagesResource.flux_1_kontext_dev)
    nano_banana_pro = _raw(ImagesResource.nano_banana_pro)
    nano_banana_2 = _raw(ImagesResource.nano_banana_2)
    nano_banana = _raw(ImagesResource.nano_banana)
    flux_1_1_pro = _raw(ImagesResource.flux_1_1_pro)
    flux_1_1_pro_ultra = _raw(ImagesResource.flux_1_1_pro_ultra)
    ideogram_2_turbo = _raw(ImagesResource.ideogram_2_turbo)
    ideogram_3 = _raw(ImagesResource.ideogram_3)
    imagen_3 = _raw(ImagesResource.imagen_3)
    imagen_4 = _raw(ImagesResource.imagen_4)
    imagen_4_fast = _raw(ImagesResource.imagen_4_fast)
    imagen_4_ultra = _raw(ImagesResource.imagen_4_ultra)
    gen_4_image = _raw(ImagesResource.gen_4_image)
    gpt_image = _raw(ImagesResource.gpt_image)
    gpt_image_2 = _raw(ImagesResource.gpt_image_2)
    uni_1 = _raw(ImagesResource.uni_1)
    seedream_4 = _raw(ImagesResource.seedream_4)
    seedream_5_lite = _raw(ImagesResource.seedream_5_lite)
    qwen_2512 = _raw(ImagesResource.qwen_2512)
    z_image = _raw(ImagesResource.z_image)
    seededit = _raw(ImagesResource.seededit)


class AsyncImagesResourceWithRawResponse(RawMethods):
    """See ``AsyncImagesResource.with_raw_response``."""

    flux_1_dev = _async_raw(AsyncImagesResource.flux_1_dev)
    flux_1_kontext_dev = _async_raw(AsyncImagesResource.flux_1_kontext_dev)
    nano_banana_pro = _async_raw(AsyncImagesResource.nano_banana_pro)
    nano_banana_2 = _async_raw(AsyncImagesResource.nano_banana_2)
    nano_banana = _async_raw(AsyncImagesResource.nano_banana)
    flux_1_1_pro = _async_raw(AsyncImagesResource.flux_1_1_pro)
    flux_1_1_pro_ultra = _async_raw(AsyncImagesResource.flux_1_1_pro_ultra)
    ideogram_2_turbo = _async_raw(AsyncImagesResource.ideogram_2_turbo)
    ideogram_3 = _async_raw(AsyncImagesResource.ideogram_3)
    imagen_3 = _async_raw(AsyncImagesResource.imagen_3)
    imagen_4 = _async_raw(AsyncImagesResource.imagen_4)
    imagen_4_fast = _async_raw(AsyncImagesResource.imagen_4_fast)
    imagen_4_ultra = _async_raw(AsyncImagesResource.imagen_4_ultra)
    gen_4_image = _async_raw(AsyncImagesResource.gen_4_image)
    gpt_image = _async_raw(AsyncImagesResource.gpt_image)
    gpt_image_2 = _async_raw(AsyncImagesResource.gpt_image_2)
    uni_1 = _async_raw(AsyncImagesResource.uni_1)
    seedream_4 = _async_raw(AsyncImagesResource.seedream_4)
    seedream_5_lite = _async_raw(AsyncImagesResource.seedream_5_lite)
    qwen_2512 = _async_raw(AsyncImagesResource.qwen_2512)
    z_image = _async_raw(AsyncImagesResource.z_image)
    seededit = _async_raw(AsyncImagesResource.seededit)


_follow = Follow("job_id", JobsResource, AsyncJobsResource)
