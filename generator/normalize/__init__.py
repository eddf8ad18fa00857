"""Normalize a validated OpenAPI document into the canonical document the renderer reads.

The canonical document is still OpenAPI 3.1 (it is committed next to each generated package so
a pull request shows API changes as a diff), with these guarantees:

* only schema references remain, and they all point into ``#/components/schemas``;
* every object, enum and union schema is a named component with a valid class name;
* ``oneOf``/``anyOf`` variants that only narrow their parent's properties are written as
  assertions (a cross-field rule), so the parent stays one model (``narrowing.py``);
* every operation has ``x-sdk-resource`` and ``x-sdk-method``; list operations have
  ``x-sdk-pagination``;
* no string (key or value) holds a lone surrogate, which UTF-8 cannot encode: each is U+FFFD
  (documents loaded from files already are; one built in memory may not be);
* every ``default`` is a value its schema's ``type`` and ``enum`` allow (coerced when exact,
  else dropped, with a warning naming its pointer; see :mod:`.schema_defaults`);
* no ``const``/``enum`` holds what a ``Literal`` cannot, and no string typed as a date, time or
  duration has a text default (dropped with a warning; see :mod:`.typeable`).
* the limits of a property marked ``x-unverified`` are an unverified rule, which only warns
  (:mod:`.unverified`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.spec.loading import replace_lone_surrogates
from .hints import add_pagination_hints
from .hoist import hoist_schemas
from .names_lock import NameMemory
from .inline_refs import check_schema_refs, hoist_foreign_refs, inline_refs
from .narrowing import merge_narrowing_variants
from .operations import name_operations
from .schema_defaults import fix_schema_defaults
from .typeable import loosen_untypeable
from .unverified import soften_unverified
from .recursive_refs import resolve_recursive_refs
from .upgrade import upgrade_to_31


def normalize(
    document: dict[str, Any],
    file: Path,
    warnings: list[str] | None = None,
    names: NameMemory | None = None,
) -> dict[str, Any]:
    """Return the canonical form of ``document`` (which is left unchanged); what the canonical
    form loses or rewrites of the source is appended to ``warnings`` as ``file#pointer: text``.
    ``names`` remembers the model names given out before and receives those given now."""
    result: dict[str, Any] = replace_lone_surrogates(
        document
    )  # also the copy: every dict and list is new
    resolve_recursive_refs(result)
    fix_schema_defaults(result, file, warnings if warnings is not None else [])
    loosen_untypeable(result, file, warnings if warnings is not None else [])
    upgrade_to_31(result)
    inline_refs(result, file)
    hoist_foreign_refs(result, file)
    check_schema_refs(result, file)
    name_operations(result, file)
    merge_narrowing_variants(result, file, warnings if warnings is not None else [])
    soften_unverified(result)
    hoist_schemas(result, names)
    add_pagination_hints(result)
    return result
