"""Settings of this package that come from its SDK config."""

from __future__ import annotations

import platform

import httpx

from ._version import __version__

DEFAULT_BASE_URL = "https://api.krea.ai"
API_KEY_ENV = "KREA_API_KEY"
BASE_URL_ENV = "KREA_BASE_URL"
LOG_ENV = "KREA_LOG"  # "info" or "debug": log to standard error
WEBHOOK_SECRET_ENV = "KREA_WEBHOOK_SECRET"
# How the API key is sent (see _auth.py): in a "header", "query" parameter or "cookie".
AUTH_IN: str = "header"
AUTH_NAME: str = "Authorization"
AUTH_PREFIX: str = "Bearer "
AUTH_BASIC: bool = False
AUTH_REQUIRED: bool = True
USER_AGENT = f"krea-sdk/{__version__} httpx/{httpx.__version__} Python/{platform.python_version()}"
# The command line (see _cli): its program name, and what it cannot read from the methods: the
# method reporting a job's status per resource, the argument that is a whole request body, and
# names on the wire an argument's name does not give.
CLI_NAME = "krea"
CLI_STATUS: dict[str, str] = {"jobs": "get"}
CLI_BODY: dict[str, str] = {"node_apps.execute": "body", "styles.train": "body"}
CLI_WIRE: dict[str, tuple[str, ...]] = {"webhook_url": ("X-Webhook-URL",)}
