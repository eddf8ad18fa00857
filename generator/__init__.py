"""OpenAPI-driven generator of typed Python client packages.

The pipeline, one folder per stage, wired in :mod:`generator.pipeline`: ``spec`` (find, load,
validate and overlay a provider's document; typed extensions) → ``normalize`` (canonical
document) → ``ir`` (the intermediate model, built by ``ir.build``) → ``emit`` (models by
datamodel-code-generator, Jinja templates, black) → ``output`` (atomic write or freshness
check, cache, fingerprint). ``cli`` holds one module per command; ``diff`` and ``release`` are
the tools around generation (API diff, version bump, publish, update from the vendor).
"""
