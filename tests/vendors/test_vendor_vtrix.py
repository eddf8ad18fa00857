"""The generated Vtrix client (vtrix_sdk) against a real HTTP server on 127.0.0.1.

Covers the flat `generations.kirin_v2_image(prompt=…, n=…)` method that builds the
`{"model", "input": [{"params"}]}` envelope, the generic `generations.create`, task retrieval
(object and string errors, open statuses), the error envelope forms the spec accepts, and a table
of every limit and the cross-field rule of `_rule_table.py`: each violating row must raise
RequestValidationError naming the field or rule before anything is sent, and each valid
counterpart must reach the server and get a 200.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import vtrix_sdk
from conftest import MockServer, Reply, assert_one_rule_warning
from conftest import shared_server as server  # noqa: F401 - this module's `server` fixture
from vtrix_sdk import AsyncVtrix, Vtrix, models
from vendor_payloads import (
    VTRIX_COMPLETED,
    VTRIX_CREATED,
    VTRIX_FAILED_OBJECT,
    VTRIX_FAILED_STRING,
    VTRIX_TASK_ID,
)
from vendor_helpers import (
    assert_refused_before_sending,
    assert_sent_once,
    assert_sent_with_one_rule_warning,
)

API_KEY = "vtrix-test-secret"
CREATE_PATH = "/model/v1/generation"
IMAGE_URL = "https://img.example/ref.png"


def client(server: MockServer, **kwargs: Any) -> Vtrix:
    return Vtrix(api_key=API_KEY, base_url=server.url, **kwargs)


def envelope(params: dict[str, Any], model: str = "kirin_v2_image") -> dict[str, Any]:
    return {"model": model, "input": [{"params": params}]}


# --- create: the flat method and the generic one --------------------------------------------------------


def test_flat_kirin_v2_image_builds_the_envelope(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    task = client(server).generations.kirin_v2_image(prompt="a red fox in snow", n=2)
    [request] = server.requests
    assert (request.method, request.path) == ("POST", CREATE_PATH)
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("vtrix-sdk/")
    assert request.json() == {
        "model": "kirin_v2_image",
        "input": [{"params": {"prompt": "a red fox in snow", "n": 2}}],
    }
    assert isinstance(task, models.Task)
    assert (task.id, task.status, task.model, task.created_at) == (
        VTRIX_TASK_ID,
        "pending",
        "kirin_v2_image",
        1767225600000,
    )


def test_flat_method_sends_envelope_fields_beside_the_params(server: MockServer) -> None:
    """``moderation`` belongs to the envelope (vendors.md: ``{model, input, moderation?}``), not
    to the model's params: the flat method takes it and sends it at the top level, checked."""
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    client(server).generations.kirin_v2_image(prompt="p", moderation=False)
    assert server.requests[0].json() == {**envelope({"prompt": "p"}), "moderation": False}
    with pytest.raises(vtrix_sdk.RequestValidationError, match="moderation"):
        client(server).generations.kirin_v2_image(prompt="p", moderation="sometimes")  # type: ignore[arg-type]
    assert len(server.requests) == 1


