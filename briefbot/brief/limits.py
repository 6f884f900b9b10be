"""Bounds on what one brief reads (pure), so that no input makes a brief slow or huge.

Every pairwise step of composing a brief (support counting, near-duplicate and novelty checks,
LexRank's similarity graph) multiplies the sentences' term vectors with each other.  Its cost is
the number of term-sharing sentence pairs, which is at most the *pair work* ``sum(df(t) ** 2)``
over the terms ``t`` (``df``: how many distinct sentences use ``t``).  Ordinary news keeps it far
below the number of sentence pairs; a hostile text (thousands of sentences from a 25-word
vocabulary, tens of thousands of near-identical paragraphs) makes it quadratic.

:func:`cap_articles` keeps each article's first :data:`MAX_ARTICLE_SENTENCES` quotable sentences,
then, if the brief as a whole would pass :data:`MAX_BRIEF_SENTENCES` distinct sentences or
:data:`MAX_PAIR_WORK`, the lead sentences of every article first: all first sentences, then all
second ones, and so on, up to the bound.  News puts the main facts first, so what is cut is the
tail of the longest articles.  The cut articles end after their last kept sentence (verbatim).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain

from briefbot.models import Article
from briefbot.text.terms import is_brief_material, sentence_spans, terms

MAX_ARTICLE_SENTENCES = 400  # quotable sentences read from one article (a long feature has ~150)
MAX_ARTICLE_CHARS = 200_000  # ... within its first this many characters (cut at a line end)
MAX_BRIEF_SENTENCES = 40_000  # distinct quotable sentences in one brief
MAX_PAIR_WORK = 60_000_000  # sum of df(t)**2: the term-sharing sentence pairs a brief may compare


def cap_articles(
    articles: Sequence[Article],
    *,
    per_article: int = MAX_ARTICLE_SENTENCES,
    per_brief: int = MAX_BRIEF_SENTENCES,
    pair_work: int = MAX_PAIR_WORK,
) -> list[Article]:
    """``articles`` with texts cut so that the brief stays within the bounds (see the module)."""
    ends: list[list[tuple[int, str]]] = []  # per article: (end offset, sentence) of its quotable sentences
    heads: list[Article] = []
    for a in articles:
        if len(a.text) > MAX_ARTICLE_CHARS:
            a = replace(a, text=a.text[:a.text.rfind("\n", 0, MAX_ARTICLE_CHARS) + 1 or MAX_ARTICLE_CHARS])
        rows: list[tuple[int, str]] = []
        for span in sentence_spans(a.text):
            if is_brief_material(span.text):
                rows.append((span.end, span.text))
                if len(rows) == per_article:
                    break
        ends.append(rows)
        heads.append(a)
    keep = _lead_depth(ends, per_article, per_brief, pair_work)
    out = []
    for a, rows in zip(heads, ends, strict=True):
        cut = rows[keep - 1][0] if len(rows) >= keep else None
        if cut is not None and a.text[cut:].strip():
            a = replace(a, text=a.text[:cut])
        out.append(a)
    return out


def _lead_depth(rows: Sequence[Sequence[tuple[int, str]]], per_article: int, per_brief: int, pair_work: int) -> int:
    """How many lead sentences of every article fit the bounds (at least 1)."""
    if _within(rows, per_brief, pair_work):
        return per_article  # (both counts only grow sentence by sentence: nothing below passes a bound)
    seen: set[str] = set()
    df: dict[str, int] = {}
    work = 0
    for depth in range(per_article):
        for article in rows:
            if depth >= len(article):
                continue
            text = article[depth][1]
            key = " ".join(text.lower().split())
            if key in seen:
                continue
            seen.add(key)
            for t in set(terms(text)):
                n = df.get(t, 0)
                work += 2 * n + 1  # (n + 1)**2 - n**2
                df[t] = n + 1
            if len(seen) > per_brief or work > pair_work:
                return max(depth, 1)
    return per_article


def _within(rows: Sequence[Sequence[tuple[int, str]]], per_brief: int, pair_work: int) -> bool:
    """Whether all of ``rows`` surely fit the bounds, counted at once (the daily case, a few hundred
    ordinary articles): every sentence counted, not only distinct ones as :func:`_lead_depth` counts
    them, so the counts are upper bounds of its counts (False: the depth is looked for)."""
    texts = [text for article in rows for _, text in article]
    if len(texts) > per_brief:
        return False
    df = Counter(chain.from_iterable(set(terms(text)) for text in texts))
    return sum(n * n for n in df.values()) <= pair_work
