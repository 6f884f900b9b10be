"""What new articles tell again of what the reader saw (pure): the sentences of a round that are no news, however their
words differ from the point they repeat (:func:`figures_restated`, :func:`retold`; what changed leaves them out)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import numpy as np

from briefbot.brief import changes as diff
from briefbot.brief.candidates import Candidate, telling_numbers
from briefbot.models import Point
from briefbot.rank.scipy_sparse import sparse
from briefbot.rank.vectors import Vectors
from briefbot.text.dates import WEEKDAY_NAMES, Precision, event_date
from briefbot.text.terms import terms, words

__all__ = ["RESTATED", "WITHIN", "figures_restated", "retold"]

RESTATED = 0.5  # cosine at which a sentence giving only figures the reader saw, at their values, restates them


def figures_restated(rows: Sequence[int], cands: list[Candidate], vectors: Vectors, known: Sequence[str],
                     known_vec: sparse.csr_matrix | None) -> list[bool]:
    """For each candidate of ``rows``, whether it restates figures the reader saw: it gives tracked
    quantities, every one at the value a point of ``known`` (what the reader saw) gives it, and that point
    says much the same (cosine >= ``RESTATED``): "The cholera death toll stood at 14." after the point
    "The death toll rose to 14 on Sunday." is no news, though its words differ.  (Older articles the
    reader was not shown do not count: a round's news may repeat a figure they gave in passing.)"""
    told: dict[tuple[str, float], list[int]] = {}  # (label, value) -> the points of known that give it
    for k, text in enumerate(known):
        for pair in diff.tracked_figures(text).items():
            told.setdefault(pair, []).append(k)
    out: list[bool] = []
    for i in rows:
        pairs = list(diff.tracked_figures(cands[i].text).items()) if told else []
        same = set(told.get(pairs[0], ())) if pairs else set()
        for pair in pairs[1:]:
            same &= set(told.get(pair, ()))
        sims = (vectors.matrix[[i]] @ known_vec[sorted(same)].T).toarray().ravel() if same and known_vec is not None else ()
        out.append(any(sim >= RESTATED for sim in sims))
    return out


def retold(rows: Sequence[int], cands: list[Candidate], vectors: Vectors, points: Sequence[Point],
           points_vec: sparse.csr_matrix | None, older: Sequence[int] = ()) -> list[bool]:
    """For each candidate of ``rows``, whether it tells again an event that a point of the previous brief (``points``)
    or a sentence of the older articles (the candidates ``older``) told: close to it (cosine >= ``diff.SAME_THING``),
    it names the day of its event, that sentence's event's day, and gives figures
    (:func:`briefbot.brief.changes.amounts`, one of 10 or more or a tracked one: "Sunday's death brought the toll to
    eight" after "... died on Sunday, raising the death toll to 8"), each one that sentence gives at the same value. A
    column of 12 August: "NCPL shut off power to 18,400 customers on Wednesday, two days after the fire started",
    after "NCPL cut power to about 18,400 customers on Wednesday" of 6 August: no news, though its words differ.
    "1,400 residents were allowed home on Friday", after "1,400 residents were ordered to leave on Monday", names
    another day: news; so is a sentence that adds a figure ("Three people have died in the fire, which began on
    Monday"), or a number that counts nothing ("a pole along Highway 29"). A sentence that names no day tells the
    event again when it says little more than a point of the previous brief, with its figures (not an older article's
    sentence: the reader may not have seen it) (:func:`_within`: an explainer's "Selvane says the data of about 3.4
    million patients and staff was stolen", two days after the point "Hackers ... stole data on about 3.4 million
    patients and employees"). A sentence of no figure tells a point's event again when it names the day of it and says
    little more (cosine >= ``diff.MATCH``, :func:`_within`): "The emergency department reopened to ambulances on
    Friday" of a Monday, after Friday's "... reopened its emergency department to ambulances this morning"; not
    "closed to ambulances again on Friday"."""
    out = [False] * len(rows)
    told = [(p.text, p.written) for p in points] + [(cands[j].text, cands[j].written) for j in older]
    telling = [(r, figures) for r, i in enumerate(rows)
               if ((figures := diff.amounts(cands[i].text)) and (max(figures.values()) >= 10 or diff.tracked_figures(cands[i].text)))
               or (not figures and points)]
    if not telling or not told:
        return out
    mine = vectors.matrix[[rows[r] for r, _ in telling]]
    sims = (mine @ points_vec.T).toarray() if points_vec is not None and points else np.zeros((len(telling), len(points)))
    counted = [n for n, (_, figures) in enumerate(telling) if figures]  # (of no figure, only a point tells it again)
    if older and counted:
        sims = np.hstack([sims, np.zeros((len(telling), len(older)))])
        sims[counted, len(points):] = (mine[counted] @ vectors.matrix[list(older)].T).toarray()
    read: dict[int, tuple[date | None, dict[str, float]]] = {}  # each told sentence's day and figures, read once

    def day_and_figures(k: int) -> tuple[date | None, dict[str, float]]:
        if k not in read:
            read[k] = (_event_day(*told[k]), diff.amounts(told[k][0]))
        return read[k]

    for (r, figures), row in zip(telling, sims, strict=True):
        text, written = cands[rows[r]].text, cands[rows[r]].written
        if not figures:  # of no figure: a point's event on its day, saying little more (a point, not what the reader missed)
            close = np.nonzero(row[:len(points)] >= diff.MATCH)[0]  # (most are close to none: their day is not read)
            day = _event_day(text, written, named=True) if len(close) else None
            out[r] = day is not None and any(day == day_and_figures(int(k))[0] and _within(_CALENDAR.sub("", text), told[int(k)][0])
                                             for k in close)
            continue
        day = _event_day(text, written, named=True)
        out[r] = any(figures.items() <= (known := day_and_figures(int(k)))[1].items()
                     and (day == known[0] if day is not None else k < len(points) and _within(text, told[int(k)][0]))
                     for k in np.nonzero(row >= diff.SAME_THING)[0])
    return out


_CALENDAR = re.compile(rf"\b(?:on\s+)?(?:{WEEKDAY_NAMES})\b")  # (the day it names: no word of what it tells)
WITHIN = 2 / 3  # share of a sentence's terms another gives that makes it a restatement of it (with its figures)
_WITHIN_TERMS = 4  # ... of a sentence of at least this many terms ("The following day it was 20 miles long" says too little)
_STEM = 4  # letters of a term that make it the same word ("stole" and "stolen")


def _within(text: str, other: str) -> bool:
    """Whether ``other`` gives at least :data:`WITHIN` of the terms of ``text`` (alike in their first letters: "was
    stolen" and "stole") and every name ``text`` gives inside it (a capitalised word after its first): with the same
    figures, "Selvane says the data of about 3.4 million patients and staff was stolen" restates "Hackers ... stole
    data on about 3.4 million patients and employees, Selvane said"; "The company, which lost the data of 3.4 million
    patients, filed for bankruptcy" tells more, and "The Kurds make up over 10% of the population" is about others
    than "Christians ... make up about 10% of the population" (its names whole: "Chile" is not "child"); and a
    number that tells one point from another (:func:`telling_numbers`) it gives too ("cases jumped from 250 to 411,
    with one death" is news after "one death was confirmed")."""
    mine, said = terms(text), terms(other)
    theirs = {t[:_STEM] for t in said}
    names = {t for k, w in enumerate(words(text)) if k and w[:1].isupper() for t in terms(w)}
    return (len(mine) >= _WITHIN_TERMS and names <= set(said) and telling_numbers(text) <= telling_numbers(other)
            and sum(t[:_STEM] in theirs for t in mine) >= WITHIN * len(mine))


def _event_day(text: str, written: date | None, *, named: bool = False) -> date | None:
    """The day of the event ``text`` (of an article of ``written``) reports: the day it names (see
    :func:`briefbot.text.dates.event_date`), else its article's (None when ``named`` and it names none)."""
    if written is None:
        return None
    when = event_date(text, written)
    if when.precision is not Precision.DAY or (named and when.mention is None):
        return None
    return when.day
