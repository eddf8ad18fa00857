"""Warnings about authentication the client does not send (it sends its one credential the
way :func:`generator.ir.auth.choose_auth` decided)."""

from __future__ import annotations

from typing import Any

from generator.errors import to_pointer
from generator.ir.auth import requirement_lists, same_way, scheme_auth
from generator.ir.model import Auth

from .context import BuildContext


def unsent_auth(ctx: BuildContext, auth: Auth, operations: list[dict[str, Any]]) -> None:
    """Warn about every security scheme the document requires that the client does not send:
    it sends its one credential the way ``auth`` says, and nothing else."""
    schemes = (ctx.document.get("components") or {}).get("securitySchemes") or {}

    def sent(name: str) -> bool:
        if not isinstance(schemes.get(name), dict):
            return True  # not a scheme the document defines: nothing to compare
        way = scheme_auth(schemes[name])
        return way is not None and same_way(way, auth)

    reported: set[str] = set()
    for alternatives in requirement_lists(ctx.document, operations):
        if not alternatives:
            continue
        if any(isinstance(a, dict) and all(sent(str(name)) for name in a) for a in alternatives):
            continue  # one alternative (maybe ``{}``, no authentication) is what the client sends
        for name in (str(n) for a in alternatives if isinstance(a, dict) for n in a):
            if sent(name) or name in reported:
                continue
            reported.add(name)
            scheme = schemes[name]
            place = {"query": "query parameter"}.get(str(scheme.get("in")), str(scheme.get("in")))
            what = {
                "apiKey": f"an API key in the {place} {scheme.get('name')!r}",
                "http": f"HTTP {scheme.get('scheme')} authentication",
                "mutualTLS": "mutual TLS",
            }.get(str(scheme.get("type")), str(scheme.get("type")))
            ctx.warnings.append(
                f"{ctx.file}#{to_pointer(['components', 'securitySchemes', name])}: {what} is not supported; the client sends {auth.wire}"
            )
