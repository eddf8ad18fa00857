"""Argument annotations from schemas: union members are never re-split out of rendered text."""

from __future__ import annotations

import ast

import pytest

from generator.ir.annotations import annotation


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        pytest.param(
            {"type": ["string", "null"], "x-known-values": ["x | str | y", "plain"]},
            "Literal['x | str | y', 'plain'] | str | None",
            id="known-value-with-a-bar",
        ),
        pytest.param(
            {"type": "string", "enum": ["x | Any | y", None]},
            "Literal['x | Any | y'] | None",
            id="enum-value-naming-Any",
        ),
        pytest.param(
            {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
            "datetime | str | None",
            id="date-time-or-null",
        ),
        pytest.param({"anyOf": [{"type": "integer"}, {}]}, "Any", id="any-absorbs"),
        pytest.param({"enum": [None]}, "None", id="only-null"),
        pytest.param(
            {"type": "string", "maxLength": 3, "x-known-values": ["toolong", "ok"]},
            "Literal['ok'] | str",
            id="known-values-obey-the-field",
        ),
        pytest.param(
            {"type": "string", "maxLength": 3, "x-known-values": ["toolong"]},
            "str",
            id="no-valid-known-value",
        ),
    ],
)
def test_annotation(schema: dict[str, object], expected: str) -> None:
    text = annotation(schema)
    assert text == expected
    ast.parse(text, mode="eval")
