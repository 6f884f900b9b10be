"""What changed since the previous brief (pure): new, updated and no-longer-reported points.

A point of today's brief is *updated* when it matches a point the reader saw last time (similar
wording, or the same thing counted) but states a different figure or fact ("three arrested", then
"five arrested"); *new* when it matches nothing the reader saw.  A point of the previous brief that
no current sentence carries any more is *no longer reported*.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from briefbot.brief.figures import mentions, quantity
from briefbot.models import Point, Status

MATCH = 0.35  # cosine at which two sentences state the same point
SAME_THING = 0.15  # cosine that, with the same thing counted, makes two sentences one point
STILL_REPORTED = 0.3  # cosine at which a current sentence still carries an old point


@dataclass(frozen=True)
class Match:
    status: Status
    previous: str | None


@lru_cache(maxsize=20_000)
def figures_of(sentence: str) -> dict[str, float]:
    """The numbers of ``sentence`` by what they count: a tracked quantity's label ("Cases (Mexico,
    confirmed)", so that confirmed and suspected cases never update each other), else the words."""
    out = {}
    for m in mentions(sentence):
        q = quantity(m)
        out[q.label if q is not None else m.what] = m.value
    return out


def figures_conflict(a: str, b: str) -> bool:
    """Whether two sentences give different numbers for the same thing."""
    fa, fb = figures_of(a), figures_of(b)
    return any(fa[w] != fb[w] for w in fa.keys() & fb.keys())


def classify(text: str, similarities: np.ndarray, previous: Sequence[Point]) -> Match:
    """``similarities[j]`` is the cosine between ``text`` and ``previous[j]``."""
    if not len(previous):
        return Match(Status.NEW, None)
    mine = figures_of(text)
    best = int(np.argmax(similarities))
    for j in np.argsort(-similarities, kind="stable"):
        sim = float(similarities[j])
        if sim < SAME_THING:
            break
        theirs = figures_of(previous[j].text)
        shared = set(mine) & set(theirs)
        changed = [w for w in shared if mine[w] != theirs[w]]
        if changed and (sim >= SAME_THING):
            return Match(Status.UPDATED, previous[j].text)
    if similarities[best] >= MATCH:
        return Match(Status.CONTINUING, previous[best].text)
    return Match(Status.NEW, None)


def dropped(previous: Sequence[Point], best_current: np.ndarray, limit: int = 3) -> list[Point]:
    """Previous points that no current sentence carries (``best_current[j]`` = best cosine)."""
    out = [
        Point(text=p.text, article_ids=p.article_ids, status=Status.DROPPED)
        for p, sim in zip(previous, best_current, strict=True)
        if sim < STILL_REPORTED
    ]
    return out[:limit]
