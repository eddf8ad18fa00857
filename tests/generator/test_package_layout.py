"""The package modules a spec fills in (``_constants``, ``_rule_table``, ``_envelope``,
``webhooks``…) are written in black's layout by :mod:`generator.emit.package_layout`, and skip
black. Black is the judge: whatever :func:`is_black_stable` lets through must be exactly what
black writes, for any values a spec or a config can give (long names, odd strings)."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import black
import pytest

from generator import pipeline
from generator.emit import formatting
from generator.emit.package_layout import assign, bracket_line, event_alias, hook_def, statement
from generator.emit.stable import is_black_stable
from generator.spec.sources import load_provider

ROOT = Path(__file__).resolve().parents[2]
STRINGS = (
    "",
    "it's",
    'say "hi"',
    "both ' and \"",
    "back\\slash",
    "tab\there",
    "é\u2028",
    "x" * 120,
)


def _black(text: str) -> str:
    return str(black.format_str(text, mode=formatting._MODE))


def _value(rnd: random.Random, depth: int = 0) -> Any:
    if depth > 3 or rnd.random() < 0.35:
        return rnd.choice(
            ["x" * rnd.randint(0, 115), rnd.randint(0, 10**12), 1e16, 0.5, None, True]
            + list(STRINGS)
        )
    kind = rnd.choice([dict, tuple, list])
    size = rnd.choice([0, 1, 1, 2, 3, 5])
    if kind is dict:
        return {"k" * rnd.randint(1, 30) + str(i): _value(rnd, depth + 1) for i in range(size)}
    return kind(_value(rnd, depth + 1) for _ in range(size))


def _judged(path: str, text: str) -> bool:
    """Black agrees, or the check sends the file to black (never a wrong file let through)."""
    return _black(text) == text or not is_black_stable(path, text)


def test_literal_statements_are_laid_out_as_black_does() -> None:
    rnd = random.Random(19)
    trusted = 0
    for _ in range(1500):
        head = rnd.choice(
            ["_R1 = ", "ENVELOPE: dict[str, Any] | None = ", "X" * rnd.randint(1, 60) + " = "]
        )
        text = assign(head, _value(rnd)) + "\n"
        assert _judged("src/p/_rule_table.py", text), text
        trusted += is_black_stable("src/p/_rule_table.py", text)
    assert trusted > 1400  # the check lets nearly all through: the layout is black's


@pytest.mark.parametrize("length", [10, 60, 85, 90, 97, 110])
@pytest.mark.parametrize("comment", ["", '# "info" or "debug": log to standard error'])
def test_a_long_scalar_is_wrapped_as_black_wraps_it(length: int, comment: str) -> None:
    for head in ("LOG_ENV = ", "AUTH_NAME: str = ", "V" * 30 + " = "):
        text = statement(head, f'"{"a" * length}"', comment) + "\n"
        assert _judged("src/p/_constants.py", text), text


def test_webhook_lines_are_laid_out_as_black_does() -> None:
    rnd = random.Random(7)
    for _ in range(300):
        members = [f"models.{'M' * rnd.randint(1, 50)}" for _ in range(rnd.randint(1, 5))]
        alias = event_alias(" | ".join(members)) + "\n"
        assert _black(alias) == alias
        function = "parse_" + "y" * rnd.randint(1, 40)
        for annotation in (rnd.choice(members), f"List[{members[0]}]"):
            text = hook_def(function, annotation) + "\n    pass\n"
            assert _judged("src/p/webhooks.py", text), text
        bases = [f"{'B' * rnd.randint(1, 70)}Error", "ValueError"]
        text = bracket_line("class RequestValidationError(", bases, "):") + "\n    pass\n"
        assert _black(text) == text


def _odd_source() -> Any:
    """Kiara (webhooks with a signature) under the longest names its config allows, with
    strings black quotes and escapes its own way."""
    source = load_provider(ROOT / "specs", "kiara")
    config = dataclasses.replace(
        source.config,
        package_name="p" * 60 + "_sdk",
        distribution_name="d" * 60 + "-sdk",
        client_class="C" * 64,
        api_key_env="K" * 56 + "_API_KEY",
        log_env="L" * 64,
        cli_name="c" * 64,
        base_url="https://" + "h" * 90 + ".example/v1",
        version="1.2.3rc1",
    )
    document = dict(source.document)
    signature = dict(document["x-sdk-webhook-signature"])
    signature["signed_payload"] = "{timestamp}." + "x" * 90 + "{body}"
    signature["signature_header"] = "X-Sig-" + "s" * 90
    document["x-sdk-webhook-signature"] = signature
    document["x-sdk-error-envelope"] = {
        "code": "code",
        "success": [0],
        "message": "msg",
        "request_id": "rid",
        "map": {str(1000 + i): 400 + i for i in range(30)},
    }
    return dataclasses.replace(source, config=config, document=document, names_lock=None)


def test_an_odd_config_still_gives_modules_in_blacks_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent: dict[str, str] = {}

    def no_black(files: dict[str, str], later: Any = None, pool: Any = None) -> dict[str, str]:
        sent.update(files)
        return {**files, **(later() if later is not None else {})}

    monkeypatch.setattr(pipeline, "format_files", no_black)
    monkeypatch.setenv("GENMEDIA_WORKERS", "1")
    files = pipeline.build_files(_odd_source()).files
    modules = {
        path: text
        for path, text in files.items()
        if path.endswith(".py") and "/resources/" not in path and "models" not in path
    }
    assert len(modules) > 25
    for path, text in modules.items():
        assert _judged(path, text), path
    assert not [path for path in modules if path in sent]  # black formats none of them
