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
import threading
from collections.abc import Iterator
from contextlib import contextmanager

THRESHOLD = 50_000

_lock = threading.Lock()
_briefs = 0  # briefs being made now in this process (in any thread)
_found: tuple[int, ...] = ()  # the thresholds the first of them found


def collect_less() -> None:
    """For the whole process (the command line's, and so ``serve``'s): the first threshold raised.
    A threshold of 0 (automatic collection turned off by the caller) is left alone."""
    first, *rest = gc.get_threshold()
    if first:
        gc.set_threshold(max(first, THRESHOLD), *rest)


def collect_none() -> None:
    """For a process that makes one brief (or timeline) and ends (``brief``, ``post``, ``timeline``): no
    automatic collection at all.  Even at the raised threshold the collector walked a daily brief's
    live objects some 16 times (0.045 s) to find next to nothing: a brief of 396 articles peaks at
    the same memory without it (242 MB).  What is alive when the command ends is freed at exit."""
    gc.disable()


@contextmanager
def collecting_less() -> Iterator[None]:
    """The same while a brief is made in a process that goes on with other work (a benchmark, a
    program using briefbot): its thresholds are put back after.  Briefs made at once in several
    threads share one raise: the first to start keeps what it found, and the last to end puts it
    back."""
    global _briefs, _found
    with _lock:
        if _briefs == 0:
            _found = gc.get_threshold()
            collect_less()
        _briefs += 1
    try:
        yield
    finally:
        with _lock:
            _briefs -= 1
            if _briefs == 0:
                gc.set_threshold(*_found)
