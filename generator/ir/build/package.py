"""Build the intermediate model (:mod:`generator.ir.model`) from a normalized document.

This is where every naming and typing decision about methods is made: argument names,
their order, which model validates them, how the body is sent and what is returned. This
module walks the operations once and assembles the package; each concern is its own module
beside it (:mod:`.parameters`, :mod:`.bodies`, :mod:`.responses`, :mod:`.jobs`,
:mod:`.webhooks`, :mod:`.auth`, :mod:`.diagnostics`), all sharing one :class:`.BuildContext`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import to_pointer
from generator.ir.auth import choose_auth
from generator.ir.model import JobLink, Operation, Package, Resource
from generator.naming import operation_prefix, pascal_case
from generator.normalize.walk import iter_operations
from generator.schema.rules import collect_rules
from generator.spec.config import SdkConfig
from generator.spec.extensions import (
    JobHint,
    OperationExtensions,
    error_envelope,
    operation_extensions,
    webhook_signature,
)

from .auth import unsent_auth
from .bodies import body, flat_methods
from .context import BuildContext
from .diagnostics import unexpressed
from .jobs import job_status, link_jobs, paging
from .parameters import aliases, parameters
from .responses import returns
from .webhooks import webhooks
from .descriptions import without_alias_notes


def build_operation(
    ctx: BuildContext, path: str, method: str, raw: dict[str, Any], hints: OperationExtensions
) -> Operation:
    resource, name = hints.resource, hints.method
    where = to_pointer(["paths", path, method])
    prefix = operation_prefix(resource, name)
    used: set[str] = set()
    params, params_model = parameters(ctx, raw, resource, prefix, where, used)
    kind, body_params, body_model, body_annotation = body(ctx, raw, prefix, where, used)
    return_annotation, cast_to = returns(ctx, raw, where)
    path_order = {
        segment.strip("{}"): i
        for i, segment in enumerate(path.split("/"))
        if segment.startswith("{")
    }
    all_params = params + body_params
    ordered = (
        sorted(
            [p for p in all_params if p.location == "path"],
            key=lambda p: path_order.get(p.wire_name, 0),
        )
        + [p for p in all_params if p.location != "path" and p.required]
        + [p for p in all_params if p.location != "path" and not p.required]
    )
    return Operation(
        name=name,
        http_method=method.upper(),
        path=path,
        summary=str(raw.get("summary") or ""),
        description=without_alias_notes(str(raw.get("description") or ""), hints.aliases),
        deprecated=bool(raw.get("deprecated")),
        parameters=tuple(ordered),
        params_model=params_model,
        body_kind=kind,
        body_model=body_model,
        body_annotation=body_annotation,
        return_annotation=return_annotation,
        cast_to=cast_to,
        job_status=job_status(ctx, hints.job_status, raw, where),
        aliases=aliases(ctx, hints.aliases, all_params, used),
        paging=paging(ctx, hints.pagination, raw, params, where),
        idempotency_header=next(
            (
                p.wire_name
                for p in params
                if p.location == "header" and p.wire_name.lower() == "idempotency-key"
            ),
            None,
        ),
    )


def build_package(
    document: dict[str, Any],
    config: SdkConfig,
    name: str,
    file: Path,
    source: dict[str, Any] | None = None,
) -> Package:
    """The intermediate model of one package from its normalized document; ``source`` is the
    document as written (default: the normalized one), which warnings point into."""
    ctx = BuildContext(document, config, name, file, source)
    grouped: dict[str, list[Operation]] = {}
    links: dict[tuple[str, str], tuple[JobHint, str]] = {}
    tag_of: dict[str, str] = {}
    raw_operations: list[dict[str, Any]] = []
    for path, method, raw in iter_operations(document):
        raw_operations.append(raw)
        where = to_pointer(["paths", path, method])
        hints = operation_extensions(raw, file, where)
        resource = hints.resource
        operation = build_operation(ctx, path, method, raw, hints)
        unexpressed(ctx, path, method, document["paths"][path], raw)
        variants = [operation, *flat_methods(ctx, hints.flat_methods, operation)]
        grouped.setdefault(resource, []).extend(variants)
        if hints.job is not None:
            for variant in variants:
                links[(resource, variant.name)] = (hints.job, where)
        if raw.get("tags"):
            tag_of.setdefault(resource, str(raw["tags"][0]))
    link_jobs(ctx, grouped, links)
    tags = {
        str(t.get("name")): str(t.get("description") or "")
        for t in document.get("tags") or []
        if isinstance(t, dict)
    }
    resources = [
        _resource(attribute, grouped[attribute], tags.get(tag_of.get(attribute, ""), ""))
        for attribute in sorted(grouped)
    ]
    auth = choose_auth(document, raw_operations)
    unsent_auth(ctx, auth, raw_operations)
    info = document.get("info") or {}
    key_env = config.api_key_env
    return Package(
        name=name,
        package_name=config.package_name,
        distribution_name=config.distribution_name,
        version=config.version,
        description=config.description,
        client_class=config.client_class,
        async_client_class=config.async_client_class,
        api_key_env=key_env,
        base_url_env=config.base_url_env,
        base_url=config.base_url,
        auth=auth,
        error_base=config.client_class + "Error",
        homepage=config.homepage,
        title=str(info.get("title") or config.client_class + " API"),
        api_version=str(info.get("version") or ""),
        resources=tuple(resources),
        extra_schemas=dict(sorted(ctx.extra_schemas.items())),
        rules=collect_rules({**ctx.components, **ctx.extra_schemas}, ctx.warnings),
        webhooks=webhooks(ctx),
        webhook_signature=webhook_signature(document, file),
        envelope=error_envelope(document),
        warnings=tuple(ctx.warnings),
        log_env=config.log_env,
        cli_name=config.cli_name,
    )


def _resource(attribute: str, operations: list[Operation], tag_description: str) -> Resource:
    """``client.<attribute>``: its operations, described by their first tag's description."""
    class_base = pascal_case(attribute)
    polled: list[JobLink] = [
        op.job for op in operations if op.job is not None and op.job.poll_module != attribute
    ]
    return Resource(
        attribute=attribute,
        module=attribute,
        class_name=class_base + "Resource",
        async_class_name="Async" + class_base + "Resource",
        docstring=tag_description or f"Operations on {attribute.replace('_', ' ')}.",
        operations=tuple(operations),
        imports=tuple(
            sorted({(job.poll_module, job.poll_class, job.poll_async_class) for job in polled})
        ),
    )
