"""Shared fixtures: generated packages on sys.path and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import importlib
import json
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, Phase, settings

if TYPE_CHECKING:
    from generator.pipeline import GeneratedPackage

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SPECS = ROOT / "specs"

# Hypothesis profiles, chosen with HYPOTHESIS_PROFILE (tests/fuzzing.py scales each property's
# budget by the profile):
# * ``ci`` (the default, what ``make test`` runs): derandomized, so every run, here or in CI, draws
#   the same examples and a failure is reproducible, never a new random find on some run; no
#   example database; no shrinking (a failure prints its reproduction blob; rerun it with ``shrink``
#   to get a small example);
# * ``shrink``: ``ci`` with shrinking, to read a CI failure small;
# * ``fuzz`` (``make fuzz``): random, many more examples, shrinking, and a database under
#   ``.hypothesis/`` so that a failure found once is replayed first next time.
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=_HEALTH,
)
settings.register_profile(
    "shrink",
    parent=settings.get_profile("ci"),
    phases=(Phase.explicit, Phase.generate, Phase.shrink),
)
settings.register_profile(
    "fuzz",
    derandomize=False,
    deadline=None,
    print_blob=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),
    suppress_health_check=_HEALTH,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

for package_dir in sorted(GENERATED.glob("*/src")):
    if str(package_dir) not in sys.path:
        sys.path.insert(0, str(package_dir))


@dataclass
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    delay: float = 0.0  # seconds to wait before answering (a slow server)
    drop: bool = False  # close the connection without answering (a reset after the request arrived)
    trickle: float = 0.0  # seconds between the body's bytes, sent one at a time (a slow CDN)


Handler = Callable[[Recorded], Reply]


class MockServer:
    """A threaded HTTP server that records requests and answers from a routing function."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.handler: Handler = lambda request: Reply(404, {"error": "no handler"})
        server = self

        class _RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                recorded = Recorded(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
                )
                server.requests.append(recorded)
                reply = server.handler(recorded)
                if reply.delay:
                    threading.Event().wait(reply.delay)  # not time.sleep: tests may patch it
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                payload = (
                    reply.raw
                    if reply.raw is not None
                    else (b"" if reply.body is None else json.dumps(reply.body).encode())
                )
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if not reply.trickle:
                    self.wfile.write(payload)
                    return
                stop = threading.Event()
                for index in range(len(payload)):
                    try:
                        self.wfile.write(payload[index : index + 1])
                        self.wfile.flush()
                    except OSError:  # the client gave up
                        self.close_connection = True
                        return
                    stop.wait(reply.trickle)

            do_GET = do_POST = do_DELETE = do_PATCH = do_PUT = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _RequestHandler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def running_server() -> Iterator[MockServer]:
    """A :class:`MockServer` listening for the block, stopped after it."""
    instance = MockServer()
    instance.start()
    try:
        yield instance
    finally:
        instance.stop()


@pytest.fixture
def server() -> Iterator[MockServer]:
    with running_server() as instance:
        yield instance


@pytest.fixture(scope="module")
def module_server() -> Iterator[MockServer]:
    """One server for a whole test module: stopping one takes 0.5 s."""
    with running_server() as instance:
        yield instance


@pytest.fixture
def shared_server(module_server: MockServer) -> MockServer:
    """The module's server, reset for this test (no requests recorded, no handler), so a test
    still sees only its own traffic. A test module takes it as its ``server`` with
    ``from conftest import shared_server as server`` (a fixture is registered under the name it
    is imported as; a second ``conftest.py`` would shadow this one's ``import conftest``)."""
    module_server.requests.clear()
    module_server.handler = lambda request: Reply(404, {"error": "no handler"})
    return module_server


def generate_document(work: Path, name: str, document: dict[str, Any]) -> GeneratedPackage:
    """Write ``document`` to ``work/<name>.json`` and its generated package to ``work/<name>``."""
    from generator.cli.generate import build_document
    from generator.output.writer import write_tree

    spec = work / f"{name}.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    package = build_document(spec, name)
    write_tree(package.files, work / name)
    return package


@contextmanager
def imported(work: Path, *names: str) -> Iterator[dict[str, ModuleType]]:
    """``<name>_sdk`` of each package generated under ``work``, importable inside the block only.

    A package the block imported is forgotten after it, all its modules; one other tests had
    imported before (a committed package) is left whole: removing some of its modules would give
    two copies of its classes (``NotGiven``, models) in one process."""
    folders = [str(work / name / "src") for name in names]
    fresh = [name for name in names if f"{name}_sdk" not in sys.modules]
    sys.path[:0] = folders
    try:
        yield {name: importlib.import_module(f"{name}_sdk") for name in names}
    finally:
        for folder in folders:
            sys.path.remove(folder)
        for name in fresh:
            for module in [
                m for m in sys.modules if m == f"{name}_sdk" or m.startswith(f"{name}_sdk.")
            ]:
                del sys.modules[module]


def assert_one_rule_warning(
    record: pytest.WarningsRecorder, category: type[Warning], words: list[str], caller: str
) -> None:
    """Exactly one ``category`` warning (an unverified rule broken), attributed to the caller's
    file, naming ``words``, saying it is unverified and that the request was sent anyway."""
    [warning] = [w for w in record.list if issubclass(w.category, category)]
    assert warning.filename == caller  # it points at the caller's line, not the SDK's
    for word in [*words, "unverified", "sent anyway"]:
        assert word in str(warning.message), f"{word!r} not named in: {warning.message}"


def mypy_strict(
    *arguments: str,
    config: str = os.devnull,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> "subprocess.CompletedProcess[str]":
    """``python -m mypy --strict --config-file CONFIG ARGUMENTS…`` in a fresh process (by default
    with no configuration, as a user's project would check a package): exit code, stdout and
    stderr as text."""
    import subprocess

    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", config, *arguments]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


def generate_cli(
    spec: Path,
    out: Path,
    *extra: str,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
) -> "subprocess.CompletedProcess[str]":
    """``python -m generator generate --spec SPEC --out OUT [extra…]`` in a fresh process, run
    from the project root as a user would (``env``: its environment, default ours): exit code,
    stdout and stderr as text."""
    import subprocess

    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
    ]
    return subprocess.run(
        [*command, *extra], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
