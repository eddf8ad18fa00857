"""Settings of this package that come from its SDK config."""

from __future__ import annotations

import platform

import httpx

from ._version import __version__

DEFAULT_BASE_URL = "https://cloud.vtrix.ai"
API_KEY_ENV = "VTRIX_API_KEY"
BASE_URL_ENV = "VTRIX_BASE_URL"
LOG_ENV = "VTRIX_LOG"  # "info" or "debug": log to standard error
WEBHOOK_SECRET_ENV = "VTRIX_WEBHOOK_SECRET"
# How the API key is sent (see _auth.py): in a "header", "query" parameter or "cookie".
AUTH_IN: str = "header"
AUTH_NAME: str = "Authorization"
AUTH_PREFIX: str = "Bearer "
AUTH_BASIC: bool = False
AUTH_REQUIRED: bool = True
USER_AGENT = f"vtrix-sdk/{__version__} httpx/{httpx.__version__} Python/{platform.python_version()}"
# The command line (see _cli): its program name, and what it cannot read from the methods: the
# method reporting a job's status per resource, the argument that is a whole request body, and
# names on the wire an argument's name does not give.
CLI_NAME = "vtrix"
CLI_STATUS: dict[str, str] = {"tasks": "get"}
CLI_BODY: dict[str, str] = {}
CLI_WIRE: dict[str, tuple[str, ...]] = {}
