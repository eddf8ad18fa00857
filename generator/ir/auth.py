"""How the generated client sends its credential, chosen from the document's security schemes.

A client holds one credential (``api_key``) and sends it one way. The first security
alternative the document lists that one credential can satisfy decides how: an API key in a
header, query parameter or cookie; an HTTP bearer token (also what OAuth 2 and OpenID Connect
access tokens are); or HTTP basic (``api_key="user:password"``). Whether a client can be built
without a key follows from the document too: a key is optional when some operation can be called
without one (a ``{}`` alternative, ``security: []``, or no requirement at all). A document that
says nothing about authentication gets an optional bearer token, the most common scheme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .model import Auth

OPTIONAL_BEARER = Auth(
    location="header", name="Authorization", prefix="Bearer ", basic=False, required=False
)


def scheme_auth(scheme: Any) -> Auth | None:
    """How the client would send a credential for ``scheme``; None when one key cannot."""
    if not isinstance(scheme, dict):
        return None
    kind = scheme.get("type")
    if (
        kind == "apiKey"
        and scheme.get("in") in ("header", "query", "cookie")
        and isinstance(scheme.get("name"), str)
        and scheme["name"]
    ):
        return Auth(
            location=scheme["in"], name=scheme["name"], prefix="", basic=False, required=True
        )
    http_scheme = str(scheme.get("scheme", "")).lower()
    if kind in ("oauth2", "openIdConnect") or (kind == "http" and http_scheme == "bearer"):
        return Auth(
            location="header", name="Authorization", prefix="Bearer ", basic=False, required=True
        )
    if kind == "http" and http_scheme == "basic":
        return Auth(
            location="header", name="Authorization", prefix="Basic ", basic=True, required=True
        )
    return None


def same_way(one: Auth, other: Auth) -> bool:
    """Whether two ways of sending a key are the same (header names are case-insensitive)."""

    def key(auth: Auth) -> tuple[str, str, str, bool]:
        return (
            auth.location,
            auth.name.lower() if auth.location == "header" else auth.name,
            auth.prefix,
            auth.basic,
        )

    return key(one) == key(other)


def requirement_lists(
    document: dict[str, Any], operations: Sequence[dict[str, Any]]
) -> list[list[Any]]:
    """The document's security requirements: the top level's, then each operation's own."""
    lists = [document.get("security")] + [operation.get("security") for operation in operations]
    return [alternatives for alternatives in lists if isinstance(alternatives, list)]


def choose_auth(document: dict[str, Any], operations: Sequence[dict[str, Any]]) -> Auth:
    """The way the client sends its key (see the module docstring); ``operations`` are the
    document's operation objects."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    chosen = None
    for alternatives in requirement_lists(document, operations):
        for alternative in alternatives:
            if isinstance(alternative, dict) and len(alternative) == 1:
                chosen = scheme_auth(schemes.get(next(iter(alternative))))
                if chosen is not None:
                    break
        if chosen is not None:
            break
    if chosen is None:  # no requirement one key can meet: the first scheme it can, optionally
        chosen = next(
            (auth for auth in map(scheme_auth, schemes.values()) if auth is not None), None
        )
        return OPTIONAL_BEARER if chosen is None else replace(chosen, required=False)
    top = document.get("security")
    return replace(
        chosen,
        required=bool(operations)
        and all(_requires(operation.get("security", top)) for operation in operations),
    )


def _requires(alternatives: Any) -> bool:
    """Whether an operation's effective requirements demand a credential (no ``{}`` way out)."""
    return (
        isinstance(alternatives, list)
        and bool(alternatives)
        and all(isinstance(a, dict) and a for a in alternatives)
    )
