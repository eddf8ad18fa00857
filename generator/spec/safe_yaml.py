"""Load untrusted YAML as JSON data, within the bounds of :mod:`.limits`.

PyYAML's safe loader runs no code, but it is not bounded: aliases (``&a``/``*a``) and merge
keys (``<<: *a``) share nodes, so 428 bytes can stand for a billion values that every later
walk expands; its C composer recurses once per nesting level and crashes the interpreter near
100,000 levels; and it builds values JSON has no form for. So:

1. :func:`check_events` reads the event stream first (libyaml's parser is iterative) and
   refuses, with the JSON pointer of the place, a document nested deeper than
   :data:`~.limits.MAX_DEPTH`, one whose aliases expand to more than
   :data:`~.limits.MAX_ALIAS_VALUES` values (or :data:`~.limits.MAX_VALUES` in all), an alias
   inside the node it names (a cycle), and a mapping key that is not a scalar.
2. :class:`JsonLoader` then builds the data, with these differences from ``SafeLoader``: a
   mapping key is always the text as written (``200:`` is the status code ``"200"``, ``on:``
   the property ``"on"``, not ``True``); timestamps stay text (``default: 2024-01-01`` is the
   string a JSON document would hold); integers longer than
   :data:`~.limits.MAX_INT_DIGITS` digits, ``!!set``, ``!!binary``, ``!!omap`` and ``!!pairs``
   become :class:`~.limits.Unrepresentable`, which :func:`~.limits.check_loaded` refuses with
   their pointer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError, to_pointer

from .limits import (
    MAX_ALIAS_VALUES,
    MAX_DEPTH,
    MAX_VALUES,
    Unrepresentable,
    too_deep,
    too_many_digits,
)

# The C parser and composer are several times faster on large specs; fall back when PyYAML was
# built without them.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Frame:
    """An open collection of the event stream: its pointer token and what it adds up to."""

    __slots__ = ("mapping", "token", "expect_key", "size", "height", "anchor")

    def __init__(self, mapping: bool, anchor: str | None) -> None:
        self.mapping = mapping
        self.token: str | int = -1  # the key or index of the child being read
        self.expect_key = True
        self.size = 1
        self.height = 1
        self.anchor = anchor


def check_events(text: str, file: Path) -> None:
    """Refuse ``text`` when it breaks a bound (see the module docstring); YAML syntax errors
    are left to the loader, which reports them with their line."""
    frames: list[_Frame] = []
    anchors: dict[str, tuple[int, int]] = {}  # anchor → (expanded size, height) of its node
    open_anchors: set[str] = set()
    total = aliased = 0

    def pointer() -> str:
        return to_pointer([frame.token for frame in frames if frame.token != -1])

    def child(size: int, height: int) -> None:
        """Account a complete child of the innermost collection (keys are names, not children)."""
        if not frames:
            return
        frame = frames[-1]
        frame.size += size
        frame.height = max(frame.height, height + 1)
        if len(frames) + height > MAX_DEPTH:
            raise too_deep(file, [frame.token for frame in frames if frame.token != -1])

    def count(size: int) -> None:
        """Account ``size`` more values of the expanded document."""
        nonlocal total
        total += size
        if total > MAX_VALUES:
            raise SpecError(file, pointer(), f"too large: more than {MAX_VALUES:,} values")

    def start_child() -> None:
        """Move the innermost collection's token to the child about to be read."""
        if not frames:
            return
        frame = frames[-1]
        if not frame.mapping:
            frame.token = frame.token + 1 if isinstance(frame.token, int) else 0

    try:
        for event in yaml.parse(text, Loader=_Base):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if frames and frames[-1].mapping and frames[-1].expect_key:
                    raise SpecError(
                        file, pointer(), "a mapping key must be a scalar, not a collection"
                    )
                start_child()
                if len(frames) >= MAX_DEPTH:
                    raise too_deep(file, [frame.token for frame in frames if frame.token != -1])
                count(1)
                frames.append(_Frame(isinstance(event, yaml.MappingStartEvent), event.anchor))
                if event.anchor is not None:
                    open_anchors.add(event.anchor)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                done = frames.pop()
                if done.anchor is not None:
                    anchors[done.anchor] = (done.size, done.height)
                    open_anchors.discard(done.anchor)
                if frames and frames[-1].mapping:
                    frames[-1].expect_key = True
                child(done.size, done.height)
            elif isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
                frame = frames[-1] if frames else None
                if frame is not None and frame.mapping and frame.expect_key:
                    frame.token = (
                        event.value if isinstance(event, yaml.ScalarEvent) else f"*{event.anchor}"
                    )
                    frame.expect_key = False
                    if isinstance(event, yaml.AliasEvent) and event.anchor in open_anchors:
                        raise SpecError(
                            file,
                            pointer(),
                            f"recursive alias *{event.anchor}: it is inside the node it names",
                        )
                    continue
                start_child()
                if frame is not None and frame.mapping:
                    frame.expect_key = True
                if isinstance(event, yaml.ScalarEvent):
                    if event.anchor is not None:
                        anchors[event.anchor] = (1, 0)
                    count(1)
                    child(1, 0)
                    continue
                if event.anchor in open_anchors:
                    raise SpecError(
                        file,
                        pointer(),
                        f"recursive alias *{event.anchor}: it is inside the node it names",
                    )
                size, height = anchors.get(str(event.anchor), (1, 0))
                aliased += size
                if aliased > MAX_ALIAS_VALUES:
                    raise SpecError(
                        file,
                        pointer(),
                        f"too large: YAML aliases expand to more than {MAX_ALIAS_VALUES:,} values",
                    )
                count(size)
                child(size, height)
    except yaml.YAMLError:
        return  # the loader reports it, with its line and column


def _unrepresentable(tag: str) -> Any:
    def construct(loader: Any, node: yaml.Node) -> Unrepresentable:
        return Unrepresentable(f"a YAML {tag} has no JSON form: write a list or a mapping")

    return construct


class JsonLoader(_Base):  # type: ignore[misc]  # PyYAML's classes are untyped here
    """A safe loader that builds JSON data only (see the module docstring)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):  # check_events refuses them first
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a scalar", key_node.start_mark
                )
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        return too_many_digits(node.value) or super().construct_yaml_int(node)

    def construct_text(self, node: yaml.ScalarNode) -> str:
        return str(node.value)


JsonLoader.add_constructor("tag:yaml.org,2002:int", JsonLoader.construct_yaml_int)
JsonLoader.add_constructor("tag:yaml.org,2002:timestamp", JsonLoader.construct_text)
for _tag in ("set", "binary", "omap", "pairs"):
    JsonLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _unrepresentable(f"!!{_tag}"))


def load_yaml(text: str, file: Path) -> Any:
    """``text`` as JSON data; bounds are refused with their pointer, syntax errors raise
    ``yaml.YAMLError``."""
    check_events(text, file)
    return yaml.load(text, Loader=JsonLoader)  # noqa: S506 - a safe loader
