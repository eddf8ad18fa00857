"""What the runtime logs, and how secrets are kept out of it (loaded only once logging is on).

``INFO``: one line per HTTP attempt (method, path, status, duration, request id) and every
decision that costs time or money: a retry and why, a ``Retry-After`` honoured, a request not
retried because sending it again could pay twice, a job's state changing while it is waited
on, a deprecation. ``DEBUG`` adds the headers and bodies, truncated.

Secrets never reach a record, at any level: headers, query parameters, cookies and body fields
whose names say they hold one (``Authorization``, the scheme's own key name, ``*-api-key``,
``*secret*``, ``*signature*``, ``*token*``, cookies) are replaced by ``[REDACTED]``, and then
every known secret value (the key, as sent and URL-escaped, and the webhook secret of
the webhook-secret variable) is removed from the finished text, wherever it hides.
Redaction happens before truncation, so no cut can leave half a key behind.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
import time
import weakref
from typing import Any
from urllib.parse import parse_qsl

import httpx

from ._auth import redact, secret_forms
from ._base_client import error_details
from ._envelope import envelope_details
from ._constants import AUTH_IN, AUTH_NAME, WEBHOOK_SECRET_ENV
from ._download import same_origin
from ._observe import LOGGER

__all__ = ["REDACTED", "enable", "enable_from_env", "redact_headers", "scrub"]

REDACTED = "[REDACTED]"
MAX_BODY = 2000  # characters of a body shown at DEBUG
MAX_VALUE = 300  # characters of one header value
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

_SECRET_NAME = re.compile(
    r"(?:^|[-_.])(?:(?:x-)?api[-_]?key|apikey|(?:access|private|secret|client)[-_]?key|secret|password|passwd|"
    r"token|signature|sig|authorization|auth|cookie|credentials?|session)(?:$|[-_.])",
    re.IGNORECASE,
)
# Client → the forms of the secrets it sends (and of the webhook secret), for as long as the
# client lives: a process that creates client after client keeps only the live ones' (a set of
# every key ever seen would only grow). A record without a client (a job's state, a warning) is
# scrubbed of every live client's secrets.
_CLIENT_SECRETS: weakref.WeakKeyDictionary[Any, tuple[str, ...]] = weakref.WeakKeyDictionary()
_SECRETS_LOCK = threading.Lock()  # clients log from many threads
_handler: logging.Handler | None = None


def enable_from_env(value: str) -> None:
    """``<LOG_ENV>=info|debug``: anything else leaves logging as it is."""
    level = LEVELS.get(value.strip().lower())
    if level is not None:
        enable(level)


def enable(level: int = logging.INFO) -> None:
    """A console handler (standard error) on the package logger, at ``level``; once per process."""
    global _handler
    if LOGGER.level == logging.NOTSET or LOGGER.level > level:
        LOGGER.setLevel(level)
    if _handler is None:
        _handler = logging.StreamHandler(sys.stderr)
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        LOGGER.addHandler(_handler)


# -- secrets -----------------------------------------------------------------------------------


def secret_name(name: str) -> bool:
    """Whether a header, parameter, cookie or field called ``name`` holds a secret."""
    return bool(_SECRET_NAME.search(name)) or (
        AUTH_IN in ("header", "query", "cookie") and name.lower() == AUTH_NAME.lower()
    )


def remember_secrets(client: Any) -> None:
    """The secret values ``client`` sends, and the webhook secret, in every form
    ``_auth.secret_forms`` knows (the one list errors redact too), kept while ``client`` lives."""
    forms = secret_forms(
        str(getattr(client, "_api_key", "") or ""), os.environ.get(WEBHOOK_SECRET_ENV, "")
    )
    with _SECRETS_LOCK:
        _CLIENT_SECRETS[client] = forms


def known_secrets() -> tuple[str, ...]:
    """The secret forms of every live client that has logged, longest first."""
    with _SECRETS_LOCK:
        forms = {form for client_forms in _CLIENT_SECRETS.values() for form in client_forms}
    return tuple(sorted(forms, key=len, reverse=True))


def scrub(text: str) -> str:
    """``text`` with every known secret value replaced (longest first: a key inside its
    URL-escaped or prefixed form goes as a whole)."""
    return redact(text, known_secrets(), REDACTED)


def redact_headers(headers: httpx.Headers) -> str:
    lines = []
    for name, value in headers.multi_items():
        shown = REDACTED if secret_name(name) else _cut(value, MAX_VALUE)
        lines.append(f"{name}: {shown}")
    return "; ".join(lines)


def _redact_fields(data: Any) -> Any:
    if isinstance(data, dict):
        return {
            key: REDACTED if isinstance(key, str) and secret_name(key) else _redact_fields(value)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_redact_fields(item) for item in data]
    return data


def _url(url: httpx.URL) -> str:
    """The URL with the values of secret query parameters redacted."""
    text = f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}{url.path}"
    if url.query:
        pairs = parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True)
        text += "?" + "&".join(
            f"{name}={REDACTED if secret_name(name) else value}" for name, value in pairs
        )
    return text


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text) - limit} more characters)"


def _body(content: bytes, content_type: str) -> str:
    if not content:
        return "(empty)"
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json" or kind.endswith("+json"):
        try:
            return json.dumps(_redact_fields(json.loads(content)), ensure_ascii=False)
        except (ValueError, RecursionError):
            pass
    if kind == "application/x-www-form-urlencoded":
        pairs = parse_qsl(content.decode("utf-8", "replace"), keep_blank_values=True)
        return "&".join(
            f"{name}={REDACTED if secret_name(name) else value}" for name, value in pairs
        )
    if kind.startswith("text/") or kind in ("application/json", "application/xml", ""):
        return content.decode("utf-8", "replace")
    return f"({len(content)} bytes of {kind})"


def _request_body(request: httpx.Request) -> str:
    try:
        content = request.content
    except httpx.RequestNotRead:
        return "(streamed: files are not shown)"
    return _body(content, request.headers.get("content-type", ""))


def _response_body(response: httpx.Response) -> str:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return "(streamed to a file)"
    return _body(content, response.headers.get("content-type", ""))


def _emit(level: int, text: str) -> None:
    LOGGER.log(level, "%s", scrub(text))


# -- records -----------------------------------------------------------------------------------


def _where(client: Any, request: httpx.Request) -> str:
    """The path of a request to the API; host and path of one elsewhere (a CDN). Never the
    query: it may hold the key, or a signed URL's signature."""
    base = getattr(client, "base_url", None)
    if isinstance(base, httpx.URL) and same_origin(request.url, base):
        return request.url.path
    return f"{request.url.host}{request.url.path}"


