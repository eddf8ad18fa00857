"""One job lifecycle for every generation API: follow a job until it ends, never forever.

Vendors name their states differently (``succeed``, ``completed``, ``success``…); each package maps
them, from its spec, onto ``queued → running → succeeded | failed | canceled``. A status the
mapping does not know counts as ``unknown`` and polling goes on, bounded by the deadline.

Polling starts at the vendor's suggested interval and slows down (×1.5, at most 30 s) once the
job has run for a while, so long video jobs do not burn through rate limits. A poll that fails
for a passing reason (the API unreachable, 408, 429, a 5xx but 501, after the client's retries) is
not the end of the job: polling goes on until the deadline, since a status request is free and
safe to repeat; a poll the server answered with a ``Retry-After`` is not repeated sooner than
it asked (when that is past the deadline, the wait ends there). When the deadline passes, :class:`JobTimeoutError` carries the job id (and the
last poll's error as ``__cause__``, if it failed): the job keeps running on the server and can
be picked up again with ``wait()``; nothing is lost and nothing is submitted twice.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import pydantic

from . import _observe
from ._auth import redact
from ._deadline import call_deadline
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    PackageError,
)

__all__ = [
    "JobState",
    "JobStatusSpec",
    "JobError",
    "JobFailedError",
    "JobCanceledError",
    "JobTimeoutError",
    "JobPollingError",
    "DEFAULT_JOB_TIMEOUT",
    "extract",
    "job_state",
    "wait_for_job",
    "async_wait_for_job",
    "wait_for_created",
    "async_wait_for_created",
]

JobState = Literal["queued", "running", "succeeded", "failed", "canceled", "unknown"]
DEFAULT_JOB_TIMEOUT = 900.0
MAX_POLL_INTERVAL = 30.0
LAST_POLL_TIME = 10.0  # seconds kept for the last poll before a wait's deadline
T = TypeVar("T")


@dataclass(frozen=True)
class JobStatusSpec:
    """Where a status response keeps its status, errors and results (from ``x-sdk-job-status``)."""

    status: str
    lifecycle: Mapping[str, Sequence[str]]
    error: str | None = None
    results: tuple[str, ...] = ()
    poll_interval: float = 2.0
    slow_down_after: float = 60.0
    _states: dict[str, JobState] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def state(self, raw: object) -> JobState:
        if not self._states:
            for state, values in self.lifecycle.items():
                for value in values:
                    self._states[str(value)] = state  # type: ignore[assignment]
        return self._states.get(str(raw), "unknown")


class JobError(PackageError):
    """A job did not end in success. ``job`` is the last status response seen.

    ``job_ids`` lists every job the same call started (a ``…_and_wait`` call may start several
    and follows them one after the other): when one of them fails, the others are not lost."""

    def __init__(
        self,
        message: str,
        *,
        job_id: str,
        job: Any,
        status: object,
        state: JobState,
        job_ids: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.job = job
        self.status = status
        self.state = state
        self.job_ids: tuple[str, ...] = tuple(job_ids) or (job_id,)


class JobFailedError(JobError):
    """The job failed; ``error`` holds the vendor's failure details when it gives any."""

    def __init__(
        self, message: str, *, job_id: str, job: Any, status: object, error: object = None
    ) -> None:
        super().__init__(message, job_id=job_id, job=job, status=status, state="failed")
        self.error = error


class JobCanceledError(JobError):
    """The job was canceled before it finished."""


class JobTimeoutError(JobError, TimeoutError):
    """The deadline passed first. The job may still finish: call ``wait()`` again with its id."""


class JobPollingError(JobError):
    """A ``…_and_wait`` call started a job, then following it failed: the connection, an API
    error or an answer that does not parse (the original error is ``__cause__``). The job exists
    and is paid for; it may still finish: call ``wait()`` with ``job_id`` (and each of ``job_ids``).
    """


