"""Schedules a later article calls off (pure): the sentences a brief's situation leaves out once the day they give
is no longer the event's.

A sentence that names a day to come ("The tribunal will hear the appeal on Monday 12 May.", "... which set a hearing
for May 12") is overtaken when a later article says the event was moved or called off and names that day as the one
given up: what the event was set for ("The tribunal postponed the hearing on the appeal, which had been set for May
12, to May 15"), moved from ("from May 12 to May 15") or named by ("The May 12 hearing was cancelled").  The day after
"to" or "until" is the new one ("postponed the hearing to May 15" gives up no day it names), and one the move is told
on is no schedule ("On Tuesday the board cancelled its plans").  The two must be about the same thing: they share
words beyond the date (the tribunal, the appeal, the hearing), so "The runoff will be held on May 12" stays beside a
hearing moved from May 12.  Told as the situation, the old day would send a reader to an event that is not held; the
timeline keeps it, as told then.

A move that is asked for, refused or only possible ("asked the tribunal to postpone", "refused to delay the May 12
hearing", "may be postponed") gives up no day.  A schedule and the move that gives up its day are not the same point
either: one does not count as another article reporting the other (:func:`briefbot.brief.candidates.support`); a
move that gives up no day ("the cause of death was deferred") may be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Protocol

from briefbot.text.dates import MONTH_WORD, WEEKDAY_NAMES, Precision, mentions
from briefbot.text.guarded import guarded
from briefbot.text.terms import terms

__all__ = ["calls_off", "days_ahead", "given_up", "gives_up", "moved"]

# a move or a calling off, told as done
_MOVED = guarded(re.compile(r"\b(?:postponed|delayed|deferred|rescheduled|cancel+ed|called off|put off(?! by)|pushed back|"
                            r"brought forward)\b", re.I),
                 ("postponed", "delayed", "deferred", "rescheduled", "cancel", "called off", "put off", "pushed back", "brought forward"))
# ... not when asked for, refused or only possible ("asked that the vote be postponed", "could be delayed", "was not put off")
_NOT_DONE = re.compile(r"\b(?:not|n't|never|no|refus\w*|reject\w*|den(?:y|ies|ied)|against|asks?|asked|wants?|sought|seek\w*|"
                       r"request\w*|urg\w*|call\w* for|if|whether|may|might|could|would|should|be)\b[^.;]{0,30}$", re.I)
# the day given up, as the move names it: what the event was set for ("which had been set for April 20", "scheduled for
# Monday", "due on May 3"), what it is moved from ("from April 20 to April 22") or the day the event's noun is named by
# ("the April 20 hearing", "its Feb. 9 match"); not "on Tuesday, he cancelled plans to ..." (the day of the move), nor
# the day it is moved to ("postponed to the May 15 session")
_OLD_DAY = re.compile(r"(?:\b(?:set|scheduled|slated|planned|due|meant|supposed|expected)\s+(?:to\s+(?:\w+\s+){1,3}?)?(?:for|on)"
                      r"|\bfrom|(?<!\bto )(?<!\buntil )(?<!\btill )\b(?:the|its|their|his|her|a|this|next))\s+$", re.I)
_CALENDAR = re.compile(rf"\b(?:{MONTH_WORD}|{WEEKDAY_NAMES}|today|yesterday)\b|\d", re.I)  # (text.dates' words: not "Marl", "mayor")
SHARED = 3  # words (their first letters, :data:`_STEM`) a schedule and its move share beyond the date: one event
_STEM = 4


class Told(Protocol):
    """A sentence and the date of the article it quotes."""

    @property
    def text(self) -> str: ...

    @property
    def written(self) -> date | None: ...


@lru_cache(maxsize=8192)
def calls_off(text: str) -> bool:
    """Whether ``text`` tells that an event was moved or called off (see the module's note)."""
    return any(not _NOT_DONE.search(text, 0, m.start()) for m in _MOVED.finditer(text))


def _stems(text: str) -> frozenset[str]:
    return frozenset(t[:_STEM] for t in terms(_CALENDAR.sub(" ", text)) if len(t) >= 3)


@lru_cache(maxsize=8192)
def given_up(text: str, written: date | None) -> frozenset[date]:
    """The days ``text`` (of an article of ``written``) tells an event was moved from or called off on (see the module's
    note)."""
    if written is None or not calls_off(text):
        return frozenset()
    return frozenset(m.day for m in mentions(text, written)
                     if m.precision is Precision.DAY and _OLD_DAY.search(text, 0, m.start))


@lru_cache(maxsize=8192)
def days_ahead(text: str, written: date) -> frozenset[date]:
    """The days after ``written`` that ``text`` names (", which set a hearing for May 12" too): the days it gives to come."""
    return frozenset(m.day for m in mentions(text, written) if m.precision is Precision.DAY and m.day > written)


def gives_up(move: Told, other: Told) -> bool:
    """Whether ``move`` gives up a day ``other`` names to come (:func:`given_up`, :func:`days_ahead`): the two are no
    report of each other (:func:`briefbot.brief.candidates.support`)."""
    off = given_up(move.text, move.written)
    return bool(off) and other.written is not None and bool(off & days_ahead(other.text, other.written))


def moved(told: Sequence[Told]) -> frozenset[str]:
    """The sentences that name a day to come that a later sentence (of a later article) gives up: the event moved
    from it or called off, the two sharing :data:`SHARED` words beyond the date."""
    days_given_up: list[tuple[date, date, frozenset[str]]] = []  # (the day given up, told on, the move's words)
    for t in told:
        if t.written is not None:
            days_given_up.extend((day, t.written, _stems(t.text)) for day in given_up(t.text, t.written))
    if not days_given_up:
        return frozenset()
    out: set[str] = set()
    for t in told:
        written = t.written
        if written is None or not _CALENDAR.search(t.text) or calls_off(t.text):  # (a move told again moves nothing)
            continue
        days = days_ahead(t.text, written)
        if any(day in days and on > written and len(_stems(t.text) & words) >= SHARED for day, on, words in days_given_up):
            out.add(t.text)
    return frozenset(out)
