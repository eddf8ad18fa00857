"""API diff between two versions of the generated packages (``python -m generator diff``).

Two views of every change, which can disagree: ``wire`` compares the normalized OpenAPI
documents (does a client already deployed keep working?), ``code`` compares the public Python
surface read with :mod:`ast` from the generated sources (does user code still import,
type-check and run?). One module per job:

``snapshots`` (read packages from git or disk) → ``spec_changes`` + ``schema_changes`` (wire
facts, on schemas resolved by ``schema``) and ``surface`` + ``code_changes`` (code facts, types
compared by ``typeexpr``) → ``classify`` (the rule tables) → ``semver`` (version bump) →
``report`` (text, Markdown, JSON, CHANGELOG). ``api`` holds the functions other code calls.
"""

from .api import changelog_entry, diff_provider, diff_trees, suggest_bump
from .model import Change, DiffReport, Level, ProviderDiff

__all__ = [
    "Change",
    "DiffReport",
    "Level",
    "ProviderDiff",
    "changelog_entry",
    "diff_provider",
    "diff_trees",
    "suggest_bump",
]
