"""Image generation endpoints"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import List, Literal, cast

from .. import models
from .._arguments import given, pick, use_alias, validate_arguments
from .._jobs import DEFAULT_JOB_TIMEOUT, JobState, async_wait_for_created, wait_for_created
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions, Timeout
from .jobs import JobsResource, AsyncJobsResource

__all__ = ["ImagesResource", "AsyncImagesResource"]


class ImagesResource(SyncResource):
    """Image generation endpoints"""

    _raw_methods = frozenset(
        (
            "flux_1_1_pro",
            "flux_1_1_pro_ultra",
            "flux_1_dev",
            "flux_1_kontext_dev",
            "gen_4_image",
            "gpt_image",
            "gpt_image_2",
            "ideogram_2_turbo",
            "ideogram_3",
            "imagen_3",
            "imagen_4",
            "imagen_4_fast",
            "imagen_4_ultra",
            "nano_banana",
            "nano_banana_2",
            "nano_banana_pro",
            "qwen_2512",
            "seededit",
            "seedream_4",
            "seedream_5_lite",
            "uni_1",
            "z_image",
        )
    )

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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        > - `presetStyles` -> `styles` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        > - `imageStyleRefs` -> `image_style_references` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bfl/flux-1-dev``
        """
        styles = use_alias(
            styles,
            preset_styles,
            old="preset_styles",
            new="styles",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        image_style_references = use_alias(
            image_style_references,
            image_style_refs,
            old="image_style_refs",
            new="image_style_references",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        _args = validate_arguments(
            models.ImageFlux1DevParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageFlux1DevRequest,
            given(
                {
                    "prompt": prompt,
                    "strength": strength,
                    "seed": seed,
                    "steps": steps,
                    "width": width,
                    "height": height,
                    "guidance_scale_flux": guidance_scale_flux,
                    "image_url": image_url,
                    "styles": styles,
                    "style_images": style_images,
                    "image_style_references": image_style_references,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/bfl/flux-1-dev",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def flux_1_dev_and_wait(
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
        """``flux_1_dev``, then wait until the job ends.

        Takes the arguments of ``flux_1_dev`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.flux_1_dev(
                prompt=prompt,
                webhook_url=webhook_url,
                strength=strength,
                seed=seed,
                steps=steps,
                width=width,
                height=height,
                guidance_scale_flux=guidance_scale_flux,
                image_url=image_url,
                styles=styles,
                style_images=style_images,
                image_style_references=image_style_references,
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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bfl/flux-1-kontext-dev``
        """
        _args = validate_arguments(
            models.ImageFlux1KontextDevParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageFlux1KontextDevRequest,
            given(
                {
                    "prompt": prompt,
                    "strength": strength,
                    "seed": seed,
                    "steps": steps,
                    "width": width,
                    "height": height,
                    "guidance_scale_flux": guidance_scale_flux,
                    "image_url": image_url,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/bfl/flux-1-kontext-dev",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def flux_1_kontext_dev_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``flux_1_kontext_dev``, then wait until the job ends.

        Takes the arguments of ``flux_1_kontext_dev`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.flux_1_kontext_dev(
                prompt=prompt,
                webhook_url=webhook_url,
                strength=strength,
                seed=seed,
                steps=steps,
                width=width,
                height=height,
                guidance_scale_flux=guidance_scale_flux,
                image_url=image_url,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `aspectRatio` -> `aspect_ratio` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            resolution: Server default: '1K'.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/nano-banana-pro``
        """
        _args = validate_arguments(
            models.ImageNanoBananaProParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageNanoBananaProRequest,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "resolution": resolution,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/google/nano-banana-pro",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def nano_banana_pro_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``nano_banana_pro``, then wait until the job ends.

        Takes the arguments of ``nano_banana_pro`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.nano_banana_pro(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                image_urls=image_urls,
                aspect_ratio=aspect_ratio,
                resolution=resolution,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `aspectRatio` -> `aspect_ratio` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            resolution: Server default: '1K'.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/nano-banana-2``
        """
        _args = validate_arguments(
            models.ImageNanoBanana2Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageNanoBanana2Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "resolution": resolution,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/google/nano-banana-2",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def nano_banana_2_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``nano_banana_2``, then wait until the job ends.

        Takes the arguments of ``nano_banana_2`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.nano_banana_2(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                image_urls=image_urls,
                aspect_ratio=aspect_ratio,
                resolution=resolution,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `aspectRatio` -> `aspect_ratio` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/nano-banana``
        """
        _args = validate_arguments(
            models.ImageNanoBananaParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageNanoBananaRequest,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/google/nano-banana",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def nano_banana_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``nano_banana``, then wait until the job ends.

        Takes the arguments of ``nano_banana`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.nano_banana(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                image_urls=image_urls,
                aspect_ratio=aspect_ratio,
                style_images=style_images,
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bfl/flux-1.1-pro``
        """
        _args = validate_arguments(
            models.ImageFlux11ProParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageFlux11ProRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/bfl/flux-1.1-pro",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def flux_1_1_pro_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``flux_1_1_pro``, then wait until the job ends.

        Takes the arguments of ``flux_1_1_pro`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.flux_1_1_pro(
                prompt=prompt,
                width=width,
                height=height,
                webhook_url=webhook_url,
                seed=seed,
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bfl/flux-1.1-pro-ultra``
        """
        _args = validate_arguments(
            models.ImageFlux11ProUltraParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageFlux11ProUltraRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed, "raw": raw}),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/bfl/flux-1.1-pro-ultra",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def flux_1_1_pro_ultra_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``flux_1_1_pro_ultra``, then wait until the job ends.

        Takes the arguments of ``flux_1_1_pro_ultra`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.flux_1_1_pro_ultra(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
                raw=raw,
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/ideogram/ideogram-2-turbo``
        """
        _args = validate_arguments(
            models.ImageIdeogram2TurboParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageIdeogram2TurboRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/ideogram/ideogram-2-turbo",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def ideogram_2_turbo_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``ideogram_2_turbo``, then wait until the job ends.

        Takes the arguments of ``ideogram_2_turbo`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.ideogram_2_turbo(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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
        > **Deprecated request fields:**
        >
        > - `characterReferenceImages` -> `character_reference_images` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/ideogram/ideogram-3``
        """
        _args = validate_arguments(
            models.ImageIdeogram3Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageIdeogram3Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "seed": seed,
                    "character_reference_images": character_reference_images,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/ideogram/ideogram-3",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def ideogram_3_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``ideogram_3``, then wait until the job ends.

        Takes the arguments of ``ideogram_3`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.ideogram_3(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
                character_reference_images=character_reference_images,
                style_images=style_images,
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/imagen-3``
        """
        _args = validate_arguments(
            models.ImageImagen3Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageImagen3Request,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/google/imagen-3",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def imagen_3_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``imagen_3``, then wait until the job ends.

        Takes the arguments of ``imagen_3`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.imagen_3(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/imagen-4``
        """
        _args = validate_arguments(
            models.ImageImagen4Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageImagen4Request,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/google/imagen-4",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def imagen_4_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``imagen_4``, then wait until the job ends.

        Takes the arguments of ``imagen_4`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.imagen_4(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/imagen-4-fast``
        """
        _args = validate_arguments(
            models.ImageImagen4FastParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageImagen4FastRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/google/imagen-4-fast",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def imagen_4_fast_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``imagen_4_fast``, then wait until the job ends.

        Takes the arguments of ``imagen_4_fast`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.imagen_4_fast(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/imagen-4-ultra``
        """
        _args = validate_arguments(
            models.ImageImagen4UltraParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageImagen4UltraRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/google/imagen-4-ultra",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def imagen_4_ultra_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``imagen_4_ultra``, then wait until the job ends.

        Takes the arguments of ``imagen_4_ultra`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.imagen_4_ultra(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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
        > **Deprecated request fields:**
        >
        > - `referenceImages` -> `reference_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/runway/gen-4-image``
        """
        _args = validate_arguments(
            models.ImageGen4ImageParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageGen4ImageRequest,
            given(
                {
                    "prompt": prompt,
                    "reference_images": reference_images,
                    "width": width,
                    "height": height,
                    "seed": seed,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/runway/gen-4-image",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def gen_4_image_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``gen_4_image``, then wait until the job ends.

        Takes the arguments of ``gen_4_image`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.gen_4_image(
                prompt=prompt,
                reference_images=reference_images,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `presetStyles` -> `styles` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            quality: Server default: 'auto'.
            style_images: Image prompts to use for the generation
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/openai/gpt-image``
        """
        styles = use_alias(
            styles,
            preset_styles,
            old="preset_styles",
            new="styles",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        _args = validate_arguments(
            models.ImageGptImageParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageGptImageRequest,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "quality": quality,
                    "image_urls": image_urls,
                    "styles": styles,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/openai/gpt-image",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def gpt_image_and_wait(
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
        """``gpt_image``, then wait until the job ends.

        Takes the arguments of ``gpt_image`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.gpt_image(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                quality=quality,
                image_urls=image_urls,
                styles=styles,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            quality: Server default: 'high'.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/openai/gpt-image-2``
        """
        _args = validate_arguments(
            models.ImageGptImage2Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageGptImage2Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "quality": quality,
                    "image_urls": image_urls,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/openai/gpt-image-2",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def gpt_image_2_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``gpt_image_2``, then wait until the job ends.

        Takes the arguments of ``gpt_image_2`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.gpt_image_2(
                prompt=prompt,
                width=width,
                height=height,
                webhook_url=webhook_url,
                quality=quality,
                image_urls=image_urls,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `outputFormat` -> `output_format` until 2026-06-19
        > - `webSearch` -> `web_search` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            mode: Server default: 'standard'.
            style: Server default: 'auto'.
            web_search: Server default: False.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/luma/uni-1``
        """
        _args = validate_arguments(
            models.ImageUni1Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageUni1Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "mode": mode,
                    "style": style,
                    "output_format": output_format,
                    "web_search": web_search,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/luma/uni-1",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def uni_1_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``uni_1``, then wait until the job ends.

        Takes the arguments of ``uni_1`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.uni_1(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                mode=mode,
                style=style,
                output_format=output_format,
                web_search=web_search,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bytedance/seedream-4``
        """
        _args = validate_arguments(
            models.ImageSeedream4Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageSeedream4Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "seed": seed,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/bytedance/seedream-4",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def seedream_4_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``seedream_4``, then wait until the job ends.

        Takes the arguments of ``seedream_4`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.seedream_4(
                prompt=prompt,
                width=width,
                height=height,
                webhook_url=webhook_url,
                seed=seed,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bytedance/seedream-5-lite``
        """
        _args = validate_arguments(
            models.ImageSeedream5LiteParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageSeedream5LiteRequest,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "seed": seed,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/bytedance/seedream-5-lite",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def seedream_5_lite_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``seedream_5_lite``, then wait until the job ends.

        Takes the arguments of ``seedream_5_lite`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.seedream_5_lite(
                prompt=prompt,
                width=width,
                height=height,
                webhook_url=webhook_url,
                seed=seed,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `skipPromptExpansion` -> `skip_prompt_expansion` until 2026-06-19
        > - `presetStyles` -> `styles` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/qwen/2512``
        """
        styles = use_alias(
            styles,
            preset_styles,
            old="preset_styles",
            new="styles",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        _args = validate_arguments(
            models.ImageQwen2512Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageQwen2512Request,
            given(
                {
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "width": width,
                    "height": height,
                    "num_inference_steps": num_inference_steps,
                    "cfg_scale": cfg_scale,
                    "seed": seed,
                    "skip_prompt_expansion": skip_prompt_expansion,
                    "styles": styles,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/qwen/2512",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def qwen_2512_and_wait(
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
        """``qwen_2512``, then wait until the job ends.

        Takes the arguments of ``qwen_2512`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.qwen_2512(
                prompt=prompt,
                webhook_url=webhook_url,
                negative_prompt=negative_prompt,
                width=width,
                height=height,
                num_inference_steps=num_inference_steps,
                cfg_scale=cfg_scale,
                seed=seed,
                skip_prompt_expansion=skip_prompt_expansion,
                styles=styles,
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
        > **Deprecated request fields:**
        >
        > - `presetStyles` -> `styles` until 2026-06-19
        > - `skipPromptExpansion` -> `skip_prompt_expansion` until 2026-06-19
        > - `aspectRatio` -> `aspect_ratio` until 2026-06-19
        > - `imageUrl` -> `image_url` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/z-image/z-image``
        """
        styles = use_alias(
            styles,
            preset_styles,
            old="preset_styles",
            new="styles",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        _args = validate_arguments(
            models.ImageZImageParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageZImageRequest,
            given(
                {
                    "prompt": prompt,
                    "aspect_ratio": aspect_ratio,
                    "resolution": resolution,
                    "seed": seed,
                    "denoising_strength": denoising_strength,
                    "styles": styles,
                    "skip_prompt_expansion": skip_prompt_expansion,
                    "image_url": image_url,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/z-image/z-image",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def z_image_and_wait(
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
        """``z_image``, then wait until the job ends.

        Takes the arguments of ``z_image`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.z_image(
                prompt=prompt,
                aspect_ratio=aspect_ratio,
                resolution=resolution,
                webhook_url=webhook_url,
                seed=seed,
                denoising_strength=denoising_strength,
                styles=styles,
                skip_prompt_expansion=skip_prompt_expansion,
                image_url=image_url,
                style_images=style_images,
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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bytedance/seededit``
        """
        _args = validate_arguments(
            models.ImageSeededitParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageSeededitRequest,
            given({"prompt": prompt, "image_url": image_url, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/generate/image/bytedance/seededit",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def seededit_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``seededit``, then wait until the job ends.

        Takes the arguments of ``seededit`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.seededit(
                prompt=prompt,
                image_url=image_url,
                webhook_url=webhook_url,
                seed=seed,
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


class AsyncImagesResource(AsyncResource):
    """Image generation endpoints"""

    _raw_methods = frozenset(
        (
            "flux_1_1_pro",
            "flux_1_1_pro_ultra",
            "flux_1_dev",
            "flux_1_kontext_dev",
            "gen_4_image",
            "gpt_image",
            "gpt_image_2",
            "ideogram_2_turbo",
            "ideogram_3",
            "imagen_3",
            "imagen_4",
            "imagen_4_fast",
            "imagen_4_ultra",
            "nano_banana",
            "nano_banana_2",
            "nano_banana_pro",
            "qwen_2512",
            "seededit",
            "seedream_4",
            "seedream_5_lite",
            "uni_1",
            "z_image",
        )
    )

    async def flux_1_dev(
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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        > - `presetStyles` -> `styles` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        > - `imageStyleRefs` -> `image_style_references` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bfl/flux-1-dev``
        """
        styles = use_alias(
            styles,
            preset_styles,
            old="preset_styles",
            new="styles",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        image_style_references = use_alias(
            image_style_references,
            image_style_refs,
            old="image_style_refs",
            new="image_style_references",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        _args = validate_arguments(
            models.ImageFlux1DevParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageFlux1DevRequest,
            given(
                {
                    "prompt": prompt,
                    "strength": strength,
                    "seed": seed,
                    "steps": steps,
                    "width": width,
                    "height": height,
                    "guidance_scale_flux": guidance_scale_flux,
                    "image_url": image_url,
                    "styles": styles,
                    "style_images": style_images,
                    "image_style_references": image_style_references,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/bfl/flux-1-dev",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def flux_1_dev_and_wait(
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
        """``flux_1_dev``, then wait until the job ends.

        Takes the arguments of ``flux_1_dev`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.flux_1_dev(
                prompt=prompt,
                webhook_url=webhook_url,
                strength=strength,
                seed=seed,
                steps=steps,
                width=width,
                height=height,
                guidance_scale_flux=guidance_scale_flux,
                image_url=image_url,
                styles=styles,
                style_images=style_images,
                image_style_references=image_style_references,
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

    async def flux_1_kontext_dev(
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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bfl/flux-1-kontext-dev``
        """
        _args = validate_arguments(
            models.ImageFlux1KontextDevParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageFlux1KontextDevRequest,
            given(
                {
                    "prompt": prompt,
                    "strength": strength,
                    "seed": seed,
                    "steps": steps,
                    "width": width,
                    "height": height,
                    "guidance_scale_flux": guidance_scale_flux,
                    "image_url": image_url,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/bfl/flux-1-kontext-dev",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def flux_1_kontext_dev_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``flux_1_kontext_dev``, then wait until the job ends.

        Takes the arguments of ``flux_1_kontext_dev`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.flux_1_kontext_dev(
                prompt=prompt,
                webhook_url=webhook_url,
                strength=strength,
                seed=seed,
                steps=steps,
                width=width,
                height=height,
                guidance_scale_flux=guidance_scale_flux,
                image_url=image_url,
                style_images=style_images,
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

    async def nano_banana_pro(
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `aspectRatio` -> `aspect_ratio` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            resolution: Server default: '1K'.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/nano-banana-pro``
        """
        _args = validate_arguments(
            models.ImageNanoBananaProParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageNanoBananaProRequest,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "resolution": resolution,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/google/nano-banana-pro",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def nano_banana_pro_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``nano_banana_pro``, then wait until the job ends.

        Takes the arguments of ``nano_banana_pro`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.nano_banana_pro(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                image_urls=image_urls,
                aspect_ratio=aspect_ratio,
                resolution=resolution,
                style_images=style_images,
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

    async def nano_banana_2(
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `aspectRatio` -> `aspect_ratio` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            resolution: Server default: '1K'.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/nano-banana-2``
        """
        _args = validate_arguments(
            models.ImageNanoBanana2Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageNanoBanana2Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "resolution": resolution,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/google/nano-banana-2",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def nano_banana_2_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``nano_banana_2``, then wait until the job ends.

        Takes the arguments of ``nano_banana_2`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.nano_banana_2(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                image_urls=image_urls,
                aspect_ratio=aspect_ratio,
                resolution=resolution,
                style_images=style_images,
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

    async def nano_banana(
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `aspectRatio` -> `aspect_ratio` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Width of the generated image.
            height: Height of the generated image.
            image_urls: Image prompts to use for the generation. If provided, style images are ignored.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/nano-banana``
        """
        _args = validate_arguments(
            models.ImageNanoBananaParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageNanoBananaRequest,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/google/nano-banana",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def nano_banana_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``nano_banana``, then wait until the job ends.

        Takes the arguments of ``nano_banana`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.nano_banana(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                image_urls=image_urls,
                aspect_ratio=aspect_ratio,
                style_images=style_images,
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

    async def flux_1_1_pro(
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bfl/flux-1.1-pro``
        """
        _args = validate_arguments(
            models.ImageFlux11ProParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageFlux11ProRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/bfl/flux-1.1-pro",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def flux_1_1_pro_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``flux_1_1_pro``, then wait until the job ends.

        Takes the arguments of ``flux_1_1_pro`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.flux_1_1_pro(
                prompt=prompt,
                width=width,
                height=height,
                webhook_url=webhook_url,
                seed=seed,
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

    async def flux_1_1_pro_ultra(
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bfl/flux-1.1-pro-ultra``
        """
        _args = validate_arguments(
            models.ImageFlux11ProUltraParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageFlux11ProUltraRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed, "raw": raw}),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/bfl/flux-1.1-pro-ultra",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def flux_1_1_pro_ultra_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``flux_1_1_pro_ultra``, then wait until the job ends.

        Takes the arguments of ``flux_1_1_pro_ultra`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.flux_1_1_pro_ultra(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
                raw=raw,
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

    async def ideogram_2_turbo(
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/ideogram/ideogram-2-turbo``
        """
        _args = validate_arguments(
            models.ImageIdeogram2TurboParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageIdeogram2TurboRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/ideogram/ideogram-2-turbo",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def ideogram_2_turbo_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``ideogram_2_turbo``, then wait until the job ends.

        Takes the arguments of ``ideogram_2_turbo`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.ideogram_2_turbo(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

    async def ideogram_3(
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
        > **Deprecated request fields:**
        >
        > - `characterReferenceImages` -> `character_reference_images` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/ideogram/ideogram-3``
        """
        _args = validate_arguments(
            models.ImageIdeogram3Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageIdeogram3Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "seed": seed,
                    "character_reference_images": character_reference_images,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/ideogram/ideogram-3",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def ideogram_3_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``ideogram_3``, then wait until the job ends.

        Takes the arguments of ``ideogram_3`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.ideogram_3(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
                character_reference_images=character_reference_images,
                style_images=style_images,
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

    async def imagen_3(
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/imagen-3``
        """
        _args = validate_arguments(
            models.ImageImagen3Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageImagen3Request,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/google/imagen-3",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def imagen_3_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``imagen_3``, then wait until the job ends.

        Takes the arguments of ``imagen_3`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.imagen_3(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

    async def imagen_4(
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/imagen-4``
        """
        _args = validate_arguments(
            models.ImageImagen4Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageImagen4Request,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/google/imagen-4",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def imagen_4_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``imagen_4``, then wait until the job ends.

        Takes the arguments of ``imagen_4`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.imagen_4(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

    async def imagen_4_fast(
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/imagen-4-fast``
        """
        _args = validate_arguments(
            models.ImageImagen4FastParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageImagen4FastRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/google/imagen-4-fast",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def imagen_4_fast_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``imagen_4_fast``, then wait until the job ends.

        Takes the arguments of ``imagen_4_fast`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.imagen_4_fast(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

    async def imagen_4_ultra(
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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/google/imagen-4-ultra``
        """
        _args = validate_arguments(
            models.ImageImagen4UltraParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageImagen4UltraRequest,
            given({"prompt": prompt, "width": width, "height": height, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/google/imagen-4-ultra",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def imagen_4_ultra_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``imagen_4_ultra``, then wait until the job ends.

        Takes the arguments of ``imagen_4_ultra`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.imagen_4_ultra(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

    async def gen_4_image(
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
        > **Deprecated request fields:**
        >
        > - `referenceImages` -> `reference_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            seed: Server default: 1337.

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/runway/gen-4-image``
        """
        _args = validate_arguments(
            models.ImageGen4ImageParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageGen4ImageRequest,
            given(
                {
                    "prompt": prompt,
                    "reference_images": reference_images,
                    "width": width,
                    "height": height,
                    "seed": seed,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/runway/gen-4-image",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def gen_4_image_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``gen_4_image``, then wait until the job ends.

        Takes the arguments of ``gen_4_image`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.gen_4_image(
                prompt=prompt,
                reference_images=reference_images,
                webhook_url=webhook_url,
                width=width,
                height=height,
                seed=seed,
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

    async def gpt_image(
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `presetStyles` -> `styles` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            quality: Server default: 'auto'.
            style_images: Image prompts to use for the generation
            preset_styles: Deprecated alias of ``styles`` (sunset 2026-06-19); warns and sends ``styles``.

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/openai/gpt-image``
        """
        styles = use_alias(
            styles,
            preset_styles,
            old="preset_styles",
            new="styles",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        _args = validate_arguments(
            models.ImageGptImageParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageGptImageRequest,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "quality": quality,
                    "image_urls": image_urls,
                    "styles": styles,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/openai/gpt-image",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def gpt_image_and_wait(
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
        """``gpt_image``, then wait until the job ends.

        Takes the arguments of ``gpt_image`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.gpt_image(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                quality=quality,
                image_urls=image_urls,
                styles=styles,
                style_images=style_images,
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

    async def gpt_image_2(
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
        > **Deprecated request fields:**
        >
        > - `imageUrls` -> `image_urls` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            quality: Server default: 'high'.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/openai/gpt-image-2``
        """
        _args = validate_arguments(
            models.ImageGptImage2Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageGptImage2Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "quality": quality,
                    "image_urls": image_urls,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/openai/gpt-image-2",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def gpt_image_2_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``gpt_image_2``, then wait until the job ends.

        Takes the arguments of ``gpt_image_2`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.gpt_image_2(
                prompt=prompt,
                width=width,
                height=height,
                webhook_url=webhook_url,
                quality=quality,
                image_urls=image_urls,
                style_images=style_images,
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

    async def uni_1(
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
        > **Deprecated request fields:**
        >
        > - `outputFormat` -> `output_format` until 2026-06-19
        > - `webSearch` -> `web_search` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            width: Server default: 1024.
            height: Server default: 1024.
            mode: Server default: 'standard'.
            style: Server default: 'auto'.
            web_search: Server default: False.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/luma/uni-1``
        """
        _args = validate_arguments(
            models.ImageUni1Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageUni1Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "mode": mode,
                    "style": style,
                    "output_format": output_format,
                    "web_search": web_search,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/luma/uni-1",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def uni_1_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``uni_1``, then wait until the job ends.

        Takes the arguments of ``uni_1`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.uni_1(
                prompt=prompt,
                webhook_url=webhook_url,
                width=width,
                height=height,
                mode=mode,
                style=style,
                output_format=output_format,
                web_search=web_search,
                style_images=style_images,
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

    async def seedream_4(
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
        > **Deprecated request fields:**
        >
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bytedance/seedream-4``
        """
        _args = validate_arguments(
            models.ImageSeedream4Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageSeedream4Request,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "seed": seed,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/bytedance/seedream-4",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def seedream_4_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``seedream_4``, then wait until the job ends.

        Takes the arguments of ``seedream_4`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.seedream_4(
                prompt=prompt,
                width=width,
                height=height,
                webhook_url=webhook_url,
                seed=seed,
                style_images=style_images,
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

    async def seedream_5_lite(
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
        > **Deprecated request fields:**
        >
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.
            style_images: Image prompts to use for the generation

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bytedance/seedream-5-lite``
        """
        _args = validate_arguments(
            models.ImageSeedream5LiteParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageSeedream5LiteRequest,
            given(
                {
                    "prompt": prompt,
                    "width": width,
                    "height": height,
                    "seed": seed,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/bytedance/seedream-5-lite",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def seedream_5_lite_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``seedream_5_lite``, then wait until the job ends.

        Takes the arguments of ``seedream_5_lite`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.seedream_5_lite(
                prompt=prompt,
                width=width,
                height=height,
                webhook_url=webhook_url,
                seed=seed,
                style_images=style_images,
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

    async def qwen_2512(
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
        > **Deprecated request fields:**
        >
        > - `skipPromptExpansion` -> `skip_prompt_expansion` until 2026-06-19
        > - `presetStyles` -> `styles` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/qwen/2512``
        """
        styles = use_alias(
            styles,
            preset_styles,
            old="preset_styles",
            new="styles",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        _args = validate_arguments(
            models.ImageQwen2512Params,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageQwen2512Request,
            given(
                {
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "width": width,
                    "height": height,
                    "num_inference_steps": num_inference_steps,
                    "cfg_scale": cfg_scale,
                    "seed": seed,
                    "skip_prompt_expansion": skip_prompt_expansion,
                    "styles": styles,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/qwen/2512",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def qwen_2512_and_wait(
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
        """``qwen_2512``, then wait until the job ends.

        Takes the arguments of ``qwen_2512`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.qwen_2512(
                prompt=prompt,
                webhook_url=webhook_url,
                negative_prompt=negative_prompt,
                width=width,
                height=height,
                num_inference_steps=num_inference_steps,
                cfg_scale=cfg_scale,
                seed=seed,
                skip_prompt_expansion=skip_prompt_expansion,
                styles=styles,
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

    async def z_image(
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
        > **Deprecated request fields:**
        >
        > - `presetStyles` -> `styles` until 2026-06-19
        > - `skipPromptExpansion` -> `skip_prompt_expansion` until 2026-06-19
        > - `aspectRatio` -> `aspect_ratio` until 2026-06-19
        > - `imageUrl` -> `image_url` until 2026-06-19
        > - `styleImages` -> `style_images` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

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

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/z-image/z-image``
        """
        styles = use_alias(
            styles,
            preset_styles,
            old="preset_styles",
            new="styles",
            sunset="2026-06-19",
            url="https://docs.krea.ai/developers/deprecations#public-api-snake-case-fields",
        )
        _args = validate_arguments(
            models.ImageZImageParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageZImageRequest,
            given(
                {
                    "prompt": prompt,
                    "aspect_ratio": aspect_ratio,
                    "resolution": resolution,
                    "seed": seed,
                    "denoising_strength": denoising_strength,
                    "styles": styles,
                    "skip_prompt_expansion": skip_prompt_expansion,
                    "image_url": image_url,
                    "style_images": style_images,
                }
            ),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/z-image/z-image",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def z_image_and_wait(
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
        """``z_image``, then wait until the job ends.

        Takes the arguments of ``z_image`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.z_image(
                prompt=prompt,
                aspect_ratio=aspect_ratio,
                resolution=resolution,
                webhook_url=webhook_url,
                seed=seed,
                denoising_strength=denoising_strength,
                styles=styles,
                skip_prompt_expansion=skip_prompt_expansion,
                image_url=image_url,
                style_images=style_images,
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

    async def seededit(
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
        > **Deprecated request fields:**
        >
        > - `imageUrl` -> `image_url` until 2026-06-19
        >
        > Deprecated fields are accepted for compatibility only and are not shown in the request schema.

        Args:
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.
            seed: Server default: 1337.

        Returns:
            models.CreatedJob

        HTTP: ``POST /generate/image/bytedance/seededit``
        """
        _args = validate_arguments(
            models.ImageSeededitParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        _body = validate_arguments(
            models.ImageSeededitRequest,
            given({"prompt": prompt, "image_url": image_url, "seed": seed}),
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/generate/image/bytedance/seededit",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=_body,
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def seededit_and_wait(
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
        wait_timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Job, JobState], object] | None = None,
        on_created: Callable[[tuple[str, ...]], object] | None = None,
        progress: bool = False,
    ) -> models.Job:
        """``seededit``, then wait until the job ends.

        Takes the arguments of ``seededit`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.seededit(
                prompt=prompt,
                image_url=image_url,
                webhook_url=webhook_url,
                seed=seed,
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
