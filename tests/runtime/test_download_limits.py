"""``download()`` keeps to the client's deadline and to an optional ``max_bytes``, against a real
server on 127.0.0.1: a CDN trickling bytes would otherwise outlast any deadline (httpx's read
timeout starts again at every chunk), and a partial file is never left behind."""

from __future__ import annotations

import asyncio
import gzip
import time
from pathlib import Path

import pytest

import krea_sdk
from conftest import MockServer, Reply
from krea_sdk._deadline import call_deadline

PAYLOAD = b"\x89PNG" + b"x" * 196  # 200 bytes; trickled one every 50 ms: 10 s in all


def trickling(server: MockServer) -> str:
    server.handler = lambda r: Reply(
        200, raw=PAYLOAD, headers={"Content-Type": "image/png"}, trickle=0.05
    )
    return f"{server.url}/files/result.png"


def test_a_trickling_download_ends_at_total_timeout_and_leaves_no_file(
    server: MockServer, tmp_path: Path
) -> None:
    client = krea_sdk.Krea(api_key="sk-test", base_url=server.url, total_timeout=0.4)
    with pytest.raises(krea_sdk.APITimeoutError, match="deadline"):
        client.download(trickling(server), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_trickling_download_ends_at_an_enclosing_call_deadline(
    server: MockServer, tmp_path: Path
) -> None:
    client = krea_sdk.Krea(api_key="sk-test", base_url=server.url)
    with call_deadline(time.monotonic() + 0.4), pytest.raises(krea_sdk.APITimeoutError):
        client.download(trickling(server), tmp_path / "out.png")
    assert list(tmp_path.iterdir()) == []


def test_the_async_download_keeps_to_the_deadline_too(server: MockServer, tmp_path: Path) -> None:
    async def run() -> None:
        async with krea_sdk.AsyncKrea(
            api_key="sk-test", base_url=server.url, total_timeout=0.4
        ) as client:
            await client.download(trickling(server), tmp_path)

    with pytest.raises(krea_sdk.APITimeoutError):
        asyncio.run(run())
    assert list(tmp_path.iterdir()) == []


def test_max_bytes_refuses_a_larger_file_and_keeps_nothing(
    server: MockServer, tmp_path: Path
) -> None:
    server.handler = lambda r: Reply(200, raw=PAYLOAD, headers={"Content-Type": "image/png"})
    client = krea_sdk.Krea(api_key="sk-test", base_url=server.url)
    with pytest.raises(krea_sdk.APIResponseValidationError, match="max_bytes"):
        client.download(f"{server.url}/files/result.png", tmp_path, max_bytes=199)
    assert list(tmp_path.iterdir()) == []

    async def run() -> None:
        async with krea_sdk.AsyncKrea(api_key="sk-test", base_url=server.url) as async_client:
            await async_client.download(f"{server.url}/files/result.png", tmp_path, max_bytes=100)

    with pytest.raises(krea_sdk.APIResponseValidationError, match="max_bytes"):
        asyncio.run(run())
    assert list(tmp_path.iterdir()) == []
    # exactly at the cap, and by default (no cap), the file is kept whole
    assert (
        client.download(
            f"{server.url}/files/result.png", tmp_path / "a.png", max_bytes=200
        ).read_bytes()
        == PAYLOAD
    )
    assert (
        client.download(f"{server.url}/files/result.png", tmp_path / "b.png").read_bytes()
        == PAYLOAD
    )


def test_max_bytes_counts_the_bytes_written_not_the_bytes_sent(
    server: MockServer, tmp_path: Path
) -> None:
    """A gzip-encoded answer whose Content-Length is small but which decodes to more than the
    cap is cut off once the bytes written pass it."""
    large = b"\0" * 100_000
    server.handler = lambda r: Reply(
        200,
        raw=gzip.compress(large),
        headers={"Content-Type": "image/png", "Content-Encoding": "gzip"},
    )
    client = krea_sdk.Krea(api_key="sk-test", base_url=server.url)
    with pytest.raises(krea_sdk.APIResponseValidationError, match="max_bytes"):
        client.download(f"{server.url}/files/result.png", tmp_path, max_bytes=50_000)
    assert list(tmp_path.iterdir()) == []
    assert (
        client.download(
            f"{server.url}/files/result.png", tmp_path / "c.png", max_bytes=100_000
        ).read_bytes()
        == large
    )
