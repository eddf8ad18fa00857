"""How the API key travels with each request: the document's security scheme, applied.

The scheme is fixed per package (``AUTH_*`` in ``_constants``): a header (``Authorization:
Bearer …``, HTTP basic, or an API-key header of the vendor's own), a query parameter, or a
cookie. A key in a query parameter ends up in URLs, and so in proxy and ``httpx`` logs.
"""

from __future__ import annotations

import base64
from typing import overload
from dataclasses import dataclass, field
from urllib.parse import quote, quote_plus

from ._constants import AUTH_BASIC, AUTH_IN, AUTH_NAME, AUTH_PREFIX

__all__ = ["Credentials", "credentials", "redact", "secret_forms", "with_cookie"]

_COOKIE_OCTETS = frozenset(
    chr(code)
    for code in (
        0x21,
        *range(0x23, 0x2C),
        *range(0x2D, 0x3B),
        *range(0x3C, 0x5C),
        *range(0x5D, 0x7F),
    )
)


@dataclass(frozen=True)
class Credentials:
    """What every request to the API's own host carries to authenticate."""

    headers: dict[str, str] = field(default_factory=dict)
    query: tuple[tuple[str, str], ...] = ()
    cookie: str | None = None  # ``name=value``, added to the ``Cookie`` header


def credentials(key: str) -> Credentials:
    """The credentials for ``key`` (none for an empty key: the API allows calls without one)."""
    if not key:
        return Credentials()
    value = AUTH_PREFIX + (
        base64.b64encode(key.encode("utf-8")).decode("ascii") if AUTH_BASIC else key
    )
    if AUTH_IN == "header":
        return Credentials(headers={AUTH_NAME: value})
    if AUTH_IN == "query":
        return Credentials(query=((AUTH_NAME, value),))
    if AUTH_IN == "cookie":
        # Sent as is when every character may appear in a cookie (RFC 6265): servers compare
        # the raw value, and few decode percent-escapes. Anything else has to be escaped.
        return Credentials(
            cookie=f"{AUTH_NAME}={value if set(value) <= _COOKIE_OCTETS else quote(value, safe='')}"
        )
    return Credentials()


def with_cookie(headers: dict[str, str], cookie: str | None) -> dict[str, str]:
    """``headers`` with ``cookie`` appended to the ``Cookie`` header cookie parameters may have
    set, unless that header already sets a cookie of the same name (the caller's own wins)."""
    if cookie is None:
        return headers
    name = cookie.split("=", 1)[0]
    for header, value in headers.items():
        if header.lower() == "cookie":
            if name not in (part.split("=", 1)[0].strip() for part in value.split(";")):
                headers[header] = f"{value}; {cookie}"
            return headers
    headers["Cookie"] = cookie
    return headers


REDACTED = "[redacted]"


def secret_forms(*values: str) -> tuple[str, ...]:
    """Every form in which each of ``values`` (the key, a webhook secret) travels and a server
    or a log could show it: as given, after a scheme prefix (``Bearer <key>``), the password of
    ``user:password``, base64 for HTTP basic, percent-escaped (``quote`` and ``quote_plus``);
    longest first, so a key inside a longer form goes as a whole. Forms shorter than four
    characters are left out: redacting them would garble ordinary text. The one list of forms
    both errors (``redact``) and logs (``_logs.scrub``) remove."""
    forms: set[str] = set()
    for value in values:
        if not value:
            continue
        plain = {value, value.split(" ", 1)[-1]}
        if AUTH_BASIC and ":" in value:
            plain.add(value.split(":", 1)[1])
        for form in plain:
            forms.update(
                (
                    form,
                    quote(form, safe=""),
                    quote_plus(form, safe=""),
                    base64.b64encode(form.encode("utf-8")).decode("ascii"),
                )
            )
    return tuple(
        sorted((form for form in forms if len(form) >= 4), key=lambda form: (-len(form), form))
    )


@overload
def redact(text: str, secrets: tuple[str, ...], marker: str = REDACTED) -> str: ...
@overload
def redact(text: None, secrets: tuple[str, ...], marker: str = REDACTED) -> None: ...
def redact(text: str | None, secrets: tuple[str, ...], marker: str = REDACTED) -> str | None:
    """``text`` with every one of ``secrets`` (longest first) replaced by ``marker``."""
    if text is None:
        return None
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, marker)
    return text
