"""Independent contract check: every operation of every generated client against Stoplight Prism.

Our own test server (conftest.MockServer) proves what we think the client does; Prism, an
independent implementation, checks that what the client sends is what the spec says. For each
package, one Prism (``@stoplight/prism-cli``, pinned in package.json, installed by ``make test``
with ``npm ci``) mocks ``generated/<provider>/openapi.json`` on 127.0.0.1, and every method the
spec promises (every operation, and every flat method of ``x-sdk-flat-methods``) is called
through the generated client, sync and async, twice: with only the required arguments, and with
every optional argument set (split over a few calls when cross-field rules forbid setting them all
at once). Values come from the schemas (``contract_values.py``), never from a per-operation table.

A call passes when

* Prism reports no violation: the ``sl-violations`` response header is absent on every response,
  and Prism's log for the request has no validator error or warning (``--errors`` is on, so a
  response Prism cannot produce validly is an error too). Prism answers an invalid request with the
  spec's 422/400 (or 401, 415, 404 for no matching route), so the client raises as well;
* the response parses into the method's return type (the call returns, the value has that type);
* supplementary checks Prism cannot make: Prism matches query parameter names case-insensitively
  and ignores undeclared ones, so every query parameter sent must be declared by the operation
  (same spelling); and what reaches the wire must be what the arguments say (method, path, query
  values, header values, the JSON body equal to the spec-shaped value, form fields present).

The helpers built on these methods (``*_and_wait``, ``*_pages``, ``*_all``, ``wait``,
``download_results``) are out of scope: they only call the methods checked here.

Prism's limits, and what this module does about them:

* query parameter names are matched case-insensitively and undeclared ones are ignored (a client
  sending ``pagenum`` or ``page_num`` for ``pageNum`` passes Prism): the supplementary check;
* Prism validates what arrives, so an optional argument the client silently drops, or sends under
  another declared name, passes it: the supplementary comparison of the wire with the arguments;
* vendor keywords (``x-max-bytes``) are not JSON Schema: Prism ignores them (the clients check them);
* the mock answers from static examples (``"string"``, the first enum value): "the response parses"
  covers that shape, not every response the spec allows;
* Prism logs asynchronously: after each call a request to an unknown path, whose log line proves
  that every earlier line has been written, delimits the call's log (its 404 is by design);
* negotiation warnings (a ``200`` without content while the client accepts JSON) are not request
  violations: the summary lists them as notes.
"""

from __future__ import annotations

import asyncio
import copy
import http.client
import importlib
import inspect
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import contract_values as cv
from conftest_contract import REPORT, CaseRecord

pytest_plugins = ["conftest_contract"]

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
PROVIDERS = sorted(p.name for p in GENERATED.iterdir() if (p / "openapi.json").is_file())
API_KEY = "contract-test-key"
PRISM_START_TIMEOUT = 120.0
LOG_SYNC_TIMEOUT = 20.0

# Known defects: (provider, "resource.method", mode) -> the precise cause. Each is a strict xfail,
# so fixing the defect makes the case pass and the mark must go. Both clients (sync, async) share it.
KNOWN_DEFECTS: dict[tuple[str, str, str], str] = {}


def _package_dir(provider: str) -> Path:
    [package] = [
        p
        for p in (GENERATED / provider / "src").iterdir()
        if p.is_dir() and (p / "__init__.py").is_file()
    ]
    return package


