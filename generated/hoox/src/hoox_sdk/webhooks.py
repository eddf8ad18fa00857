"""Webhook deliveries of the Hoox Public API: parse them into typed payloads.

The vendor documents no signature scheme for its callbacks: anyone who learns the URL can post to
it. Treat a delivery as a hint and confirm with the API (e.g. poll the job), or protect the URL
(an unguessable path, an allow-list of source addresses).
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Union

import pydantic

from . import models
from ._enums import response_adapter, validate_response
from ._exceptions import HooxError

__all__ = ["WebhookVerificationError", "Webhooks", "unwrap", "parse_asset_generation"]

WEBHOOK_SECRET_ENV = "HOOX_WEBHOOK_SECRET"
Event = Union[models.AssetWebhookPayload]


class WebhookVerificationError(HooxError):
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


def parse_asset_generation(payload: bytes | str | Mapping[str, Any]) -> models.AssetWebhookPayload:
    """Parse a ``asset_generation`` delivery.

    Sent to the `webhook_url` of `start_asset_generation` when a generation completes,
    successfully or not. Delivery is retried 3 times (after 1, 2 and 4 seconds) with a
    10-second timeout. No signature scheme is documented: the request is unsigned, so treat
    it as a hint and confirm with `get_asset_status`.
    """
    result: models.AssetWebhookPayload = _parse(models.AssetWebhookPayload, payload)
    return result


def unwrap(
    payload: bytes | str | Mapping[str, Any], headers: Mapping[str, str] | None = None
) -> Event:
    """Parse a delivery into a typed payload. Unsigned: see the module docstring."""
    event: Event = _parse(Event, payload)
    return event


class Webhooks:
    """``client.webhooks``: the functions of this module, at hand on the client."""

    unwrap = staticmethod(unwrap)
    parse_asset_generation = staticmethod(parse_asset_generation)