def test_flat_method_sends_every_field_inside_params(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    # seed 003: with an image, negative prompts "may not be supported": a warning, and it is sent
    with pytest.warns(vtrix_sdk.UnverifiedRuleWarning) as caught:
        client(server).generations.kirin_v2_image(
            prompt="p",
            image=IMAGE_URL,
            negative_prompt="blurry",
            n=9,
            aspect_ratio="21:9",
            callback_url="https://hooks.example/vtrix",
            external_task_id="order-42",
        )
    assert_one_rule_warning(
        caught,
        vtrix_sdk.UnverifiedRuleWarning,
        ["negative-prompt-with-image", "may not be supported"],
        __file__,
    )
    assert server.requests[0].json() == envelope(
        {
            "prompt": "p",
            "image": IMAGE_URL,
            "negative_prompt": "blurry",
            "n": 9,
            "aspect_ratio": "21:9",
            "callback_url": "https://hooks.example/vtrix",
            "external_task_id": "order-42",
        }
    )


def test_generic_create_sends_model_input_and_moderation(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    task = client(server).generations.create(
        model="kirin_v2_image",
        input_=[{"params": {"prompt": "p", "n": 3, "aspect_ratio": "1:1"}}],
        moderation=False,
    )
    assert task.id == VTRIX_TASK_ID
    [request] = server.requests
    assert (request.method, request.path) == ("POST", CREATE_PATH)
    assert request.json() == {
        **envelope({"prompt": "p", "n": 3, "aspect_ratio": "1:1"}),
        "moderation": False,
    }


def test_generic_create_keeps_the_fields_of_another_model(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    params = {"prompt": "waves at dusk", "duration": 5, "mode": "pro"}
    client(server).generations.create(model="kirin_v2_video", input_=[{"params": params}])
    assert server.requests[0].json() == envelope(params, model="kirin_v2_video")


def test_generic_create_without_a_prompt_keeps_every_field(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    params = {"text": "hello", "voice": "alloy", "speed": 1.25}
    client(server).generations.create(model="some_tts", input_=[{"params": params}])
    assert server.requests[0].json() == envelope(params, model="some_tts")


def test_create_is_not_retried_after_a_server_error(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        500, {"code": 500, "message": "internal"}, {"Retry-After": "0"}
    )
    with pytest.raises(vtrix_sdk.InternalServerError):
        client(server, max_retries=3).generations.kirin_v2_image(prompt="p")
    assert len(server.requests) == 1


def test_sync_and_precharge_paths(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        200, VTRIX_COMPLETED if r.path.endswith("/sync") else {"cost": "0.04", "currency": "USD"}
    )
    vtrix = client(server)
    done = vtrix.generations.create_sync(
        model="kirin_v2_image", input_=[{"params": {"prompt": "p"}}]
    )
    estimate = vtrix.generations.precharge(
        model="kirin_v2_image", input_=[{"params": {"prompt": "p"}}]
    )
    assert done.status == "completed"
    assert isinstance(estimate, models.PrechargeResponse) and estimate.model_dump() == {
        "cost": "0.04",
        "currency": "USD",
    }
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", f"{CREATE_PATH}/sync"),
        ("POST", f"{CREATE_PATH}/precharge"),
    ]
    assert all(r.json() == envelope({"prompt": "p"}) for r in server.requests)


# --- task status --------------------------------------------------------------------------------------


def test_get_task_parses_a_completed_task(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, VTRIX_COMPLETED)
    task = client(server).tasks.get(VTRIX_TASK_ID)
    [request] = server.requests
    assert (request.method, request.path) == ("GET", f"{CREATE_PATH}/task/{VTRIX_TASK_ID}")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert isinstance(task, models.Task)
    assert task.status == "completed" and task.progress == 1
    assert isinstance(task.output[0], models.TaskOutput)
    assert [c.url for c in task.output[0].content] == [
        "https://cdn.vtrix.example/0.png",
        "https://cdn.vtrix.example/1.png",
    ]
    assert task.output[0].content[0].type == "image" and task.output[0].jobId == "remote-77"
    assert isinstance(task.usage, models.TaskUsage)
    assert (task.usage.cost, task.usage.quantity, task.usage.unit_price) == ("0.0800", 2, "0.04")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            VTRIX_FAILED_OBJECT,
            ("content_moderation", "The prompt was rejected."),
            id="error-object",
        ),
        pytest.param(VTRIX_FAILED_STRING, "upstream timeout", id="error-string"),
    ],
)
def test_get_task_parses_both_error_forms(
    server: MockServer, body: dict[str, Any], expected: Any
) -> None:
    server.handler = lambda r: Reply(200, body)
    task = client(server).tasks.get(VTRIX_TASK_ID)
    assert task.status == "failed"
    if isinstance(expected, tuple):
        assert isinstance(task.error, models.TaskError)
        assert (task.error.code, task.error.error_message) == expected
    else:
        assert task.error == expected


@pytest.mark.parametrize(
    "status", ["pending", "in_queue", "in_progress", "processing", "success", "queued_for_gpu"]
)
def test_task_status_is_an_open_string(server: MockServer, status: str) -> None:
    server.handler = lambda r: Reply(200, {"id": VTRIX_TASK_ID, "status": status})
    assert client(server).tasks.get(VTRIX_TASK_ID).status == status


def test_get_task_is_retried_after_a_server_error(server: MockServer) -> None:
    replies = iter(
        [Reply(500, {"message": "busy"}, {"Retry-After": "0"}), Reply(200, VTRIX_COMPLETED)]
    )
    server.handler = lambda r: next(replies)
    assert client(server).tasks.get(VTRIX_TASK_ID).status == "completed"
    assert len(server.requests) == 2


# --- the error envelope ----------------------------------------------------------------------------------

