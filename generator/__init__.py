"""OpenAPI-driven generator of typed Python client packages.

The pipeline, one module per stage:

``sources`` (find providers) → ``loading`` (read YAML/JSON) → ``validation`` (official JSON
Schemas) → ``overlay`` (our changes to a vendor document) → ``normalize`` (canonical document)
→ ``ir.build`` (small intermediate model) → ``models_codegen`` + ``render`` (Python source) →
``formatting`` (black) → ``writer`` (atomic write or freshness check).
"""
