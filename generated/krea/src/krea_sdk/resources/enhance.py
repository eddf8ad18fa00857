"""Image enhance endpoints"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Literal, cast

from .. import models
from .._arguments import given, pick, validate_arguments
from .._jobs import DEFAULT_JOB_TIMEOUT, JobState, async_wait_for_created, wait_for_created
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions, Timeout
from .jobs import JobsResource, AsyncJobsResource

__all__ = ["EnhanceResource", "AsyncEnhanceResource"]


class EnhanceResource(SyncResource):
    """Image enhance endpoints"""

    _raw_methods = frozenset(("bloom_enhance", "generative_enhance", "standard_enhance"))

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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/enhance/topaz/generative-enhance``
        """
        _args = validate_arguments(
            models.EnhanceGenerativeEnhanceParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.EnhanceGenerativeEnhanceRequest,
            given(
                {
                    "width": width,
                    "height": height,
                    "image_url": image_url,
                    "prompt": prompt,
                    "seed": seed,
                    "model": model,
                    "output_format": output_format,
                    "subject_detection": subject_detection,
                    "face_enhancement": face_enhancement,
                    "face_enhancement_creativity": face_enhancement_creativity,
                    "face_enhancement_strength": face_enhancement_strength,
                    "crop_to_fill": crop_to_fill,
                    "upscaling_activated": upscaling_activated,
                    "image_scaling_factor": image_scaling_factor,
                    "creativity": creativity,
                    "texture": texture,
                    "sharpen": sharpen,
                    "denoise": denoise,
                    "detail": detail,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/enhance/topaz/generative-enhance",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def generative_enhance_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``generative_enhance``, then wait until the job ends.

        Takes the arguments of ``generative_enhance`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.generative_enhance(
                width=width,
                height=height,
                image_url=image_url,
                webhook_url=webhook_url,
                prompt=prompt,
                seed=seed,
                model=model,
                output_format=output_format,
                subject_detection=subject_detection,
                face_enhancement=face_enhancement,
                face_enhancement_creativity=face_enhancement_creativity,
                face_enhancement_strength=face_enhancement_strength,
                crop_to_fill=crop_to_fill,
                upscaling_activated=upscaling_activated,
                image_scaling_factor=image_scaling_factor,
                creativity=creativity,
                texture=texture,
                sharpen=sharpen,
                denoise=denoise,
                detail=detail,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "job_id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]

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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/enhance/topaz/standard-enhance``
        """
        _args = validate_arguments(
            models.EnhanceStandardEnhanceParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.EnhanceStandardEnhanceRequest,
            given(
                {
                    "width": width,
                    "height": height,
                    "image_url": image_url,
                    "model": model,
                    "prompt": prompt,
                    "seed": seed,
                    "output_format": output_format,
                    "subject_detection": subject_detection,
                    "face_enhancement": face_enhancement,
                    "face_enhancement_creativity": face_enhancement_creativity,
                    "face_enhancement_strength": face_enhancement_strength,
                    "crop_to_fill": crop_to_fill,
                    "upscaling_activated": upscaling_activated,
                    "image_scaling_factor": image_scaling_factor,
                    "sharpen": sharpen,
                    "denoise": denoise,
                    "fix_compression": fix_compression,
                    "strength": strength,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/enhance/topaz/standard-enhance",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def standard_enhance_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``standard_enhance``, then wait until the job ends.

        Takes the arguments of ``standard_enhance`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.standard_enhance(
                width=width,
                height=height,
                image_url=image_url,
                model=model,
                webhook_url=webhook_url,
                prompt=prompt,
                seed=seed,
                output_format=output_format,
                subject_detection=subject_detection,
                face_enhancement=face_enhancement,
                face_enhancement_creativity=face_enhancement_creativity,
                face_enhancement_strength=face_enhancement_strength,
                crop_to_fill=crop_to_fill,
                upscaling_activated=upscaling_activated,
                image_scaling_factor=image_scaling_factor,
                sharpen=sharpen,
                denoise=denoise,
                fix_compression=fix_compression,
                strength=strength,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "job_id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]

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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/enhance/topaz/bloom-enhance``
        """
        _args = validate_arguments(
            models.EnhanceBloomEnhanceParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.EnhanceBloomEnhanceRequest,
            given(
                {
                    "width": width,
                    "height": height,
                    "image_url": image_url,
                    "prompt": prompt,
                    "seed": seed,
                    "model": model,
                    "output_format": output_format,
                    "crop_to_fill": crop_to_fill,
                    "creativity": creativity,
                    "face_preservation": face_preservation,
                    "color_preservation": color_preservation,
                    "upscaling_activated": upscaling_activated,
                    "image_scaling_factor": image_scaling_factor,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/enhance/topaz/bloom-enhance",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def bloom_enhance_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``bloom_enhance``, then wait until the job ends.

        Takes the arguments of ``bloom_enhance`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.bloom_enhance(
                width=width,
                height=height,
                image_url=image_url,
                webhook_url=webhook_url,
                prompt=prompt,
                seed=seed,
                model=model,
                output_format=output_format,
                crop_to_fill=crop_to_fill,
                creativity=creativity,
                face_preservation=face_preservation,
                color_preservation=color_preservation,
                upscaling_activated=upscaling_activated,
                image_scaling_factor=image_scaling_factor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "job_id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]


class AsyncEnhanceResource(AsyncResource):
    """Image enhance endpoints"""

    _raw_methods = frozenset(("bloom_enhance", "generative_enhance", "standard_enhance"))

    async def generative_enhance(
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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/enhance/topaz/generative-enhance``
        """
        _args = validate_arguments(
            models.EnhanceGenerativeEnhanceParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.EnhanceGenerativeEnhanceRequest,
            given(
                {
                    "width": width,
                    "height": height,
                    "image_url": image_url,
                    "prompt": prompt,
                    "seed": seed,
                    "model": model,
                    "output_format": output_format,
                    "subject_detection": subject_detection,
                    "face_enhancement": face_enhancement,
                    "face_enhancement_creativity": face_enhancement_creativity,
                    "face_enhancement_strength": face_enhancement_strength,
                    "crop_to_fill": crop_to_fill,
                    "upscaling_activated": upscaling_activated,
                    "image_scaling_factor": image_scaling_factor,
                    "creativity": creativity,
                    "texture": texture,
                    "sharpen": sharpen,
                    "denoise": denoise,
                    "detail": detail,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/enhance/topaz/generative-enhance",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def generative_enhance_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``generative_enhance``, then wait until the job ends.

        Takes the arguments of ``generative_enhance`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.generative_enhance(
                width=width,
                height=height,
                image_url=image_url,
                webhook_url=webhook_url,
                prompt=prompt,
                seed=seed,
                model=model,
                output_format=output_format,
                subject_detection=subject_detection,
                face_enhancement=face_enhancement,
                face_enhancement_creativity=face_enhancement_creativity,
                face_enhancement_strength=face_enhancement_strength,
                crop_to_fill=crop_to_fill,
                upscaling_activated=upscaling_activated,
                image_scaling_factor=image_scaling_factor,
                creativity=creativity,
                texture=texture,
                sharpen=sharpen,
                denoise=denoise,
                detail=detail,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "job_id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]

    async def standard_enhance(
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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/enhance/topaz/standard-enhance``
        """
        _args = validate_arguments(
            models.EnhanceStandardEnhanceParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.EnhanceStandardEnhanceRequest,
            given(
                {
                    "width": width,
                    "height": height,
                    "image_url": image_url,
                    "model": model,
                    "prompt": prompt,
                    "seed": seed,
                    "output_format": output_format,
                    "subject_detection": subject_detection,
                    "face_enhancement": face_enhancement,
                    "face_enhancement_creativity": face_enhancement_creativity,
                    "face_enhancement_strength": face_enhancement_strength,
                    "crop_to_fill": crop_to_fill,
                    "upscaling_activated": upscaling_activated,
                    "image_scaling_factor": image_scaling_factor,
                    "sharpen": sharpen,
                    "denoise": denoise,
                    "fix_compression": fix_compression,
                    "strength": strength,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/enhance/topaz/standard-enhance",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def standard_enhance_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``standard_enhance``, then wait until the job ends.

        Takes the arguments of ``standard_enhance`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.standard_enhance(
                width=width,
                height=height,
                image_url=image_url,
                model=model,
                webhook_url=webhook_url,
                prompt=prompt,
                seed=seed,
                output_format=output_format,
                subject_detection=subject_detection,
                face_enhancement=face_enhancement,
                face_enhancement_creativity=face_enhancement_creativity,
                face_enhancement_strength=face_enhancement_strength,
                crop_to_fill=crop_to_fill,
                upscaling_activated=upscaling_activated,
                image_scaling_factor=image_scaling_factor,
                sharpen=sharpen,
                denoise=denoise,
                fix_compression=fix_compression,
                strength=strength,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "job_id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]

    async def bloom_enhance(
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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/enhance/topaz/bloom-enhance``
        """
        _args = validate_arguments(
            models.EnhanceBloomEnhanceParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.EnhanceBloomEnhanceRequest,
            given(
                {
                    "width": width,
                    "height": height,
                    "image_url": image_url,
                    "prompt": prompt,
                    "seed": seed,
                    "model": model,
                    "output_format": output_format,
                    "crop_to_fill": crop_to_fill,
                    "creativity": creativity,
                    "face_preservation": face_preservation,
                    "color_preservation": color_preservation,
                    "upscaling_activated": upscaling_activated,
                    "image_scaling_factor": image_scaling_factor,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/enhance/topaz/bloom-enhance",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def bloom_enhance_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``bloom_enhance``, then wait until the job ends.

        Takes the arguments of ``bloom_enhance`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.bloom_enhance(
                width=width,
                height=height,
                image_url=image_url,
                webhook_url=webhook_url,
                prompt=prompt,
                seed=seed,
                model=model,
                output_format=output_format,
                crop_to_fill=crop_to_fill,
                creativity=creativity,
                face_preservation=face_preservation,
                color_preservation=color_preservation,
                upscaling_activated=upscaling_activated,
                image_scaling_factor=image_scaling_factor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            "job_id",
            partial(poller.wait, progress=progress),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return jobs[0]
