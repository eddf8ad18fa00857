"""The models module's enums are marked open, except where exact values pick a variant."""

from __future__ import annotations

import ast

import pytest

from generator.errors import GeneratorError
from generator.emit.open_enums import lenient_models

HEAD = "from __future__ import annotations\nfrom typing import Literal\nfrom typing_extensions import TypeAliasType\nfrom pydantic import BaseModel, Field\n"


def test_aliases_and_inline_enums_are_wrapped_with_their_value_type() -> None:
    source = HEAD + (
        'Mode = TypeAliasType("Mode", Literal["fast", "größer ✓"])\n'
        'Level = TypeAliasType("Level", Literal[1, 2] | None)\n'
        'Offset = TypeAliasType("Offset", Literal[-1, 0, 1])\n'
        'Only = TypeAliasType("Only", Literal["1K"])\n'
        "class Item(BaseModel):\n"
        "    size: Literal['s', 'm'] | None = None\n"
        "    tags: list[Literal['a', 'b']] = []\n"
    )
    result = lenient_models(source)
    assert (
        'Mode = TypeAliasType("Mode", Annotated[Literal["fast", "größer ✓"], open_enum(str)])'
        in result
    )
    assert (
        'Level = TypeAliasType("Level", Annotated[Literal[1, 2], open_enum(int)] | None)' in result
    )
    assert (
        'Offset = TypeAliasType("Offset", Annotated[Literal[-1, 0, 1], open_enum(int)])' in result
    )
    assert 'Only = TypeAliasType("Only", Literal["1K"])' in result  # one value: a tag, closed
    assert "size: Annotated[Literal['s', 'm'], open_enum(str)] | None = None" in result
    assert "tags: list[Annotated[Literal['a', 'b'], open_enum(str)]] = []" in result
    assert "from typing import Annotated\nfrom ._enums import open_enum\n" in result
    ast.parse(result)


def test_tags_consts_and_mixed_literals_stay_closed() -> None:
    source = HEAD + (
        'Species = TypeAliasType("Species", Literal["cat", "dog"])\n'
        'Kind = TypeAliasType("Kind", Species)\n'
        'Flag = TypeAliasType("Flag", Literal[True, False])\n'
        'Mixed = TypeAliasType("Mixed", Literal["a", 1])\n'
        "class Cat(BaseModel):\n"
        "    kind: Kind\n"
        "    type: Literal['cat']\n"  # a const: a type tag
        "class Dog(BaseModel):\n"
        "    kind_: Literal['dog', 'puppy'] = Field(alias='kind')\n"
        'Pet = TypeAliasType("Pet", Annotated[Cat | Dog, Field(discriminator="kind")])\n'
    )
    result = lenient_models(source)
    assert "open_enum" not in result
    assert result == source.replace("(BaseModel)", "(_LenientModel)").replace(
        "Field\n", "Field\nfrom ._enums import LenientModel as _LenientModel\n", 1
    )


def test_a_model_named_like_the_marker_is_a_clear_error() -> None:
    source = (
        HEAD
        + 'S = TypeAliasType("S", Literal["a", "b"])\nopen_enum = TypeAliasType("open_enum", int)\n'
    )
    with pytest.raises(GeneratorError, match="open_enum"):
        lenient_models(source)


def test_known_values_beside_their_plain_type_stay_as_they_are() -> None:
    """``Literal[...] | str`` (a string with ``x-known-values``) already accepts every string:
    marking it open would change nothing but the text. Beside another type it is still opened."""
    source = HEAD + (
        'Product = TypeAliasType("Product", Literal["pro", "lite"] | str)\n'
        "class Item(BaseModel):\n"
        "    size: Literal[1, 2] | int | None = None\n"
        "    mode: Literal['a', 'b'] | int | None = None\n"
    )
    result = lenient_models(source)
    assert 'Product = TypeAliasType("Product", Literal["pro", "lite"] | str)' in result
    assert "size: Literal[1, 2] | int | None = None" in result
    assert "mode: Annotated[Literal['a', 'b'], open_enum(str)] | int | None = None" in result


def test_lenient_models_rebases_every_model_and_opens_its_enums() -> None:
    source = HEAD + (
        'Mode = TypeAliasType("Mode", Literal["fast", "slow"])\n'
        "class Item(BaseModel):\n"
        "    mode: Mode\n"
        "class Special(Item):\n"
        "    note: str | None = None\n"
    )
    result = lenient_models(source)
    assert "class Item(_LenientModel):" in result and "class Special(Item):" in result
    assert 'Annotated[Literal["fast", "slow"], open_enum(str)]' in result
    assert (
        "from ._enums import open_enum\nfrom ._enums import LenientModel as _LenientModel\n"
        in result
    )
    ast.parse(result)


def test_known_values_that_break_the_field_stay_out_of_the_literal() -> None:
    """The ``Literal`` branch accepts its members without the field's other checks, so a known
    value the field itself would refuse must not be one."""
    from generator.emit.models import known_values_as_literals

    schema = {
        "type": "string",
        "pattern": "^[a-z]{2,5}$",
        "x-known-values": ["TOOLONGUPPER", "pro"],
    }
    assert known_values_as_literals({"Code": schema})["Code"]["anyOf"][0] == {
        "type": "string",
        "enum": ["pro"],
    }
    assert known_values_as_literals({"Code": {**schema, "x-known-values": ["NOPE"]}})["Code"] == {
        "type": "string",
        "pattern": "^[a-z]{2,5}$",
        "x-known-values": ["NOPE"],
    }
