"""The spec extensions the generator reads (``x-sdk-job``, ``x-max-bytes`` …): checked against
their JSON Schemas, and parsed once into frozen dataclasses for the IR builder.

Each extension has a schema beside the SDK config's (``schemas/<extension>.schema.json``), so a
malformed one is an error naming the file and its JSON pointer, exit 2, like any invalid
document, instead of being skipped or misread later. :func:`validate_extensions` checks every
extension of a document as written (the overlay applied), wherever it stands, before anything
else reads it; the ``*_extensions`` parsers check again what they parse (cheap, and the IR builder
may be handed a document built in memory) and add the rules a schema cannot state (an envelope
holding its ``"$params"`` marker).

``x-sdk-error-envelope`` (document) and ``x-sdk-media-input`` (schema) are parsed here too
(:class:`ErrorEnvelope`, :class:`MediaInput`), from the document as validated: the IR and the
templates read the envelope only as that dataclass. The other schema-level extensions
(``x-max-bytes``, ``x-known-values``, ``x-unverified``, ``x-rule-id``, ``x-rules``) are only validated: the modules that read them
(:mod:`generator.schema.rules`, :mod:`generator.schema.values`) then meet well-formed values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from generator.errors import SpecError, to_pointer

from .keywords import DATA_KEYWORDS, EXTENSION_NAME_MAPS

RESOURCE = "x-sdk-resource"
METHOD = "x-sdk-method"
PAGINATION = "x-sdk-pagination"
JOB_STATUS = "x-sdk-job-status"
JOB = "x-sdk-job"
FLAT_METHODS = "x-sdk-flat-methods"
WEBHOOK_SIGNATURE = "x-sdk-webhook-signature"
ERROR_ENVELOPE = "x-sdk-error-envelope"
MEDIA_INPUT = "x-sdk-media-input"
ALIASES_SUFFIX = "-deprecated-field-aliases"  # ``x-krea-deprecated-field-aliases``, any vendor's
_ALIASES_SCHEMA = "x-deprecated-field-aliases"

# Extension → schema file (without ``.schema.json``); aliases match by suffix (see ``schema_of``).
EXTENSIONS = (
    RESOURCE,
    METHOD,
    PAGINATION,
    JOB_STATUS,
    JOB,
    FLAT_METHODS,
    WEBHOOK_SIGNATURE,
    "x-max-bytes",
    "x-known-values",
    "x-unverified",
    "x-rule-id",
    "x-rules",
    "x-sdk-error-envelope",
    "x-sdk-media-input",
)

# The common job states a vendor's statuses map onto (the runtime's ``JobState``).
JOB_STATES = ("queued", "running", "succeeded", "failed", "canceled")

# Keys whose value is data (examples, defaults, enum members): an ``x-…`` key in there is the
# vendor's data, not an extension.
_DATA_KEYS = DATA_KEYWORDS
# Keys whose value maps names to objects: the names are not extensions (a property may be
# called ``x-unverified``; a response header ``x-rate-limit``).
_NAME_MAPS = EXTENSION_NAME_MAPS


def schema_of(key: str) -> str | None:
    """The schema (file stem) of extension ``key``; ``None`` for a key the generator ignores."""
    if key in EXTENSIONS:
        return key
    if key.startswith("x-") and key.endswith(ALIASES_SUFFIX):
        return _ALIASES_SCHEMA
    return None


def check(key: str, value: Any, file: Path, pointer: str) -> None:
    """Raise :class:`SpecError` at ``pointer`` (or below) unless ``value`` is a valid ``key``."""
    schema = schema_of(key)
    if schema is not None:
        # Imported here: validation imports the normalizer, whose schema passes read
        # ``MediaInput`` from this module.
        from .validation import validate_with

        validate_with(f"{schema}.schema.json", value, file, at=pointer)


def validate_extensions(document: Any, file: Path) -> None:
    """Check every extension the generator reads, wherever it stands in ``document``."""
    stack: list[tuple[Any, tuple[str, ...], bool]] = [(document, (), False)]
    while stack:
        node, tokens, names = stack.pop()
        if isinstance(node, list):
            stack.extend((item, (*tokens, str(index)), False) for index, item in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            key = str(key)
            if not names and schema_of(key) is not None:
                check(key, value, file, to_pointer([*tokens, key]))
                continue
            if not names and key in _DATA_KEYS:
                continue
            # ``components`` maps section names to name maps; so do the name maps' own values
            # only where they are one (``responses`` → status → response object).
            stack.append(
                (
                    value,
                    (*tokens, key),
                    not names and (key in _NAME_MAPS or tokens == ("components",)),
                )
            )


@dataclass(frozen=True)
class Pagination:
    """``x-sdk-pagination``: the query parameter that moves through the pages (its wire name)."""

    style: Literal["cursor", "page"]
    position_param: str  # ``cursor_param`` or ``page_param``
    items: tuple[str, ...]  # response fields from the page to the list of items
    next_cursor: str | None = None
    size_param: str | None = None


@dataclass(frozen=True)
class JobStatus:
    """``x-sdk-job-status``; the attribute names are ``JobStatusSpec``'s, which a resource module
    is given (``JOB_STATUS = JobStatusSpec(…)``)."""

    status: str
    lifecycle: dict[str, list[str]]  # common state → vendor statuses, states sorted
    error: str | None
    results: tuple[str, ...]
    poll_interval: float
    slow_down_after: float


@dataclass(frozen=True)
class JobHint:
    """``x-sdk-job``: the status operation (``resource.method``) and where the id is."""

    poll_resource: str
    poll_method: str
    id_path: str

    @property
    def poll(self) -> str:
        return f"{self.poll_resource}.{self.poll_method}"


@dataclass(frozen=True)
class FlatMethod:
    """One entry of ``x-sdk-flat-methods``; ``pointer`` locates it for later errors."""

    name: str
    description: str
    params_ref: str  # the ``$ref`` of the model's fields
    envelope: Any  # the body, with ``"$params"`` where the fields go
    pointer: str


@dataclass(frozen=True)
class FieldAlias:
    """One entry of ``x-…-deprecated-field-aliases``: wire name ``old`` now spelled ``new``."""

    old: str
    new: str
    sunset_date: str
    migration_url: str
    pointer: str


@dataclass(frozen=True)
class OperationExtensions:
    """Every extension of one operation, parsed."""

    resource: str
    method: str
    pagination: Pagination | None = None
    job_status: JobStatus | None = None
    job: JobHint | None = None
    flat_methods: tuple[FlatMethod, ...] = ()
    aliases: tuple[FieldAlias, ...] = field(default=())


@dataclass(frozen=True)
class WebhookSignature:
    """``x-sdk-webhook-signature``: how deliveries are signed (HMAC-SHA256)."""

    signed_payload: str
    timestamp_header: str | None
    signature_header: str
    encoding: Literal["hex", "base64"]
    encodings: tuple[str, ...]  # accepted when verifying: the encoding, and the other if unverified
    unverified: bool
    tolerance_seconds: float


def _checked(operation: dict[str, Any], key: str, file: Path, where: str) -> Any:
    value = operation.get(key)
    if value is not None:
        check(key, value, file, f"{where}/{key}")
    return value


def operation_extensions(operation: dict[str, Any], file: Path, where: str) -> OperationExtensions:
    """The extensions of the (normalized) operation at pointer ``where``."""
    resource, method = _checked(operation, RESOURCE, file, where), _checked(
        operation, METHOD, file, where
    )
    if not isinstance(resource, str) or not isinstance(method, str):
        raise SpecError(
            file, where, f"{RESOURCE} and {METHOD} are missing: the document is not normalized"
        )
    return OperationExtensions(
        resource=resource,
        method=method,
        pagination=_pagination(_checked(operation, PAGINATION, file, where)),
        job_status=_job_status(_checked(operation, JOB_STATUS, file, where)),
        job=_job(_checked(operation, JOB, file, where)),
        flat_methods=_flat_methods(
            _checked(operation, FLAT_METHODS, file, where), file, f"{where}/{FLAT_METHODS}"
        ),
        aliases=_aliases(operation, file, where),
    )


def _pagination(hint: Any) -> Pagination | None:
    if hint is None:
        return None
    cursor = hint["style"] == "cursor"
    return Pagination(
        style="cursor" if cursor else "page",
        position_param=str(hint["cursor_param"] if cursor else hint["page_param"]),
        items=tuple(hint.get("items") or ()),
        next_cursor=hint.get("next_cursor"),
        size_param=hint.get("size_param"),
    )


def _job_status(hint: Any) -> JobStatus | None:
    if hint is None:
        return None
    results = hint.get("results") or []
    return JobStatus(
        status=hint["status"],
        lifecycle={
            state: [str(v) for v in hint["lifecycle"][state]] for state in sorted(hint["lifecycle"])
        },
        error=hint.get("error"),
        results=tuple(str(r) for r in (results if isinstance(results, list) else [results])),
        poll_interval=float(hint.get("poll_interval", 2)),
        slow_down_after=float(hint.get("slow_down_after", 60)),
    )


def _job(hint: Any) -> JobHint | None:
    if hint is None:
        return None
    resource, _, method = str(hint["poll"]).partition(".")
    return JobHint(poll_resource=resource, poll_method=method, id_path=str(hint.get("id", "id")))


def _flat_methods(entries: Any, file: Path, where: str) -> tuple[FlatMethod, ...]:
    result = []
    for index, entry in enumerate(entries or []):
        pointer = f"{where}/{index}"
        if "$params" not in json.dumps(entry["envelope"]):
            raise SpecError(
                file, pointer + "/envelope", 'needs an envelope containing the marker "$params"'
            )
        result.append(
            FlatMethod(
                name=entry["name"],
                description=str(entry.get("description") or ""),
                params_ref=entry["params_schema"]["$ref"],
                envelope=entry["envelope"],
                pointer=pointer,
            )
        )
    return tuple(result)


def _aliases(operation: dict[str, Any], file: Path, where: str) -> tuple[FieldAlias, ...]:
    result: list[FieldAlias] = []
    for key, entries in operation.items():
        if schema_of(str(key)) != _ALIASES_SCHEMA:
            continue
        pointer = f"{where}/{to_pointer([key])[1:]}"
        check(str(key), entries, file, pointer)
        result.extend(
            FieldAlias(
                old=str(entry["from"]),
                new=str(entry["to"]),
                sunset_date=str(entry.get("sunset_date") or ""),
                migration_url=str(entry.get("migration_url") or ""),
                pointer=f"{pointer}/{index}",
            )
            for index, entry in enumerate(entries)
        )
    return tuple(result)


def webhook_signature(document: dict[str, Any], file: Path) -> WebhookSignature | None:
    """The document's ``x-sdk-webhook-signature``, if it has one."""
    hint = document.get(WEBHOOK_SIGNATURE)
    if hint is None:
        return None
    check(WEBHOOK_SIGNATURE, hint, file, "/" + WEBHOOK_SIGNATURE)
    encoding: Literal["hex", "base64"] = "base64" if hint.get("encoding") == "base64" else "hex"
    unverified = bool(hint.get("x-unverified"))
    # A scheme the spec marks unverified may be wrong about the encoding: the other one is
    # accepted too (both are the same HMAC, so nothing weaker is let through).
    others = tuple(other for other in ("hex", "base64") if other != encoding) if unverified else ()
    return WebhookSignature(
        signed_payload=str(hint.get("signed_payload", "{timestamp}.{body}")),
        timestamp_header=hint.get("timestamp_header"),
        signature_header=hint["signature_header"],
        encoding=encoding,
        encodings=(encoding, *others),
        unverified=unverified,
        tolerance_seconds=float(hint.get("tolerance_seconds", 300)),
    )


