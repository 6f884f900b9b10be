"""When a sentence's figures were so (pure): the day it gives its values as of.

A sentence gives its figures as of its article's day, unless it opens on an earlier day, the only
one it names: "On Saturday, officials put the death toll at 41." or "Late on Saturday, 41 were
dead." in Tuesday's article tell Saturday's toll (the timeline dates the sentence so too); read
as Tuesday's, beside Tuesday's 104 it would pass for a second count of that day, and the older
value for the current one.  A day named further in, even one word in ("The earthquake on Saturday
has killed 2,100 people": the toll now, of Saturday's event; "Police on Saturday said ..."), a
second day ("stood at 41 on Saturday and rose to 104 on Tuesday") or a possessive ("Monday's
collapse") leaves the article's day.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from briefbot.text.dates import Precision, mentions
from briefbot.text.told import Told

__all__ = ["in_a_period", "opens_on", "told_on", "told_opens"]

OPENING = frozenset({"late", "early", "by", "and", "but", "then"})  # the words a day may follow and still open its sentence


def told_on(sentence: str, published: date | None) -> date | None:
    """The day ``sentence``, of an article dated ``published``, gives its figures as of (see the module's note)."""
    if published is None:
        return None
    return opens_on(sentence, published) or published


# a sentence's answer of _opens_on (in a 1-tuple: None is an answer) kept from an earlier run, by the sentence and its article's date
told_opens: Told[tuple[str, date], tuple[date | None]] = Told(65_536)


def opens_on(sentence: str, published: date) -> date | None:
    """The earlier day ``sentence``, of an article dated ``published``, opens on and gives its figures as of; None: its article's."""
    known = told_opens.get((sentence, published))
    return known[0] if known is not None else _opens_on(sentence, published)


@lru_cache(maxsize=16_384)
def _opens_on(sentence: str, published: date) -> date | None:
    days = [m for m in mentions(sentence, published) if m.precision is Precision.DAY and not m.bounds]
    if len(days) != 1:
        return None
    day = days[0]
    before = [w.strip("\"'“‘(,").lower() for w in sentence[:day.start].split()]
    if day.day >= published or day.phrase.endswith(("'s", "’s")) or not OPENING.issuperset(before):
        return None
    return day.day


# a count bounded to a stretch of time: what that stretch added, not the story's total ("recovered 15 bodies in the
# past 24 hours", "at least 70 people were killed on Tuesday alone", "In the past 24 hours, teams recovered 15
# bodies"); told right after the count (a few words on) or opening its sentence
_PERIOD = (r"(?:in|over|during|within) the (?:past|last|previous|preceding) (?:\d+|two|three|four|five|six|seven|twenty-four|"
           r"forty-eight) (?:hours|days)")  # (not "the past several weeks", "the last few days": since it began, as often)
_AFTER = re.compile(rf"[^,;.!?]{{0,15}}?\b{_PERIOD}\b|[^,;.!?]{{0,30}}?\bon \w+day alone\b", re.I)
_OPENING_PERIOD = re.compile(rf"[\"'“‘]?{_PERIOD}\s*,", re.I)
_TOTAL = re.compile(r"\b(?:toll|tally|total|number of)\b", re.I)  # "raising the death toll to 95 in the last seven days"


def in_a_period(sentence: str, start: int, end: int) -> bool:
    """Whether the count ``sentence[start:end]`` is bounded to a stretch of time (see ``_AFTER``): no value of the
    story's running figure, as "42 new cases" is none (a toll or a total told so is one)."""
    if _TOTAL.search(sentence, max(0, start - 40), end):
        return False
    return bool(_AFTER.match(sentence, end) or _OPENING_PERIOD.match(sentence))
