"""Progress of downloads and waits in every generated package: callbacks with bytes and totals,
bars on a terminal (tqdm when installed, plain otherwise, nothing when not a terminal), and
result files named with the right extension."""

from __future__ import annotations

import asyncio
import io
import sys
import types
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import MockServer, Recorded, Reply
from runtime_profiles import PROFILES, Profile

RESULT = bytes(range(256)) * 1024  # 256 KiB: several chunks
POLLER = {
    "krea": "jobs",
    "kiara": "generations",
    "hoox": "assets",
    "kling": "images",
    "vtrix": "tasks",
}


@pytest.fixture(params=PROFILES, ids=[p.name for p in PROFILES])
def profile(request: pytest.FixtureRequest) -> Profile:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setattr(time, "sleep", lambda seconds: None)


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def done_job(
    server: MockServer, profile: Profile, file_path: str, content_type: str = "image/png"
) -> None:
    statuses = iter([profile.statuses["queued"], profile.statuses["running"]])

    def handle(request: Recorded) -> Reply:
        if request.method == "POST":
            return Reply(201 if profile.name == "hoox" else 200, profile.created_body())
        if request.path.startswith(profile.status_prefix):
            status = next(statuses, None) or profile.statuses["succeeded"]
            return Reply(200, profile.status_body(status or "", server.url + file_path))
        if request.path.startswith("/files/"):
            return Reply(200, raw=RESULT, headers={"Content-Type": content_type})
        return Reply(404, {"error": "not found"})

    server.handler = handle


def finished(profile: Profile, client: Any) -> Any:
    return profile.wait(client, profile.job_id, poll_interval=0.01)


def test_on_progress_reports_bytes_and_the_announced_total(
    profile: Profile, server: MockServer, tmp_path: Path, no_sleep: None
) -> None:
    done_job(server, profile, "/files/result.webp", "image/webp")
    client = profile.client(server.url)
    seen: list[tuple[int, int | None]] = []
    [path] = getattr(client, POLLER[profile.name]).download_results(
        finished(profile, client),
        tmp_path,
        on_progress=lambda received, total: seen.append((received, total)),
    )
    assert path.read_bytes() == RESULT and path.name == "result.webp"
    assert seen[0] == (0, len(RESULT)) and seen[-1] == (len(RESULT), len(RESULT))
    assert len(seen) > 2 and [received for received, _ in seen] == sorted(
        received for received, _ in seen
    )


def test_async_download_reports_progress_too(
    profile: Profile,
    server: MockServer,
    tmp_path: Path,
    no_sleep: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    done_job(server, profile, "/files/result.png")

    async def instant(delay: float) -> None:
        return None

    monkeypatch.setattr(asyncio, "sleep", instant)

    async def main() -> list[Path]:
        seen: list[tuple[int, int | None]] = []
        async with profile.async_client(server.url) as client:
            job = await profile.wait(client, profile.job_id, poll_interval=0.01)
            paths = await getattr(client, POLLER[profile.name]).download_results(
                job, tmp_path, on_progress=lambda r, t: seen.append((r, t))
            )
        assert seen[-1] == (len(RESULT), len(RESULT))
        return paths  # type: ignore[no-any-return]

    [path] = asyncio.run(main())
    assert path.name == "result.png"


@pytest.mark.parametrize(
    ("file_path", "content_type", "name"),
    [
        ("/files/content", "image/png", "content.png"),  # Kiara's result URLs end in /content
        ("/files/content", "video/mp4; charset=binary", "content.mp4"),
        ("/files/clip.mov", "video/mp4", "clip.mov"),  # the URL's own extension wins
        ("/files/content", "application/octet-stream", "content"),  # no meaningful extension: none
    ],
)
def test_a_download_keeps_the_right_extension(
    profile: Profile,
    server: MockServer,
    tmp_path: Path,
    no_sleep: None,
    file_path: str,
    content_type: str,
    name: str,
) -> None:
    done_job(server, profile, file_path, content_type)
    client = profile.client(server.url)
    [path] = getattr(client, POLLER[profile.name]).download_results(
        finished(profile, client), tmp_path
    )
    assert path.name == name


def test_no_content_length_reports_an_unknown_total(profile: Profile, tmp_path: Path) -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=iter([b"ab", b"cd"]), headers={"Content-Type": "image/png"}
        )
    )
    client = profile.client("https://api.example", http_client=httpx.Client(transport=transport))
    seen: list[tuple[int, int | None]] = []
    path = client.download(
        "https://cdn.example/files/out", tmp_path, on_progress=lambda r, t: seen.append((r, t))
    )
    assert path.name == "out.png" and path.read_bytes() == b"abcd"
    assert seen[0] == (0, None) and seen[-1] == (4, None)


