"""``x-sdk-error-envelope``: vendor errors inside successful HTTP answers.

Some vendors (Kling through api.gpt.ge) answer every request with HTTP 200 and put the outcome
in the body: ``{"code": 1201, "message": "invalid params", "data": null}``. Parsed as the success
schema such a body fails with a response-validation error that hides the vendor's code; with this
extension the client raises the package's typed API error instead (status, vendor code, message,
request id), its class chosen from the vendor's code table (``map``: code → the HTTP status whose
error class it takes, e.g. 401 → ``AuthenticationError``).

The extension is checked against ``schemas/x-sdk-error-envelope.schema.json``; a wrong value is a
:class:`SpecError` naming ``/x-sdk-error-envelope/…``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import SpecError
from .validation import validate_with

KEY = "x-sdk-error-envelope"


def error_envelope(document: dict[str, Any], file: Path) -> dict[str, Any] | None:
    """The checked, normalized extension of ``document`` (``None`` when it has none)."""
    hint = document.get(KEY)
    if hint is None:
        return None
    try:
        validate_with("x-sdk-error-envelope.schema.json", hint, file)
    except SpecError as exc:
        raise SpecError(file, f"/{KEY}{exc.pointer}", exc.message) from None
    return {
        "code": tuple(str(hint["code"]).split(".")),
        "success": tuple(str(value) for value in hint["success"]),
        "message": tuple(str(hint["message"]).split(".")) if "message" in hint else None,
        "request_id": tuple(str(hint["request_id"]).split(".")) if "request_id" in hint else None,
        "map": {str(code): int(status) for code, status in sorted((hint.get("map") or {}).items())},
    }
