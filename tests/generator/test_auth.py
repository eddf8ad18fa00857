"""The credential goes where the document's security scheme says, and only when it needs to.

One small document per scheme: an API key in a header, a query parameter or a cookie (next to a
cookie parameter of the operation), HTTP basic, a bearer token that is optional, and a document
that says nothing about authentication. Each generated client is called against a local server.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from conftest import MockServer, Reply, generate_document, imported

OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
BEARER = {"type": "http", "scheme": "bearer"}


def document(title: str, schemes: dict[str, Any], security: Any) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": "listThings",
        "parameters": [
            {"name": "theme", "in": "cookie", "schema": {"type": "string"}},
            {"name": "page", "in": "query", "schema": {"type": "integer"}},
        ],
        "responses": OK,
    }
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1"},
        "paths": {"/things": {"get": operation}},
    }
    if schemes:
        spec["components"] = {"securitySchemes": schemes}
    if security is not None:
        spec["security"] = security
    return spec


DOCUMENTS = {
    "hdr": document(
        "Hdr", {"key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}}, [{"key": []}]
    ),
    "qry": document(
        "Qry", {"key": {"type": "apiKey", "in": "query", "name": "key"}}, [{"key": []}]
    ),
    "ck": document(
        "Ck", {"session": {"type": "apiKey", "in": "cookie", "name": "sid"}}, [{"session": []}]
    ),
    "basic": document("Basic", {"login": {"type": "http", "scheme": "basic"}}, [{"login": []}]),
    "optional": document("Optional", {"token": BEARER}, [{}, {"token": []}]),
    "public": document("Public", {}, None),
}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    work = tmp_path_factory.mktemp("auth")
    for name, spec in DOCUMENTS.items():
        assert generate_document(work, name, spec).warnings == ()  # every scheme here is supported
    with imported(work, *DOCUMENTS) as modules:
        yield modules


def client(packages: dict[str, ModuleType], name: str, server: MockServer, **kwargs: Any) -> Any:
    module = packages[name]
    return getattr(module, name.capitalize())(base_url=server.url, max_retries=0, **kwargs)


def call(packages: dict[str, ModuleType], name: str, server: MockServer, **kwargs: Any) -> Any:
    server.handler = lambda request: Reply(200, {})
    client(packages, name, server, **kwargs).things.list(theme="dark", page=2)
    return server.requests[-1]


def test_api_key_header(packages: dict[str, ModuleType], server: MockServer) -> None:
    request = call(packages, "hdr", server, api_key="k-1")
    assert request.headers["x-api-key"] == "k-1" and "authorization" not in request.headers


def test_api_key_query_parameter(packages: dict[str, ModuleType], server: MockServer) -> None:
    request = call(packages, "qry", server, api_key="k/2")
    assert request.path == "/things?page=2&key=k%2F2" and "authorization" not in request.headers


def test_api_key_cookie_next_to_cookie_parameters(
    packages: dict[str, ModuleType], server: MockServer
) -> None:
    request = call(packages, "ck", server, api_key="k 3")
    assert (
        request.headers["cookie"] == "theme=dark; sid=k%203"
        and "authorization" not in request.headers
    )


def test_cookie_keys_go_raw_when_cookie_safe(
    packages: dict[str, ModuleType], server: MockServer
) -> None:
    assert (
        call(packages, "ck", server, api_key="abc==").headers["cookie"] == "theme=dark; sid=abc=="
    )


def recorded(packages: dict[str, ModuleType], name: str, **call_kwargs: Any) -> httpx.Request:
    """The request a call sends, seen at the transport (every header line, duplicates included)."""
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(
        lambda request: seen.append(request) or httpx.Response(200, json={})
    )
    api = getattr(packages[name], name.capitalize())(
        api_key="mine",
        base_url="https://api.example",
        http_client=httpx.Client(transport=transport),
    )
    api.things.list(**call_kwargs)
    return seen[0]


def test_the_caller_can_replace_or_remove_the_credential(packages: dict[str, ModuleType]) -> None:
    assert recorded(packages, "hdr", extra_headers={"x-api-key": "other"}).headers.get_list(
        "x-api-key"
    ) == ["other"]
    assert recorded(
        packages, "optional", extra_headers={"authorization": "Bearer other"}
    ).headers.get_list("authorization") == ["Bearer other"]
    assert (
        recorded(packages, "ck", theme="dark", extra_headers={"Cookie": "sid=theirs"}).headers[
            "cookie"
        ]
        == "sid=theirs"
    )
    assert (
        "cookie"
        not in recorded(
            packages, "ck", theme="dark", extra_headers={"Cookie": packages["ck"].NOT_GIVEN}
        ).headers
    )


def test_http_basic(packages: dict[str, ModuleType], server: MockServer) -> None:
    request = call(packages, "basic", server, api_key="ada:pa:ss")
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"ada:pa:ss").decode()


def test_optional_and_undocumented_authentication(
    packages: dict[str, ModuleType], server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``{}`` alternative makes the key optional; a document silent about authentication gets
    an optional bearer token (the most common scheme) rather than a client that demands a key."""
    for name in ("optional", "public"):
        monkeypatch.delenv(packages[name]._constants.API_KEY_ENV, raising=False)
        assert "authorization" not in call(packages, name, server).headers  # built without a key
        assert call(packages, name, server, api_key="t").headers["authorization"] == "Bearer t"


def test_a_required_key_is_still_required(
    packages: dict[str, ModuleType], server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = packages["qry"]
    monkeypatch.delenv(module._constants.API_KEY_ENV, raising=False)
    with pytest.raises(module.QryError, match=module._constants.API_KEY_ENV):
        client(packages, "qry", server)


def test_the_docs_say_how_the_key_is_sent(packages: dict[str, ModuleType]) -> None:
    assert "sent as the query parameter 'key'" in (packages["qry"].Qry.__doc__ or "")
    assert "Optional (the API also allows calls without one)" in (
        packages["public"].Public.__doc__ or ""
    )


@pytest.mark.parametrize("name", ["hdr", "qry", "ck", "basic"])
def test_redirects_keep_the_key_on_the_api_origin_only(
    packages: dict[str, ModuleType], server: MockServer, name: str
) -> None:
    """httpx alone drops ``Authorization`` on a cross-origin redirect but forwards any other
    header, and drops cookies even on the same host: the client decides per hop instead."""
    elsewhere = MockServer()
    elsewhere.handler = lambda request: Reply(200, {})
    elsewhere.start()
    try:
        hops = {"/things": server.url + "/moved", "/moved": elsewhere.url + "/final"}
        server.handler = lambda request: Reply(
            307, raw=b"", headers={"Location": hops[request.path.split("?")[0]]}
        )
        client(packages, name, server, api_key="secret-key").things.list(theme="dark")
        same_host, foreign = server.requests[1], elsewhere.requests[0]
        key_sent = {
            "hdr": same_host.headers.get("x-api-key") == "secret-key",
            "qry": "key=secret-key" in same_host.path,
            "ck": "sid=secret-key" in same_host.headers.get("cookie", ""),
            "basic": same_host.headers.get("authorization", "").startswith("Basic "),
        }
        assert key_sent[name]  # the same origin still authenticates
        assert "secret-key" not in foreign.path and "secret-key" not in str(foreign.headers)
        assert "authorization" not in foreign.headers and "x-api-key" not in foreign.headers
    finally:
        elsewhere.stop()
