"""Image and video generation and the assets it produces."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Dict, List, Literal

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
from .._methods import and_wait as _and_wait
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["AssetsResource", "AsyncAssetsResource"]

JOB_STATUS = JobStatusSpec(
    status="status",
    lifecycle={
        "failed": ["failed"],
        "queued": ["pending"],
        "running": ["generating"],
        "succeeded": ["completed"],
    },
    error="error",
    results=("url",),
    poll_interval=2.0,
    slow_down_after=60.0,
)
"""How ``get_status`` reports a job: status field, lifecycle, results."""


_START_GENERATION = Endpoint(
    "POST",
    "/asset/start",
    models.AssetStartResponse,
    None,
    models.AssetStartRequest,
    renames={"type": "type_"},
    job_id_path="asset_ids.*",
)
_GET_STATUS = Endpoint(
    "GET",
    "/asset/status/{assetId}",
    models.AssetStatusResponse,
    models.AssetGetStatusParams,
    path_args={"assetId": "asset_id"},
    kind="none",
)


class StartGenerationAndWaitParams(
    RequestParams,
    JobWaitParams[models.AssetStatusResponse],
    total=False,
):
    type_: Required[models.GenerationType]
    model: Required[
        Literal[
            "kling-pro",
            "kling-motion-control",
            "kling-motion-control-pro",
            "kling-v3-motion-pro",
            "kling-v3-motion-standard",
            "kling-o3-edit-pro",
            "kling-o3-edit-standard",
            "veo-3.1-flf",
            "veo-3.1-extend",
            "grok-imagine-video-edit",
            "bytedance-upscaler",
        ]
        | str
    ]
    prompt: Required[str]
    references: List[models.MediaReference] | NotGiven
    generation_count: int | NotGiven
    aspect_ratio: str | NotGiven
    resolution: str | NotGiven
    duration: int | NotGiven
    model_settings: Dict[str, Any] | NotGiven
    parent_media_id: str | NotGiven
    folder_id: str | NotGiven
    avatar_description: str | NotGiven
    webhook_url: str | NotGiven
    start_image: models.MediaReference | NotGiven
    end_image: models.MediaReference | NotGiven
    motion_video: models.MediaReference | NotGiven
    source_video: models.MediaReference | NotGiven
    first_frame: models.MediaReference | NotGiven
    last_frame: models.MediaReference | NotGiven


class AssetsResource(SyncResource):
    """Image and video generation and the assets it produces."""

    def start_generation(
        self,
        *,
        type_: models.GenerationType,
        model: (
            Literal[
                "kling-pro",
                "kling-motion-control",
                "kling-motion-control-pro",
                "kling-v3-motion-pro",
                "kling-v3-motion-standard",
                "kling-o3-edit-pro",
                "kling-o3-edit-standard",
                "veo-3.1-flf",
                "veo-3.1-extend",
                "grok-imagine-video-edit",
                "bytedance-upscaler",
            ]
            | str
        ),
        prompt: str,
        references: List[models.MediaReference] | NotGiven = NOT_GIVEN,
        generation_count: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        resolution: str | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        model_settings: Dict[str, Any] | NotGiven = NOT_GIVEN,
        parent_media_id: str | NotGiven = NOT_GIVEN,
        folder_id: str | NotGiven = NOT_GIVEN,
        avatar_description: str | NotGiven = NOT_GIVEN,
        webhook_url: str | NotGiven = NOT_GIVEN,
        start_image: models.MediaReference | NotGiven = NOT_GIVEN,
        end_image: models.MediaReference | NotGiven = NOT_GIVEN,
        motion_video: models.MediaReference | NotGiven = NOT_GIVEN,
        source_video: models.MediaReference | NotGiven = NOT_GIVEN,
        first_frame: models.MediaReference | NotGiven = NOT_GIVEN,
        last_frame: models.MediaReference | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetStartResponse:
        """Submit an asset generation

        Start generating one or more images or videos with any supported model. Returns immediately with the ids of the temporary assets being generated (one per generation); generations run in the background, typically 10–120 seconds depending on the model. Poll `get_asset_status` with each id, or pass `webhook_url`. Credits are debited up front based on the model and the parameters; failed generations are refunded automatically. Use `list_models` / `get_model` to discover each model's parameters (including named input slots) and `get_pricing` for a dry-run cost estimate.

        Args:
            type_: What to generate. Must match the type of the selected model.
            model: The model identifier; see `list_models` for the identifiers and capabilities. The
                    known values are those of seed 001's named-slot table; the catalog is larger.
            prompt: Text prompt describing the asset to generate. Some models cap its length (see
                    `max_prompt_length` from `get_model`).
            references: Reference media for the model. Required for image-to-video, motion control, edit
                    and reference-based models. Not used for models with named input slots (e.g.
                    `kling-motion-control`, `veo-3.1-flf`), and cannot be combined with a named slot.
            generation_count: Number of variations to generate from the same prompt. Credits are debited
                    per generation. Server default: 1.
            aspect_ratio: One of the model's supported aspect ratios
                    (`capabilities.supported_aspect_ratios`). Defaults to the model's default if
                    omitted.
            resolution: One of the model's supported resolutions. Defaults to the model's default if
                    omitted.
            duration: Video duration in seconds (e.g. `8`). Use one of the model's supported durations
                    (the duration enum in the model's `input_schema`); the server converts it to the
                    model's expected format.
            model_settings: Per-model toggles such as `generateAudio`, `camera_fixed`, `quality`; see
                    the model's `settings` for the available keys.
            parent_media_id: Id of an existing media in the space. Used to inherit reference avatars or
                    to group variations under a parent.
            folder_id: Folder to put the assets in. Ignored when `parent_media_id` is set.
            avatar_description: For Seedance 2.0 UGC only: appearance and actions of the subject
                    (separate from the script).
            webhook_url: URL that receives a notification when the generation completes (success or
                    failure). Unverified: that it is an absolute http(s) URL is inferred (a value of
                    another form only warns).
            start_image: Named slot (`kling-pro`, motion-control models).
            end_image: Named slot (`kling-pro`); needs `start_image`.
            motion_video: Named slot (motion-control models); needs `start_image`.
            source_video: Named slot (edit, extend and upscale models).
            first_frame: Named slot (`veo-3.1-flf`).
            last_frame: Named slot (`veo-3.1-flf`); needs `first_frame`.

        HTTP: ``POST /asset/start``
        """
        return _send(_START_GENERATION, locals())

    def start_generation_and_wait(
        self,
        **params: Unpack[StartGenerationAndWaitParams],
    ) -> List[models.AssetStatusResponse]:
        """``start_generation``, then wait for its jobs."""
        return _and_wait(self.start_generation, params, _follow)

    def get_status(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AssetStatusResponse:
        """Get an asset's generation status

        Track a generation started by `start_asset_generation`. Poll until `status` is `completed` (then `url` is set) or `failed` (then `error` is set).

        Args:
            asset_id: An id from `asset_ids` of the start response.

        HTTP: ``GET /asset/status/{assetId}``
        """
        return _send(_GET_STATUS, locals())

    def wait(
        self,
        asset_id: str,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.AssetStatusResponse, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.AssetStatusResponse:
        """Poll ``get_status`` until the job succeeds and return its final state.

        Polling starts every ``poll_interval`` seconds (default: the vendor's suggestion) and
        slows down for long jobs; ``on_progress(job, state)`` sees every successful poll, and
        ``progress=True`` shows the job's state on the terminal (standard error). A poll
        that fails for a passing reason (the API unreachable, 408, 429, a 5xx but 501) is repeated until
        the deadline. Raises ``JobFailedError``, ``JobCanceledError``, or ``JobTimeoutError``
        after ``timeout`` seconds (the job may still finish: call ``wait()`` again).
        """
        return wait_for_job(
            lambda: self.get_status(asset_id),
            JOB_STATUS,
            job_id=str(asset_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {asset_id}"),
            secrets=self._client._secrets,
        )

    def download_results(
        self,
        job: models.AssetStatusResponse,
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
    def with_raw_response(self) -> AssetsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AssetsResourceWithRawResponse(self)


class AsyncAssetsResource(AsyncResource):
    """Image and video generation and the assets it produces."""

    start_generation = _awaitable(AssetsResource.start_generation)

    start_generation_and_wait = _awaitable(AssetsResource.start_generation_and_wait)

    get_status = _awaitable(AssetsResource.get_status)

    async def wait(
        self,
        asset_id: str,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: Callable[[models.AssetStatusResponse, JobState], object] | None = None,
        progress: bool = False,
    ) -> models.AssetStatusResponse:
        """The async :meth:`AssetsResource.wait`."""
        return await async_wait_for_job(
            lambda: self.get_status(asset_id),
            JOB_STATUS,
            job_id=str(asset_id),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=job_progress(on_progress, progress, f"job {asset_id}"),
            secrets=self._client._secrets,
        )

    async def download_results(
        self,
        job: models.AssetStatusResponse,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> List[Path]:
        """The async :meth:`AssetsResource.download_results`."""
        urls = [str(url) for path in JOB_STATUS.results for url in extract(job, path)]
        return await async_download_files(
            self._client.download, urls, destination, on_progress=on_progress, progress=progress
        )

    @property
    def with_raw_response(self) -> AsyncAssetsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncAssetsResourceWithRawResponse(self)


class AssetsResourceWithRawResponse(RawMethods):
    """See ``AssetsResource.with_raw_response``."""

    start_generation = _raw(AssetsResource.start_generation)
    get_status = _raw(AssetsResource.get_status)


class AsyncAssetsResourceWithRawResponse(RawMethods):
    """See ``AsyncAssetsResource.with_raw_response``."""

    start_generation = _async_raw(AsyncAssetsResource.start_generation)
    get_status = _async_raw(AsyncAssetsResource.get_status)


_follow = Follow("asset_ids.*", AssetsResource, AsyncAssetsResource)
