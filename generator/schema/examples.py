"""Values the spec itself names for a schema, as Python literals for usage examples.

README examples should call a method with arguments the API accepts: ``type_="image"`` rather
than a prompt passed where an enum goes. Only plain values are used (no quotes, backslashes or
line breaks), so a value from the spec cannot break out of the example it is shown in.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .values import fits

_PLAIN_TEXT = re.compile(r"[\w .,:/@+=-]{1,60}\Z")


def example_literal(schema: Any) -> str | None:
    """The first plain value among the schema's examples (the spec author's own choice), its
    ``const``, ``enum``, ``x-known-values`` and ``default``, as a Python literal; ``None`` when
    it names none."""
    if not isinstance(schema, dict):
        return None
    candidates: list[Any] = []
    for key in ("examples", "example", "const", "enum", "x-known-values", "default"):
        value = schema.get(key)
        if key in ("examples", "enum", "x-known-values"):
            candidates.extend(value if isinstance(value, list) else [])
        elif key in schema:
            candidates.append(value)
    plain = {
        key: value for key, value in schema.items() if key not in ("examples", "example", "default")
    }
    for value in candidates:
        if not fits(plain, value):
            continue
        if isinstance(value, bool):
            return repr(value)
        if isinstance(value, int) or (
            isinstance(value, float) and value == value and abs(value) != float("inf")
        ):
            return repr(value)
        if isinstance(value, str) and _PLAIN_TEXT.match(value):
            return json.dumps(value)
    return None
