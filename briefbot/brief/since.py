"""Situation points that give a value a point of what changed updates (pure): marked, never dropped.

A brief after another tells a figure that moved in what changed, with the value it updates ("The death toll from
Thursday's earthquake ... rose to 312 on Saturday" — "killing at least 120 people" on 3 Apr [3]).  Its situation may
still quote the sentence that gave the older value, for what else that sentence tells ("A magnitude 6.8 earthquake
struck eastern Ostravia before dawn on Thursday, killing at least 120 people and trapping hundreds under collapsed
buildings"): left out, the quake would go with its toll; shown bare, 120 reads as the latest beside 312.  So such a
point says after its citation which of its words were updated, to what and where: "(“killing at least 120 people”
since updated to 312 [1])", one note for each value updated.  The point's sentence stays as the article wrote it.

Which value of the sentence is updated is the update's own pairing: a figure's value before (its words in the sentence
it quotes), or the previous point's value that the updated point changed (:func:`briefbot.brief.changes.classify`); the
new value is the figure's, or that point's count of the same quantity (none when its sentence gives none).

A figure the brief shows marks a point too (:func:`marked_by_figures`, any brief): a point quoting an older, smaller count
of a count that only grows ("At least 72 people have died of the virus, the WHO says." of 16 May) beside its figure's
later value (Deaths: 85 on 22 May) read as a second toll of today; it says "(“At least 72 people” since updated to 85
[3])".  Only a credible next value marks it (at most :data:`LATER` times the point's), as a figure's update must be.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefbot.brief.changes import tracked_mentions
from briefbot.brief.figures.identity import CUMULATIVE
from briefbot.models import Article, Figure, Point, Reading, Since, Status

__all__ = ["LATER", "dated_reports", "marked_by_figures", "marked_since"]

LATER = 3.0  # a figure's later value marks a point's count only within this factor of it (a credible next value)
# a count told as what may come ("one group said the death toll could reach 100"): no value of the count to update
_MAY = re.compile(r"\b(?:could|may|might|would|will|expected to|likely to)\b[^,;:.]{0,40}$")
# a count told as it stands by then, after its words: a perfect ("have died", "have been confirmed"), a toll, "so far",
# "since": not one night's or one clash's ("arrested 120 people on Saturday night", "were injured on Monday")
_RUNNING = re.compile(r"\b(?:(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en)|"
                      r"toll|tally|total|so\s+far|risen|rose|climbed|reached|since)\b", re.I)
# a place the sentence sets its count in ("in neighbouring Tarnia", "across Ostravia")
_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Nn]ear|[Aa]t|[Ff]rom|[Tt]hroughout)\s+(?:the\s+)?(?:[a-z]+\s+)?([A-Z][\w'’-]+)")


def marked_since(changes: Sequence[Point], summary: Sequence[Point]) -> tuple[list[Point], list[Point]]:
    """``changes`` as they are, and ``summary`` with each point whose sentence an updated point of ``changes`` updates a
    value of marked (``since``: what, to what, where; see the module)."""
    marks: dict[str, list[Since]] = {}
    for p in changes:
        if p.status is not Status.UPDATED:
            continue
        f = p.figure
        if f is not None and f.previous is not None and f.previous.sentence:
            _add(marks.setdefault(f.previous.sentence, []), Since(f.previous.text, p.article_ids, _latest(f)))
        if p.was is not None:
            for sentence in {s for s in (p.was.sentence, p.previous) if s}:
                _add(marks.setdefault(sentence, []), Since(p.was.text, p.article_ids, _count_of(p, p.was, sentence)))
    return list(changes), [replace(s, since=tuple(marks[s.text])) if s.text in marks and s.status is not Status.DROPPED else s
                           for s in summary]


def _add(marks: list[Since], mark: Since) -> None:
    """One mark per value of a sentence (a figure and a point may both update the same words)."""
    if all(m.was != mark.was for m in marks):
        marks.append(mark)


def _latest(f: Figure) -> Reading:
    """A figure's latest value as a reading: what a mark says its words were updated to."""
    return Reading(value=f.value, text=f.text, article_ids=f.article_ids, date=f.date, high=f.high, marker=f.marker,
                   sentence=f.sentence)


def _count_of(update: Point, was: Reading, old: str) -> Reading | None:
    """``update``'s count of the quantity whose value ``old`` gave as the value it updates (``was``)."""
    labels = {label for label, m in tracked_mentions(old).items() if m.value == was.value}
    new = next((m for label, m in tracked_mentions(update.text).items() if label in labels), None)
    return Reading(value=new.value, text=new.phrase, article_ids=update.article_ids, high=new.high, marker=new.marker,
                   sentence=update.text) if new is not None else None


def marked_by_figures(summary: Sequence[Point], shown: Sequence[Figure], focus: str = "") -> list[Point]:
    """``summary`` with each point that quotes an older, smaller count of a count that only grows, told as it stood by then
    ("have died", "so far"), whose figure the brief shows (``shown``) at a later and credibly larger value, marked with that
    value (see the module); not a count the point sets in a place neither the figure's sentence nor the topic's words
    (``focus``) name ("in neighbouring Tarnia")."""
    out: list[Point] = []
    for p in summary:
        marks = list(p.since)
        for label, m in tracked_mentions(p.text).items() if p.written is not None and p.status is not Status.DROPPED else ():
            f = next((f for f in shown if f.what.lower() == label.lower() and f.measure in CUMULATIVE), None)
            if (f is None or f.date is None or p.written is None or f.date <= p.written or f.sentence == p.text
                    or not (m.high or m.value) < f.value <= LATER * m.value or _MAY.search(p.text, max(0, m.start - 40), m.end)
                    or not _RUNNING.search(_clause(p.text, m.start, m.end))
                    or set(_PLACE.findall(p.text)) - set(_PLACE.findall(f.sentence)) - set(focus.split())):
                continue
            _add(marks, Since(m.phrase, f.article_ids, _latest(f)))
        out.append(replace(p, since=tuple(marks)) if len(marks) > len(p.since) else p)
    return out


def _clause(text: str, start: int, end: int) -> str:
    """The words around a count at ``start:end`` of ``text`` within its clause: a few before it ("has killed 72"), more
    after it ("72 people have died since ..."), not past a comma or a semicolon."""
    low, high = max(0, start - 12), min(len(text), end + 40)
    cut = max(text.rfind(",", low, start), text.rfind(";", low, start))
    stops = [i for i in (text.find(",", end, high), text.find(";", end, high)) if i >= 0]
    return text[cut + 1 if cut >= 0 else low:min(stops) if stops else high]


def dated_reports(points: Sequence[Point], articles: Mapping[int, Article]) -> list[Point]:
    """Each of ``points`` with the newest day of the articles that carry it or report it in other words (an undated one's
    day is when it was first seen): how recent the coverage is that still tells it.  A situation point whose newest report
    is a month older than the brief says when it was told (:func:`briefbot.output.wording.told_when`)."""
    out = []
    for p in points:
        days = [a.date for i in (*p.article_ids, *p.also_reported) if (a := articles.get(i)) is not None and a.date is not None]
        out.append(replace(p, reported=max(days)) if days else p)
    return out
