"""A tiny HTTP/1.1 keep-alive server on 127.0.0.1 for the per-call benchmark.

Answers every GET with one fixed JSON body (a finished Krea job) and every POST with a queued
one, so the server's own cost is small and the same for every client measured. Prints its port on stdout, then serves until stdin
closes (the benchmark's process ends it that way) or ``--seconds`` pass.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

JOB = {
    "job_id": "4d0e5f97-9721-4422-b88c-73a9032d7de1",
    "status": "completed",
    "created_at": "2026-01-01T00:00:00Z",
    "completed_at": "2026-01-01T00:00:09Z",
    "result": {"urls": ["https://cdn.example/1.png"]},
}
# What a POST that starts a job answers: the job, queued.
CREATED = {**JOB, "status": "queued", "completed_at": None, "result": None}


def _response(body: dict[str, object]) -> bytes:
    data = json.dumps(body).encode()
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + str(len(data)).encode()
        + b"\r\n\r\n"
        + data
    )


RESPONSES = {"GET": _response(JOB), "POST": _response(CREATED)}


class Http(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1").lower()
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.transport.write(RESPONSES.get(head.split(" ", 1)[0].upper(), RESPONSES["GET"]))


async def main(seconds: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Http, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    stdin_closed = loop.run_in_executor(None, sys.stdin.read)
    await asyncio.wait([stdin_closed], timeout=seconds)
    server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--seconds", type=float, default=600.0, help="stop after this long in any case"
    )
    asyncio.run(main(parser.parse_args().seconds))
