"""The linear-time check itself tells quadratic work from linear on this machine, whatever its speed."""

from __future__ import annotations

import re

import pytest
from growth import assert_linear

RESTART = re.compile(r"\(+x")  # tried at each bracket, it scans all the brackets after it: quadratic in a run of them


def quadratic(text: str) -> object:
    return RESTART.search(text)


def test_quadratic_work_fails_the_check() -> None:
    with pytest.raises(AssertionError, match="worse than linear"):
        assert_linear(lambda n: "(" * n + "y", quadratic, 2_000)


def test_linear_work_passes_it() -> None:
    assert_linear(lambda n: "(" * n + "y", str.split, 100_000)
