"""How often Python's cyclic garbage collector runs while briefbot works.

It runs after every 700 net allocations and then walks what is alive.  A brief keeps millions of
small objects (sentences, terms, word pairs, citations) until it is written and makes next to no
cyclic garbage, so at that rate the collector walked the same objects again and again: a daily
brief made 449 young, 40 middle and 3 full collections, 0.14 s of its CPU, a brief of 396 articles
0.53 s.  With a first threshold of 50,000 (the others kept) they take 0.03 s and 0.22 s, and the
peak memory is the same (see the README's Speed section).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

THRESHOLD = 50_000


def collect_less() -> None:
    """For the whole process (the command line's, and so ``serve``'s): the first threshold raised."""
    first, *rest = gc.get_threshold()
    gc.set_threshold(max(first, THRESHOLD), *rest)


@contextmanager
def collecting_less() -> Iterator[None]:
    """The same while a brief is made in a process that goes on with other work (a benchmark, a
    program using briefbot): its thresholds are put back after.  Each brief puts back what it
    found, so briefs made at once in several threads may leave them raised (``serve`` makes one at
    a time, and its process collects less anyway)."""
    before = gc.get_threshold()
    collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*before)
