"""Results of a pure function that the caller already has (pure).

A brief analyses each article's sentences (cleaning and splitting, terms, event dates, figure
mentions); the run keeps that analysis in the store (:mod:`briefbot.analyses`) and tells it back to
the functions that would compute it again, which answer from it first.  What is told must be what
the function returns for that input: the store keeps it under a version that changes with the code
(a stale analysis is computed again, never told).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Told(Generic[K, V]):
    """Results by input, at most ``limit`` of them (then forgotten all at once)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._known: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        return self._known.get(key)

    def tell(self, key: K, value: V) -> None:
        if len(self._known) >= self.limit:
            self._known.clear()
        self._known[key] = value

    def tell_many(self, results: Iterable[tuple[K, V]]) -> None:
        if len(self._known) >= self.limit:
            self._known.clear()
        self._known.update(results)

    def forget(self) -> None:
        self._known.clear()
