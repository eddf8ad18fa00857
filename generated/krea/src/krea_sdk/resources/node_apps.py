"""Executing custom node apps built in our nodes tool"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Dict, List, Literal, cast

from .. import models
from .._arguments import embed, format_path, given, pick, validate_arguments
from .._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, RequestOptions, Timeout

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["NodeAppsResource", "AsyncNodeAppsResource"]


class NodeAppsResource:
    """Executing custom node apps built in our nodes tool"""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        node_app_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.NodeApp:
        """Get a node app by version ID

        Get a single node app by version ID. Returns the node app details including input/output schemas.

        Args:
            node_app_id: Node app version ID

        Returns:
            models.NodeApp

        HTTP: ``GET /node-apps/{id}``
        """
        _args = given({"id": node_app_id})
        return cast(
            "models.NodeApp",
            self._client.request(
                "GET",
                format_path("/node-apps/{id}", pick(_args, ("id",))),
                cast_to=models.NodeApp,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    def execute(
        self,
        node_app_id: str,
        *,
        body: Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> List[models.Job]:
        """Execute a node app

        Execute a node app by version ID. The request body should contain the input data as a JSON object matching the node app's input schema. Returns a job that can be tracked using /jobs/{id}.

        Args:
            node_app_id: Node app version ID
            body: Input data for the node app execution, matching the node app's input schema

        Returns:
            List[models.Job]

        HTTP: ``POST /node-apps/{id}/execute``
        """
        _args = given({"id": node_app_id})
        return cast(
            "List[models.Job]",
            self._client.request(
                "POST",
                format_path("/node-apps/{id}/execute", pick(_args, ("id",))),
                cast_to=List[models.Job],
                json_body=validate_arguments(Dict[str, Any], body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )


class AsyncNodeAppsResource:
    """Executing custom node apps built in our nodes tool"""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        node_app_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.NodeApp:
        """Get a node app by version ID

        Get a single node app by version ID. Returns the node app details including input/output schemas.

        Args:
            node_app_id: Node app version ID

        Returns:
            models.NodeApp

        HTTP: ``GET /node-apps/{id}``
        """
        _args = given({"id": node_app_id})
        return cast(
            "models.NodeApp",
            await self._client.request(
                "GET",
                format_path("/node-apps/{id}", pick(_args, ("id",))),
                cast_to=models.NodeApp,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )

    async def execute(
        self,
        node_app_id: str,
        *,
        body: Dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> List[models.Job]:
        """Execute a node app

        Execute a node app by version ID. The request body should contain the input data as a JSON object matching the node app's input schema. Returns a job that can be tracked using /jobs/{id}.

        Args:
            node_app_id: Node app version ID
            body: Input data for the node app execution, matching the node app's input schema

        Returns:
            List[models.Job]

        HTTP: ``POST /node-apps/{id}/execute``
        """
        _args = given({"id": node_app_id})
        return cast(
            "List[models.Job]",
            await self._client.request(
                "POST",
                format_path("/node-apps/{id}/execute", pick(_args, ("id",))),
                cast_to=List[models.Job],
                json_body=validate_arguments(Dict[str, Any], body),
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            ),
        )
