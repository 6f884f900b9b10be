"""Selection for coverage (pure): the set of sentences that together say the most of a round.

A *concept* is a word pair (two neighbouring words, stemmed, not both stop words).  Its weight is
the number of articles that carry it, an article counting more when the pair is in one of its lead
sentences (news puts the main fact first) and less when the reader already saw the pair.  A set of
sentences is worth the weight of the concepts it covers, each concept credited once, at the prior of
the best chosen sentence that covers it:

    value(S) = sum over concepts c of weight(c) * max(prior(s) for s in S that carry c)

so a sentence restating a chosen one adds nothing (redundancy is in the objective, not a threshold),
and the prior (the ranker's score: centrality, position, support, novelty) says which of two
sentences carrying the same concepts tells them better.  The value is monotone and submodular; the
greedy choice by gain per word (lazily re-evaluated, gains only shrink) is within a constant factor
of the best set (Khuller, Moss and Naor's budgeted maximum coverage).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet

import numpy as np

from briefbot.text.terms import words as text_words

Concept = tuple[str, str]
_DIGIT = re.compile(r"\d")
NUMBER = "#"  # the first element of a number's concept (no word pair starts with it: words hold letters or digits)
FILL = 0.8  # share of the budget after which only sentences of FILL_WORDS words or more are taken
FILL_WORDS = 10  # a short line that only fills the last words is more often a sign-off or a quote's tail


def number_concepts(sentence: str) -> frozenset[Concept]:
    """The numbers ``sentence`` states ("30", "1,200", "3.5", "2008"), each a concept ``(NUMBER,
    number)``: how many, how much, when, the details a vague sentence lacks."""
    if not _DIGIT.search(sentence):
        return frozenset()
    return frozenset((NUMBER, w.lower()) for w in text_words(sentence) if _DIGIT.search(w))


def concept_weights(
    concepts: Sequence[AbstractSet[Concept]], carriers: Sequence[Sequence[int]], positions: Sequence[int], *,
    lead: int = 3, lead_bonus: float = 1.0, known: AbstractSet[Concept] = frozenset(), known_discount: float = 0.5,
    focus: AbstractSet[str] = frozenset(), focus_bonus: float = 0.0, numbers: float = 1.0,
) -> dict[Concept, float]:
    """Each concept's weight: the articles that carry it (``carriers[i]`` carry sentence ``i``), an
    article counting ``1 + lead_bonus`` when the sentence is among its first ``lead``; concepts of
    ``known`` (what the reader saw) count ``1 - known_discount`` times as much, concepts holding a
    word of ``focus`` (the topic's title and focus, stemmed) ``1 + focus_bonus`` times, a number's
    concept (:func:`number_concepts`) ``numbers`` times."""
    by_concept: dict[Concept, dict[int, float]] = {}
    for pairs, arts, pos in zip(concepts, carriers, positions, strict=True):
        value = 1.0 + lead_bonus if pos < lead else 1.0
        for c in pairs:
            per_article = by_concept.setdefault(c, {})
            for a in arts:
                if per_article.get(a, 0.0) < value:
                    per_article[a] = value
    return {c: sum(v.values()) * (1.0 - known_discount if c in known else 1.0)
            * (1.0 + focus_bonus if c[0] in focus or c[1] in focus else 1.0)
            * (numbers if c[0] == NUMBER else 1.0) for c, v in by_concept.items()}


def cover(
    concepts: Sequence[AbstractSet[Concept]], words: Sequence[int], prior: np.ndarray, weights: dict[Concept, float],
    budget: int, *, allowed: Collection[int], covered: Iterable[tuple[Concept, float]] = (), length_exponent: float = 1.0,
    same_point: Callable[[int, list[int]], bool] | None = None,
) -> list[int]:
    """The sentences (of ``allowed``) chosen within ``budget`` words, in the order chosen: best gain
    per ``words ** length_exponent`` first.  ``covered`` holds concepts already told (by another part
    of the brief) with the prior they were told at.  The first pick may exceed a tiny budget: a brief
    is never empty for want of words.  A sentence too long for the words left is passed over, and a
    shorter one may still fill them (stopping at the first that does not fit left up to a fifth of the
    budget unused), once ``FILL`` of the budget is used only one of ``FILL_WORDS`` words or more.
    ``same_point(i, chosen)`` says whether sentence ``i`` tells a chosen one's point in
    other words (the same figure, say), which cites that point's sources instead of repeating it."""
    best: dict[Concept, float] = {}
    for c, p in covered:
        best[c] = max(best.get(c, 0.0), p)

    def gain(i: int) -> float:
        p = float(prior[i])
        return sum(weights.get(c, 0.0) * (p - best.get(c, 0.0)) for c in concepts[i] if best.get(c, 0.0) < p)

    cost = [max(n, 1) ** length_exponent for n in words]
    heap = [(-g / cost[i], i) for i in allowed if (g := gain(i)) > 0]
    heapq.heapify(heap)
    chosen: list[int] = []
    used = 0
    while heap:
        _, i = heapq.heappop(heap)
        n = words[i]
        if chosen and (used + n > budget or (used >= FILL * budget and n < FILL_WORDS)):
            continue
        fresh = gain(i) / cost[i]
        if heap and fresh < -heap[0][0] - 1e-12:
            if fresh > 0:
                heapq.heappush(heap, (-fresh, i))  # a stale bound: rank it again
            continue
        if fresh <= 0 or (same_point is not None and same_point(i, chosen)):
            continue
        chosen.append(i)
        used += n
        p = float(prior[i])
        for c in concepts[i]:
            if best.get(c, 0.0) < p:
                best[c] = p
    return chosen
