"""Webhook deliveries of the Kiara API: verify their signature, then parse them.

Deliveries are signed with HMAC-SHA256 over ``{timestamp}.{body}``
(header ``X-Kiara-Signature``, timestamp in ``X-Kiara-Timestamp``).
:func:`unwrap` checks the signature in constant time and refuses deliveries older than
300 seconds (replays) before parsing anything. Pass the raw request body, exactly as
received: re-serialized JSON would not match the signature.
"""

from __future__ import annotations

import json
import os
from typing import Any, Mapping, Union

import pydantic

from . import models
from ._enums import response_adapter, validate_response
from ._exceptions import KiaraError
from ._webhooks import SignatureSpec, verify

__all__ = [
    "WebhookVerificationError",
    "Webhooks",
    "unwrap",
    "parse_generation_completed",
    "parse_generation_failed",
]

WEBHOOK_SECRET_ENV = "KIARA_WEBHOOK_SECRET"
SIGNATURE_HEADER = "X-Kiara-Signature"
TIMESTAMP_HEADER = "X-Kiara-Timestamp"
SIGNATURE = SignatureSpec(
    signed_payload="{timestamp}.{body}",
    signature_header=SIGNATURE_HEADER,
    timestamp_header=TIMESTAMP_HEADER,
    encodings=("hex", "base64"),
)
"""How the vendor signs deliveries (``x-sdk-webhook-signature``); :func:`verify_signature` checks it."""
Event = Union[models.GenerationWebhookEvent]


class WebhookVerificationError(KiaraError):
    """A delivery that must not be trusted: bad or missing signature, stale timestamp, or a body
    that is not the documented payload."""


def _json(payload: bytes | str | Mapping[str, Any]) -> Any:
    if isinstance(payload, Mapping):
        return dict(payload)
    try:
        return json.loads(payload)
    except ValueError as exc:
        raise WebhookVerificationError(f"The webhook body is not JSON: {exc}") from None
    except RecursionError:
        raise WebhookVerificationError("The webhook body is nested too deeply to parse") from None


def _parse(tp: Any, payload: bytes | str | Mapping[str, Any]) -> Any:
    try:
        return validate_response(response_adapter(tp), _json(payload))
    except pydantic.ValidationError as exc:
        raise WebhookVerificationError(
            f"The webhook body is not the documented payload: {exc}"
        ) from None
    except RecursionError:
        raise WebhookVerificationError("The webhook body is nested too deeply to parse") from None


def parse_generation_completed(
    payload: bytes | str | Mapping[str, Any],
) -> models.GenerationWebhookEvent:
    """Parse a ``generation.completed`` delivery (already verified: use :func:`unwrap`).

    Sent to the generation's `webhook_url` (HTTPS) when the job reaches `completed`. See
    `GenerationWebhookEvent` for the signature scheme, retries and replay window.
    """
    result: models.GenerationWebhookEvent = _parse(models.GenerationWebhookEvent, payload)
    return result


def parse_generation_failed(
    payload: bytes | str | Mapping[str, Any],
) -> models.GenerationWebhookEvent:
    """Parse a ``generation.failed`` delivery (already verified: use :func:`unwrap`).

    Sent to the generation's `webhook_url` (HTTPS) when the job reaches `failed`; the
    generation's `error.code` says why (e.g. `generation_failed`). See
    `GenerationWebhookEvent` for the signature scheme, retries and replay window.
    """
    result: models.GenerationWebhookEvent = _parse(models.GenerationWebhookEvent, payload)
    return result


def verify_signature(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = 300.0,
    now: float | None = None,
    signature_header: str = SIGNATURE_HEADER,
    timestamp_header: str = TIMESTAMP_HEADER,
) -> None:
    """Raise :class:`WebhookVerificationError` unless ``payload`` was signed with ``secret``
    within the last ``tolerance`` seconds.

    The header names and the encoding come from unverified sources: pass the header names your
    deliveries carry if they differ; hex and base64 signatures are both accepted."""
    verify(
        SIGNATURE,
        payload,
        headers,
        secret,
        tolerance=tolerance,
        now=now,
        signature_header=signature_header,
        timestamp_header=timestamp_header,
        error=WebhookVerificationError,
    )


def unwrap(
    payload: bytes | str,
    headers: Mapping[str, str],
    *,
    secret: str | None = None,
    tolerance: float = 300.0,
    signature_header: str = SIGNATURE_HEADER,
    timestamp_header: str = TIMESTAMP_HEADER,
) -> Event:
    """Verify a delivery's signature and timestamp, then parse it into a typed event.

    ``secret`` defaults to the ``KIARA_WEBHOOK_SECRET`` environment variable."""
    key = secret if secret is not None else os.environ.get(WEBHOOK_SECRET_ENV)
    if not key:
        raise WebhookVerificationError(
            f"No webhook secret: pass secret=... or set {WEBHOOK_SECRET_ENV}"
        )
    verify_signature(
        payload,
        headers,
        key,
        tolerance=tolerance,
        signature_header=signature_header,
        timestamp_header=timestamp_header,
    )
    event: Event = _parse(Event, payload)
    return event


class Webhooks:
    """``client.webhooks``: the functions of this module, at hand on the client."""

    unwrap = staticmethod(unwrap)
    verify_signature = staticmethod(verify_signature)
    parse_generation_completed = staticmethod(parse_generation_completed)
    parse_generation_failed = staticmethod(parse_generation_failed)
