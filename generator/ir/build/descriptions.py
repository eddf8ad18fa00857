"""An operation's description as its docstring shows it.

A vendor may render its deprecated field aliases (``x-…-deprecated-field-aliases``) into the
description as a Markdown quote block (Krea: "> **Deprecated request fields:** > - `startImage`
-> `start_image` until 2026-06-19 …"). For a user of the SDK that block says nothing: the
methods send the new names, and an old name that is still an argument (``preset_styles``) is
documented under ``Args`` from the extension itself. So a quote block whose every list item
names one of the operation's aliases (old and new, each in backquotes) is left out.
"""

from __future__ import annotations

from generator.spec.extensions import FieldAlias


def _restates(block: list[str], entries: tuple[FieldAlias, ...]) -> bool:
    items = [line for line in block if line.lstrip("> ").startswith("- ")]
    return bool(items) and all(
        any(f"`{e.old}`" in line and f"`{e.new}`" in line for e in entries) for line in items
    )


def without_alias_notes(description: str, entries: tuple[FieldAlias, ...]) -> str:
    """``description`` without the quote blocks that only restate ``entries``."""
    if not entries or ">" not in description:
        return description
    kept: list[str] = []
    block: list[str] = []
    for line in [*description.split("\n"), ""]:
        if line.startswith(">"):
            block.append(line)
            continue
        if block and not _restates(block, entries):
            kept.extend(block)
        block = []
        kept.append(line)
    return "\n".join(kept[:-1])
