"""The candidate sentences of a brief (pure): one per distinct sentence, citing every article that carries it, and what
ranking, selection and citation need to know of them (support, closeness to what the reader knows, the figures they state)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from briefbot.brief import changes as diff
from briefbot.brief.closers import Paragraph, closing_sentences
from briefbot.brief.figures.grammar import mentions
from briefbot.brief.figures.lexicon import LABELS, LEFT_BEHIND, MEASURED, OPENS_IN_YEAR, TIME_UNITS
from briefbot.brief.places import other_places
from briefbot.brief.sayings import says_alike
from briefbot.brief.schedules import gives_up
from briefbot.brief.sources import article_voice
from briefbot.brief.states import opposed
from briefbot.models import Article
from briefbot.rank import close
from briefbot.rank.scipy_sparse import sparse
from briefbot.rank.vectors import Vectors, row_max
from briefbot.text.aspect import NTH_SPAN, set_for, told_apart, told_as
from briefbot.text.dates import MONTH_BEFORE, Precision, event_date
from briefbot.text.tense import Tense
from briefbot.text.terms import is_brief_material, nearly_same, sentence_spans, stem, stop_words, terms, text_key, words
from briefbot.text.voice import VIEWS

SUPPORT = 0.4  # cosine above which another outlet's sentence carries the same point
SUPPORT_WITH_FIGURE = 0.12  # ... or above this when both state the same (non-trivial) number
KNOWN = 0.75  # a new sentence this close to something the reader saw is not news
FIGURE_BLOCK = 256  # rows of new sentences compared at once with the known ones (bounds the dense products)
_MONTH_REACH = 16  # characters before a number a month's name and its space are looked for in ("September ")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?(?!\w|[.,]\d)")  # ("rose to 51." and "51," are 51)


@dataclass
class Candidate:
    text: str
    article_ids: list[int]
    position: int  # its place among the quotable sentences of the article it opens earliest (0: the first)
    new: bool
    terms: list[str]
    day: int  # ordinal of the (newest) carrying article's date
    quoted_day: int = 0  # ordinal of the quoted article's date (0: undated): what "yesterday" in it means
    view: bool = False  # every article carrying it is one party's view (an opinion piece, an editorial, a letter, a review)
    analysis: bool = False  # every article carrying it is an outlet's analysis: its reading of events, no report of one

    @property
    def written(self) -> date | None:
        """The date of the article it quotes, the earliest that carries it (None: undated)."""
        return date.fromordinal(self.quoted_day) if self.quoted_day else None


def candidates(articles: Sequence[Article], new_ids: set[int | None], known: AbstractSet[str] = frozenset()) -> list[Candidate]:
    """One candidate per distinct sentence; it is new if only new articles carry it and it is not a sentence of ``known``
    (those of earlier versions of edited articles).  It quotes the earliest dated article that carries it (a reprint a
    day later says "yesterday" of the same day).  An outlet's closing lines (:mod:`briefbot.brief.closers`) are none."""
    by_text: dict[str, Candidate] = {}
    pages: list[list[Paragraph]] = []  # each article's paragraphs (of brief material): what tells an outlet's closers
    for a in articles:
        if a.id is None:
            raise ValueError("articles must be stored before a brief is made")
        day = a.date.toordinal() if a.date else 0
        written = 0 if a.undated else day
        voice = article_voice(a)
        view, analysis = voice in VIEWS, voice == "analysis"
        paragraphs: dict[int, list[str]] = {}
        place = 0  # the sentence's place among the article's quotable ones (a caption or a heading before it is none)
        for span in sentence_spans(a.text):
            keys = paragraphs.setdefault(span.paragraph, [])
            if not is_brief_material(span.text):
                continue
            place += 1
            key = text_key(span.text)
            keys.append(key)
            c = by_text.get(key)
            if c is None:
                by_text[key] = Candidate(span.text, [a.id], place - 1, a.id in new_ids and key not in known,
                                         terms(span.text), day, written, view, analysis)
            elif a.id not in c.article_ids:
                if written and (not c.quoted_day or written < c.quoted_day):  # its words were out earlier: quoted
                    c.article_ids.insert(0, a.id)
                    c.text, c.quoted_day = span.text, written
                else:
                    c.article_ids.append(a.id)
                c.position = min(c.position, place - 1)
                c.new, c.view, c.analysis = c.new and a.id in new_ids, c.view and view, c.analysis and analysis
                c.day = max(c.day, day)
        pages.append([tuple(keys) for keys in paragraphs.values()])
    page = {a.id: k for k, a in enumerate(articles)}
    closers = closing_sentences(pages, lambda key: (page[i] for i in by_text[key].article_ids))
    return [c for k, c in by_text.items() if c.terms and k not in closers]


