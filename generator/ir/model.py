"""The intermediate model: what the templates lay out, with every decision already made.

Templates read only these dataclasses; every name here is a safe identifier and every string
that came from the spec is plain data that the renderer escapes for its context.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.spec.extensions import ErrorEnvelope, JobStatus, WebhookSignature

# Where an argument goes: a parameter's location, a body field ("body"), a file of a multipart
# body ("file"), the whole JSON body ("whole_body") or raw bytes ("raw"), or a field sent beside a
# flat method's envelope ("envelope").
Location = Literal[
    "path", "query", "header", "cookie", "body", "file", "whole_body", "raw", "envelope"
]
# How a request body is sent; "envelope": a flat method's arguments inside ``x-sdk-flat-methods``'
# envelope.
BodyKind = Literal["none", "json", "multipart", "form", "whole_json", "raw", "envelope"]

# OpenAPI's ``(style, explode)`` when a parameter says nothing, per location (the generated
# runtime's ``_params`` assumes the same).
DEFAULT_SERIALIZATION = {
    "query": ("form", True),
    "cookie": ("form", True),
    "path": ("simple", False),
    "header": ("simple", False),
}

# Names a generated resource module imports for its signatures' annotations: no argument
# (ir.build) and no generated class of the module (emit.lean) may take them.
SIGNATURE_NAMES = frozenset(
    {
        "Any",
        "Literal",
        "RequestOptions",
        "NotGiven",
        "Headers",
        "Query",
        "Body",
        "Timeout",
        "FileInput",
    }
)


@dataclass(frozen=True)
class Parameter:
    """One argument of a generated method."""

    name: str  # Python identifier
    wire_name: str  # name on the wire (query/header/path parameter or body property)
    location: Location
    annotation: str  # Python type expression, models referenced as ``models.X``
    required: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    deprecated: bool = False
    fixed: bool = (
        False  # a required ``const``: the argument defaults to ``default`` and is always sent
    )
    style: str = (
        ""  # OpenAPI ``style`` of a path/query/header/cookie parameter; "json" for ``content``
    )
    explode: bool = False
    example: str | None = None  # a value the spec names, as a Python literal (usage examples)

    @property
    def positional(self) -> bool:
        return self.location == "path"


@dataclass(frozen=True)
class JobLink:
    """How to follow the job(s) an operation starts: ``<poll_class>.wait(id)`` for each id."""

    poll_module: str
    poll_class: str
    poll_async_class: str
    id_path: str
    multiple: bool
    result_annotation: str  # what ``wait`` returns


@dataclass(frozen=True)
class Paging:
    """How a list operation is followed page by page (``x-sdk-pagination``)."""

    style: Literal["cursor", "page"]
    position_param: str  # Python name of the cursor / page-number argument
    items: tuple[str, ...]  # attribute path from the page to the list of items
    next_cursor: str | None
    item_annotation: str


@dataclass(frozen=True)
class DeprecatedAlias:
    """An old argument name the API still documents; mapped onto its replacement with a warning."""

    name: str  # Python name of the old argument
    wire_name: str  # the old name on the wire
    target: str  # Python name of the argument that replaces it
    target_wire: str
    annotation: str
    sunset_date: str
    migration_url: str


@dataclass(frozen=True)
class Operation:
    """One HTTP operation, rendered as one sync and one async method."""

    name: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]
    params_model: str | None  # validates path/query/header/cookie arguments
    body_kind: BodyKind
    body_model: str | None  # validates body arguments
    body_annotation: str | None  # the type of the single body argument of "whole_json"
    return_annotation: str
    cast_to: str  # runtime type expression passed to the client
    envelope: Any = None  # body template with "$params" where the validated arguments go
    envelope_model: str | None = (
        None  # validates the whole envelope when it has arguments of its own
    )
    job_status: JobStatus | None = None  # this operation reports a job's status
    job: JobLink | None = None  # this operation starts job(s)
    paging: Paging | None = None
    aliases: tuple[DeprecatedAlias, ...] = ()
    idempotency_header: str | None = None  # generated once per call when the caller gives none

    def at(self, *locations: str) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location in locations)

    @property
    def path_params(self) -> tuple[Parameter, ...]:
        return self.at("path")

    @property
    def keyword_params(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if not p.positional)

    @property
    def validated_params(self) -> tuple[Parameter, ...]:
        return self.at("path", "query", "header", "cookie")

    @property
    def body_params(self) -> tuple[Parameter, ...]:
        return self.at("body")

    @property
    def envelope_params(self) -> tuple[Parameter, ...]:
        """Fields of a flat method's envelope beside the ones its template fixes (Vtrix's
        ``moderation`` next to ``model`` and ``input``)."""
        return self.at("envelope")

    @property
    def file_params(self) -> tuple[Parameter, ...]:
        return self.at("file")

    @property
    def forwarded_arguments(self) -> str:
        """``a, b=b, c=c`` — the call that passes every argument of this method on unchanged."""
        positional = [p.name for p in self.path_params]
        keywords = [f"{p.name}={p.name}" for p in self.keyword_params]
        return ", ".join(positional + keywords)

    def forwarded_except(self, name: str, value: str) -> str:
        """Like :attr:`forwarded_arguments`, with argument ``name`` set to ``value``."""
        positional = [p.name for p in self.path_params]
        keywords = [f"{p.name}={value if p.name == name else p.name}" for p in self.keyword_params]
        return ", ".join(positional + keywords)

    def renames(self, params: tuple[Parameter, ...]) -> dict[str, str]:
        """Argument key (the wire name, see :meth:`argument_key`) → Python name, for the
        arguments whose names differ (error messages)."""
        keys = [(self.argument_key(p), p.name) for p in params]
        return {key: name for key, name in keys if key != name}

    def argument_key(self, parameter: Parameter) -> str:
        """The key of an argument in the validated arguments and in the operation's params
        model: its wire name, or for a path/query/header/cookie parameter whose wire name another
        location uses too (``id`` in the query and in a header), its Python name."""
        if parameter.location not in ("path", "query", "header", "cookie"):
            return parameter.wire_name
        shared = sum(p.wire_name == parameter.wire_name for p in self.validated_params) > 1
        return parameter.name if shared else parameter.wire_name

    def picked(self, location: str) -> tuple[str, ...] | dict[str, str]:
        """What ``pick`` takes to send the validated arguments of one location: their wire
        names, or ``{argument key: wire name}`` when some key is not the wire name."""
        params = self.at(location)
        if all(self.argument_key(p) == p.wire_name for p in params):
            return tuple(p.wire_name for p in params)
        return {self.argument_key(p): p.wire_name for p in params}

    def forwarded_without(self, name: str) -> str:
        """The forwarding call without argument ``name``, ending in ``", "`` when not empty."""
        positional = [p.name for p in self.path_params]
        keywords = [f"{p.name}={p.name}" for p in self.keyword_params if p.name != name]
        return "".join(part + ", " for part in positional + keywords)

    @property
    def whole_body_name(self) -> str:
        """The argument holding the request body when it is not split into fields."""
        return next((p.name for p in self.parameters if p.location in ("whole_body", "raw")), "")

    @property
    def whole_body_optional(self) -> bool:
        return any(p.location in ("whole_body", "raw") and not p.required for p in self.parameters)

    def wire_names(self, location: str) -> tuple[str, ...]:
        return tuple(p.wire_name for p in self.parameters if p.location == location)

    @property
    def param_styles(self) -> dict[tuple[str, str], tuple[str, bool]]:
        """``(location, wire name) → (style, explode)`` of the parameters whose serialization is
        not their location's default (the runtime assumes the defaults for the rest)."""
        return {
            (p.location, p.wire_name): (p.style, p.explode)
            for p in self.parameters
            if p.location in DEFAULT_SERIALIZATION
            and p.style
            and (p.style, p.explode) != DEFAULT_SERIALIZATION[p.location]
        }

    @property
    def path_styles(self) -> dict[tuple[str, str], tuple[str, bool]]:
        return {key: value for key, value in self.param_styles.items() if key[0] == "path"}


