"""Dates people write (pure): a ``Date:`` value read, and the day each relative date of a sentence means shown.

``parse_date(value)`` reads a ``Date:`` value as people write it (``13 November 2023``, RFC 2822,
ISO, ``25/03/2024``) with dateutil, and not one in numbers either order would read as a day
(``11/05/2025``: 11 May or 5 November; a guessed order is a month wrong as often as not: the
article stays undated, and ``undated_warning`` tells the user both readings);
``annotate(sentence, published, as_of)`` shows the day each relative date means after its words and
outside any quotation ("on Monday [28 Mar]"), the sentence's words unchanged, and so the year or month a reader of a
brief as of ``as_of`` cannot tell (``_years``: "last year [1996]", "convicted in August [1999]") and a span up to the
day it is told (``_rolling``: "in the past week [week to 20 Jul]"); ``filed_day(filed, published)`` is the day
a wire dateline names when the copy carries the next day's date (the day its words are told from).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

from briefbot.text.dates import MONTH_NAMES, MONTH_WORD, WEEKDAY_NAMES, Mention, Precision, mentions
from briefbot.text.described import nowadays
from briefbot.text.pastforms import past_form
from briefbot.text.years import calendar_date, told_done

_DAY_FIRST = re.compile(r"^\s*\d{1,2}(?:[ ./-]+[A-Za-z]|\.\d{1,2}\.\d)")  # "13 Nov 2023", "13.11.2023" (dotted: day first)
_HAS_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")


# a date in numbers whose order a slash or a dash does not tell ("11/05/2025"; a dotted one, "11.05.2025", is day first)
# (after a weekday's name, "Tue, 11/05/2025", which tells the order when one reading falls on it)
_NUMERIC = re.compile(r"^\s*(?:(?P<weekday>[A-Za-z]{3,9})\.?,?\s+)?(\d{1,2})([/-])(\d{1,2})\3((?:1[89]|20)\d\d)\b")
_WEEKDAYS = [name[:3].lower() for name in WEEKDAY_NAMES.split("|")]  # "mon" ... "sun", as date.weekday() counts


def readings(value: str) -> tuple[date, date] | None:
    """The two days a ``Date:`` value in numbers names when either order would do: ("11/05/2025") ->
    (11 May 2025, 5 November 2025), day first, then month first; None when one order is told (a
    number over 12, the same number twice, a dotted date, a weekday only one of them falls on) or the
    value is no such date."""
    either = _either(value)
    return either[0] if either is not None and either[1] is None else None


def _either(value: str) -> tuple[tuple[date, date], date | None] | None:
    """The two readings of a value in numbers either order reads, and the one its weekday falls on ("Sun,
    11/05/2025": 11 May; None when it names none, or both or neither fall on it); None for any other value."""
    m = _NUMERIC.match(value)
    if m is None:
        return None
    a, b, year = int(m.group(2)), int(m.group(4)), int(m.group(5))
    day_first, month_first = calendar_date(year, b, a), calendar_date(year, a, b)
    if a > 12 or b > 12 or a == b or day_first is None or month_first is None:
        return None
    named = (m.group("weekday") or "")[:3].lower()
    fits = [d for d in (day_first, month_first) if named in _WEEKDAYS and d.weekday() == _WEEKDAYS.index(named)]
    return (day_first, month_first), (fits[0] if len(fits) == 1 else None)


def undated_warning(value: str) -> str | None:
    """What to tell the user of a ``Date:`` value :func:`parse_date` does not read (None: no digit, nothing to tell)."""
    both = readings(value)
    if both is not None:
        return (f"the date header {value!r} is ambiguous: {both[0]:%-d %B %Y} (day first) or {both[1]:%-d %B %Y} (month "
                "first); the article is kept undated (it counts as of the day briefbot first saw it): write the date as YYYY-MM-DD")
    if re.search(r"\d", value):
        return (f"the date header {value!r} is not a real day: the article is kept undated "
                "(it counts as of the day briefbot first saw it); correct the date")
    return None


def parse_date(value: str) -> date | None:
    """The date of a ``Date:`` value as people write it, or ``None`` (no year, unreadable, or numbers
    whose order either way names a day: "11/05/2025" is 11 May or 5 November, :func:`readings`, unless
    a weekday before them falls on one: "Sun, 11/05/2025" is 11 May)."""
    value = value.strip()
    if not value or not _HAS_YEAR.search(value):
        return None
    either = _either(value)
    if either is not None:  # either order would do: the day its weekday falls on, if it tells
        return either[1]
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        parsed = date_parser.parse(value, dayfirst=bool(_DAY_FIRST.match(value)), fuzzy=True, ignoretz=True,
                                   default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed.year != 1900 else None


# a dateline's date: a month and a day, its year and weekday optional ("October 16", "Mon Oct 10, 2011 5:55 pm EDT", "16 Oct")
_DATELINE_DAY = re.compile(rf"^\s*(?:[A-Za-z]{{3,9}}\.?,?\s+)?(?:{MONTH_WORD}\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_WORD}\b)"
                           r"(?:,?\s+(?:1[89]|20)\d\d\b)?")
FILED_BEFORE = 3  # days: a dateline dated up to this many days before its copy's date is the day it was written


def filed_day(filed: str | None, published: date | None) -> date | None:
    """The day an article's dateline names ("BEIJING, October 16 (Xinhua) --": ``filed`` "October 16") when it falls one to
    ``FILED_BEFORE`` days before the date the copy carries (an archive's date is often the next day's): the day its "today"
    and "on Monday" are told from.  None when the dateline names no month and day, or that day is its date or not
    just before it."""
    m = _DATELINE_DAY.match(filed) if filed and published is not None else None
    if m is None or published is None:
        return None
    try:
        parsed = date_parser.parse(m.group(), default=datetime(published.year, 1, 1), fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
    if parsed > published and not _HAS_YEAR.search(m.group()):
        parsed = calendar_date(published.year - 1, parsed.month, parsed.day) or parsed  # ("December 31" in a 2 January copy)
    return parsed if 1 <= (published - parsed).days <= FILED_BEFORE else None


def label(mention: Mention, as_of: date | None = None) -> str:
    """How a brief shows a resolved date: "28 Mar" ("28 Mar 2010" outside ``as_of``'s year, "week of
    21 Mar" for a week)."""
    text = f"{mention.day.day} {mention.day.strftime('%b')}"
    if as_of is not None and mention.day.year != as_of.year:
        text += f" {mention.day.year}"
    return f"week of {text}" if mention.precision is Precision.WEEK else text


_EXPLICIT = re.compile(rf"{MONTH_WORD}|\b(?:1[89]|20)\d\d\b")
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_NAMES})\b", re.I)


def relative(text: str, published: date | None) -> list[Mention]:
    """The mentions of ``text`` that do not say their own date ("on Monday", "yesterday", "last
    week", "three days ago"), resolved against ``published`` (none when the article is undated)."""
    return [] if published is None else _relative(text, mentions(text, published))


def _relative(text: str, found: list[Mention]) -> list[Mention]:
    """:func:`relative` of the mentions ``found`` in ``text``."""
    said = [m for m in found if m.precision is Precision.DAY and _EXPLICIT.search(m.phrase)]
    return [m for m in found if not _EXPLICIT.search(m.phrase) and m.precision in (Precision.DAY, Precision.WEEK)
            and not _said_before(text, m, said) and not nowadays(text, m.start, m.end)]


def _said_before(text: str, weekday: Mention, said: list[Mention]) -> bool:
    """Whether ``weekday``, a bare weekday's name before a noun rather than a day "on" which something happened, falls on
    a date the sentence gave before it, with no week between ("On 3 June, after Friday prayers, ...", 3 June a Friday;
    not "inspected on 18 March, burst on Friday", nor "on 3 June, and a week later on Friday"): the sentence says its
    date."""
    on = re.match(r"(?i)on\s", weekday.phrase) or re.search(r"\bon\s+$", text[max(0, weekday.start - 4):weekday.start])
    return _WEEKDAY.search(weekday.phrase) is not None and not on and any(  # (a weekday's day falls on its weekday)
        m.end <= weekday.start and m.day.weekday() == weekday.day.weekday() and "week" not in text[m.end:weekday.start].lower()
        for m in said)


def _years(text: str, found: list[Mention], published: date, as_of: date | None) -> list[tuple[Mention, str]]:
    """The mentions ``found`` in ``text`` whose year or month a reader of a brief as of ``as_of`` cannot tell, and how to
    show it: a month told relatively ("last month" [Jun], "three months ago" [Mar 1999]); a year told relatively ("last
    year", "six years ago", "this year") or a date without its year ("on December 7 last year"; "in August", "on Dec. 19"
    when its act is told done, :func:`_done_before`) that falls in another year than ``as_of``'s (or any year, with no
    ``as_of``) [1995].  A sentence that tells a year, in figures or in words, tells its dates' year itself; a month or a
    date is shown only with the year, its words give the rest."""
    out: list[tuple[Mention, str]] = []
    # a year the sentence tells, in figures or in words ("the October referendum two years ago"): its months are that year's
    told_year = _HAS_YEAR.search(text) is not None or any(m.precision is Precision.YEAR for m in found)
    for m in found:
        other_year = as_of is None or m.day.year != as_of.year
        if _HAS_YEAR.search(m.phrase):
            continue
        if m.precision is Precision.MONTH and not _MONTH_NAMED.search(m.phrase):
            out.append((m, f"{m.day:%b}" + (f" {m.day.year}" if other_year else "")))
        elif other_year and str(m.day.year) not in text and (m.precision is Precision.YEAR or _WHICH_YEAR.search(m.phrase) or (
                not told_year and _MONTH_NAMED.search(m.phrase) and m.day <= published and _done_before(text, m))):
            out.append((m, str(m.day.year)))
    return out


_WHICH_YEAR = re.compile(r"(?i)\b(?:last|this|next) year\b")  # "on December 7 last year"
_LEAD_WORDS = r"(?:in|on|since|during|early|late|mid|of)\s+(?:-|the\s+)?"  # what puts a month as an act's ("in August")
_LEAD = re.compile(rf"(?i)^{_LEAD_WORDS}")  # ... opening a month's phrase
_IN_OR_ON = re.compile(rf"(?i:\b{_LEAD_WORDS})$")  # ... right before the month
_SINCE = re.compile(r"(?i:\bsince\s+(?:\S+\s+){0,3})$")  # "high since the shootout in September": a time gone by
_SAID = re.compile(r"(?i)\b(?:said|told|announced|reported|stated|added|warned|predicted|promised|pledged|vowed)\b")


def _done_before(text: str, m: Mention) -> bool:
    """Whether the act a date without its year dates is told as done (:func:`briefbot.text.years.told_done`: "was
    convicted of perjury in August", "On Aug. 7, bombs exploded ..."; not "to ensure a clean vote in April", "before his
    term ends in September", "will be announced in December", "suspended until December"), or the date follows "since"
    ("high since the shootout in September"): the year :mod:`.dates` reads from the article's date (the last August
    before it) is then that act's, when it is not after the article's date; a date to come, a bound, a plan or a present's
    is a guess a reader would make as well as the brief, and is not shown."""
    lead = _LEAD.match(m.phrase)
    start = m.start + (lead.end() if lead else 0)
    if _SINCE.search(text, max(0, m.start - 40), m.start):
        return True
    said = list(_SAID.finditer(text, max(0, m.start - 120), m.start))  # what a report says has its own tense, unread
    if said and not any(past_form(w.lower()) for w in re.findall(r"[A-Za-z]+", text[said[-1].end():m.start])):
        return False
    return told_done(text, start, m.end, _IN_OR_ON)


_MONTH_NAMED = re.compile(rf"\b{MONTH_WORD}")
_RANGE_END = re.compile(r"(?:[–-]\w+)+")  # a range's end or a compound's rest: "5-6", "August–September", "month-end"
_FULL_MONTH_END = re.compile(rf"\b(?:{MONTH_NAMES})\.$")  # a full stop after a month's full name ends the sentence
_ROLLING = re.compile(r"(?i)\bpast\s+(week|month|year)\b")


def _rolling(mention: Mention, found: list[Mention], published: date, as_of: date | None) -> str | None:
    """How a brief shows a span that runs up to the day it is told ("in the past week", said on 20 July: "week to 20 Jul";
    "Police said on Monday that 25 people had died in the past week": to that Monday, the last day ``found`` before it;
    "the past year": "year to 20 Jul 1999" in a brief of another year): not the calendar week, month or year before, as
    "last week" is; None for any other mention."""
    span = _ROLLING.search(mention.phrase)
    if span is None:
        return None
    told = [m.day for m in found if m.precision is Precision.DAY and m.end <= mention.start]
    end = told[-1] if told else published
    day = f"{end.day} {end:%b}" + (f" {end.year}" if as_of is None or end.year != as_of.year else "")
    return f"{span.group(1).lower()} to {day}"


def date_notes(sentence: str, published: date | None, as_of: date | None = None) -> list[tuple[int, str]]:
    """Where to show the day each relative date of ``sentence`` means, and how: (offset, "28 Mar"),
    the offset after its words (and a possessive's "'s"), or after the closing quotation mark when the
    words are quoted; and the year or month of each date whose year a reader cannot tell (:func:`_years`), a span up to
    the day it is told as such (:func:`_rolling`).  The sentence's dates are read once for all three."""
    if published is None:
        return []
    out: list[tuple[int, str]] = []
    last = 0
    found = mentions(sentence, published)
    notes = [(m, label(m, as_of)) for m in _relative(sentence, found)] + _years(sentence, found, published, as_of)
    for m, shown in sorted(((m, _rolling(m, found, published, as_of) or shown) for m, shown in notes), key=lambda n: n[0].start):
        end = max(m.end - (m.phrase.endswith(".") and _FULL_MONTH_END.search(m.phrase) is not None), last)  # ("in August.")
        if _inside_quote(sentence, m.start):
            end = _quote_end(sentence, m.end) or end
        elif sentence.startswith(("'s", "’s"), end):
            end += 2  # after a possessive's ending, not inside the word: "yesterday's [30 May] programme"
        elif span := _RANGE_END.match(sentence, end):
            end = span.end()  # not inside a range or a word: "in August–September [1999]", "last month-end [Oct]"
        out.append((end, shown))
        last = end
    return out


def annotate(sentence: str, published: date | None, as_of: date | None = None) -> str:
    """``sentence`` with the day each relative date means in brackets after its words ("on Monday
    [28 Mar]"), outside any quotation, so the source's words stay exactly as they were."""
    out, last = [], 0
    for at, shown in date_notes(sentence, published, as_of):
        out += [sentence[last:at], f" [{shown}]"]
        last = at
    out.append(sentence[last:])
    return "".join(out)


def _inside_quote(sentence: str, at: int) -> bool:
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _quote_end(sentence: str, start: int) -> int | None:
    positions = [p for p in (sentence.find("”", start), sentence.find('"', start)) if p >= 0]
    if not positions:
        return None
    end = min(positions) + 1
    while end < len(sentence) and sentence[end] in ".,;:!?":
        end += 1
    return end