def support_counts(cands: list[Candidate], idx: list[int], vectors: Vectors) -> np.ndarray:
    """For each candidate, the number of articles that carry it or a sentence close to it."""
    article_col: dict[int, int] = {}
    rows, cols = [], []
    for r, i in enumerate(idx):
        for a in cands[i].article_ids:
            rows.append(r)
            cols.append(article_col.setdefault(a, len(article_col)))
    carries = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(idx), len(article_col)))
    reached = close.reach(vectors.matrix[idx], carries, lambda cosines: cosines > SUPPORT)  # articles, by close sentences
    counts: np.ndarray = np.maximum(np.diff(reached.indptr).astype(float), 1.0)
    return counts


def max_similarity(vectors: Vectors, rows: list[int], others: list[int], extra: sparse.csr_matrix | None) -> np.ndarray:
    """For each of ``rows``, its best cosine with the candidates ``others`` and the rows of ``extra``."""
    out = np.zeros(len(rows))
    left = vectors.matrix[rows]
    if others:
        for start in range(0, len(others), 2048):
            block = vectors.matrix[others[start:start + 2048]]
            out = np.maximum(out, row_max(left @ block.T))
    if extra is not None:
        out = np.maximum(out, row_max(left @ extra.T))
    return out


def telling_numbers(text: str) -> set[str]:
    """The numbers written in ``text`` that can tell one point from another: 10 or more, not a year nor a date's day
    (two sentences stating "1,200" likely report the same thing; two stating "3" or "2023" need not)."""
    found = (m.group().replace(",", "") for m in _NUMBER.finditer(text)
             if not MONTH_BEFORE.search(text, max(0, m.start() - _MONTH_REACH), m.start()))  # (a date's day: no figure)
    return {n for n in found if float(n) >= 10 and not _YEARS.fullmatch(n)}  # ("12,000" is "12000")


def news_numbers(text: str) -> set[str]:
    """The telling numbers of ``text`` (:func:`telling_numbers`) but a value it says a change left behind ("Certified turnout
    was 66.8%, down from the preliminary 67.2%": 66.8, the news; a sentence giving only 67.2 reports the old value, not it);
    all of them when every one is left behind."""
    told = telling_numbers(text)
    left = {m.group().replace(",", "") for m in _NUMBER.finditer(text) if LEFT_BEHIND.search(text, max(0, m.start() - 120), m.start())}
    return (told - left) or told


def stated_days(c: Candidate) -> frozenset[date]:
    """The day of ``c``'s event when the sentence names it by its date ("is set for May 22", "took to the streets
    on January 25"), not by a weekday or "yesterday" (see :func:`briefbot.text.dates.event_date`; a day another
    clause recalls, "protests that began January 25", is not its event's): like a telling number, the day two
    similar sentences both give their event likely makes them one point ("Sentencing is set for May 22." and
    "Sentencing is scheduled for May 22, 2025, before Judge ...")."""
    return _stated_days(c.text, c.quoted_day or c.day)


