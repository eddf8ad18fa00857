"""Typed payloads of the callbacks an API sends (OpenAPI 3.1 ``webhooks``)."""

from __future__ import annotations

from generator.ir.annotations import annotation, runtime_type
from generator.ir.model import Webhook
from generator.naming import safe_identifier
from generator.normalize.walk import iter_webhooks

from .context import BuildContext, is_json


def webhooks(ctx: BuildContext) -> tuple[Webhook, ...]:
    """Typed payloads of the callbacks in the document's ``webhooks``."""
    result = []
    used: set[str] = set()
    for name, _method, raw in iter_webhooks(ctx.document):
        content = (raw.get("requestBody") or {}).get("content") or {}
        media = next((m for m in content if is_json(m)), None)
        schema = (content.get(media) or {}).get("schema") if media else None
        text = annotation(schema) if schema else "Any"
        function = ctx.unique("parse_" + safe_identifier(str(name), avoid_builtins=False), used)
        result.append(
            Webhook(
                name=str(name),
                function=function,
                annotation=text,
                runtime_type=runtime_type(text),
                description=str(raw.get("description") or raw.get("summary") or ""),
            )
        )
    return tuple(result)
