"""Python client for the Hoox public API (image and video asset generation, models, folders)"""

from ._client import Hoox, AsyncHoox
from ._exceptions import *  # noqa: F403 - the exception hierarchy is part of the public API
from ._exceptions import __all__ as _exceptions_all
from ._jobs import (
    JobCanceledError,
    JobError,
    JobFailedError,
    JobPollingError,
    JobState,
    JobTimeoutError,
)
from ._resource import RawResponse
from ._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions
from ._version import __version__

__all__ = [
    "Hoox",
    "AsyncHoox",
    "NOT_GIVEN",
    "NotGiven",
    "FileInput",
    "RequestOptions",
    "RawResponse",
    "JobState",
    "JobError",
    "JobFailedError",
    "JobPollingError",
    "JobCanceledError",
    "JobTimeoutError",
    "__version__",
    *_exceptions_all,
]
