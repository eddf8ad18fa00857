"""Every Python example of every generated README runs as printed (issue 17).

The blocks of one README run in order in one namespace, as a reader pastes them into one session
(the Jobs steps use the ``client`` of the first example), against a local server that answers
as the vendor would: the API key and base URL come from the environment variables the README
names, and the working directory holds the ``photo.png`` the upload example sends. A block that
cannot run this way must say so on its first line with ``# not run:``; none does today.

The webhook example defines ``handle_delivery``; the test then hands it a delivery as a web
framework would (signed, for a vendor that signs) and checks the answer.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import GENERATED, MockServer, Recorded, Reply
from runtime_profiles import BY_NAME

PROVIDERS = sorted(path.name for path in GENERATED.iterdir() if (path / "README.md").is_file())
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
RESULT = b"\x89PNG\r\n\x1a\n result bytes"


def python_blocks(provider: str) -> list[str]:
    return _BLOCK.findall((GENERATED / provider / "README.md").read_text(encoding="utf-8"))


def _handler(provider: str, server: MockServer) -> Callable[[Recorded], Reply]:
    profile = BY_NAME[provider]
    succeeded = profile.statuses["succeeded"] or "completed"
    file_url = f"{server.url}/files/result.png"

    def handle(request: Recorded) -> Reply:
        path = request.path.split("?")[0]
        if path == "/files/result.png":
            return Reply(200, raw=RESULT, headers={"Content-Type": "image/png"})
        if provider == "krea" and path == "/assets" and request.method == "POST":
            return Reply(
                200,
                {
                    "id": "a1",
                    "image_url": file_url,
                    "uploaded_at": "2026-01-01T00:00:00Z",
                    "width": 1,
                    "height": 1,
                    "size_bytes": 9,
                    "mime_type": "image/png",
                },
            )
        if (
            provider == "krea"
            and request.method == "GET"
            and path in ("/assets", "/jobs", "/styles")
        ):
            return Reply(200, {"items": [], "next_cursor": None})
        if provider == "kling" and request.method == "GET" and path == profile.create_path:
            return Reply(200, {"code": 0, "message": "SUCCEED", "request_id": "r", "data": []})
        if request.method == "POST":
            return Reply(200 if provider != "hoox" else 201, profile.created_body())
        if path.startswith(profile.status_prefix):
            return Reply(200, profile.status_body(succeeded, file_url))
        return Reply(404, {"error": f"no example route for {request.method} {path}"})

    return handle


def _delivery(provider: str) -> dict[str, Any]:
    """A webhook body as the vendor posts it."""
    profile = BY_NAME[provider]
    succeeded = profile.statuses["succeeded"] or "completed"
    body = profile.status_body(succeeded, "https://cdn.example/result.png")
    if provider == "kiara":
        return {"type": "generation.completed", "data": body}
    if provider == "hoox":
        return {
            "task": "asset_generation",
            "asset_id": "as_1",
            "status": "completed",
            "result": {"asset_url": "https://cdn.example/a.png"},
        }
    if provider == "kling":
        return {**body["data"], "final_unit_deduction": "1"}
    return dict(body)


def _signed_headers(body: bytes, secret: str) -> dict[str, str]:
    timestamp = str(int(time.time()))
    signature = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
    ).hexdigest()
    return {"X-Kiara-Timestamp": timestamp, "X-Kiara-Signature": signature}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_readme_example_runs_as_printed(
    provider: str,
    server: MockServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    profile = BY_NAME[provider]
    prefix = profile.env.removesuffix("_API_KEY")
    monkeypatch.setenv(profile.env, "sk-readme")
    monkeypatch.setenv(f"{prefix}_BASE_URL", server.url)
    monkeypatch.setenv(f"{prefix}_WEBHOOK_SECRET", "whsec_readme")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n photo")
    server.handler = _handler(provider, server)
    blocks = python_blocks(provider)
    assert blocks, "the README has no Python example"
    namespace: dict[str, Any] = {"__name__": f"readme_{provider}"}
    for index, block in enumerate(blocks):
        if block.startswith("# not run:"):
            continue
        try:
            exec(
                compile(block, f"{provider}/README.md block {index}", "exec"), namespace
            )  # noqa: S102 - our own README
        except Exception as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"README block {index} of {provider} failed: {exc!r}\n{block}")
    printed = capsys.readouterr().out
    assert "MISSING" not in printed, "a model's repr shows absent fields"
    assert any(
        r.path.startswith("/files/result.png") for r in server.requests
    ), "the results were not downloaded"
    assert list((tmp_path / "out").iterdir()), "download_results wrote nothing"

    handle = namespace.get("handle_delivery")
    if handle is None:
        assert "## Webhooks" not in (GENERATED / provider / "README.md").read_text(encoding="utf-8")
        return
    raw_body = json.dumps(_delivery(provider)).encode()
    if provider == "kiara":
        assert handle(raw_body, _signed_headers(raw_body, "whsec_readme")) == 200
        assert handle(raw_body, _signed_headers(raw_body, "another secret")) == 400
    else:
        assert handle(raw_body) == 200
    assert "MISSING" not in capsys.readouterr().out


def test_the_jobs_section_is_short_steps_with_one_example_each() -> None:
    for provider in PROVIDERS:
        text = (GENERATED / provider / "README.md").read_text(encoding="utf-8")
        if "## Jobs" not in text:
            continue
        jobs = text.split("## Jobs", 1)[1].split("\n## ", 1)[0]
        steps = jobs.split("\n### ")[1:]
        assert len(steps) >= 5, provider
        for step in steps:
            paragraphs = [p for p in step.split("```")[0].split("\n\n")[1:] if p.strip()]
            assert len(paragraphs) == 1 and len(paragraphs[0].splitlines()) <= 4, (
                provider,
                step[:60],
            )
            assert step.count("```python") == 1, (provider, step[:60])


def test_krea_readme_shows_uploads_and_style_training() -> None:
    text = (GENERATED / "krea" / "README.md").read_text(encoding="utf-8")
    assert "client.assets.upload(" in text and "client.styles.train_and_wait(body=" in text


def test_kiara_readme_says_its_webhook_headers_are_not_confirmed() -> None:
    text = " ".join((GENERATED / "kiara" / "README.md").read_text(encoding="utf-8").split())
    assert (
        "has not confirmed the names of its signature headers" in text
        and "X-Kiara-Signature" in text
    )


def test_a_models_repr_leaves_absent_fields_out() -> None:
    from kiara_sdk import models

    generation = models.Generation.model_validate(
        {
            "id": "gen_1",
            "status": "queued",
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
            "x_new": 1,
        }
    )
    text = repr(generation)
    assert text.startswith("Generation(id='gen_1', status='queued'") and "x_new=1" in text
    assert "MISSING" not in text and "result" not in text and "MISSING" not in str(generation)
