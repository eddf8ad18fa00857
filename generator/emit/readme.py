"""Usage examples for a package's README, chosen from its intermediate model.

Examples call real methods of the package with plausible arguments, so the README shows the
vendor's own operations rather than placeholders.
"""

from __future__ import annotations

import ast
import json
import re
import shlex
import textwrap
from dataclasses import dataclass, field
from typing import Any

from generator.ir.model import Operation, Package, Parameter

from .cli_table import command_name
from .textsafe import pyrepr

_PLAIN = re.compile(r"[\w .,:/@+=-]{1,60}")


@dataclass(frozen=True)
class Step:
    """One short step of the README's Jobs section: a title, a sentence or two, one example."""

    title: str
    text: str
    lines: list[str]

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "text",
            textwrap.fill(self.text, 100, break_long_words=False, break_on_hyphens=False),
        )


@dataclass(frozen=True)
class Examples:
    call: list[str]  # one call and a print
    jobs: list[Step]  # start a job, follow it, resume it, handle failure, download the results
    pagination: list[str]
    webhooks: list[str]  # a complete handler, runnable as printed
    uploads: list[str]  # an upload from a file path
    bodies: list[str]  # a job started with a whole request body (a union of shapes)
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
        lines.append(
            f"{package.cli_name} {command_name(_resource(package, starter))} {command_name(starter.name)} {arguments} --wait --download out/"
        )
    status_resource = next((r for r in package.resources if r.status_operation is not None), None)
    lists = [op for op in package.operations if op.paging is not None and not op.path_params]
    listing = next(
        (op for op in lists if status_resource is not None and op in status_resource.operations),
        lists[0] if lists else None,
    )
    if listing is not None:
        limit = next(
            (p for p in listing.parameters if p.name == "limit" and p.annotation.startswith("int")),
            None,
        )
        lines.append(
            f"{package.cli_name} {command_name(_resource(package, listing))} {command_name(listing.name)}"
            + (" --limit 5" if limit else "")
        )
    status = next(
        (r.status_operation for r in package.resources if r.status_operation is not None), None
    )
    if status is not None and len(status.path_params) == 1:
        lines.append(
            f"{package.cli_name} {command_name(_resource(package, status))} {command_name(status.name)} JOB_ID --json"
        )
    return lines


def _value(param: Parameter) -> str:
    """A value the spec names for the argument, else a placeholder of its type."""
    if param.example is not None:
        return param.example
    annotation = param.annotation
    if annotation.startswith("str") or annotation.startswith("models."):
        return (
            '"https://example.com/input.png"'
            if param.name.endswith("url")
            else '"a lighthouse at dawn, 35mm"'
        )
    return {"int": "1", "float": "1.0", "bool": "True"}.get(annotation.split(" ")[0], "...")


def _arguments(op: Operation) -> str:
    positional = [_value(p) for p in op.path_params]
    keywords = [f"{p.name}={_value(p)}" for p in op.keyword_params if p.required]
    return ", ".join(positional + keywords)


def _resource(package: Package, op: Operation) -> str:
    return next(r.attribute for r in package.resources if op in r.operations)


def _id_expression(variable: str, path: str) -> str | None:
    """``created.data.task_id`` for the dotted id path ``data.task_id`` (``*`` is the first item)."""
    text = variable
    for part in path.split("."):
        if part == "*":
            text += "[0]"
        elif part.isidentifier():
            text += "." + part
        else:
            return None
    return text