def test_progress_draws_a_plain_bar_on_a_terminal_without_tqdm(
    profile: Profile,
    server: MockServer,
    tmp_path: Path,
    no_sleep: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # not installed
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    done_job(server, profile, "/files/result.png")
    client = profile.client(server.url)
    seen: list[int] = []
    getattr(client, POLLER[profile.name]).download_results(
        finished(profile, client), tmp_path, progress=True, on_progress=lambda r, t: seen.append(r)
    )
    drawn = terminal.getvalue()
    assert (
        "\rresult.png [" in drawn and "100%  256.0 KB / 256.0 KB" in drawn and drawn.endswith("\n")
    )
    assert seen[-1] == len(RESULT)  # the callback still sees everything


def test_progress_uses_tqdm_when_installed(
    profile: Profile,
    server: MockServer,
    tmp_path: Path,
    no_sleep: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bars: list[dict[str, Any]] = []

    class FakeTqdm:
        def __init__(self, **options: Any) -> None:
            self.n = 0
            self.record: dict[str, Any] = {"options": options, "closed": False}
            bars.append(self.record)

        def update(self, amount: int) -> None:
            self.n += amount

        def close(self) -> None:
            self.record["closed"], self.record["n"] = True, self.n

    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=FakeTqdm))
    monkeypatch.setattr(sys, "stderr", Terminal())
    done_job(server, profile, "/files/result.png")
    client = profile.client(server.url)
    getattr(client, POLLER[profile.name]).download_results(
        finished(profile, client), tmp_path, progress=True
    )
    [bar] = bars
    assert (
        bar["options"]["total"] == len(RESULT)
        and bar["options"]["unit"] == "B"
        and bar["options"]["desc"] == "result.png"
    )
    assert bar["closed"] and bar["n"] == len(RESULT)


def test_progress_draws_nothing_when_standard_error_is_not_a_terminal(
    profile: Profile,
    server: MockServer,
    tmp_path: Path,
    no_sleep: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    done_job(server, profile, "/files/result.png")
    client = profile.client(server.url)
    job = profile.wait(client, profile.job_id, poll_interval=0.01, progress=True)
    getattr(client, POLLER[profile.name]).download_results(job, tmp_path, progress=True)
    assert pipe.getvalue() == ""


def test_waiting_with_progress_shows_the_state_on_a_terminal(
    profile: Profile, server: MockServer, no_sleep: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    done_job(server, profile, "/files/result.png")
    states: list[str] = []
    client = profile.client(server.url)
    profile.wait(
        client,
        profile.job_id,
        poll_interval=0.01,
        progress=True,
        on_progress=lambda job, state: states.append(state),
    )
    drawn = terminal.getvalue()
    assert (
        f"\rjob {profile.job_id}: queued (" in drawn and f"job {profile.job_id}: running (" in drawn
    )
    assert f"job {profile.job_id}: succeeded (" in drawn and drawn.endswith("\n")
    assert states == ["queued", "running", "succeeded"]  # on_progress still sees every poll


def test_and_wait_takes_progress_too(
    profile: Profile, server: MockServer, no_sleep: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    done_job(server, profile, "/files/result.png")
    profile.create_and_wait(profile.client(server.url), poll_interval=0.01, progress=True)
    assert f"job {profile.job_id}: succeeded (" in terminal.getvalue()
