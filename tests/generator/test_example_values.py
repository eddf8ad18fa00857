"""Usage-example values come from the spec, and only when they are plain."""

from __future__ import annotations

import pytest

from generator.schema.examples import example_literal


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        pytest.param(
            {"type": "string", "enum": ["image", "video"], "examples": ["video"]},
            '"video"',
            id="examples-first",
        ),
        pytest.param(
            {"type": "string", "enum": ["image", "video"]}, '"image"', id="first-enum-value"
        ),
        pytest.param(
            {"type": "string", "x-known-values": ["kling-pro"]}, '"kling-pro"', id="known-value"
        ),
        pytest.param({"type": "integer", "default": 5}, "5", id="default"),
        pytest.param({"type": "boolean", "const": False}, "False", id="const-bool"),
        pytest.param({"type": "string"}, None, id="nothing-named"),
        pytest.param(
            {"enum": ['a"b', "line\nbreak", "back\\slash", "```", "ok"]},
            '"ok"',
            id="unsafe-values-skipped",
        ),
        pytest.param({"default": float("nan")}, None, id="nan-is-not-a-literal"),
        pytest.param({"enum": [None, "x" * 61]}, None, id="null-and-too-long"),
        pytest.param(
            {"type": "integer", "examples": ["ten"], "default": 10},
            "10",
            id="example-of-the-wrong-type-skipped",
        ),
        pytest.param(
            {"type": "string", "enum": ["red", "blue"], "example": "green"},
            '"red"',
            id="example-outside-the-enum-skipped",
        ),
        pytest.param(
            {
                "type": "string",
                "pattern": "^[a-z]{2,5}$",
                "x-known-values": ["TOOLONGUPPER", "pro"],
            },
            '"pro"',
            id="known-value-breaking-the-pattern-skipped",
        ),
    ],
)
def test_example_literal(schema: dict[str, object], expected: str | None) -> None:
    assert example_literal(schema) == expected
