"""Turning the intermediate model into files: Jinja rendering, docstrings and README examples,
spec text made inert per output context, pydantic models via datamodel-code-generator, and the
final black formatting. Works in memory; nothing here writes to disk."""
