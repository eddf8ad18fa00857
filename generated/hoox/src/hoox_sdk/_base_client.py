"""The HTTP runtime shared by every resource: authentication, retries, errors, parsing.

Paid generations make one rule non-negotiable: a request that may have reached the server is
never sent again unless repeating it is harmless. So a retry happens when

* the connection could not be opened (the request provably never arrived), or
* the server refused it with 429 (nothing was started), or
* the request is idempotent — a GET/HEAD/PUT/DELETE/OPTIONS, or a request carrying an
  ``Idempotency-Key`` — and it timed out, lost its connection, or got 408 or a 5xx.

A POST without an idempotency key is never retried after a read timeout or a 5xx, nor once
the server has answered it with a redirect (whatever then happens to the redirected request).
Redirects are followed hop by hop: a request that is not safe to repeat follows at most one
``307``/``308`` (the hops that send its body again), and no request goes back to a URL it has
already visited in the same chain (a loop, or an empty ``Location``).

A ``Retry-After`` is never cut short: when the server asks for a longer wait than the call's
deadline leaves (or, without a deadline, more than :data:`MAX_RETRY_AFTER`), the call ends with
the status error, whose ``retry_after`` says when to try again.

Bodies are read within ``max_response_bytes`` (see ``_body``) and errors never show the client's
own key, even when the server echoes it.
"""

from __future__ import annotations

import json
import math
import os
import random
from pathlib import Path
import time
import typing
from contextlib import ExitStack
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping, TypeVar, cast

import httpx
import pydantic

if TYPE_CHECKING:  # imported for annotations only: import time matters to every user
    from typing_extensions import Self

