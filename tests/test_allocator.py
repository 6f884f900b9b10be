"""A command that makes one brief and ends keeps the memory malloc frees (see briefbot.allocator)."""

from __future__ import annotations

import os

import pytest

from briefbot import allocator


def test_keep_freed_sets_both_of_glibcs_thresholds() -> None:
    calls: list[tuple[int, int]] = []

    def mallopt(param: int, value: int) -> int:
        calls.append((param, value))
        return 1

    assert allocator.keep_freed(mallopt)
    assert calls == [(allocator.M_TRIM_THRESHOLD, allocator.TRIM_THRESHOLD), (allocator.M_MMAP_THRESHOLD, allocator.MMAP_THRESHOLD)]
    assert (allocator.M_TRIM_THRESHOLD, allocator.M_MMAP_THRESHOLD) == (-1, -3)  # malloc.h's numbers


def test_keep_freed_says_when_the_c_library_refused() -> None:
    assert not allocator.keep_freed(lambda param, value: 0 if param == allocator.M_MMAP_THRESHOLD else 1)


def test_another_c_library_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """musl or another libc: its mallopt (if any) may mean something else, so it is never called."""
    def no_confstr(name: str) -> str:
        raise ValueError(f"unrecognized configuration name {name!r}")

    monkeypatch.setattr(os, "confstr", no_confstr)
    assert not allocator.keep_freed()


@pytest.mark.skipif(not allocator._glibc(), reason="glibc only")  # (os.confstr raises on macOS: asked as keep_freed asks)
def test_glibcs_own_mallopt_takes_both() -> None:
    assert allocator.keep_freed()
