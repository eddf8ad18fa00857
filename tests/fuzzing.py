"""The example budget of a Hypothesis property under the loaded profile (see tests/conftest.py).

A property states the examples it draws in CI (``@budget(100)``); ``make fuzz`` (the ``fuzz``
profile) draws :data:`FUZZ_FACTOR` times as many, at random, and ``HYPOTHESIS_FUZZ_FACTOR``
changes the factor for a longer session.
"""

from __future__ import annotations

import os

from hypothesis import settings

FUZZ_FACTOR = int(os.environ.get("HYPOTHESIS_FUZZ_FACTOR", "20"))


def budget(ci_examples: int) -> settings:
    """Settings drawing ``ci_examples`` examples, or FUZZ_FACTOR times as many when fuzzing."""
    fuzzing = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
    return settings(max_examples=ci_examples * (FUZZ_FACTOR if fuzzing else 1))