def _spec(provider: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((GENERATED / provider / "openapi.json").read_text())
    return document


SPECS = {provider: _spec(provider) for provider in PROVIDERS}
OPERATIONS = {
    provider: {op.key: op for op in cv.operations(provider, SPECS[provider])}
    for provider in PROVIDERS
}
for _provider, _operations in OPERATIONS.items():
    REPORT.operations[_provider] = set(_operations)


def _cases() -> list[Any]:
    cases = []
    for provider in PROVIDERS:
        for key in OPERATIONS[provider]:
            for mode in ("required", "optional"):
                for kind in ("sync", "async"):
                    reason = KNOWN_DEFECTS.get((provider, key, mode))
                    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                    cases.append(
                        pytest.param(
                            provider,
                            key,
                            mode,
                            kind,
                            id=f"{provider}-{key}-{mode}-{kind}",
                            marks=marks,
                        )
                    )
    return cases


# --- the packages ---------------------------------------------------------------------------------


@dataclass
class Package:
    provider: str
    module: ModuleType
    sync_client: type
    async_client: type
    values: cv.SpecValues


_PACKAGES: dict[str, Package] = {}


def package(provider: str) -> Package:
    if provider not in _PACKAGES:
        name = _package_dir(provider).name
        module = importlib.import_module(name)
        base = importlib.import_module(f"{name}._base_client")
        rules = importlib.import_module(f"{name}._rules")
        table = importlib.import_module(f"{name}._rule_table")
        clients = [getattr(module, n) for n in dir(module) if isinstance(getattr(module, n), type)]
        [sync_client] = [
            c for c in clients if issubclass(c, base.SyncAPIClient) and c is not base.SyncAPIClient
        ]
        [async_client] = [
            c
            for c in clients
            if issubclass(c, base.AsyncAPIClient) and c is not base.AsyncAPIClient
        ]
        values = cv.SpecValues(SPECS[provider], table.RULES, rules.violation)
        _PACKAGES[provider] = Package(provider, module, sync_client, async_client, values)
    return _PACKAGES[provider]


# --- Prism ----------------------------------------------------------------------------------------

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """One ``prism mock`` process for one package's normalized spec, with its log in a file."""

    def __init__(self, provider: str, log_dir: Path) -> None:
        self.provider = provider
        self.spec = GENERATED / provider / "openapi.json"
        self.log_path = log_dir / f"prism-{provider}.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.started_at = 0.0
        self.ready = False
        self._session: Session | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.port = _free_port()
        self.started_at = time.monotonic()
        env = {**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"}
        with open(self.log_path, "wb") as log:
            # --errors: a violation marked as an error produces an error response (request
            # violations always do in mock mode; with it, response violations do too).
            self.process = subprocess.Popen(
                [
                    str(PRISM),
                    "mock",
                    str(self.spec),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(self.port),
                    "--errors",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=ROOT,
                env=env,
                start_new_session=True,  # its own process group: stop() ends Prism and its children only
            )

    def log_text(self, start: int = 0) -> str:
        with open(self.log_path, "rb") as handle:
            handle.seek(start)
            return ANSI.sub("", handle.read().decode("utf-8", "replace"))

    def wait_ready(self) -> None:
        if self.ready:
            return
        assert self.process is not None
        attempts = 0
        while True:
            deadline = self.started_at + PRISM_START_TIMEOUT
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    break
                if "Prism is listening" in self.log_text():
                    try:
                        with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                            self.ready = True
                            REPORT.prism_started[self.provider] = time.monotonic() - self.started_at
                            return
                    except OSError:
                        pass
                time.sleep(0.1)
            text = self.log_text()
            attempts += 1
            if self.process.poll() is not None and "EADDRINUSE" in text and attempts < 3:
                self.start()  # the free port was taken in the meantime: another one
                continue
            self.stop()
            pytest.fail(
                f"Prism did not start for {self.spec} (exit {self.process.poll()}):\n{text[-3000:]}"
            )

    def mark(self) -> int:
        return self.log_path.stat().st_size

    def log_since(self, mark: int) -> str:
        """Prism's log for the requests sent since ``mark``: a sentinel request, once its line
        shows up, proves every earlier line has been written."""
        token = uuid.uuid4().hex
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", f"/__contract_log_sync__/{token}")
            connection.getresponse().read()
        except OSError as exc:
            pytest.fail(
                f"Prism for {self.provider} stopped answering: {exc}\n{self.log_text()[-2000:]}"
            )
        finally:
            connection.close()
        deadline = time.monotonic() + LOG_SYNC_TIMEOUT
        while time.monotonic() < deadline:
            text = self.log_text(mark)
            index = text.find(f"/__contract_log_sync__/{token}")
            if index >= 0:
                return text[: text.rfind("\n", 0, index) + 1]
            time.sleep(0.005)
        pytest.fail(
            f"Prism's log for {self.provider} did not show the sync request within {LOG_SYNC_TIMEOUT}s"
        )

    def session(self, pkg: Package) -> Session:
        if self._session is None:
            self._session = Session(pkg, self.url)
        return self._session

    def stop(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    """One Prism per package for the whole module, all started at once (each takes seconds)."""
    if not PRISM.exists():
        pytest.fail(
            f"Prism is not installed ({PRISM} is missing). `make test` installs it with `npm ci` from "
            "package-lock.json; without make, run `npm ci` in the repository root (Node.js and npm "
            "are needed: e.g. `apt-get install nodejs npm`)."
        )
    log_dir = tmp_path_factory.mktemp("prism")
    servers = {provider: PrismServer(provider, log_dir) for provider in PROVIDERS}
    try:
        for server in servers.values():
            server.start()
        for server in servers.values():
            server.wait_ready()
        yield servers
    finally:
        for server in servers.values():
            server.stop()


# --- one call -------------------------------------------------------------------------------------


@dataclass
class Exchange:
    method: str
    url: httpx.URL
    headers: httpx.Headers
    content: bytes
    status: int | None = None
    response_headers: httpx.Headers | None = None


@dataclass
class Recorder:
    """httpx event hooks: every request the client sends and the answer it gets."""

    exchanges: list[Exchange] = field(default_factory=list)

    def on_request(self, request: httpx.Request) -> None:
        self.exchanges.append(
            Exchange(request.method, request.url, request.headers, request.read())
        )

    def on_response(self, response: httpx.Response) -> None:
        self.exchanges[-1].status = response.status_code
        self.exchanges[-1].response_headers = response.headers

    async def on_request_async(self, request: httpx.Request) -> None:
        self.exchanges.append(
            Exchange(request.method, request.url, request.headers, await request.aread())
        )

    async def on_response_async(self, response: httpx.Response) -> None:
        self.on_response(response)


def _conforms(value: Any, hint: Any) -> bool:
    """Does ``value`` have the method's return type (a model, a list of models, bytes, …)?"""
    if hint is Any or hint is object:
        return True
    if hint is None or hint is type(None):
        return value is None
    origin = typing.get_origin(hint)
    if origin is None:
        return isinstance(value, hint) if isinstance(hint, type) else True
    args = typing.get_args(hint)
    if origin in (list, typing.List):
        return isinstance(value, list) and all(_conforms(v, args[0]) for v in value)
    if origin in (dict, typing.Dict):
        return isinstance(value, dict)
    if origin is typing.Union or str(origin) == "types.UnionType":
        return any(_conforms(value, a) for a in args)
    if origin is typing.Literal:
        return value in args
    return isinstance(value, origin)


def _prism_log(log: str) -> tuple[list[str], list[str]]:
    """Prism's log of one call: (validator errors and warnings, other warnings and errors).
    The validator's summary line, which the individual violations follow, is left out; so are
    the log-sync requests (404 by design)."""
    violations, notes = [], []
    for line in log.splitlines():
        if "/__contract_log_sync__/" in line or "did not pass the validation rules" in line:
            continue
        text = re.sub(r"^\[[^\]]*\]\s*›\s*", "", line).strip()
        if "[VALIDATOR]" in line and ("✖" in line or "⚠" in line):
            violations.append("Prism log: " + text)
        elif "Request terminated with error" in line:
            violations.append("Prism log: " + text)
        elif "✖" in line or "⚠" in line:
            notes.append("Prism log: " + " ".join(text.split()))
    return violations, notes


def _wire_mismatches(operation: cv.Operation, call: cv.Call, exchange: Exchange) -> list[str]:
    """What reached the wire against what the arguments say (checks Prism does not make)."""
    problems = []
    if exchange.method != operation.http_method.upper():
        problems.append(f"method {exchange.method}, the spec says {operation.http_method.upper()}")
    raw_path = exchange.url.raw_path.decode().split("?", 1)[0]
    if raw_path != call.path:
        problems.append(f"path {raw_path!r}, expected {call.path!r}")
    declared = {a.wire_name for a in operation.parameters if a.location == "query"}
    sent = parse_qsl(exchange.url.query.decode(), keep_blank_values=True)
    undeclared = sorted({name for name, _ in sent if name not in declared})
    if undeclared:
        problems.append(
            f"query parameters the operation does not declare (Prism ignores them): {undeclared}"
        )
    sent_query: dict[str, list[str]] = {}
    for name, value in sent:
        sent_query.setdefault(name, []).append(value)
    for name, expected in call.query.items():
        expected_list = expected if isinstance(expected, list) else [expected]
        wanted = [json.dumps(v) if isinstance(v, bool) else str(v) for v in expected_list]
        got = sent_query.get(name)
        if got is None:
            problems.append(f"query parameter {name!r} was not sent (argument given: {expected!r})")
        elif not _same_text(got, wanted):
            problems.append(f"query parameter {name!r} is {got}, expected {wanted}")
    for name, expected in call.headers.items():
        got_header = exchange.headers.get(name)
        if got_header != expected:
            problems.append(f"header {name!r} is {got_header!r}, expected {expected!r}")
    content_type = exchange.headers.get("content-type", "")
    if call.has_body:
        media = operation.body_media_type or ""
        if not content_type.split(";")[0].strip() == media:
            problems.append(f"content type {content_type!r}, the spec says {media!r}")
        if media.endswith("json"):
            try:
                body = json.loads(exchange.content)
            except ValueError:
                problems.append(f"the body is not JSON: {exchange.content[:100]!r}")
            else:
                if not _same_json(body, call.body):
                    problems.append(
                        f"JSON body {json.dumps(body)[:400]} differs from the arguments' {json.dumps(call.body)[:400]}"
                    )
        elif media == "multipart/form-data":
            names = set(re.findall(rb'name="([^"]+)"', exchange.content))
            missing = [k for k in call.body if k.encode() not in names]
            if missing:
                problems.append(f"form fields missing from the multipart body: {missing}")
    elif exchange.content:
        # No body argument given: an empty JSON object (every field left out) is what the
        # client sends for a flattened body; Prism has checked that the spec allows it.
        try:
            empty = json.loads(exchange.content) == {}
        except ValueError:
            empty = False
        if not empty:
            problems.append(
                f"a body was sent though no body argument was given: {exchange.content[:200]!r}"
            )
    return problems


def _same_text(got: list[str], wanted: list[str]) -> bool:
    if got == wanted:
        return True
    try:
        return [float(g) for g in got] == [float(w) for w in wanted]
    except ValueError:
        return False


def _same_json(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return bool(a == b)


class Session:
    """The generated clients of one package, sync and async, over recording httpx clients that
    live as long as the module (creating an httpx client costs tens of milliseconds)."""

    def __init__(self, pkg: Package, base_url: str) -> None:
        self.recorder = Recorder()
        recorder = self.recorder
        self.http = httpx.Client(
            event_hooks={"request": [recorder.on_request], "response": [recorder.on_response]}
        )
        self.loop = asyncio.new_event_loop()
        hooks: dict[str, list[Callable[..., Any]]] = {
            "request": [recorder.on_request_async],
            "response": [recorder.on_response_async],
        }
        self.async_http = httpx.AsyncClient(event_hooks=hooks)
        self.sync_client = pkg.sync_client(
            api_key=API_KEY, base_url=base_url, max_retries=0, http_client=self.http
        )
        self.async_client = pkg.async_client(
            api_key=API_KEY, base_url=base_url, max_retries=0, http_client=self.async_http
        )

    def run(
        self, operation: cv.Operation, call: cv.Call, kind: str
    ) -> tuple[Any, BaseException | None]:
        """Call the method; the result, or the exception it raised (reported with the violations)."""
        self.recorder.exchanges.clear()
        client = self.sync_client if kind == "sync" else self.async_client
        method = getattr(getattr(client, operation.resource), operation.method)
        try:
            if kind == "sync":
                return method(*call.args, **call.kwargs), None
            return self.loop.run_until_complete(method(*call.args, **call.kwargs)), None
        except Exception as exc:  # noqa: BLE001 - reported with the violations
            return None, exc

    def close(self) -> None:
        self.http.close()
        self.loop.run_until_complete(self.async_http.aclose())
        self.loop.close()


# --- checking one call ---------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one call of a method produced, by kind of problem."""

    violations: list[str] = field(
        default_factory=list
    )  # Prism: sl-violations header, validator log
    mismatches: list[str] = field(default_factory=list)  # supplementary wire checks
    errors: list[str] = field(default_factory=list)  # the call raised, or returned the wrong type
    notes: list[str] = field(
        default_factory=list
    )  # Prism's other warnings (reported, not failures)

    @property
    def problems(self) -> list[str]:
        return [*self.violations, *self.mismatches, *self.errors]


def check_call(
    server: PrismServer,
    session: Session,
    operation: cv.Operation,
    call: cv.Call,
    kind: str,
    return_type: Any,
) -> Outcome:
    """Make one call against Prism and collect every problem with it."""
    mark = server.mark()
    result, error = session.run(operation, call, kind)
    log = server.log_since(mark)
    exchanges = list(session.recorder.exchanges)
    outcome = Outcome()
    for exchange in exchanges:
        header = (
            exchange.response_headers.get("sl-violations")
            if exchange.response_headers is not None
            else None
        )
        if header:
            outcome.violations.append(f"sl-violations header ({exchange.status}): {header}")
    log_violations, outcome.notes = _prism_log(log)
    outcome.violations += log_violations
    for exchange in exchanges[:1]:
        outcome.mismatches += _wire_mismatches(operation, call, exchange)
    if len(exchanges) > 1:
        outcome.mismatches.append(f"{len(exchanges)} requests for one call (max_retries=0)")
    if error is not None:
        sent = "" if exchanges else " before sending anything"
        outcome.errors.append(f"the call raised {type(error).__name__}{sent}: {str(error)[:800]}")
    elif not _conforms(result, return_type):
        outcome.errors.append(f"the result {type(result).__name__} is not a {return_type}")
    return outcome


_CALLS: dict[tuple[str, str, str], list[cv.Call]] = {}


def _calls(pkg: Package, operation: cv.Operation, binding: cv.Binding, mode: str) -> list[cv.Call]:
    """The calls of one case, built once for the sync and the async client."""
    key = (pkg.provider, operation.key, mode)
    if key not in _CALLS:
        _CALLS[key] = cv.calls(pkg.values, operation, binding, mode)
    return _CALLS[key]


def _short(kwargs: dict[str, Any]) -> str:
    text = repr({k: ("<file>" if isinstance(v, tuple) else v) for k, v in kwargs.items()})
    return text if len(text) < 600 else text[:600] + "…"


def _prepare(
    provider: str, key: str, prism: dict[str, PrismServer]
) -> tuple[Package, cv.Operation, PrismServer, Session, cv.Binding, Any]:
    pkg = package(provider)
    operation = OPERATIONS[provider][key]
    server = prism[provider]
    server.wait_ready()
    session = server.session(pkg)
    method = getattr(getattr(session.sync_client, operation.resource), operation.method)
    binding = cv.bind(pkg.values, operation, method)
    return pkg, operation, server, session, binding, _return_type(method)


def _return_type(method: Any) -> Any:
    """The method's return annotation, evaluated in its module (only that one: the parameters'
    annotations may name things the module imports only for type checkers)."""
    annotation = inspect.signature(method).return_annotation
    if isinstance(annotation, str):
        annotation = eval(
            annotation, vars(sys.modules[method.__module__])
        )  # noqa: S307 - our own code
    return annotation


# --- the tests ------------------------------------------------------------------------------------


def test_every_rule_model_is_a_schema_of_the_spec() -> None:
    """The value generator finds a package's rules by model name: every name must be a schema
    (or a title) of the spec, or its rules would be silently skipped. The exception is the
    parameter models the generator synthesizes (``…Params``): their rules are the limits of
    parameters, which the value generator reads from the parameters themselves."""
    for provider in PROVIDERS:
        unmatched = package(provider).values.unmatched_rule_models
        assert {name for name in unmatched if not name.endswith("Params")} == set(), provider


@pytest.mark.parametrize(("provider", "key", "mode", "kind"), _cases())
def test_operation_against_prism(
    provider: str, key: str, mode: str, kind: str, prism: dict[str, PrismServer]
) -> None:
    """Every method, with only the required arguments or with every optional one, sync or async:
    no violation from Prism, what reaches the wire is what the arguments say, the response parses.
    """
    record = REPORT.record(
        CaseRecord(
            provider, key, mode, kind, expected_failure=KNOWN_DEFECTS.get((provider, key, mode))
        )
    )
    pkg, operation, server, session, binding, return_type = _prepare(provider, key, prism)
    failures: list[str] = []
    for call in _calls(pkg, operation, binding, mode):
        outcome = check_call(server, session, operation, call, kind, return_type)
        record.calls += 1
        record.violations += outcome.violations
        record.mismatches += outcome.mismatches
        record.errors += outcome.errors
        record.notes += outcome.notes
        record.unset_optional = call.unset_optional
        if outcome.problems:
            where = f"{call.label}: {operation.resource}.{operation.method}(*{call.args!r}, **{_short(call.kwargs)})"
            failures.append(where + "\n    " + "\n    ".join(outcome.problems))
    assert not failures, "\n".join(failures)


def test_every_optional_argument_is_set_by_some_call() -> None:
    """The "every optional argument" calls of an operation together set every optional argument
    (when cross-field rules forbid setting them all at once, over several calls)."""
    unset = {}
    for provider in PROVIDERS:
        pkg = package(provider)
        client = pkg.sync_client(api_key=API_KEY, base_url="http://127.0.0.1:9")
        for key, operation in OPERATIONS[provider].items():
            method = getattr(getattr(client, operation.resource), operation.method)
            binding = cv.bind(pkg.values, operation, method)
            calls = _calls(pkg, operation, binding, "optional")
            if calls[0].unset_optional:
                unset[f"{provider} {key}"] = calls[0].unset_optional
        client.close()
    assert unset == {}


# The check must be able to fail: each row breaks one call on purpose (through the runtime's
# extra_* options, which bypass the argument checks) and names the kind of problem it must report.
SABOTAGE = [
    pytest.param("extra_body", {"n": 100}, "violations", id="body-value-out-of-range"),
    pytest.param("extra_body", {"n": "three"}, "violations", id="body-value-of-wrong-type"),
    pytest.param(
        "extra_headers", {"Content-Type": "text/plain"}, "violations", id="wrong-content-type"
    ),
    pytest.param(
        "extra_headers",
        {"Authorization": "Basic Y29udHJhY3Q6dGVzdA=="},
        "violations",
        id="wrong-auth-scheme",
    ),
    pytest.param("extra_query", {"Prompt": "x"}, "mismatches", id="undeclared-query-parameter"),
    pytest.param(
        "extra_body", {"negative_prompt": "changed"}, "mismatches", id="body-differs-from-arguments"
    ),
]


@pytest.mark.parametrize(("option", "value", "expected"), SABOTAGE)
def test_the_check_reports_a_broken_request(
    option: str, value: dict[str, Any], expected: str, prism: dict[str, PrismServer]
) -> None:
    pkg, operation, server, session, binding, return_type = _prepare(
        "kling", "images.create_generation", prism
    )
    call = copy.deepcopy(_calls(pkg, operation, binding, "optional")[0])
    call.kwargs[option] = value
    outcome = check_call(server, session, operation, call, "sync", return_type)
    assert getattr(outcome, expected), f"{expected} not reported; outcome: {outcome}"
    if expected == "violations":
        assert outcome.errors, "Prism answered a violating request with a success"
