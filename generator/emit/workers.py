"""The worker processes of one generation: black and datamodel-code-generator on other cores.

One pool per generation, shared by the formatter and the models (two pools would put four
processes on two cores and hold their memory twice). It starts before the document is
normalized, and its workers import black and datamodel-code-generator (most of a small API's
models time) while this process normalizes and renders. Workers are forked from a fork server
that imported those once (:mod:`._preload`), not from this process: a fork of this one would
start as a copy of the parsed document (hundreds of MB for GitHub's API).

A small document gets no pool: starting one costs more than it saves (the hostile-spec tests
build thousands of tiny packages). ``$GENMEDIA_WORKERS`` caps the workers; 1 means none.
Results never depend on the pool: every job is a pure function of its input, and results are
put together in an order fixed by the input, so output is byte-identical with any number of
workers.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

# Environment variable capping the worker processes (1: everything in this process).
WORKERS_VARIABLE = "GENMEDIA_WORKERS"
# A document with fewer schemas and operations than this is generated in this process.
MIN_SIZE = 40


def worker_count(jobs: int) -> int:
    """Worker processes for ``jobs`` independent jobs: at most one per core and what
    ``$GENMEDIA_WORKERS`` allows; 1 means none (the jobs run here)."""
    cap = os.environ.get(WORKERS_VARIABLE, "")
    cores = os.cpu_count() or 1
    limit = int(cap) if cap.isdigit() and int(cap) > 0 else cores
    return max(1, min(jobs, cores, limit))


def document_size(document: Any) -> int:
    """Schemas plus path items: how much work a document is, before normalizing it."""
    if not isinstance(document, dict):
        return 0
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    paths = document.get("paths")
    return (len(schemas) if isinstance(schemas, dict) else 0) + (
        len(paths) if isinstance(paths, dict) else 0
    )


# A provider folder this large starts the fork server before its spec is even read.
PRESTART_BYTES = 100_000
_PRELOAD = ["generator.emit._preload"]


def _context() -> Any:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def prestart(folder_bytes: int) -> None:
    """Start the fork server (it imports black and datamodel-code-generator) now, while this
    process loads and validates a spec of ``folder_bytes``: the workers are then ready when the
    models are. Nothing for a small spec or one core."""
    if folder_bytes < PRESTART_BYTES or worker_count(os.cpu_count() or 1) < 2:
        return
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


def _ready() -> None:
    """A no-op job: submitting one per worker starts them all now."""


@contextmanager
def worker_pool(document: Any) -> Iterator[ProcessPoolExecutor | None]:
    """A started pool for generating ``document``, or None (small document, one core)."""
    workers = worker_count(os.cpu_count() or 1)
    if workers < 2 or document_size(document) < MIN_SIZE:
        yield None
        return
    pool = ProcessPoolExecutor(workers, mp_context=_context())
    # Starting a worker waits for the fork server, which may still be importing black and
    # datamodel-code-generator: a thread starts them, and this process goes on normalizing.
    starter = threading.Thread(target=_start, args=(pool, workers), daemon=True)
    starter.start()
    try:
        yield pool
    finally:
        starter.join()
        pool.shutdown(cancel_futures=True)


def _start(pool: ProcessPoolExecutor, workers: int) -> None:
    """Submit one no-op job per worker: the pool then starts them all now."""
    for _ in range(workers):
        pool.submit(_ready)
