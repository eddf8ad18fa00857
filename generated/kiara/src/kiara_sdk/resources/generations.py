"""Image and video generation jobs."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import List, Literal

from typing_extensions import Required, Unpack

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._jobs import (
    DEFAULT_JOB_TIMEOUT,
    JobState,
    JobStatusSpec,
    async_wait_for_job,
    extract,
    wait_for_job,
)
from .._download import ProgressCallback
from .._progress import async_download_files, download_files, job_progress
from .._methods import Follow, JobWaitParams, RawMethods, RequestParams
from .._methods import and_wait_one as _and_wait_one
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["GenerationsResource", "AsyncGenerationsResource"]

JOB_STATUS = JobStatusSpec(
    status="status",
    lifecycle={
        "canceled": ["canceled"],
        "failed": ["failed"],
        "queued": ["queued"],
        "running": ["processing"],
        "succeeded": ["completed"],
    },
    error="error",
    results=("result.url",),
    poll_interval=2.0,
    slow_down_after=60.0,
)
"""How ``get`` reports a job: status field, lifecycle, results."""


_CREATE = Endpoint(
    "POST",
    "/v1/generations",
    models.Generation,
    models.GenerationCreateParams,
    models.GenerationCreateRequest,
    headers={"Idempotency-Key": "idempotency_key"},
    idempotency_header="Idempotency-Key",
    job_id_path="id",
)
_GET = Endpoint(
    "GET",
    "/v1/generations/{id}",
    models.Generation,
    models.GenerationGetParams,
    path_args={"id": "generation_id"},
    kind="none",
)
_CANCEL = Endpoint(
    "POST",
    "/v1/generations/{id}/cancel",
    models.Generation,
    models.GenerationCancelParams,
    path_args={"id": "generation_id"},
    kind="none",
)


class CreateAndWaitParams(RequestParams, JobWaitParams[models.Generation], total=False):
    prompt: Required[str]
    idempotency_key: str | NotGiven
    product: models.Product | NotGiven
    negative_prompt: str | NotGiven
    aspect: models.Aspect | NotGiven
    seed: int | NotGiven
    webhook_url: str | NotGiven
    metadata: models.Metadata | NotGiven
    source_image_url: str | NotGiven
    second_image_url: str | NotGiven
    start_image_url: str | NotGiven
    duration_seconds: int | NotGiven
    resolution: Literal["720p"] | str | NotGiven
    generate_audio: bool | NotGiven
    image_quality: models.ImageQuality | NotGiven


class GenerationsResource(SyncResource):
    """Image and video generation jobs."""

    def create(
        self,
        *,
        prompt: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        product: models.Product | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        aspect: models.Aspect | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        webhook_url: str | NotGiven = NOT_GIVEN,
        metadata: models.Metadata | NotGiven = NOT_GIVEN,
        source_image_url: str | NotGiven = NOT_GIVEN,
        second_image_url: str | NotGiven = NOT_GIVEN,
        start_image_url: str | NotGiven = NOT_GIVEN,
        duration_seconds: int | NotGiven = NOT_GIVEN,
        resolution: Literal["720p"] | str | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        image_quality: models.ImageQuality | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Create a generation

        Submit an image or video generation. Returns immediately with a job id; poll `get_generation` or wait for a webhook to learn the result. Pass an `Idempotency-Key` header so that retries never double-submit or double-charge.

        Args:
            prompt: Text prompt that describes what to generate. 1–4000 characters. Be specific:
                    subject, lighting, lens, mood, action.
            idempotency_key: Makes the create call safe to retry. Retrying with the same key and the
                    same body returns the original job (no double charge, no double submit); the same
                    key with a different body returns 409 `idempotency_conflict`. Keys are scoped to
                    your account and stored for the life of the job, so replays stay safe.
            product: Public id of the model (product) to invoke; see Kiara's Models section for the
                    catalog. The known values are the products seen in Kiara's docs, not the whole
                    catalog (a newer product is sent as given); each product's page lists exactly which
                    inputs it requires. Server default: 'kiara-image-pro'.
            negative_prompt: Things to avoid (e.g. `blurry, watermark, text`). Keep it short and
                    concrete.
            aspect: Output aspect ratio. `portrait` is best for character shots; `landscape` for scene
                    compositions. Defaults to `portrait`, and to `landscape` for video products. An open
                    string: seed 000 names these two values without saying they are the only ones, so
                    any other value is sent as given and the server decides. Server default: 'portrait'.
            seed: Deterministic seed: same seed + same prompt = same image. Omit for a random seed.
            webhook_url: HTTPS callback fired when the job reaches a terminal state
                    (`generation.completed` or `generation.failed`). Deliveries are HMAC-SHA256 signed;
                    see the webhooks.
            metadata: Arbitrary JSON object echoed back on retrieval and in the webhook; useful for
                    correlating jobs to your records. At most 4 KB (4096 bytes) serialized: JSON Schema
                    has no keyword for a byte size, so the limit is carried by `x-max-bytes` for
                    client-side validation.
            source_image_url: The source image for image-to-image edits, swaps and outfit transfers.
                    Unverified: that it is an http(s) URL is inferred from its name (a value of another
                    form only warns).
            second_image_url: The second image for products that combine two images (swaps, outfit
                    transfers). Unverified: that it is an http(s) URL is inferred from its name (a value
                    of another form only warns).
            start_image_url: The first frame for image-to-video products. Unverified: that it is an
                    http(s) URL is inferred from its name (a value of another form only warns).
            duration_seconds: Video length in seconds (video products only). Server default: 5.
            resolution: Video resolution (video products only), e.g. `720p`. Server default: '720p'.
            generate_audio: Generate an audio track with the video (video products only). Server
                    default: False.
            image_quality: Output quality of `kiara-vogue`.

        HTTP: ``POST /v1/generations``
        """
        return _send(_CREATE, locals())

    def create_and_wait(self, **params: Unpack[CreateAndWaitParams]) -> models.Generation:
        """``create``, then wait for its job."""
        return _and_wait_one(self.create, params, _follow)

    def get(
        self,
        generation_id: models.GenerationId,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Retrieve a generation

        Retrieve a generation job by id. Poll this endpoint until `status` is terminal (`completed`, `failed` or `canceled`): every 2 seconds, backing off after the first minute. Once completed, `result.asset_id` and `result.url` point at the asset.

        Args:
            generation_id: The prefixed generation id (`gen_…`).

        HTTP: ``GET /v1/generations/{id}``
        """
        return _send(_GET, locals())

    def cancel(
        self,
        generation_id: models.GenerationId,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Generation:
        """Cancel a generation

        Cancel a generation that is still `queued`. Once it has left the queue the call fails with 409 `not_cancelable`. Cancelling an already-canceled job again returns the same payload, so the call is safe to retry.

        Args:
            generation_id: The prefixed generation id (`gen_…`).

        HTTP: ``POST /v1/generations/{id}/cancel``
        """
        return _send(_CANCEL, locals())

    def wait(
        self,
        generation_id: models.GenerationId,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Generation, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.Generation:
        """Poll ``get`` until the job succeeds and return its final state.

        Polling starts every ``poll_interval`` seconds (default: the vendor's suggestion) and
        slows down for long jobs; ``on_progress(job, state)`` sees every successful poll, and
        ``progress=True`` shows the job's state on the terminal (standard error). A poll
        that fails for a passing reason (the API unreachable, 408, 429, a 5xx but 501) is repeated until
        the deadline. Raises ``JobFailedError``, ``JobCanceledError``, or ``JobTimeoutError``
        after ``timeout`` seconds (the job may still finish: call ``wait()`` again).
        """
        return wait_for_job(
            lambda: self.get(generation_id),
            JOB_STATUS,
            job_id=str(generation_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {generation_id}"),
            secrets=self._client._secrets,
        )

    def download_results(
        self,
        job: models.Generation,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> List[Path]:
        """Stream every result file of a finished job into the folder ``destination``.

        A file keeps the extension of its URL, or else of its ``Content-Type`` (``content.png``).
        ``on_progress(received, total)`` sees each file's bytes as they arrive (from 0 for each
        file; ``total`` is ``None`` when the server does not announce a size), and
        ``progress=True`` draws a bar per file on the terminal (standard error).
        """
        urls = [str(url) for path in JOB_STATUS.results for url in extract(job, path)]
        return download_files(
            self._client.download, urls, destination, on_progress=on_progress, progress=progress
        )

    @property
    def with_raw_response(self) -> GenerationsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return GenerationsResourceWithRawResponse(self)


class AsyncGenerationsResource(AsyncResource):
    """Image and video generation jobs."""

    create = _awaitable(GenerationsResource.create)

    create_and_wait = _awaitable(GenerationsResource.create_and_wait)

    get = _awaitable(GenerationsResource.get)

    cancel = _awaitable(GenerationsResource.cancel)

    async def wait(
        self,
        generation_id: models.GenerationId,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.Generation, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.Generation:
        """The async :meth:`GenerationsResource.wait`."""
        return await async_wait_for_job(
            lambda: self.get(generation_id),
            JOB_STATUS,
            job_id=str(generation_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {generation_id}"),
            secrets=self._client._secrets,
        )

    async def download_results(
        self,
        job: models.Generation,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> List[Path]:
        """The async :meth:`GenerationsResource.download_results`."""
        urls = [str(url) for path in JOB_STATUS.results for url in extract(job, path)]
        return await async_download_files(
            self._client.download, urls, destination, on_progress=on_progress, progress=progress
        )

    @property
    def with_raw_response(self) -> AsyncGenerationsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncGenerationsResourceWithRawResponse(self)


class GenerationsResourceWithRawResponse(RawMethods):
    """See ``GenerationsResource.with_raw_response``."""

    create = _raw(GenerationsResource.create)
    get = _raw(GenerationsResource.get)
    cancel = _raw(GenerationsResource.cancel)


class AsyncGenerationsResourceWithRawResponse(RawMethods):
    """See ``AsyncGenerationsResource.with_raw_response``."""

    create = _async_raw(AsyncGenerationsResource.create)
    get = _async_raw(AsyncGenerationsResource.get)
    cancel = _async_raw(AsyncGenerationsResource.cancel)


_follow = Follow("id", GenerationsResource, AsyncGenerationsResource)
