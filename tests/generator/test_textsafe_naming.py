"""Properties of the two modules every spec string passes through on its way into generated
files: ``generator.emit.textsafe`` (escaping per context) and ``generator.naming`` (identifiers)."""

from __future__ import annotations

import ast
import builtins
import json
import keyword
import math
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator.naming import (
    PYTHON_BUILTINS,
    PYTHON_KEYWORDS,
    numbered,
    pascal_case,
    safe_class_name,
    safe_identifier,
    singular,
    snake_case,
    words,
)
from generator.spec.loading import parse_document
from generator.emit.textsafe import comment, docstring, mdcode, mdtext, pyrepr, tomlstr
from fuzzing import budget

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 has no TOML reader in the standard library
    tomllib = None

needs_tomllib = pytest.mark.skipif(tomllib is None, reason="tomllib is Python 3.11+")
SETTINGS = budget(300)  # derandomized in CI, more and random under `make fuzz`

# Everything a loaded JSON document can carry (the loader replaces lone surrogates: tested below).
any_text = st.text(st.characters(codec="utf-8"), max_size=40)
tricky_text = st.lists(
    st.sampled_from(
        [
            '"',
            '"""',
            "'",
            "\\",
            "\\\\",
            "\n",
            "\r",
            "\r\n",
            "\t",
            "\x00",
            "\x0b",
            "\x0c",
            "\x1b",
            "\x7f",
            "\x85",
            "\u2028",
            "\u2029",
            "\ufeff",
            "{{",
            "}}",
            "#",
            "`",
            "|",
            "<",
            ">",
            "é",
            "\U0001f600",
            "a",
            " ",
        ]
    ),
    max_size=12,
).map("".join)
texts = st.one_of(any_text, tricky_text)
idents = st.one_of(
    texts,
    st.sampled_from(sorted(PYTHON_KEYWORDS | PYTHON_BUILTINS)),
    st.from_regex(r"\A[A-Za-z0-9_ .-]{0,12}\Z"),
)


def docstring_value(text: str) -> str:
    """What a docstring written with ``docstring()`` reads back as: line endings become
    ``\\n``, tabs four spaces, the whitespace ending a line dropped (black drops it; the control
    characters ``docstring()`` escapes are kept), and a closing quote gets a space so it cannot
    end the literal."""
    value = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    escaped = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\u0085]")
    lines = []
    for line in value.split("\n"):
        while line and line[-1].isspace() and not escaped.match(line[-1]):
            line = line[:-1]
        lines.append(line)
    value = "\n".join(lines)
    return value + " " if value.endswith('"') else value


# -- textsafe --------------------------------------------------------------------------------------


@SETTINGS
@given(texts)
@example('"""')
@example('\\"""')
@example('x"')
@example("\\")
@example("\x00\u2028")
def test_docstring_compiles_and_reads_back(text: str) -> None:
    literal = '"""' + docstring(text) + '"""'
    assert ast.literal_eval(literal) == docstring_value(text)


@SETTINGS
@given(texts)
def test_docstring_is_inert_in_a_function_body(text: str) -> None:
    source = f'def f():\n    """{docstring(text)}"""\n    return 1\n'
    tree = ast.parse(source)
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef) and len(tree.body) == 1 and len(function.body) == 2
    assert ast.get_docstring(function, clean=False) == docstring_value(text)


@SETTINGS
@given(
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts),
        lambda inner: st.lists(inner, max_size=3)
        | st.dictionaries(texts, inner, max_size=3)
        | st.lists(inner, max_size=3).map(tuple),
        max_leaves=10,
    )
)
@example(math.inf)
@example([-math.inf, {"x": math.inf}])
def test_pyrepr_is_a_literal_of_the_value(value: Any) -> None:
    """Infinities included (``1e999``); NaN, which has no literal, is tested below."""
    assert ast.literal_eval(pyrepr(value)) == value


@SETTINGS
@given(texts)
def test_comment_stays_one_comment(text: str) -> None:
    source = f"x = 1  # {comment(text)}\ny = 2\n"
    tree = ast.parse(source)
    assert [type(node) for node in tree.body] == [ast.Assign, ast.Assign]


@needs_tomllib
@SETTINGS
@given(texts.filter(lambda t: "\x7f" not in t))  # DEL: a known bug, below
def test_tomlstr_reads_back(text: str) -> None:
    assert tomllib.loads(f"key = {tomlstr(text)}\nother = 1\n") == {"key": text, "other": 1}


