"""One parse per models source text in a process.

The models passes (:mod:`.models`, :mod:`.open_enums`, :mod:`.shared_models`,
:mod:`.model_groups`) each read the module they rewrite as a syntax tree. When a pass leaves the
text as it was, or two steps read the same text (the names check and the group's definitions),
they would parse it again: for GitHub's API, parsing was four tenths of the models' CPU time.
The trees are only read, never changed, so one tree per text is shared.
"""

from __future__ import annotations

import ast
from functools import lru_cache


@lru_cache(maxsize=1)  # consecutive reads of one text; a tree can be tens of MB
def parse_module(source: str) -> ast.Module:
    """``ast.parse(source)``, the same tree for the same text (do not change it)."""
    return ast.parse(source)
