"""Frozen records that travel between the stages of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


@dataclass(frozen=True)
class Article:
    """One version of one article, as read from a file, a feed entry or a page.

    ``key`` identifies the article across versions (a file's resolved path, a feed entry's GUID
    or link); ``content_hash`` identifies this version's text.  ``published`` is ``None`` for an
    undated article, which is then dated by ``first_seen`` (see :attr:`date`).
    """

    key: str
    origin: str
    text: str
    content_hash: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    first_seen: date | None = None
    id: int | None = None  # the store's row id, once stored
    version: int = 1
    place: str | None = None  # what the wire dateline said: where ("SIRTE, Libya") ...
    filed: str | None = None  # ... and when, as written ("Mon Oct 10, 2011 5:55 pm EDT")
    corrections: str | None = None  # its correction notes, one a line, kept when cleaning takes them out of the text
    newest_first: bool = False  # a live page whose entries run newest first: told down the page, back in time (text/entries.py)
    voice: str = ""  # whose own words the page itself says it is ("opinion": a commentary's disclaimer, text/notes.py), else ""

    @property
    def date(self) -> date | None:
        """The date the article counts as of: its publication date, else when first seen."""
        return self.published or self.first_seen

    @property
    def undated(self) -> bool:
        return self.published is None


class Status(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    CONTINUING = "continuing"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Since:
    """A value a situation point gives that a point of what changed updates: the point's own words for it ("killing at
    least 120 people"), the updating point's citations and its new value (None when its sentence gives none)."""

    was: str
    article_ids: tuple[int, ...]
    now: Reading | None = None


@dataclass(frozen=True)
class Point:
    """One fact of the brief: a verbatim sentence, the articles that carry it (verbatim or nearly; the
    quoted one first), and the articles that report the same point in other words."""

    text: str
    article_ids: tuple[int, ...]
    status: Status = Status.CONTINUING
    previous: str | None = None  # for an updated point, the text it replaces
    score: float = 0.0
    figure: Figure | None = None  # for an updated figure: the quantity, with its old and new value
    also_reported: tuple[int, ...] = ()  # same point, other words: counted, not cited
    was: Reading | None = None  # for an updated point: the value it updates, who reported it and when
    written: date | None = None  # the date of the article it quotes: what "yesterday" or "on Monday" in it mean
    to_come: date | None = None  # a timeline event still to come as its articles tell it: the (latest) day they told it
    dated_by_publication: bool = False  # a timeline event whose sentence names no day: its day is its first cited article's date
    speaker: str = ""  # whose turn of a transcript it quotes ("Idris Banoun, foreign minister": briefbot.brief.turns), "" if none
    names: tuple[tuple[int, str], ...] = ()  # (offset after a name of one word, who its article says it is: brief.whois)
    since: tuple[Since, ...] = ()  # a situation point's values that points of what changed update (briefbot.brief.since)
    reported: date | None = None  # a situation point: the newest day of the articles that carry it or report it (since.dated_reports)


@dataclass(frozen=True)
class Reading:
    """One dated value of a tracked quantity, as the articles that give it state it."""

    value: float
    text: str  # the verbatim words that state it ("at least 56 people have died")
    article_ids: tuple[int, ...] = ()
    date: date | None = None  # the newest date of the articles it cites
    high: float | None = None  # upper end of a range ("12,000 to 19,000 barrels a day")
    marker: str = ""  # "at least", "about", "more than", ... as written
    sentence: str = ""
    also_reported: tuple[int, ...] = ()  # articles that give the value in other words: counted, not cited


