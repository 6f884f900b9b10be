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
from itertools import repeat
from typing import Any

from briefbot.brief.corrections import may_hold_note, told_notes
from briefbot.brief.figures.grammar import Mention, mentions, told_mentions
from briefbot.brief.figures.when import opens_on, told_opens
from briefbot.brief.topic import lead
from briefbot.models import Article
from briefbot.text import dates
from briefbot.text.aspect import told_events, told_tenses
from briefbot.text.language import foreign, told_foreign
from briefbot.text.standalone import fits_a_point, one_word_name, stands_alone, told_alone, told_fits, told_names
from briefbot.text.tense import Tense
from briefbot.text.terms import Span, is_brief_material, sentence_spans, terms, told_material, told_spans, told_terms

FORMAT = 9  # the layout below; the code's version is the store's business
_FIGURE_FIELDS = tuple(f.name for f in fields(Mention))


def written(article: Article) -> str | None:
    """``article``'s sentence spans (which of them are quotable), the terms of its whole text and of its headline and
    lead (:func:`briefbot.brief.topic.lead`), whether it may hold a correction note and, for each quotable sentence, its
    terms, figure mentions, (for a dated article) event date and, if it gives figures, the earlier day it opens on
    (:func:`briefbot.brief.figures.when.opens_on`), whether it stands alone, whether it fits a point and the one word that
    names its subject (:mod:`briefbot.text.standalone`), and what this run found of how it tells its event
    (:func:`briefbot.text.aspect.told_as`, :func:`briefbot.text.aspect.tells_an_event`: asked of some sentences only, each
    as found or null); whether the article is in another language (:func:`briefbot.text.language.foreign`); as JSON;
    None if a span is not the text between its offsets."""
    spans = sentence_spans(article.text)
    if any(article.text[s.start:s.end] != s.text for s in spans):
        return None
    quotable = [s for s in spans if is_brief_material(s.text)]
    day = article.date
    figures = [mentions(s.text) for s in quotable]
    data: dict[str, Any] = {
        "format": FORMAT,
        "spans": [[s.start, s.end, s.paragraph] for s in spans],
        "quotable": [s.index for s in quotable],
        "words": terms(article.text),  # the whole text's, which tell whether it is about the topic
        "lead": terms(lead(article.text, article.title)),  # ... and its headline's and lead's
        "note": may_hold_note(article.text),  # whether it may hold a correction note
        "foreign": foreign(article.text),
        "terms": [terms(s.text) for s in quotable],
        "figures": [[[getattr(m, f) for f in _FIGURE_FIELDS] for m in found] for found in figures],
        "events": [_event(dates.event_date(s.text, day)) for s in quotable] if day is not None else None,
        "opens": [_day(opens_on(s.text, day)) if found else None for s, found in zip(quotable, figures, strict=True)]
        if day is not None else None,
        "alone": [stands_alone(s.text) for s in quotable],
        "fits": [fits_a_point(s.text) for s in quotable],
        "names": [list(name) if (name := one_word_name(s.text)) is not None else None for s in quotable],
        "tenses": [told_tenses.get(s.text) for s in quotable],  # (found by this run, else null: not computed for all)
        "eventful": [told_events.get(s.text) for s in quotable],
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
        events, alone, fits, opens = data["events"], data["alone"], data["fits"], data["opens"]
        if not all(isinstance(v, list) and len(v) == len(quotable) and all(isinstance(b, bool) for b in v) for v in (alone, fits)):
            return False
        names = [_name(n) for n in data["names"]]
        if len(names) != len(quotable) or (opens is None) != (article.date is None) or (
                opens is not None and len(opens) != len(quotable)):
            return False
        if len(data["terms"]) != len(quotable) or len(data["figures"]) != len(quotable) or (
                events is not None and len(events) != len(quotable)) or (events is None) != (article.date is None):
            return False
        words, lead_terms, note, other = _strings(data["words"]), _strings(data["lead"]), data["note"], data["foreign"]
        sentence_terms = [t for t in map(_strings, data["terms"]) if t is not None]
        if words is None or lead_terms is None or not isinstance(note, bool) or not isinstance(other, bool) or len(
                sentence_terms) != len(quotable):
            return False
        tenses, eventful = data["tenses"], data["eventful"]
        if not (isinstance(tenses, list) and len(tenses) == len(quotable) and all(t is None or t in _TENSES for t in tenses)
                and isinstance(eventful, list) and len(eventful) == len(quotable)
                and all(e is None or isinstance(e, bool) for e in eventful)):
            return False
        figures = [tuple(Mention(*row) for row in rows) for rows in data["figures"]]
        own = dates.EventDate(article.date, dates.Precision.DAY) if article.date is not None else None
        told = [_told_event(e, own) for e in events] if events is not None and own is not None else None
        opened = [(s.text, _opened(o)) for s, o in zip(quotable, opens or (), strict=True)]
    except (ValueError, KeyError, TypeError, IndexError):
        return False
    told_spans.tell(body, spans)
    material = set(data["quotable"])
    told_material.tell_many((s.text, k in material) for k, s in enumerate(spans))
    told_fits.tell_many(zip([s.text for s in quotable], fits, strict=True))
    told_names.tell_many((s.text, n or ("", False)) for s, n in zip(quotable, names, strict=True))
    told_terms.tell(body, words)
    told_terms.tell(lead(body, article.title), lead_terms)
    told_notes.tell(body, note)
    told_terms.tell_many((s.text, t) for s, t in zip(quotable, sentence_terms, strict=True))
    told_mentions.tell_many(zip([s.text for s in quotable], figures, strict=True))
    told_alone.tell_many(zip([s.text for s in quotable], alone, strict=True))
    told_foreign.tell(body, other)
    told_tenses.tell_many((s.text, t) for s, t in zip(quotable, tenses, strict=True) if t is not None)
    told_events.tell_many((s.text, e) for s, e in zip(quotable, eventful, strict=True) if e is not None)
    if told is not None and article.date is not None:
        day = article.date
        dates.told_event_dates.tell_many(((s.text, day), e) for s, e in zip(quotable, told, strict=True))
        told_opens.tell_many(((text, day), o) for text, o in opened if o is not None)
    return True


def forget() -> None:
    """Forget everything told (a run's analyses are told for that run only)."""
    for told in (told_spans, told_terms, told_mentions, dates.told_event_dates, told_alone, told_material, told_fits, told_names,
                 told_opens, told_notes, told_foreign, told_tenses, told_events):
        told.forget()


_TENSES = frozenset({"", *(t.value for t in Tense)})  # told_as's answers as kept ("": None)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _strings(value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(map(isinstance, value, repeat(str))):  # (each checked in C: ~6,000 lists a run)
        return None
    return tuple(value)


def _name(value: object) -> tuple[str, bool] | None:
    """A sentence's one-word name as JSON told back (ValueError if it is none)."""
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2 or not isinstance(value[0], str) or not value[0] or not isinstance(value[1], bool):
        raise ValueError("not a name")
    return value[0], value[1]


def _opened(value: object) -> tuple[date | None] | None:
    """An answer of ``opens_on`` as JSON told back, in a 1-tuple (None: none kept; ValueError if it is none)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("not a day")
    return (date.fromisoformat(value) if value else None,)


def _day(day: date | None) -> str:
    """An answer of ``opens_on`` as JSON: the day, or "" for None."""
    return day.isoformat() if day is not None else ""


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
