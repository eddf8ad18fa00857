"""Turn arbitrary strings from a spec into safe, readable Python identifiers.

Every identifier in generated code passes through here, so nothing a spec author writes can
become syntax: the result is always ``[A-Za-z_][A-Za-z0-9_]*`` and never a keyword.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

PYTHON_KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
PYTHON_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))

MAX_IDENTIFIER = 64
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*")


def words(text: str) -> list[str]:
    """Split ``text`` into words at separators, case changes and digit runs.

    Non-ASCII letters are transliterated where Unicode allows it and dropped otherwise, so
    ``"Café-Déjà vu"`` gives ``["Cafe", "Deja", "vu"]``.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(ascii_text)


def snake_case(text: str) -> str:
    return "_".join(word.lower() for word in words(text))


def pascal_case(text: str) -> str:
    """``flux-1.1-pro`` → ``Flux11Pro`` (class names stay free of underscores)."""
    return "".join(word[:1].upper() + word[1:] for word in words(text))


def singular(word: str) -> str:
    """A cautious English singular: only the regular plural endings are undone."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3:].isupper() else "y")
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is", "as")) and len(word) > 3:
        return word[:-1]
    return word


def safe_identifier(
    name: str,
    reserved: frozenset[str] | set[str] = frozenset(),
    fallback: str = "value",
    *,
    avoid_builtins: bool = True,
) -> str:
    """A snake_case identifier for ``name``, never a keyword or one of ``reserved``.

    Local names (parameters) also avoid builtins; attribute names (methods, resources) may
    use them, as ``client.jobs.list`` does. Collisions get a trailing underscore
    (``type`` → ``type_``), the convention of PEP 8.
    """
    fallback = snake_case(fallback) or "value"
    if fallback[0].isdigit():  # a fallback made from a path segment such as "(0)"
        fallback = f"value_{fallback}"
    # A name may become a module file: keep it well under the 255 bytes a file name may have.
    ident = snake_case(name)[:MAX_IDENTIFIER].rstrip("_") or fallback
    if ident[0].isdigit():
        ident = f"{fallback}_{ident}"
    while (
        ident in PYTHON_KEYWORDS
        or (avoid_builtins and ident in PYTHON_BUILTINS)
        or ident in reserved
    ):
        ident += "_"
    return ident


def safe_class_name(
    name: str, reserved: frozenset[str] | set[str] = frozenset(), fallback: str = "Model"
) -> str:
    """A PascalCase class name for ``name``; a leading digit gets ``fallback`` in front, and a
    reserved name gets ``Model`` appended (``Field`` → ``FieldModel``)."""
    fallback = pascal_case(fallback) or "Model"
    if fallback[0].isdigit():
        fallback = f"Model{fallback}"
    ident = pascal_case(name) or fallback
    if ident[0].isdigit():
        ident = fallback + ident
    if ident in PYTHON_KEYWORDS or ident in PYTHON_BUILTINS or ident in reserved:
        ident += "Model"
    return numbered(ident, reserved)


def numbered(name: str, taken: frozenset[str] | set[str]) -> str:
    """``name``, or ``name2``, ``name3``… — the first one not in ``taken``."""
    if name not in taken:
        return name
    number = 2
    while f"{name}{number}" in taken:
        number += 1
    return f"{name}{number}"


def operation_prefix(resource: str, method: str) -> str:
    """The stem of model names derived from an operation: ``images.flux_1_dev`` → ``ImageFlux1Dev``."""
    parts = resource.split("_")
    parts[-1] = singular(parts[-1])
    return pascal_case("_".join(parts)) + pascal_case(method)
