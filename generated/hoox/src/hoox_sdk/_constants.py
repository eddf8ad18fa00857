"""Settings of this package that come from its SDK config."""

from __future__ import annotations

import platform

import httpx

from ._version import __version__

DEFAULT_BASE_URL = "https://app.hoox.video/api/public/v1"
API_KEY_ENV = "HOOX_API_KEY"
BASE_URL_ENV = "HOOX_BASE_URL"
LOG_ENV = "HOOX_LOG"  # "info" or "debug": log to standard error
WEBHOOK_SECRET_ENV = "HOOX_WEBHOOK_SECRET"
# How the API key is sent (see _auth.py): in a "header", "query" parameter or "cookie".
AUTH_IN: str = "header"
AUTH_NAME: str = "Authorization"
AUTH_PREFIX: str = "Bearer "
AUTH_BASIC: bool = False
AUTH_REQUIRED: bool = True
USER_AGENT = f"hoox-sdk/{__version__} httpx/{httpx.__version__} Python/{platform.python_version()}"
# The command line (see _cli): its program name, and what it cannot read from the methods: the
# method reporting a job's status per resource, the argument that is a whole request body, and
# names on the wire an argument's name does not give.
CLI_NAME = "hoox"
CLI_STATUS: dict[str, str] = {"assets": "get_status"}
CLI_BODY: dict[str, str] = {}
CLI_WIRE: dict[str, tuple[str, ...]] = {}
