"""Work the runtime puts off until it is needed (issue 19: import + client ≤ 1.2× ``import
httpx, pydantic``, per call ≤ 1.1× raw httpx): constructing a client builds no pydantic model,
a resource's first access builds none of its models, and what a call derives from its endpoint
and its models is worked out once, giving the same requests and errors as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Annotated, Any

import pydantic
import pytest

import krea_sdk
from conftest import GENERATED, MockServer, Reply
from krea_sdk import _arguments, _rules
from krea_sdk._exceptions import RequestValidationError, UnverifiedRuleWarning
from runtime_profiles import PROFILES, Profile

# What ``import pydantic`` leaves for later and a model class (or the package's _enums) needs.
HEAVY = (
    "pydantic.main",
    "pydantic.fields",
    "pydantic._internal._model_construction",
    "pydantic._internal._generate_schema",
    "pydantic.plugin._loader",
)


def loaded_after(profile: Profile, code: str) -> dict[str, Any]:
    """``code`` run in a fresh interpreter with ``p`` the package; prints what it reports."""
    environment = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_LOG"))}
    environment["PYTHONPATH"] = str(GENERATED / profile.name / "src")
    result = subprocess.run(
        [sys.executable, "-c", f"import json, sys, {profile.package} as p\n{code}"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


@pytest.mark.parametrize("profile", PROFILES, ids=[p.name for p in PROFILES])
def test_constructing_a_client_imports_no_pydantic_model_machinery(profile: Profile) -> None:
    report = loaded_after(
        profile,
        f"p.{profile.client_class}(api_key='k')\n"
        "print(json.dumps({'modules': sorted(sys.modules)}))",
    )
    loaded = set(report["modules"])
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
    assert f"{profile.package}._enums" not in loaded
    assert f"{profile.package}.models" not in loaded


def test_a_resource_first_access_builds_no_model_and_a_call_builds_what_it_uses(
    server: MockServer,
) -> None:
    server.handler = lambda r: Reply(
        200,
        {
            "job_id": "j1",
            "status": "completed",
            "created_at": "2026-01-01T00:00:00Z",
            "completed_at": None,
            "result": {"urls": ["https://cdn.example/1.png"]},
        },
    )
    profile = next(p for p in PROFILES if p.name == "krea")
    report = loaded_after(
        profile,
        f"c = p.Krea(api_key='k', base_url={server.url!r})\n"
        "c.jobs\n"
        "from krea_sdk import models\n"
        "classes = [v for v in vars(models).values() if isinstance(v, type)"
        " and issubclass(v, models.BaseModel) and v.__module__ == models.__name__]\n"
        "before = sum(bool(m.__pydantic_complete__) for m in classes)\n"
        "job = c.jobs.get('j1')\n"
        "print(json.dumps({'classes': len(classes), 'before': before,"
        " 'job': type(job).__name__}))",
    )
    assert report["classes"] > 100
    assert report["before"] == 0  # defer_build: nothing built on import
    assert report["job"] == "Job"


class Plain(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    name: str | None = None
    count: int = 0
    ratio: float = 1.0
    flag: bool = False
    renamed: Annotated[str, pydantic.Field(alias="wire-name")] = ""


class Child(pydantic.BaseModel):
    value: int


class Nested(pydantic.BaseModel):
    children: list[Child] = []
    child: Child | None = None
    label: str = ""


class Serialized(pydantic.BaseModel):
    shout: Annotated[str, pydantic.PlainSerializer(lambda v: v.upper())] = ""


class Open(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    name: str = ""


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Plain, {"name": "a", "count": 3, "ratio": 2, "flag": True, "wire-name": "x"}),
        (Plain, {"ratio": float("nan"), "name": None}),
        (Plain, {}),
        (Nested, {"children": [{"value": 1}], "child": {"value": 2}, "label": "l"}),
        (Nested, {"label": "only a scalar"}),
        (Serialized, {"shout": "quiet"}),
        (Open, {"name": "n", "extra": [1, 2]}),
    ],
)
def test_arguments_are_sent_exactly_as_pydantic_dumps_them(
    model: type[pydantic.BaseModel], values: dict[str, Any]
) -> None:
    expected = model.model_validate(values).model_dump(
        mode="json", by_alias=True, exclude_unset=True
    )
    sent = _arguments.validate_arguments(model, values)
    assert json.dumps(sent) == json.dumps(expected)  # same keys, order, values and types


def test_ratio_int_becomes_float_as_pydantic_makes_it() -> None:
    assert json.dumps(_arguments.validate_arguments(Plain, {"ratio": 2})) == '{"ratio": 2.0}'


class NeedsOne(pydantic.BaseModel):
    a: str | None = None
    b: str | None = None


@pytest.fixture
def needs_one_rule(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    rule: dict[str, Any] = {"id": "one-of", "schema": {"minProperties": 1}}
    monkeypatch.setitem(_rules.RULES, "NeedsOne", (rule,))
    return rule


def test_no_arguments_that_break_a_rule_are_refused_on_every_call(
    needs_one_rule: dict[str, Any],
) -> None:
    for _ in range(3):
        with pytest.raises(RequestValidationError, match="one-of"):
            _arguments.validate_arguments(NeedsOne, {})
    assert NeedsOne not in _arguments._EMPTY_IS_CLEAN


def test_no_arguments_that_break_an_unverified_rule_warn_on_every_call(
    needs_one_rule: dict[str, Any],
) -> None:
    needs_one_rule["unverified"] = True
    for _ in range(3):
        with pytest.warns(UnverifiedRuleWarning, match="one-of"):
            assert _arguments.validate_arguments(NeedsOne, {}) == {}
    assert NeedsOne not in _arguments._EMPTY_IS_CLEAN


def test_no_arguments_that_pass_are_checked_once() -> None:
    class Quiet(pydantic.BaseModel):
        a: str | None = None

    assert _arguments.validate_arguments(Quiet, {}) == {}
    assert Quiet in _arguments._EMPTY_IS_CLEAN
    assert _arguments.validate_arguments(Quiet, {}) == {}
    with pytest.raises(RequestValidationError, match="a: "):
        _arguments.validate_arguments(Quiet, {"a": 1})  # given arguments are always checked


def test_a_required_argument_missing_is_refused_on_every_call() -> None:
    class Required(pydantic.BaseModel):
        a: str

    for _ in range(2):
        with pytest.raises(RequestValidationError, match="a: Field required"):
            _arguments.validate_arguments(Required, {})


def test_nested_models_rules_are_checked_in_every_list_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(
        _rules.RULES,
        "Child",
        ({"id": "small", "schema": {"properties": {"value": {"maximum": 5}}}},),
    )
    with pytest.raises(RequestValidationError, match=r"children\.1: \[rule small"):
        _arguments.validate_arguments(Nested, {"children": [{"value": 1}, {"value": 9}]})
    with pytest.raises(RequestValidationError, match=r"child: \[rule small"):
        _arguments.validate_arguments(Nested, {"child": {"value": 9}})


def test_an_endpoint_works_out_its_plan_once_and_calls_send_the_same(server: MockServer) -> None:
    server.handler = lambda r: Reply(
        200,
        {
            "job_id": "j1",
            "status": "queued",
            "created_at": "2026-01-01T00:00:00Z",
            "completed_at": None,
            "result": None,
        },
    )
    from krea_sdk.resources import images

    endpoint = images._FLUX_1_DEV
    with krea_sdk.Krea(api_key="k", base_url=server.url) as client:
        for _ in range(2):
            client.images.flux_1_dev(prompt="p", steps=30, webhook_url="https://example.com/hook")
        with pytest.raises(RequestValidationError, match="steps"):
            client.images.flux_1_dev(prompt="p", steps="30")  # type: ignore[arg-type]
    assert endpoint.plan is endpoint.plan
    assert len(server.requests) == 2
    first, second = server.requests
    assert first.body == second.body == b'{"prompt":"p","steps":30}'
    assert (
        first.headers["x-webhook-url"]
        == second.headers["x-webhook-url"]
        == "https://example.com/hook"
    )
