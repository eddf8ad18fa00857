"""Usage examples for a package's README, chosen from its intermediate model.

Examples call real methods of the package with plausible arguments, so the README shows the
vendor's own operations rather than placeholders.
"""

from __future__ import annotations

import ast
import json
import shlex
from dataclasses import dataclass, field

from generator.ir.model import Operation, Package, Parameter

from .cli_table import command_name


@dataclass(frozen=True)
class Examples:
    call: list[str]  # one call and a print
    jobs: list[str]  # start a job, wait for it, download the results
    pagination: list[str]
    webhooks: list[str]
    progress: list[str] = field(default_factory=list)  # a wait and a download with progress
    cli: list[str] = field(default_factory=list)  # shell lines of the command line


def _shell_value(param: Parameter) -> str | None:
    """The example value of ``param`` as one shell word (``None``: no plain value to show)."""
    try:
        value = ast.literal_eval(_value(param))
    except (ValueError, SyntaxError):
        return None
    if isinstance(value, str):
        return shlex.quote(value)
    if isinstance(value, bool) or value is None:
        return None
    return shlex.quote(json.dumps(value)) if isinstance(value, (list, dict)) else str(value)


def _cli_arguments(op: Operation) -> str | None:
    words = []
    for param in op.parameters:
        if not param.required or param.fixed:
            continue
        value = _shell_value(param)
        if value is None:
            return None
        words.append(value if param.positional else f"--{command_name(param.name)} {value}")
    return " ".join(words)


def _cli(package: Package, starter: Operation | None) -> list[str]:
    """``krea images flux-1-dev --prompt … --wait --download out/``, a list and a status call."""
    lines = [f"{package.cli_name} --help"]
    arguments = _cli_arguments(starter) if starter is not None else None
    if starter is not None and arguments is not None:
        lines.append(f"{package.cli_name} {command_name(_resource(package, starter))} {command_name(starter.name)} {arguments} --wait --download out/")
    status_resource = next((r for r in package.resources if r.status_operation is not None), None)
    lists = [op for op in package.operations if op.paging is not None and not op.path_params]
    listing = next((op for op in lists if status_resource is not None and op in status_resource.operations), lists[0] if lists else None)
    if listing is not None:
        limit = next((p for p in listing.parameters if p.name == "limit" and p.annotation.startswith("int")), None)
        lines.append(f"{package.cli_name} {command_name(_resource(package, listing))} {command_name(listing.name)}" + (" --limit 5" if limit else ""))
    status = next((r.status_operation for r in package.resources if r.status_operation is not None), None)
    if status is not None and len(status.path_params) == 1:
        lines.append(f"{package.cli_name} {command_name(_resource(package, status))} {command_name(status.name)} JOB_ID --json")
    return lines


def _value(param: Parameter) -> str:
    """A value the spec names for the argument, else a placeholder of its type."""
    if param.example is not None:
        return param.example
    annotation = param.annotation
    if annotation.startswith("str") or annotation.startswith("models."):
        return '"https://example.com/input.png"' if param.name.endswith("url") else '"a lighthouse at dawn, 35mm"'
    return {"int": "1", "float": "1.0", "bool": "True"}.get(annotation.split(" ")[0], "...")


def _arguments(op: Operation) -> str:
    positional = [_value(p) for p in op.path_params]
    keywords = [f"{p.name}={_value(p)}" for p in op.keyword_params if p.required]
    return ", ".join(positional + keywords)


def _resource(package: Package, op: Operation) -> str:
    return next(r.attribute for r in package.resources if op in r.operations)


def examples(package: Package) -> Examples:
    posts = [op for op in package.operations if op.http_method == "POST" and op.body_kind in ("json", "envelope")]
    prompted = [op for op in posts if any(p.name == "prompt" and p.required for p in op.parameters)]
    reads = [op for op in package.operations if op.http_method == "GET" and not op.path_params]
    candidates = prompted + posts + reads
    call: list[str] = []
    if candidates:
        op = candidates[0]
        call = [f"result = client.{_resource(package, op)}.{op.name}({_arguments(op)})", "print(result)"]
    jobs: list[str] = []
    starter = next((op for op in prompted + posts if op.job is not None), None)
    if starter is not None and starter.job is not None:
        poller = next(r for r in package.resources if r.attribute == starter.job.poll_module)
        finished = "jobs[0]" if starter.job.multiple else "job"
        jobs = [
            f"{'jobs' if starter.job.multiple else 'job'} = client.{_resource(package, starter)}.{starter.name}_and_wait(",
            f"    {_arguments(starter)},",
            "    wait_timeout=600,  # seconds; JobTimeoutError carries the job id if it runs longer",
            "    on_progress=lambda job, state: print(state),  # queued, running, succeeded…",
            ")",
            f"paths = client.{poller.attribute}.download_results({finished}, \"out/\")  # streamed to disk",
        ]
    progress: list[str] = []
    if starter is not None and starter.job is not None:
        poller = next(r for r in package.resources if r.attribute == starter.job.poll_module)
        finished = "jobs[0]" if starter.job.multiple else "job"
        progress = [
            f"{'jobs' if starter.job.multiple else 'job'} = client.{_resource(package, starter)}.{starter.name}_and_wait({_arguments(starter)}, progress=True)",
            f"paths = client.{poller.attribute}.download_results(",
            f"    {finished},",
            '    "out/",',
            "    on_progress=lambda received, total: print(received, \"of\", total or \"?\", \"bytes\"),",
            "    progress=True,  # and a bar per file on the terminal",
            ")",
            "print(paths)",
        ]
    pagination: list[str] = []
    paged = next((op for op in package.operations if op.paging is not None), None)
    if paged is not None:
        pagination = [
            f"for item in client.{_resource(package, paged)}.{paged.name}_all():  # every page, fetched lazily",
            "    print(item)",
        ]
    webhooks: list[str] = []
    if package.webhooks:
        if package.webhook_signature:
            webhooks = [
                "# In your web framework's handler, with the raw body and the headers:",
                f"event = client.webhooks.unwrap(raw_body, headers, secret=signing_secret)  # or {package.webhook_secret_env}",
            ]
        else:
            webhooks = [
                "# The vendor documents no signature: confirm what a delivery says with the API.",
                "event = client.webhooks.unwrap(raw_body)",
            ]
    return Examples(call=call, jobs=jobs, pagination=pagination, webhooks=webhooks, progress=progress, cli=_cli(package, starter))
