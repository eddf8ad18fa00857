"""Vendor errors inside successful HTTP answers (the spec's ``x-sdk-error-envelope``).

This API's description declares no such envelope: every 2xx body is parsed as the success schema.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ENVELOPE", "envelope_details"]

ENVELOPE: dict[str, Any] | None = None

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
