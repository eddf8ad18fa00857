"""Jobs and pages: the status operation (``x-sdk-job-status``), the operations that start a
job and the status operation that follows it (``x-sdk-job``), and auto-pagination
(``x-sdk-pagination``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.errors import SpecError
from generator.ir.annotations import annotation
from generator.ir.model import JobLink, Operation, Paging, Parameter
from generator.naming import pascal_case, safe_identifier
from generator.spec.extensions import JobHint, JobStatus, Pagination

from .context import BuildContext


def job_status(
    ctx: BuildContext, status: JobStatus | None, raw: dict[str, Any], where: str
) -> JobStatus | None:
    """``x-sdk-job-status``, on an operation that can be asked about one job."""
    if status is not None and not any(p.get("in") == "path" for p in raw.get("parameters") or []):
        raise SpecError(
            ctx.file,
            where + "/x-sdk-job-status",
            "the status operation needs a path parameter holding the job id",
        )
    return status


def paging(
    ctx: BuildContext,
    hint: Pagination | None,
    raw: dict[str, Any],
    params: list[Parameter],
    where: str,
) -> Paging | None:
    if hint is None:
        return None
    wire = hint.position_param
    param = next((p for p in params if p.wire_name == wire and p.location == "query"), None)
    if param is None:
        ctx.warnings.append(
            f"{ctx.file}#{where}/x-sdk-pagination: {raw.get('x-sdk-resource')}.{raw.get('x-sdk-method')} has no query parameter {wire!r}; generated without auto-pagination (…_pages(), …_all())"
        )
        return None
    schema: Any = None
    for status, response in (raw.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(response, dict):
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            break
    for name in hint.items:
        target = ctx.resolve(schema)
        schema = (target.get("properties") or {}).get(name) if isinstance(target, dict) else None
    target = ctx.resolve(schema)
    item = annotation(target.get("items")) if isinstance(target, dict) else "Any"
    return Paging(
        style=hint.style,
        position_param=param.name,
        items=tuple(safe_identifier(n, avoid_builtins=False) for n in hint.items),
        next_cursor=hint.next_cursor,
        item_annotation=item,
    )


def link_jobs(
    ctx: BuildContext,
    grouped: dict[str, list[Operation]],
    links: dict[tuple[str, str], tuple[JobHint, str]],
) -> None:
    """Point every job-starting operation at the status operation it names in ``x-sdk-job``."""
    by_name = {(resource, op.name): op for resource, ops in grouped.items() for op in ops}
    for resource, ops in grouped.items():
        for index, op in enumerate(ops):
            link = links.get((resource, op.name))
            if link is None:
                continue
            hint, where = link
            poll_resource = hint.poll_resource
            status_op = by_name.get((poll_resource, hint.poll_method))
            if status_op is None or not status_op.job_status:
                raise SpecError(
                    ctx.file,
                    where + "/x-sdk-job/poll",
                    f"{hint.poll!r} is not an operation with x-sdk-job-status",
                )
            id_path = hint.id_path
            pascal = pascal_case(poll_resource)
            ops[index] = replace(
                op,
                job=JobLink(
                    poll_module=poll_resource,
                    poll_class=pascal + "Resource",
                    poll_async_class="Async" + pascal + "Resource",
                    id_path=id_path,
                    multiple="*" in id_path.split("."),
                    result_annotation=status_op.return_annotation,
                ),
            )
