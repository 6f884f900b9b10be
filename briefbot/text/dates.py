"""When a sentence's event happened (pure): its date expressions resolved against the article's date.

``mentions(text, published)`` finds every date expression of a sentence and resolves it: explicit dates with or without
a year ("on 24 September", "Sept. 24, 2023", "March 17", "the ninth of March"), ISO dates, dotted ones (day first,
"13.06.2025"; one with slashes, "11/05/2025", is either order and not read), weekdays ("on Sunday", "last Friday",
"Sunday's attack"), "yesterday", "today", "last night", "N days ago", and coarser spans ("last week", "earlier this
month", "in March", "last year").  ``event_date(text, published)`` picks the one that dates the sentence's event, or,
for a report with no date of its own (present tense, "has announced"), the article's date.

Rules, in the way wire copy uses them:

* A weekday is the most recent one on or before the article's date ("on Sunday" in an article
  of Sunday is that day), unless the sentence speaks of what is to come (see
  :mod:`briefbot.text.tense`): then the first one on or after it ("is due to visit later on
  Friday", said on a Friday, is that day); a plan told in the past ("was due to meet on Monday")
  is the nearest such day.  "next Monday" is the one after the article's date, "last Sunday" the
  one before it; "every Friday" is no date.
* A date without a year is the one nearest the article's date (within half a year either way):
  "28 December" in an article of 3 January is last year's; "on 25 June last year" (this year, next
  year) says which.
* A weekday right before "last week", "this week" or "next week" is that week's ("on Tuesday last
  week", "from Monday to Friday last week").
* A span of days runs forward: its end is the first such day on or after its start ("from 11 a.m.
  today until 8 p.m. Thursday"; "a curfew from 4 p.m. Saturday to 8 a.m. Sunday has been imposed",
  said on a Saturday), its start as the sentence's tense reads it; a span in effect now or to come
  ("A warning is in effect from 11 a.m. Wednesday to 8 p.m. Thursday", said on a Tuesday: no past
  verb) ends on or after the article's date, and so does one whose end a week names ("from Monday
  to Friday last week"), its start the last such day on or before its end.
* "last night" is the evening before the article's date; "overnight", "today", "tonight", "this morning" are the
  article's date; all count from a report's own day in its "that" clause ("said on Sunday that it widened overnight").
* Dates after "since", "until", "before", "after", "from" or "by" bound the event without dating it: they are found but
  never chosen as the event's date; so are those named only in a back-reference (:func:`briefbot.text.tense.back_reference`:
  "up from 1,400 on Monday", "since the attack began Sunday", "the suspects arrested on Tuesday were remanded", '"...,"
  said Jo Lee, whose sister died on Sunday", a weeks-old day of an aside on a thing after the main verb,
  :func:`briefbot.text.named.old_aside`), those that describe what the sentence talks about (:mod:`.described`: "The fire,
  which broke out on Sunday, has killed four people", "A group hit by ransomware on Monday said on Saturday ..."), a day to
  come of a clause joined to one in the past (:func:`briefbot.text.tense.told_after_past`: "The jury began deliberating
  at 3 p.m. and will resume on Friday", said on a Thursday), or of a relative clause of a main clause in the past
  ("Lawyers filed a challenge, which set a hearing for April 20"), or the day a past deferral moves a thing to.
* A date that names which thing a noun phrase is (:mod:`briefbot.text.named`: "the 12 April presidential election",
  "Velano's April 12 vote") gives way to another day of the sentence ("took note of the certification of the results of
  the 12 April election today" is today's), as a possessive weekday does ("Friday's earthquake").

Dates as people write them on a ``Date:`` line, and the day a relative date means shown beside its words ("on Monday
[28 Mar]"), are :mod:`briefbot.text.written`'s.  The text is only read: callers keep the verbatim sentence, and the
offsets of each mention let them annotate it without changing the words.  Measured against dateparser's ``search_dates``
by ``benchmarks/event_dates.py`` (see the README's timeline section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from briefbot.text.described import describes, nowadays, reported_now
from briefbot.text.guarded import Guarded, guarded, holds
from briefbot.text.named import OLD_ASIDE_DAYS, names_thing, old_aside, weekday_in_a_name
from briefbot.text.tense import (
    PAST,
    Tense,
    back_reference,
    is_future,
    reported_on,
    reports_past,
    span_told_past,
    tense,
    told_after_past,
)
from briefbot.text.told import Told
from briefbot.text.years import ON_DAY, calendar_date, year_of


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"  # ``day`` is the Monday of that week
    MONTH = "month"  # ``day`` is the first of the month
    YEAR = "year"  # ``day`` is 1 January


@dataclass(frozen=True)
class Mention:
    """One resolved date expression: ``text[start:end]`` means ``day`` (at ``precision``)."""

    day: date
    precision: Precision
    start: int
    end: int
    phrase: str
    bounds: bool = False  # "since Monday", "until 3 May": a bound, not the event's date
    relative: bool = False  # "on Sunday", "yesterday", "last week": means nothing without the article's date
    recalls: bool = False  # named only in a back-reference ("up from 1,400 on Monday"): a bound too


@dataclass(frozen=True)
class EventDate:
    """The date of a sentence's event; ``mention`` is None when it is the article's date."""

    day: date
    precision: Precision
    mention: Mention | None = None
    recalled: tuple[date, ...] = ()  # the days its back-references name ("the fire, which began on 4 August")

    @property
    def explicit(self) -> bool:
        return self.mention is not None


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_FULL_MONTHS = {name for name in _MONTHS if len(name) > 3} - {"sept"} | {"may"}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
CALENDAR_WORDS = frozenset(_FULL_MONTHS) | frozenset(_WEEKDAYS)  # month and weekday names, lower case
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_ORDINALS = dict(zip(_ORDINAL_WORDS, range(1, 20), strict=True)) | {"twentieth": 20, "thirtieth": 30, "thirty-first": 31} | {
    f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_WORDS[:9], 1)}  # "the third of September"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3}

# the names as written, capitalised, for the patterns of other modules too ("January|February|...")
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"  # ("May" is a name above)
MONTH_WORD = rf"(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\.?"  # a month as written: "March", "Sept."
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH = rf"(?P<month>{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\.?"  # (capitalised: "may" and "march" the words are no dates)
MONTH_BEFORE = re.compile(rf"\b{MONTH_WORD}\s+$")  # a month's name just before a number: its day ("on January 25", "Sept. 11")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
_WHICH_YEAR = r" (?P<which_year>(?i:last|this|next)) year"  # "on 25 June last year"
_COUNT = r"(?P<count>\d{1,2}|(?i:a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"

# each pattern with text that every match of it holds (see briefbot.text.guarded): a sentence is
# searched only for the expressions it can hold
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PATTERNS: list[tuple[str, Guarded]] = [
    ("iso", guarded(re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"), "-")),
    # day first when dotted ("13.06.2025", "4.6.2025"); a slash or a dash does not tell the order ("11/05/2025"): not read
    ("dotted", guarded(re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\.?\d)"), ".")),
    ("dmy", guarded(re.compile(rf"\b{_DAY}(?: of)? {_MONTH}(?:,? {_YEAR}|{_WHICH_YEAR})?(?![\w-])"), _MONTH_PREFIXES)),
    ("nth", guarded(re.compile(rf"\b(?i:the) (?P<nth>{'|'.join(_ORDINALS)}) of {_MONTH}(?:,? {_YEAR}|{_WHICH_YEAR})?(?![\w-])"),
                    _MONTH_PREFIXES)),
    ("mdy", guarded(re.compile(rf"\b{_MONTH} {_DAY}(?:,? {_YEAR}|{_WHICH_YEAR})?(?![\w:-])"), _MONTH_PREFIXES)),
    ("my", guarded(re.compile(rf"\b(?:(?P<lead>(?i:in|since|until|by|from|early|late|mid|last|this|next|during|of)) (?:-|the )?)?{_MONTH}"
                      rf"(?:,? {_YEAR})?(?![\w-])"), _MONTH_PREFIXES)),
    ("weekday", guarded(re.compile(rf"\b(?:(?P<which>(?i:last|this|next|on|past|coming|early|late)) )?{_WEEKDAY}(?P<poss>['’]s)?"
                           r"(?: (?i:morning|afternoon|evening|night))?\b"), holds("day", ignore_case=True))),
    ("dayword", guarded(re.compile(r"\b(?P<word>(?i:the day before yesterday|yesterday|today|tonight|tomorrow|overnight"
                           r"|last night|earlier today|later today|this (?:morning|afternoon|evening)))\b"),
                        holds("day", "night", "tomorrow", "morning", "afternoon", "evening", ignore_case=True))),
    ("ago", guarded(re.compile(rf"\b{_COUNT} (?P<unit>(?i:days?|weeks?|months?|years?)) ago\b"), " ago")),
    ("span", guarded(re.compile(r"\b(?P<rel>(?i:earlier this|later this|last|this|next|past|previous))"
                        r" (?P<unit>(?i:week|month|year|weekend))\b"), holds("week", "month", "year", ignore_case=True))),
    ("year", guarded(re.compile(rf"\b(?P<lead>(?i:in|since|until|by|from|during|of|early|late)) {_YEAR}\b"),
                     ("18", "19", "20"))),
]

_DAYWORDS = dict(_PATTERNS)["dayword"]
# every pattern above needs a digit, a month's name or one of these words: a sentence without any (most) is passed over at once
_ANY = re.compile(r"\d|" + "|".join(_MONTH_PREFIXES) + r"|(?i:day|night|tomorrow|week|month|year|morning|afternoon|evening)")
_RELATIVE = {"weekday", "dayword", "ago", "span"}
_DAY_NAMED = re.compile(r"\s+(?:as\s+)?an?\s+(?:(?:national|public|official|special)\s+)?(?:day\s+of\b|(?:bank\s+)?holiday\b)", re.I)
_NAMES_A_DAY = re.compile(r"\b(?:declared|declares|named|names|designated|designates|proclaimed|proclaims|made|makes)\s+$", re.I)
_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}  # "last week", "next year", "25 June last year"
_NO_ONE_DAY = re.compile(r"(?i:\b(?:every|each)\s+(?:other\s+|second\s+|single\s+)?)$")
_BOUND = re.compile(r"(?i:\b(?:(?:since|until|till|before|after|by|ahead of|prior to|between|through)\s+(?:the\s+)?|(?:by|until|till)\s+"
                    r"(?:noon|midday|midnight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)\s+))$")  # (a deadline: "by noon on Monday")
def resolve_weekday(weekday: int, published: date, *, future: bool = False, before: bool = False,
                    after: bool = False, near: bool = False) -> date:
    """The weekday (Monday = 0) a sentence of an article dated ``published`` means: the most recent
    one on or before that date; the one before it if ``before`` ("last Sunday"); the first one on or
    after it if ``future`` ("will meet on Monday": the article's own day is that day), the first one
    after it if ``after`` ("next Monday", "the coming Monday"); the nearest if ``near`` (a plan told
    in the past, "was due to meet on Monday", may be kept already)."""
    if near and (weekday - published.weekday()) % 7 <= 3:
        future = True
    if after:
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    back = (published.weekday() - weekday) % 7
    if before and back == 0:
        back = 7
    return published - timedelta(days=back)


def period_end(start: date, precision: Precision) -> date:
    """The last day of the day, week, month or year that begins on ``start``."""
    if precision in (Precision.DAY, Precision.WEEK):
        return start + timedelta(days=6 if precision is Precision.WEEK else 0)
    if precision is Precision.MONTH:
        return date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1)
    return date(start.year, 12, 31)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_start(d: date, months_back: int = 0) -> date:
    index = d.year * 12 + d.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _resolve(kind: str, m: re.Match[str], text: str, published: date) -> tuple[date, Precision] | None:
    g = m.groupdict()
    if kind in ("iso", "dotted"):
        d = calendar_date(int(g["year"]), int(g["m"]), int(g["day"]))
        return (d, Precision.DAY) if d else None
    if kind in ("dmy", "mdy", "nth"):
        month, day = _MONTHS[g["month"].lower()], _ORDINALS[g["nth"].lower()] if kind == "nth" else int(g["day"])
        if g.get("year"):
            d = calendar_date(int(g["year"]), month, day)
        elif g.get("which_year"):
            d = calendar_date(published.year + _STEP[g["which_year"].lower()], month, day)
        else:
            d = year_of(month, day, published, text, m.start(), m.end())
        return (d, Precision.DAY) if d else None
    if kind == "my":
        month = _MONTHS[g["month"].lower()]
        if g["month"].rstrip(".").lower() not in _FULL_MONTHS and not g["year"]:
            return None  # "Jan" or "Mar" alone is too often something else
        if not g["year"] and not g["lead"]:
            return None  # a bare month name ("May", "March") is often a name or a verb
        if g["year"]:
            return date(int(g["year"]), month, 1), Precision.MONTH
        lead, year = g["lead"].lower(), published.year
        if lead == "last":  # the most recent such month before this one
            year -= 1 if month >= published.month else 0
        elif lead == "next":
            year += 1 if month <= published.month else 0
        elif month > published.month and not is_future(text, m.start()):
            year -= 1  # "in December", said in March: last December
        elif month < published.month and is_future(text, m.start()):
            year += 1  # "will be held in March", said in October: next March
        return date(year, month, 1), Precision.MONTH
    if kind == "weekday":
        which = (g["which"] or "").lower()
        weekday = _WEEKDAYS[g["weekday"].lower()]
        if _NO_ONE_DAY.search(text, max(0, m.start() - 14), m.start()) or weekday_in_a_name(text, m.start("weekday"), m.end("weekday")):
            return None  # "every Friday", "each Sunday" ("a Tuesday" may be one: "in a Wednesday statement"), "the Sunday Times"
        told = Tense.PAST if which in ("last", "past", "next", "coming") else tense(text, m.start())
        if told is Tense.PAST and not which and _DAY_NAMED.match(text, m.end()) and _NAMES_A_DAY.search(text, 0, m.start()):
            told = Tense.NEAR  # "declared Monday a national day of mourning": the day it names, which may be to come
        return resolve_weekday(weekday, published, future=told is Tense.AHEAD, near=told is Tense.NEAR,
                               before=which in ("last", "past"), after=which in ("next", "coming")), Precision.DAY
    if kind == "dayword":  # (a "today" that means nowadays is no day: "gardeners today is ...")
        word = " ".join(g["word"].lower().split())
        offset = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return None if word == "today" and nowadays(text, m.start(), m.end()) else (published + timedelta(days=offset), Precision.DAY)
    if kind == "ago":
        count = g["count"].lower()
        n = int(count) if count.isdigit() else _NUMBERS[count]
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return published - timedelta(days=n), Precision.DAY
        if unit == "week":
            return _monday(published - timedelta(weeks=n)), Precision.WEEK
        if unit == "month":
            return _month_start(published, n), Precision.MONTH
        return date(published.year - n, 1, 1), Precision.YEAR
    if kind == "span":
        rel, unit = " ".join(g["rel"].lower().split()), g["unit"].lower()
        step = _STEP.get(rel, 0)
        if unit == "weekend":  # its Saturday; "this weekend" is the week's unless told in the past or on a Monday
            if step == 0 and (published.weekday() >= 5 or is_future(text, m.start())
                              or (published.weekday() > 0 and not reports_past(text))):
                return _monday(published) + timedelta(days=5), Precision.DAY
            return resolve_weekday(5, published, before=step <= 0, after=step > 0), Precision.DAY
        if unit == "week":  # on a Sunday, "last week" is the one ending that day, "later this week" and "this week" to come the next
            sunday = published.weekday() == 6 and (step < 0 or rel == "later this" or (rel == "this" and is_future(text, m.start())))
            return _monday(published + timedelta(weeks=step, days=1 if sunday else 0)), Precision.WEEK
        if unit == "month":
            return _month_start(published, -step), Precision.MONTH
        return date(published.year + step, 1, 1), Precision.YEAR
    if kind == "year":
        return date(int(g["year"]), 1, 1), Precision.YEAR
    return None


DATED_CHARS = 2_000  # a sentence's characters read for dates (a point has at most ~40 words, a long sentence ~600 characters)


def mentions(text: str, published: date) -> list[Mention]:
    """Every date expression in ``text`` resolved against ``published``, in text order.  Where
    expressions overlap (a weekday before a date, "in March 2011" and "March"), the longer, more
    explicit one is kept ("Sunday, 24 September" is 24 September).  Only the first ``DATED_CHARS`` characters
    are read: the rules look back over the sentence before each date, so a page of no full stops would cost its length squared."""
    found: list[Mention] = []
    text = text[:DATED_CHARS]
    if not _ANY.search(text):
        return found
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            resolved = _resolve(kind, m, text, published)
            if resolved is None:
                continue
            recalls = resolved[1] is Precision.DAY and (back_reference(text, start, end) or (  # (a coarser date dates nothing)
                (published - resolved[0]).days > OLD_ASIDE_DAYS and old_aside(text, start, PAST)))  # "the rig, which exploded on 20 April"
            # a day to come of a clause joined to one in the past ("began deliberating and will resume on Friday") dates no event
            later = resolved[1] is Precision.DAY and resolved[0] > published and told_after_past(text, start)
            bounds = recalls or later or bool(_BOUND.search(text[max(0, start - 20):start])) or (
                m.groupdict().get("lead") or "").lower() in ("since", "until", "by")
            found.append(Mention(resolved[0], resolved[1], start, end, m.group(0), bounds, kind in _RELATIVE, recalls))
            taken.append((start, end))
    # a weekday right before a date it names ("on Sunday, 24 September"): the date says it all
    found = [x for x in found if not (x.phrase.lower().rstrip().endswith(tuple(_WEEKDAYS)) and any(
        y.start > x.end and y.start - x.end <= 3 and y.precision is Precision.DAY and y is not x for y in found))]
    found = _spans(text, published, sorted(found, key=lambda x: x.start))
    for k in range(1, len(found)):  # "said on Sunday that ... had widened overnight": Sunday's night, not the article's
        said, word = found[k - 1], found[k]
        if _DAYWORDS.fullmatch(word.phrase) and said.precision is Precision.DAY and reported_on(text, (said.start, said.end), word.start):
            found[k] = replace(word, day=word.day + (said.day - published))
    return found


# a span of days: "from 11 a.m. Wednesday to 8 p.m. Thursday", "between Monday and Friday", "from today until Thursday"
_CLOCK = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?|noon|midnight)\s+)?(?:on\s+)?"
_SPAN_FROM = re.compile(rf"(?i:\b(?:from|between)\s+{_CLOCK})$")
_SPAN_TO = re.compile(rf"(?i:\s*(?:to|until|till|through|thru|and|-|–)\s+{_CLOCK})")
_A_WEEKDAY = re.compile(rf"(?:on )?{_WEEKDAY}(?: (?i:morning|afternoon|evening|night))?")


def _spans(text: str, published: date, found: list[Mention]) -> list[Mention]:
    """Weekdays of a week named after them, and each span of days ("from A to B") with its end on or
    after its start (see the module's docstring)."""
    pinned: set[int] = set()
    for k in range(len(found) - 1):
        day, week = found[k], found[k + 1]
        plain = _A_WEEKDAY.fullmatch(day.phrase)
        if plain and week.precision is Precision.WEEK and week.phrase.lower().endswith(" week") and not text[day.end:week.start].strip():
            found[k] = replace(day, day=week.day + timedelta(days=_WEEKDAYS[plain.group("weekday").lower()]))
            pinned.add(k)
    for k in range(len(found) - 1):
        first, last = found[k], found[k + 1]
        end = _A_WEEKDAY.fullmatch(last.phrase)
        if (end is None or first.precision is not Precision.DAY or not _SPAN_TO.fullmatch(text, first.end, last.start)
                or not _SPAN_FROM.search(text, max(0, first.start - 30), first.start)):
            continue
        weekday = _WEEKDAYS[end.group("weekday").lower()]
        start = _A_WEEKDAY.fullmatch(first.phrase)
        if start is None or (k + 1 not in pinned and span_told_past(text, first.start, last.end)):
            found[k + 1] = replace(last, day=resolve_weekday(weekday, first.day, future=True))
            continue
        ends = last.day if k + 1 in pinned else resolve_weekday(weekday, published, future=True)
        found[k + 1] = replace(last, day=ends)
        found[k] = replace(first, day=resolve_weekday(_WEEKDAYS[start.group("weekday").lower()], ends))
    return found


_NAMES_A_THING = re.compile(r"day['’]s\b")  # "Friday's earthquake", "Monday's vote"
_ASIDE = re.compile(r"(?i:\bthan\s+(?:(?:on\s+)?\w+day\s+(?:and|or)\s+(?:on\s+)?)?)$")  # "heavier than on Thursday and Friday"


def event_date(text: str, published: date) -> EventDate:
    """The date of the event ``text`` (one sentence of an article dated ``published``) reports: the first day-precise
    expression that is not a bound ("since Monday") nor describes what the sentence talks about (:mod:`.described`), one
    introduced by "on" first, a possessive one last when a weekday or "today" outside brackets and comparisons can take
    over ("The toll from Friday's quake rose to 380 on Saturday" is Saturday's: "Friday's" names a thing); else the first
    coarser one ("last week"); else the article's date (a report in the present tense or one that states no date)."""
    known = told_event_dates.get((text, published))
    return known if known is not None else _event_date(text, published)


@lru_cache(maxsize=65_536)
def _event_date(text: str, published: date) -> EventDate:
    """A sentence's event date is read by the timeline, then kept with its article's analysis: found once."""
    found = mentions(text, published)
    candidates = [m for m in found if not m.bounds]
    recalled = tuple(m.day for m in found if m.recalls and m.precision is Precision.DAY)
    if described := [m for m in candidates if describes(text, m.start)]:  # "The fire, which broke out on Sunday, has ..."
        candidates = [m for m in candidates if m not in described]  # (another day dates it: "... said on Saturday")
        candidates = candidates or ([] if reported_now(text, described[-1].end, described[-1].start) else described)  # ("The quake, ...")
    days = [m for m in candidates if m.precision is Precision.DAY]
    named = [m for m in days if _NAMES_A_THING.search(m.phrase) or (not m.relative and names_thing(text, m.start, m.end))]
    if named:  # "Friday's earthquake" names a thing: another weekday dates ("the 12 April election": another day)
        own = [m for m in days if m not in named and (m.relative or not any(x.relative for x in named)) and not _ASIDE.search(
            text, 0, m.start) and text[:m.start].count("(") <= text[:m.start].count(")")]  # (not "(10 p.m. ET Sunday)")
        days = own + [m for m in days if m not in own]
    if days:
        on = [m for m in days if ON_DAY.search(text[max(0, m.start - 25):m.start])]
        chosen = (on or days)[0]
        return EventDate(chosen.day, Precision.DAY, chosen, recalled)
    if candidates:
        return EventDate(candidates[0].day, candidates[0].precision, candidates[0], recalled)
    return EventDate(published, Precision.DAY, None, recalled)


told_event_dates: Told[tuple[str, date], EventDate] = Told(65_536)  # kept from an earlier run
