"""Does a spec's ``pattern`` match a spec's value? Answered in time linear in the value.

``schema_values.fits`` asks this of every known value and example that has a pattern. Python's
``re`` backtracks: ``(a+)+$`` against forty ``a`` and a ``!`` takes about 2**40 steps, and a spec
is untrusted input. So the pattern is parsed with ``re``'s own parser (the same syntax and
character classes as Python) and run as a Thompson NFA, which follows every way through the
pattern at once: at most ``len(value) × program size`` steps, whatever the pattern.

The answer is exact for what it evaluates: literals, classes (``\\d``, ``\\w``, ``\\s``, ranges,
negation), ``.``, groups, alternation, every repetition, ``^ $ \\A \\Z \\b \\B``, without flags.
A pattern it cannot evaluate exactly (backreferences, lookaround, atomic groups, possessive
repeats, flags), a program over :data:`MAX_PROGRAM` instructions (``a{99999999999}``), or a
value over :data:`MAX_VALUE_LENGTH` characters is answered ``None``: unknown.

Two engines read a spec's patterns. JSON Schema's patterns are ECMA-262 regular expressions;
the models check ``Field(pattern=…)`` with pydantic-core's Rust engine, which reads most of that
syntax (``\\p{L}``, ``\\P{Lu}``) and guarantees linear time, while Python's ``re`` (this
module's parser, and the runtime's cross-field rule checker) has no ``\\p{…}`` and reads
lookaround, backreferences and ``\\Z``, which the Rust engine refuses. So a pattern is an
error of the spec only when neither reads it (:func:`readable`); one only the models' engine
reads stays in the models, is matched here by that engine (:func:`models_search`), and is left
out of a rule the runtime would check with ``re`` (:mod:`.rules`); one only ``re`` reads is
dropped from the models with a warning (:mod:`generator.normalize.typeable`).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from typing import Any

import pydantic_core

MAX_PROGRAM = 2_000
MAX_VALUE_LENGTH = 1_000

try:
    _parser: Any = importlib.import_module("re._parser")  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")

_UNICODE, _VERBOSE = 32, 64  # what every str pattern has, and a flag that only changes parsing


class _Unsupported(Exception):
    """The pattern uses something this engine does not evaluate exactly, or is too large."""


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# The predicates of re's Unicode categories (_sre: Py_UNICODE_ISDECIMAL, ISSPACE, ISALNUM).
_CATEGORIES: dict[str, Callable[[str], bool]] = {
    "CATEGORY_DIGIT": str.isdecimal,
    "CATEGORY_NOT_DIGIT": lambda ch: not ch.isdecimal(),
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_NOT_SPACE": lambda ch: not ch.isspace(),
    "CATEGORY_WORD": _is_word,
    "CATEGORY_NOT_WORD": lambda ch: not _is_word(ch),
}

# An instruction: ("char", predicate) | ("split", a, b) | ("jmp", a) | ("at", name) | ("match",)
Instruction = tuple[Any, ...]


def _class(items: list[tuple[Any, Any]]) -> Callable[[str], bool]:
    """The predicate of a character class ``[…]`` (or ``\\d``, which parses as one)."""
    negate = False
    literals: set[str] = set()
    ranges: list[tuple[int, int]] = []
    categories: list[Callable[[str], bool]] = []
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            literals.add(chr(av))
        elif name == "RANGE":
            ranges.append((int(av[0]), int(av[1])))
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            categories.append(_CATEGORIES[str(av)])
        else:
            raise _Unsupported(name)

    def test(ch: str) -> bool:
        found = (
            ch in literals
            or any(low <= ord(ch) <= high for low, high in ranges)
            or any(category(ch) for category in categories)
        )
        return found != negate

    return test


class _Compiler:
    def __init__(self) -> None:
        self.program: list[Instruction] = []

    def emit(self, instruction: Instruction) -> int:
        if len(self.program) >= MAX_PROGRAM:
            raise _Unsupported("too large")
        self.program.append(instruction)
        return len(self.program) - 1

    def sequence(self, items: Any) -> None:
        for op, av in items:
            self.item(str(op), av)

    def item(self, name: str, av: Any) -> None:
        if name == "LITERAL":
            self.emit(("char", lambda ch, c=chr(av): ch == c))
        elif name == "NOT_LITERAL":
            self.emit(("char", lambda ch, c=chr(av): ch != c))
        elif name == "ANY":
            self.emit(("char", lambda ch: ch != "\n"))
        elif name == "IN":
            self.emit(("char", _class(av)))
        elif name == "AT":
            self.emit(("at", str(av)))
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, pattern = av
            if add_flags & ~_VERBOSE or del_flags:
                raise _Unsupported("inline flags")
            self.sequence(pattern)
        elif name == "BRANCH":
            self.branch(av[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):  # laziness does not change whether it matches
            self.repeat(*av)
        else:  # GROUPREF, ASSERT, ASSERT_NOT, ATOMIC_GROUP, POSSESSIVE_REPEAT, …
            raise _Unsupported(name)

    def branch(self, alternatives: list[Any]) -> None:
        jumps: list[int] = []
        for index, alternative in enumerate(alternatives):
            if index < len(alternatives) - 1:
                split = self.emit(("split", 0, 0))
                self.sequence(alternative)
                jumps.append(self.emit(("jmp", 0)))
                self.program[split] = ("split", split + 1, len(self.program))
            else:
                self.sequence(alternative)
        for jump in jumps:
            self.program[jump] = ("jmp", len(self.program))

    def repeat(self, low: int, high: int, pattern: Any) -> None:
        if low > MAX_PROGRAM:
            raise _Unsupported("too large")
        for _ in range(low):
            self.sequence(pattern)
        if high == _parser.MAXREPEAT:
            split = self.emit(("split", 0, 0))
            self.sequence(pattern)
            self.emit(("jmp", split))
            self.program[split] = ("split", split + 1, len(self.program))
            return
        if high - low > MAX_PROGRAM:
            raise _Unsupported("too large")
        splits = []
        for _ in range(high - low):
            splits.append(self.emit(("split", 0, 0)))
            self.sequence(pattern)
        for split in splits:
            self.program[split] = ("split", split + 1, len(self.program))


class InvalidPattern(ValueError):
    """Python's ``re`` cannot read the pattern."""


