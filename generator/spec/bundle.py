"""Multi-file specs: ``$ref``s to other files of the spec's own folder tree, resolved at load.

Vendors split a document (``$ref: ./schemas/pet.yaml``, ``$ref: common.yaml#/Error``). This is
the one place a spec makes the generator read a file, so what it may read is narrow:

* only a ``$ref`` where OpenAPI allows a Reference Object or a Schema (:mod:`.ref_places`);
  one in ``info``, ``servers``, a ``description``/``summary``/``title`` … is refused, one in an
  ``x-`` extension or example data is data (never followed);
* a relative path, resolved against the folder of the file holding the ``$ref``, that stays
  inside the folder of the spec file (``schemas/../common.yaml`` is fine, ``../x.yaml`` is not);
* no URL (``https:``, ``file:``, ``//host``), no absolute path, no backslash, no symlink whose
  target lies outside the folder, only regular files named ``*.json``, ``*.yaml`` or ``*.yml``
  with no path segment starting with ``.`` (decided on the path, so the message is the same
  whether the file exists);
* :data:`~.limits.MAX_DEPTH` levels of nesting counted across the chain of files (each file
  alone is within it when loaded; twelve of them in a chain are not);
* at most :data:`MAX_FILES` files of :data:`MAX_FILE_BYTES` each, :data:`MAX_TOTAL_BYTES` in
  all, and :data:`MAX_NODES` values copied out of them (references that fan out cannot make
  the document explode);
* a fragment is a JSON pointer (``#/a/b``) or nothing (the whole file).

Everything else (``#/…`` pointers of the main document, ``$dynamicRef``, a ``$ref`` the rules
above refuse) is left to the loader's own rule: only local references. The result is one
document with no reference to another file, so nothing later (datamodel-code-generator
included) ever resolves a reference itself.

How files become one document:

* ``components/<section>/<Name>: {$ref: file}`` in the main document gives that file's value a
  home: the entry holds the value, and every other reference to the same target becomes
  ``#/components/<section>/<Name>``; so splitting a document this way changes nothing in the
  generated package (schema names included), and a recursive schema across files works;
* a reference into the main document (``../openapi.yaml#/components/schemas/Error``, or a
  ``#/…`` pointer inside another file that is the main one) becomes a local reference;
* any other target is copied in place of its reference; a target reached again while it is
  being copied (a cycle with no components entry) is an error naming the file and pointer.

Errors name the file holding the reference and the pointer to it there.
"""

from __future__ import annotations

import copy
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

from generator.errors import SpecError, pointer_tokens, to_pointer
from .keywords import BUNDLE_DATA_KEYWORDS, BUNDLE_NAME_MAPS
from .limits import MAX_DEPTH
from .loading import parse_document
from .ref_places import DOCUMENT, Kind, allows_reference, is_names, kind_of

MAX_FILES = 200
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_NODES = 2_000_000

# Keywords whose value is data: a "$ref" key there is part of the value. Keywords whose value
# maps names to objects: a key there is a name (a property called "default"), never a keyword.
_DATA_KEYS = BUNDLE_DATA_KEYWORDS
_NAME_MAPS = BUNDLE_NAME_MAPS
MISPLACED = (
    "a reference to another file is followed only where OpenAPI allows a Reference Object or a Schema"
    " (components, paths, parameters, request bodies, responses, headers, media types, examples, links,"
    " callbacks, security schemes, schemas), never in info, servers, a description or summary, an extension or example data"
)
ALLOWED_SUFFIXES = (".json", ".yaml", ".yml")
HIDDEN_OR_NOT_SPEC = "only .json, .yaml and .yml files are followed, and no file or folder whose name starts with '.'"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _plain_spec_path(relative: str) -> bool:
    """Whether ``relative`` (a normalized path inside the spec's folder) names a ``.json``,
    ``.yaml`` or ``.yml`` file with no hidden segment (``.git/``, ``.env.yaml``): decided on
    the text alone, so the answer is the same whether the file exists."""
    parts = relative.split("/")
    return relative.lower().endswith(ALLOWED_SUFFIXES) and not any(
        part.startswith(".") for part in parts
    )


@dataclass(frozen=True)
class Bundled:
    """The document with every file reference resolved, and the files read for it (the spec
    file first): a change to any of them must regenerate the package."""

    document: Any
    files: tuple[Path, ...]


def bundle(document: Any, spec_file: Path) -> Bundled:
    """``document`` (parsed from ``spec_file``) with its references to other files resolved.
    Returns ``document`` itself when it has none."""
    if not _has_file_refs(document):
        return Bundled(document, (spec_file,))
    bundler = _Bundler(spec_file, document)
    result = bundler.run()
    return Bundled(result, (spec_file, *bundler.read_order))


def _is_file_ref(value: Any) -> bool:
    return isinstance(value, str) and not value.startswith("#")


def _has_file_refs(node: Any) -> bool:
    return first_file_reference(node) is not None