from ._constants import (
    API_KEY_ENV,
    AUTH_REQUIRED,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    USER_AGENT,
)
from ._exceptions import (
    PackageError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from . import _observe
from ._auth import credentials, redact, secret_forms, with_cookie
from ._body import BodyReader, BodyTooLarge
from ._deadline import current_deadline
from ._download import ProgressCallback, open_partial, progress_start, same_origin, target_path
from ._jobs import job_ids
from ._envelope import ENVELOPE, envelope_details
from ._files import to_httpx_file
from ._params import Styles, encode_parameters, query_pairs
from ._resource import RawResponse, raw_response_requested
from ._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions, Timeout
from ._warnings import warn_caller

__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RESPONSE_BYTES",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_REDIRECTS = 20
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The server's requested wait: ``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP
    date. A value that is not a finite number (``nan``, ``inf``) is ignored."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            seconds = float(milliseconds) / 1000.0
        except ValueError:
            seconds = math.nan
        if math.isfinite(seconds):
            return max(seconds, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    import email.utils

    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def error_details(
    body: object, headers: httpx.Headers
) -> tuple[str | None, str | None, str | None]:
    """``(code, message, request_id)`` from any of the vendors' error envelopes.

    Handles ``{"error": "text"}``, ``{"error": {"code", "message", "request_id"}}``,
    ``{"error", "code"}``, ``{"code", "message", "request_id"}`` and
    ``{"status": {"code", "message"}}``, falling back to a request-id response header.
    """
    code = message = request_id = None
    if isinstance(body, dict):
        nested = body.get("error")
        if isinstance(nested, dict):
            code, request_id = nested.get("code"), nested.get("request_id")
            message = nested.get("message") or nested.get("error_message")
        elif isinstance(nested, str):
            message = nested
        status = body.get("status")
        if isinstance(status, dict):
            code = code or status.get("code")
            message = message or status.get("message")
        code = code if code is not None else body.get("code")
        if isinstance(body.get("message"), str):
            message = (
                body["message"]
                if message is None
                else f"{message}: {body['message']}" if message != body["message"] else message
            )
        request_id = request_id or body.get("request_id")
    request_id = request_id or request_id_header(headers)
    return (
        None if code is None else str(code),
        None if message is None else str(message),
        None if request_id is None else str(request_id),
    )


def request_id_header(headers: httpx.Headers) -> str | None:
    """The request id a response header carries (``x-request-id``, ``request-id``)."""
    value: str | None = headers.get("x-request-id") or headers.get("request-id")
    return value


_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class _RedirectRefused(Exception):
    """A redirect the client will not follow (see :meth:`_BaseClient._refused_hop`): the
    answer becomes the call's status error once its body is read."""

    def __init__(self, response: httpx.Response, reason: str) -> None:
        super().__init__(reason)
        self.response = response
        self.reason = reason


T = TypeVar("T")  # what a request returns: its ``cast_to`` (``type(None)`` for no body)


class _BaseClient:
    """Configuration and the parts of a request that do not depend on sync or async I/O."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        total_timeout: float | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key and AUTH_REQUIRED:
            raise PackageError(
                f"No API key: pass api_key=... to the client or set the {API_KEY_ENV} environment variable."
            )
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if max_response_bytes is not None and max_response_bytes <= 0:
            raise ValueError("max_response_bytes must be positive, or None for no cap")
        self._api_key = key or ""
        self._credentials = credentials(self._api_key)
        self._secrets = secret_forms(self._api_key)
        self.max_response_bytes = max_response_bytes
        url = base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        self.base_url = httpx.URL(str(url).rstrip("/") + "/")
        self.timeout: Timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self.total_timeout = total_timeout
        self._default_headers = dict(default_headers or {})
        self._base_headers: dict[str, str] | None = None  # defaults and credentials, merged
        self._urls: dict[str, httpx.URL] = {}  # path → absolute URL, for the base URL in _urls_base
        self._urls_base = self.base_url
        _observe.configure()  # LOG_ENV=info|debug

    @property
    def api_key(self) -> str:
        """The key the client authenticates with (``""`` when the API is called without one)."""
        return self._api_key

    def __repr__(self) -> str:  # The key stays out of reprs, logs and tracebacks.
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _options(self) -> dict[str, Any]:
        return {
            "api_key": self._api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "total_timeout": self.total_timeout,
            "default_headers": self._default_headers,
            "max_response_bytes": self.max_response_bytes,
        }

    def with_options(self, **changes: Any) -> Self:
        """A copy of this client with some settings changed (``timeout=``, ``max_retries=``, …)."""
        options = {**self._options(), **changes}
        return type(self)(**options)

    copy = with_options

    def _headers(self, headers: Mapping[str, Any], options: RequestOptions) -> dict[str, str]:
        """Defaults, credentials, then the call's own headers; later ones win whatever the case
        of the name (``extra_headers={"authorization": ...}`` replaces the key, not adds one)."""
        base = self._base_headers
        if base is None:
            base = {"Accept": "application/json", "User-Agent": USER_AGENT}
            _merge_headers(base, self._default_headers)
            _merge_headers(base, self._credentials.headers)
            self._base_headers = base
        if not headers and not options.extra_headers:
            return with_cookie(dict(base), self._credentials.cookie)
        result = dict(base)
        _merge_headers(result, options.merged_headers(headers))
        removed = {
            key.lower()
            for key, value in (options.extra_headers or {}).items()
            if isinstance(value, NotGiven)
        }
        kept = {key: value for key, value in result.items() if key.lower() not in removed}
        return kept if "cookie" in removed else with_cookie(kept, self._credentials.cookie)

    def _url(self, path: str) -> httpx.URL:
        """``path`` resolved against the base URL. Joining parses both URLs, a good part of a
        call's overhead, so results are remembered (a bounded number; per base URL)."""
        if self._urls_base is not self.base_url:  # someone assigned a new base_url
            self._urls, self._urls_base = {}, self.base_url
        url = self._urls.get(path)
        if url is None:
            url = self.base_url.join(path.lstrip("/"))
            if len(self._urls) < _URL_CACHE_SIZE:
                self._urls[path] = url
        return url

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        params: list[tuple[str, str]],
        headers: Mapping[str, Any],
        json_body: Any,
        files: Mapping[str, FileInput] | None,
        data: Mapping[str, Any] | None,
        content: bytes | None,
        options: RequestOptions,
        stack: ExitStack,
        deadline: float | None,
    ) -> httpx.Request:
        extra = options.extra_query or {}
        query = [
            pair for pair in (*params, *self._credentials.query) if pair[0] not in extra
        ] + query_pairs(extra)
        if options.extra_body:
            if files is not None or data is not None:
                data = {**(data or {}), **options.extra_body}
            else:
                json_body = {
                    **(json_body if isinstance(json_body, dict) else {}),
                    **options.extra_body,
                }
        timeout = self._attempt_timeout(options, deadline)
        upload = None
        if files is not None:
            upload = {}
            for field, value in files.items():
                upload[field] = to_httpx_file(value, stack, field)
        return http.build_request(
            method.upper(),
            self._url(path),
            params=tuple(query) if query else None,
            headers=self._headers(headers, options),
            json=json_body if upload is None and data is None and json_body is not None else None,
            files=upload,
            data={k: _form_value(v) for k, v in data.items()} if data is not None else None,
            content=content,
            timeout=timeout,
        )

    def _download_request(
        self, http: httpx.Client | httpx.AsyncClient, url: str, deadline: float | None = None
    ) -> httpx.Request:
        target = httpx.URL(url) if httpx.URL(url).is_absolute_url else self._url(url)
        headers = {"User-Agent": USER_AGENT}
        timeout = self._attempt_timeout(RequestOptions(), deadline)
        if not same_origin(target, self.base_url):  # a CDN: the key stays home
            return http.build_request("GET", target, headers=headers, timeout=timeout)
        headers = with_cookie({**headers, **self._credentials.headers}, self._credentials.cookie)
        return http.build_request(
            "GET", target, params=self._credentials.query or None, headers=headers, timeout=timeout
        )

    @staticmethod
    def _downloading(
        response: httpx.Response, deadline: float | None, max_bytes: int | None, written: int = 0
    ) -> None:
        """Raise when a download runs past the call's deadline (``total_timeout``, or the
        enclosing ``wait()``'s) or beyond ``max_bytes``. Checked at every chunk: httpx's read
        timeout starts again at each one, so a CDN trickling bytes would otherwise outlast any
        deadline."""
        if deadline is not None and time.monotonic() > deadline:
            raise APITimeoutError(
                "The call's overall deadline passed while the download was arriving; the partial file was removed",
                request=response.request,
            )
        if max_bytes is not None:
            declared = response.headers.get("content-length", "")
            if written > max_bytes or (
                declared.isdigit() and int(declared) > max_bytes
            ):  # decoded bytes: a gzip bomb counts in full
                raise APIResponseValidationError(
                    f"The download is larger than max_bytes ({max_bytes} bytes); it was not kept",
                    response,
                )

    @staticmethod
    def _with_idempotency_key(
        headers: Mapping[str, Any], name: str | None, options: RequestOptions
    ) -> Mapping[str, Any]:
        """One key per logical call, reused by every retry, so the server can deduplicate:
        the caller's own key (argument or extra_headers) wins."""
        if name is None:
            return headers
        given = {
            key.lower()
            for key, value in {**headers, **(options.extra_headers or {})}.items()
            if not isinstance(value, NotGiven)
        }
        if name.lower() in given:
            return headers
        import uuid

        return {**headers, name: str(uuid.uuid4())}

    def _deadline(self) -> float | None:
        """When the call must be over: ``total_timeout`` from now, or an enclosing
        :func:`call_deadline` (a ``wait()``), whichever comes first."""
        own = None if self.total_timeout is None else time.monotonic() + self.total_timeout
        scoped = current_deadline()
        if own is None or scoped is None:
            return own if scoped is None else scoped
        return min(own, scoped)

    def _attempt_timeout(self, options: RequestOptions, deadline: float | None) -> Timeout:
        """The per-attempt timeout, cut down so no attempt runs past the overall deadline."""
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        if deadline is None:
            return timeout
        left = deadline - time.monotonic()
        if left <= 0:
            raise APITimeoutError(
                "The call's overall deadline passed before the request could be sent."
            )
        if timeout is None:
            return left
        if isinstance(timeout, httpx.Timeout):
            return httpx.Timeout(
                connect=min(timeout.connect or left, left),
                read=min(timeout.read or left, left),
                write=min(timeout.write or left, left),
                pool=min(timeout.pool or left, left),
            )
        return min(float(timeout), left)

    @staticmethod
    def _within(deadline: float | None, delay: float) -> bool:
        return deadline is None or time.monotonic() + delay < deadline

    def _redirected(self, request: httpx.Request) -> httpx.Request:
        """The next hop of a redirect, carrying the credential only if it stays on the API's own
        origin. httpx alone would drop ``Authorization`` but forward a key in any other header
        to a foreign host, and drop every ``Cookie`` even on the same host."""
        credentials = self._credentials
        if not same_origin(request.url, self.base_url):
            for name in credentials.headers:
                request.headers.pop(name, None)
            return request
        for name, value in credentials.headers.items():
            request.headers.setdefault(name, value)
        if credentials.cookie is not None:
            jar = request.headers.get("Cookie")  # what httpx's cookie jar set for this hop
            request.headers["Cookie"] = with_cookie(
                {"Cookie": jar} if jar else {}, credentials.cookie
            )["Cookie"]
        for name, value in credentials.query:
            if name not in request.url.params:
                request.url = request.url.copy_add_param(name, value)
        return request

    def _too_many_redirects(self, request: httpx.Request) -> APIConnectionError:
        return APIConnectionError(f"More than {MAX_REDIRECTS} redirects", request=request)

    @staticmethod
    def _visit(request: httpx.Request) -> tuple[str, str]:
        return request.method, str(request.url)

    def _resends_body(self, first: httpx.Request, hop: httpx.Request) -> bool:
        """Whether following ``hop`` sends a request that is not safe to repeat once more (a
        ``307``/``308`` keeps the method and the body; a ``303`` turns a POST into a GET)."""
        return hop.method == first.method and not self._is_idempotent(first)

    def _refused_hop(
        self, first: httpx.Request, hop: httpx.Request, visited: set[tuple[str, str]], resent: int
    ) -> str | None:
        """Why the redirect to ``hop`` is not followed, or ``None``: follow it."""
        where = f"{first.method} {first.url.path} was redirected"
        target = hop.url.copy_with(query=None, fragment=None)
        if self._visit(hop) in visited:
            return (
                f"{where} back to {target}, where this call had already been; it was not sent again"
            )
        if resent and self._resends_body(first, hop):
            return (
                f"{where} a second time with its body (to {target}); a request that is not safe to repeat "
                "follows one such redirect at most, so it was not sent again"
            )
        return None

    def _unusable_redirect(
        self, first: httpx.Request, request: httpx.Request, exc: Exception
    ) -> APIConnectionError:
        """A ``Location`` httpx cannot even parse (``javascript:…``): the server's answer is
        unusable, like a broken connection; a request that is not safe to repeat is not."""
        again = "" if self._is_idempotent(first) else "; it was not sent again"
        return APIConnectionError(
            redact(
                f"{first.method} {first.url.path} was redirected to an unusable location ({exc}){again}",
                self._secrets,
            ),
            request=request,
        )

    def _connection_error(
        self, request: httpx.Request, exc: httpx.TransportError | httpx.DecodingError
    ) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(request=request)
        if isinstance(exc, httpx.DecodingError):
            return APIConnectionError(
                f"The response body could not be decoded ({exc})", request=request
            )
        return APIConnectionError(f"Connection error: {type(exc).__name__}", request=request)

    def _too_large(self, response: httpx.Response, limit: int) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"The response body is larger than max_response_bytes ({limit} bytes); it was not read. "
            "Raise the cap with the client option max_response_bytes=... if such answers are expected",
            response,
        )

    def _redirect_failed(
        self, first: httpx.Request, request: httpx.Request, exc: httpx.TransportError
    ) -> APIConnectionError:
        """A hop after the first failed while the first request is not safe to repeat: the
        server already received it, so the call ends here instead of being retried."""
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return kind(
            f"{first.method} {first.url.path} was accepted and redirected, then following the redirect failed "
            f"({type(exc).__name__}); it was not sent again",
            request=request,
        )

    def _may_retry_status(self, request: httpx.Request, response: httpx.Response) -> bool:
        """After a redirect, only a request that is safe to repeat may be sent again: the server
        already acted on the first hop (a paid POST answered 303, then a 429 on the GET)."""
        return response.request is request or self._is_idempotent(request)

    def _delay_after_error(
        self, request: httpx.Request, exc: Exception, attempt: int, deadline: float | None
    ) -> tuple[float | None, str]:
        """Seconds to wait before sending ``request`` again (``None``: do not retry), and why:
        the reason the log prints is the one the decision was made for."""
        if attempt >= self.max_retries:
            return None, f"all {self.max_retries} retries used"
        if isinstance(exc, _NEVER_SENT):
            why = "the connection could not be opened, so the request never left"
        elif self._is_idempotent(request):
            why = self._safe_to_repeat(request)
        else:
            return None, self._unsafe_to_repeat(request)
        delay = self._delay(attempt, None)
        if not self._within(deadline, delay):
            return None, "the call's deadline leaves no time to wait"
        return delay, why

    def _delay_after_status(
        self,
        request: httpx.Request,
        response: httpx.Response,
        status: int,
        attempt: int,
        deadline: float | None,
    ) -> tuple[float | None, str | None]:
        """Seconds to wait before sending ``request`` again (``None``: do not retry), and why
        (``None``: a final answer, nothing was decided). ``status`` is the one the answer stands
        for (``mapped_status``: a vendor code in a 200 may mean 429). A ``Retry-After`` is
        waited in full when the deadline allows it; without a deadline, up to
        :data:`MAX_RETRY_AFTER` (the error then carries ``retry_after``)."""
        if status not in RETRYABLE_STATUSES:
            return None, None
        if not self._may_retry_status(request, response):
            return (
                None,
                "the server already acted on it (it answered with a redirect), and it is not safe to repeat",
            )
        if attempt >= self.max_retries:
            return None, f"all {self.max_retries} retries used"
        if status == 429:
            mapped = (
                ""
                if response.status_code == 429
                else f" (its code stands for 429 though it came with {response.status_code})"
            )
            why = f"the server refused it (429){mapped}: nothing was started"
        elif self._is_idempotent(request):
            why = self._safe_to_repeat(request)
        else:
            return None, self._unsafe_to_repeat(request)
        asked = retry_after_seconds(response.headers)
        if asked is not None and asked > MAX_RETRY_AFTER and deadline is None:
            return None, (
                f"the server asked to wait {asked:g} s, more than the {MAX_RETRY_AFTER:g} s waited without a deadline "
                "(the error's retry_after says when to try again)"
            )
        delay = self._delay(attempt, response)
        if not self._within(deadline, delay):
            return None, (
                "the call's deadline leaves no time to wait"
                if asked is None
                else f"the server asked to wait {asked:g} s, past the call's deadline"
            )
        return delay, why if asked is None else f"{why}; honouring Retry-After ({asked:g} s)"

    @staticmethod
    def _safe_to_repeat(request: httpx.Request) -> str:
        if request.method in IDEMPOTENT_METHODS:
            return f"{request.method} is safe to repeat"
        return "it carries an Idempotency-Key, so the server will not do the work twice"

    @staticmethod
    def _unsafe_to_repeat(request: httpx.Request) -> str:
        return (
            f"the server may already have started (and charged for) it, "
            f"and a {request.method} without an Idempotency-Key is not safe to repeat"
        )

    @staticmethod
    def _is_idempotent(request: httpx.Request) -> bool:
        return request.method in IDEMPOTENT_METHODS or "idempotency-key" in request.headers

    def _mapped_status(self, response: httpx.Response) -> int:
        """The status a read ``response`` stands for: the vendor code table's
        (``x-sdk-error-envelope``) when its body carries a mapped error code, else the HTTP one."""
        if ENVELOPE is None or not response.content:
            return response.status_code
        try:
            details = envelope_details(response.json())
        except (ValueError, RecursionError):
            return response.status_code
        return (
            details[3] if details is not None and details[3] is not None else response.status_code
        )

    @staticmethod
    def _delay(attempt: int, response: httpx.Response | None) -> float:
        if response is not None:
            wait = retry_after_seconds(response.headers)
            if wait is not None:
                return wait  # never sooner than asked; the caller decides whether it may wait
        backoff = min(INITIAL_RETRY_DELAY * (2.0**attempt), MAX_RETRY_DELAY)
        return backoff * (1.0 - 0.25 * random.random())

    def _shown(self, response: httpx.Response) -> tuple[object, str]:
        """The body (JSON, else text) and text of ``response`` as errors show them: without the
        client's own key, which a server may echo (``"invalid key sk-…"``)."""
        text = redact(response.text, self._secrets)
        try:
            return json.loads(text), text
        except (ValueError, RecursionError):  # not JSON, too deep, an oversized number
            return text, text

    def _status_error(self, response: httpx.Response, note: str | None = None) -> APIStatusError:
        """The typed error of an answer: a 4xx/5xx, a 2xx carrying the vendor's error code, or a
        redirect not followed (``note`` says why). The one place errors are built: the vendor's
        envelope (its paths and code table) when the body carries its code, the common error
        shapes otherwise; the client's key redacted from all of it."""
        body, text = self._shown(response)
        vendor = envelope_details(body)
        status = response.status_code
        code: str | None
        message: str | None
        if vendor is not None:
            code, message, request_id, mapped = vendor
            request_id = request_id or request_id_header(response.headers)
            message = message or f"the API reported code {code}"
            status = mapped if mapped is not None else status
        else:
            code, message, request_id = error_details(body, response.headers)
            if (
                code is None
                and isinstance(body, dict)
                and isinstance(body.get("error"), str)
                and isinstance(body.get("message"), str)
            ):
                code = body[
                    "error"
                ]  # {"error": "model_unavailable", "message": "..."}: the error is a code
                message = body["message"]
        if message is None:
            text = text.strip()
            message = (
                text[:200] if text and not text.lstrip().startswith("<") else response.reason_phrase
            )
        if note is not None:
            message = f"{note} (the server said: {message})" if message else note
        cls = status_error_class(status, code)
        error = cls(
            redact(message or "", self._secrets),
            response=response,
            body=body,
            code=redact(code, self._secrets),
            request_id=redact(request_id, self._secrets),
            retry_after=retry_after_seconds(response.headers),
        )
        error.mapped_status = status
        return error

    def _parse(self, response: httpx.Response, cast_to: Any, job_id_path: str | None = None) -> Any:
        """The answer as ``cast_to``. When it does not parse, the error keeps what was received
        and, for a call that starts jobs (``job_id_path``), the ids of the jobs it started."""
        if cast_to is None or cast_to is type(None):
            return None
        if cast_to is bytes:
            return response.content
        if cast_to is str:
            return response.text
        if not response.content and _allows_none(cast_to):
            return None  # e.g. a documented 204 next to a 200 with a body
        try:
            data = response.json()
        except (ValueError, RecursionError):  # not JSON, not UTF-8, too deep, an oversized number
            kind = response.headers.get("content-type", "unknown content type")
            _, text = self._shown(response)
            raise APIResponseValidationError(
                f"Expected a JSON response body, got {kind}: {text[:120]!r}", response, text
            ) from None
        if (
            envelope_details(data) is not None
        ):  # an error code inside a 2xx body (x-sdk-error-envelope)
            raise self._status_error(response)
        try:
            return _validated(cast_to, data)
        except pydantic.ValidationError as exc:
            body = (
                self._shown(response)[0]
                if self._secrets and any(secret in response.text for secret in self._secrets)
                else data
            )
            error = APIResponseValidationError(
                redact(f"The response does not match the API description: {exc}", self._secrets),
                response,
                body,
            )
            if job_id_path is not None:
                error.job_ids = tuple(job_ids(data, job_id_path))
            raise error from None


