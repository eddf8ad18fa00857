"""The generated Krea client against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path

import pytest

from conftest import MockServer, Recorded, Reply

krea_sdk = pytest.importorskip("krea_sdk")
from krea_sdk import AsyncKrea, Krea, models  # noqa: E402

JOB_ID = "4d0e5f97-9721-4422-b88c-73a9032d7de1"
CREATED = {
    "job_id": JOB_ID,
    "status": "queued",
    "created_at": "2026-01-01T00:00:00Z",
    "completed_at": None,
    "result": None,
}
DONE = {
    "job_id": JOB_ID,
    "status": "completed",
    "created_at": "2026-01-01T00:00:00Z",
    "completed_at": "2026-01-01T00:00:09Z",
    "result": {"urls": ["https://cdn.example/1.png"]},
}


def client(server: MockServer, **kwargs: object) -> Krea:
    return Krea(api_key="sk-test-secret", base_url=server.url, **kwargs)  # type: ignore[arg-type]


def test_generate_sends_typed_json_and_webhook_header(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, CREATED)
    job = client(server).images.flux_1_dev(
        prompt="a lighthouse", steps=30, webhook_url="https://hooks.example/k"
    )
    assert isinstance(job, models.CreatedJob)
    assert job.status == "queued" and job.completed_at is None
    [request] = server.requests
    assert (request.method, request.path) == ("POST", "/generate/image/bfl/flux-1-dev")
    assert request.json() == {"prompt": "a lighthouse", "steps": 30}  # server defaults are not sent
    assert request.headers["authorization"] == "Bearer sk-test-secret"
    assert request.headers["x-webhook-url"] == "https://hooks.example/k"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("krea-sdk/")


def test_get_job_parses_result(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, DONE)
    job = client(server).jobs.get(JOB_ID)
    assert isinstance(job, models.Job)
    assert job.result is not None and job.result.urls == ["https://cdn.example/1.png"]
    assert server.requests[0].path == f"/jobs/{JOB_ID}"
    assert server.requests[0].method == "GET"


def test_list_jobs_sends_query_and_parses_page(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, {"items": [DONE], "next_cursor": "2026-01-01T00:00:00Z"})
    page = client(server).jobs.list(limit=2, status="completed")
    assert isinstance(page, models.JobPage)
    assert page.items[0].job_id == JOB_ID
    assert page.next_cursor == "2026-01-01T00:00:00Z"
    assert server.requests[0].path == "/jobs?limit=2&status=completed"


def test_upload_is_multipart_with_file_and_fields(server: MockServer, tmp_path: Path) -> None:
    server.handler = lambda r: Reply(
        200,
        {
            "id": "a1",
            "image_url": "https://cdn.example/a1.png",
            "uploaded_at": "2026-01-01T00:00:00Z",
            "width": 2,
            "height": 2,
            "size_bytes": 4,
            "mime_type": "image/png",
        },
    )
    image = tmp_path / "pixel.png"
    image.write_bytes(b"\x89PNG")
    asset = client(server).assets.upload(file=image, description="one pixel")
    assert asset.id == "a1" and asset.mime_type == "image/png"
    [request] = server.requests
    assert (request.method, request.path) == ("POST", "/assets")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="pixel.png"' in request.body
    assert b"Content-Type: image/png" in request.body and b"\x89PNG" in request.body
    assert b'name="description"' in request.body and b"one pixel" in request.body


def test_node_app_execute_returns_a_list_of_jobs(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, [DONE, DONE])
    jobs = client(server).node_apps.execute("app-1", body={"prompt": "x"})
    assert [type(job) for job in jobs] == [models.Job, models.Job]
    assert server.requests[0].json() == {"prompt": "x"}


def test_jobs_that_have_not_ended_parse_with_null_completion_and_result(server: MockServer) -> None:
    """Krea sends ``completed_at: null, result: null`` until a job ends; its schemas of GET
    /jobs/{id} and of node-app runs say date-time and object only (fixed in our overlay)."""
    running = {**CREATED, "status": "processing"}
    server.handler = lambda r: Reply(200, [CREATED])
    [job] = client(server).node_apps.execute("app-1", body={})
    assert isinstance(job, models.Job) and job.completed_at is None and job.result is None
    polls = iter([running, running, DONE])
    server.handler = lambda r: (
        Reply(200, CREATED) if r.method == "POST" else Reply(200, next(polls))
    )
    seen: list[str] = []
    done = client(server).images.flux_1_dev_and_wait(
        prompt="x", poll_interval=0, on_progress=lambda job, state: seen.append(str(job.status))
    )
    assert (
        done.status == "completed"
        and done.result is not None
        and seen == ["processing", "processing", "completed"]
    )


def test_every_job_a_call_started_is_named_when_one_fails(server: MockServer) -> None:
    second = "9a8b7c6d-0000-4000-8000-000000000002"
    failed = {**DONE, "status": "failed", "result": {"error": "nsfw"}}
    server.handler = lambda r: (
        Reply(200, [CREATED, {**CREATED, "job_id": second}])
        if r.method == "POST"
        else Reply(200, failed)
    )
    with pytest.raises(krea_sdk.JobFailedError) as caught:
        client(server).node_apps.execute_and_wait("app-1", body={"prompt": "x"})
    assert caught.value.job_id == JOB_ID and caught.value.job_ids == (
        JOB_ID,
        second,
    )  # the second is not lost


def test_raw_responses_cover_single_calls_only(server: MockServer) -> None:
    """``…_and_wait`` and ``wait`` need parsed answers (a job id, a status): in raw mode they
    would start a paid job and lose it, so the raw view does not offer them."""
    server.handler = lambda r: Reply(200, CREATED)
    krea = client(server)
    raw = krea.images.with_raw_response.flux_1_dev(prompt="x")
    assert raw.status_code == 200 and raw.parse().job_id == JOB_ID
    for resource, name in (
        (krea.images, "flux_1_dev_and_wait"),
        (krea.jobs, "wait"),
        (krea.jobs, "download_results"),
        (krea.jobs, "list_all"),
    ):
        with pytest.raises(AttributeError, match="one API call"):
            getattr(resource.with_raw_response, name)
    assert len(server.requests) == 1


def test_out_of_range_argument_is_rejected_before_sending(server: MockServer) -> None:
    with pytest.raises(krea_sdk.RequestValidationError) as caught:
        client(server).images.flux_1_dev(prompt="x", steps=1000)
    assert "steps" in str(caught.value)
    assert "less than or equal to 100" in str(caught.value)
    assert server.requests == []


def test_enum_and_length_violations_name_the_argument(server: MockServer) -> None:
    with pytest.raises(krea_sdk.RequestValidationError, match="prompt"):
        client(server).images.flux_1_dev(prompt="x" * 1801)
    with pytest.raises(krea_sdk.RequestValidationError, match="status"):
        client(server).jobs.list(status="finished")  # type: ignore[arg-type]
    assert server.requests == []


def test_error_envelope_becomes_typed_exception(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        402, {"error": "You have run out of credits."}, {"x-request-id": "req_9"}
    )
    with pytest.raises(krea_sdk.InsufficientCreditsError) as caught:
        client(server).images.flux_1_dev(prompt="x")
    error = caught.value
    assert error.status_code == 402
    assert error.message == "You have run out of credits."
    assert error.request_id == "req_9"
    assert "sk-test-secret" not in str(error) and "sk-test-secret" not in repr(error)
    assert len(server.requests) == 1


def test_paid_post_is_not_retried_after_a_server_error(server: MockServer) -> None:
    server.handler = lambda r: Reply(500, {"error": "boom"})
    with pytest.raises(krea_sdk.InternalServerError):
        client(server, max_retries=3).images.flux_1_dev(prompt="x")
    assert len(server.requests) == 1


def test_get_is_retried_after_a_server_error(server: MockServer) -> None:
    replies = iter([Reply(503, {"error": "busy"}, {"Retry-After": "0"}), Reply(200, DONE)])
    server.handler = lambda r: next(replies)
    assert client(server, max_retries=2).jobs.get(JOB_ID).status == "completed"
    assert len(server.requests) == 2


def test_html_error_page_is_a_response_validation_error(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        200, raw=b"<html>maintenance</html>", headers={"Content-Type": "text/html"}
    )
    with pytest.raises(krea_sdk.APIResponseValidationError):
        client(server).jobs.get(JOB_ID)


def test_enum_values_the_spec_does_not_list_are_kept_in_responses(server: MockServer) -> None:
    page = {"items": [{**DONE, "status": "archived"}, DONE], "next_cursor": None}
    server.handler = lambda r: Reply(200, page)
    parsed = client(server).jobs.list()
    assert [job.status for job in parsed.items] == ["archived", "completed"]
    first = parsed.items[0]
    assert (
        isinstance(first, models.Job)
        and first.result is not None
        and first.result.urls == ["https://cdn.example/1.png"]
    )
    assert parsed.model_dump(mode="json")["items"][0]["status"] == "archived"
    with pytest.raises(ValueError, match="status"):  # only response parsing is lenient
        models.Job.model_validate({**DONE, "status": "archived"})


def test_a_null_for_an_absent_optional_field_parses_as_absent(server: MockServer) -> None:
    """Vendors send ``null`` for "not yet" where their spec types a field as non-nullable
    (``result.urls`` here): the lenient pass reads it as absent; a required null still fails."""
    server.handler = lambda r: Reply(200, {**DONE, "result": {"urls": None, "style_id": None}})
    job = client(server).jobs.get(JOB_ID)
    assert (
        job.result is not None
        and job.result.urls is models.MISSING
        and job.result.style_id is models.MISSING
    )
    server.handler = lambda r: Reply(200, {**DONE, "created_at": None})
    with pytest.raises(krea_sdk.APIResponseValidationError, match="created_at"):
        client(server).jobs.get(JOB_ID)


def test_leniency_keeps_every_other_check(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, {**DONE, "status": "archived", "created_at": "yesterday"})
    with pytest.raises(krea_sdk.APIResponseValidationError) as caught:
        client(server).jobs.get(JOB_ID)
    assert "created_at" in str(caught.value) and "status" in str(
        caught.value
    )  # the strict pass's error
    server.handler = lambda r: Reply(200, {**DONE, "status": 7})
    with pytest.raises(
        krea_sdk.APIResponseValidationError, match="status"
    ):  # not a string: not a new value
        client(server).jobs.get(JOB_ID)


def test_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KREA_API_KEY", raising=False)
    with pytest.raises(krea_sdk.KreaError, match="KREA_API_KEY"):
        Krea()


def test_api_key_from_environment_and_hidden_from_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KREA_API_KEY", "sk-env-secret")
    krea = Krea()
    assert krea.api_key == "sk-env-secret"
    assert "sk-env-secret" not in repr(krea)
    assert krea.with_options(max_retries=0).max_retries == 0


def test_async_client(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, CREATED if r.method == "POST" else DONE)

    async def run() -> tuple[models.CreatedJob, models.Job]:
        async with AsyncKrea(api_key="k", base_url=server.url) as krea:
            created = await krea.videos.kling_2_1(prompt="waves")
            return created, await krea.jobs.get(created.job_id)

    created, done = asyncio.run(run())
    assert created.status == "queued" and done.status == "completed"
    assert [r.method for r in server.requests] == ["POST", "GET"]


def test_every_operation_is_a_method() -> None:
    spec = json.loads(
        (Path(__file__).resolve().parents[2] / "generated/krea/openapi.json").read_text()
    )
    krea = Krea(api_key="k")
    methods = set()
    for item in spec["paths"].values():
        for operation in item.values():
            resource = getattr(krea, operation["x-sdk-resource"])
            method = getattr(resource, operation["x-sdk-method"])
            assert (
                callable(method)
                and inspect.signature(method).return_annotation != inspect.Signature.empty
            )
            methods.add((operation["x-sdk-resource"], operation["x-sdk-method"]))
    assert len(methods) == 72


def test_resolved_urls_follow_a_reassigned_base_url(server: MockServer) -> None:
    """The client remembers resolved URLs per path; assigning ``base_url`` must not reuse them."""
    import httpx

    other = MockServer()
    other.start()
    try:
        server.handler = other.handler = lambda request: Reply(200, DONE)
        krea = client(server)
        krea.jobs.get(JOB_ID)
        krea.base_url = httpx.URL(other.url + "/v2/")
        krea.jobs.get(JOB_ID)
        assert [r.path for r in server.requests] == [f"/jobs/{JOB_ID}"]
        assert [r.path for r in other.requests] == [f"/v2/jobs/{JOB_ID}"]
    finally:
        other.stop()
