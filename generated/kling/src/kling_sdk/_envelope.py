"""Vendor errors inside successful HTTP answers (the spec's ``x-sdk-error-envelope``).

This API answers some errors with HTTP 200 and a body whose code is not a success value
(``{"code": 1201, "message": "invalid params", "data": null}``). Such a body raises the
package's typed API error, never a response-validation error that would hide the code: its
``code``, ``message`` and ``request_id`` come from the body, ``status_code`` is the HTTP status
the server sent, and the class follows the vendor's code table (``ENVELOPE["map"]``: a code
mapped to 401 raises ``AuthenticationError``, to 402 ``InsufficientCreditsError``, to 429
``RateLimitError``; an unmapped code ``APIStatusError``). The same table classes an error
answer (4xx/5xx) carrying a code: a 429 with 1101 (arrears) is ``InsufficientCreditsError``,
never retried; a 200 with 1302 (too many requests) is ``RateLimitError``, retried and waited
out like an HTTP 429 (``mapped_status`` on the error).
"""

from __future__ import annotations

from typing import Any

__all__ = ["ENVELOPE", "envelope_details"]

ENVELOPE: dict[str, Any] | None = {
    "code": ("code",),
    "success": ("0",),
    "message": ("message",),
    "request_id": ("request_id",),
    "map": {
        "1000": 401,
        "1001": 401,
        "1002": 401,
        "1003": 401,
        "1004": 401,
        "1100": 429,
        "1101": 402,
        "1102": 402,
        "1103": 403,
        "1200": 400,
        "1201": 400,
        "1202": 404,
        "1203": 404,
        "1300": 400,
        "1301": 400,
        "1302": 429,
        "1303": 429,
        "1304": 429,
        "5000": 500,
        "5001": 503,
        "5002": 504,
    },
}

_ABSENT = object()


def _at(data: Any, path: Any) -> Any:
    for key in path or ():
        if not isinstance(data, dict) or key not in data:
            return _ABSENT
        data = data[key]
    return data if path else _ABSENT


def envelope_details(data: object) -> tuple[str, str | None, str | None, int | None] | None:
    """``(code, message, request_id, mapped status)`` of a body carrying the vendor's error code
    (at any HTTP status), or ``None`` when it reports success or carries no code: the body is
    then parsed as usual. The client builds every error from these (``_status_error``), so an
    envelope error is redacted and classed like any other; the mapped status (``None`` for an
    unmapped code) decides its class and its retries."""
    if ENVELOPE is None or not isinstance(data, dict):
        return None
    code = _at(data, ENVELOPE["code"])
    if (
        code is _ABSENT
        or code is None
        or isinstance(code, bool)
        or str(code) in ENVELOPE["success"]
    ):
        return None
    message = _at(data, ENVELOPE["message"])
    request_id = _at(data, ENVELOPE["request_id"])
    status = ENVELOPE["map"].get(str(code))
    return (
        str(code),
        str(message) if message is not _ABSENT and message is not None else None,
        str(request_id) if request_id is not _ABSENT and request_id is not None else None,
        status if isinstance(status, int) else None,
    )
