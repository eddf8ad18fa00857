"""Folders that organise assets and videos."""

from __future__ import annotations

from typing import List, cast

from .. import models
from .._arguments import given, pick, validate_arguments
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions, Timeout

__all__ = ["FoldersResource", "AsyncFoldersResource"]


class FoldersResource(SyncResource):
    """Folders that organise assets and videos."""

    _raw_methods = frozenset(("create", "list"))

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

        Returns:
            models.FolderList

        HTTP: ``GET /folder/list``
        """
        _args = validate_arguments(
            models.FolderListParams,
            given({"type": type_}),
            {"type": "type_"},
        )
        return cast(
            "models.FolderList",
            self._client.request(
                "GET",
                "/folder/list",
                cast_to=models.FolderList,
                params=pick(_args, ("type",)),
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

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

        Returns:
            models.Folder

        HTTP: ``POST /folder/create``
        """
        _body = validate_arguments(
            models.FolderCreateRequest,
            given({"name": name, "type": type_, "parent_folder_id": parent_folder_id}),
            {"type": "type_"},
        )
        return cast(
            "models.Folder",
            self._client.request(
                "POST",
                "/folder/create",
                cast_to=models.Folder,
                json_body=_body,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )


class AsyncFoldersResource(AsyncResource):
    """Folders that organise assets and videos."""

    _raw_methods = frozenset(("create", "list"))

    async def list(
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

        Returns:
            models.FolderList

        HTTP: ``GET /folder/list``
        """
        _args = validate_arguments(
            models.FolderListParams,
            given({"type": type_}),
            {"type": "type_"},
        )
        return cast(
            "models.FolderList",
            await self._client.request(
                "GET",
                "/folder/list",
                cast_to=models.FolderList,
                params=pick(_args, ("type",)),
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )

    async def create(
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

        Returns:
            models.Folder

        HTTP: ``POST /folder/create``
        """
        _body = validate_arguments(
            models.FolderCreateRequest,
            given({"name": name, "type": type_, "parent_folder_id": parent_folder_id}),
            {"type": "type_"},
        )
        return cast(
            "models.Folder",
            await self._client.request(
                "POST",
                "/folder/create",
                cast_to=models.Folder,
                json_body=_body,
                options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
            ),
        )