def first_file_reference(node: Any) -> tuple[str, str] | None:
    """The JSON pointer and value of the first ``$ref`` outside data keywords that names
    something other than ``#…`` (a file, a URL), None when there is none. ``update`` refuses a
    downloaded document holding one: its files would be read from our copy of the folder."""
    stack: list[tuple[Any, bool, list[str | int]]] = [(node, False, [])]
    while stack:
        current, names, where = stack.pop()
        if isinstance(current, dict):
            if not names and _is_file_ref(current.get("$ref")):
                return to_pointer(where), current["$ref"]
            for key, value in reversed(list(current.items())):
                if names or not _is_data(key, value):
                    stack.append((value, not names and key in _NAME_MAPS, [*where, key]))
        elif isinstance(current, list):
            stack.extend(
                (item, False, [*where, index]) for index, item in reversed(list(enumerate(current)))
            )
    return None


def _is_data(key: Any, value: Any) -> bool:
    """A data keyword, an extension, or a schema's list of ``examples`` (a media type's map of
    Example Objects may hold references; their ``value`` is data, see :meth:`_Bundler._walk`)."""
    return (
        key in _DATA_KEYS
        or (isinstance(key, str) and key.startswith("x-"))
        or (key == "examples" and isinstance(value, list))
    )


@dataclass
class _Target:
    file: Path  # resolved (real) path
    pointer: str  # a JSON pointer, "" for the whole file

    def key(self) -> tuple[Path, str]:
        return (self.file, self.pointer)


class _Place(NamedTuple):
    """Where a node being copied sits: its file and pointer tokens there; ``kind``, what OpenAPI
    object it is (:mod:`.ref_places`; None where no reference is allowed); ``home_of``, the file
    target whose home it is (a ``components`` entry of the main document), if any; ``depth``,
    how many levels below the main document's root it is, counting the files that led here."""

    file: Path
    where: list[str]
    kind: Kind
    home_of: tuple[Path, str] | None
    depth: int

    def child(self, key: Any, value: Any, home_of: tuple[Path, str] | None = None) -> _Place:
        """The place of ``value``, this node's member ``key`` (an index in a list)."""
        where = [*self.where, str(key)]
        return _Place(self.file, where, kind_of(self.kind, key, value), home_of, self.depth + 1)


