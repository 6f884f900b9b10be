"""A page's own stamp of when it was published (pure), for a page with no ``Date:`` header.

Pages that come without a header often state their date in a line near their top: "Issued on:
11/03/2024 - 08:15", "Modified: 11/03/2024 - 17:02", "Published on 11 March 2024", "Updated: March
11, 2024 8:15 am", "Posted 11 Mar 2024", "First published: Mon 11 Mar 2024 08.15 GMT".  Of those in
the page's first lines the first that says when it was published ("Issued", "Published", "Posted")
is its date; an "Updated" or "Modified" one only when none does.  The stamp lines are furniture,
never story: they come out of the text whether or not the page has a header.

A date in words is read by :func:`briefbot.text.written.parse_date`; one in numbers only ("11/03/2024")
is read in the order its numbers allow (see :func:`_numeric`), and when either order would do, in
the one the page's address or the stamp's form says; when nothing says it, not at all (the page
stays undated rather than dated a month wrong).
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from dateutil import parser as date_parser

from briefbot.text.datelines import BARE_STAMP
from briefbot.text.written import parse_date
from briefbot.text.years import calendar_date

__all__ = ["TOP_LINES", "is_stamp", "stated_date"]

TOP_LINES = 12  # a stamp is read among the page's first this many lines (its top, above or under the headline)
_STAMP_CHARS = 120  # a stamp's line is at most this long (its label and 60 characters, with room for blanks)

# "Issued on: 11/03/2024 - 08:15", "Published on 11 March 2024", "Updated: March 11, 2024 8:15 am", "Posted 11 Mar 2024",
# "Last modified on Mon 11 Mar 2024 17.02 GMT"; its label, then the stamp and nothing else (at most 60 characters)
_STAMP = re.compile(
    r"^(?P<label>(?:first\s+)?(?:issued|published|posted)|(?:last\s+)?(?:updated|modified))(?:\s+on)?\s*:?\s*"
    r"(?P<when>\S.{3,59}?)\s*$", re.I)
_PUBLISHED = re.compile(r"(?:first\s+)?(?:issued|published|posted)$", re.I)
# the stamp: a date in words with its year and perhaps its clock, and nothing else ("11 March 2024", "Mar 11, 2024,
# 08:15 IST", "Mon 11 Mar 2024 08.15 GMT": datelines' BARE_STAMP), or in numbers ("11/03/2024 - 08:15", "11.03.2024")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_IN_NUMBERS = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"(?:\s*(?:[-–,|]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$")
_ISO = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?\S*)?$")
# a date in the page's address: ".../20240311-...", "/2024/03/11/", "/2024-03-11/"
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)")
# a stamp whose form writes the day first: France 24's and RFI's "Issued on:" and the dotted European "11.03.2024"
_DAY_FIRST_LABEL = re.compile(r"issued(?:\s+on)?$", re.I)


def stated_date(text: str, url: str | None = None) -> tuple[date | None, str]:
    """The date the page's top states it was published (see the module's note), and ``text``
    without the stamp lines read there."""
    lines = text.split("\n")
    stamps = [(k, m) for k, line in enumerate(lines[:TOP_LINES])
              if len(line) <= _STAMP_CHARS and (m := _STAMP.match(line.strip()))]  # (a stamp is short: a long line is none)
    # (a page writes its stamps one way: "Issued on:" writes the day first, and so does a stamp whose first number is
    # over 12; one whose second is over 12 writes the month first, and the page's other stamps are read so)
    orders = {order for _, m in stamps if (order := _order(m.group("when"))) is not None}
    day_first: bool | None = orders.pop() if len(orders) == 1 else None
    if any(_DAY_FIRST_LABEL.match(m.group("label")) for _, m in stamps):
        day_first = True
    found: list[tuple[bool, date]] = []
    read: set[int] = set()
    for k, m in stamps:
        day = _stamp_day(m.group("when"), url, day_first)
        if day is None:
            continue
        read.add(k)
        found.append((_PUBLISHED.match(m.group("label")) is not None, day))
    if not found:
        return None, text
    if any(_PUBLISHED.match(m.group("label")) for _, m in stamps) and not any(is_published for is_published, _ in found):
        return None, text  # a stamp says when it was published, unread: its update is no publication day
    published = next((day for is_published, day in found if is_published), found[0][1])
    return published, "\n".join(line for k, line in enumerate(lines) if k not in read)


def _order(when: str) -> bool | None:
    """Whether a stamp in numbers shows its day first (its first number over 12) or its month first (its second), or None."""
    m = _IN_NUMBERS.match(when)
    if m is None or (int(m.group("a")) > 12) == (int(m.group("b")) > 12):
        return None
    return int(m.group("a")) > 12


def is_stamp(when: str) -> bool:
    """Whether ``when`` is a date and nothing else, as a stamp gives it (its clock may follow): in numbers
    ("11/03/2024"), ISO ("2024-03-11T08:15:00Z") or in words with its year ("11 March 2024", "Mar 11, 2024, 08:15 IST")."""
    return bool(_IN_NUMBERS.match(when) or _ISO.match(when) or (_YEAR.search(when) and BARE_STAMP.match(when)))


def _stamp_day(when: str, url: str | None, day_first: bool | None) -> date | None:
    """The day of one stamp's value, or None when it names none (or none that can be told)."""
    numeric = _IN_NUMBERS.match(when)
    if numeric:
        return _numeric(numeric, url, day_first)
    if _ISO.match(when):
        return parse_date(when[:10])
    year = _YEAR.search(when)
    return parse_date(when[:year.end()]) if year and BARE_STAMP.match(when) else None  # (its clock aside: "08.15 GMT")


def _numeric(m: re.Match[str], url: str | None, day_first: bool | None) -> date | None:
    """A date in numbers only ("a/b/yyyy"), read so:
    - a first number over 12 is the day ("25/03/2024"), a second over 12 the day ("03/25/2024"), equal
      numbers are the same day either way;
    - otherwise (both 12 or under: "09/06/2024" is 9 June or 6 September) the page's address decides
      when it carries a date that is one of the two readings (".../20240609-..." or "/2024/06/09/");
    - else the page's own order (``day_first``: France 24's "Issued on:" and the "Modified:" under it, or another
      stamp of the page whose numbers tell, "Updated: 06/13/2025" for "Published: 06/10/2025"), and a dotted
      date ("09.06.2024") writes the day first;
    - else it is not read: a guessed order is a month wrong as often as not."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if a > 12 or b > 12 or a == b:
        dayfirst = a > 12 or a == b
    else:
        readings = {calendar_date(year, b, a): True, calendar_date(year, a, b): False}
        in_url = {calendar_date(*map(int, u.groups())) for u in _URL_DATE.finditer(urlsplit(url).path)} if url else set()
        told = [first for day, first in readings.items() if day is not None and day in in_url]
        if len(told) == 1:
            dayfirst = told[0]
        elif day_first is not None:
            dayfirst = day_first
        elif m.group("sep") == ".":
            dayfirst = True
        else:
            return None
    try:
        return date_parser.parse(m.group(0), dayfirst=dayfirst).date()
    except (ValueError, OverflowError):
        return None
