"""Usage examples for a package's README, chosen from its intermediate model.

Examples call real methods of the package with plausible arguments, so the README shows the
vendor's own operations rather than placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.model import Operation, Package, Parameter


@dataclass(frozen=True)
class Examples:
    call: list[str]  # one call and a print
    jobs: list[str]  # start a job, wait for it, download the results
    pagination: list[str]
    webhooks: list[str]


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
    return Examples(call=call, jobs=jobs, pagination=pagination, webhooks=webhooks)
