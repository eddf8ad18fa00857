"""What a method returns: the type of its success responses' bodies, and how the runtime
reads them (``cast_to``)."""

from __future__ import annotations

from typing import Any

from generator.errors import to_pointer
from generator.ir.annotations import annotation, runtime_type

from .context import BuildContext, is_json


def returns(ctx: BuildContext, operation: dict[str, Any], where: str) -> tuple[str, str]:
    """``(annotation, runtime type)`` of what the method returns: its success responses'
    bodies, or None when none has one (or the operation documents no response at all).

    The runtime reads a response one way for every status (``cast_to``): parsed as JSON, or
    as text or bytes. When the success responses mix JSON with files or text, the first
    response decides; the responses that way cannot be read as documented are each a warning.
    """
    responses = operation.get("responses")
    if isinstance(responses, dict) and all(str(status).startswith("x-") for status in responses):
        # The official schemas require a response; validation accepts its absence (see
        # validation._no_documented_response) so that the operation is still generated.
        ctx.warnings.append(
            f"{ctx.file}#{where}/responses: no response is documented; the method returns None"
        )
    successes = [
        (str(status), response)
        for status, response in (responses or {}).items()
        if str(status).startswith("2") and isinstance(response, dict)
    ]
    default = (responses or {}).get("default") if isinstance(responses, dict) else None
    if not successes and isinstance(default, dict) and default.get("content"):
        # ``default`` stands for every status the document does not list, successes too.
        successes = [("default", default)]
        ctx.warnings.append(
            f"{ctx.file}#{where}/responses/default: no 2XX response is documented; a success returns the default response's body"
        )
    entries: list[tuple[str, str, str]] = []  # (status, kind, media type)
    for status, response in successes:
        content = response.get("content") or {}
        if not content or status == "204":
            entries.append((status, "None", ""))
            continue
        media_type = next((m for m in content if is_json(m)), None)
        if media_type is not None:
            schema = (content[media_type] or {}).get("schema")
            entries.append((status, annotation(schema) if schema else "Any", media_type))
        elif any(m.startswith("text/") for m in content):
            entries.append((status, "str", next(m for m in content if m.startswith("text/"))))
        else:
            entries.append((status, "bytes", next(iter(content))))
    if not entries:
        return "None", "None"
    unique = list(dict.fromkeys(kind for _, kind, _ in entries))
    unread = ("str", "bytes")
    if len(unique) > 1 and any(kind in unread for kind in unique):
        parsed = [kind for kind in unique if kind not in unread]
        if entries[0][1] in unread or all(kind == "None" for kind in parsed):
            # Read every body as it is: exact for any response, typed only as bytes (or text).
            unique = ["bytes" if "bytes" in unique else "str"]
            for status, kind, media_type in entries:
                if kind not in ("None", unique[0]):
                    reason = (
                        ""
                        if kind in unread
                        else f": the first success response ({entries[0][0]}) is not JSON"
                    )
                    ctx.warnings.append(
                        f"{ctx.file}#{where}{to_pointer(['responses', status])}: {media_type} response is returned as {unique[0]}, not as {kind}{reason}"
                    )
        else:
            unique = parsed
            for status, kind, media_type in entries:
                if kind in unread:
                    ctx.warnings.append(
                        f"{ctx.file}#{where}{to_pointer(['responses', status])}: {media_type} response is not typed: the method parses success responses as JSON ({' | '.join(parsed)}); read this one with with_raw_response"
                    )
    text = " | ".join(unique)
    return text, runtime_type(text)
