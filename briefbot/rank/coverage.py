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
from dataclasses import dataclass
from itertools import chain, pairwise

import numpy as np

from briefbot.text.terms import sentence_tokens

Concept = tuple[str, str]
_DIGIT = re.compile(r"\d")
NUMBER = "#"  # the first element of a number's concept (no word pair starts with it: words hold letters or digits)
FILL = 0.8  # share of the budget after which only sentences of FILL_WORDS words or more are taken
FILL_WORDS = 10  # a short line that only fills the last words is more often a sign-off or a quote's tail


@dataclass(frozen=True)
class Rows:
    """A set of concepts (by number) for each sentence: sentence ``k``'s are ``ids[start[k]:start[k + 1]]``,
    ascending, each once."""

    start: np.ndarray
    ids: np.ndarray

    @staticmethod
    def of(sets: Sequence[Collection[int]]) -> Rows:
        ids = [sorted(set(s)) for s in sets]
        start = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum([len(r) for r in ids], out=start[1:])
        return Rows(start, np.fromiter(chain.from_iterable(ids), dtype=np.int64, count=int(start[-1])))

    def __len__(self) -> int:
        return len(self.start) - 1

    def row(self, k: int) -> list[int]:
        """Sentence ``k``'s concepts."""
        found: list[int] = self.ids[self.start[k]:self.start[k + 1]].tolist()
        return found

    def lists(self) -> list[list[int]]:
        flat, bounds = self.ids.tolist(), self.start.tolist()
        return [flat[a:b] for a, b in pairwise(bounds)]