@functools.lru_cache(maxsize=1024)
def _program(pattern: str) -> tuple[Instruction, ...] | None:
    """The NFA of ``pattern`` (empty when ``re`` cannot read it), or None when it cannot be
    evaluated exactly (see the module)."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return ()
    except (RecursionError, OverflowError, ValueError):  # a{99999999999}; refused by normalize
        return None
    if parsed.state.flags & ~(_UNICODE | _VERBOSE):
        return None
    compiler = _Compiler()
    try:
        compiler.sequence(parsed)
        compiler.emit(("match",))
    except (_Unsupported, RecursionError):
        return None
    return tuple(compiler.program)


def _holds(name: str, value: str, at: int) -> bool:
    if name in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
        return at == 0
    if name == "AT_END":
        return at == len(value) or (at == len(value) - 1 and value[at] == "\n")
    if name == "AT_END_STRING":
        return at == len(value)
    before = at > 0 and _is_word(value[at - 1])
    after = at < len(value) and _is_word(value[at])
    if name == "AT_BOUNDARY":
        return before != after
    if name == "AT_NON_BOUNDARY":
        return before == after
    return False  # not produced for patterns without flags


def search(pattern: str, value: str) -> bool | None:
    """Whether ``pattern`` matches somewhere in ``value`` (``re.search``), or None when that
    cannot be answered exactly in bounded time. Raises :class:`InvalidPattern` when ``re``
    cannot read the pattern."""
    program = _program(pattern)
    if program == ():
        raise InvalidPattern(pattern)
    if program is None or len(value) > MAX_VALUE_LENGTH:
        return None
    current: list[int] = []
    for at in range(len(value) + 1):
        # The threads at this position: those carried over, and a new one (search anywhere).
        seen: set[int] = set()
        waiting: list[int] = []
        stack = [*reversed(current), 0]
        while stack:
            pc = stack.pop()
            if pc in seen:
                continue
            seen.add(pc)
            instruction = program[pc]
            kind = instruction[0]
            if kind == "match":
                return True
            if kind == "char":
                waiting.append(pc)
            elif kind == "jmp":
                stack.append(instruction[1])
            elif kind == "split":
                stack.extend((instruction[2], instruction[1]))
            elif _holds(instruction[1], value, at):
                stack.append(pc + 1)
        if at == len(value):
            break
        ch = value[at]
        current = [pc + 1 for pc in waiting if program[pc][1](ch)]
    return False


def python_reads(pattern: str) -> bool:
    """Whether Python's ``re`` compiles ``pattern``."""
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError, ValueError):
        return False
    return True


@functools.lru_cache(maxsize=1024)
def _models_validator(pattern: str) -> pydantic_core.SchemaValidator | None:
    try:
        return pydantic_core.SchemaValidator(pydantic_core.core_schema.str_schema(pattern=pattern))
    except (pydantic_core.SchemaError, ValueError, OverflowError):  # ValueError: lone surrogate
        return None


def models_read(pattern: str) -> bool:
    """Whether the models' engine (pydantic-core's, in ``Field(pattern=…)``) compiles it."""
    return _models_validator(pattern) is not None


def readable(pattern: str) -> bool:
    """Whether either engine reads ``pattern`` (else it is an error of the spec)."""
    return python_reads(pattern) or models_read(pattern)


def models_search(pattern: str, value: str) -> bool | None:
    """Whether the models' engine finds ``pattern`` in ``value`` (linear time: the Rust engine
    does not backtrack), or None when it cannot read the pattern or the value."""
    validator = _models_validator(pattern)
    if validator is None or len(value) > MAX_VALUE_LENGTH:
        return None
    try:
        validator.validate_python(value)
    except pydantic_core.ValidationError:
        return False
    except (ValueError, UnicodeError):  # pragma: no cover - a lone surrogate in the value
        return None
    return True
