"""Name the inline schemas :mod:`.hoist` collected, so that a name depends on its own schema only.

Each place an inline schema was hoisted from is a *site*; sites with the same shape (the schema
without documentation keywords) share a model. The name of a model is, in this order:

1. a ``title`` one of its sites carries (from the spec or an overlay);
2. the name its sites suggest on their own: the property they sit under (``styles[]`` →
   ``Style``), after a titled parent or a component (``Job.result`` → ``JobResult``), or
   ``Error`` for error bodies;
3. otherwise its parent's name and the way down from it (``VideoKling1Request`` +
   ``CameraControl``): a body or a response is named after its own operation
   (``VideoKling1Request``, ``StyleGetResponse``), a union member after its tag value.

When two different shapes want one name (1 or 2), the one it was given before keeps it (the
lock file of :mod:`.names_lock`); on a first generation the first title wins, and a suggested
name goes to the shape used at the most places, or to no one on a tie (each falls back to 3), so
that no shape holds a generic name by accident of document order. A shape once denied a name keeps its fallback while it lives. A model that falls
back to 3 is never shared across parents: each parent's copy carries its parent's name, so a
type's name never contains another operation's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.naming import PYTHON_BUILTINS, numbered, safe_class_name
from .names_lock import Given, NameMemory

# Names the generated models module imports or defines itself; models must not shadow them.
MODEL_RESERVED = (
    frozenset(
        {
            "Annotated",
            "Any",
            "AnyUrl",
            "AwareDatetime",
            "BaseModel",
            "ConfigDict",
            "Field",
            "Literal",
            "MISSING",
            "RootModel",
            "TypeAliasType",
            "UUID",
            "Decimal",
            "Enum",
            "Optional",
            "Union",
            "List",
            "Dict",
            "datetime",
            "date",
            "time",
            "timedelta",
            "Model",
            "Base64Str",
            "Path",
        }
    )
    | PYTHON_BUILTINS
)


@dataclass
class Frame:
    """Whose name a nested schema's fallback name starts with: a fixed stem (a component, an
    operation) or the site of its nearest hoisted ancestor, named before it (top-down)."""

    fixed: str | None = None
    site: int = -1


@dataclass
class Site:
    """One place an inline schema was hoisted from."""

    shape: str  # hash of the schema with nested hoisted schemas expanded (documentation ignored)
    shared: str | None  # the name the place suggests on its own (``styles[]`` → ``Style``)
    title: str | None
    parent: Frame
    rel: str  # the fallback name's part after the parent's name (``CameraControl``, ``Item``)
    body: dict[str, Any]
    expanded: Any  # canonical form, nested sites expanded: what ``shape`` hashes


def _live(sites: list[Site]) -> list[bool]:
    """Sites still referenced: a site inside a schema that became a reference to an identical
    component was walked but is not in the document."""
    live = [False] * len(sites)
    for index in reversed(range(len(sites))):  # a parent is registered after its children
        parent = sites[index].parent
        live[index] = parent.fixed is not None or (parent.site > index and live[parent.site])
    return live


class _Namer:
    def __init__(self, sites: list[Site], taken: set[str], memory: NameMemory) -> None:
        self.sites = sites
        self.taken = set(taken)
        self.previous = memory.previous
        self.live = _live(sites)
        self.present = {site.shape for site, live in zip(sites, self.live) if live}
        self.names: dict[int, str] = {}
        self.given: dict[str, Given] = {}

    def local(self, site: Site) -> str | None:
        return safe_class_name(site.shared, MODEL_RESERVED) if site.shared else None

    def holder(self, name: str) -> str | None:
        """The shape ``name`` was given to before, if that shape is still in the document."""
        entry = self.previous.get(name)
        return entry.shape if entry is not None and entry.shape in self.present else None

    def denied(self, shape: str, local: str) -> bool:
        """Did this shape, suggesting ``local``, get another name before (someone else had it)?"""
        return any(
            entry.shape == shape and entry.local == local and name != local
            for name, entry in self.previous.items()
        )

    def give(self, indices: list[int], name: str, shape: str) -> None:
        for index in indices:
            self.names[index] = name
        self.taken.add(name)
        self.given.setdefault(name, Given(shape=shape, local=self.local(self.sites[indices[0]])))

    def titles(self) -> None:
        by_shape: dict[str, list[int]] = {}
        for index, site in enumerate(self.sites):
            if self.live[index]:
                by_shape.setdefault(site.shape, []).append(index)
        title_of = {
            shape: next((self.sites[i].title for i in indices if self.sites[i].title), None)
            for shape, indices in by_shape.items()
        }
        wanted: dict[str, list[str]] = {}
        for shape, title in title_of.items():
            if title:
                wanted.setdefault(safe_class_name(title, MODEL_RESERVED), []).append(shape)
        for name, shapes in wanted.items():
            if name in self.taken:
                continue
            kept = self.holder(name)
            # The shape the title was published with keeps it, unless it now carries a title
            # of its own (then the spec renamed it).
            keeps = kept is not None and (kept in shapes or title_of.get(kept) is None)
            winner = kept if keeps and kept is not None else shapes[0]
            self.give(by_shape[winner], name, winner)

    def suggested(self) -> None:
        groups: dict[tuple[str, str], list[int]] = {}
        for index, site in enumerate(self.sites):
            local = self.local(site)
            if self.live[index] and index not in self.names and local:
                groups.setdefault((site.shape, local), []).append(index)
        contenders: dict[str, list[str]] = {}
        for shape, name in groups:
            contenders.setdefault(name, []).append(shape)
        for name, shapes in contenders.items():
            if name in self.taken:
                continue
            kept = self.holder(name)
            if kept in shapes:
                winner = kept
            elif kept is None:
                # No memory: the shape used at the most places, if one is (a tie goes to no
                # one); never one denied the name before.
                eligible = sorted(
                    (
                        (len(groups[(shape, name)]), shape)
                        for shape in shapes
                        if not self.denied(shape, name)
                    ),
                    reverse=True,
                )
                if not eligible or (len(eligible) > 1 and eligible[0][0] == eligible[1][0]):
                    continue
                winner = eligible[0][1]
            else:
                continue
            assert winner is not None
            self.give(groups[(winner, name)], name, winner)

    def fallbacks(self) -> None:
        copies: dict[tuple[str, str], str] = {}
        for index in reversed(range(len(self.sites))):  # parents first
            if not self.live[index] or index in self.names:
                continue
            site = self.sites[index]
            base = (
                site.parent.fixed if site.parent.fixed is not None else self.names[site.parent.site]
            )
            wanted = safe_class_name(base + site.rel, MODEL_RESERVED)
            key = (site.shape, wanted)
            if key not in copies:
                # A fallback name is its parent's and the way down: only this place wants it,
                # so whatever shape is there now has it (no memory needed).
                name = wanted if wanted not in self.taken else numbered(wanted, self.taken)
                copies[key] = name
                self.give([index], name, site.shape)
            self.names[index] = copies[key]

    def run(self) -> dict[int, str]:
        self.titles()
        self.suggested()
        self.fallbacks()
        return self.names


def assign_site_names(sites: list[Site], taken: set[str], memory: NameMemory) -> dict[int, str]:
    """``site index → model name`` for every live site; the names given are added to
    ``memory.given`` with their shapes."""
    namer = _Namer(sites, taken, memory)
    names = namer.run()
    for name, entry in namer.given.items():
        memory.given.setdefault(name, entry)
    return names
