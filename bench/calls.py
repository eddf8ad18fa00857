"""Per-call overhead: the generated Krea client against raw httpx, on a loopback server.

Run by ``bench/run.py`` with ``generated/krea/src`` on ``PYTHONPATH`` and the server's URL as
argument. Both clients use one keep-alive connection; rounds alternate between them so drift
(CPU frequency, other load) hits both alike. Prints one JSON object: median microseconds per
call for each case.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable

import httpx

from krea_sdk import Krea, models

JOB_ID = "4d0e5f97-9721-4422-b88c-73a9032d7de1"
BODY = {"prompt": "a lighthouse at dawn", "steps": 30}


def per_call(function: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls * 1e6


def main(base_url: str, rounds: int, calls: int) -> None:
    raw = httpx.Client(base_url=base_url, headers={"Authorization": "Bearer sk-bench"})
    sdk = Krea(api_key="sk-bench", base_url=base_url, max_retries=0)

    def raw_get() -> object:
        response = raw.get(f"/jobs/{JOB_ID}")
        response.raise_for_status()
        return response.json()

    def sdk_get() -> object:
        job = sdk.jobs.get(JOB_ID)
        assert isinstance(job, models.Job)
        return job

    def raw_post() -> object:
        response = raw.post("/generate/image/bfl/flux-1-dev", json=BODY)
        response.raise_for_status()
        return response.json()

    def sdk_post() -> object:
        return sdk.images.flux_1_dev(prompt=BODY["prompt"], steps=BODY["steps"])

    cases = {
        "raw httpx GET": raw_get,
        "sdk GET (typed Job)": sdk_get,
        "raw httpx POST": raw_post,
        "sdk POST (validated args, typed)": sdk_post,
    }
    for function in cases.values():  # warm up: connection, lazy imports, pydantic schemas
        per_call(function, 50)
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, function in cases.items():
            samples[name].append(per_call(function, calls))
    print(json.dumps({name: statistics.median(values) for name, values in samples.items()}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
