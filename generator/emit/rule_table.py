"""The source of ``_rule_table.RULES``: model name → its cross-field rules, each written once.

Many models share a rule (Krea's ``format: uri`` check of ``image_url`` stands on dozens of
request models), so a rule used by more than one model is a module constant (``_R1``) that the
table names; a rule's ``description`` and ``unverified`` keys are left out when empty or false
(``_rules`` reads them with those defaults). The text is in black's layout
(:mod:`.package_layout`), so the module skips black.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .layout import Group, literal
from .layout import pylit
from .package_layout import assign, black_layout

RULES_HEAD = "RULES: dict[str, tuple[dict[str, Any], ...]] = "


def _compact(rule: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in rule.items()
        if not (key == "description" and value == "") and not (key == "unverified" and not value)
    }


def rule_table(rules: dict[str, list[dict[str, Any]]]) -> str:
    """``_R1 = {...}`` for each shared rule, then ``RULES: ... = {...}``, in black's layout."""
    texts = {name: [pylit(_compact(rule)) for rule in items] for name, items in rules.items()}
    values = {
        text: _compact(rule)
        for name, items in rules.items()
        for text, rule in zip(texts[name], items)
    }
    counts = Counter(text for items in texts.values() for text in items)
    shared: dict[str, str] = {}
    for items in texts.values():
        for text in items:
            if counts[text] > 1 and text not in shared:
                shared[text] = f"_R{len(shared) + 1}"
    constants = "".join(assign(f"{name} = ", values[text]) + "\n" for text, name in shared.items())
    entries = tuple(
        Group(
            f"{pylit(name)}: ",
            "(",
            tuple(shared.get(text) or literal(values[text]) for text in items),
            ")",
            one_tuple=len(items) == 1,
        )
        for name, items in texts.items()
    )
    table = black_layout(Group("", "{", entries, "}"), 0, RULES_HEAD)
    return f"{constants}\n{table}" if constants else table
