"""Style (LoRA) generation and management endpoints"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import List, Literal

from typing_extensions import Required, Unpack

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import Follow, JobWaitParams, PageRequestParams, RawMethods, RequestParams
from .._methods import and_wait_one as _and_wait_one
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._pagination import PageSpec, async_iterate_pages, iterate_pages, page_items
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .jobs import JobsResource, AsyncJobsResource

__all__ = ["StylesResource", "AsyncStylesResource"]

LIST_PAGES = PageSpec(style="cursor", items=("items",), next_cursor="next_cursor")


_TRAIN = Endpoint(
    "POST",
    "/styles/train",
    models.CreatedJob,
    models.StyleTrainParams,
    headers={"X-Webhook-URL": "webhook_url"},
    kind="whole_json",
    whole="body",
    whole_type=models.StyleTrainRequest,
    job_id_path="job_id",
)
_LIST = Endpoint(
    "GET",
    "/styles",
    models.StylePage,
    models.StyleListParams,
    query={
        "cursor": "cursor",
        "limit": "limit",
        "ids": "ids",
        "liked": "liked",
        "user": "user",
        "model": "model",
        "filter": "filter_",
    },
    kind="none",
)
_GET = Endpoint(
    "GET",
    "/styles/{id}",
    models.Style,
    models.StyleGetParams,
    path_args={"id": "style_id"},
    kind="none",
)
_UPDATE = Endpoint(
    "PATCH",
    "/styles/{id}",
    models.Style,
    models.StyleUpdateParams,
    models.StyleUpdateRequest,
    path_args={"id": "style_id"},
)
_GET_SHARE_LINK = Endpoint(
    "GET",
    "/styles/{id}/share/link",
    models.StyleGetShareLinkResponse,
    models.StyleGetShareLinkParams,
    path_args={"id": "style_id"},
    kind="none",
)
_SHARE_WORKSPACE = Endpoint(
    "POST",
    "/styles/{id}/share/workspace",
    models.StyleShareWorkspaceResponse,
    models.StyleShareWorkspaceParams,
    path_args={"id": "style_id"},
    kind="none",
)
_DELETE_SHARE_WORKSPACE = Endpoint(
    "DELETE",
    "/styles/{id}/share/workspace",
    models.StyleDeleteShareWorkspaceResponse,
    models.StyleDeleteShareWorkspaceParams,
    path_args={"id": "style_id"},
    kind="none",
)


class TrainAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    body: Required[models.StyleTrainRequest]
    webhook_url: str | NotGiven


class ListPageParams(PageRequestParams, total=False):
    """The keyword arguments of ``list_pages`` and ``list_all``."""

    limit: int | NotGiven
    ids: str | NotGiven
    liked: bool | NotGiven
    user: str | NotGiven
    model: str | NotGiven
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
    )


class StylesResource(SyncResource):
    """Style (LoRA) generation and management endpoints"""

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

        HTTP: ``POST /styles/train``
        """
        return _send(_TRAIN, locals())

    def train_and_wait(self, **params: Unpack[TrainAndWaitParams]) -> models.Job:
        """``train``, then wait for its job."""
        return _and_wait_one(self.train, params, _follow)

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

        HTTP: ``GET /styles``
        """
        return _send(_LIST, locals())

    def list_pages(self, **params: Unpack[ListPageParams]) -> Iterator[models.StylePage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        return iterate_pages(lambda position: self.list(cursor=position, **params), LIST_PAGES)

    def list_all(self, **params: Unpack[ListPageParams]) -> Iterator[models.Style]:
        """Every item of ``list`` across all pages, fetched lazily."""
        for page in self.list_pages(**params):
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

        HTTP: ``GET /styles/{id}``
        """
        return _send(_GET, locals())

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

        HTTP: ``PATCH /styles/{id}``
        """
        return _send(_UPDATE, locals())

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

        HTTP: ``GET /styles/{id}/share/link``
        """
        return _send(_GET_SHARE_LINK, locals())

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

        HTTP: ``POST /styles/{id}/share/workspace``
        """
        return _send(_SHARE_WORKSPACE, locals())

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

        HTTP: ``DELETE /styles/{id}/share/workspace``
        """
        return _send(_DELETE_SHARE_WORKSPACE, locals())

    @property
    def with_raw_response(self) -> StylesResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return StylesResourceWithRawResponse(self)


class AsyncStylesResource(AsyncResource):
    """Style (LoRA) generation and management endpoints"""

    train = _awaitable(StylesResource.train)

    train_and_wait = _awaitable(StylesResource.train_and_wait)

    list = _awaitable(StylesResource.list)

    def list_pages(self, **params: Unpack[ListPageParams]) -> AsyncIterator[models.StylePage]:
        """Every page of ``list``, one request per page (cursor pagination)."""
        return async_iterate_pages(
            lambda position: self.list(cursor=position, **params),
            LIST_PAGES,
        )

    async def list_all(self, **params: Unpack[ListPageParams]) -> AsyncIterator[models.Style]:
        """Every item of ``list`` across all pages, fetched lazily."""
        async for page in self.list_pages(**params):
            for item in page_items(page, LIST_PAGES):
                yield item

    get = _awaitable(StylesResource.get)

    update = _awaitable(StylesResource.update)

    get_share_link = _awaitable(StylesResource.get_share_link)

    share_workspace = _awaitable(StylesResource.share_workspace)

    delete_share_workspace = _awaitable(StylesResource.delete_share_workspace)

    @property
    def with_raw_response(self) -> AsyncStylesResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncStylesResourceWithRawResponse(self)


class StylesResourceWithRawResponse(RawMethods):
    """See ``StylesResource.with_raw_response``."""

    train = _raw(StylesResource.train)
    list = _raw(StylesResource.list)
    get = _raw(StylesResource.get)
    update = _raw(StylesResource.update)
    get_share_link = _raw(StylesResource.get_share_link)
    share_workspace = _raw(StylesResource.share_workspace)
    delete_share_workspace = _raw(StylesResource.delete_share_workspace)


class AsyncStylesResourceWithRawResponse(RawMethods):
    """See ``AsyncStylesResource.with_raw_response``."""

    train = _async_raw(AsyncStylesResource.train)
    list = _async_raw(AsyncStylesResource.list)
    get = _async_raw(AsyncStylesResource.get)
    update = _async_raw(AsyncStylesResource.update)
    get_share_link = _async_raw(AsyncStylesResource.get_share_link)
    share_workspace = _async_raw(AsyncStylesResource.share_workspace)
    delete_share_workspace = _async_raw(AsyncStylesResource.delete_share_workspace)


_follow = Follow("job_id", JobsResource, AsyncJobsResource)
