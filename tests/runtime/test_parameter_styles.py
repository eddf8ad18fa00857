"""Path, query, header and cookie parameters go on the wire as their ``style``/``explode`` say.

A small document declares one parameter per interesting serialization; the generated package
is imported and called against the local test server, which records the raw request line and
headers. Expected texts follow the examples table of the OpenAPI specification (3.1, 4.8.12.4).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import pytest

from conftest import MockServer, Reply, generate_document, imported

ARRAY = {"type": "array", "items": {"type": "string"}}
OBJECT = {"type": "object", "properties": {"R": {"type": "integer"}, "G": {"type": "integer"}}}


def _param(name: str, where: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "schema": schema,
        **({"required": True} if where == "path" else {}),
        **extra,
    }


DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "Styles", "version": "1"},
    "paths": {
        "/simple/{ids}/{color}": {
            "get": {
                "operationId": "simplePath",
                "parameters": [
                    _param("ids", "path", ARRAY),
                    _param("color", "path", OBJECT, explode=True),
                ],
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/label/{ids}": {
            "get": {
                "operationId": "labelPath",
                "parameters": [
                    _param("ids", "path", ARRAY, style="label"),
                ],
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/matrix/{ids}": {
            "get": {
                "operationId": "matrixPath",
                "parameters": [
                    _param("ids", "path", ARRAY, style="matrix", explode=True),
                ],
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/query": {
            "get": {
                "operationId": "query",
                "parameters": [
                    _param("tags", "query", ARRAY),
                    _param("csv", "query", ARRAY, explode=False),
                    _param("piped", "query", ARRAY, style="pipeDelimited", explode=False),
                    _param("spaced", "query", ARRAY, style="spaceDelimited", explode=False),
                    _param(
                        "filter",
                        "query",
                        {
                            "type": "object",
                            "properties": {
                                "size": {
                                    "type": "object",
                                    "properties": {"min": {"type": "integer"}},
                                },
                                "kind": {"type": "string"},
                            },
                        },
                        style="deepObject",
                        explode=True,
                    ),
                    _param("flag", "query", {"type": "boolean"}),
                    {
                        "name": "where",
                        "in": "query",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"a": {"type": "integer"}},
                                }
                            }
                        },
                    },
                ],
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/headers": {
            "get": {
                "operationId": "headers",
                "parameters": [
                    _param("X-Ids", "header", ARRAY),
                    _param("X-Flag", "header", {"type": "boolean"}),
                    _param("session", "cookie", {"type": "string"}),
                    _param("prefs", "cookie", ARRAY, explode=False),
                ],
                "responses": {"204": {"description": "ok"}},
            }
        },
    },
}


@pytest.fixture(scope="module")
def styles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    work = tmp_path_factory.mktemp("styles")
    generate_document(work, "styles", DOCUMENT)
    with imported(work, "styles") as packages:
        yield packages["styles"]


@pytest.fixture
def client(styles: ModuleType, server: MockServer) -> Any:
    server.handler = lambda request: Reply(204)
    return styles.Styles(api_key="k", base_url=server.url, max_retries=0)


def test_path_styles(client: Any, server: MockServer) -> None:
    client.simple.path(["a", "b c"], {"R": 100, "G": 200})
    client.label.path(["x", "y"])
    client.matrix.path(["x", "y"])
    assert [r.path for r in server.requests] == [
        "/simple/a,b%20c/R=100,G=200",
        "/label/.x,y",
        "/matrix/;ids=x;ids=y",
    ]


def test_empty_path_values_are_refused(client: Any, styles: ModuleType, server: MockServer) -> None:
    with pytest.raises(styles.RequestValidationError, match="ids: must not be empty"):
        client.label.path([])
    assert server.requests == []


def test_query_styles(client: Any, server: MockServer) -> None:
    client.query.query(
        tags=["a", "b"],
        csv=["a", "b"],
        piped=["a", "b"],
        spaced=["a", "b"],
        filter_={"size": {"min": 3}, "kind": "png"},
        flag=True,
        where={"a": 1},
    )
    query = unquote(server.requests[0].path.split("?", 1)[1].replace("+", " "))
    assert query.split("&") == [
        "tags=a",
        "tags=b",
        "csv=a,b",
        "piped=a|b",
        "spaced=a b",
        "filter[size][min]=3",
        "filter[kind]=png",
        "flag=true",
        'where={"a":1}',
    ]


def test_unset_query_parameters_are_left_out_and_extra_query_wins(
    client: Any, server: MockServer
) -> None:
    client.query.query(tags=["a"], flag=False, extra_query={"flag": "maybe", "more": 1})
    assert server.requests[0].path == "/query?tags=a&flag=maybe&more=1"


def test_header_and_cookie_parameters(client: Any, server: MockServer) -> None:
    client.headers.headers(ids=["a", "b"], flag=False, session="s 1", prefs=["x", "y"])
    headers = server.requests[0].headers
    assert headers["x-ids"] == "a,b"
    assert headers["x-flag"] == "false"
    assert headers["cookie"] == "session=s%201; prefs=x,y"


def test_no_cookie_header_without_cookie_arguments(client: Any, server: MockServer) -> None:
    client.headers.headers()
    assert "cookie" not in server.requests[0].headers