# The spec leaves the shape open and accepts `{error}`, `{code, message}`, `{status: {code, message}}`
# and `error` as a TaskError `{code, error_message}`.
ERROR_FORMS: list[Any] = [
    pytest.param(
        401,
        {"error": "Invalid API key"},
        vtrix_sdk.AuthenticationError,
        None,
        "Invalid API key",
        id="error-string",
    ),
    pytest.param(
        403,
        {"code": "insufficient_balance", "message": "Balance too low"},
        vtrix_sdk.PermissionDeniedError,
        "insufficient_balance",
        "Balance too low",
        id="code-message",
    ),
    pytest.param(
        429,
        {"code": 42901, "message": "Too many requests"},
        vtrix_sdk.RateLimitError,
        "42901",
        "Too many requests",
        id="integer-code",
    ),
    pytest.param(
        500,
        {"status": {"code": 500, "message": "Server error"}},
        vtrix_sdk.InternalServerError,
        "500",
        "Server error",
        id="skill-status",
    ),
    pytest.param(
        403,
        {"error": {"code": "forbidden", "message": "No access to model"}},
        vtrix_sdk.PermissionDeniedError,
        "forbidden",
        "No access to model",
        id="error-object-message",
    ),
    pytest.param(
        403,
        {"error": {"code": "insufficient_balance", "error_message": "Balance too low"}},
        vtrix_sdk.PermissionDeniedError,
        "insufficient_balance",
        "Balance too low",
        id="error-object-task-error",
    ),
]


@pytest.mark.parametrize(("status", "body", "exception", "code", "message"), ERROR_FORMS)
def test_error_envelope_becomes_a_typed_exception(
    server: MockServer,
    status: int,
    body: dict[str, Any],
    exception: type[vtrix_sdk.APIStatusError],
    code: str | None,
    message: str,
) -> None:
    server.handler = lambda r: Reply(status, body, {"x-request-id": "req_v1"})
    with pytest.raises(exception) as caught:
        client(server, max_retries=0).generations.kirin_v2_image(prompt="p")
    error = caught.value
    assert isinstance(error, vtrix_sdk.VtrixError)
    assert error.status_code == status
    assert error.body == body
    assert error.request_id == "req_v1"  # the envelope has none: the response header is used
    assert API_KEY not in str(error) and API_KEY not in repr(error)
    assert len(server.requests) == 1
    assert error.code == code
    assert error.message == message


# --- async -----------------------------------------------------------------------------------------------


def test_async_flat_create_then_get(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED if r.method == "POST" else VTRIX_COMPLETED)

    async def run() -> tuple[models.Task, models.Task]:
        async with AsyncVtrix(api_key=API_KEY, base_url=server.url) as vtrix:
            created = await vtrix.generations.kirin_v2_image(
                prompt="async fox", n=4, aspect_ratio="9:16"
            )
            return created, await vtrix.tasks.get(created.id)

    created, done = asyncio.run(run())
    assert created.status == "pending" and done.status == "completed"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", CREATE_PATH),
        ("GET", f"{CREATE_PATH}/task/{VTRIX_TASK_ID}"),
    ]
    assert server.requests[0].json() == envelope(
        {"prompt": "async fox", "n": 4, "aspect_ratio": "9:16"}
    )


def test_async_violation_sends_nothing(server: MockServer) -> None:
    async def run() -> None:
        async with AsyncVtrix(api_key=API_KEY, base_url=server.url) as vtrix:
            await vtrix.generations.kirin_v2_image(prompt="p", n=10)

    with pytest.raises(vtrix_sdk.RequestValidationError, match="n:"):
        asyncio.run(run())
    assert server.requests == []


# --- limits and the cross-field rule ---------------------------------------------------------------------

RULE = "kirin-v2-image-params"
DATA_URL = "data:image/png;base64,iVBORw0KGgo="
# (flat kirin_v2_image() arguments, words the message must contain)
FLAT_VIOLATIONS: list[Any] = [
    pytest.param({"prompt": "x" * 2501}, ["prompt", "2500"], id="prompt-2501-chars"),
    pytest.param(
        {"prompt": "p", "negative_prompt": "x" * 2501},
        ["negative_prompt", "2500"],
        id="negative-prompt-2501-chars",
    ),
    pytest.param({"prompt": "p", "n": 0}, ["n:"], id="n-0"),
    pytest.param({"prompt": "p", "n": 10}, ["n:"], id="n-10"),
    pytest.param(
        {"prompt": "p", "aspect_ratio": "5:4"}, ["aspect_ratio"], id="aspect-ratio-not-in-enum"
    ),
    pytest.param(
        {"prompt": "p", "aspect_ratio": "16/9"}, ["aspect_ratio"], id="aspect-ratio-wrong-separator"
    ),
    pytest.param(
        {"prompt": "p", "image": DATA_URL},
        ["image"],
        id="image-with-data-url-prefix",
    ),
    pytest.param(
        {"prompt": "p", "image": 12345},
        ["image"],
        id="image-not-a-string",
    ),
]

