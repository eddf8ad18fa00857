"""Cross-field rules of the API, collected from the spec: model name → JSON Schema fragments.

Checked by ``_rules.check_rules`` on every request model before anything is sent.
"""

from __future__ import annotations

from typing import Any

RULES: dict[str, tuple[dict[str, Any], ...]] = {}
