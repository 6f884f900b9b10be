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

from datetime import date
from functools import lru_cache

from briefbot.text.dates import Precision, mentions

__all__ = ["told_on"]

OPENING = frozenset({"late", "early", "by", "and", "but", "then"})  # the words a day may follow and still open its sentence


def told_on(sentence: str, published: date | None) -> date | None:
    """The day ``sentence``, of an article dated ``published``, gives its figures as of (see the module's note)."""
    if published is None:
        return None
    return _opens_on(sentence, published) or published


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
