"""Webhook signatures: HMAC-SHA256 verification driven by a package's :class:`SignatureSpec`.

A package whose vendor signs its deliveries states how in one constant of its ``webhooks``
module (``SIGNATURE = SignatureSpec(…)``, from the spec's ``x-sdk-webhook-signature``), as
resources state how jobs report their status (``JOB_STATUS``); the checking is this code, the
same in every package.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["SignatureSpec", "header", "verify"]

_TIMESTAMP = re.compile(r"[0-9]{1,13}")  # Unix seconds, or milliseconds (13 digits)


@dataclass(frozen=True)
class SignatureSpec:
    """How deliveries are signed: HMAC-SHA256 with the signing secret over ``signed_payload``,
    in which ``{timestamp}`` is the timestamp header's value and ``{body}`` the raw body."""

    signed_payload: str
    signature_header: str
    timestamp_header: str | None = None
    # Accepted encodings of the signature: the documented one, and the other one too when the
    # scheme is unverified (both are the same HMAC, so nothing weaker is let through).
    encodings: tuple[str, ...] = ("hex",)


def header(headers: Mapping[str, str], name: str) -> str | None:
    """The value of header ``name``, whatever the case of the keys of ``headers``."""
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


def verify(
    spec: SignatureSpec,
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float,
    now: float | None,
    signature_header: str,
    timestamp_header: str | None,
    error: type[Exception],
) -> None:
    """Raise ``error`` unless ``payload`` was signed with ``secret`` within the last
    ``tolerance`` seconds (when the scheme has a timestamp)."""
    body = payload.encode() if isinstance(payload, str) else bytes(payload)
    signature = header(headers, signature_header)
    if not signature:
        raise error(f"Missing signature header {signature_header}")
    timestamp = ""
    if timestamp_header is not None:
        timestamp = header(headers, timestamp_header) or ""
        if not _TIMESTAMP.fullmatch(
            timestamp
        ):  # nan, inf, 1.7e9, " 1700000000" or a 10^30 all fail
            raise error(
                f"Missing or malformed timestamp header {timestamp_header}: not a whole number of seconds"
            )
        sent = int(timestamp) / 1000.0 if len(timestamp) > 11 else float(timestamp)  # milliseconds
        current = time.time() if now is None else now
        if abs(current - sent) > tolerance:
            raise error(
                f"Stale delivery: signed {current - sent:.0f} s ago, more than {tolerance:g} s"
            )
    signed = spec.signed_payload.replace("{timestamp}", timestamp).encode().replace(b"{body}", body)
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
    expected = [
        base64.b64encode(digest).decode() if encoding == "base64" else digest.hex()
        for encoding in spec.encodings
    ]
    # "v1=<sig>" or a bare signature (base64 may end in "="), possibly several: try each reading
    # (a non-ASCII header can never match, and compare_digest refuses non-ASCII str: compare bytes)
    candidates = [
        piece.encode("ascii")
        for part in signature.replace(",", " ").split()
        for piece in (part, part.split("=", 1)[-1])
        if piece.isascii()
    ]
    if not any(
        hmac.compare_digest(want.encode("ascii"), candidate)
        for want in expected
        for candidate in candidates
    ):
        raise error("Signature mismatch: the body was not signed with this secret")