def _job_steps(package: Package, starter: Operation) -> list[Step]:
    assert starter.job is not None
    resource = _resource(package, starter)
    poller = next(r for r in package.resources if r.attribute == starter.job.poll_module)
    arguments = _arguments(starter)
    name = "jobs" if starter.job.multiple else "job"
    finished = "jobs[0]" if starter.job.multiple else "job"
    call = f"client.{resource}.{starter.name}_and_wait"
    steps = [
        Step(
            "Start a job and wait for it",
            f"`{starter.name}_and_wait` starts the job and polls until it ends; the vendor's statuses are mapped "
            "onto one lifecycle (`queued`, `running`, `succeeded`, `failed`, `canceled`). `wait_timeout` is one "
            "deadline in seconds for the whole wait, which every poll keeps to.",
            [f"{name} = {call}({arguments}, wait_timeout=600)", f"print({finished})"],
        ),
        Step(
            "Follow its progress",
            "`on_progress(job, state)` is called after every poll. Polling slows down for long jobs, and a poll "
            "that fails for a passing reason (the API unreachable, 408, 429, a 5xx) is repeated until the "
            "deadline: a status request is free.",
            [f"{name} = {call}({arguments}, on_progress=lambda job, state: print(state))"],
        ),
        Step(
            "Keep the job ids",
            "`on_created(job_ids)` receives the ids before any wait: store them if this process may be killed. "
            "Any exception that ends the call once a job exists carries them too (`job_ids`), so a paid job is "
            "never lost.",
            [f'{name} = {call}({arguments}, on_created=lambda job_ids: print("started", job_ids))'],
        ),
    ]
    created_id = _id_expression("created", starter.job.id_path)
    if created_id is not None:
        steps.append(
            Step(
                "Start now, wait later",
                f"`wait(id)` follows a job you already have, for instance one started by `{starter.name}` in another "
                "process.",
                [
                    f"created = client.{resource}.{starter.name}({arguments})",
                    f"job = client.{poller.attribute}.wait({created_id})",
                ],
            )
        )
    steps.append(
        Step(
            "When a job does not succeed",
            "A failed job raises `JobFailedError` (with the vendor's error details), a canceled one "
            "`JobCanceledError`. Past the deadline `JobTimeoutError` carries the job id: the job goes on running "
            "on the server, nothing is submitted again, and `wait()` picks it up later.",
            [
                f"from {package.package_name} import JobFailedError, JobTimeoutError",
                "",
                "try:",
                f"    {name} = {call}({arguments}, wait_timeout=600)",
                "except JobFailedError as error:",
                '    print("failed:", error.job_id, error)',
                "except JobTimeoutError as error:",
                '    print("still running:", error.job_id)',
            ],
        )
    )
    steps.append(
        Step(
            "Download the results",
            "Result files are streamed to disk under names no file in the folder has yet (`result-1.png` after "
            "`result.png`); the API key is only ever sent to the API's own host.",
            [
                f'paths = client.{poller.attribute}.download_results({finished}, "out/")',
                "print(paths)",
            ],
        )
    )
    return steps


def _webhooks(package: Package) -> list[str]:
    """A complete handler a web framework's route can call: it runs as printed."""
    if not package.webhooks:
        return []
    head = [f"from {package.package_name} import {package.client_class}"]
    if package.webhook_signature:
        head.append(f"from {package.package_name}.webhooks import WebhookVerificationError")
        return [
            *head,
            "",
            f"client = {package.client_class}()",
            "",
            "",
            "def handle_delivery(raw_body: bytes, headers: dict[str, str]) -> int:",
            '    """Call from your webhook route with the raw request body and headers; answer with the',
            '    status it returns."""',
            "    try:",
            f"        event = client.webhooks.unwrap(raw_body, headers)  # secret: {package.webhook_secret_env}",
            "    except WebhookVerificationError:",
            "        return 400  # not signed with your secret, or too old: ignore it",
            "    print(event)",
            "    return 200",
        ]
    return [
        *head,
        "",
        f"client = {package.client_class}()",
        "",
        "",
        "def handle_delivery(raw_body: bytes) -> int:",
        '    """Call from your webhook route with the raw request body; answer with the status it',
        '    returns. Unsigned: confirm what a delivery says with the API before acting on it."""',
        "    event = client.webhooks.unwrap(raw_body)",
        "    print(event)",
        "    return 200",
    ]


