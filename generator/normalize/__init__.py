"""Normalize a validated OpenAPI document into the canonical document the renderer reads.

The canonical document is still OpenAPI 3.1 (it is committed next to each generated package so
a pull request shows API changes as a diff), with these guarantees:

* only schema references remain, and they all point into ``#/components/schemas``;
* every object, enum and union schema is a named component with a valid class name;
* every operation has ``x-sdk-resource`` and ``x-sdk-method``; list operations have
  ``x-sdk-pagination``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from .hints import add_pagination_hints
from .hoist import hoist_schemas
from .inline_refs import check_schema_refs, hoist_foreign_refs, inline_refs
from .operations import name_operations
from .upgrade import upgrade_to_31


def normalize(document: dict[str, Any], file: Path) -> dict[str, Any]:
    """Return the canonical form of ``document`` (which is left unchanged)."""
    result = copy.deepcopy(document)
    upgrade_to_31(result)
    inline_refs(result, file)
    hoist_foreign_refs(result, file)
    check_schema_refs(result, file)
    name_operations(result, file)
    hoist_schemas(result)
    add_pagination_hints(result)
    return result
