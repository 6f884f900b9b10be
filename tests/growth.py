"""How a function's cost grows with its input, told apart on any machine.

A bound in seconds fails on a slower or busier machine (CI ran the segmenter's 50,000-speaker line in 1.003 s of CPU
against a 1.0 s bound, 0.39 s here). The ratio of two sizes' costs does not depend on the machine: eight times the input
costs about eight times as much when the work is linear and sixty-four times when it is quadratic, the shape every hostile
line found so far had (a search started again from each bracket, space or quotation mark).
"""

from __future__ import annotations

import time
from collections.abc import Callable

GROWTH = 8  # the larger input is this many times the smaller
ALLOWED = 24.0  # linear work costs about GROWTH times as much; quadratic GROWTH ** 2
FLOOR = 0.02  # CPU seconds: below this a ratio is timer noise, and quadratic work this cheap harms nobody


def cost(work: Callable[[str], object], text: str, repeats: int = 3) -> float:
    """The least CPU time of a few runs: a pause for another process or the collector inflates one run, not all."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        work(text)
        best = min(best, time.process_time() - started)
    return best


def assert_linear(make: Callable[[int], str], work: Callable[[str], object], n: int) -> None:
    small, large = cost(work, make(n)), cost(work, make(GROWTH * n))
    assert large <= ALLOWED * small + FLOOR, (
        f"{GROWTH} times the input cost {large / max(small, 1e-9):.1f} times as much ({small:.3f} s, {large:.3f} s): "
        "worse than linear"
    )
