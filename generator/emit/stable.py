"""Which rendered files are already black-formatted, so the generator need not run black on them.

The resource and client templates emit black's layout directly (:mod:`.layout`, :mod:`.lean`).
What they cannot always match is text from the spec: a type annotation too long for one line
(black would wrap it), or a docstring black would re-indent or strip. :func:`is_black_stable` is
a cheap, conservative check of exactly those things; a file that fails it goes through black as
before. The tests hold the result to account: every file this lets through must be a fixed point
of ``black.format_str`` (the five providers, the corpus and the hostile-spec property tests).
"""

from __future__ import annotations

import re

from generator.paths import TEMPLATES_DIR

LINE_LENGTH = 100  # black's line length for generated code (generator.emit.formatting)
QUOTES = '"""'
# A line holding one string literal, or a ``"key": name`` entry (an item of an exploded call or
# dict): black cannot split it.
_STRING_ITEM = re.compile(r'\A *"[^"\\]*(?:\\.[^"\\]*)*"(?:: [A-Za-z_][A-Za-z0-9_]*)?,?\Z')
# A line holding one (dotted) name, as an operand of a split union: black cannot split it.
_NAME_ITEM = re.compile(r"\A *(?:\| )?[A-Za-z_][A-Za-z0-9_.]*,?\Z")
# A string or ``"key": "value"`` item of an exploded literal (either quotes, as black chose
# them): black leaves it too long.
_STRING = r""""[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'"""
_STRING_PAIR = re.compile(rf"\A *(?:{_STRING})(?:: (?:{_STRING}))?,?\Z")
# ``NAME = "…"`` at module level (and a comment), too long even on a line of its own: black leaves it
# (it wraps it in parentheses only when that makes it fit, see .package_layout.statement).
# ``name="…",``: a keyword argument of an exploded call (``SignatureSpec(…)``); black leaves it.
_KEYWORD_STRING = re.compile(rf"\A +[a-z_]+=(?:{_STRING}),\Z")
_LONG_ASSIGNMENT = re.compile(rf"\A[A-Za-z_][A-Za-z0-9_]* = (f?(?:{_STRING})(?:  # .*)?)\Z")
# Templates written to emit black's layout (the runtime templates are formatted by black).
STABLE_TEMPLATES = re.compile(
    r"src/[^/]+/(resources/[^/]+\.py|_client\.py|_methods\.py|__init__\.py|__main__\.py"
    r"|_constants\.py|_envelope\.py|_exceptions\.py|_rule_table\.py|_version\.py|webhooks\.py)$"
)

# Modules whose long statements are laid out by .package_layout (literals, no long annotations).
LITERAL_MODULES = re.compile(r"src/[^/]+/(_rule_table|_envelope|_constants|webhooks)\.py$")


# Runtime modules copied as they are: their sources are black-formatted in place
# (tests/tooling/test_code_style.py), so the copy is black's output already.
VERBATIM_RUNTIME = frozenset(source.name for source in (TEMPLATES_DIR / "runtime").glob("*.py"))
_RUNTIME_FILE = re.compile(r"src/[^/]+/(_[a-z_]+\.py)$")


# Black measures a line by its width on a terminal: characters from U+1100 on may take two
# columns (East Asian wide), every other character one.
_MAY_BE_WIDE = re.compile("[\u1100-\U0010ffff]")


def width(line: str) -> int:
    """An upper bound of black's width of ``line``: ``len`` plus one for each character that
    may be wide. The layouts measure with ``len``; a line where the two may disagree past the
    limit is left to black (a line of spec text in Chinese, say)."""
    return len(line) if line.isascii() else len(line) + len(_MAY_BE_WIDE.findall(line))


def is_black_stable(path: str, text: str) -> bool:
    """Whether ``text`` (rendered from a black-layout template, or a runtime module copied as
    it is) is surely left alone by black."""
    runtime = _RUNTIME_FILE.search(path)
    if runtime is not None and runtime.group(1) in VERBATIM_RUNTIME:
        return True
    if not STABLE_TEMPLATES.search(path):
        return False
    literals = LITERAL_MODULES.search(path) is not None
    if "\t" in text or "'''" in text or "\\\n" in text or not text.endswith("\n"):
        return False
    if "\n\n\n\n" in text or text.endswith("\n\n"):  # blank lines black would remove
        return False
    lines = text.split("\n")[:-1]
    if len(text.splitlines()) != len(
        lines
    ):  # a line break black sees and we do not (\x1c, \u2028…)
        return False
    index = 0
    while index < len(lines):
        line = lines[index]
        if line != line.rstrip() or line.count(QUOTES) > 2 or '""""' in line:
            # (a quote next to a docstring's quotes: black puts a space between them)
            return False
        if QUOTES not in line:
            if width(line) > LINE_LENGTH and not (
                _STRING_ITEM.match(line)
                or _NAME_ITEM.match(line)
                or _STRING_PAIR.match(line)  # black cannot split a string, nor a "key": "value"
                or (literals and _long_assignment(line))
                or (literals and _KEYWORD_STRING.match(line))
                or line.startswith("# ")  # a comment of its own at module level: left alone
            ):
                return False
            index += 1
            continue
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if not stripped.startswith(QUOTES) or stripped[3:4].isspace() or stripped == QUOTES:
            return False  # a string that is no docstring, or one black would strip
        if stripped.count(QUOTES) == 2:  # a one-line docstring
            if not stripped.endswith(QUOTES) or stripped[-4:-3].isspace():
                return False
            index += 1
            continue
        end = next((i for i in range(index + 1, len(lines)) if QUOTES in lines[i]), None)
        if end is None or not _docstring_body_stable(lines[index + 1 : end + 1], indent):
            return False
        index = end + 1
    return True


def _long_assignment(line: str) -> bool:
    match = _LONG_ASSIGNMENT.match(line)
    return match is not None and 4 + len(match.group(1)) > LINE_LENGTH


def _docstring_body_stable(lines: list[str], indent: int) -> bool:
    """The lines after a docstring's first, the last one holding the closing quotes."""
    closing = lines[-1]
    if any(line != line.rstrip() for line in lines):  # black strips trailing whitespace
        return False
    if closing.count(QUOTES) != 1 or not closing.endswith(QUOTES):
        return False
    if closing.strip() != QUOTES and (width(closing) > LINE_LENGTH or closing[-4:-3].isspace()):
        return False
    if closing.strip() == QUOTES and closing != " " * indent + QUOTES:
        return False
    widths = [len(line) - len(line.lstrip()) for line in lines[:-1] if line]
    if closing.strip() != QUOTES:
        widths.append(len(closing) - len(closing.lstrip()))
    return not widths or min(widths) == indent
