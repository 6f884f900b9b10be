"""A live page's entries (pure): whether its entry stamps run newest first.

A live page (a blog, a "latest updates" page) is a run of entries, each opening on its stamp: "16:40 Death
toll climbs to 31", "4:40 p.m. ET: The agency said ...", "(Update 1:50 a.m. Cairo, 6:50 p.m. ET) A spokesman
...", "12.45 pm: Senators are ..." (:data:`briefbot.text.datelines.BLOG_STAMP` and ``UPDATE_STAMP``; cleaning cuts
them out of the text).  Most such pages put their newest entry on top: read down the page, a sentence further
down was told earlier.  A page is read so, newest first, when two or more of its lines open on an entry stamp
and its stamps' clocks, in page order, run down: of the consecutive pairs that differ, three in four or more
go back in time ("16:40", "13:15", "09:05"), one step up by more than twelve hours allowed as the page going
back past midnight ("00:30", "23:45", "22:45").  A page whose stamps run up ("09:05", "13:15", "16:40") is
told in page order, as is one whose clocks go both ways (a diary's "10.00 am", "1.00 pm", "3.00 pm"; a page
of several blogs), and every page with one stamp or none: a wire chronology's "8:02 a.m. EDT -- Plane lands
..." is the entry's news, no stamp (``BLOG_STAMP``), and its order is the story's.

The text is not reordered (a live page's newest entry leads on purpose): the order is the article's data
(:attr:`briefbot.models.Article.newest_first`), that the brief reads where the time a sentence was told
matters (a figure's latest value, the situation's stale values: :mod:`briefbot.brief.figures`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from briefbot.text.datelines import BLOG_STAMP, UPDATE_STAMP

__all__ = ["clocks", "newest_first", "runs_back"]

# a clock as a stamp writes it: "16:40", "09.05", "22h10", "4:40 p.m.", "12.45 pm", "9 a.m." (an hour alone with its
# half of the day); the first one of a stamp is read ("1:50 a.m. Cairo, 6:50 p.m. ET": the page's first zone)
_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})(?:[:.h]([0-5]\d))?(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?", re.I)
_DAY = 24 * 60
_WRAP = 12 * 60  # a step up by more than this, down a page that runs back, is past midnight


def _minutes(stamp: str) -> int | None:
    """The first clock of ``stamp`` in minutes after midnight, None if it has none."""
    for m in _CLOCK.finditer(stamp):
        hour, minute, half = int(m.group(1)), m.group(2), (m.group(3) or "").lower()
        if minute is None and not half:
            continue  # a day's number ("March 3,"), no clock
        if half:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if half == "p" else 0)
        if hour < 24:
            return hour * 60 + int(minute or 0)
    return None


def clocks(lines: Sequence[str]) -> list[int]:
    """The clocks (minutes after midnight) of the entry stamps that open ``lines``, in page order."""
    out: list[int] = []
    for line in lines:
        line = line.strip()
        m = BLOG_STAMP.match(line) or UPDATE_STAMP.match(line)
        if m is not None and (minutes := _minutes(m.group(0))) is not None:
            out.append(minutes % _DAY)
    return out


def runs_back(times: Sequence[int]) -> bool:
    """Whether clocks in page order run back in time (see the module docstring): two or more, three in four of the
    steps that differ going down, one step up of more than twelve hours passed as midnight."""
    steps = [b - a for a, b in pairwise(times) if a != b]
    down = sum(s < 0 for s in steps)
    up = sum(s > 0 for s in steps) - (1 if any(s > _WRAP for s in steps) else 0)
    return down >= 1 and 4 * down >= 3 * (down + up)


def newest_first(lines: Sequence[str]) -> bool:
    """Whether the page of ``lines`` (its text as read, one paragraph a line) is a live page whose entries run newest first."""
    return runs_back(clocks(lines))