@dataclass(frozen=True)
class Concepts:
    """The concepts of a list of sentences (:func:`sentence_concepts`), numbered by their codes: a
    word pair's code is ``first * len(stems) + second`` (its stems' numbers), a number's is
    ``len(stems) ** 2`` plus its index in ``numbers``."""

    rows: Rows
    codes: np.ndarray  # each concept's code, ascending (a concept's number is its place here)
    stems: tuple[str, ...]
    numbers: tuple[str, ...]

    @property
    def is_number(self) -> np.ndarray:
        return self.codes >= len(self.stems) ** 2

    def name(self, c: int) -> Concept:
        n, code = len(self.stems), int(self.codes[c])
        if code >= n * n:
            return NUMBER, self.numbers[code - n * n]
        return self.stems[code // n], self.stems[code % n]

    def names(self, k: int) -> frozenset[Concept]:
        """Sentence ``k``'s concepts."""
        return frozenset(self.name(c) for c in self.rows.row(k))

    def marked(self, names: AbstractSet[Concept]) -> np.ndarray:
        """Whether each concept is one of ``names``."""
        stem = {s: k for k, s in enumerate(self.stems)}
        number = {w: k for k, w in enumerate(self.numbers)}
        n = len(self.stems)
        codes = [n * n + number[b] if a == NUMBER else stem[a] * n + stem[b] for a, b in names
                 if (b in number if a == NUMBER else a in stem and b in stem)]
        return np.isin(self.codes, codes)

    def holding(self, words: AbstractSet[str]) -> np.ndarray:
        """Whether each concept holds one of ``words`` (either stem of a pair, or a number)."""
        n = len(self.stems)
        in_words = np.array([s in words for s in self.stems], dtype=bool)
        numbered = np.array([NUMBER in words or w in words for w in self.numbers], dtype=bool)
        number = self.is_number
        pair = np.where(number, 0, self.codes)
        held = np.zeros(len(self.codes), dtype=bool)
        if n:
            held = in_words[pair // n] | in_words[pair % n]
        if len(self.numbers):
            held = np.where(number, numbered[np.where(number, self.codes - n * n, 0)], held)
        return held


def sentence_concepts(sentences: Sequence[str], *, numbers: bool = True) -> Concepts:
    """Each sentence's concepts: its consecutive word pairs, stemmed, leaving out pairs of two stop
    words ("of the"), as :func:`briefbot.text.terms.word_pairs` finds them; and with ``numbers`` the
    numbers it states ("30", "1,200", "3.5", "2008"), each a concept ``(NUMBER, number)``: how
    many, how much, when, the details a vague sentence lacks."""
    counts, tokens, distinct = sentence_tokens(sentences)
    stem_number: dict[str, int] = {}
    token_stem = np.array([stem_number.setdefault(stem, len(stem_number)) for _, stem, _ in distinct], dtype=np.int64)
    token_stop = np.array([stop for _, _, stop in distinct], dtype=bool)
    flat = np.array(tokens, dtype=np.int64)
    owner = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    n = len(stem_number)
    stem, stop = token_stem[flat], token_stop[flat]
    pair = (owner[:-1] == owner[1:]) & ~(stop[:-1] & stop[1:])
    codes, owners = [stem[:-1][pair] * n + stem[1:][pair]], [owner[:-1][pair]]
    number_words: dict[str, int] = {}
    if numbers:
        numeral = np.array([number_words.setdefault(w.lower(), len(number_words)) if _DIGIT.search(w) else -1
                            for w, _, _ in distinct], dtype=np.int64)[flat]
        codes.append(numeral[numeral >= 0] + n * n)
        owners.append(owner[numeral >= 0])
    unique, concept = _numbered(np.concatenate(codes))
    start = np.zeros(len(counts) + 1, dtype=np.int64)
    ids = np.zeros(0, dtype=np.int64)
    if len(unique):  # each sentence's concepts once, ascending
        sentence, ids = np.divmod(_distinct(np.concatenate(owners) * len(unique) + concept), len(unique))
        start = np.searchsorted(sentence, np.arange(len(counts) + 1))
    return Concepts(Rows(start, ids), unique, tuple(stem_number), tuple(number_words))


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, ascending (``np.unique``'s, by a sort: faster than its hashing here)."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


def _numbered(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, ascending, and each value's place among them (``np.unique``'s ``return_inverse``)."""
    order = np.argsort(values)  # (any order of equal values gives them one place)
    ordered = values[order]
    new = np.ones(len(ordered), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    place = np.empty(len(values), dtype=np.int64)
    place[order] = np.cumsum(new) - 1
    return ordered[new], place


def concept_weights(
    concepts: Concepts, carriers: Sequence[Sequence[int]], positions: Sequence[int], *,
    lead: int = 3, lead_bonus: float = 1.0, known: AbstractSet[Concept] = frozenset(), known_discount: float = 0.5,
    focus: AbstractSet[str] = frozenset(), focus_bonus: float = 0.0, numbers: float = 1.0,
) -> np.ndarray:
    """Each concept's weight (by number): the articles that carry it (``carriers[k]`` carry sentence
    ``k``), an article counting ``1 + lead_bonus`` when the sentence is among its first ``lead``;
    concepts of ``known`` (what the reader saw) count ``1 - known_discount`` times as much, concepts
    holding a word of ``focus`` (the topic's title and focus, stemmed) ``1 + focus_bonus`` times, a
    number's concept ``numbers`` times."""
    rows = concepts.rows
    per_sentence = np.array([len(a) for a in carriers], dtype=np.int64)
    first = np.zeros(len(carriers) + 1, dtype=np.int64)
    np.cumsum(per_sentence, out=first[1:])
    articles = np.fromiter(chain.from_iterable(carriers), dtype=np.int64, count=int(first[-1]))
    # one row per concept of a sentence and article carrying it
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), np.diff(rows.start))
    reps = per_sentence[owner]
    entry = np.repeat(np.arange(len(owner), dtype=np.int64), reps)
    ends = np.cumsum(reps)
    article = articles[first[owner][entry] + np.arange(len(entry), dtype=np.int64) - (ends - reps)[entry]]
    concept = rows.ids[entry]
    value = np.where(np.asarray(positions, dtype=np.int64) < lead, 1.0 + lead_bonus, 1.0)[owner[entry]]
    # an article counts once for a concept, at its best value (the last of its rows sorted by value)
    _, local = _numbered(article)
    key = concept * (int(local.max(initial=0)) + 1) + local
    order = np.lexsort((value, key))
    key = key[order]
    last = np.ones(len(key), dtype=bool)
    last[:-1] = key[1:] != key[:-1]
    total = np.bincount(concept[order][last], weights=value[order][last], minlength=len(concepts.codes))
    weight = total * np.where(concepts.marked(known), 1.0 - known_discount, 1.0)
    weight = weight * np.where(concepts.holding(focus), 1.0 + focus_bonus, 1.0)
    return weight * np.where(concepts.is_number, numbers, 1.0)


def cover(
    concepts: Rows, words: Sequence[int], prior: np.ndarray, weights: np.ndarray, budget: int, *,
    allowed: Collection[int], covered: Iterable[tuple[int, float]] = (), length_exponent: float = 1.0,
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
    best = np.zeros(len(weights))
    for c, p in covered:
        best[c] = max(best[c], p)
    first = gains(concepts, prior, weights, best)
    rows, w, told, priors = concepts.lists(), weights.tolist(), best.tolist(), prior.tolist()

    def gain(i: int) -> float:  # summed as gains() sums it
        p, g = priors[i], 0.0
        for c in rows[i]:
            if told[c] < p:
                g += w[c] * (p - told[c])
        return g

    cost = [max(n, 1) ** length_exponent for n in words]
    heap = [(-first[i] / cost[i], i) for i in allowed if first[i] > 0]
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
        p = priors[i]
        for c in rows[i]:
            if told[c] < p:
                told[c] = p
    return chosen


def gains(concepts: Rows, prior: np.ndarray, weights: np.ndarray, best: np.ndarray) -> list[float]:
    """Each sentence's gain when each concept is told at ``best`` (0: not told): for each of its
    concepts told at less than its prior, the concept's weight times the difference, summed in the
    order of its concepts (one after the other, as a sentence's gain is summed again in :func:`cover`)."""
    owner = np.repeat(np.arange(len(concepts), dtype=np.int64), np.diff(concepts.start))
    p, b = prior[owner], best[concepts.ids]
    terms = np.where(b < p, weights[concepts.ids] * (p - b), 0.0)
    summed: list[float] = np.bincount(owner, weights=terms, minlength=len(concepts)).tolist()
    return summed
