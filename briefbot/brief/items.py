"""A roundup's or a newsletter's other items (pure): one article, several stories, one on the topic.

A newsletter carries several items under their headings, and a roundup one item a paragraph under a
headline that lists them ("The Kelby Week: council budget, school closures and the bridge trial"). The
article is about the topic when one item is (:mod:`briefbot.brief.topic` judges the whole), but the other
items are other stories: a fine of a crypto exchange or a football result is no point of a ransomware
brief.  :func:`on_topic_text` is the article's text without them.  The text's own shape tells the items:

- item headings: two or more short lines in capitals (``ITEM_HEADING_WORDS`` words at most), each over
  the item's paragraphs ("SELVANE UPDATE", "CRYPTO EXCHANGE FINED"): an item runs to the next heading, and
  what stands above the first is the page's own (kept);
- or a headline that lists three or more subjects of a few words (``SUBJECT_WORDS``) after a name and a
  colon, with commas, semicolons or "and" between them, two or more of which name no topic word, each
  taken up by a paragraph that names no topic word either: each paragraph is an item.

An item is kept when it names the topic (a title word or an ``include`` term, or two focus words, as an
article does), or shares a name (a capitalised word inside a sentence, "Dunmore", "Valmark") or two content
words (``SHARED_WORDS``) with an item kept: a feature's sections under capitals subheads ("THE RESCUE",
"THE BUILDER") tell one story and share its words.  A story's later paragraphs often name no topic word:
an ordinary article, whose headline is no list of other subjects and which has no item headings, is never
cut; nor is a roundup none of whose items names the topic (it is about the topic as a whole), nor one
whose items all stay.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np

from briefbot.brief.topic import Topic
from briefbot.models import Article
from briefbot.rank.vectors import vectorize
from briefbot.text.clean import is_factbox_heading
from briefbot.text.terms import terms

SHARED_WORDS = 2  # content words an item shares with the items kept to be kept (one, "million" or "day", is chance)
ITEM_HEADING_WORDS = 6  # an item's heading in capitals ("PATCH TUESDAY RECAP") has at most this many words
_HEADING = re.compile(r"[A-Z0-9][A-Z0-9'’&,/ -]*[A-Z]")
SUBJECT_WORDS = 5  # a subject a headline lists ("school closures", "a new phone exploit") has at most this many words
_SUBJECT = re.compile(r"[\w'’ -]+")  # ... and is words alone (no question mark, no quotation)
_LISTED = re.compile(r"\s*(?:;|,|\band\b)\s*")  # what stands between a headline's subjects
_NAME = re.compile(r"(?<=[\w,;:)'’\"”] )[A-Z][\w'’-]*[a-z][\w'’-]*")  # a capitalised word inside a sentence


def factboxes(articles: Iterable[Article]) -> tuple[frozenset[int], frozenset[int]]:
    """The ids of the articles that are factboxes, by their slug ("FACTBOX-...", the article's voice once it leaves the
    title) or heading: background, never news; and of those, the ones that list other events of years before
    (:func:`lists_history`: "TEXAS CITY, TEXAS, 1947", "GREECE, AUGUST 2007 - Fires ..."), whose entries past their lead are
    no figures nor situation of the story (a factbox of the story's own key facts, "Death toll, ministry: 11", is)."""
    boxes = frozenset(a.id for a in articles if a.id is not None and (a.voice == "factbox" or is_factbox_heading(a.title or "")))
    return boxes, frozenset(a.id for a in articles if a.id in boxes and lists_history(a.text, a.date.year if a.date else 9999))


_EARLIER_ENTRY = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}?,\s*(?:[A-Z]{3,9}\s+)?((?:19|20)\d\d)\b", re.M)  # "TEXAS CITY, TEXAS, 1947"


def lists_history(text: str, year: int) -> bool:
    """Whether a factbox's ``text`` lists two entries or more labelled by a place and a year before ``year``, and none of
    that year (a timeline of the story itself ends on its own: "VELANO, MARCH 2025 - The health ministry says ...")."""
    years = [int(m.group(1)) for m in _EARLIER_ENTRY.finditer(text)]
    return sum(1 for y in years if y < year) >= 2 and year not in years


def past_entry(position: int, text: str) -> bool:
    """Whether a history factbox's sentence is one of its entries: past its lead, or itself labelled by a place and a year
    (a box that opens on its first entry, "TEXAS CITY, TEXAS, 2005 - An explosion at a refinery killed 15 workers ...")."""
    return position > 0 or _EARLIER_ENTRY.match(text) is not None


def on_topic(topic: Topic, articles: Sequence[Article]) -> tuple[list[Article], list[Article]]:
    """``articles`` about ``topic`` (each without a roundup's other items), and those not about it: by the topic's words
    (:mod:`briefbot.brief.topic`), then, of those that pass, a stray among many (:func:`strays`).  An article read with
    no text to quote (a page of readers' comments, a wire's budget) is about nothing: kept, no article left out, unless
    its headline says it is another story's."""
    if topic.keeps_everything:
        return list(articles), []
    quiet = [not a.text.strip() and (not a.title or topic.about(a.title, a.title)) for a in articles]  # (read once each)
    empty = [a for a, no_text in zip(articles, quiet, strict=True) if no_text]
    articles = [a for a, no_text in zip(articles, quiet, strict=True) if not no_text]
    about = [topic.about(a.text, a.title) for a in articles]
    off = [a for a, yes in zip(articles, about, strict=True) if not yes]
    kept = [on_topic_article(topic, a) for a, yes in zip(articles, about, strict=True) if yes]
    stray = strays(kept)
    return [a for n, a in enumerate(kept) if n not in stray] + empty, off + [a for n, a in enumerate(kept) if n in stray]