@dataclass
class _Bundler:
    spec_file: Path
    document: Any
    folder: Path = field(init=False)
    root: Path = field(init=False)
    documents: dict[Path, Any] = field(default_factory=dict)
    shown: dict[Path, Path] = field(default_factory=dict)  # real path → path as the user sees it
    read_order: list[Path] = field(default_factory=list)
    total_bytes: int = 0
    nodes: int = 0
    homes: dict[tuple[Path, str], str] = field(default_factory=dict)
    home_at: dict[str, tuple[Path, str]] = field(default_factory=dict)
    active: list[tuple[Path, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folder = self.spec_file.parent.resolve()
        self.root = self.spec_file.resolve()
        self.documents[self.root] = self.document
        self.shown[self.root] = self.spec_file

    def run(self) -> Any:
        self._find_homes()
        return self._walk(self.document, _Place(self.root, [], DOCUMENT, None, 0))

    # -- where a file's value lives in the bundled document ------------------------------------

    def _find_homes(self) -> None:
        components = self.document.get("components") if isinstance(self.document, dict) else None
        if not isinstance(components, dict):
            return
        for section, entries in components.items():
            if not isinstance(entries, dict):
                continue
            if kind_of("components", section, entries) is None:
                continue
            for name, entry in entries.items():
                if (
                    isinstance(entry, dict)
                    and set(entry) == {"$ref"}
                    and _is_file_ref(entry["$ref"])
                ):
                    where = ["components", section, name]
                    target = self._target(entry["$ref"], self.root, where)
                    if target.file != self.root and target.key() not in self.homes:
                        self.homes[target.key()] = "#" + to_pointer(where)
                        self.home_at["#" + to_pointer(where)] = target.key()

    # -- walking ---------------------------------------------------------------------------------

    def _walk(self, node: Any, place: _Place) -> Any:
        """A copy of ``node`` (at ``place``) with file references resolved."""
        file, where, kind, depth = place.file, place.where, place.kind, place.depth
        if file != self.root:
            self._count()
        if depth > MAX_DEPTH and isinstance(node, (dict, list)):
            raise SpecError(
                self._shown(file),
                to_pointer(where),
                f"too deeply nested: more than {MAX_DEPTH} levels of objects and arrays, counting the files referenced",
            )
        if isinstance(node, list):
            return [self._walk(item, place.child(index, item)) for index, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        names = is_names(kind)
        ref = node.get("$ref") if not names else None
        if isinstance(ref, str) and (file != self.root or _is_file_ref(ref)):
            if not allows_reference(kind):
                raise SpecError(self._shown(file), to_pointer(where), f"$ref {ref!r}: {MISPLACED}")
            return self._reference(node, ref, place)
        result: dict[Any, Any] = {}
        for key, value in node.items():
            if not names and (
                _is_data(key, value)
                or (key == "value" and (kind == "example" or where[-2:-1] == ["examples"]))
            ):
                result[key] = copy.deepcopy(value) if file != self.root else value
            else:
                home = self._home_here(file, [*where, str(key)])
                result[key] = self._walk(value, place.child(key, value, home))
        return result

    def _home_here(self, file: Path, where: list[str]) -> tuple[Path, str] | None:
        """The target whose home is this place of the main document, if any."""
        if file != self.root or len(where) != 3 or where[0] != "components":
            return None
        return self.home_at.get("#" + to_pointer(where))

    def _reference(self, node: dict[str, Any], ref: str, place: _Place) -> Any:
        file, where = place.file, place.where
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        target = self._target(ref, file, where)
        if target.file == self.root:
            return {"$ref": "#" + target.pointer, **siblings}
        home = self.homes.get(target.key())
        if home is not None and target.key() != place.home_of:
            return {"$ref": home, **siblings}
        if target.key() in self.active:
            raise SpecError(
                self._shown(file),
                to_pointer(where),
                f"circular reference {ref!r} across files: give its target a name under components (e.g. components/schemas) and refer to that",
            )
        self.active.append(target.key())
        try:
            value = self._resolve(target, file, where, ref)
            there = _Place(
                target.file, pointer_tokens(target.pointer), place.kind, None, place.depth
            )
            walked = self._walk(value, there)
        finally:
            self.active.pop()
        if siblings and isinstance(walked, dict):
            return {**walked, **siblings}
        return walked

    # -- reading ---------------------------------------------------------------------------------

    def _target(self, ref: str, file: Path, where: list[str]) -> _Target:
        """Where ``ref`` (found at ``where`` in ``file``) points, checked against the rules."""
        shown, pointer_here = self._shown(file), to_pointer(where)

        def refuse(reason: str) -> SpecError:
            return SpecError(shown, pointer_here, f"$ref {ref!r}: {reason}")

        path_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if fragment and not fragment.startswith("/"):
            raise refuse("only JSON-pointer fragments (#/…) are supported")
        if not path_part:
            return _Target(file, fragment)
        if _SCHEME.match(path_part) or path_part.startswith("//"):
            raise refuse(
                "URLs are not followed; only files in the spec's folder are (a relative path)"
            )
        path = unquote(path_part)
        if path.startswith("/") or "\\" in path or "\0" in path or re.match(r"^[A-Za-z]:", path):
            raise refuse("only relative paths inside the spec's folder are followed")
        relative_dir = posixpath.dirname(self._relative(file))
        joined = posixpath.normpath(posixpath.join(relative_dir, path))
        if joined == ".." or joined.startswith("../"):
            raise refuse("the path leaves the spec's folder")
        if not _plain_spec_path(joined):
            raise refuse(HIDDEN_OR_NOT_SPEC)
        real = (self.folder / joined).resolve()
        if not real.is_relative_to(self.folder):
            raise refuse("a symbolic link leads out of the spec's folder")
        if not _plain_spec_path(real.relative_to(self.folder).as_posix()):
            raise refuse(HIDDEN_OR_NOT_SPEC)
        self.shown.setdefault(real, self.spec_file.parent / joined)
        return _Target(real, fragment)

    def _relative(self, file: Path) -> str:
        return (
            self.shown[file].relative_to(self.spec_file.parent).as_posix()
            if file != self.root
            else self.spec_file.name
        )

    def _shown(self, file: Path) -> Path:
        return self.shown.get(file, file)

    def _resolve(self, target: _Target, file: Path, where: list[str], ref: str) -> Any:
        document = self._load(target.file, file, where, ref)
        node = document
        for token in pointer_tokens(target.pointer):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecError(
                    self._shown(file),
                    to_pointer(where),
                    f"$ref {ref!r}: {self._shown(target.file)} has nothing at #{target.pointer}",
                )
        return node

    def _load(self, real: Path, file: Path, where: list[str], ref: str) -> Any:
        if real in self.documents:
            return self.documents[real]
        shown = self._shown(real)

        def refuse(reason: str) -> SpecError:
            return SpecError(self._shown(file), to_pointer(where), f"$ref {ref!r}: {reason}")

        if len(self.read_order) >= MAX_FILES:
            raise refuse(f"more than {MAX_FILES} files referenced")
        if not real.is_file():
            raise refuse(f"{shown} is not a file")
        try:
            with real.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise refuse(f"cannot read {shown}: {exc.strerror or exc}") from exc
        if len(data) > MAX_FILE_BYTES:
            raise refuse(f"{shown} is larger than {MAX_FILE_BYTES} bytes")
        self.total_bytes += len(data)
        if self.total_bytes > MAX_TOTAL_BYTES:
            raise refuse(f"the referenced files exceed {MAX_TOTAL_BYTES} bytes in all")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SpecError(shown, "", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
        document = parse_document(text, shown)
        self.documents[real] = document
        self.read_order.append(shown)
        return document

    def _count(self) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise SpecError(
                self.spec_file,
                "",
                f"references to other files copy more than {MAX_NODES} values: refer to shared parts through components",
            )
