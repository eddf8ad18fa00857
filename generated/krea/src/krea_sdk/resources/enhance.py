"""Image enhance endpoints"""

from __future__ import annotations

from typing import Literal

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

__all__ = ["EnhanceResource", "AsyncEnhanceResource"]


_GENERATIVE_ENHANCE = Endpoint(
    "POST",
    "/generate/enhance/topaz/generative-enhance",
    models.CreatedJob,
    models.EnhanceGenerativeEnhanceParams,
    models.EnhanceGenerativeEnhanceRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_STANDARD_ENHANCE = Endpoint(
    "POST",
    "/generate/enhance/topaz/standard-enhance",
    models.CreatedJob,
    models.EnhanceStandardEnhanceParams,
    models.EnhanceStandardEnhanceRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)
_BLOOM_ENHANCE = Endpoint(
    "POST",
    "/generate/enhance/topaz/bloom-enhance",
    models.CreatedJob,
    models.EnhanceBloomEnhanceParams,
    models.EnhanceBloomEnhanceRequest,
    headers={"X-Webhook-URL": "webhook_url"},
    job_id_path="job_id",
)


class GenerativeEnhanceAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    width: Required[float]
    height: Required[float]
    image_url: Required[str]
    webhook_url: str | NotGiven
    prompt: str | NotGiven
    seed: float | NotGiven
    model: Literal["Redefine", "Recovery", "Recovery V2", "Reimagine"] | NotGiven
    output_format: Literal["png", "jpg", "webp"] | NotGiven
    subject_detection: Literal["All", "Foreground", "Background"] | NotGiven
    face_enhancement: bool | NotGiven
    face_enhancement_creativity: float | NotGiven
    face_enhancement_strength: float | NotGiven
    crop_to_fill: bool | NotGiven
    upscaling_activated: bool | NotGiven
    image_scaling_factor: float | NotGiven
    creativity: int | NotGiven
    texture: int | NotGiven
    sharpen: float | NotGiven
    denoise: float | NotGiven
    detail: float | NotGiven


class StandardEnhanceAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    width: Required[float]
    height: Required[float]
    image_url: Required[str]
    model: Required[
        Literal["Standard V2", "Low Resolution V2", "CGI", "High Fidelity V2", "Text Refine"]
    ]
    webhook_url: str | NotGiven
    prompt: str | NotGiven
    seed: float | NotGiven
    output_format: Literal["png", "jpg", "webp"] | NotGiven
    subject_detection: Literal["All", "Foreground", "Background"] | NotGiven
    face_enhancement: bool | NotGiven
    face_enhancement_creativity: float | NotGiven
    face_enhancement_strength: float | NotGiven
    crop_to_fill: bool | NotGiven
    upscaling_activated: bool | NotGiven
    image_scaling_factor: float | NotGiven
    sharpen: float | NotGiven
    denoise: float | NotGiven
    fix_compression: float | NotGiven
    strength: float | NotGiven


class BloomEnhanceAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    width: Required[float]
    height: Required[float]
    image_url: Required[str]
    webhook_url: str | NotGiven
    prompt: str | NotGiven
    seed: float | NotGiven
    model: Literal["Reimagine"]
    output_format: Literal["png", "jpg", "webp"] | NotGiven
    crop_to_fill: bool | NotGiven
    creativity: int | NotGiven
    face_preservation: bool | NotGiven
    color_preservation: bool | NotGiven
    upscaling_activated: bool | NotGiven
    image_scaling_factor: float | NotGiven


class EnhanceResource(SyncResource):
    """Image enhance endpoints"""

    def generative_enhance(
        self,
        *,
        width: float,
        height: float,
        image_url: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        model: Literal["Redefine", "Recovery", "Recovery V2", "Reimagine"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpg", "webp"] | NotGiven = NOT_GIVEN,
        subject_detection: Literal["All", "Foreground", "Background"] | NotGiven = NOT_GIVEN,
        face_enhancement: bool | NotGiven = NOT_GIVEN,
        face_enhancement_creativity: float | NotGiven = NOT_GIVEN,
        face_enhancement_strength: float | NotGiven = NOT_GIVEN,
        crop_to_fill: bool | NotGiven = NOT_GIVEN,
        upscaling_activated: bool | NotGiven = NOT_GIVEN,
        image_scaling_factor: float | NotGiven = NOT_GIVEN,
        creativity: int | NotGiven = NOT_GIVEN,
        texture: int | NotGiven = NOT_GIVEN,
        sharpen: float | NotGiven = NOT_GIVEN,
        denoise: float | NotGiven = NOT_GIVEN,
        detail: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Topaz Generative

        Most powerful creative enhancer. Max 16K.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            prompt: Server default: ''.
            seed: Server default: 1337.
            model: Server default: 'Redefine'.
            output_format: Server default: 'jpg'.
            subject_detection: Server default: 'All'.
            face_enhancement: Server default: False.
            face_enhancement_creativity: Server default: 0.5.
            face_enhancement_strength: Server default: 0.5.
            crop_to_fill: Server default: False.
            upscaling_activated: Server default: False.
            image_scaling_factor: Server default: 1.
            creativity: Server default: 3.
            texture: Server default: 3.
            sharpen: Server default: 0.5.
            denoise: Server default: 0.5.
            detail: Server default: 0.5.

        HTTP: ``POST /generate/enhance/topaz/generative-enhance``
        """
        return _send(_GENERATIVE_ENHANCE, locals())

    def generative_enhance_and_wait(
        self,
        **params: Unpack[GenerativeEnhanceAndWaitParams],
    ) -> models.Job:
        """``generative_enhance``, then wait for its job."""
        return _and_wait_one(self.generative_enhance, params, _follow)

    def standard_enhance(
        self,
        *,
        width: float,
        height: float,
        image_url: str,
        model: Literal[
            "Standard V2", "Low Resolution V2", "CGI", "High Fidelity V2", "Text Refine"
        ],
        webhook_url: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpg", "webp"] | NotGiven = NOT_GIVEN,
        subject_detection: Literal["All", "Foreground", "Background"] | NotGiven = NOT_GIVEN,
        face_enhancement: bool | NotGiven = NOT_GIVEN,
        face_enhancement_creativity: float | NotGiven = NOT_GIVEN,
        face_enhancement_strength: float | NotGiven = NOT_GIVEN,
        crop_to_fill: bool | NotGiven = NOT_GIVEN,
        upscaling_activated: bool | NotGiven = NOT_GIVEN,
        image_scaling_factor: float | NotGiven = NOT_GIVEN,
        sharpen: float | NotGiven = NOT_GIVEN,
        denoise: float | NotGiven = NOT_GIVEN,
        fix_compression: float | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Topaz

        Powerful faithful upscaler. Up to 22K resolution. Best for photos.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            prompt: Server default: ''.
            seed: Server default: 1337.
            output_format: Server default: 'jpg'.
            subject_detection: Server default: 'All'.
            face_enhancement: Server default: False.
            face_enhancement_creativity: Server default: 0.5.
            face_enhancement_strength: Server default: 0.5.
            crop_to_fill: Server default: False.
            upscaling_activated: Server default: False.
            image_scaling_factor: Server default: 1.
            sharpen: Server default: 0.5.
            denoise: Server default: 0.5.
            fix_compression: Server default: 0.5.
            strength: Server default: 0.5.

        HTTP: ``POST /generate/enhance/topaz/standard-enhance``
        """
        return _send(_STANDARD_ENHANCE, locals())

    def standard_enhance_and_wait(
        self,
        **params: Unpack[StandardEnhanceAndWaitParams],
    ) -> models.Job:
        """``standard_enhance``, then wait for its job."""
        return _and_wait_one(self.standard_enhance, params, _follow)

    def bloom_enhance(
        self,
        *,
        width: float,
        height: float,
        image_url: str,
        webhook_url: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        model: Literal["Reimagine"] = "Reimagine",
        output_format: Literal["png", "jpg", "webp"] | NotGiven = NOT_GIVEN,
        crop_to_fill: bool | NotGiven = NOT_GIVEN,
        creativity: int | NotGiven = NOT_GIVEN,
        face_preservation: bool | NotGiven = NOT_GIVEN,
        color_preservation: bool | NotGiven = NOT_GIVEN,
        upscaling_activated: bool | NotGiven = NOT_GIVEN,
        image_scaling_factor: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Topaz Bloom

        Creative upscaler that adds new details. Max 10K.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            prompt: Server default: ''.
            seed: Server default: 1337.
            output_format: Server default: 'jpg'.
            crop_to_fill: Server default: False.
            creativity: Server default: 3.
            face_preservation: Server default: False.
            color_preservation: Server default: False.
            upscaling_activated: Server default: False.
            image_scaling_factor: Server default: 1.

        HTTP: ``POST /generate/enhance/topaz/bloom-enhance``
        """
        return _send(_BLOOM_ENHANCE, locals())

    def bloom_enhance_and_wait(self, **params: Unpack[BloomEnhanceAndWaitParams]) -> models.Job:
        """``bloom_enhance``, then wait for its job."""
        return _and_wait_one(self.bloom_enhance, params, _follow)

    @property
    def with_raw_response(self) -> EnhanceResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return EnhanceResourceWithRawResponse(self)


class AsyncEnhanceResource(AsyncResource):
    """Image enhance endpoints"""

    generative_enhance = _awaitable(EnhanceResource.generative_enhance)

    generative_enhance_and_wait = _awaitable(EnhanceResource.generative_enhance_and_wait)

    standard_enhance = _awaitable(EnhanceResource.standard_enhance)

    standard_enhance_and_wait = _awaitable(EnhanceResource.standard_enhance_and_wait)

    bloom_enhance = _awaitable(EnhanceResource.bloom_enhance)

    bloom_enhance_and_wait = _awaitable(EnhanceResource.bloom_enhance_and_wait)

    @property
    def with_raw_response(self) -> AsyncEnhanceResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncEnhanceResourceWithRawResponse(self)


class EnhanceResourceWithRawResponse(RawMethods):
    """See ``EnhanceResource.with_raw_response``."""

    generative_enhance = _raw(EnhanceResource.generative_enhance)
    standard_enhance = _raw(EnhanceResource.standard_enhance)
    bloom_enhance = _raw(EnhanceResource.bloom_enhance)


class AsyncEnhanceResourceWithRawResponse(RawMethods):
    """See ``AsyncEnhanceResource.with_raw_response``."""

    generative_enhance = _async_raw(AsyncEnhanceResource.generative_enhance)
    standard_enhance = _async_raw(AsyncEnhanceResource.standard_enhance)
    bloom_enhance = _async_raw(AsyncEnhanceResource.bloom_enhance)


_follow = Follow("job_id", JobsResource, AsyncJobsResource)