@SETTINGS
@given(texts)
def test_markdown_helpers_stay_on_one_line(text: str) -> None:
    for escaped in (mdtext(text), mdcode(text)):
        assert not re.search(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", escaped)
    assert "<" not in mdtext(text) and ">" not in mdtext(text)
    assert "`" not in mdcode(text) and not re.search(r"(?<!\\)\|", mdcode(text))


# Known bugs: each is a precise reproducer, strict so that the fix is noticed.


@needs_tomllib
def test_tomlstr_escapes_delete() -> None:
    text = "a\x7fb"
    assert tomllib.loads("key = " + tomlstr(text)) == {"key": text}


def test_comment_drops_nul() -> None:
    compile("x = 1  # " + comment("a\x00b") + "\n", "m.py", "exec")


def test_lone_surrogates_never_leave_the_loader() -> None:
    """json.loads accepts "\\ud800", which no UTF-8 file can hold: loading replaces it (U+FFFD),
    in keys and values alike, so escaping helpers never see one."""
    document = parse_document('{"a\\ud800": ["x\\udfffy", {"d": "\\ud83d"}]}', Path("spec.json"))
    assert document == {"a\ufffd": ["x\ufffdy", {"d": "\ufffd"}]}
    json.dumps(document, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "value", [math.inf, -math.inf, math.nan, [1.5, math.inf], {"x": -math.inf}, [math.nan]]
)
def test_pyrepr_of_infinity_and_nan_evaluates_back(value: Any) -> None:
    """json.loads accepts Infinity and NaN. Infinity is spelled as a literal too large for a
    double (``1e999``); NaN has no literal, so it alone is a call (``float("nan")``)."""
    result = eval(pyrepr(value), {"__builtins__": {"float": float}})  # noqa: S307 - our own output
    assert json.dumps(result) == json.dumps(value)
    assert ("float(" in pyrepr(value)) == ("NaN" in json.dumps(value))


@pytest.mark.parametrize("helper", [docstring, comment, tomlstr, mdtext, mdcode])
def test_text_helpers_replace_lone_surrogates(helper: Any) -> None:
    """A lone surrogate cannot be written as UTF-8: every text helper replaces it (U+FFFD)."""
    escaped = helper("a\ud800b\udfff")
    escaped.encode("utf-8")
    assert "a\ufffdb\ufffd" in escaped


def test_docstring_replaces_lone_surrogates() -> None:
    assert ast.literal_eval('"""' + docstring("x\ud83dy") + '"""') == "x\ufffdy"


# -- naming ----------------------------------------------------------------------------------------


def _is_plain_identifier(name: str) -> bool:
    return (
        name.isascii()
        and name.isidentifier()
        and not keyword.iskeyword(name)
        and not keyword.issoftkeyword(name)
    )


@SETTINGS
@given(idents, st.sets(st.from_regex(r"\A[a-z_][a-z0-9_]{0,6}\Z"), max_size=5), st.booleans())
def test_safe_identifier_is_a_usable_name(
    text: str, reserved: set[str], avoid_builtins: bool
) -> None:
    name = safe_identifier(text, reserved, avoid_builtins=avoid_builtins)
    assert _is_plain_identifier(name)
    assert re.fullmatch(r"[a-z_][a-z0-9_]*", name)
    assert name not in reserved
    if avoid_builtins:
        assert name not in dir(builtins) or name.startswith("_")


@SETTINGS
@given(idents)
def test_safe_identifier_is_stable(text: str) -> None:
    """Generating twice gives the same names (and so the same files)."""
    assert safe_identifier(text) == safe_identifier(text)


@SETTINGS
@given(idents, st.sets(st.from_regex(r"\A[A-Z][A-Za-z0-9]{0,6}\Z"), max_size=5))
def test_safe_class_name_is_a_usable_class_name(text: str, reserved: set[str]) -> None:
    name = safe_class_name(text, reserved)
    assert _is_plain_identifier(name) and name[0].isupper()
    assert name not in reserved and name not in PYTHON_BUILTINS


@SETTINGS
@given(idents)
def test_case_helpers(text: str) -> None:
    assert all(re.fullmatch(r"[A-Za-z0-9]+", word) for word in words(text))
    assert re.fullmatch(r"([a-z0-9]+(_[a-z0-9]+)*)?", snake_case(text))
    assert re.fullmatch(r"[A-Za-z0-9]*", pascal_case(text))
    assert singular(text) in (text, text[:-1], text[:-2], text[:-3] + "y", text[:-3] + "Y")


@SETTINGS
@given(
    st.from_regex(r"\A[A-Za-z_][A-Za-z0-9_]{0,8}\Z"),
    st.sets(st.from_regex(r"\A[A-Za-z_][A-Za-z0-9_]{0,10}\Z"), max_size=8),
)
def test_numbered_avoids_what_is_taken(name: str, taken: set[str]) -> None:
    result = numbered(name, taken)
    assert result not in taken and result.startswith(name)


def test_safe_identifier_with_an_empty_fallback() -> None:
    assert _is_plain_identifier(safe_identifier("日本語", fallback=""))
