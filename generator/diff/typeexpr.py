"""Python type annotations as comparable values: is the new type narrower, wider, or other?

Annotations are read from the generated source with :mod:`ast` and reduced to a set of union
members ("atoms"). Spelling does not matter (``Optional[X]``, ``X | None`` and
``Union[None, X]`` are equal; ``models.Job`` and ``Job`` too), and ``Literal["a", "b"]``
becomes two atoms so that adding a value reads as a widening. ``NotGiven`` and ``MISSING``
say whether an argument or field may be left out; that is requiredness, reported on its own,
so they are dropped here.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

Comparison = Literal["same", "narrowed", "widened", "changed"]

_DROPPED = frozenset({"NotGiven", "MISSING"})
_SPELLINGS = {
    "List": "list",
    "Dict": "dict",
    "Set": "set",
    "FrozenSet": "frozenset",
    "Tuple": "tuple",
    "Type": "type",
}
_PREFIXES = ("models.", "typing.", "typing_extensions.", "pydantic.")
_CONTAINERS = frozenset(
    {"list", "dict", "set", "frozenset", "tuple", "Sequence", "Mapping", "Iterable"}
)


@dataclass(frozen=True)
class Atom:
    """One member of a union: a name with type arguments, or one ``Literal`` value."""

    head: str
    args: tuple[TypeExpr, ...] = ()
    value: str | None = None  # the literal's source text, for ``Literal`` atoms

    def text(self) -> str:
        if self.head == "Literal":
            return f"Literal[{self.value}]"
        if self.args:
            return f"{self.head}[{', '.join(arg.text() for arg in self.args)}]"
        return self.head


@dataclass(frozen=True)
class TypeExpr:
    """A union of atoms (one atom for a plain type)."""

    atoms: frozenset[Atom]

    def text(self) -> str:
        literals = sorted((a.value or "") for a in self.atoms if a.head == "Literal")
        others = sorted(a.text() for a in self.atoms if a.head != "Literal" and a.head != "None")
        parts = ([f"Literal[{', '.join(literals)}]"] if literals else []) + others
        if any(a.head == "None" for a in self.atoms):
            parts.append("None")
        return " | ".join(parts) or "None"

    def names(self) -> set[str]:
        """Every name mentioned, however deep (to follow model references)."""
        found: set[str] = set()
        for atom in self.atoms:
            if atom.head != "Literal":
                found.add(atom.head)
            for arg in atom.args:
                found |= arg.names()
        return found

    def renamed(self, renames: Mapping[str, str]) -> TypeExpr:
        """The same type with model names replaced (``renames``: old name -> new name)."""
        if not renames:
            return self
        return TypeExpr(
            frozenset(
                Atom(
                    renames.get(a.head, a.head),
                    tuple(arg.renamed(renames) for arg in a.args),
                    a.value,
                )
                for a in self.atoms
            )
        )

    @property
    def literal_values(self) -> tuple[str, ...] | None:
        """The values when the type is only ``Literal`` members (and maybe ``None``)."""
        values = [a.value or "" for a in self.atoms if a.head == "Literal"]
        if not values or any(a.head not in ("Literal", "None") for a in self.atoms):
            return None
        return tuple(sorted(values))


ANY = TypeExpr(frozenset({Atom("Any")}))


def _head(node: ast.expr) -> str:
    text = ast.unparse(node)
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return _SPELLINGS.get(text, text)


def _atoms(node: ast.expr | None) -> set[Atom]:
    if node is None:
        return {Atom("Any")}
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _atoms(node.left) | _atoms(node.right)
    if isinstance(node, ast.Constant):
        if node.value is None:
            return {Atom("None")}
        if isinstance(node.value, str):  # a forward reference: "models.Job"
            try:
                return _atoms(ast.parse(node.value, mode="eval").body)
            except SyntaxError:
                return {Atom(node.value)}
        return {Atom(repr(node.value))}
    if isinstance(node, ast.Subscript):
        head = _head(node.value)
        elements = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head == "Annotated":
            return _atoms(elements[0])
        if head == "Optional":
            return _atoms(elements[0]) | {Atom("None")}
        if head == "Union":
            return set().union(*(_atoms(e) for e in elements))
        if head == "Literal":
            return {
                (
                    Atom("None")
                    if isinstance(e, ast.Constant) and e.value is None
                    else Atom("Literal", (), ast.unparse(e))
                )
                for e in elements
            }
        return {Atom(head, tuple(parse_node(e) for e in elements))}
    if isinstance(node, (ast.List, ast.Tuple)):  # Callable[[...], R] argument lists
        return {Atom("[" + ", ".join(ast.unparse(e) for e in node.elts) + "]")}
    return {Atom(_head(node))}


def parse_node(node: ast.expr | None) -> TypeExpr:
    """The type an annotation node denotes. ``Literal["a", "b"] | str`` (a string's known
    values) is ``str``: the literals add nothing a type checker would accept or refuse."""
    atoms = {a for a in _atoms(node) if a.head not in _DROPPED}
    heads = {a.head for a in atoms}
    atoms = {a for a in atoms if a.head != "Literal" or _literal_base(a.value or "") not in heads}
    return TypeExpr(frozenset(atoms)) if atoms else ANY


def parse(text: str) -> TypeExpr:
    """The type an annotation's source text denotes."""
    try:
        return parse_node(ast.parse(text, mode="eval").body)
    except SyntaxError:
        return TypeExpr(frozenset({Atom(text)}))


