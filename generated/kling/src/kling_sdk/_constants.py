"""Settings of this package that come from its SDK config."""

from __future__ import annotations

import platform

import httpx

from ._version import __version__

DEFAULT_BASE_URL = "https://api.gpt.ge"
API_KEY_ENV = "KLING_API_KEY"
BASE_URL_ENV = "KLING_BASE_URL"
LOG_ENV = "KLING_LOG"  # "info" or "debug": log to standard error
WEBHOOK_SECRET_ENV = "KLING_WEBHOOK_SECRET"
# How the API key is sent (see _auth.py): in a "header", "query" parameter or "cookie".
AUTH_IN: str = "header"
AUTH_NAME: str = "Authorization"
AUTH_PREFIX: str = "Bearer "
AUTH_BASIC: bool = False
AUTH_REQUIRED: bool = True
USER_AGENT = f"kling-sdk/{__version__} httpx/{httpx.__version__} Python/{platform.python_version()}"
# The command line (see _cli): its program name, and what it cannot read from the methods: the
# method reporting a job's status per resource, the argument that is a whole request body, and
# names on the wire an argument's name does not give.
CLI_NAME = "kling"
CLI_STATUS: dict[str, str] = {"images": "get_generation_task"}
CLI_BODY: dict[str, str] = {}
CLI_WIRE: dict[str, tuple[str, ...]] = {"page_num": ("pageNum",), "page_size": ("pageSize",)}