FLAT_VALID: list[Any] = [
    pytest.param({"prompt": "x" * 2500}, id="prompt-2500-chars"),
    pytest.param({"prompt": "p", "negative_prompt": "x" * 2500}, id="negative-prompt-2500-chars"),
    pytest.param({"prompt": "p", "n": 1}, id="n-1"),
    pytest.param({"prompt": "p", "n": 9}, id="n-9"),
    *[
        pytest.param(
            {"prompt": "p", "aspect_ratio": ratio}, id=f"aspect-ratio-{ratio.replace(':', '-')}"
        )
        for ratio in ["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
    ],
    pytest.param({"prompt": "p", "image": "iVBORw0KGgoAAAANSUhEUg=="}, id="image-raw-base64"),
    pytest.param({"prompt": "p", "image": IMAGE_URL}, id="image-url"),
    pytest.param(
        {"prompt": "p", "image": "https://img.example/render?id=7"},
        id="image-url-without-extension",
    ),
    pytest.param(
        {"prompt": "p", "callback_url": "https://hooks.example/v"}, id="callback-url-https"
    ),
]

# seed 003: .jpg/.jpeg/.png, at most 10 MB; dimensions are the server's to check
FLAT_VIOLATIONS += [
    pytest.param(
        {"prompt": "p", "image": "https://img.example/cat.webp"},
        ["value-formats", "image", ".webp"],
        id="image-url-webp",
    ),
    pytest.param(
        {"prompt": "p", "image": "A" * 15 * 2**20},
        ["value-formats", "image", "10485760"],
        id="image-base64-15-mib",
    ),
    pytest.param(
        {"prompt": "p", "image": "cat.png"}, ["image", "URL or Base64"], id="image-a-file-name"
    ),
]

# Rules and limits the spec marks x-unverified: a break warns and the request is sent.
UNVERIFIED_RULE_VIOLATIONS: list[Any] = [
    pytest.param(
        {"prompt": "p", "image": IMAGE_URL, "negative_prompt": "blurry"},
        ["negative-prompt-with-image", "may not be supported"],
        id="negative-prompt-with-image",
    ),
    pytest.param(
        {"prompt": "p", "callback_url": "hooks.example/v"},
        ["callback_url-unverified", "absolute http(s) URL"],
        id="callback-url-without-scheme",
    ),
]


@pytest.mark.parametrize(("arguments", "words"), UNVERIFIED_RULE_VIOLATIONS)
def test_flat_unverified_rule_violation_warns_and_sends(
    server: MockServer, arguments: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    assert_sent_with_one_rule_warning(
        server,
        vtrix_sdk.UnverifiedRuleWarning,
        lambda: client(server).generations.kirin_v2_image(**arguments),
        words,
        __file__,
        envelope(arguments),
    )


def test_an_empty_input_list_warns_and_is_sent(server: MockServer) -> None:
    """``minItems: 1`` on ``input`` is our inference (issue 17): it warns, the server decides."""
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    with pytest.warns(vtrix_sdk.UnverifiedRuleWarning) as caught:
        client(server).generations.create(model="kirin_v2_image", input_=[])
    assert_one_rule_warning(caught, vtrix_sdk.UnverifiedRuleWarning, ["input-unverified"], __file__)
    assert server.requests[0].json() == {"model": "kirin_v2_image", "input": []}


@pytest.mark.parametrize(
    ("arguments", "word"), [({"page": 0}, "page"), ({"page_size": 0}, "page_size")]
)
def test_model_list_paging_limits_warn_and_are_sent(
    server: MockServer, arguments: dict[str, Any], word: str
) -> None:
    server.handler = lambda r: Reply(200, {"status": {"code": 0, "message": "ok"}, "data": []})
    with pytest.warns(vtrix_sdk.UnverifiedRuleWarning) as caught:
        client(server).models.list(**arguments)
    assert_one_rule_warning(
        caught, vtrix_sdk.UnverifiedRuleWarning, [f"{word}-unverified"], __file__
    )
    assert server.requests[0].path.endswith(f"{word}=0")


# (generic create() arguments, words the message must contain): the rule of the rule table
GENERIC_VIOLATIONS: list[Any] = [
    pytest.param(
        envelope({"prompt": "x" * 2501}), [RULE, "prompt", "2500"], id="prompt-2501-chars"
    ),
    pytest.param(
        envelope({"prompt": "p", "negative_prompt": "x" * 2501}),
        [RULE, "negative_prompt", "2500"],
        id="negative-prompt-2501-chars",
    ),
    pytest.param(envelope({"prompt": "p", "n": 0}), [RULE, "`n`"], id="n-0"),
    pytest.param(envelope({"prompt": "p", "n": 10}), [RULE, "`n`"], id="n-10"),
    pytest.param(
        envelope({"prompt": "p", "aspect_ratio": "5:4"}),
        [RULE, "aspect_ratio"],
        id="aspect-ratio-not-in-enum",
    ),
    pytest.param(envelope({"negative_prompt": "no prompt"}), [RULE, "prompt"], id="prompt-missing"),
    pytest.param(
        envelope({"prompt": "p", "image": DATA_URL}),
        [RULE, "image"],
        id="image-with-data-url-prefix",
    ),
    pytest.param(
        envelope({"prompt": "p", "image": 12345}),
        [RULE, "image", "string"],
        id="image-not-a-string",
    ),
    pytest.param(
        {
            "model": "kirin_v2_image",
            "input": [{"params": {"prompt": "p"}}, {"params": {"prompt": "q", "n": 12}}],
        },
        [RULE, "item 1", "`n`"],
        id="second-input-n-12",
    ),
]

GENERIC_VALID: list[Any] = [
    pytest.param(
        envelope(
            {"prompt": "x" * 2500, "negative_prompt": "y" * 2500, "n": 9, "aspect_ratio": "21:9"}
        ),
        id="kirin-at-bounds",
    ),
    pytest.param(envelope({"prompt": "p", "image": IMAGE_URL}), id="kirin-image-url"),
    # the rule applies to kirin_v2_image only: another model's params are free-form
    pytest.param(
        envelope({"text": "x" * 3000, "n": 20}, model="other_model"), id="other-model-unbounded"
    ),
]


def flat_wire(arguments: dict[str, Any]) -> dict[str, Any]:
    return envelope(arguments)


@pytest.mark.parametrize(("arguments", "words"), FLAT_VIOLATIONS)
def test_flat_violation_raises_before_sending(
    server: MockServer, arguments: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    assert_refused_before_sending(
        server,
        vtrix_sdk.RequestValidationError,
        lambda: client(server).generations.kirin_v2_image(**arguments),
        words,
    )


@pytest.mark.parametrize("arguments", FLAT_VALID)
def test_flat_valid_counterpart_is_sent(server: MockServer, arguments: dict[str, Any]) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    assert client(server).generations.kirin_v2_image(**arguments).id == VTRIX_TASK_ID
    assert_sent_once(server, flat_wire(arguments))


@pytest.mark.parametrize(("body", "words"), GENERIC_VIOLATIONS)
def test_generic_violation_raises_before_sending(
    server: MockServer, body: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    assert_refused_before_sending(
        server,
        vtrix_sdk.RequestValidationError,
        lambda: client(server).generations.create(model=body["model"], input_=body["input"]),
        words,
    )


@pytest.mark.parametrize("body", GENERIC_VALID)
def test_generic_valid_counterpart_is_sent(server: MockServer, body: dict[str, Any]) -> None:
    server.handler = lambda r: Reply(200, VTRIX_CREATED)
    assert (
        client(server).generations.create(model=body["model"], input_=body["input"]).id
        == VTRIX_TASK_ID
    )
    assert_sent_once(server, body)


def test_every_rule_of_the_rule_table_has_rows() -> None:
    from vtrix_sdk._rule_table import RULES

    assert {rule["id"] for rule in RULES["GenerationRequest"]} == {RULE, "input-unverified"}
    assert {rule["id"] for rule in RULES["KirinV2ImageParams"]} == {
        "image-base64-without-data-prefix",
        "negative-prompt-with-image",
        "callback_url-unverified",
        "value-formats",
    }
    assert RULE in {word for row in GENERIC_VIOLATIONS for word in row.values[1]}
    assert any(row.values[0]["model"] == "kirin_v2_image" for row in GENERIC_VALID)
