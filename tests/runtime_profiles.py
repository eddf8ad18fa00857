"""What the runtime tests need to know about each vendor: how to start a job, what the server
answers, how statuses are spelled, what an error looks like. One profile per package."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

CREATED_AT = "2026-01-01T00:00:00Z"


@dataclass(frozen=True)
class Profile:
    name: str
    package: str
    client_class: str
    env: str
    create_path: str  # path the generation POSTs to
    status_prefix: str  # path prefix of the status endpoint (the job id follows)
    job_id: str
    statuses: dict[str, str | None]  # common state → the vendor's value (None: the vendor has none)
    create: Callable[[Any], Any]  # starts a job with the client
    create_and_wait: Callable[..., Any]
    wait: Callable[..., Any]
    fetch: Callable[[Any, str], Any]  # one status request (the call wait() repeats)
    created_body: Callable[[], Any]
    status_body: Callable[[str, str], Any]  # (vendor status, result url) → body
    error_reply: tuple[
        int, Any, str | None, str, str | None
    ]  # status, body, code, message, request id
    idempotent_create: bool = False

    def module(self) -> Any:
        return importlib.import_module(self.package)

    def client(self, base_url: str, **kwargs: Any) -> Any:
        return getattr(self.module(), self.client_class)(
            api_key="sk-secret-key", base_url=base_url, **kwargs
        )

    def async_client(self, base_url: str, **kwargs: Any) -> Any:
        return getattr(self.module(), "Async" + self.client_class)(
            api_key="sk-secret-key", base_url=base_url, **kwargs
        )


KREA_JOB = "4d0e5f97-9721-4422-b88c-73a9032d7de1"

PROFILES = [
    Profile(
        name="krea",
        package="krea_sdk",
        client_class="Krea",
        env="KREA_API_KEY",
        create_path="/generate/image/bfl/flux-1-dev",
        status_prefix="/jobs/",
        job_id=KREA_JOB,
        statuses={
            "queued": "queued",
            "running": "processing",
            "succeeded": "completed",
            "failed": "failed",
            "canceled": "cancelled",
        },
        create=lambda c: c.images.flux_1_dev(prompt="a lighthouse"),
        create_and_wait=lambda c, **kw: c.images.flux_1_dev_and_wait(prompt="a lighthouse", **kw),
        wait=lambda c, job_id, **kw: c.jobs.wait(job_id, **kw),
        fetch=lambda c, job_id: c.jobs.get(job_id),
        created_body=lambda: {
            "job_id": KREA_JOB,
            "status": "queued",
            "created_at": CREATED_AT,
            "completed_at": None,
            "result": None,
        },
        status_body=lambda status, url: {  # a job that has not ended has null completed_at and result
            "job_id": KREA_JOB,
            "status": status,
            "created_at": CREATED_AT,
            **(
                {"completed_at": None, "result": None}
                if status in ("queued", "processing")
                else {"completed_at": CREATED_AT, "result": {"urls": [url], "error": "nsfw"}}
            ),
        },
        error_reply=(
            402,
            {"error": "You have run out of credits."},
            None,
            "You have run out of credits.",
            None,
        ),
    ),
    Profile(
        name="kiara",
        package="kiara_sdk",
        client_class="Kiara",
        env="KIARA_API_KEY",
        create_path="/v1/generations",
        status_prefix="/v1/generations/",
        job_id="gen_01HV6ZNB",
        statuses={
            "queued": "queued",
            "running": "processing",
            "succeeded": "completed",
            "failed": "failed",
            "canceled": "canceled",
        },
        create=lambda c: c.generations.create(prompt="a lighthouse"),
        create_and_wait=lambda c, **kw: c.generations.create_and_wait(prompt="a lighthouse", **kw),
        wait=lambda c, job_id, **kw: c.generations.wait(job_id, **kw),
        fetch=lambda c, job_id: c.generations.get(job_id),
        created_body=lambda: {
            "id": "gen_01HV6ZNB",
            "status": "queued",
            "created_at": CREATED_AT,
            "updated_at": CREATED_AT,
        },
        status_body=lambda status, url: {
            "id": "gen_01HV6ZNB",
            "status": status,
            "created_at": CREATED_AT,
            "updated_at": CREATED_AT,
            **({"result": {"asset_id": "asset_01", "url": url}} if status == "completed" else {}),
            **(
                {"error": {"code": "generation_failed", "message": "model error"}}
                if status == "failed"
                else {}
            ),
        },
        error_reply=(
            402,
            {
                "error": {
                    "code": "insufficient_balance",
                    "message": "Top up your balance.",
                    "request_id": "req_123",
                }
            },
            "insufficient_balance",
            "Top up your balance.",
            "req_123",
        ),
        idempotent_create=True,
    ),
    Profile(
        name="hoox",
        package="hoox_sdk",
        client_class="Hoox",
        env="HOOX_API_KEY",
        create_path="/asset/start",
        status_prefix="/asset/status/",
        job_id="as_1",
        statuses={
            "queued": "pending",
            "running": "generating",
            "succeeded": "completed",
            "failed": "failed",
            "canceled": None,
        },
        create=lambda c: c.assets.start_generation(
            type_="image", model="flux-pro", prompt="a lighthouse"
        ),
        create_and_wait=lambda c, **kw: c.assets.start_generation_and_wait(
            type_="image", model="flux-pro", prompt="a lighthouse", **kw
        ),
        wait=lambda c, job_id, **kw: c.assets.wait(job_id, **kw),
        fetch=lambda c, job_id: c.assets.get_status(job_id),
        created_body=lambda: {
            "asset_ids": ["as_1"],
            "status": "generating",
            "count": 1,
            "cost_per_generation": 2,
            "total_cost": 2,
        },
        status_body=lambda status, url: {
            "asset_id": "as_1",
            "status": status,
            "url": url if status == "completed" else None,
            **(
                {"error": {"code": "generation_failed", "message": "model error"}}
                if status == "failed"
                else {}
            ),
        },
        error_reply=(
            402,
            {"error": "Not enough credits", "code": "insufficient_credits"},
            "insufficient_credits",
            "Not enough credits",
            None,
        ),
    ),
    Profile(
        name="kling",
        package="kling_sdk",
        client_class="Kling",
        env="KLING_API_KEY",
        create_path="/kling/v1/images/generations",
        status_prefix="/kling/v1/images/generations/",
        job_id="CjNQtmctxFMAAAAAAHH7hA",
        statuses={
            "queued": "submitted",
            "running": "processing",
            "succeeded": "succeed",
            "failed": "failed",
            "canceled": None,
        },
        create=lambda c: c.images.create_generation(prompt="a lighthouse"),
        create_and_wait=lambda c, **kw: c.images.create_generation_and_wait(
            prompt="a lighthouse", **kw
        ),
        wait=lambda c, job_id, **kw: c.images.wait(job_id, **kw),
        fetch=lambda c, job_id: c.images.get_generation_task(job_id),
        created_body=lambda: {
            "code": 0,
            "message": "SUCCEED",
            "request_id": "r1",
            "data": {
                "task_id": "CjNQtmctxFMAAAAAAHH7hA",
                "task_status": "submitted",
                "created_at": 1731252406651,
                "updated_at": 1731252406651,
            },
        },
        status_body=lambda status, url: {
            "code": 0,
            "message": "SUCCEED",
            "request_id": "r2",
            "data": {
                "task_id": "CjNQtmctxFMAAAAAAHH7hA",
                "task_status": status,
                "created_at": 1731252406651,
                "updated_at": 1731252406651,
                **(
                    {"task_result": {"images": [{"index": 0, "url": url}]}}
                    if status == "succeed"
                    else {}
                ),
                **({"task_status_msg": "content policy"} if status == "failed" else {}),
            },
        },
        error_reply=(
            429,
            {"code": 1102, "message": "Resource pack depleted", "request_id": "req_k"},
            "1102",
            "Resource pack depleted",
            "req_k",
        ),
    ),
    Profile(
        name="vtrix",
        package="vtrix_sdk",
        client_class="Vtrix",
        env="VTRIX_API_KEY",
        create_path="/model/v1/generation",
        status_prefix="/model/v1/generation/task/",
        job_id="task_9",
        statuses={
            "queued": "pending",
            "running": "in_progress",
            "succeeded": "completed",
            "failed": "failed",
            "canceled": None,
        },
        create=lambda c: c.generations.kirin_v2_image(prompt="a lighthouse"),
        create_and_wait=lambda c, **kw: c.generations.kirin_v2_image_and_wait(
            prompt="a lighthouse", **kw
        ),
        wait=lambda c, job_id, **kw: c.tasks.wait(job_id, **kw),
        fetch=lambda c, job_id: c.tasks.get(job_id),
        created_body=lambda: {
            "id": "task_9",
            "status": "pending",
            "model": "kirin_v2_image",
            "created_at": 1731252406651,
        },
        status_body=lambda status, url: {
            "id": "task_9",
            "status": status,
            "model": "kirin_v2_image",
            "created_at": 1731252406651,
            **(
                {"output": [{"content": [{"type": "image", "url": url}]}]}
                if status == "completed"
                else {}
            ),
            **(
                {"error": {"code": "moderation", "error_message": "blocked"}}
                if status == "failed"
                else {}
            ),
        },
        error_reply=(
            403,
            {"error": {"code": "insufficient_balance", "message": "Insufficient balance"}},
            "insufficient_balance",
            "Insufficient balance",
            None,
        ),
    ),
]

BY_NAME = {profile.name: profile for profile in PROFILES}
