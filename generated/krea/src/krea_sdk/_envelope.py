"""Vendor errors inside successful HTTP answers (the spec's ``x-sdk-error-envelope``).

This API's description declares no such envelope: every 2xx body is parsed as the success schema.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._exceptions import APIStatusError, status_error_class

__all__ = ["ENVELOPE", "vendor_error"]

ENVELOPE: dict[str, Any] | None = None

_ABSENT = object()


def _at(data: Any, path: Any) -> Any:
    for key in path or ():
        if not isinstance(data, dict) or key not in data:
            return _ABSENT
        data = data[key]
    return data if path else _ABSENT


def vendor_error(response: httpx.Response, data: object) -> APIStatusError | None:
    """The typed error a 2xx JSON ``data`` carries, or ``None`` when it reports success (or
    carries no code: the body is then parsed as usual)."""
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
    if request_id is _ABSENT or request_id is None:
        request_id = response.headers.get("x-request-id") or response.headers.get("request-id")
    status = ENVELOPE["map"].get(str(code))
    cls = status_error_class(status, str(code)) if status is not None else APIStatusError
    text = (
        str(message)
        if message is not _ABSENT and message is not None
        else f"the API reported code {code}"
    )
    return cls(
        text,
        response=response,
        body=data,
        code=str(code),
        request_id=None if request_id is None else str(request_id),
    )
