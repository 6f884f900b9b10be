"""What changed since the previous brief (pure): new, updated and no-longer-reported points.

A point of today's brief is *updated* when it matches a point the reader saw last time (similar
wording, or the same thing counted) but states a different figure or fact ("three arrested", then
"five arrested"; a count of things no figure tracks only under the same verb: "she signed about 40
inspection reports" is no revision of "the firm falsified 212 inspection reports"); it shows what it
updates: the old value's words, the articles that reported it and when (:func:`was`).  *New* when it matches
nothing the reader saw.  A point of the previous brief that no sentence of recent coverage (:data:`RECENT_DAYS`)
carries any more is *no longer reported*.  Background that new articles restate (a sentence whose event is dated before the
previous brief: "A drilling rig explosion on April 20 left 11 workers missing") is not news
(:func:`restates_background`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from briefbot.brief.figures import Mention, mentions, quantity
from briefbot.brief.figures.identity import CUMULATIVE, PLAIN, the_rest
from briefbot.brief.figures.lexicon import CALENDAR, REVISED, STOP, TIME_UNITS
from briefbot.brief.figures.series import STATES
from briefbot.models import Figure, Point, Reading, Status
from briefbot.text.aspect import told_as
from briefbot.text.dates import WEEKDAY_NAMES, Precision, event_date, period_end
from briefbot.text.named import NOUN_NEXT
from briefbot.text.pastforms import past_form
from briefbot.text.seamwords import SPEECH_VERBS
from briefbot.text.tense import Tense
from briefbot.text.terms import terms, text_key

MATCH = 0.35  # cosine at which two sentences state the same point
SAME_THING = 0.15  # cosine that, with the same thing counted, makes two sentences one point
RETOLD = 0.6  # cosine at which a time or a crowd told again with another number is the same point updated
STILL_REPORTED = 0.3  # cosine at which a current sentence still carries an old point
RECENT_DAYS = 7  # "no longer reported": carried by no sentence of the articles of this many days
BACKGROUND_DAYS = 2  # a new sentence about a calendar day this long before the previous brief is background
# ... and one about a week, a month or a year that ended this long before it (a period's figures come out after it ends:
# May's jobless rate in June, a year's results by March, a census or crime statistics of 2009 in September 2010)
REPORTING_LAG = {Precision.WEEK: timedelta(days=7), Precision.MONTH: timedelta(days=31), Precision.YEAR: timedelta(days=365)}
# the main clause's state going on ("has been flowing since the rig exploded on 20 April"); not a relative clause's ("a
# worker who has been missing since 3 August was found dead"), nor a state's adjective ("missing")
_ONGOING = re.compile(r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:has|have) been (?!missing\b)\w+ing\b")
# a present perfect or "since" before a coarse date: the date is a bound or a thing's, and the count may be news ("850
# people have been killed in the operation launched in March", "300 arrested since the protests began in March"); a
# comma before it in the sentence: an aside's or a fronted phrase's date, not the main clause's ("The minister, appointed in
# March, resigned.", "The strike, which began in May, ended ..."); a date that names a thing ("the June floods")
_NOW_BEFORE = re.compile(r"\b(?:has|have|since)\b|,", re.I)
# an "ago" right after the verb of the event it dates (:func:`briefbot.text.pastforms.past_form`; "began more than a month
# ago", "exploded just over a month ago", "were opened 30 days ago"): about that long before the article; any other "ago"
# (a comparison's baseline, "rose 12 percent from $4.9 billion a year ago"; after an object, "arrested three men a month
# ago") is read by its period
_WORD_BEFORE_AGO = re.compile(r"\b([A-Za-z'’-]+)\s+(?:(?:just|only|some|about|around|nearly|almost|roughly|more|less|than|over|"
                              r"under|well)\s+){0,3}$")
# ... not a relative clause's or a reported figure's verb ("the town it lost 10 days ago", "a man who escaped a month
# ago", "from 120 reported two weeks ago", "the $1.5 billion it reported a year ago")
_CLAUSE_VERB = re.compile(r"(?:\b(?:who|which|that|it|they|he|she|we|you|I)|\d|\b(?:million|billion|thousand|percent))\s+(?:\w+\s+)?$")
_NAMES_A_THING = re.compile(r"\b(?:the|its|his|her|their|[A-Za-z]+['’]s)\s+(?:\w+\s+)?\w+$", re.I)  # "the June floods"


@dataclass(frozen=True)
class Match:
    status: Status
    previous: str | None
    index: int | None = None  # which previous point it matches
    was: Mention | None = None  # for an update: the previous point's value of what changed


# a body's vote on a decision: "by seven votes to two", "voted 52 votes to 48" (not a candidate's "won 338 votes to 300")
_FEW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none)"
_TALLY = re.compile(rf"\b(?:by|voted)\s+{_FEW}\s+votes?\s+(?:to|against)\s+{_FEW}\b", re.I)


@lru_cache(maxsize=20_000)
def _counted(sentence: str) -> dict[str, Mention]:
    """The number mentions of ``sentence`` by what they count: a tracked quantity's label ("Cases
    (Mexico, confirmed)", so that confirmed and suspected cases never update each other), else the
    words; the first of each (a later bare number that takes its noun from the count before it,
    "in some 30 countries, with 61 having died", counts nothing for sure and is left out, and so is the rest of a
    set, "the remaining 88 detainees were freed": a later batch, no new value of the count before, and a body's vote on a
    decision, "approved by seven votes to two": no count of the story's votes; nor another time's, no earlier value)."""
    out: dict[str, Mention] = {}
    tallies = [t.span() for t in _TALLY.finditer(sentence)] if "vote" in sentence else []
    for m in mentions(sentence):
        q = quantity(m)
        if (q is None and m.inherited) or ((q is None or q.measure not in STATES) and the_rest(sentence, m.start)) or any(
                not re.search(r"[,;:]", sentence[y.end():m.start]) for y in _ANOTHER_YEAR.finditer(sentence, 0, m.start)):
            continue  # (another time's, told before it in its clause: "In 2023 ... 90,000 hectares"; not "..., more than last year")
        if any(a <= m.start < b for a, b in tallies):
            continue  # a body's vote on a decision ("approved by seven votes to two"): no count of the story's votes
        out.setdefault(q.label if q is not None else m.what, m)
    return out


def _updatable(m: Mention) -> bool:
    """Whether a new value of ``m``'s count updates it in any sentence close enough: a tracked quantity's,
    or a count of things ("30 districts" -> 40); a time or plain people only in the same point told again
    (``classify``: "sentenced … to 10 years" -> 15, "2,000 people marched on Saturday" -> 5,000), not in
    another ("met for two hours" on Saturday, "for four hours" on Tuesday; "a town of 22,000 people", then
    "a protest by 2,000 people")."""
    noun = m.head.split()[-1].lower() if m.head else ""
    return quantity(m) is not None or (bool(noun) and noun not in TIME_UNITS and noun not in PLAIN)


_ANOTHER_YEAR = re.compile(r"(?i:\bin (?:19|20)\d\d\b|\b(?:last|previous|past) (?:year|decade)\b|\bago\b)")  # a count's other time
_DAY_WORDS = re.compile(rf"\b(?:{WEEKDAY_NAMES}|yesterday|today)\b", re.I)


def _other_days(a: str, b: str) -> bool:
    """Whether two sentences name days and no day in common ("on Saturday" / "on Tuesday"): other events."""
    da, db = {d.lower() for d in _DAY_WORDS.findall(a)}, {d.lower() for d in _DAY_WORDS.findall(b)}
    return bool(da and db) and not da & db


_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’])([a-z]+)\s+$")


def _verb_of(sentence: str, m: Mention) -> str:
    """The word that governs an untracked count, right before it ("falsified" of "falsified 212 inspection
    reports"), or "" when that is a function word ("spread to 1,100 farms") or none."""
    found = _WORD_BEFORE.search(sentence, max(0, m.start - 30), m.start)
    word = found.group(1) if found else ""
    return "" if word in STOP else word


def _other_acts(a: str, ma: Mention, b: str, mb: Mention) -> bool:
    """Whether two counts of the same things that no tracked quantity reads are objects of other verbs: "she
    signed about 40 inspection reports" is a part (one inspector's), not a revision of "the firm falsified
    212 inspection reports"; "covered 300 farms" / "has covered 2,600 farms" (one stem) and "spread to 1,100
    farms" (no verb of its own) are one count."""
    if quantity(ma) is not None or quantity(mb) is not None:
        return False
    va, vb = _verb_of(a, ma), _verb_of(b, mb)
    if not va or not vb:
        return False
    stem = min(4, len(va), len(vb))
    return va[:stem] != vb[:stem]


# a sentence's subject that names a thing: its opening capitalised words before a word in lower case that is no telling
# ("Tropical Storm Bexley is now forecast", "Cyclone Amara crossed"; not "Police said", "BP has said", nor "On Monday, ..."); a
# name of one word only before a verb's auxiliary ("Bexley is expected"; not "Oil company BP's ...", whose first word opens the
# sentence as any word would)
_TELLING = rf"(?:(?:has|have|had)\s+)?(?:{SPEECH_VERBS}|say|reported|reports|announced|announces|confirmed|confirms|estimated|estimates)\b"
_NAMED_SUBJECT = re.compile(rf"(?:The\s+)?((?:[A-Z][\w'’-]*\s+){{1,3}}[A-Z][\w'’-]*|[A-Z][\w'’-]*(?=\s+(?:is|was|are|were|has|had|have|"
                            rf"will|would|could|may|might|can)\b))\s+(?!{_TELLING})[a-z]")


def _other_subjects(a: str, ma: Mention, b: str, mb: Mention) -> bool:
    """Whether two counts that no tracked quantity reads are of other named things: each sentence's subject a name
    that the other sentence does not name ("Bexley is expected to remain a tropical storm with winds of up to 95 km/h"
    is no update of "Cyclone Amara crossed the coast with winds of about 205 km/h"; "Tropical Storm Bexley is now
    forecast ... 110 km/h" is one of Bexley's 95)."""
    if quantity(ma) is not None or quantity(mb) is not None:
        return False
    na, nb = _NAMED_SUBJECT.match(a), _NAMED_SUBJECT.match(b)
    if na is None or nb is None or any(w.lower() in STOP or w.lower() in CALENDAR for w in (*na.group(1).split(), *nb.group(1).split())):
        return False  # ("At least 12,000 barrels", "On Monday ...": no name)
    words_a, words_b = set(re.findall(r"[\w'’-]+", a)), set(re.findall(r"[\w'’-]+", b))
    return not (set(na.group(1).split()) & words_b or set(nb.group(1).split()) & words_a)


def tracked_figures(sentence: str) -> dict[str, float]:
    """The tracked quantities ``sentence`` gives, by label ("Deaths (Caldria)"), the first value of each
    (:func:`_counted`'s, without its untracked counts)."""
    return {label: m.value for label, m in tracked_mentions(sentence).items()}


def tracked_mentions(sentence: str) -> dict[str, Mention]:
    """:func:`tracked_figures` with each value's mention (its words, its marker: "at least", its range)."""
    return {label: m for label, m in _counted(sentence).items() if quantity(m) is not None}


def figures_of(sentence: str) -> dict[str, float]:
    """The numbers of ``sentence`` by what they count (see :func:`_counted`)."""
    return {what: m.value for what, m in _counted(sentence).items()}


def amounts(sentence: str) -> dict[str, float]:
    """The figures of ``sentence`` by what they count (:func:`_counted`), times left out: "18,400
    customers", not "two days" of "two days after the fire started"."""
    return {w: m.value for w, m in _counted(sentence).items() if not (m.head and m.head.split()[-1].lower() in TIME_UNITS)}


def tells_value(text: str, figure: Figure) -> bool:
    """Whether ``text`` states ``figure``'s value of what its sentence counts there ("As of Friday the fire
    had burned 41,000 acres" of "The fire has burned 41,000 acres (16,592 hectares) ...")."""
    theirs = figures_of(figure.sentence)
    return any(v == figure.value and theirs.get(w) == figure.value for w, v in figures_of(text).items())


def figures_conflict(a: str, b: str) -> bool:
    """Whether two sentences give different numbers for the same thing."""
    fa, fb = figures_of(a), figures_of(b)
    return any(fa[w] != fb[w] for w in fa.keys() & fb.keys())


# what the articles gave of each count that only grows, by label and value: the words of each sentence that gave it
KnownCounts = Mapping[str, Mapping[float, Sequence[AbstractSet[str]]]]


def counts_told(sentences: Iterable[str]) -> dict[str, dict[float, list[frozenset[str]]]]:
    """What ``sentences`` gave of each count that only grows (deaths, cases, arrests: ``CUMULATIVE``), by label and value: the
    words of each sentence that gave it (:func:`_gave`), whatever value a brief's points gave."""
    out: dict[str, dict[float, list[frozenset[str]]]] = {}
    for sentence in sentences:
        for label, m in _counted(sentence).items():
            if _grows(m):
                out.setdefault(label, {}).setdefault(m.value, []).append(frozenset(terms(sentence)))
    return out


def _gave(known: KnownCounts | None, label: str, value: float, text: str) -> bool:
    """Whether a sentence of ``known`` (:func:`counts_told`) gave ``value`` of ``label`` in much the same words as ``text`` (half
    the words of the longer): the same report told again ("Activists say more than 850 people have been killed and thousands
    arrested ..."), not a forecast of the value ("could exceed 10,000") nor another body's count that happens to match."""
    mine = set(terms(text))
    return any(len(mine & theirs) >= 0.5 * max(len(mine), len(theirs)) > 0 for theirs in (known or {}).get(label, {}).get(value, ()))


def classify(text: str, similarities: np.ndarray, previous: Sequence[Point],
             dates: Mapping[int, date | None] | None = None, known: KnownCounts | None = None) -> Match:
    """``similarities[j]`` is the cosine between ``text`` and ``previous[j]``; ``dates`` (article id ->
    date) says when each previous point was reported.  A figure updates the latest value the reader was
    told of it (of a count that only grows, the largest: :func:`_later`): of the previous points close enough that count
    the same thing, the newest (the most
    similar of the newest), not the closest ("6,800 acres" of 5 August, not "about 1,200 acres" of
    4 August, for "14,500 acres" on the 6th); and when that value is the one ``text`` gives, it updates
    nothing, whatever an older point said.  Nor does a count that only grows update a point's other value when the articles
    had already given ``text``'s value in much the same words by the previous brief (``known``: :func:`counts_told` of
    theirs, :func:`_gave`): "more than 850 people have been killed" is no update of a town's "at least 27" when the article
    that told the 27 told the 850 too (the town's "at least 41" is)."""
    if not len(previous):
        return Match(Status.NEW, None)
    mine, counted = figures_of(text), _counted(text)
    best = int(np.argmax(similarities))
    close = [int(j) for j in np.argsort(-similarities, kind="stable") if float(similarities[j]) >= SAME_THING]
    told: dict[str, int] = {}  # what is counted -> the previous point that told its latest value
    for j in close:
        theirs = _counted(previous[j].text)
        retold = float(similarities[j]) >= RETOLD and not _other_days(text, previous[j].text)
        for w in set(mine) & set(theirs):
            if _other_acts(text, counted[w], previous[j].text, theirs[w]) or _other_subjects(text, counted[w], previous[j].text, theirs[w]):
                continue
            if (_updatable(theirs[w]) or retold) and (w not in told or _later(theirs[w], previous[j], previous[told[w]], w, dates)):
                told[w] = j
    for j in close:
        theirs = _counted(previous[j].text)
        fell = float(similarities[j]) < RETOLD  # (the same sentence told again at a smaller value is its revision)
        changed = sorted(w for w, k in told.items() if k == j and mine[w] != theirs[w].value
                         and not (fell and _fell(text, counted[w], theirs[w]))
                         and not (_grows(counted[w]) and _gave(known, w, mine[w], text)))
        if changed:
            return Match(Status.UPDATED, previous[j].text, j, theirs[changed[0]])
    if similarities[best] >= MATCH:
        return Match(Status.CONTINUING, previous[best].text, best)
    return Match(Status.NEW, None)


_REVISED = re.compile(r"(?i:\brevised\s+(?:down|up)|\bdown from\b|\bfewer than (?:first|previously|earlier)\b)")


def _fell(text: str, new: Mention, old: Mention) -> bool:
    """Whether ``new`` (of ``text``) gives a count that only grows (deaths, cases, arrests: ``CUMULATIVE``) a value below
    ``old``'s and ``text`` says nothing of a revision: another scope's count ("at least 27 people have been killed" of one
    day, after "more than 300" of the whole uprising), no update of it (asked only of a sentence that is not the old one
    told again: a wire's corrected re-issue of the same sentence at 11, not 14, updates it)."""
    return _grows(new) and (new.high or new.value) < old.value and not (_REVISED.search(text) or REVISED.search(text))


def _later(mention: Mention, point: Point, other: Point, what: str, dates: Mapping[int, date | None] | None) -> bool:
    """Whether ``point`` (its ``mention`` of ``what``) told the reader a later value of it than ``other``: its reports
    are newer, or, of a count that only grows (``CUMULATIVE``), its value is larger (a newer, smaller one counts another
    scope: one day's "at least 27 killed" after the uprising's "more than 300")."""
    if _grows(mention) and (theirs := _counted(other.text).get(what)) is not None and theirs.value != mention.value:
        return mention.value > theirs.value
    return _told_on(point, dates) > _told_on(other, dates)


def _grows(mention: Mention) -> bool:
    """Whether ``mention`` is a value of a count that only grows (deaths, cases, arrests: ``CUMULATIVE``)."""
    return (q := quantity(mention)) is not None and q.measure in CUMULATIVE


def _told_on(point: Point, dates: Mapping[int, date | None] | None) -> date:
    """The newest date of the articles that reported ``point`` (``date.min`` when none is known)."""
    days = [d for a in point.article_ids if (d := (dates or {}).get(a)) is not None]
    return max(days, default=date.min)


def was(match: Match, previous: Sequence[Point], dates: Mapping[int, date | None]) -> Reading | None:
    """What an updated point updates: the previous point's value (its words), the articles that
    reported it, and the newest of their dates (``dates``: article id -> date)."""
    if match.status is not Status.UPDATED or match.was is None or match.index is None:
        return None
    before = previous[match.index]
    days = [d for a in before.article_ids if (d := dates.get(a)) is not None]
    m = match.was
    return Reading(value=m.value, text=m.phrase, article_ids=before.article_ids, date=max(days) if days else None,
                   high=m.high, marker=m.marker, sentence=before.text)


def told_last(point: Point, figure: Figure, told_until: date) -> Reading | None:
    """What an updated point that gives ``figure``'s new value updates: its ``was`` (a previous point's
    value), or the figure's value before, as *Figures* shows it, when that is the same count's, the
    reader was told it (it is dated by the previous brief, ``told_until``) and it is newer: "45,300
    acres" updates the figures' "44,900" of 11 August, not a point's "about 44,000" of the 10th."""
    was, before = point.was, figure.previous
    if was is None or before is None or before.date is None or before.date > told_until or (was.date and before.date <= was.date):
        return was
    counted = next((w for w, m in _counted(was.sentence).items() if m.phrase == was.text), None)
    return before if counted is not None and figures_of(point.text).get(counted) == figure.value else was


@dataclass(frozen=True)
class Told:
    """What the reader was told and when: the previous brief's points and day, today's day, the
    articles' dates (id -> date), the new articles that are factboxes (background, never news) and what the articles had
    reported of each count that only grows by the previous brief (:func:`counts_told`)."""

    points: Sequence[Point]
    previous_as_of: date
    as_of: date
    dates: Mapping[int, date | None]
    factboxes: frozenset[int] = frozenset()
    counts: KnownCounts = field(default_factory=dict)

    def not_news(self, text: str, day: int, article_ids: Sequence[int]) -> bool:
        """A new sentence that only factboxes carry, or that restates background (see
        :func:`restates_background`; ``day`` is the newest carrying article's date as an ordinal)."""
        if article_ids and set(article_ids) <= self.factboxes:
            return True
        return day > 0 and restates_background(text, date.fromordinal(day), self.previous_as_of)


def recent(day: int, new: bool, as_of: date) -> bool:
    """Whether a sentence of articles as new as ``day`` (an ordinal; 0 undated) is recent coverage:
    one of the new articles, or dated within :data:`RECENT_DAYS` of ``as_of``."""
    return new or day == 0 or day > (as_of - timedelta(days=RECENT_DAYS)).toordinal()


def restates_background(text: str, published: date | None, previous_as_of: date) -> bool:
    """Whether a new article's sentence reports an event of a calendar day well before the previous
    brief (:data:`BACKGROUND_DAYS`): "A drilling rig explosion on April 20 left 11 workers missing",
    in an article of May 10, when the reader's last brief was of May 3, restates background; so do "The singer died in
    June" in late August, when June ended well before the last brief (:data:`REPORTING_LAG`), "The leak began more than a
    month ago" on 24 May after a brief of 17 May (about 24 April), and "The crude oil has been flowing since the rig
    exploded on 20 April"."""
    if published is None:
        return False
    when = event_date(text, published)
    before = previous_as_of - timedelta(days=BACKGROUND_DAYS)
    if when.mention is None:  # a state that goes on since a day well before, and no figure of its own to update
        return bool(when.recalled) and max(when.recalled) < before and bool(_ONGOING.search(text)) and not figures_of(text)
    verb = _WORD_BEFORE_AGO.search(text, max(0, when.mention.start - 60), when.mention.start) if when.mention.relative else None
    ago = (verb is not None and past_form(verb.group(1).lower()) and when.mention.phrase.lower().endswith(" ago")
           and not _CLAUSE_VERB.search(text, max(0, verb.start() - 40), verb.start()))  # (the main clause's verb only)
    if when.precision is Precision.DAY and not ago:  # (not one relative to the article, "on Sunday": it may well be news)
        return not when.mention.relative and when.day < before
    if ago:  # "began more than a month ago", "30 days ago": about that long before the article, not all April
        ended, last = (when.day if when.precision is Precision.DAY else _about(published, when.day, when.precision)), before
    else:
        ended, last = period_end(when.day, when.precision) + REPORTING_LAG[when.precision], previous_as_of
    return (ended < last
            and not _NOW_BEFORE.search(text, 0, when.mention.start)
            and not (_NAMES_A_THING.search(text, max(0, when.mention.start - 30), when.mention.end)
                     and NOUN_NEXT.match(text, when.mention.end)))


def _about(published: date, start: date, precision: Precision) -> date:
    """The day "N weeks (months, years) ago" in an article of ``published`` means, about: N whole units before it
    (``start``: the first day of the unit :func:`briefbot.text.dates.event_date` gives)."""
    if precision is Precision.WEEK:
        return published - timedelta(weeks=(published - start).days // 7)
    if precision is Precision.MONTH:
        return published - timedelta(days=round(((published.year - start.year) * 12 + published.month - start.month) * 30.44))
    return published - timedelta(days=round((published.year - start.year) * 365.25))


def dropped(previous: Sequence[Point], best_current: np.ndarray, limit: int = 3,
            shown: Collection[str] = (), in_timeline: Collection[str] = ()) -> list[Point]:
    """Previous points that no sentence of recent coverage carries (``best_current[j]`` = best cosine),
    the first ``limit`` of those the brief does not still show in their words (``shown``: its points' texts) nor, for
    an event told as done (:func:`briefbot.text.aspect.told_as`, a report's frame aside), as its timeline's line
    (``in_timeline``: the :func:`text_key` of its events): on its day there the event is history, and "no longer
    reported" beside the same sentence reads as withdrawn. A state ("are searching") can still go unreported since,
    and an event the timeline tells only in other words (another arrest, another day's toll) is still listed."""
    out = [
        Point(text=p.text, article_ids=p.article_ids, status=Status.DROPPED, written=p.written)
        for p, sim in zip(previous, best_current, strict=True)
        if sim < STILL_REPORTED and p.text not in shown
        and (text_key(p.text) not in in_timeline or told_as(p.text) is not Tense.PAST)
    ]
    return out[:limit]