@dataclass(frozen=True)
class Resource:
    """A group of operations: ``client.<attribute>``."""

    attribute: str
    module: str
    class_name: str
    async_class_name: str
    docstring: str
    operations: tuple[Operation, ...]
    imports: tuple[tuple[str, str, str], ...] = ()  # (module, class, async class) of pollers used

    @property
    def method_names(self) -> tuple[str, ...]:
        """The methods that are one API call each (what ``with_raw_response`` offers)."""
        return tuple(sorted(op.name for op in self.operations))

    @property
    def status_operation(self) -> Operation | None:
        """The operation ``wait()`` polls, when this resource reports job status."""
        return next((op for op in self.operations if op.job_status), None)


@dataclass(frozen=True)
class Webhook:
    """One callback the API sends (OpenAPI 3.1 ``webhooks``), parsed into a typed payload."""

    name: str  # the spec's name, e.g. "generation.completed"
    function: str  # parse function name, e.g. "parse_generation_completed"
    annotation: str
    runtime_type: str
    description: str


@dataclass(frozen=True)
class ClientVariant:
    """The sync or the async flavour of the client, as the templates need it."""

    class_name: str
    base: str
    http_client: str
    docstring: str
    is_async: bool
    resources: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class Auth:
    """How the client sends its one credential (chosen by :mod:`generator.ir.auth`)."""

    location: Literal["header", "query", "cookie"]
    name: str  # the header, query parameter or cookie
    prefix: str  # "Bearer ", "Basic " or ""
    basic: bool  # the key is "user:password", sent base64-encoded (HTTP basic)
    required: bool  # False: the API can be called without a credential

    @property
    def wire(self) -> str:
        """What the client sends, for warnings and docs."""
        if self.basic:
            return "HTTP basic authentication (`api_key` is `user:password`)"
        if self.location == "header":
            return f"`{self.name}: {self.prefix}<api key>`"
        return f"the {'query parameter' if self.location == 'query' else 'cookie'} `{self.name}=<api key>`"

    @property
    def requirement(self) -> str:
        """Whether the client needs a key and how it is sent, in words (for docstrings and the
        README: no markup, spec names quoted)."""
        need = "required" if self.required else "optional (the API also allows calls without one)"
        if self.basic:
            return f"{need}; sent with HTTP basic authentication, as user:password"
        if self.location == "header":
            after = f" after {self.prefix.strip()!r}" if self.prefix else ""
            return f"{need}; sent in the {self.name!r} header{after}"
        if self.location == "query":
            return f"{need}; sent as the query parameter {self.name!r} (so it is part of request URLs, and of their logs)"
        return f"{need}; sent as the cookie {self.name!r}"

    @property
    def requirement_sentence(self) -> str:
        """:attr:`requirement` as a sentence, for the ``api_key`` argument's docs."""
        return self.requirement[0].upper() + self.requirement[1:] + "."