STRAY = 0.3  # an article this far below the median closeness of the stories to one another is another story's
STRAYS_AMONG = 6  # stories at least (near-copies one), for a median to tell (the five samples tell none; 8 until session 31)
NEAR_COPY = 0.5  # cosine at which two articles' leads are copies of one story (a wire story's reprints)
LEAD_WORDS = 300  # an article's first words, its headline's too, weighed: its subject


def strays(articles: Sequence[Article]) -> set[int]:
    """The places in ``articles`` of those that tell another story though they name the topic's place (a derby of the
    town's club, a bridge's resurfacing, a storm warning, in a feed of a hospital's cyberattack or a government's fall):
    near-copies of one story (leads at cosine >= ``NEAR_COPY``) count once, and an article alone of its kind whose lead's
    cosine to the sum of the other stories' is below ``STRAY`` of the stories' median is a stray."""
    if len(articles) < STRAYS_AMONG:
        return set()
    m = vectorize([terms(f"{a.title or ''} {' '.join(a.text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS])}") for a in articles]).matrix
    near = (m @ m.T).toarray() >= NEAR_COPY
    story = list(range(len(articles)))  # each article's story: the first article it is a near-copy of
    for n in range(len(articles)):
        story[n] = min(int(k) for k in np.nonzero(near[n])[0] if story[k] == k) if near[n][:n].any() else n
    copies = Counter(story)
    firsts = sorted(copies)
    if len(firsts) < STRAYS_AMONG:
        return set()
    rows = m[firsts]
    total = np.asarray(rows.sum(axis=0)).ravel()
    own = np.asarray(rows.multiply(rows).sum(axis=1)).ravel()  # (1, or 0 for a lead of no terms)
    dot = rows @ total  # each story's with the sum of all; with the others' that less its own
    rest = np.sqrt(np.maximum(float(total @ total) - 2 * dot + own, 0.0))
    closeness = dict(zip(firsts, np.divide(dot - own, rest, out=np.zeros_like(dot), where=rest > 0).tolist(), strict=True))
    floor = STRAY * float(np.median(list(closeness.values())))
    return {n for n in range(len(articles)) if copies[story[n]] == 1 and closeness[story[n]] < floor}


def on_topic_article(topic: Topic, article: Article) -> Article:
    """``article`` without a roundup's items that are not about ``topic``."""
    text = on_topic_text(topic, article.text, article.title)
    return article if text == article.text else replace(article, text=text)


def on_topic_text(topic: Topic, text: str, headline: str | None) -> str:
    """``text`` without the items of a roundup that are not about ``topic`` (see the module's note);
    ``text`` itself when it is no roundup, or all its items stay."""
    lines = text.split("\n")
    items = _headed_items(lines) or _listed_items(topic, lines, headline)
    if len(items) < 2:
        return text
    named = [topic.names(" ".join(lines[k] for k in item)) for item in items]
    if not any(named):
        return text
    names = [_names(" ".join(lines[k] for k in item)) for item in items]
    words = [frozenset(terms(" ".join(lines[k] for k in item))) for item in items]
    kept = {i for i, n in enumerate(named) if n}
    grown = True
    while grown:  # an item that shares a name, or SHARED_WORDS words, with one kept tells the same story
        known, said = (frozenset().union(*(f[i] for i in kept)) for f in (names, words))
        more = {i for i in range(len(items)) if i not in kept and (names[i] & known or len(words[i] & said) >= SHARED_WORDS)}
        kept |= more
        grown = bool(more)
    if len(kept) == len(items):
        return text
    cut = {k for i, item in enumerate(items) if i not in kept for k in item}
    return "\n".join(line for k, line in enumerate(lines) if k not in cut).strip("\n")


def _heading(line: str) -> bool:
    return len(line.split()) <= ITEM_HEADING_WORDS and _HEADING.fullmatch(line.strip()) is not None


def _headed_items(lines: list[str]) -> list[list[int]]:
    """The items under two or more headings in capitals, each a heading and the lines to the next one."""
    heads = [k for k, line in enumerate(lines) if _heading(line) and k + 1 < len(lines) and lines[k + 1].strip()]
    if len(heads) < 2:
        return []
    return [list(range(k, end)) for k, end in zip(heads, [*heads[1:], len(lines)], strict=True)]


def _listed_items(topic: Topic, lines: list[str], headline: str | None) -> list[list[int]]:
    """Each paragraph an item, when the headline lists two or more subjects that name no topic word, each
    taken up by a paragraph that names none either."""
    if not headline or ":" not in headline:
        return []
    subjects = [s for s in _LISTED.split(headline.split(":", 1)[1]) if s.strip()]
    if len(subjects) < 3 or any(len(s.split()) > SUBJECT_WORDS or not _SUBJECT.fullmatch(s.strip()) for s in subjects):
        return []  # (a sentence after the colon, a question, is no list: "... and You: What to ask, and why?")
    paragraphs = [k for k, line in enumerate(lines) if line.strip()]
    off = [set(terms(lines[k])) for k in paragraphs if not topic.names(lines[k])]
    others = [set(terms(s)) for s in subjects if not topic.names(s)]
    taken = sum(1 for words in others if words and any(words & p for p in off))
    return [[k] for k in paragraphs] if taken >= 2 else []


def _names(text: str) -> frozenset[str]:
    return frozenset(t for m in _NAME.finditer(text) for t in terms(m.group()))
