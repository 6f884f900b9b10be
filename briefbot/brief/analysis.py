"""An article's analysis as a brief reads it, written down and told back (pure).

A daily brief reads a few new articles and about 150 older ones; analysing the older ones again
(cleaning and splitting, each quotable sentence's terms, event date and figure mentions) was about a
third of its work.  :func:`written` is that analysis as JSON, for the store to keep
(:mod:`briefbot.analyses` keeps it under a version of the code: a stale one is never read);
:func:`tell` gives it back to the functions that compute it (see :mod:`briefbot.text.told`), which
then answer from it.  Only what those functions would return is written, so a brief made from a told
analysis is the brief made without it, byte for byte.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from typing import Any

from briefbot.brief.figures.grammar import Mention, mentions, told_mentions
from briefbot.models import Article
from briefbot.text import dates
from briefbot.text.standalone import stands_alone, told_alone
from briefbot.text.terms import Span, is_brief_material, sentence_spans, terms, told_spans, told_terms

FORMAT = 5  # the layout below; the code's version is the store's business
_FIGURE_FIELDS = tuple(f.name for f in fields(Mention))


def written(article: Article) -> str | None:
    """``article``'s sentence spans, the terms of its whole text and, for each quotable sentence, its
    terms, figure mentions, (for a dated article) event date and whether it stands alone, as JSON;
    None if a span is not the text between its offsets."""
    spans = sentence_spans(article.text)
    if any(article.text[s.start:s.end] != s.text for s in spans):
        return None
    quotable = [s for s in spans if is_brief_material(s.text)]
    day = article.date
    data: dict[str, Any] = {
        "format": FORMAT,
        "spans": [[s.start, s.end, s.paragraph] for s in spans],
        "quotable": [s.index for s in quotable],
        "words": terms(article.text),  # the whole text's, which tell whether it is about the topic
        "terms": [terms(s.text) for s in quotable],
        "figures": [[[getattr(m, f) for f in _FIGURE_FIELDS] for m in mentions(s.text)] for s in quotable],
        "events": [_event(dates.event_date(s.text, day)) for s in quotable] if day is not None else None,
        "alone": [stands_alone(s.text) for s in quotable],
    }
    return json.dumps(data, separators=(",", ":"))


def tell(article: Article, text: str) -> bool:
    """Tell the analysis ``text`` (of :func:`written`) of ``article`` to the functions that compute
    it; False (and nothing told) if it is not one for this article's text.  Every value is built and
    checked before any is told: a damaged row tells nothing."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return False
        body = article.text
        spans = tuple(Span(body[start:end], k, paragraph, start, end)
                      for k, (start, end, paragraph) in enumerate(data["spans"]))
        if not all(_whole(s.start) and _whole(s.end) and _whole(s.paragraph) and s.start <= s.end <= len(body)
                   for s in spans):
            return False
        if not all(_whole(k) and k < len(spans) for k in data["quotable"]):
            return False
        quotable = [spans[k] for k in data["quotable"]]
        events, alone = data["events"], data["alone"]
        if not isinstance(alone, list) or len(alone) != len(quotable) or not all(isinstance(v, bool) for v in alone):
            return False
        if len(data["terms"]) != len(quotable) or len(data["figures"]) != len(quotable) or (
                events is not None and len(events) != len(quotable)) or (events is None) != (article.date is None):
            return False
        words = _strings(data["words"])
        sentence_terms = [t for t in map(_strings, data["terms"]) if t is not None]
        if words is None or len(sentence_terms) != len(quotable):
            return False
        figures = [tuple(Mention(*row) for row in rows) for rows in data["figures"]]
        own = dates.EventDate(article.date, dates.Precision.DAY) if article.date is not None else None
        told = [_told_event(e, own) for e in events] if events is not None and own is not None else None
    except (ValueError, KeyError, TypeError, IndexError):
        return False
    told_spans.tell(body, spans)
    told_terms.tell(body, words)
    told_terms.tell_many((s.text, t) for s, t in zip(quotable, sentence_terms, strict=True))
    told_mentions.tell_many(zip([s.text for s in quotable], figures, strict=True))
    told_alone.tell_many(zip([s.text for s in quotable], alone, strict=True))
    if told is not None and article.date is not None:
        day = article.date
        dates.told_event_dates.tell_many(((s.text, day), e) for s, e in zip(quotable, told, strict=True))
    return True


def forget() -> None:
    """Forget everything told (a run's analyses are told for that run only)."""
    for told in (told_spans, told_terms, told_mentions, dates.told_event_dates, told_alone):
        told.forget()


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _strings(value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return tuple(value)


def _event(e: dates.EventDate) -> list[Any] | None:
    """None for the article's own date (a sentence that names no date of its event, nor recalls one)."""
    m = e.mention
    if m is None and not e.recalled:
        return None
    mention = None if m is None else [m.day.isoformat(), m.precision.value, m.start, m.end, m.phrase, m.bounds, m.relative,
                                      m.recalls]
    return [e.day.isoformat(), e.precision.value, mention, [d.isoformat() for d in e.recalled]]


def _told_event(row: list[Any] | None, own: dates.EventDate) -> dates.EventDate:
    if row is None:
        return own
    day, precision, m, recalled = row
    mention = None if m is None else dates.Mention(date.fromisoformat(m[0]), dates.Precision(m[1]), *m[2:])
    return dates.EventDate(date.fromisoformat(day), dates.Precision(precision), mention,
                           tuple(date.fromisoformat(d) for d in recalled))
