"""Folders that organise assets and videos."""

from __future__ import annotations

from typing import List

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import RawMethods
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["FoldersResource", "AsyncFoldersResource"]


_LIST = Endpoint(
    "GET",
    "/folder/list",
    models.FolderList,
    models.FolderListParams,
    query={"type": "type_"},
    kind="none",
)
_CREATE = Endpoint(
    "POST",
    "/folder/create",
    models.Folder,
    None,
    models.FolderCreateRequest,
    renames={"type": "type_"},
)


class FoldersResource(SyncResource):
    """Folders that organise assets and videos."""

    def list(
        self,
        *,
        type_: models.FolderType | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.FolderList:
        """List folders

        List the workspace's folders, optionally only those of one type.

        Args:
            type_: Only folders of this type.

        HTTP: ``GET /folder/list``
        """
        return _send(_LIST, locals())

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        type_: models.FolderType | NotGiven = NOT_GIVEN,
        parent_folder_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Folder:
        """Create a folder

        Create a folder, optionally inside a parent folder.

        Args:
            name: The folder's name. Unverified: that it is required and not empty is inferred (the docs
                    do not mark it required); leaving it out or empty only warns.
            type_: What a folder holds.
            parent_folder_id: Create the folder inside this one.

        HTTP: ``POST /folder/create``
        """
        return _send(_CREATE, locals())

    @property
    def with_raw_response(self) -> FoldersResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return FoldersResourceWithRawResponse(self)


class AsyncFoldersResource(AsyncResource):
    """Folders that organise assets and videos."""

    list = _awaitable(FoldersResource.list)

    create = _awaitable(FoldersResource.create)

    @property
    def with_raw_response(self) -> AsyncFoldersResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncFoldersResourceWithRawResponse(self)


class FoldersResourceWithRawResponse(RawMethods):
    """See ``FoldersResource.with_raw_response``."""

    list = _raw(FoldersResource.list)
    create = _raw(FoldersResource.create)


class AsyncFoldersResourceWithRawResponse(RawMethods):
    """See ``AsyncFoldersResource.with_raw_response``."""

    list = _async_raw(AsyncFoldersResource.list)
    create = _async_raw(AsyncFoldersResource.create)
