"""Situation points that give a value a point of what changed updates (pure): marked, never dropped.

A brief after another tells a figure that moved in what changed, with the value it updates ("The death toll from
Thursday's earthquake ... rose to 312 on Saturday" — "killing at least 120 people" on 3 Apr [3]).  Its situation may
still quote the sentence that gave the older value, for what else that sentence tells ("A magnitude 6.8 earthquake
struck eastern Ostravia before dawn on Thursday, killing at least 120 people and trapping hundreds under collapsed
buildings"): left out, the quake would go with its toll; shown bare, 120 reads as the latest beside 312.  So such a
point carries the updating point's citations and, where its sentence gives it, the new value, and the brief says so
after its citation: "(since updated: 312 [1])".  The point's sentence stays as the article wrote it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefbot.brief.changes import tracked_mentions
from briefbot.models import Point, Reading, Status

__all__ = ["marked_since"]


def marked_since(changes: Sequence[Point], summary: Sequence[Point]) -> tuple[list[Point], list[Point]]:
    """``changes`` as they are, and ``summary`` with each point whose sentence an updated point of ``changes`` says it
    updates (its previous point, the value it updates, its figure's value before) marked with that point's citations
    (``updated_by``) and new value (``updated_to``, None when its sentence gives none of the same quantity)."""
    updates: dict[str, Point] = {}
    for p in changes:
        if p.status is Status.UPDATED:
            for old in (p.previous, p.was.sentence if p.was else None,
                        p.figure.previous.sentence if p.figure is not None and p.figure.previous is not None else None):
                if old:
                    updates.setdefault(old, p)
    return list(changes), [replace(s, updated_by=u.article_ids, updated_to=_new_value(u, s.text))
                           if (u := updates.get(s.text)) is not None and s.status is not Status.DROPPED else s for s in summary]


def _new_value(update: Point, old: str) -> Reading | None:
    """The value ``update`` gives of what the sentence ``old`` counted: its figure's, else its sentence's count of the
    quantity whose value ``old`` gave at the value updated."""
    f = update.figure
    if f is not None:
        return Reading(value=f.value, text=f.text, article_ids=f.article_ids, date=f.date, high=f.high, marker=f.marker,
                       sentence=f.sentence)
    was = update.was
    if was is None:
        return None
    labels = {label for label, m in tracked_mentions(old).items() if m.value == was.value}
    new = next((m for label, m in tracked_mentions(update.text).items() if label in labels), None)
    return Reading(value=new.value, text=new.phrase, article_ids=update.article_ids, high=new.high, marker=new.marker,
                   sentence=update.text) if new is not None else None