def _literal_base(value: str) -> str:
    if value[:1] in ("'", '"') or value[:2] in ("b'", 'b"'):
        return "bytes" if value.startswith("b") else "str"
    if value in ("True", "False"):
        return "bool"
    return "float" if "." in value else "int"


def _atom_covered(atom: Atom, by: TypeExpr) -> bool:
    """Does every value of ``atom`` belong to ``by``?"""
    if atom in by.atoms:
        return True
    heads = {a.head for a in by.atoms}
    if "Any" in heads or "object" in heads:
        return True
    if atom.head == "int" and "float" in heads:  # PEP 484: int is accepted where float is
        return True
    if atom.head == "Literal":
        base = _literal_base(atom.value or "")
        return base in heads or (base == "int" and "float" in heads)
    if atom.head in _CONTAINERS and atom.args:
        for other in by.atoms:
            if (
                other.head == atom.head
                and len(other.args) == len(atom.args)
                and all(covers(o, a) for o, a in zip(other.args, atom.args))
            ):
                return True
    return False


def covers(wide: TypeExpr, narrow: TypeExpr) -> bool:
    """Is every value of ``narrow`` also a value of ``wide``?"""
    return all(_atom_covered(atom, wide) for atom in narrow.atoms)


def compare(old: TypeExpr, new: TypeExpr, renames: Mapping[str, str] | None = None) -> Comparison:
    """How ``new`` relates to ``old`` once models renamed in between are mapped."""
    old = old.renamed(renames or {})
    if old == new:
        return "same"
    if covers(new, old):
        return "widened"
    if covers(old, new):
        return "narrowed"
    return "changed"


def expand_aliases(expr: TypeExpr, models: Mapping[str, Any], depth: int = 0) -> TypeExpr:
    """``expr`` with every type alias it names (``JobStatus = Literal[...]``) replaced by what
    the alias stands for, so types compare by content, not by the alias's name. ``models``:
    name → a model with ``kind`` and ``type`` (see ``surface.Model``)."""
    if depth > 20:
        return expr
    atoms: set[Atom] = set()
    for atom in expr.atoms:
        model = models.get(atom.head) if not atom.args and atom.head != "Literal" else None
        if (
            model is not None
            and getattr(model, "kind", None) == "alias"
            and getattr(model, "type", None) is not None
        ):
            atoms |= expand_aliases(model.type, models, depth + 1).atoms
        elif atom.args:
            atoms.add(
                Atom(
                    atom.head,
                    tuple(expand_aliases(arg, models, depth + 1) for arg in atom.args),
                    atom.value,
                )
            )
        else:
            atoms.add(atom)
    return TypeExpr(frozenset(atoms))


def literal_delta(old: TypeExpr, new: TypeExpr) -> tuple[list[str], list[str]] | None:
    """``(values added, values removed)`` when the two types differ only in ``Literal``
    values; ``None`` otherwise."""
    old_rest = {a for a in old.atoms if a.head != "Literal"}
    new_rest = {a for a in new.atoms if a.head != "Literal"}
    if old_rest != new_rest:
        return None
    old_values = sorted(a.value or "" for a in old.atoms if a.head == "Literal")
    new_values = sorted(a.value or "" for a in new.atoms if a.head == "Literal")
    if not old_values or not new_values:
        return None
    return [v for v in new_values if v not in old_values], [
        v for v in old_values if v not in new_values
    ]
