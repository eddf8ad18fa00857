"""What the resource methods share, so that each operation is written once.

An operation's signature and docstring live on its sync method. The other methods reuse them:

* ``…_and_wait``, ``…_pages`` and ``…_all`` take the operation's keyword arguments as
  ``**params: Unpack[<Operation>AndWaitParams]`` (PEP 692): editors and ``mypy --strict`` see
  every argument with its type, and an unknown or mistyped one is an error, as before.
* The async resource's one-call methods and ``…_and_wait`` are :func:`awaitable` twins of the
  sync ones: their body hands the arguments to ``_endpoint.send`` (or :func:`and_wait`), which
  for an async client returns the coroutine to await. ``inspect.iscoroutinefunction`` holds,
  and ``help()`` shows the sync method's docstring and signature.
* ``with_raw_response`` is a typed class of :func:`raw` (or :func:`async_raw`) wrappers.
"""

from __future__ import annotations

import functools
import inspect
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from typing_extensions import Concatenate, ParamSpec, TypedDict

from ._jobs import DEFAULT_JOB_TIMEOUT, JobState, async_wait_for_created, wait_for_created
from ._resource import _RAW, AsyncResource, RawResponse
from ._types import Body, Headers, NotGiven, Query, Timeout

__all__ = [
    "RequestParams",
    "PageRequestParams",
    "JobWaitParams",
    "RawMethods",
    "and_wait",
    "and_wait_one",
    "Follow",
    "awaitable",
    "raw",
    "async_raw",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class RequestParams(TypedDict, total=False):
    """The per-request options every method takes (see the README, "Request options")."""

    extra_headers: Headers | None
    extra_query: Query | None
    extra_body: Body | None
    timeout: Timeout | NotGiven


class PageRequestParams(TypedDict, total=False):
    """The per-request options of ``…_pages`` and ``…_all`` (no body to extend)."""

    extra_headers: Headers | None
    extra_query: Query | None
    timeout: Timeout | NotGiven


class JobWaitParams(TypedDict, Generic[T], total=False):
    """How ``…_and_wait`` waits for the job(s) it starts.

    ``wait_timeout``: one deadline in seconds for the whole wait (default
    ``DEFAULT_JOB_TIMEOUT``); ``poll_interval``: seconds between polls (default: the vendor's
    suggestion); ``on_progress(job, state)``: sees every successful poll; ``on_created(job_ids)``:
    called once the job ids are known, before waiting (store them if this process may be killed).
    Raises ``JobFailedError``, ``JobCanceledError``, ``JobTimeoutError`` or, when following a
    started job fails, ``JobPollingError``: each carries ``job_id`` and ``job_ids``, so no started
    job is lost (call ``wait()`` again). ``wait_timeout`` bounds the create call too, and
    ``progress=True`` shows the job's state on the terminal (standard error).
    """

    wait_timeout: float
    poll_interval: float | None
    on_progress: Callable[[T, JobState], object] | None
    on_created: Callable[[tuple[str, ...]], object] | None
    progress: bool


def _split(params: Mapping[str, Any]) -> tuple[dict[str, Any], float, Any, Any, Any]:
    """The create call's arguments, and the deadline and callbacks of the wait."""
    arguments = dict(params)
    deadline = time.monotonic() + arguments.pop("wait_timeout", DEFAULT_JOB_TIMEOUT)
    poll_interval = arguments.pop("poll_interval", None)
    on_progress = arguments.pop("on_progress", None)
    on_created = arguments.pop("on_created", None)
    return arguments, deadline, poll_interval, on_progress, on_created


def _with_progress(wait: Callable[..., T], params: Mapping[str, Any]) -> Callable[..., T]:
    """``wait`` told to draw the job's state (``progress=True``), else as it is."""
    return functools.partial(wait, progress=True) if params.get("progress") else wait


class _Waits(Protocol[T_co]):
    """A resource with a ``wait(job_id, …)`` method (``JobsResource``)."""

    @property
    def wait(self) -> Callable[..., T_co]: ...


@dataclass(frozen=True)
class Follow(Generic[T]):
    """Where the ids of started jobs are in the answer, and the resources polling them."""

    id_path: str
    poller: Callable[[Any], _Waits[T]]
    async_poller: Callable[[Any], object]


def and_wait(
    create: Callable[..., object],
    params: Mapping[str, Any],
    follow: Follow[T],
    args: tuple[Any, ...] = (),
) -> list[T]:
    """``create(*args, **params)``, then wait for every job it started (``…_and_wait``);
    ``create`` is a method of the resource that calls this.

    The async ``…_and_wait`` is the sync method made :func:`awaitable`: on an async resource
    this returns the coroutine that does the same, polling with the async poller."""
    resource: Any = getattr(create, "__self__")
    arguments, deadline, poll_interval, on_progress, on_created = _split(params)
    arguments.pop("progress", None)
    if isinstance(resource, AsyncResource):
        poller: Any = follow.async_poller(resource._client)
        waiting = async_wait_for_created(
            cast("Awaitable[object]", create(*args, **arguments)),
            follow.id_path,
            _with_progress(poller.wait, params),
            deadline,
            poll_interval,
            on_progress,
            on_created,
        )
        return cast("list[T]", waiting)  # awaited by the async method
    return wait_for_created(
        lambda: create(*args, **arguments),
        follow.id_path,
        _with_progress(follow.poller(resource._client).wait, params),
        deadline,
        poll_interval,
        on_progress,
        on_created,
    )


def and_wait_one(
    create: Callable[..., object],
    params: Mapping[str, Any],
    follow: Follow[T],
    args: tuple[Any, ...] = (),
) -> T:
    """:func:`and_wait` for an operation that starts one job: that job's final state."""
    jobs = and_wait(create, params, follow, args)
    if inspect.isawaitable(jobs):
        return cast(T, _first(jobs))
    return jobs[0]


async def _first(jobs: Awaitable[list[T]]) -> T:
    return (await jobs)[0]


def awaitable(
    method: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]:
    """The async resource's twin of a sync one-call method (same arguments, same docstring)."""

    async def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return await cast("Awaitable[R]", method(self, *args, **kwargs))

    functools.update_wrapper(call, method)
    return call


class RawMethods:
    """Base of ``<Resource>WithRawResponse``: the one-call methods of ``resource``."""

    def __init__(self, resource: object) -> None:
        self._resource = resource

    if not TYPE_CHECKING:  # for mypy, a missing method stays an error

        def __getattr__(self, name: str) -> Any:
            # …_and_wait, wait, pages and downloads make several calls and need parsed answers
            # (a job id, a status): raw responses there would lose track of a paid job.
            raise AttributeError(
                f"with_raw_response has no {name!r}: it offers the methods that make one API call"
            )


def raw(
    method: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[RawMethods, P], RawResponse[R]]:
    """``method`` returning the :class:`RawResponse` instead of the parsed model."""

    def call(self: RawMethods, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _RAW.set(True)
        try:
            return cast("RawResponse[R]", method(self._resource, *args, **kwargs))
        finally:
            _RAW.reset(token)

    functools.update_wrapper(call, method)
    return call


def async_raw(
    method: Callable[Concatenate[Any, P], Awaitable[R]],
) -> Callable[Concatenate[RawMethods, P], Coroutine[Any, Any, RawResponse[R]]]:
    """The async :func:`raw`."""

    async def call(self: RawMethods, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _RAW.set(True)
        try:
            return cast("RawResponse[R]", await method(self._resource, *args, **kwargs))
        finally:
            _RAW.reset(token)

    functools.update_wrapper(call, method)
    return call
