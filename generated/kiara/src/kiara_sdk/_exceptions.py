"""The exceptions this package raises: one hierarchy, rooted at :class:`KiaraError`.

Status errors carry the HTTP status, the vendor's error code, message and request id parsed
from its error envelope, and the raw response. The API key never appears in any of them:
text a server echoes back is shown with the client's own key redacted.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "KiaraError",
    "PackageError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "APIResponseValidationError",
    "RequestValidationError",
    "BadRequestError",
    "AuthenticationError",
    "InsufficientCreditsError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "GoneError",
    "ModelUnavailableError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "UnverifiedRuleWarning",
]


class KiaraError(Exception):
    """Base class of every exception raised by this package."""


class RequestValidationError(KiaraError, ValueError):
    """Arguments that the API would reject; raised before anything is sent (nothing is charged)."""

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class APIError(KiaraError):
    """A request was made and did not produce a usable result."""

    def __init__(self, message: str, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a response arrived."""

    def __init__(
        self, message: str = "Connection error.", request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out (per attempt, or the overall deadline across retries)."""

    def __init__(
        self, message: str = "Request timed out.", request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request)


class APIResponseValidationError(APIError):
    """The response does not match the API description: not JSON, an HTML error page, a
    truncated body, JSON of another shape, or a body over the client's ``max_response_bytes``.

    ``job_ids``: when the call starts jobs, the ids found in the answer (the jobs exist and are
    paid for: follow them with ``wait()``); empty otherwise."""

    def __init__(self, message: str, response: httpx.Response, body: object = None) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.job_ids: tuple[str, ...] = ()


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status (or a redirect the client would not follow).

    ``retry_after``: the seconds the server asked to wait before trying again (its
    ``Retry-After``), when it said; the client never retries sooner, and gives up with this
    error when the wait does not fit the call's deadline.

    ``status_code`` is the HTTP status the server sent; ``mapped_status`` the status the error
    stands for, which decides its class and whether it is retried or waited out: the vendor's
    code table (``x-sdk-error-envelope``) may map an error inside a 200 answer to 429, or a
    429 answer carrying an arrears code to 402. Without such a code both are the same."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.mapped_status = response.status_code
        self.body = body
        self.code = code
        self.request_id = request_id
        self.retry_after = retry_after

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = f"Error {' '.join(parts)}: {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        if self.retry_after is not None:
            text += f" (retry after {self.retry_after:g} s)"
        return text


class BadRequestError(APIStatusError):
    """400: the request was malformed or invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class InsufficientCreditsError(APIStatusError):
    """402: the account has run out of credits or balance."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (plan, account state, origin or IP)."""


class NotFoundError(APIStatusError):
    """404: no such resource, or not visible to this key."""


class ConflictError(APIStatusError):
    """409: the resource's state does not allow this (or an idempotency-key conflict)."""


class GoneError(APIStatusError):
    """410: the endpoint or model was retired."""


class ModelUnavailableError(GoneError):
    """410 ``model_unavailable``: the model was retired on ``sunset_date``; ``replacement`` names
    its successor and ``migration_url`` explains the move."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            response=response,
            body=body,
            code=code,
            request_id=request_id,
            retry_after=retry_after,
        )
        details = body if isinstance(body, dict) else {}
        self.replacement: str | None = details.get("replacement")
        self.sunset_date: str | None = details.get("sunset_date")
        self.migration_url: str | None = details.get("migration_url")
        self.reason: str | None = details.get("reason")


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests, or too many concurrent jobs."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int, code: str | None = None) -> type[APIStatusError]:
    if status_code == 410 and code == "model_unavailable":
        return ModelUnavailableError
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


class UnverifiedRuleWarning(UserWarning):
    """Arguments break a cross-field rule that the spec marks unverified (inferred, not
    documented by the vendor): the request is sent anyway, and the API may reject it."""


# The package's base error under one name, for the runtime modules that are the same in every
# package (they are plain Python, not templates).
PackageError = KiaraError