def plain(value: Any) -> Any:
    """JSON-like data with wire names, so paths match what the server sent: a parsed answer may
    be a model, or a list or dict of models (an operation that starts several jobs returns a list).
    """
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def extract(value: Any, path: str) -> list[Any]:
    """Values at a dotted ``path`` (``*`` matches every list item): ``data.images.*.url``."""
    current = [plain(value)]
    for part in path.split(".") if path else []:
        found: list[Any] = []
        for item in current:
            if part == "*" and isinstance(item, list):
                found.extend(item)
            elif isinstance(item, dict) and part in item and item[part] is not None:
                found.append(item[part])
            elif isinstance(item, list) and part.isdigit() and int(part) < len(item):
                found.append(item[int(part)])
        current = found
    return current


def job_state(job: Any, spec: JobStatusSpec) -> tuple[object, JobState]:
    """The vendor's raw status of ``job`` and its place in the common lifecycle."""
    values = extract(job, spec.status)
    raw = values[0] if values else None
    return raw, spec.state(raw)


def _settle(
    job: Any, spec: JobStatusSpec, job_id: str, secrets: tuple[str, ...] = ()
) -> tuple[bool, Any]:
    """``(True, job)`` once it succeeded; raises once it failed or was canceled (the message
    quotes the server's status and error, with the client's key redacted: ``secrets``)."""
    raw, state = job_state(job, spec)
    if state == "succeeded":
        return True, job
    if state == "failed":
        errors = extract(job, spec.error) if spec.error else []
        detail = errors[0] if errors else None
        suffix = f": {detail}" if detail not in (None, "", {}) else ""
        raise JobFailedError(
            redact(f"Job {job_id} failed (status {raw!r}){suffix}", secrets),
            job_id=job_id,
            job=job,
            status=raw,
            error=detail,
        )
    if state == "canceled":
        raise JobCanceledError(
            redact(f"Job {job_id} was canceled (status {raw!r})", secrets),
            job_id=job_id,
            job=job,
            status=raw,
            state=state,
        )
    return False, job


class _Schedule:
    """When to poll next: the vendor's interval, slowing down after a while, never past the deadline."""

    def __init__(self, spec: JobStatusSpec, timeout: float, poll_interval: float | None) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive: a job is never waited on forever")
        self.start = time.monotonic()
        self.deadline = self.start + timeout
        self.interval = poll_interval if poll_interval is not None else spec.poll_interval
        self.slow_down_after = spec.slow_down_after
        self.last_planned = False
        self.last_status: tuple[object, JobState] | None = None  # what the last poll saw (for logs)

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def next_delay(self, at_least: float | None = None) -> float | None:
        """Seconds to sleep before the next poll, or ``None``: no poll fits before the deadline.

        When the next interval would reach the deadline, one last poll is planned early enough
        to have time of its own (half of what is left, at most :data:`LAST_POLL_TIME`): polls
        keep to the deadline, so one sent at it could not even start. ``at_least``: the server's
        ``Retry-After``, never cut short."""
        now = time.monotonic()
        left = self.deadline - now
        if left <= 0 or self.last_planned:
            return None
        if at_least is not None and at_least >= left:
            return None  # the server's wait runs past the deadline
        if now - self.start >= self.slow_down_after:
            self.interval = min(self.interval * 1.5, MAX_POLL_INTERVAL)
        if max(self.interval, at_least or 0.0) < left:
            return max(self.interval, at_least or 0.0, 0.0)
        self.last_planned = True
        return max(left - min(left / 2, LAST_POLL_TIME), at_least or 0.0, 0.0)


def _timeout(
    job: Any,
    spec: JobStatusSpec,
    job_id: str,
    timeout: float,
    failure: Exception | None,
    secrets: tuple[str, ...] = (),
) -> JobTimeoutError:
    raw, state = job_state(job, spec)
    last = f"; the last poll failed: {failure}" if failure is not None else ""
    return JobTimeoutError(
        redact(
            f"Job {job_id} did not finish within {timeout:g} s (last status {raw!r}{last}); it may still finish: call wait() again",
            secrets,
        ),
        job_id=job_id,
        job=job,
        status=raw,
        state=state,
    )


def _passing(error: Exception) -> bool:
    """Whether a failed poll is worth repeating: the API was unreachable or briefly unavailable.
    Anything else (a rejected key, an unknown job, an answer that does not parse) is raised.
    Judged by the status the error stands for (``mapped_status``), not the one sent: a vendor's
    "too many requests" code inside a 200 is ridden out like a 429, an arrears code inside a
    429 is raised."""
    if isinstance(error, APIConnectionError):
        return True
    if not isinstance(error, APIStatusError):
        return False
    status = error.mapped_status
    return status in (408, 429) or (500 <= status < 600 and status != 501)