_lenient: Any = None  # the _enums module, imported at the first answer parsed


def _validated(cast_to: Any, data: object) -> Any:
    """``data`` parsed leniently as ``cast_to``; _enums (it builds pydantic models) imported
    on first use, not by constructing a client."""
    global _lenient
    if _lenient is None:
        from . import _enums as _lenient
    return _lenient.validate_response(_lenient.response_adapter(cast_to), data)


def _merge_headers(into: dict[str, str], layer: Mapping[str, str]) -> None:
    """``layer`` set over ``into``, replacing any header of the same name in another case."""
    for key, value in layer.items():
        lower = key.lower()
        for existing in [name for name in into if name != key and name.lower() == lower]:
            del into[existing]
        into[key] = value


def _allows_none(cast_to: Any) -> bool:
    """Whether ``None`` is one of the types a response may be (``models.Job | None``)."""
    return type(None) in typing.get_args(cast_to)


async def _async_sleep(seconds: float) -> None:
    import asyncio  # only async users pay for importing asyncio

    await asyncio.sleep(seconds)


_URL_CACHE_SIZE = 1024
_WARNED: set[tuple[str, str]] = set()


def _warn_if_deprecated(response: httpx.Response) -> None:
    """Endpoints on their way out answer with ``Deprecation`` (and ``Sunset``, ``Link``) headers:
    say so once per endpoint, before the day it starts failing with 410."""
    if "deprecation" not in response.headers:
        return
    key = (response.request.method, response.request.url.path)
    if key in _WARNED:
        return
    _WARNED.add(key)
    sunset = response.headers.get("sunset")
    link = response.headers.get("link")
    text = (
        f"{key[0]} {key[1]} is deprecated by the API"
        + (f"; sunset {sunset}" if sunset else "")
        + (f"; see {link}" if link else "")
    )
    warn_caller(text, DeprecationWarning)


