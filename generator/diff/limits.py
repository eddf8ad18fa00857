"""Compare value limits (lengths, ranges, item counts, patterns) in either spelling.

The wire view reads JSON Schema keywords (``maxLength``), the code view pydantic ``Field``
keywords (``max_length``); both ask the same question: does the new limit accept fewer
values (tightened), more values (loosened), or different ones (changed)?
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

Effect = Literal["tightened", "loosened", "changed"]

SCHEMA_LOWER = (
    "minLength",
    "minimum",
    "exclusiveMinimum",
    "minItems",
    "minProperties",
    "minContains",
)
SCHEMA_UPPER = (
    "maxLength",
    "maximum",
    "exclusiveMaximum",
    "maxItems",
    "maxProperties",
    "maxContains",
)
FIELD_LOWER = ("ge", "gt", "min_length", "min_items")
FIELD_UPPER = ("le", "lt", "max_length", "max_items", "max_digits", "decimal_places")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def limit_changes(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    lower: tuple[str, ...],
    upper: tuple[str, ...],
    other: tuple[str, ...] = (),
) -> list[tuple[Effect, str]]:
    """``(effect, message)`` for every limit keyword that differs between ``old`` and ``new``."""
    found: list[tuple[Effect, str]] = []
    for key in (*lower, *upper, *other):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if key in ("uniqueItems", "unique_items") and str(before or False) == str(after or False):
            continue  # absent and false mean the same
        if key in ("uniqueItems", "unique_items"):
            now = str(after) == "True"
            found.append(
                (
                    "tightened" if now else "loosened",
                    f"`{key}` {'required' if now else 'no longer required'}",
                )
            )
            continue
        if before is None:
            found.append(("tightened", f"`{key}` {_show(after)} added"))
            continue
        if after is None:
            found.append(("loosened", f"`{key}` {_show(before)} removed"))
            continue
        a, b = _number(before), _number(after)
        if a is not None and a == b:
            continue  # 1 and 1.0: the same limit written differently
        if key in lower and a is not None and b is not None:
            found.append(
                (
                    "tightened" if b > a else "loosened",
                    f"`{key}` {'raised' if b > a else 'lowered'} from {_show(before)} to {_show(after)}",
                )
            )
        elif key in upper and a is not None and b is not None:
            found.append(
                (
                    "tightened" if b < a else "loosened",
                    f"`{key}` {'lowered' if b < a else 'raised'} from {_show(before)} to {_show(after)}",
                )
            )
        else:
            found.append(("changed", f"`{key}` changed from {_show(before)} to {_show(after)}"))
    return found
