"""The hooks through which the runtime says what it does, free while nobody listens.

Each hook first asks the package logger whether it would emit an INFO record (a lookup
:mod:`logging` caches; httpx imports :mod:`logging` anyway). Only then is ``_logs``, which
formats and redacts, imported: importing the package and constructing a client never load it,
and a program that does not log pays one method call per hook.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from ._constants import LOG_ENV

if TYPE_CHECKING:
    import httpx

__all__ = [
    "LOGGER",
    "configure",
    "attempt",
    "retry_decision",
    "job_status",
    "poll_failed",
    "warned",
]

LOGGER = logging.getLogger(__name__.rpartition(".")[0])


def configure() -> None:
    """Switch the console handler on when the log variable (``LOG_ENV`` in ``_constants``) asks for it (``info`` or
    ``debug``); called when a client is constructed, so setting the variable is all it takes."""
    level = os.environ.get(LOG_ENV)
    if level:
        from ._logs import enable_from_env

        enable_from_env(level)


def _listening() -> bool:
    return LOGGER.isEnabledFor(logging.INFO)


def attempt(
    client: Any,
    request: httpx.Request,
    response: httpx.Response | None,
    started: float,
    number: int,
    error: BaseException | None = None,
) -> None:
    """One HTTP attempt ended: with ``response``, or with ``error`` before any answer."""
    if _listening():
        from ._logs import log_attempt

        log_attempt(client, request, response, started, number, error)


def retry_decision(
    client: Any,
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    number: int,
    delay: float | None,
    reason: str | None,
) -> None:
    """After a failed attempt the client decided: wait ``delay`` seconds and retry, or stop
    (``None``), for ``reason`` (``None``: a final answer, nothing to decide)."""
    if _listening():
        from ._logs import log_retry_decision

        log_retry_decision(client, request, response, error, number, delay, reason)


def job_status(job_id: str, raw: object, state: str, elapsed: float) -> None:
    """A job waited on changed state (or was seen for the first time)."""
    if _listening():
        from ._logs import log_job_status

        log_job_status(job_id, raw, state, elapsed)


def poll_failed(job_id: str, error: BaseException) -> None:
    """A status poll failed for a passing reason; polling goes on until the deadline."""
    if _listening():
        from ._logs import log_poll_failed

        log_poll_failed(job_id, error)


def warned(message: str, category: type[Warning]) -> None:
    """The runtime issued a warning (a deprecation, an unverified rule broken). Logged only to
    a logger switched on for INFO: otherwise :mod:`logging`'s last-resort handler would print
    every warning a second time."""
    if _listening():
        from ._logs import log_warning

        log_warning(message, category)
