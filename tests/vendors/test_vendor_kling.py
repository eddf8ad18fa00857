"""The generated Kling client (kling_sdk, Kling through the api.gpt.ge proxy) against a real HTTP
server on 127.0.0.1.

Covers creating an image task (body, headers, the `{code, message, request_id, data}` envelope),
getting and listing tasks, Kling's error envelope, and a table of every limit and the cross-field
rule of `_rule_table.py`: each violating row must raise RequestValidationError naming the field or
rule before anything is sent, and each valid counterpart must reach the server and get a 200.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import kling_sdk
from conftest import MockServer, Reply, assert_one_rule_warning
from conftest import shared_server as server  # noqa: F401 - this module's `server` fixture
from kling_sdk import AsyncKling, Kling, models
from vendor_payloads import (
    KLING_FAILED,
    KLING_REQUEST_ID,
    KLING_SUBMITTED,
    KLING_SUCCEED,
    KLING_TASK_ID,
    kling_envelope,
    kling_error,
)
from vendor_helpers import (
    assert_refused_before_sending,
    assert_sent_once,
    assert_sent_with_one_rule_warning,
    covered_rules,
)

API_KEY = "sk-gptge-test-secret"
PATH = "/kling/v1/images/generations"
IMAGE_URL = "https://img.example/face.jpg"


def client(server: MockServer, **kwargs: Any) -> Kling:
    return Kling(api_key=API_KEY, base_url=server.url, **kwargs)


# --- create --------------------------------------------------------------------------------------


def test_create_sends_exact_body_and_parses_the_envelope(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KLING_SUBMITTED)
    response = client(server).images.create_generation(
        prompt="a portrait in the rain",
        negative_prompt="blurry",
        image=IMAGE_URL,
        image_fidelity=0.5,
        n=2,
        aspect_ratio="3:2",
        callback_url="https://hooks.example/kling",
        model_name="kling-v1-5",
        image_reference="face",
        human_fidelity=0.8,
        external_task_id="order-42",
    )
    [request] = server.requests
    assert (request.method, request.path) == ("POST", PATH)
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("kling-sdk/")
    assert request.json() == {
        "prompt": "a portrait in the rain",
        "negative_prompt": "blurry",
        "image": IMAGE_URL,
        "image_fidelity": 0.5,
        "n": 2,
        "aspect_ratio": "3:2",
        "callback_url": "https://hooks.example/kling",
        "model_name": "kling-v1-5",
        "image_reference": "face",
        "human_fidelity": 0.8,
        "external_task_id": "order-42",
    }
    assert isinstance(response, models.TaskResponse)
    assert (response.code, response.message, response.request_id) == (
        0,
        "SUCCEED",
        KLING_REQUEST_ID,
    )
    assert isinstance(response.data, models.Task)
    assert (response.data.task_id, response.data.task_status) == (KLING_TASK_ID, "submitted")
    assert response.data.created_at == response.data.updated_at == 1722769557708


def test_create_with_only_a_prompt_sends_only_the_prompt(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KLING_SUBMITTED)
    client(server).images.create_generation(prompt="a cat")
    assert server.requests[0].json() == {"prompt": "a cat"}


def test_create_is_not_retried_after_a_server_error(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        500, kling_error(5000, "Server internal error"), {"Retry-After": "0"}
    )
    with pytest.raises(kling_sdk.InternalServerError) as caught:
        client(server, max_retries=3).images.create_generation(prompt="x")
    assert caught.value.code == "5000"
    assert len(server.requests) == 1


# --- get and list ---------------------------------------------------------------------------------


def test_get_task_parses_a_succeeded_task(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KLING_SUCCEED)
    response = client(server).images.get_generation_task(KLING_TASK_ID)
    [request] = server.requests
    assert (request.method, request.path) == ("GET", f"{PATH}/{KLING_TASK_ID}")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.body == b""
    assert isinstance(response, models.TaskResponse) and response.code == 0
    task = response.data
    assert task.task_status == "succeed"
    assert (
        isinstance(task.task_info, models.TaskInfo)
        and task.task_info.external_task_id == "order-42"
    )
    assert isinstance(task.task_result, models.TaskResult)
    images = task.task_result.images
    assert [image.url for image in images] == [
        "https://cdn.klingai.example/0.png",
        "https://cdn.klingai.example/1.png",
    ]
    assert images[0].index == 0 and images[1].id == "img_1"


def test_get_task_parses_a_failed_task(server: MockServer) -> None:
    server.handler = lambda r: Reply(200, KLING_FAILED)
    task = client(server).images.get_generation_task(KLING_TASK_ID).data
    assert task.task_status == "failed"
    assert task.task_status_msg == "Content policy violation"
    assert task.task_info.external_task_id is None


def test_get_task_is_retried_after_a_server_error(server: MockServer) -> None:
    replies = iter(
        [
            Reply(503, kling_error(5001, "Maintenance"), {"Retry-After": "0"}),
            Reply(200, KLING_SUCCEED),
        ]
    )
    server.handler = lambda r: next(replies)
    assert client(server).images.get_generation_task(KLING_TASK_ID).data.task_status == "succeed"
    assert len(server.requests) == 2


def test_list_tasks_sends_page_parameters_and_parses_the_page(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        200, kling_envelope([KLING_SUBMITTED["data"], KLING_SUCCEED["data"]])
    )
    page = client(server).images.list_generation_tasks(page_num=2, page_size=10)
    [request] = server.requests
    assert (request.method, request.path) == ("GET", f"{PATH}?pageNum=2&pageSize=10")
    assert isinstance(page, models.TaskListResponse)
    assert [task.task_status for task in page.data] == ["submitted", "succeed"]


# --- the error envelope -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "exception"),
    [
        (400, 1201, kling_sdk.BadRequestError),
        (401, 1002, kling_sdk.AuthenticationError),
        (403, 1103, kling_sdk.PermissionDeniedError),
        (404, 1203, kling_sdk.NotFoundError),
        (
            429,
            1102,
            kling_sdk.InsufficientCreditsError,
        ),  # resource pack depleted: waiting does not help
        (429, 1302, kling_sdk.RateLimitError),
        (504, 5002, kling_sdk.InternalServerError),
    ],
)
def test_error_envelope_becomes_a_typed_exception(
    server: MockServer, status: int, code: int, exception: type[kling_sdk.APIStatusError]
) -> None:
    body = kling_error(code, f"error {code}", "req-err-1")
    server.handler = lambda r: Reply(status, body)
    with pytest.raises(exception) as caught:
        client(server, max_retries=0).images.get_generation_task(KLING_TASK_ID)
    error = caught.value
    assert isinstance(error, kling_sdk.KlingError)
    assert error.status_code == status
    assert error.code == str(code)
    assert error.message == f"error {code}"
    assert error.request_id == "req-err-1"
    assert error.body == body
    assert API_KEY not in str(error) and API_KEY not in repr(error)
    assert len(server.requests) == 1


def test_create_error_in_the_envelope(server: MockServer) -> None:
    server.handler = lambda r: Reply(400, kling_error(1301, "Content policy", "req-cp"))
    with pytest.raises(kling_sdk.BadRequestError) as caught:
        client(server).images.create_generation(prompt="x")
    assert (caught.value.code, caught.value.message, caught.value.request_id) == (
        "1301",
        "Content policy",
        "req-cp",
    )


# --- async --------------------------------------------------------------------------------------------


def test_async_create_get_and_list(server: MockServer) -> None:
    def handler(request: Any) -> Reply:
        if request.method == "POST":
            return Reply(200, KLING_SUBMITTED)
        if "?" in request.path:
            return Reply(200, kling_envelope([KLING_SUCCEED["data"]]))
        return Reply(200, KLING_SUCCEED)

    server.handler = handler

    async def run() -> tuple[models.TaskResponse, models.TaskResponse, models.TaskListResponse]:
        async with AsyncKling(api_key=API_KEY, base_url=server.url) as kling:
            created = await kling.images.create_generation(
                prompt="async", n=9, model_name="kling-v2"
            )
            task = await kling.images.get_generation_task(created.data.task_id)
            page = await kling.images.list_generation_tasks(page_size=500)
            return created, task, page

    created, task, page = asyncio.run(run())
    assert created.data.task_status == "submitted" and task.data.task_status == "succeed"
    assert len(page.data) == 1
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", PATH),
        ("GET", f"{PATH}/{KLING_TASK_ID}"),
        ("GET", f"{PATH}?pageSize=500"),
    ]
    assert server.requests[0].json() == {"prompt": "async", "n": 9, "model_name": "kling-v2"}


def test_async_rule_violation_sends_nothing(server: MockServer) -> None:
    async def run() -> None:
        async with AsyncKling(api_key=API_KEY, base_url=server.url) as kling:
            await kling.images.create_generation(
                prompt="p", model_name="kling-v1-5", image=IMAGE_URL
            )

    with pytest.raises(kling_sdk.RequestValidationError, match="image_reference"):
        asyncio.run(run())
    assert server.requests == []


# --- limits and the cross-field rule -------------------------------------------------------------------

RULE = "kling-v1-5-image-needs-image-reference"

# (create_generation() arguments, words the message must contain)
VIOLATIONS: list[Any] = [
    pytest.param({"prompt": "x" * 501}, ["prompt", "500"], id="prompt-501-chars"),
    pytest.param(
        {"prompt": "p", "negative_prompt": "x" * 201},
        ["negative_prompt", "200"],
        id="negative-prompt-201-chars",
    ),
    pytest.param({"prompt": "p", "n": 0}, ["n:"], id="n-0"),
    pytest.param({"prompt": "p", "n": 10}, ["n:"], id="n-10"),
    pytest.param(
        {"prompt": "p", "image": IMAGE_URL, "image_fidelity": -0.01},
        ["image_fidelity"],
        id="image-fidelity-below-0",
    ),
    pytest.param(
        {"prompt": "p", "image": IMAGE_URL, "image_fidelity": 1.01},
        ["image_fidelity"],
        id="image-fidelity-above-1",
    ),
    pytest.param(
        {"prompt": "p", "human_fidelity": -0.5}, ["human_fidelity"], id="human-fidelity-below-0"
    ),
    pytest.param(
        {"prompt": "p", "human_fidelity": 1.5}, ["human_fidelity"], id="human-fidelity-above-1"
    ),
    pytest.param(
        {"prompt": "p", "aspect_ratio": "21:9"},
        ["aspect_ratio"],
        id="aspect-ratio-21-9-is-vtrix-only",
    ),
    pytest.param(
        {"prompt": "p", "aspect_ratio": "16x9"}, ["aspect_ratio"], id="aspect-ratio-not-in-enum"
    ),
    pytest.param(
        {"prompt": "p", "model_name": "kling-v3"}, ["model_name"], id="model-name-not-in-enum"
    ),
    pytest.param(
        {"prompt": "p", "image": IMAGE_URL, "image_reference": "body"},
        ["image_reference"],
        id="image-reference-not-in-enum",
    ),
    # the cross-field rule
    pytest.param(
        {"prompt": "p", "model_name": "kling-v1-5", "image": IMAGE_URL},
        [RULE, "image_reference"],
        id="v1-5-with-image-without-image-reference",
    ),
    pytest.param(
        {
            "prompt": "p",
            "model_name": "kling-v1-5",
            "image": "iVBORw0KGgoAAAANSUhEUg",
            "image_fidelity": 0.3,
        },
        [RULE, "image_reference"],
        id="v1-5-with-base64-image-without-image-reference",
    ),
    # image: what can be checked without fetching it (seed 002: .jpg/.jpeg/.png, <= 10 MB)
    pytest.param(
        {"prompt": "p", "image": "https://img.example/cat.gif"},
        ["value-formats", "image", ".gif"],
        id="image-url-gif",
    ),
    pytest.param(
        {"prompt": "p", "image": "data:image/webp;base64,UklGRg=="},
        ["value-formats", "image", "image/webp"],
        id="image-data-url-webp",
    ),
    pytest.param(
        {"prompt": "p", "image": "A" * 15 * 2**20},
        ["value-formats", "image", "10485760"],
        id="image-base64-15-mib",
    ),
    pytest.param(
        {"prompt": "p", "image": "data:image/png;base64," + "A" * 15 * 2**20},
        ["image", "10485760"],
        id="image-data-url-15-mib",
    ),
    pytest.param(
        {"prompt": "p", "image": "./photos/cat.png"},
        ["image", "URL or Base64"],
        id="image-a-local-path",
    ),
]

# Limits the spec marks x-unverified: a break warns and the request is sent.
UNVERIFIED_RULE_VIOLATIONS: list[Any] = [
    pytest.param(
        {"prompt": "p", "callback_url": "not a url"},
        ["callback_url-unverified", "absolute http(s) URL"],
        id="callback-url-not-a-url",
    ),
]

# (create_generation() arguments, the rule the row proves silent or None for a limit)
VALID: list[Any] = [
    pytest.param({"prompt": "x" * 500}, None, id="prompt-500-chars"),
    pytest.param(
        {"prompt": "p", "negative_prompt": "x" * 200}, None, id="negative-prompt-200-chars"
    ),
    pytest.param({"prompt": "p", "n": 1}, None, id="n-1"),
    pytest.param({"prompt": "p", "n": 9}, None, id="n-9"),
    pytest.param(
        {"prompt": "p", "image": IMAGE_URL, "image_fidelity": 0}, None, id="image-fidelity-0"
    ),
    pytest.param(
        {"prompt": "p", "image": IMAGE_URL, "image_fidelity": 1}, None, id="image-fidelity-1"
    ),
    pytest.param({"prompt": "p", "human_fidelity": 0.0}, None, id="human-fidelity-0"),
    pytest.param({"prompt": "p", "human_fidelity": 1.0}, None, id="human-fidelity-1"),
    *[
        pytest.param(
            {"prompt": "p", "aspect_ratio": ratio},
            None,
            id=f"aspect-ratio-{ratio.replace(':', '-')}",
        )
        for ratio in ["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3"]
    ],
    *[
        pytest.param({"prompt": "p", "model_name": name}, RULE, id=f"{name}-without-image")
        for name in ["kling-v1", "kling-v1-5", "kling-v2"]
    ],
    pytest.param(
        {
            "prompt": "p",
            "model_name": "kling-v1-5",
            "image": IMAGE_URL,
            "image_reference": "subject",
        },
        RULE,
        id="v1-5-with-image-and-subject-reference",
    ),
    pytest.param(
        {
            "prompt": "p",
            "model_name": "kling-v1-5",
            "image": IMAGE_URL,
            "image_reference": "face",
            "human_fidelity": 0.4,
        },
        RULE,
        id="v1-5-with-image-and-face-reference",
    ),
    pytest.param(
        {"prompt": "p", "model_name": "kling-v1", "image": IMAGE_URL},
        RULE,
        id="v1-with-image-without-reference",
    ),
    pytest.param(
        {"prompt": "p", "model_name": "kling-v2", "image": IMAGE_URL},
        RULE,
        id="v2-with-image-without-reference",
    ),
    pytest.param({"prompt": "p", "image": IMAGE_URL}, RULE, id="no-model-name-with-image"),
    pytest.param(
        {"prompt": "p", "image": "https://img.example/a/cat.JPEG?sig=1"},
        "value-formats",
        id="image-url-jpeg",
    ),
    pytest.param(
        {"prompt": "p", "image": "https://img.example/render?id=7"},
        "value-formats",
        id="image-url-without-extension",
    ),
    pytest.param(
        {"prompt": "p", "image": "data:image/png;base64,iVBORw0KGgo="},
        "value-formats",
        id="image-data-url-png",
    ),
    pytest.param(
        {"prompt": "p", "image": "A" * (10 * 2**20 // 3 * 4)},
        "value-formats",
        id="image-base64-just-under-10-mib",
    ),
    pytest.param(
        {"prompt": "p", "callback_url": "https://hooks.example/kling"},
        "callback_url-unverified",
        id="callback-url-https",
    ),
]


@pytest.mark.parametrize(("arguments", "words"), VIOLATIONS)
def test_violation_raises_before_sending(
    server: MockServer, arguments: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(200, KLING_SUBMITTED)
    assert_refused_before_sending(
        server,
        kling_sdk.RequestValidationError,
        lambda: client(server).images.create_generation(**arguments),
        words,
    )


@pytest.mark.parametrize(("arguments", "words"), UNVERIFIED_RULE_VIOLATIONS)
def test_unverified_rule_violation_warns_and_sends(
    server: MockServer, arguments: dict[str, Any], words: list[str]
) -> None:
    server.handler = lambda r: Reply(200, KLING_SUBMITTED)
    assert_sent_with_one_rule_warning(
        server,
        kling_sdk.UnverifiedRuleWarning,
        lambda: client(server).images.create_generation(**arguments),
        words,
        __file__,
        arguments,
    )


@pytest.mark.parametrize(("arguments", "rule"), VALID)
def test_valid_counterpart_is_sent(
    server: MockServer, arguments: dict[str, Any], rule: str | None
) -> None:
    server.handler = lambda r: Reply(200, KLING_SUBMITTED)
    response = client(server).images.create_generation(**arguments)
    assert response.data.task_id == KLING_TASK_ID
    assert_sent_once(server, arguments)


def test_every_rule_of_the_rule_table_has_rows() -> None:
    from kling_sdk._rule_table import RULES

    rule_ids = {rule["id"] for rule in RULES["ImageGenerationRequest"]}
    assert rule_ids == {RULE, "value-formats", "callback_url-unverified"}
    named_by_violations, proven_silent = covered_rules(
        [*VIOLATIONS, *UNVERIFIED_RULE_VIOLATIONS], VALID
    )
    assert rule_ids <= named_by_violations, rule_ids - named_by_violations
    assert rule_ids <= proven_silent, rule_ids - proven_silent


@pytest.mark.parametrize(
    ("arguments", "word"),
    [
        pytest.param({"page_num": 0}, "page_num", id="page-num-0"),
        pytest.param({"page_num": 1001}, "page_num", id="page-num-1001"),
        pytest.param({"page_size": 0}, "page_size", id="page-size-0"),
        pytest.param({"page_size": 501}, "page_size", id="page-size-501"),
    ],
)
def test_list_page_limits_are_unverified_so_they_warn_and_send(
    server: MockServer, arguments: dict[str, Any], word: str
) -> None:
    """The list endpoint and its 1–1000 / 1–500 ranges are confidence M in vendors.md: a value
    outside them warns and is sent (the server decides)."""
    server.handler = lambda r: Reply(
        200, {"code": 0, "message": "SUCCEED", "request_id": "r", "data": []}
    )
    with pytest.warns(kling_sdk.UnverifiedRuleWarning) as caught:
        client(server).images.list_generation_tasks(**arguments)
    assert_one_rule_warning(
        caught,
        kling_sdk.UnverifiedRuleWarning,
        [word.replace("_n", "N").replace("_s", "S")],
        __file__,
    )
    [request] = server.requests
    assert request.path.endswith(f"{word.replace('_n', 'N').replace('_s', 'S')}={arguments[word]}")
