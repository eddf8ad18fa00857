"""Style (LoRA) generation and management endpoints"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from functools import partial
from typing import List, Literal, cast

from .. import models
from .._arguments import format_path, given, pick, validate_arguments
from .._jobs import DEFAULT_JOB_TIMEOUT, JobState, async_wait_for_created, wait_for_created
from .._resource import AsyncResource, SyncResource
from .._pagination import PageSpec, async_iterate_pages, iterate_pages, page_items
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions, Timeout
from .jobs import JobsResource, AsyncJobsResource

__all__ = ["StylesResource", "AsyncStylesResource"]


LIST_PAGES = PageSpec(style="cursor", items=("items",), next_cursor="next_cursor")


class StylesResource(SyncResource):
    """Style (LoRA) generation and management endpoints"""

    _raw_methods = frozenset(
        (
            "delete_share_workspace",
            "get",
            "get_share_link",
            "list",
            "share_workspace",
            "train",
            "update",
        )
    )

    def train(
        self,
        *,
        body: models.StyleTrainRequest,
        webhook_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Train a custom style (LoRA)

        Train a custom style (LoRA) with simplified parameters. Uses intelligent defaults based on the training type (Default/Style/Object/Character).

        **Note:** Trained styles are private and only usable by the API user that created them. To allow other workspace members to use the style, share it with the workspace using `POST /styles/{id}/share/workspace`.
        | Model | Compute Units/Step |
        |-------|-------------------|
        | **qwen** | ~8.3 |
        | **wan22** | ~5.3 |
        | **flux_schnell** | ~3.4 |
        | **wan** | ~3.4 |
        | **flux_dev** | ~3.0 |
        | **z-image** | ~2.4 |

        Args:
            body: The request body.
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.

        Returns:
            models.CreatedJob

        HTTP: ``POST /styles/train``
        """
        _args = validate_arguments(
            models.StyleTrainParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        return cast(
            "models.CreatedJob",
            self._client.request(
                "POST",
                "/styles/train",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=validate_arguments(models.StyleTrainRequest, body),
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def train_and_wait(
        self,
        *,
        body: models.StyleTrainRequest,
        webhook_url: str | NotGiven = NOT_GIVEN,
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
        """``train``, then wait until the job ends.

        Takes the arguments of ``train`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = JobsResource(self._client)
        jobs = wait_for_created(
            lambda: self.train(
                body=body,
                webhook_url=webhook_url,
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

    def list(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        ids: str | NotGiven = NOT_GIVEN,
        liked: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        filter_: (
            Literal[
                "all",
                "user",
                "community",
                "krea",
                "shared",
                "unapproved",
                "editor",
                "gallery",
                "public",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StylePage:
        """Search styles

        List styles with pagination and filtering. Returns public styles, user-created styles, or shared styles based on the filter parameter.

        Args:
            liked: Server default: False.
            filter_: Server default: 'all'.

        Returns:
            models.StylePage

        HTTP: ``GET /styles``
        """
        _args = validate_arguments(
            models.StyleListParams,
            given(
                {
                    "cursor": cursor,
                    "limit": limit,
                    "ids": ids,
                    "liked": liked,
                    "user": user,
                    "model": model,
                    "filter": filter_,
                }
            ),
            {"filter": "filter_"},
        )
        return cast(
            "models.StylePage",
            self._client.request(
                "GET",
                "/styles",
                cast_to=models.StylePage,
                params=pick(_args, ("cursor", "limit", "ids", "liked", "user", "model", "filter")),
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def list_pages(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        ids: str | NotGiven = NOT_GIVEN,
        liked: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        filter_: (
            Literal[
                "all",
                "user",
                "community",
                "krea",
                "shared",
                "unapproved",
                "editor",
                "gallery",
                "public",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Iterator[models.StylePage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        yield from iterate_pages(
            lambda position: self.list(
                cursor=position,
                limit=limit,
                ids=ids,
                liked=liked,
                user=user,
                model=model,
                filter_=filter_,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            LIST_PAGES,
        )

    def list_all(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        ids: str | NotGiven = NOT_GIVEN,
        liked: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        filter_: (
            Literal[
                "all",
                "user",
                "community",
                "krea",
                "shared",
                "unapproved",
                "editor",
                "gallery",
                "public",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Iterator[models.Style]:
        """Every item of ``list`` across all pages, fetched lazily."""
        for page in self.list_pages(
            limit=limit,
            ids=ids,
            liked=liked,
            user=user,
            model=model,
            filter_=filter_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        ):
            for item in page_items(page, LIST_PAGES):
                yield item

    def get(
        self,
        style_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Style:
        """Get a single style by ID

        Get a single style by ID. Returns public styles or your own private styles.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.Style

        HTTP: ``GET /styles/{id}``
        """
        _args = validate_arguments(
            models.StyleGetParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        return cast(
            "models.Style",
            self._client.request(
                "GET",
                format_path("/styles/{id}", pick(_args, ("id",))),
                cast_to=models.Style,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def update(
        self,
        style_id: str,
        *,
        public: bool | None | NotGiven = NOT_GIVEN,
        urls: List[str] | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        cover_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Style:
        """Update a style

        Update style properties. Currently supports updating the public visibility of a style you own.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.Style

        HTTP: ``PATCH /styles/{id}``
        """
        _args = validate_arguments(
            models.StyleUpdateParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        _body = validate_arguments(
            models.StyleUpdateRequest,
            given({"public": public, "urls": urls, "title": title, "cover_url": cover_url}),
        )
        return cast(
            "models.Style",
            self._client.request(
                "PATCH",
                format_path("/styles/{id}", pick(_args, ("id",))),
                cast_to=models.Style,
                json_body=_body,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def get_share_link(
        self,
        style_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StyleGetShareLinkResponse:
        """Get a shareable link for a style

        Generate or retrieve a shareable link for a style you own. The link allows others to access the style.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.StyleGetShareLinkResponse

        HTTP: ``GET /styles/{id}/share/link``
        """
        _args = validate_arguments(
            models.StyleGetShareLinkParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        return cast(
            "models.StyleGetShareLinkResponse",
            self._client.request(
                "GET",
                format_path("/styles/{id}/share/link", pick(_args, ("id",))),
                cast_to=models.StyleGetShareLinkResponse,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def share_workspace(
        self,
        style_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StyleShareWorkspaceResponse:
        """Share a style with your workspace

        Share a style you own with your API workspace. All members of the workspace will be able to use the style.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.StyleShareWorkspaceResponse

        HTTP: ``POST /styles/{id}/share/workspace``
        """
        _args = validate_arguments(
            models.StyleShareWorkspaceParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        return cast(
            "models.StyleShareWorkspaceResponse",
            self._client.request(
                "POST",
                format_path("/styles/{id}/share/workspace", pick(_args, ("id",))),
                cast_to=models.StyleShareWorkspaceResponse,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    def delete_share_workspace(
        self,
        style_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StyleDeleteShareWorkspaceResponse:
        """Remove a style from your workspace

        Remove a style you own from your API workspace. Workspace members will no longer have access to the style.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.StyleDeleteShareWorkspaceResponse

        HTTP: ``DELETE /styles/{id}/share/workspace``
        """
        _args = validate_arguments(
            models.StyleDeleteShareWorkspaceParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        return cast(
            "models.StyleDeleteShareWorkspaceResponse",
            self._client.request(
                "DELETE",
                format_path("/styles/{id}/share/workspace", pick(_args, ("id",))),
                cast_to=models.StyleDeleteShareWorkspaceResponse,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncStylesResource(AsyncResource):
    """Style (LoRA) generation and management endpoints"""

    _raw_methods = frozenset(
        (
            "delete_share_workspace",
            "get",
            "get_share_link",
            "list",
            "share_workspace",
            "train",
            "update",
        )
    )

    async def train(
        self,
        *,
        body: models.StyleTrainRequest,
        webhook_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreatedJob:
        """Train a custom style (LoRA)

        Train a custom style (LoRA) with simplified parameters. Uses intelligent defaults based on the training type (Default/Style/Object/Character).

        **Note:** Trained styles are private and only usable by the API user that created them. To allow other workspace members to use the style, share it with the workspace using `POST /styles/{id}/share/workspace`.
        | Model | Compute Units/Step |
        |-------|-------------------|
        | **qwen** | ~8.3 |
        | **wan22** | ~5.3 |
        | **flux_schnell** | ~3.4 |
        | **wan** | ~3.4 |
        | **flux_dev** | ~3.0 |
        | **z-image** | ~2.4 |

        Args:
            body: The request body.
            webhook_url: URL to receive a POST request when the job completes. The webhook will receive
                    the job data including results.

        Returns:
            models.CreatedJob

        HTTP: ``POST /styles/train``
        """
        _args = validate_arguments(
            models.StyleTrainParams,
            given({"X-Webhook-URL": webhook_url}),
            {"X-Webhook-URL": "webhook_url"},
        )
        return cast(
            "models.CreatedJob",
            await self._client.request(
                "POST",
                "/styles/train",
                cast_to=models.CreatedJob,
                headers=pick(_args, ("X-Webhook-URL",)),
                json_body=validate_arguments(models.StyleTrainRequest, body),
                job_id_path="job_id",
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def train_and_wait(
        self,
        *,
        body: models.StyleTrainRequest,
        webhook_url: str | NotGiven = NOT_GIVEN,
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
        """``train``, then wait until the job ends.

        Takes the arguments of ``train`` plus ``wait_timeout`` (one deadline in seconds for
        the create call and the whole wait), ``poll_interval``, ``on_progress(job, state)``, ``on_created(job_ids)``
        (called once the job ids are known, before waiting: store them if this process may be
        killed) and ``progress`` (``True``: the job's state on the terminal). Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when
        following a started job fails, ``JobPollingError``: each carries ``job_id`` and
        ``job_ids``, so no started job is lost (call ``wait()`` again).
        """
        deadline = time.monotonic() + wait_timeout
        poller = AsyncJobsResource(self._client)
        jobs = await async_wait_for_created(
            self.train(
                body=body,
                webhook_url=webhook_url,
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

    async def list(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        ids: str | NotGiven = NOT_GIVEN,
        liked: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        filter_: (
            Literal[
                "all",
                "user",
                "community",
                "krea",
                "shared",
                "unapproved",
                "editor",
                "gallery",
                "public",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StylePage:
        """Search styles

        List styles with pagination and filtering. Returns public styles, user-created styles, or shared styles based on the filter parameter.

        Args:
            liked: Server default: False.
            filter_: Server default: 'all'.

        Returns:
            models.StylePage

        HTTP: ``GET /styles``
        """
        _args = validate_arguments(
            models.StyleListParams,
            given(
                {
                    "cursor": cursor,
                    "limit": limit,
                    "ids": ids,
                    "liked": liked,
                    "user": user,
                    "model": model,
                    "filter": filter_,
                }
            ),
            {"filter": "filter_"},
        )
        return cast(
            "models.StylePage",
            await self._client.request(
                "GET",
                "/styles",
                cast_to=models.StylePage,
                params=pick(_args, ("cursor", "limit", "ids", "liked", "user", "model", "filter")),
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def list_pages(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        ids: str | NotGiven = NOT_GIVEN,
        liked: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        filter_: (
            Literal[
                "all",
                "user",
                "community",
                "krea",
                "shared",
                "unapproved",
                "editor",
                "gallery",
                "public",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[models.StylePage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        async for page in async_iterate_pages(
            lambda position: self.list(
                cursor=position,
                limit=limit,
                ids=ids,
                liked=liked,
                user=user,
                model=model,
                filter_=filter_,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            LIST_PAGES,
        ):
            yield page

    async def list_all(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        ids: str | NotGiven = NOT_GIVEN,
        liked: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        filter_: (
            Literal[
                "all",
                "user",
                "community",
                "krea",
                "shared",
                "unapproved",
                "editor",
                "gallery",
                "public",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[models.Style]:
        """Every item of ``list`` across all pages, fetched lazily."""
        async for page in self.list_pages(
            limit=limit,
            ids=ids,
            liked=liked,
            user=user,
            model=model,
            filter_=filter_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        ):
            for item in page_items(page, LIST_PAGES):
                yield item

    async def get(
        self,
        style_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Style:
        """Get a single style by ID

        Get a single style by ID. Returns public styles or your own private styles.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.Style

        HTTP: ``GET /styles/{id}``
        """
        _args = validate_arguments(
            models.StyleGetParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        return cast(
            "models.Style",
            await self._client.request(
                "GET",
                format_path("/styles/{id}", pick(_args, ("id",))),
                cast_to=models.Style,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def update(
        self,
        style_id: str,
        *,
        public: bool | None | NotGiven = NOT_GIVEN,
        urls: List[str] | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        cover_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Style:
        """Update a style

        Update style properties. Currently supports updating the public visibility of a style you own.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.Style

        HTTP: ``PATCH /styles/{id}``
        """
        _args = validate_arguments(
            models.StyleUpdateParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        _body = validate_arguments(
            models.StyleUpdateRequest,
            given({"public": public, "urls": urls, "title": title, "cover_url": cover_url}),
        )
        return cast(
            "models.Style",
            await self._client.request(
                "PATCH",
                format_path("/styles/{id}", pick(_args, ("id",))),
                cast_to=models.Style,
                json_body=_body,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def get_share_link(
        self,
        style_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StyleGetShareLinkResponse:
        """Get a shareable link for a style

        Generate or retrieve a shareable link for a style you own. The link allows others to access the style.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.StyleGetShareLinkResponse

        HTTP: ``GET /styles/{id}/share/link``
        """
        _args = validate_arguments(
            models.StyleGetShareLinkParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        return cast(
            "models.StyleGetShareLinkResponse",
            await self._client.request(
                "GET",
                format_path("/styles/{id}/share/link", pick(_args, ("id",))),
                cast_to=models.StyleGetShareLinkResponse,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def share_workspace(
        self,
        style_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StyleShareWorkspaceResponse:
        """Share a style with your workspace

        Share a style you own with your API workspace. All members of the workspace will be able to use the style.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.StyleShareWorkspaceResponse

        HTTP: ``POST /styles/{id}/share/workspace``
        """
        _args = validate_arguments(
            models.StyleShareWorkspaceParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        return cast(
            "models.StyleShareWorkspaceResponse",
            await self._client.request(
                "POST",
                format_path("/styles/{id}/share/workspace", pick(_args, ("id",))),
                cast_to=models.StyleShareWorkspaceResponse,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def delete_share_workspace(
        self,
        style_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StyleDeleteShareWorkspaceResponse:
        """Remove a style from your workspace

        Remove a style you own from your API workspace. Workspace members will no longer have access to the style.

        Args:
            style_id: A unique identifier for a style

        Returns:
            models.StyleDeleteShareWorkspaceResponse

        HTTP: ``DELETE /styles/{id}/share/workspace``
        """
        _args = validate_arguments(
            models.StyleDeleteShareWorkspaceParams,
            given({"id": style_id}),
            {"id": "style_id"},
        )
        return cast(
            "models.StyleDeleteShareWorkspaceResponse",
            await self._client.request(
                "DELETE",
                format_path("/styles/{id}/share/workspace", pick(_args, ("id",))),
                cast_to=models.StyleDeleteShareWorkspaceResponse,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )
