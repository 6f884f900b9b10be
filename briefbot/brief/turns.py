"""Whose turn of a transcript a point quotes (pure).

A broadcast's or a briefing's transcript gives its talk in turns, each opening on its speaker's label in capitals
("IDRIS BANOUN, FOREIGN MINISTER: Good afternoon. I can announce that the delegations have agreed on a first
exchange of prisoners.", "BANOUN: I will not comment on documents in the press. We are discussing many texts.";
:func:`briefbot.text.transcripts.turns`).  A sentence quoted from a turn is one party's own words, and the reader
is told whose: the label is trimmed off the sentence it opens (furniture at its start, like a dateline) and the
point carries the turn's speaker, its name and role from the fullest label of that name before it ("I will not
comment on documents in the press. [1] (Idris Banoun, foreign minister, in a transcript)"), shown after the
citation as an article's own voice is (:mod:`briefbot.text.voice`).  A sentence after the label is the speaker's
too ("I can announce ..."), not the outlet's.  A question's turn ("QUESTION (Jo Lee, VBN): ...") and a turn's
greetings and thanks ("Good afternoon.") are no points and no timeline lines (:func:`quiet`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from briefbot.models import Article, Point
from briefbot.text.terms import sentence_spans, text_key
from briefbot.text.transcripts import turns, unlabelled


def quiet(articles: Iterable[Article]) -> set[str]:
    """The sentences of ``articles`` (by :func:`briefbot.text.terms.text_key`) that are a transcript's questions and
    greetings: no points, no timeline lines (they stay candidates, so that the others rank as before)."""
    out: set[str] = set()
    for a in articles:
        spans = sentence_spans(a.text)
        out.update(text_key(s.text) for s, who in zip(spans, turns([s.text for s in spans]), strict=True) if who is None)
    return out


def speakers(text: str) -> dict[str, str]:
    """The sentences of ``text`` that are a speaker's turn (by :func:`briefbot.text.terms.text_key`), with whose."""
    spans = sentence_spans(text)
    return {text_key(s.text): who for s, who in zip(spans, turns([s.text for s in spans]), strict=True) if who}


def spoken(points: Iterable[Point], articles: Mapping[int, Article]) -> list[Point]:
    """``points``, each that quotes a turn of a transcript (in the article it cites first) with its speaker and
    its label trimmed off."""
    known: dict[int, dict[str, str]] = {}
    out = []
    for p in points:
        quoted = articles.get(p.article_ids[0]) if p.article_ids else None
        if quoted is None or quoted.id is None:
            out.append(p)
            continue
        if quoted.id not in known:
            known[quoted.id] = speakers(quoted.text)
        who = known[quoted.id].get(text_key(p.text), "")
        out.append(replace(p, text=unlabelled(p.text), speaker=who) if who else p)
    return out
