"""``generator.emit.annotation_layout`` writes what black writes, or leaves the line to black.

Resource modules skip black when they look black-formatted (``generator.emit.stable``), so a
wrong split here would ship unformatted code. Every layout it produces for generated shapes
(signature parameters 8 columns in, ``TypedDict`` fields 4 in) is compared with black.
"""

from __future__ import annotations

import random

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.emit.annotation_layout import annotated, returns, split_expression
from generator.emit.formatting import _MODE
from generator.emit.layout import pylit


def _literal(rng: random.Random) -> str:
    values = [f'"{"v" * rng.randint(1, 12)}{i}"' for i in range(rng.randint(1, 16))]
    return f"Literal[{', '.join(values)}]"


def _annotation(rng: random.Random, depth: int = 0) -> str:
    shape = rng.randrange(9 if depth < 2 else 4)
    if shape == 0:
        return rng.choice(["str", "int", "models.GenerateImageRequest", "Any", "datetime"])
    if shape in (1, 2, 3):
        return _literal(rng)
    if shape == 4:
        return f"List[{_annotation(rng, depth + 1)}]"
    if shape == 5:
        return f"Required[{_annotation(rng, depth + 1)}]"
    if shape == 6:
        return f"Dict[str, {_annotation(rng, depth + 1)}]"
    if shape == 7:
        return f"{_annotation(rng, depth + 1)} | {rng.choice(['None', 'str', 'NotGiven'])}"
    return f"list[{_annotation(rng, depth + 1)} | None]"


def _parameter(name: str, text: str, default: str | None) -> str:
    """A method's keyword parameter, 8 columns in, as the resource template writes it."""
    line = annotated(name, text, default, 8, comma=True)
    return (
        f"class R:\n    def f(\n        self,\n        *,\n        {line}\n"
        "    ) -> None:\n        pass\n"
    )


def _field(name: str, text: str) -> str:
    return f"class P(TypedDict, total=False):\n    {annotated(name, text, None, 4, comma=False)}\n"


def _cases() -> list[tuple[str, str, str | None]]:
    rng = random.Random(19)
    names = ["x", "aspect_ratio", "a_rather_long_parameter_name_for_layout"]
    return [
        (rng.choice(names), _annotation(rng), rng.choice([None, "NOT_GIVEN", '"1:1"']))
        for _ in range(400)
    ]


@pytest.mark.parametrize("name, text, default", _cases())
def test_a_split_annotation_is_what_black_writes(name: str, text: str, default: str | None) -> None:
    for source, line in (
        (_parameter(name, text, default), annotated(name, text, default, 8, comma=True)),
        (_field(name, text), annotated(name, text, None, 4, comma=False)),
    ):
        compile(source, "<generated>", "exec")
        if "\n" in line or len(max(source.splitlines(), key=len)) <= 100:
            assert black.format_str(source, mode=_MODE) == source


def test_the_long_literal_shapes_of_the_vendors_are_split() -> None:
    """The shapes Krea's enums make must not be left to black."""
    values = ", ".join(f'"{n}:{n + 1}"' for n in range(20))
    for text in (
        f"Literal[{values}] | NotGiven",
        f"Required[Literal[{values}]]",
        f"Literal[{values}]",
    ):
        assert "\n" in annotated("aspect_ratio", text, "NOT_GIVEN", 8, comma=True)
        assert "\n" in annotated("aspect_ratio", text, None, 4, comma=False)


def test_an_unknown_shape_is_left_on_one_line_for_black() -> None:
    text = "Dict[str, " + " | ".join(f"models.Variant{n}" for n in range(12)) + ", int]"
    assert annotated("x", text, None, 4, comma=False) == f"x: {text}"


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(["a", "'", '"', "\\", "\n", "\x1c", "é", " ", "\u2028"])))
def test_string_quotes_are_black_s(value: str) -> None:
    """``pylit`` writes strings in black's quotes without importing black."""
    from black.strings import normalize_string_quotes

    assert pylit(value) == normalize_string_quotes(repr(value))


@pytest.mark.parametrize("name, text, default", _cases()[:150])
def test_a_split_return_annotation_and_type_value_are_what_black_writes(
    name: str, text: str, default: str | None
) -> None:
    """``) -> A | B:`` of a long signature, and ``whole_type=lambda: Dict[…],`` in a call."""
    returns_source = f"class R:\n    def f(\n        self,\n    {returns(text)}\n        pass\n"
    compile(returns_source, "<generated>", "exec")
    if "\n" in returns(text):
        assert black.format_str(returns_source, mode=_MODE) == returns_source
    split = split_expression(f"{name}=lambda: ", text, ",", 4)
    if split is not None:
        source = f"x = f(\n    a,\n    {split}\n)\n"
        assert black.format_str(source, mode=_MODE) == source