def _request_id(response: httpx.Response) -> str | None:
    body: object = None
    try:
        if "json" in response.headers.get("content-type", "") and len(response.content) <= 1 << 20:
            body = response.json()
    except (httpx.ResponseNotRead, ValueError, RecursionError):
        body = None
    vendor = envelope_details(body)  # the spec's own paths first, as errors read them
    if vendor is not None and vendor[2] is not None:
        return vendor[2]
    return error_details(body, response.headers)[2]


def log_attempt(
    client: Any,
    request: httpx.Request,
    response: httpx.Response | None,
    started: float,
    number: int,
    error: BaseException | None,
) -> None:
    remember_secrets(client)
    took = time.monotonic() - started
    retry = f" (retry {number})" if number else ""
    what = f"{request.method} {_where(client, request)}"
    if response is None:
        _emit(logging.INFO, f"{what} -> {type(error).__name__} after {took:.2f} s{retry}")
    else:
        request_id = _request_id(response)
        rid = f" request id {request_id}" if request_id else ""
        _emit(
            logging.INFO,
            f"{what} -> {response.status_code} {response.reason_phrase} in {took:.2f} s{rid}{retry}",
        )
    if LOGGER.isEnabledFor(logging.DEBUG):
        _emit(
            logging.DEBUG,
            f"request {request.method} {_url(request.url)} headers: {redact_headers(request.headers)}",
        )
        _emit(logging.DEBUG, f"request body: {_cut(scrub(_request_body(request)), MAX_BODY)}")
        if response is not None:
            _emit(
                logging.DEBUG,
                f"response {response.status_code} headers: {redact_headers(response.headers)}",
            )
            _emit(
                logging.DEBUG, f"response body: {_cut(scrub(_response_body(response)), MAX_BODY)}"
            )


def log_retry_decision(
    client: Any,
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    number: int,
    delay: float | None,
    reason: str | None,
) -> None:
    """The client's decision, with the reason it was made for (``_delay_after_*``): the log
    never guesses it again."""
    if reason is None:
        return  # a final answer, not a decision
    remember_secrets(client)
    what = f"{request.method} {_where(client, request)}"
    cause = f"{response.status_code}" if response is not None else type(error).__name__
    if delay is not None:
        _emit(
            logging.INFO,
            f"retrying {what} in {delay:.2f} s (retry {number + 1} of {client.max_retries}) after {cause}: {reason}",
        )
    else:
        _emit(logging.INFO, f"not retrying {what} after {cause}: {reason}")


def log_job_status(job_id: str, raw: object, state: str, elapsed: float) -> None:
    _emit(logging.INFO, f"job {job_id}: {state} (status {raw!r}) after {elapsed:.1f} s of waiting")


def log_poll_failed(job_id: str, error: BaseException) -> None:
    _emit(
        logging.INFO,
        f"job {job_id}: a status poll failed ({type(error).__name__}: {_cut(str(error), 200)}); polling goes on until the deadline",
    )


def log_warning(message: str, category: type[Warning]) -> None:
    _emit(logging.WARNING, f"{category.__name__}: {message}")
