"""Numbered sources of a brief or a timeline, and the titles they show (pure)."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from briefbot.models import Article, Disagreement, Figure, Point, Source, Status, TimelineEntry
from briefbot.text.mastheads import without_slug
from briefbot.text.terms import is_brief_material, sentence_spans
from briefbot.text.voice import own_words


def number_sources(articles: Mapping[int, Article], cited: Iterable[Iterable[int]]) -> tuple[Source, ...]:
    """The cited articles numbered 1, 2, ... in order of first citation."""
    order: list[int] = []
    for ids in cited:
        for a in ids:
            if a in articles and a not in order:
                order.append(a)
    out = []
    for number, a in enumerate(order, 1):
        art = articles[a]
        out.append(article_source(number, a, art, voice=article_voice(art)))
    return tuple(out)


def article_voice(article: Article) -> str:
    """Whose own words ``article`` is ("opinion", "statement of Jo Lee": its headline's label or its address's section,
    :func:`briefbot.text.voice.own_words`, else what its page said of itself when read), "" for a reported one."""
    return own_words(article.title, article.url, article.text) or article.voice


def article_source(number: int, article_id: int, article: Article, *, voice: str = "") -> Source:
    """``article`` as a brief lists it: numbered ``number`` (0: in no numbered list, an article left out as off topic)."""
    return Source(number=number, article_id=article_id, title=article_title(article), origin=article.origin, date=article.date,
                  undated=article.undated, url=article.url, title_made=title_made(article), voice=voice,
                  place=article.place)


def citations(
    points: Sequence[Point], key: Sequence[Figure] = (), disagree: Sequence[Disagreement] = (),
    timeline: Sequence[TimelineEntry] = (),
) -> list[tuple[int, ...]]:
    """The citations of a brief's lines, in the order its sources are numbered: points (and what
    updated ones update), figures (and their values before), disagreements, the timeline."""
    cited = [p.article_ids for p in points if p.status is not Status.DROPPED]
    cited += [r.article_ids for p in points for r in (p.was, p.figure.previous if p.figure else None) if r is not None]
    cited += [f.article_ids for f in key] + [f.previous.article_ids for f in key if f.previous is not None]
    cited += [f.article_ids for d in disagree for f in d.figures]
    cited += [p.article_ids for e in timeline for p in e.events]
    return cited


def listed(cited: Iterable[Iterable[int]]) -> frozenset[int]:
    """The articles of ``cited``: those the brief lists as sources."""
    return frozenset(a for ids in cited for a in ids)


def quoted(carrying: Sequence[int], known: AbstractSet[int], first: int) -> tuple[int, ...]:
    """What a figure or a timeline event in a brief cites: of the articles ``carrying`` its sentence,
    those the brief lists anyway (``known``), else ``first``; one quote is enough, and the others
    are counted, not cited."""
    return tuple(a for a in carrying if a in known) or (first,)


def shared_citations(*parts: Sequence[Point]) -> tuple[list[Point], ...]:
    """Each part's points (what changed, the situation), each citing of the articles that carry its
    sentence those the points before it cite, else the quoted one (:func:`quoted`); the other
    carrying articles are counted with those that report it in other words.  A reader checks a
    point in any one article that carries it, and the brief lists the fewer sources for it."""
    known: set[int] = set()
    out: list[list[Point]] = []
    for part in parts:
        out.append([])
        for p in part:
            if p.status is Status.DROPPED or not p.article_ids:
                out[-1].append(p)
                continue
            cited = quoted(p.article_ids, known, p.article_ids[0])
            known.update(cited)
            counted = tuple(a for a in p.article_ids if a not in cited)
            out[-1].append(replace(p, article_ids=cited, also_reported=(*counted, *p.also_reported)) if counted else p)
    return tuple(out)


TITLE_WORDS = 12  # a made title: this many words of the first clean sentence


def article_title(article: Article) -> str:
    """The article's headline, without a wire's slug ("UPDATE 2-", "ANALYSIS-": :func:`briefbot.text.mastheads.without_slug`; a
    feed entry's or a ``Title:`` line's headline is kept as given, so that its label still says whose words it is); without
    one, the start of its first clean sentence (see :func:`title_made`)."""
    if article.title:
        return without_slug(article.title)
    spans = sentence_spans(article.text)
    first = next((s.text for s in spans if is_brief_material(s.text)), spans[0].text if spans else article.text).split()
    return " ".join(first[:TITLE_WORDS]) + ("…" if len(first) > TITLE_WORDS else "")


def title_made(article: Article) -> bool:
    """Whether :func:`article_title` made the title (the article had no headline)."""
    return not article.title


# days and months are capitalised inside sentences but name no place, party or people ("Banjska, Monday")
CALENDAR_NAMES = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])


# a name inside a sentence: capitalised words after a lower-case one, joined by "of", "de", "al" ("Bank of Ostravia")
_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{2,}(?: (?:of |de |al )?[A-Z][a-z]{2,})*)\b")


UNTITLED = "Situation brief"  # the title of a brief with no title set and no name its articles share


def auto_title(articles: Iterable[Article]) -> str:
    """A title from the names most articles share ("Kosovo, Serbia", "Caspar Fire, Mendala County"):
    runs of capitalised words inside sentences, not opening on a day or month, ranked by how many
    articles use them, then how often, then alphabetically; a name inside the first one chosen, or
    holding it ("Selvane" beside "Selvane Health", "Libyan" beside "Libya"), is not the second."""
    df: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for a in articles:
        names = [n for n in _NAME.findall(a.text) if n.split(" ", 1)[0] not in CALENDAR_NAMES]
        df.update(set(names))
        total.update(names)
    chosen: list[str] = []
    for name in sorted(df, key=lambda n: (-df[n], -total[n], n)):
        if not any(_within(name, c) or _within(c, name) for c in chosen):
            chosen.append(name)
            if len(chosen) == 2:
                break
    return ", ".join(chosen) if chosen else UNTITLED


def kept_title(previous: str | None, articles: Iterable[Article]) -> str:
    """The made title of a topic's brief after ``previous`` (the title of its brief before, made too): the same while
    its first name is still in the articles, so that a topic's heading does not change from brief to brief ("Ivo
    Darrel, Oren Batic", then "Ivo Darrel, Luxembourg"); else one made anew (:func:`auto_title`)."""
    articles = list(articles)
    if previous and previous != UNTITLED and any(previous.split(", ", 1)[0] in a.text for a in articles):
        return previous
    return auto_title(articles)


def _within(name: str, other: str) -> bool:
    """Whether ``name``'s words are a run of ``other``'s ("Selvane" of "Selvane Health"), or the two
    are one word written two ways ("Libya" and "Libyan", "China" and "Chinese", "California" and
    "Calif": the shorter, of five letters or more, less its last letter, begins the longer)."""
    if f" {name} " in f" {other} ":
        return True
    short, long = sorted((name, other), key=len)
    return " " not in name + other and len(short) >= 5 and long.startswith(short[:-1])