@lru_cache(maxsize=8192)
def _stated_days(text: str, day: int) -> frozenset[date]:
    if day <= 0:
        return frozenset()
    found = event_date(text, date.fromordinal(day))
    said = found.mention
    return frozenset((found.day,)) if said is not None and found.precision is Precision.DAY and not said.relative else frozenset()


def support(cands: list[Candidate], i: int, vectors: Vectors) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The articles that carry candidate ``i``'s sentence, verbatim or nearly (the quoted one first), and the other
    articles that report the same point in other words (a similar sentence, or one that names a day the point names by
    its date, :func:`stated_days`; that gives the point's telling numbers again when it has any, not set in an earlier
    year, "has recorded 335 cholera cases" is not reported again by "lifted a cholera quarantine"; and that says what it
    says, :func:`says_alike`, or gives its count of the same thing, :func:`same_count`), neither telling the event
    otherwise (:func:`told_otherwise`: done and to come, "said it will publish the data" and "began publishing the data";
    asked for and done; other numbered places; a schedule and its postponement; a state and its end)."""
    cited = list(cands[i].article_ids)
    also: list[int] = []
    sims = np.asarray((vectors.matrix[[i]] @ vectors.transposed).todense()).ravel()
    mine, days, day = news_numbers(cands[i].text), stated_days(cands[i]), cands[i].quoted_day or cands[i].day
    year = date.fromordinal(day).year if day else 9999  # (the point's: a count of a year before is another time's)
    for j in np.nonzero(sims > SUPPORT_WITH_FIGURE)[0]:
        if j == i or not (sims[j] > SUPPORT or (mine and mine & telling_numbers(cands[j].text))
                          or days & stated_days(cands[j])):
            continue
        if told_otherwise(cands[i], cands[j]):
            continue
        if not diff.figures_conflict(cands[i].text, cands[j].text):  # (asked only of what would count)
            if nearly_same(cands[i].text, cands[j].text):
                cited.extend(cands[j].article_ids)
            elif (not mine or (mine & telling_numbers(cands[j].text) and not _another_time(cands[j].text, cands[i].text, year))) and (
                    says_alike(cands[i].text, cands[j].text) or same_count(cands[i].text, cands[j].text, year)):
                also.extend(cands[j].article_ids)  # the point's number told again, and what it says (or what it counts)
    cited = list(dict.fromkeys(cited))
    return tuple(cited), tuple(a for a in dict.fromkeys(also) if a not in cited)


def told_otherwise(a: Candidate, b: Candidate) -> bool:
    """Whether two sentences, however alike in words, tell their event otherwise: as done and as to come, planned,
    threatened or asked for (a demand is no report that it was met, nor the reverse), of other numbered or listed places
    ("Zones 1, 2, 3 and 5" and "Zone 4": :mod:`.places`), a schedule and its postponement, or a state and its end."""
    return (told_apart(a.text, b.text) or wished_and_done(a.text, b.text) or other_labels(a.text, b.text)
            or other_places(a.text, b.text) or gives_up(a, b) or gives_up(b, a) or opposed(a.text, b.text))


# an act asked or wished for: a few words after a demand, a call, a plea, a refusal or a threat ("demanded that he resign")
_WISH = re.compile(r"(?i:\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
                   r"press(?:es|ed|ing)?|want(?:s|ed|ing)?|refus(?:e|es|ed|ing)|threat(?:en|ens|ened|ening)?|vow(?:s|ed)?|"
                   r"pledg(?:e|es|ed)|promis(?:e|es|ed)|plea|appeal(?:s|ed)?\s+(?:to|for))\b)((?:\s+(?!(?:after|before|when|as|and|but|"
                   r"cheered|said)\b)[^\s,;:.!?]+){0,8})")
_DONE = re.compile(r"(?<!\bto )(?<!\bnot )\b[a-z]{3,}ed\b")  # a verb told as done ("resigned", "was arrested"; not "United")
_FRAMES = frozenset(stem(w) for w in ("said", "reported", "added", "stated", "claimed", "confirmed", "announced", "repeated"))


def wished_and_done(a: str, b: str) -> bool:
    """Whether one of two sentences tells as done (a past in "-ed") an act the other asks or wishes for (:data:`_WISH`) and never
    tells done itself: "The union repeated its demand that the minister resign." is no report of "The minister resigned"."""
    return _wished(a, b) or _wished(b, a)


def _wished(wished: str, done: str) -> bool:
    zones = [m.group(1).lower() for m in _WISH.finditer(wished)]  # the act's own form: "resign", "to be released" (not a
    asked = {stem(w) for z in zones for w in [*(w for w in re.findall(r"[a-z]+", z) if not w.endswith("ed")),  # "bloodshed")
                                               *re.findall(r"\bbe ([a-z]+ed)\b", z)]}
    if not asked:
        return False
    told = {stem(m.group(0).lower()) for m in _DONE.finditer(done)}
    own = {stem(m.group(0).lower()) for m in _DONE.finditer(_WISH.sub(" ", wished))}  # (done in the wish's sentence too)
    return bool((asked & told) - own - _FRAMES)


def other_labels(a: str, b: str) -> bool:
    """Whether two sentences name other numbers of the same kind of label (:data:`_LABELLED`): "Orders remain in place for
    Zone 1 and Zone 5" and "Zones 1, 2, 3 and 5 remain under evacuation orders", "The order for Zone 4 was lifted" and
    "Orders remain in effect for Zones 1 through 5" tell of other zones; "Highway 14" and "Highway 14" of the same road."""
    mine, theirs = _labels(a), _labels(b)
    return any(mine[k] != theirs[k] for k in mine.keys() & theirs.keys())


@lru_cache(maxsize=8192)
def _labels(text: str) -> dict[str, frozenset[int]]:
    found: dict[str, set[int]] = {}
    for m in _LABELLED.finditer(text):
        numbers = found.setdefault(m.group(1).lower().removesuffix("s"), set())
        for low, high in _RANGE.findall(m.group(2)):
            numbers.update(range(int(low), int(high or low) + 1) if not high or int(high) - int(low) < 100 else (int(low), int(high)))
    return {k: frozenset(v) for k, v in found.items()}


# a label and its numbers: "Zone 4", "Zones 1, 2, 3 and 5", "Zones 1 through 5", "wards 3 and 12", "Highway 14"
_LABEL_WORDS = sorted(LABELS - {"no", "no.", "nos", "number", "aged", "age", "ages", "world", "war", "covid", "bill"},
                      key=len, reverse=True)
_LABELLED = re.compile(rf"(?i:\b({'|'.join(re.escape(w) for w in _LABEL_WORDS)})s?\s+"
                       r"(\d{1,4}(?![,.]\d)(?:\s*(?:,|and|&|or|to|through|-|–)\s*\d{1,4}\b(?![,.]\d))*))")  # (not "Zone 4, 1,200 homes")
_RANGE = re.compile(r"(\d+)(?:\s*(?:to|through|-|–)\s*(\d+))?")


def same_count(point: str, other: str, year: int = 9999) -> bool:
    """Whether ``other`` gives a count ``point`` (of ``year``) gives, of 10 or more, as done, of the same people or things
    and event (the last word of what it counts and its verb, :func:`briefbot.brief.figures.grammar.mentions`): "The trust
    said ... that 41 ambulances had been diverted." reports "Between 3am on Monday and 5pm today, 41 emergency ambulances
    were diverted ..."; "41 people were injured" does not report "41 people were killed", nor does a count of another
    place or time ("in Tarn", "after the 2019 earthquake"), and a measure, an amount or a span of time is what a sentence
    tells its news by, not its news ("5,000 feet below the surface", "$2 billion", "for 42 years")."""
    return any(a[:3] == b[:3] and (a[3] == b[3] or not (a[3] and b[3])) for a in _counts(point, True)  # (one place, or one unnamed;
               for b in _counts(other, False)) and not _another_time(other, point, year)  # "almost 200,000" gives "200,000" too)


@lru_cache(maxsize=8192)
def _counts(text: str, main: bool) -> frozenset[tuple[float, str, str, str]]:  # (read once: a point meets many)
    return frozenset((m.value, stem(word), m.event, m.place) for m in mentions(text)
                     if m.value >= 10 and (word := (m.head.split() or [""])[-1]) and not {word, word[:-1]} & _NOT_COUNTS
                     and not (m.ahead or m.supposed or m.left or m.currency or m.rate or m.looks_back)  # ("feets": {word, word[:-1]})
                     and not (main and _ASIDE_OR_AFTERMATH.match(text[text.rfind(",", 0, m.start) + 1:m.end])))


def _another_time(other: str, point: str, year: int) -> bool:
    """Whether ``other`` sets its count in a time ``point`` does not name, before it: a year before ``year`` (the point's),
    "last year" ("In a similar attack last year, ...", "After the 2019 earthquake, ..."; not "worse than the 1989 spill")."""
    before = other[:next((m.start() for m in _NUMBER.finditer(other) if not _YEARS.fullmatch(m.group())), len(other))]
    years = {int(y) for y in _YEARS.findall(before)} - {int(y) for y in _YEARS.findall(point)}
    return bool(_LOOKING_BACK.search(before)) or any(y < year for y in years)


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")  # a year (as a number, no count)
_NOT_COUNTS = frozenset({*MEASURED, *TIME_UNITS, "percent", "per", "cent", "degrees"})
# a point's count in an aside or an aftermath, not what it tells ("the virus, which has killed 150 people", ", killing 11 workers")
_ASIDE_OR_AFTERMATH = re.compile(r"\s*(?:which|who|whose|where|killing|leaving|injuring|wounding)\b", re.I)


def figure_changes(
    rows: Sequence[int], cands: list[Candidate], vectors: Vectors, old_idx: list[int],
    known: Sequence[str], known_vec: sparse.csr_matrix | None,
) -> list[bool]:
    """For each candidate of ``rows``, whether it states another number for something that the
    known sentences it repeats (older sentences, points the reader saw, what an edited article said
    before; at cosine >= KNOWN) count.  The similarities are one product per block of rows."""
    old_t = vectors.matrix[old_idx].T.tocsr() if old_idx else None  # once, not in every block
    known_t = known_vec.T.tocsr() if known_vec is not None else None
    out: list[bool] = []
    for start in range(0, len(rows), FIGURE_BLOCK):
        chunk = list(rows[start:start + FIGURE_BLOCK])
        m = vectors.matrix[chunk]
        old_sims = (m @ old_t).toarray() if old_t is not None else None
        known_sims = (m @ known_t).toarray() if known_t is not None else None
        for k, i in enumerate(chunk):
            close: list[str] = []
            if old_sims is not None:
                close += [cands[old_idx[j]].text for j in np.nonzero(old_sims[k] >= KNOWN)[0]]
            if known_sims is not None:
                close += [known[int(j)] for j in np.nonzero(known_sims[k] >= KNOWN)[0]]
            out.append(any(diff.figures_conflict(cands[i].text, other) for other in close))
    return out


def specific_counts(cands: list[Candidate], idx: list[int]) -> np.ndarray:
    """For each candidate of ``idx``, how many distinct names and numbers it states that at most half
    of the articles state (capitalised words inside the sentence, words with a digit): who, where and
    how many, rather than the topic's own names (every Kosovo article names Kosovo) or scene setting."""
    marks = [_specific_words(cands[i].text) for i in idx]
    carriers: dict[str, set[int]] = {}
    for m, i in zip(marks, idx, strict=True):
        for word in m:
            carriers.setdefault(word, set()).update(cands[i].article_ids)
    articles = len({a for i in idx for a in cands[i].article_ids})
    return np.array([sum(1 for word in m if 2 * len(carriers[word]) <= articles) for m in marks], dtype=float)


def _specific_words(text: str) -> set[str]:
    ws = words(text)
    return {w.lower() for k, w in enumerate(ws) if (k > 0 and w[:1].isupper() and w.lower() not in stop_words())
            or any(ch.isdigit() for ch in w)}


_LOOKING_BACK = re.compile(r"\b(?:last|previous|past) (?:year|decade|month|summer|winter|spring|autumn)\b|\b\d+ (?:years|decades) "
                           r"ago\b|\bearlier this year\b|\bhistor(?:y|ic|ical)\b|\bsince (?:19|20)\d\d\b", re.I)
_YEAR = re.compile(r"\b(?:in|since|of|from|until) ((?:19|20)\d\d)\b")


def overtaken(c: Candidate, as_of: date, update: bool = False, fresh: AbstractSet[int | None] = frozenset()) -> bool:
    """Whether ``c`` tells an event on a day after its article's (its date read ahead: :func:`briefbot.text.dates.event_date`)
    that is past at ``as_of``, not as done (:func:`briefbot.text.aspect.told_as`) or as a day set for it (``set_for``):
    "The two sides will sign the agreement on Wednesday, the mediator said on Monday." is no situation on Thursday,
    whatever came of it (the timeline keeps it, marked as told to come); or, in an ``update`` (a brief after a previous
    one, whose reader follows the story), it is no longer recent coverage (:func:`briefbot.brief.changes.recent`: no new
    article, of ``fresh``, and none of the last week carries it) or all of a year before its article's ("In 2023, a fire in
    Evros burnt ...": a first brief's background); or it tells a state's age a day gone ("is in its fourth day",
    :data:`briefbot.text.aspect.NTH_SPAN`)."""
    if update and not diff.recent(c.day, c.new or not fresh.isdisjoint(c.article_ids), as_of):
        return True
    if not c.quoted_day and not c.day:
        return False
    written = date.fromordinal(c.quoted_day or c.day)
    if update and _of_a_year_before(c.text, written.year):
        return True
    if (span := NTH_SPAN.search(c.text)) and written + timedelta(days=_SPAN_DAYS[span["unit"].lower()]) <= as_of:
        return True  # "The strike is now in its fourth day": a count of its day, a day on
    when = event_date(c.text, written)
    return when.explicit and when.precision is Precision.DAY and written < when.day < as_of and (
        told_as(c.text) is not Tense.PAST or (when.mention is not None and set_for(c.text, when.mention.start)))  # "scheduled ... for"


def _of_a_year_before(text: str, year: int) -> bool:
    """Whether ``text`` opens on a year before ``year`` ("In 2023, a fire in Evros burnt ..."), all of it then's: not a span
    of years ("In 2024-25"), a month late in the year before ("In December 2024", told in January), nor a state told as
    going on ("..., which remains in force")."""
    opening = OPENS_IN_YEAR.match(text)
    if opening is None or _GOES_ON.search(text):
        return False
    return int(opening.group()[-4:]) < year - (1 if _LATE_MONTH.search(opening.group()) else 0)


_GOES_ON = re.compile(r"^\W*\w+\s+(?:\w+\s+)?(?:19|20)\d\d[-–/]\d|\b(?:still|remains?|continues?|to this day|ever since)\b", re.I)
_LATE_MONTH = re.compile(r"\b(?:October|November|December)\b", re.I)
# a running state's age, true on the day it is told ("The strike enters its fifth day", "the crisis, now in its third week", "for a
# third straight day"; not a past period, "destroyed 40 homes in its first day")
_SPAN_DAYS = {"day": 1, "week": 7, "month": 30}


def looks_back(text: str, day: int) -> bool:
    """Background rather than news: a past year, or "last year", "years ago" and the like."""
    if _LOOKING_BACK.search(text):
        return True
    year = date.fromordinal(day).year if day > 0 else None
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))