def _worth_reporting(error: Exception, earlier: Exception | None, schedule: _Schedule) -> Exception:
    """The failure a timeout should name: a poll that only ran out of the wait's own time says
    less than the outage before it (the 503 that kept the job from being seen)."""
    cut_short = isinstance(error, APITimeoutError) and schedule.expired()
    return earlier if cut_short and earlier is not None else error


def _report(
    on_progress: Callable[[Any, JobState], object] | None,
    job: Any,
    spec: JobStatusSpec,
    schedule: _Schedule,
    job_id: str,
) -> None:
    status = job_state(job, spec)
    if status != schedule.last_status:
        schedule.last_status = status
        _observe.job_status(job_id, status[0], status[1], time.monotonic() - schedule.start)
    if on_progress is not None:
        on_progress(job, status[1])


def wait_for_job(
    fetch: Callable[[], T],
    spec: JobStatusSpec,
    *,
    job_id: str,
    timeout: float,
    poll_interval: float | None,
    on_progress: Callable[[T, JobState], object] | None,
    secrets: tuple[str, ...] = (),
) -> T:
    """Poll ``fetch`` until the job succeeds (returned), fails or is canceled (raised).
    ``secrets``: the forms of the client's key, kept out of error messages."""
    schedule = _Schedule(spec, timeout, poll_interval)
    job: Any = None
    failure: Exception | None = None
    while True:
        if schedule.expired():  # slept up to the deadline: no time is left for another poll
            raise _timeout(job, spec, job_id, timeout, failure, secrets) from failure
        asked: float | None = None
        try:
            with call_deadline(schedule.deadline):  # a poll never outlasts the wait
                job = fetch()
        except PackageError as error:
            if not _passing(error):
                raise
            _observe.poll_failed(job_id, error)
            failure = _worth_reporting(error, failure, schedule)
            asked = getattr(error, "retry_after", None)
        else:
            failure = None
            _report(on_progress, job, spec, schedule, job_id)
            done, result = _settle(job, spec, job_id, secrets)
            if done:
                return result  # type: ignore[no-any-return]
        delay = schedule.next_delay(asked)
        if delay is None:
            raise _timeout(job, spec, job_id, timeout, failure, secrets) from failure
        time.sleep(delay)


async def async_wait_for_job(
    fetch: Callable[[], Awaitable[T]],
    spec: JobStatusSpec,
    *,
    job_id: str,
    timeout: float,
    poll_interval: float | None,
    on_progress: Callable[[T, JobState], object] | None,
    secrets: tuple[str, ...] = (),
) -> T:
    """The async twin of :func:`wait_for_job`."""
    schedule = _Schedule(spec, timeout, poll_interval)
    job: Any = None
    failure: Exception | None = None
    while True:
        if schedule.expired():  # slept up to the deadline: no time is left for another poll
            raise _timeout(job, spec, job_id, timeout, failure, secrets) from failure
        asked: float | None = None
        try:
            with call_deadline(schedule.deadline):  # a poll never outlasts the wait
                job = await fetch()
        except PackageError as error:
            if not _passing(error):
                raise
            _observe.poll_failed(job_id, error)
            failure = _worth_reporting(error, failure, schedule)
            asked = getattr(error, "retry_after", None)
        else:
            failure = None
            _report(on_progress, job, spec, schedule, job_id)
            done, result = _settle(job, spec, job_id, secrets)
            if done:
                return result  # type: ignore[no-any-return]
        delay = schedule.next_delay(asked)
        if delay is None:
            raise _timeout(job, spec, job_id, timeout, failure, secrets) from failure
        import asyncio  # only async users pay for importing asyncio

        await asyncio.sleep(delay)


def job_ids(created: Any, path: str) -> list[str]:
    """The id(s) of the job(s) a create call started."""
    return [str(value) for value in extract(created, path)]


def remaining(deadline: float) -> float:
    """Seconds left until ``deadline`` (a ``time.monotonic()`` value), at least a sliver."""
    return max(deadline - time.monotonic(), 0.001)


