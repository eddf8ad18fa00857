"""The checks every vendor's rule table gets the same way (tests/vendors/test_vendor_*.py): a
violating row refused before anything is sent, naming its rule; a row breaking an unverified rule
sent anyway with exactly one warning; and every rule of the generated ``_rule_table.py`` covered
by rows of both kinds."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pytest

from conftest import MockServer, Recorded, assert_one_rule_warning


def assert_refused_before_sending(
    server: MockServer, error: type[Exception], call: Callable[[], object], words: list[str]
) -> None:
    """``call()`` raises ``error`` naming every one of ``words``, and nothing reached ``server``."""
    with pytest.raises(error) as caught:
        call()
    message = str(caught.value)
    for word in words:
        assert word in message, f"{word!r} not named in: {message}"
    assert server.requests == []


def assert_sent_once(server: MockServer, body: dict[str, Any]) -> Recorded:
    """``server`` got one request, whose JSON body is ``body``; that request."""
    [request] = server.requests
    assert request.json() == body
    return request


def assert_sent_with_one_rule_warning(
    server: MockServer,
    category: type[Warning],
    call: Callable[[], object],
    words: list[str],
    caller: str,
    body: dict[str, Any],
) -> Recorded:
    """``call()`` (a lambda in the test module ``caller``, the file the warning must point at)
    warns once with ``category`` naming ``words``, and sends ``body`` all the same."""
    with pytest.warns(category) as caught:
        call()
    assert_one_rule_warning(caught, category, words, caller)
    return assert_sent_once(server, body)


def covered_rules(violations: Iterable[Any], valid: Sequence[Any]) -> tuple[set[str], set[str]]:
    """The rule ids named by the violating rows (``pytest.param(arguments, words)``) and those
    proven silent by the valid rows (``pytest.param(arguments, rule)``)."""
    named = {word for row in violations for word in row.values[1]}
    silent = {row.values[1] for row in valid}
    return named, silent