def _uploads(package: Package) -> list[str]:
    op = next(
        (
            op
            for op in package.operations
            if any(p.location == "file" and p.required for p in op.parameters)
        ),
        None,
    )
    if op is None:
        return []
    files = [p for p in op.parameters if p.location == "file" and p.required]
    others = [
        f"{p.name}={_value(p)}" for p in op.keyword_params if p.required and p.location != "file"
    ]
    arguments = ", ".join([*(f'{p.name}=Path("photo.png")' for p in files), *others])
    return [
        "from pathlib import Path",
        "",
        f"uploaded = client.{_resource(package, op)}.{op.name}({arguments})  # a path is streamed; bytes or a file object work too",
        "print(uploaded)",
    ]


def _sample(schema: Any, components: dict[str, Any], name: str = "", depth: int = 0) -> Any:
    """A small valid value of ``schema``: required fields only, the first variant of a union."""
    if depth > 12 or not isinstance(schema, dict):
        return None
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return _sample(components.get(ref.rsplit("/", 1)[1]), components, name, depth + 1)
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return _sample(schema[key][0], components, name, depth + 1)
    enum = schema.get("enum")
    named: list[Any] = (
        [schema["const"]] if "const" in schema else enum if isinstance(enum, list) else []
    )
    for value in named:  # a spec's own value, when it is plain text (it is printed in a code block)
        if not isinstance(value, str) or _PLAIN.fullmatch(value):
            return value
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {
            key: _sample(properties.get(key), components, key, depth + 1)
            for key in schema.get("required") or []
            if isinstance(key, str)
        }
    if kind == "array":
        return [
            _sample(schema.get("items"), components, name, depth + 1)
            for _ in range(max(1, int(schema.get("minItems") or 1)))
        ]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if schema.get("format") == "uri" or name.endswith(("url", "urls")):
        return "https://example.com/input.png"
    return "my-style" if name == "name" else "a lighthouse at dawn, 35mm"


def _bodies(package: Package, normalized: dict[str, Any]) -> list[str]:
    """A job started with a whole request body (a union of shapes, e.g. Krea's ``styles.train``)."""
    components = (normalized.get("components") or {}).get("schemas") or {}
    for op in package.operations:
        body = next((p for p in op.parameters if p.location == "whole_body"), None)
        if (
            op.job is None
            or op.body_kind != "whole_json"
            or body is None
            or not body.annotation.startswith("models.")
        ):
            continue
        value = _sample(
            components.get(body.annotation.split(" ")[0].removeprefix("models.")), components
        )
        if isinstance(value, dict) and value:
            name = "jobs" if op.job.multiple else "job"
            return [
                f"{name} = client.{_resource(package, op)}.{op.name}_and_wait(body={pyrepr(value)})",
                f"print({name})",
            ]
    return []


def examples(package: Package, normalized: dict[str, Any] | None = None) -> Examples:
    posts = [
        op
        for op in package.operations
        if op.http_method == "POST" and op.body_kind in ("json", "envelope")
    ]
    prompted = [op for op in posts if any(p.name == "prompt" and p.required for p in op.parameters)]
    reads = [op for op in package.operations if op.http_method == "GET" and not op.path_params]
    candidates = prompted + posts + reads
    call: list[str] = []
    if candidates:
        op = candidates[0]
        call = [
            f"result = client.{_resource(package, op)}.{op.name}({_arguments(op)})",
            "print(result)",
        ]
    starter = next((op for op in prompted + posts if op.job is not None), None)
    jobs = _job_steps(package, starter) if starter is not None else []
    progress: list[str] = []
    if starter is not None and starter.job is not None:
        poller = next(r for r in package.resources if r.attribute == starter.job.poll_module)
        finished = "jobs[0]" if starter.job.multiple else "job"
        progress = [
            f"{'jobs' if starter.job.multiple else 'job'} = client.{_resource(package, starter)}.{starter.name}_and_wait({_arguments(starter)}, progress=True)",
            f"paths = client.{poller.attribute}.download_results(",
            f"    {finished},",
            '    "out/",',
            '    on_progress=lambda received, total: print(received, "of", total or "?", "bytes"),',
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
    return Examples(
        call=call,
        jobs=jobs,
        pagination=pagination,
        webhooks=_webhooks(package),
        uploads=_uploads(package),
        bodies=_bodies(package, normalized or {}),
        progress=progress,
        cli=_cli(package, starter),
    )