@dataclass(frozen=True)
class Figure:
    """A tracked quantity's latest value, its sources and its series.

    ``what`` is the quantity's label: measure, then subject, qualifier and unit ("Deaths (Mexico,
    confirmed)"); ``value``/``high``/``marker`` its latest value ("at least 56", "12,000 to 19,000")
    as ``text`` states it in ``sentence``; ``article_ids`` the articles that carry that sentence (its
    citations, as a point's), ``also_reported`` the other articles that gave that value since it last
    changed; ``previous`` the value before, and ``series`` every dated value, oldest first.
    """

    value: float
    what: str
    text: str  # the words of the sentence that state it ("three gunmen were killed")
    article_ids: tuple[int, ...] = ()
    sentence: str = ""
    high: float | None = None
    marker: str = ""
    date: date | None = None
    measure: str = ""  # "deaths", "cases", "oil flow", ...
    subject: str = ""  # "attackers", "Mexico", "British soldiers"
    qualifier: str = ""  # "confirmed", "suspected", ...
    unit: str = ""  # "barrels per day", "dollars"
    series: tuple[Reading, ...] = ()
    previous: Reading | None = None
    also_reported: tuple[int, ...] = ()  # the same value from articles that word it otherwise

    @property
    def reading(self) -> Reading:
        """Its latest value as a :class:`Reading` (the value a later brief's update says it updates)."""
        return Reading(self.value, self.text, self.article_ids, self.date, self.high, self.marker, self.sentence,
                       self.also_reported)


@dataclass(frozen=True)
class Disagreement:
    """Sources give different numbers for the same thing."""

    what: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Source:
    number: int
    article_id: int
    title: str
    origin: str
    date: date | None
    undated: bool = False
    url: str | None = None
    title_made: bool = False  # the article had no headline: the title is its first words
    voice: str = ""  # whose own words the article is ("opinion", "statement of Jo Lee": briefbot.text.voice), "" if reported
    place: str | None = None  # where its wire dateline says it was written ("BEIJING"): what "here" in it means


@dataclass(frozen=True)
class SourceHealth:
    """How the run's sources fared: '11 of 12 sources read; failed: x (timeout)'."""

    read: int
    total: int
    failures: tuple[tuple[str, str], ...] = ()  # (source, reason)
    dated_after: int = 0  # articles read whose date is after the brief's day (not in the brief)
    undated_after: int = 0  # articles read with no date, first seen after the brief's day (not in the brief either)


@dataclass(frozen=True)
class TimelineEntry:
    """One day of a timeline: the day its events happened and the sentences that say what happened."""

    date: date
    events: tuple[Point, ...]


@dataclass(frozen=True)
class Timeline:
    """A topic's dated events up to ``as_of``, oldest first, with the sources they cite."""

    topic: str
    title: str
    as_of: date
    entries: tuple[TimelineEntry, ...]
    sources: tuple[Source, ...]
    off_topic: tuple[Source, ...] = ()  # articles read that are not about the topic (unnumbered)

    def source_numbers(self, article_ids: tuple[int, ...]) -> tuple[int, ...]:
        return source_numbers(self.sources, article_ids)


@dataclass(frozen=True)
class Brief:
    topic: str
    title: str
    as_of: date
    previous_as_of: date | None
    summary: tuple[Point, ...]
    changes: tuple[Point, ...]  # new and updated points, then dropped ones
    figures: tuple[Figure, ...]
    disagreements: tuple[Disagreement, ...]
    sources: tuple[Source, ...]
    nothing_new: bool = False
    new_articles: int = 0
    health: SourceHealth | None = None
    algorithm: str = ""
    id: int | None = None
    timeline: tuple[TimelineEntry, ...] = ()
    off_topic: tuple[Source, ...] = ()  # new articles left out as not about the topic (numbered 0)

    def source_numbers(self, article_ids: tuple[int, ...]) -> tuple[int, ...]:
        return source_numbers(self.sources, article_ids)


def source_numbers(sources: tuple[Source, ...], article_ids: tuple[int, ...]) -> tuple[int, ...]:
    """The numbers of the sources that are the articles ``article_ids``, in order."""
    by_article = {s.article_id: s.number for s in sources}
    return tuple(sorted({by_article[a] for a in article_ids if a in by_article}))