@dataclass(frozen=True)
class ErrorEnvelope:
    """``x-sdk-error-envelope``: vendor errors inside successful HTTP answers.

    Some vendors (Kling through api.gpt.ge) answer every request with HTTP 200 and put the
    outcome in the body: ``{"code": 1201, "message": "invalid params", "data": null}``. Parsed as
    the success schema such a body fails with a response-validation error that hides the vendor's
    code; with this extension the client raises the package's typed API error instead (status,
    vendor code, message, request id), its class chosen from the vendor's code table (``map``:
    code → the HTTP status whose error class it takes, e.g. 401 → ``AuthenticationError``).
    Field paths are split on ``.``."""

    code: tuple[str, ...]
    success: tuple[str, ...]
    message: tuple[str, ...] | None
    request_id: tuple[str, ...] | None
    map: dict[str, int]

    @property
    def table(self) -> dict[str, Any]:
        """The literal the package's ``_envelope.py`` is given (``ENVELOPE = {…}``)."""
        return {
            "code": self.code,
            "success": self.success,
            "message": self.message,
            "request_id": self.request_id,
            "map": dict(self.map),
        }


def error_envelope(document: dict[str, Any]) -> ErrorEnvelope | None:
    """The document's ``x-sdk-error-envelope``, if it has one (``None`` otherwise), parsed from
    a document :func:`validate_extensions` accepted (every document the generator loads is:
    :mod:`.sources`), so it is validated once, where it is read."""
    hint = document.get(ERROR_ENVELOPE)
    if hint is None:
        return None
    return ErrorEnvelope(
        code=tuple(str(hint["code"]).split(".")),
        success=tuple(str(value) for value in hint["success"]),
        message=tuple(str(hint["message"]).split(".")) if "message" in hint else None,
        request_id=tuple(str(hint["request_id"]).split(".")) if "request_id" in hint else None,
        map={str(code): int(status) for code, status in sorted((hint.get("map") or {}).items())},
    )