def _form_value(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class SyncAPIClient(_BaseClient):
    """Sends requests with an :class:`httpx.Client` (your own, or one the client owns)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )
        self._owns_http = http_client is None
        self._http_client = http_client

    @property
    def _http(self) -> httpx.Client:
        """The connection pool, created on first use: constructing a client stays cheap."""
        if self._http_client is None:
            self._http_client = httpx.Client(follow_redirects=True)
        return self._http_client

    def _options(self) -> dict[str, Any]:
        return {**super()._options(), "http_client": self._http_client}

    def close(self) -> None:
        """Close the HTTP connection pool (only when the client created it)."""
        if self._owns_http and self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """``request`` sent, its redirects followed hop by hop (see :meth:`_redirected` and
        :meth:`_refused_hop`); a redirect not followed raises ``_RedirectRefused``."""
        first = request
        visited: set[tuple[str, str]] = set()  # filled at a redirect: most calls have none
        resent = 0
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = self._http.send(request, stream=stream, follow_redirects=False)
            except httpx.InvalidURL as exc:  # a Location httpx cannot parse (it closed the answer)
                raise self._unusable_redirect(first, request, exc) from exc
            except httpx.TransportError as exc:
                if request is first or self._is_idempotent(first):
                    raise
                raise self._redirect_failed(first, request, exc) from exc
            if response.next_request is None or not self._http.follow_redirects:
                return response
            hop = self._redirected(response.next_request)
            visited.add(self._visit(first))
            refusal = self._refused_hop(first, hop, visited, resent)
            if refusal is not None:
                raise _RedirectRefused(response, refusal)
            resent += self._resends_body(first, hop)
            visited.add(self._visit(hop))
            response.close()
            request = hop
        raise self._too_many_redirects(request)

    @staticmethod
    def _read(response: httpx.Response, deadline: float | None, limit: int | None) -> None:
        """Read the body of a streamed ``response`` by ``deadline`` and within ``limit`` bytes
        (see ``_body``): httpx's read timeout starts again at every chunk, so a server trickling
        bytes would otherwise outlast any deadline."""
        if hasattr(response, "_content"):  # already in memory (a transport that answers in full)
            if limit is not None and len(response.content) > limit:
                raise BodyTooLarge(limit)
            return
        reader = BodyReader(response, limit)
        try:
            for chunk in response.iter_raw() if reader.raw else response.iter_bytes():
                reader.feed(chunk)
                if deadline is not None and time.monotonic() > deadline:
                    raise httpx.ReadTimeout(
                        "The call's overall deadline passed while the response was arriving",
                        request=response.request,
                    )
        except BaseException:
            response.close()
            raise
        response._content = reader.body()  # what Response.read() stores

    def _refused(self, refused: _RedirectRefused, deadline: float | None) -> APIStatusError:
        """The status error of a redirect not followed, with whatever of its body can be read."""
        response = refused.response
        try:
            self._read(response, deadline, self.max_response_bytes)
        except (httpx.HTTPError, BodyTooLarge):
            response._content = b""
        return self._status_error(response, refused.reason)

    def download(
        self,
        url: str,
        destination: str | os.PathLike[str],
        *,
        chunk_size: int = 1 << 16,
        on_progress: ProgressCallback | None = None,
        max_bytes: int | None = None,
    ) -> Path:
        """Stream ``url`` (a result URL, or an API path) to ``destination`` (a file or a folder).

        The API key is sent only when ``url`` is on the API's own host. ``on_progress(received,
        total)`` sees the bytes received so far and the total (``None`` without Content-Length).
        The download keeps to the client's ``total_timeout`` (or an enclosing ``wait()``'s
        deadline) however slowly the bytes arrive, and ``max_bytes`` (default: no cap) refuses
        a larger file; either way the partial file is removed. ``chunk_size``: the most bytes
        written at once."""
        if chunk_size <= 0 or (max_bytes is not None and max_bytes < 0):
            raise ValueError("chunk_size must be positive and max_bytes 0 or more (None: no cap)")
        deadline = self._deadline()
        request = self._download_request(self._http, url, deadline)
        started = time.monotonic()
        try:
            response = self._send(request, stream=True)
            _observe.attempt(self, request, response, started, 0)
        except httpx.TransportError as exc:
            _observe.attempt(self, request, None, started, 0, exc)
            raise APIConnectionError(
                f"Download failed: {type(exc).__name__}", request=request
            ) from exc
        except _RedirectRefused as refused:
            raise self._refused(refused, deadline) from None
        try:
            if not response.is_success:
                try:
                    self._read(response, deadline, self.max_response_bytes)
                except (httpx.HTTPError, BodyTooLarge):
                    response._content = b""
                raise self._status_error(response)
            self._downloading(response, deadline, max_bytes)
            path = target_path(destination, url, response, "download")
            handle, partial = open_partial(path)
            try:
                total = progress_start(response, on_progress)
                written = 0
                with handle:
                    for piece in response.iter_bytes():  # as it arrives: each piece is checked
                        written += len(piece)
                        self._downloading(response, deadline, max_bytes, written)
                        for start in range(0, len(piece), chunk_size):
                            handle.write(piece[start : start + chunk_size])
                        if on_progress is not None:
                            on_progress(response.num_bytes_downloaded, total)
                os.replace(partial, path)
            except BaseException as exc:
                partial.unlink(missing_ok=True)
                if isinstance(
                    exc, (httpx.TransportError, httpx.DecodingError)
                ):  # cut off mid-file, or not what it claims
                    raise APIConnectionError(
                        f"Download failed: {type(exc).__name__}", request=request
                    ) from exc
                raise
            return path
        finally:
            response.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        styles: Styles | None = None,
        json_body: Any = None,
        files: Mapping[str, FileInput] | None = None,
        data: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        idempotency_header: str | None = None,
        job_id_path: str | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        """One API call: sent, retried when that is safe, read, and parsed as ``cast_to``.

        ``job_id_path`` (for calls that start jobs) puts the started jobs' ids on the error
        raised when the answer does not parse."""
        options = options or RequestOptions()
        query, headers = encode_parameters(params, headers, cookies, styles)
        headers = self._with_idempotency_key(headers, idempotency_header, options)
        if cast_to is bytes or cast_to is str or cast_to is None or cast_to is type(None):
            headers = {"Accept": "*/*", **headers}  # a file, text or empty response, not JSON
        attempt = 0
        deadline = self._deadline()
        while True:
            with ExitStack() as stack:
                request = self._build_request(
                    self._http,
                    method,
                    path,
                    params=query,
                    headers=headers,
                    json_body=json_body,
                    files=files,
                    data=data,
                    content=content,
                    options=options,
                    stack=stack,
                    deadline=deadline,
                )
                started = time.monotonic()
                try:
                    response = self._send(request, stream=True)
                    self._read(
                        response,
                        deadline,
                        (
                            None
                            if cast_to is bytes and response.is_success
                            else self.max_response_bytes
                        ),
                    )
                except (httpx.TransportError, httpx.DecodingError) as exc:
                    _observe.attempt(self, request, None, started, attempt, exc)
                    wait, why = self._delay_after_error(request, exc, attempt, deadline)
                    _observe.retry_decision(self, request, None, exc, attempt, wait, why)
                    if wait is None:
                        raise self._connection_error(request, exc) from exc
                    time.sleep(wait)
                    attempt += 1
                    continue
                except _RedirectRefused as refused:
                    raise self._refused(refused, deadline) from None
                except BodyTooLarge as exc:
                    raise self._too_large(response, exc.limit) from None
            _observe.attempt(self, request, response, started, attempt)
            status = self._mapped_status(response)
            if response.is_success and status not in RETRYABLE_STATUSES:
                _warn_if_deprecated(response)
                if raw_response_requested():
                    # with_raw_response: the ``raw`` wrapper types the call as a RawResponse
                    return cast(
                        T,
                        RawResponse(response, lambda: self._parse(response, cast_to, job_id_path)),
                    )
                return cast(T, self._parse(response, cast_to, job_id_path))
            wait, reason = self._delay_after_status(request, response, status, attempt, deadline)
            _observe.retry_decision(self, request, response, None, attempt, wait, reason)
            if wait is None:
                raise self._status_error(response)
            response.close()
            time.sleep(wait)
            attempt += 1


class AsyncAPIClient(_BaseClient):
    """Sends requests with an :class:`httpx.AsyncClient` (your own, or one the client owns)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )
        self._owns_http = http_client is None
        self._http_client = http_client

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool, created on first use: constructing a client stays cheap."""
        if self._http_client is None:
            self._http_client = httpx.AsyncClient(follow_redirects=True)
        return self._http_client

    def _options(self) -> dict[str, Any]:
        return {**super()._options(), "http_client": self._http_client}

    async def close(self) -> None:
        """Close the HTTP connection pool (only when the client created it)."""
        if self._owns_http and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """``request`` sent, its redirects followed hop by hop (see :meth:`_redirected` and
        :meth:`_refused_hop`); a redirect not followed raises ``_RedirectRefused``."""
        first = request
        visited: set[tuple[str, str]] = set()  # filled at a redirect: most calls have none
        resent = 0
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = await self._http.send(request, stream=stream, follow_redirects=False)
            except httpx.InvalidURL as exc:  # a Location httpx cannot parse (it closed the answer)
                raise self._unusable_redirect(first, request, exc) from exc
            except httpx.TransportError as exc:
                if request is first or self._is_idempotent(first):
                    raise
                raise self._redirect_failed(first, request, exc) from exc
            if response.next_request is None or not self._http.follow_redirects:
                return response
            hop = self._redirected(response.next_request)
            visited.add(self._visit(first))
            refusal = self._refused_hop(first, hop, visited, resent)
            if refusal is not None:
                raise _RedirectRefused(response, refusal)
            resent += self._resends_body(first, hop)
            visited.add(self._visit(hop))
            await response.aclose()
            request = hop
        raise self._too_many_redirects(request)

    @staticmethod
    async def _read(response: httpx.Response, deadline: float | None, limit: int | None) -> None:
        """The async twin of the sync client's ``_read``: the body, by ``deadline``, within ``limit``."""
        if hasattr(response, "_content"):  # already in memory (a transport that answers in full)
            if limit is not None and len(response.content) > limit:
                raise BodyTooLarge(limit)
            return
        reader = BodyReader(response, limit)
        try:
            async for chunk in response.aiter_raw() if reader.raw else response.aiter_bytes():
                reader.feed(chunk)
                if deadline is not None and time.monotonic() > deadline:
                    raise httpx.ReadTimeout(
                        "The call's overall deadline passed while the response was arriving",
                        request=response.request,
                    )
        except BaseException:
            await response.aclose()
            raise
        response._content = reader.body()  # what Response.aread() stores

    async def _refused(self, refused: _RedirectRefused, deadline: float | None) -> APIStatusError:
        """The status error of a redirect not followed, with whatever of its body can be read."""
        response = refused.response
        try:
            await self._read(response, deadline, self.max_response_bytes)
        except (httpx.HTTPError, BodyTooLarge):
            response._content = b""
        return self._status_error(response, refused.reason)

    async def download(
        self,
        url: str,
        destination: str | os.PathLike[str],
        *,
        chunk_size: int = 1 << 16,
        on_progress: ProgressCallback | None = None,
        max_bytes: int | None = None,
    ) -> Path:
        """Stream ``url`` (a result URL, or an API path) to ``destination`` (a file or a folder).

        The API key is sent only when ``url`` is on the API's own host. ``on_progress(received,
        total)`` sees the bytes received so far and the total (``None`` without Content-Length).
        The download keeps to the client's ``total_timeout`` (or an enclosing ``wait()``'s
        deadline) however slowly the bytes arrive, and ``max_bytes`` (default: no cap) refuses
        a larger file; either way the partial file is removed. ``chunk_size``: the most bytes
        written at once."""
        if chunk_size <= 0 or (max_bytes is not None and max_bytes < 0):
            raise ValueError("chunk_size must be positive and max_bytes 0 or more (None: no cap)")
        deadline = self._deadline()
        request = self._download_request(self._http, url, deadline)
        started = time.monotonic()
        try:
            response = await self._send(request, stream=True)
            _observe.attempt(self, request, response, started, 0)
        except httpx.TransportError as exc:
            _observe.attempt(self, request, None, started, 0, exc)
            raise APIConnectionError(
                f"Download failed: {type(exc).__name__}", request=request
            ) from exc
        except _RedirectRefused as refused:
            raise await self._refused(refused, deadline) from None
        try:
            if not response.is_success:
                try:
                    await self._read(response, deadline, self.max_response_bytes)
                except (httpx.HTTPError, BodyTooLarge):
                    response._content = b""
                raise self._status_error(response)
            self._downloading(response, deadline, max_bytes)
            path = target_path(destination, url, response, "download")
            handle, partial = open_partial(path)
            try:
                total = progress_start(response, on_progress)
                written = 0
                with handle:
                    async for (
                        piece
                    ) in response.aiter_bytes():  # as it arrives: each piece is checked
                        written += len(piece)
                        self._downloading(response, deadline, max_bytes, written)
                        for start in range(0, len(piece), chunk_size):
                            handle.write(piece[start : start + chunk_size])
                        if on_progress is not None:
                            on_progress(response.num_bytes_downloaded, total)
                os.replace(partial, path)
            except BaseException as exc:
                partial.unlink(missing_ok=True)
                if isinstance(
                    exc, (httpx.TransportError, httpx.DecodingError)
                ):  # cut off mid-file, or not what it claims
                    raise APIConnectionError(
                        f"Download failed: {type(exc).__name__}", request=request
                    ) from exc
                raise
            return path
        finally:
            await response.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        styles: Styles | None = None,
        json_body: Any = None,
        files: Mapping[str, FileInput] | None = None,
        data: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        idempotency_header: str | None = None,
        job_id_path: str | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        """One API call: sent, retried when that is safe, read, and parsed as ``cast_to``.

        ``job_id_path`` (for calls that start jobs) puts the started jobs' ids on the error
        raised when the answer does not parse."""
        options = options or RequestOptions()
        query, headers = encode_parameters(params, headers, cookies, styles)
        headers = self._with_idempotency_key(headers, idempotency_header, options)
        if cast_to is bytes or cast_to is str or cast_to is None or cast_to is type(None):
            headers = {"Accept": "*/*", **headers}  # a file, text or empty response, not JSON
        attempt = 0
        deadline = self._deadline()
        while True:
            with ExitStack() as stack:
                request = self._build_request(
                    self._http,
                    method,
                    path,
                    params=query,
                    headers=headers,
                    json_body=json_body,
                    files=files,
                    data=data,
                    content=content,
                    options=options,
                    stack=stack,
                    deadline=deadline,
                )
                started = time.monotonic()
                try:
                    response = await self._send(request, stream=True)
                    await self._read(
                        response,
                        deadline,
                        (
                            None
                            if cast_to is bytes and response.is_success
                            else self.max_response_bytes
                        ),
                    )
                except (httpx.TransportError, httpx.DecodingError) as exc:
                    _observe.attempt(self, request, None, started, attempt, exc)
                    wait, why = self._delay_after_error(request, exc, attempt, deadline)
                    _observe.retry_decision(self, request, None, exc, attempt, wait, why)
                    if wait is None:
                        raise self._connection_error(request, exc) from exc
                    await _async_sleep(wait)
                    attempt += 1
                    continue
                except _RedirectRefused as refused:
                    raise await self._refused(refused, deadline) from None
                except BodyTooLarge as exc:
                    raise self._too_large(response, exc.limit) from None
            _observe.attempt(self, request, response, started, attempt)
            status = self._mapped_status(response)
            if response.is_success and status not in RETRYABLE_STATUSES:
                _warn_if_deprecated(response)
                if raw_response_requested():
                    # with_raw_response: the ``raw`` wrapper types the call as a RawResponse
                    return cast(
                        T,
                        RawResponse(response, lambda: self._parse(response, cast_to, job_id_path)),
                    )
                return cast(T, self._parse(response, cast_to, job_id_path))
            wait, reason = self._delay_after_status(request, response, status, attempt, deadline)
            _observe.retry_decision(self, request, response, None, attempt, wait, reason)
            if wait is None:
                raise self._status_error(response)
            await response.aclose()
            await _async_sleep(wait)
            attempt += 1
