"""Validate documents against JSON Schemas: the official OpenAPI 3.0/3.1 schemas, the Overlay
1.0 schema, our SDK config schema and one schema per spec extension that the generator reads
(``x-sdk-job.schema.json`` …; see :mod:`.extensions`), all under ``generator/spec/schemas``.

Only the single most relevant error is reported, with the JSON pointer of the offending value,
because a cascade of ``oneOf`` failures is noise to the person fixing the file.

Two validators, one schema: the compiled ``jsonschema_rs`` answers "is it valid?" (GitHub's
11 MB document in well under a second), and only when it says no does the pure-Python
``jsonschema`` walk the document again to find the most relevant error and its pointer. The
compiled answer is trusted only when it is "valid"; anything else, including its own failure
on an odd value, goes to the Python validator, which has the final word.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from typing import TYPE_CHECKING

import jsonschema_rs

if TYPE_CHECKING:  # the Python validator is imported only to explain an error
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

from generator.errors import SpecError, to_pointer
from generator.normalize.walk import HTTP_METHODS

SCHEMA_DIR = Path(__file__).parent / "schemas"

_OPENAPI_SCHEMAS = {"3.0": "openapi-3.0.schema.json", "3.1": "openapi-3.1.schema.json"}


def _static_meta_refs(node: Any) -> Any:
    """Replace the 3.1 schema's ``$dynamicRef: "#meta"`` by a plain ``$ref`` to its target.

    The official schema leaves the dialect of Schema Objects extensible through a dynamic
    anchor; we never extend it, so both resolve to the same ``$defs/schema``, and the static
    reference validates five times faster (dynamic scopes are re-crawled at every use)."""
    if isinstance(node, dict):
        result = {key: _static_meta_refs(value) for key, value in node.items()}
        if result.get("$dynamicRef") == "#meta":
            del result["$dynamicRef"]
            result["$ref"] = "#/$defs/schema"
        return result
    if isinstance(node, list):
        return [_static_meta_refs(item) for item in node]
    return node


@cache
def _schema(schema_file: str) -> dict[str, Any]:
    loaded: dict[str, Any] = _static_meta_refs(
        json.loads((SCHEMA_DIR / schema_file).read_text(encoding="utf-8"))
    )
    return loaded


@cache
def _compiled(schema_file: str) -> Any:
    """The compiled validator; formats are annotations only, as in the Python validator."""
    return jsonschema_rs.validator_for(_schema(schema_file), validate_formats=False)


def _surely_valid(schema_file: str, document: Any) -> bool:
    try:
        return bool(_compiled(schema_file).is_valid(document))
    except Exception:  # a value it cannot convert (e.g. a huge integer): ask the Python validator
        return False


@cache
def _validator(schema_file: str) -> Validator:
    import jsonschema.validators

    schema = _schema(schema_file)
    cls = jsonschema.validators.validator_for(schema)
    validator: Validator = cls(schema, format_checker=None)
    return validator


def _describe(error: ValidationError) -> str:
    message = error.message
    if len(message) > 300:
        message = message[:300] + "…"
    return message


def validate_with(
    schema_file: str,
    document: Any,
    file: Path,
    tolerated: Callable[[ValidationError], bool] | None = None,
    at: str = "",
) -> None:
    """Raise :class:`SpecError` naming ``file`` and a pointer when ``document`` is invalid;
    errors for which ``tolerated`` is true do not count. ``at`` is the pointer of ``document``
    itself in ``file`` (a part of a larger document), prefixed to the error's."""
    if _surely_valid(schema_file, document):
        return
    from jsonschema.exceptions import best_match

    validator = _validator(schema_file)
    error = best_match(
        e for e in validator.iter_errors(document) if tolerated is None or not tolerated(e)
    )
    if error is not None:
        raise SpecError(file, at + to_pointer(error.absolute_path), _describe(error))


def openapi_version(document: Any, file: Path) -> str:
    """Return ``"3.0"`` or ``"3.1"``; anything else is an error naming ``/openapi``."""
    if not isinstance(document, dict):
        raise SpecError(file, "", "an OpenAPI document must be a mapping at the top level")
    version = document.get("openapi")
    if not isinstance(version, str):
        raise SpecError(file, "/openapi", "missing the `openapi` version field (3.0.x or 3.1.x)")
    major_minor = ".".join(version.split(".")[:2])
    if major_minor not in _OPENAPI_SCHEMAS:
        raise SpecError(
            file, "/openapi", f"unsupported OpenAPI version {version!r}: 3.0.x or 3.1.x expected"
        )
    return major_minor


_OPERATION_METHODS = frozenset(HTTP_METHODS)


def _no_documented_response(error: ValidationError) -> bool:
    """The error of an operation whose Responses Object holds no response (``responses: {}``,
    or only extensions). The official schemas require one, but such documents exist and the
    operation is still callable: it is accepted, and the IR builder warns that its method
    returns None, as for an operation that documents no response body."""
    path = list(error.absolute_path)
    return (
        len(path) >= 2
        and path[-1] == "responses"
        and str(path[-2]) in _OPERATION_METHODS
        and error.validator in ("minProperties", "required")  # 3.0 and 3.1 schemas
        and isinstance(error.instance, dict)
        and all(str(key).startswith("x-") for key in error.instance)
    )


def validate_openapi(document: Any, file: Path) -> str:
    """Validate against the official schema of the document's version; return that version.

    One deviation is accepted: an operation without any documented response."""
    version = openapi_version(document, file)
    validate_with(_OPENAPI_SCHEMAS[version], document, file, tolerated=_no_documented_response)
    return version


def validate_sdk_config(config: Any, file: Path) -> None:
    validate_with("sdk-config.schema.json", config, file)


def validate_overlay(overlay: Any, file: Path) -> None:
    validate_with("overlay-1.0.schema.json", overlay, file)