@dataclass(frozen=True)
class MediaInput:
    """``x-sdk-media-input`` of a string schema: a file given as a URL, a ``data:`` URL or Base64,
    and what the client can check without fetching it. ``unverified`` (the spec's guess) makes a
    broken limit a warning instead of a refusal (see :mod:`generator.normalize.unverified`)."""

    extensions: tuple[str, ...] = ()
    media_types: tuple[str, ...] = ()
    max_bytes: int | None = None
    unverified: bool = False

    @property
    def checks(self) -> dict[str, Any]:
        """The checks as the runtime's rule checker reads them (``_rules._media_problem``)."""
        checks: dict[str, Any] = {}
        if self.extensions:
            checks["extensions"] = list(self.extensions)
        if self.media_types:
            checks["media_types"] = list(self.media_types)
        if self.max_bytes is not None:
            checks["max_bytes"] = self.max_bytes
        return checks


def media_input(schema: dict[str, Any]) -> MediaInput | None:
    """The ``x-sdk-media-input`` of ``schema`` (validated with the document by
    :func:`validate_extensions`), or ``None`` when it has none or it is not an object."""
    hint = schema.get(MEDIA_INPUT)
    if not isinstance(hint, dict):
        return None
    limit = hint.get("max_bytes")
    return MediaInput(
        extensions=tuple(str(e) for e in hint.get("extensions") or ()),
        media_types=tuple(str(m) for m in hint.get("media_types") or ()),
        max_bytes=limit if isinstance(limit, int) and not isinstance(limit, bool) else None,
        unverified=hint.get("x-unverified") is True,
    )
