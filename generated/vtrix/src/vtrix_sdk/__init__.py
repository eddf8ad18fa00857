"""Python client for the Vtrix model API (kirin_v2_image and other generation models)"""

from ._client import Vtrix, AsyncVtrix
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
    "Vtrix",
    "AsyncVtrix",
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
