"""Executing custom node apps built in our nodes tool"""

from __future__ import annotations

from typing import Any, Dict, List

from typing_extensions import Unpack

from .. import models
from .._endpoint import Endpoint
from .._endpoint import send as _send
from .._methods import Follow, JobWaitParams, RawMethods, RequestParams
from .._methods import and_wait as _and_wait
from .._methods import async_raw as _async_raw
from .._methods import awaitable as _awaitable
from .._methods import raw as _raw
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .jobs import JobsResource, AsyncJobsResource

__all__ = ["NodeAppsResource", "AsyncNodeAppsResource"]


_GET = Endpoint(
    "GET",
    "/node-apps/{id}",
    models.NodeApp,
    models.NodeAppGetParams,
    path_args={"id": "node_app_id"},
    kind="none",
)
_EXECUTE = Endpoint(
    "POST",
    "/node-apps/{id}/execute",
    List[models.Job],
    models.NodeAppExecuteParams,
    path_args={"id": "node_app_id"},
    kind="whole_json",
    whole="body",
    whole_type=Dict[str, Any],
    job_id_path="*.job_id",
)


class ExecuteAndWaitParams(RequestParams, JobWaitParams[models.Job], total=False):
    body: Dict[str, Any] | NotGiven


class NodeAppsResource(SyncResource):
    """Executing custom node apps built in our nodes tool"""

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

        HTTP: ``GET /node-apps/{id}``
        """
        return _send(_GET, locals())

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

        HTTP: ``POST /node-apps/{id}/execute``
        """
        return _send(_EXECUTE, locals())

    def execute_and_wait(
        self,
        node_app_id: str,
        **params: Unpack[ExecuteAndWaitParams],
    ) -> List[models.Job]:
        """``execute``, then wait for its jobs."""
        return _and_wait(self.execute, params, _follow, (node_app_id,))

    @property
    def with_raw_response(self) -> NodeAppsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return NodeAppsResourceWithRawResponse(self)


class AsyncNodeAppsResource(AsyncResource):
    """Executing custom node apps built in our nodes tool"""

    get = _awaitable(NodeAppsResource.get)

    execute = _awaitable(NodeAppsResource.execute)

    execute_and_wait = _awaitable(NodeAppsResource.execute_and_wait)

    @property
    def with_raw_response(self) -> AsyncNodeAppsResourceWithRawResponse:
        """The one-call methods, returning :class:`RawResponse`."""
        return AsyncNodeAppsResourceWithRawResponse(self)


class NodeAppsResourceWithRawResponse(RawMethods):
    """See ``NodeAppsResource.with_raw_response``."""

    get = _raw(NodeAppsResource.get)
    execute = _raw(NodeAppsResource.execute)


class AsyncNodeAppsResourceWithRawResponse(RawMethods):
    """See ``AsyncNodeAppsResource.with_raw_response``."""

    get = _async_raw(AsyncNodeAppsResource.get)
    execute = _async_raw(AsyncNodeAppsResource.execute)


_follow = Follow("*.job_id", JobsResource, AsyncJobsResource)
