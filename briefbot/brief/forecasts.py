"""Forecasts a later day has overtaken (pure): what a brief's situation no longer gives as the latest.

A forecast tells what is to come (:func:`briefbot.text.aspect.told_as`: "is forecast to", "is now expected", "will"),
and two shapes overtake it:

* its day, written in numbers, has passed ("The storm is forecast to cross the coast near Kelby on 11/11/2026.",
  "... on 11.11.2026", "... on 2026-11-11"; day first or month first, whichever reading is the nearer to its article's
  day) -- a day in words is :func:`briefbot.brief.candidates.overtaken`'s;
* a later day's article gives the value it forecast as measured: a number of the same thing, told as done, in a week
  at most ("A storm surge of up to 4 metres is now expected at Kelby." and, a day later, "The storm surge reached 5.2
  metres at the Kelby gauge."): the same noun counted ("metres") after two words the same ("storm surge"), and not
  another time's ("temperatures rose 14 degrees 11,600 years ago").  A sentence of years ("could face up to four years in
  prison", "was banned for four years") or of barrels is no measurement of another's unless the thing is named alike.

The timeline keeps both (marked as told to come); in the situation they would pass for the news.  A forecast of no
number and no date ("The storm is expected to weaken.") is left as it is, as is one whose later value is told
to come again ("Up to 5 metres is now expected."): a newer forecast, not a measurement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from briefbot.brief.candidates import Candidate
from briefbot.brief.figures.grammar import mentions
from briefbot.text.aspect import told_as
from briefbot.text.tense import Tense
from briefbot.text.terms import terms

__all__ = ["numeric_day", "overtaken_forecasts"]

SHARED = 2  # words of a forecast, besides the noun counted, that the later measurement gives too (and just before the numbers)
WITHIN = 7  # days after a forecast its measurement comes in, at most (a value months later is another time's)
# a date in numbers: "11/11/2026", "11.11.2026" (either order of day and month), "2026-11-11"
_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\w/-]|\.\d)"
                      r"|(?<![\w/.-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\w/-])")


def numeric_day(text: str, written: date) -> date | None:
    """The first date ``text`` writes in numbers, read day first or month first, whichever is a day and the nearer
    to ``written`` (the article's day: "10/11/2026" in an article of 10 November is 10 November); None when none is."""
    m = _NUMERIC.search(text) if "/" in text or "-" in text or ".19" in text or ".20" in text else None  # (what each holds)
    if m is None:
        return None
    if m.group(5):
        readings = [(int(m.group(5)), int(m.group(6)), int(m.group(7)))]
    else:
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        readings = [(year, second, first), (year, first, second)]
    days = [d for y, mo, da in readings if (d := _day(y, mo, da)) is not None]
    return min(days, key=lambda d: abs((d - written).days)) if days else None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_BEFORE = 4  # words before a number that tell what it measures ("A storm surge of up to", "The storm surge reached")


@lru_cache(maxsize=16_384)
def _counted(text: str, ahead: bool) -> frozenset[tuple[str, frozenset[str]]]:
    """The nouns ``text``'s numbers count ("metres" of "up to 4.5 metres"), each with the terms of the words just before
    its number (what it measures: "storm surge"), of those told to come when ``ahead``, else of those told as done."""
    out = set()
    for m in mentions(text):
        if m.head and m.ahead == ahead and not m.looks_back:  # (not another time's: "rose 14 degrees 11,600 years ago")
            before = frozenset(t for t in terms(" ".join(text[:m.start].split()[-_BEFORE:])) if not any(ch.isdigit() for ch in t))
            out.add((m.head.split()[-1].lower(), before))
    return frozenset(out)


def _words(c: Candidate, noun: str) -> frozenset[str]:
    """The terms of ``c`` but the counted noun's and the numbers'."""
    return frozenset(t for t in c.terms if not any(ch.isdigit() for ch in t)) - frozenset(terms(noun))


def _measures(forecast: tuple[str, frozenset[str]], measured: tuple[str, frozenset[str]]) -> bool:
    """Whether a value told as done measures what a forecast's did: the same noun counted, two words before the number
    the same ("storm surge of up to 4 metres", "storm surge reached 5.2 metres")."""
    return forecast[0] == measured[0] and len(forecast[1] & measured[1]) >= SHARED


def overtaken_forecasts(cands: Sequence[Candidate], as_of: date) -> frozenset[str]:
    """The sentences of ``cands`` that forecast what a later day overtook (see the module's note) by ``as_of``."""
    out: set[str] = set()
    pending: list[tuple[int, frozenset[tuple[str, frozenset[str]]], Candidate]] = []  # (day, values to come, sentence)
    for c in cands:  # (the tense read last: a sentence with no day in numbers and no count to come is no forecast to check)
        written = c.quoted_day or c.day
        if written <= 0:
            continue
        when = numeric_day(c.text, date.fromordinal(written))
        overdue = when is not None and date.fromordinal(written) < when < as_of
        forecast = frozenset() if overdue else _counted(c.text, True)
        if not (overdue or forecast) or told_as(c.text) is not Tense.AHEAD:
            continue
        if overdue:
            out.add(c.text)
        else:
            pending.append((written, forecast, c))
    if not pending:
        return frozenset(out)
    first, last = min(w for w, _, _ in pending), max(w for w, _, _ in pending) + WITHIN
    nouns = {noun for _, forecast, _ in pending for noun, _ in forecast}  # (what a forecast counts: a later value of it only)
    measured = [(day, value, d) for d in cands if first < (day := d.quoted_day or d.day) <= last  # (told as done, in a window)
                and any(noun in d.text.lower() for noun in nouns)  # (the noun's letters first, then its tense and reading)
                and told_as(d.text) is Tense.PAST and any(m.head and m.head.split()[-1].lower() in nouns for m in mentions(d.text))
                for value in _counted(d.text, False)]
    for written, forecast, c in pending:
        if any(written < day <= written + WITHIN and any(_measures(f, value) for f in forecast)
               and len(_words(c, value[0]) & _words(d, value[0])) >= SHARED for day, value, d in measured):
            out.add(c.text)
    return frozenset(out)
