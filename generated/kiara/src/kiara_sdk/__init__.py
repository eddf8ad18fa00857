"""Python client for the Kiara image and video generation API"""

from ._client import Kiara, AsyncKiara
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
    "Kiara",
    "AsyncKiara",
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
