"""Warnings about what an operation documents that its method cannot do."""

from __future__ import annotations

from typing import Any

from .context import BuildContext


def unexpressed(
    ctx: BuildContext, path: str, method: str, item: dict[str, Any], raw: dict[str, Any]
) -> None:
    """Warn about what an operation documents that its method cannot do: ``servers`` of its
    own (every request goes to the client's base URL) and ``callbacks`` (no typed parser)."""
    from generator.spec.defaults import default_base_url

    base = ctx.written_item(path)
    for where, servers in (
        (f"{base}/{method}/servers", raw.get("servers")),
        (f"{base}/servers", item.get("servers")),
    ):
        if not isinstance(servers, list) or not servers:
            continue  # none (or an empty list): the next level's servers apply
        written = servers[0].get("url") if isinstance(servers[0], dict) else None
        message = f"{ctx.file}#{where}: not used: requests go to the client's base URL ({ctx.config.base_url}), not to {written!r}"
        if (
            default_base_url({"servers": servers}) != ctx.config.base_url
            and message not in ctx.warnings
        ):
            ctx.warnings.append(message)
        break
    callbacks = raw.get("callbacks")
    if isinstance(callbacks, dict) and callbacks:
        ctx.warnings.append(
            f"{ctx.file}#{base}/{method}/callbacks: not generated: no typed parser for the requests of {', '.join(map(repr, callbacks))}"
        )
