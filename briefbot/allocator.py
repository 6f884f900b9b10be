"""How the C allocator of a command that makes one brief and ends keeps the memory it frees.

A brief's similarity products (LexRank's graph, support counts, the timeline's near-duplicates) make
and free arrays of megabytes, block after block.  glibc's ``malloc`` gives such memory back to the
kernel as soon as it is freed (a block of more than ``M_MMAP_THRESHOLD`` is a mapping of its own, and
the heap is trimmed when more than ``M_TRIM_THRESHOLD`` is free at its top), so the next block is
mapped again and touched page by page: a daily brief took about 65,000 minor page faults, 0.1 s of
system time more than with the memory kept (about 30,000).  A process that ends after one brief
(``brief``, ``post``, ``timeline``) keeps it instead: its peak memory grows a little (a daily
brief's 123 → 133 MB), and the kernel takes it all back at exit.  ``serve`` does not: a process that lives on gives memory back.
See the README's Speed section.
"""

from __future__ import annotations

import os
from collections.abc import Callable

M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
TRIM_THRESHOLD = 256 * 1024 * 1024  # free memory at the heap's top kept (bytes)
MMAP_THRESHOLD = 32 * 1024 * 1024  # blocks up to this size come from the heap (glibc's largest dynamic threshold)


def keep_freed(mallopt: Callable[[int, int], int] | None = None) -> bool:
    """Make glibc's ``malloc`` keep freed memory for this process (see the module); whether it was
    done (False with another C library).  ``mallopt`` is the C library's (found when not given)."""
    if mallopt is None:
        if not _glibc():
            return False
        try:
            import ctypes  # loaded by numpy anyway

            mallopt = ctypes.CDLL(None).mallopt
        except (OSError, AttributeError):
            return False
    trimmed = mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    mapped = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    return bool(trimmed and mapped)  # mallopt returns 1 on success


def _glibc() -> bool:
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (ValueError, OSError, AttributeError):  # another C library (or no confstr at all)
        return False