@dataclass(frozen=True)
class Package:
    """Everything rendered into one generated package."""

    name: str  # provider name (folder under generated/)
    package_name: str
    distribution_name: str
    version: str
    description: str
    client_class: str
    async_client_class: str
    api_key_env: str
    base_url_env: str
    base_url: str
    auth: Auth
    error_base: str
    homepage: str | None
    title: str
    api_version: str
    resources: tuple[Resource, ...]
    extra_schemas: dict[str, Any] = field(default_factory=dict)  # synthesized argument models
    rules: dict[str, Any] = field(default_factory=dict)  # model name → cross-field rules
    webhooks: tuple[Webhook, ...] = ()
    webhook_signature: WebhookSignature | None = None  # x-sdk-webhook-signature
    envelope: ErrorEnvelope | None = None  # x-sdk-error-envelope

    @property
    def has_idempotency_keys(self) -> bool:
        return any(op.idempotency_header for op in self.operations)

    @property
    def webhook_secret_env(self) -> str:
        return self.base_url_env.replace("_BASE_URL", "_WEBHOOK_SECRET")

    @property
    def webhook_event_annotation(self) -> str:
        unique = list(dict.fromkeys(w.annotation for w in self.webhooks))
        return " | ".join(unique) if unique else "Any"

    warnings: tuple[str, ...] = ()
    log_env: str = ""  # switches the package's console logging on (``info`` / ``debug``)
    cli_name: str = ""  # the console script

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for resource in self.resources for op in resource.operations)

    @property
    def client_variants(self) -> tuple[ClientVariant, ...]:
        def resources(is_async: bool) -> tuple[dict[str, str], ...]:
            return tuple(
                {
                    "attribute": r.attribute,
                    "module": r.module,
                    "class_name": r.async_class_name if is_async else r.class_name,
                    "docstring": r.docstring,
                }
                for r in self.resources
            )

        return (
            ClientVariant(
                self.client_class,
                "SyncAPIClient",
                "httpx.Client",
                f"Synchronous client of the {self.title}.",
                False,
                resources(False),
            ),
            ClientVariant(
                self.async_client_class,
                "AsyncAPIClient",
                "httpx.AsyncClient",
                f"Asynchronous client of the {self.title}.",
                True,
                resources(True),
            ),
        )