def _created_ids(created: Any, path: str) -> list[str]:
    ids = job_ids(created, path)
    if not ids:
        raise PackageError(f"The create response holds no job id at {path!r}: {created!r}")
    return ids


def _ids_in_unparsed(error: APIResponseValidationError, path: str) -> list[str]:
    """The job ids of a create answer that did not parse: the server accepted (and charged for)
    the request, so the jobs are followed by their ids rather than abandoned."""
    ids = list(error.job_ids) or job_ids(error.body, path)
    if not ids:
        raise error
    return ids


@contextmanager
def _following(job_id: str, ids: Sequence[str]) -> Iterator[None]:
    """Around the wait for one of the jobs a call started: whatever ends it names those jobs.

    A job error gets ``job_ids``; any other error of this package becomes
    :class:`JobPollingError` (the job exists, following it failed); anything else (an interrupt,
    a cancelled task, an ``on_progress`` that raised) gets a ``job_ids`` attribute too, and a
    note listing the jobs in its traceback (Python 3.11+). ``asyncio.wait_for`` replaces a
    cancellation with ``TimeoutError``: the cancellation, with its ``job_ids``, is its ``__cause__``.
    """
    try:
        yield
    except JobError as error:
        error.job_ids = tuple(ids)
        raise
    except PackageError as error:
        raise JobPollingError(
            f"Job {job_id} was started, but following it failed ({error}); it may still finish: call wait({job_id!r}) again",
            job_id=job_id,
            job=None,
            status=None,
            state="unknown",
            job_ids=ids,
        ) from error
    except BaseException as error:
        try:
            setattr(error, "job_ids", tuple(ids))
        except AttributeError:  # an exception type that takes no attributes: the note remains
            pass
        add_note = getattr(error, "add_note", None)  # Python 3.11+
        if add_note is not None:
            add_note(f"Jobs started by this call (resume with wait()): {', '.join(ids)}")
        raise


def wait_for_created(
    create: Callable[[], Any],
    id_path: str,
    wait: Callable[..., T],
    deadline: float,
    poll_interval: float | None,
    on_progress: Callable[[T, JobState], object] | None,
    on_created: Callable[[tuple[str, ...]], object] | None = None,
) -> list[T]:
    """Start the job(s) with ``create``, then wait for each within one ``deadline`` for all.

    The create call itself keeps to ``deadline`` too (its retries and its answer's body
    included): it raises ``APITimeoutError`` when the answer has not arrived by then.
    ``on_created(job_ids)`` runs as soon as the ids are known, before any wait: the place to
    store them durably, for a process that may be killed while it waits. Once a job exists,
    every error says which jobs it started (:class:`JobError` ``job_ids``)."""
    try:
        with call_deadline(deadline):
            created = create()
        ids = _created_ids(created, id_path)
    except APIResponseValidationError as error:
        ids = _ids_in_unparsed(error, id_path)
    if on_created is not None:
        with _following(ids[0], ids):
            on_created(tuple(ids))
    results = []
    for job_id in ids:
        with _following(job_id, ids):
            results.append(
                wait(
                    job_id,
                    timeout=remaining(deadline),
                    poll_interval=poll_interval,
                    on_progress=on_progress,
                )
            )
    return results


async def async_wait_for_created(
    create: Awaitable[Any],
    id_path: str,
    wait: Callable[..., Awaitable[T]],
    deadline: float,
    poll_interval: float | None,
    on_progress: Callable[[T, JobState], object] | None,
    on_created: Callable[[tuple[str, ...]], object] | None = None,
) -> list[T]:
    """The async twin of :func:`wait_for_created` (``create`` is the create call's awaitable)."""
    try:
        with call_deadline(deadline):
            created = await create
        ids = _created_ids(created, id_path)
    except APIResponseValidationError as error:
        ids = _ids_in_unparsed(error, id_path)
    if on_created is not None:
        with _following(ids[0], ids):
            on_created(tuple(ids))
    results = []
    for job_id in ids:
        with _following(job_id, ids):
            results.append(
                await wait(
                    job_id,
                    timeout=remaining(deadline),
                    poll_interval=poll_interval,
                    on_progress=on_progress,
                )
            )
    return results
