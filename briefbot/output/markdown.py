"""Brief -> Markdown (pure).  Every quoted sentence is verbatim and carries its source numbers.

Text from sources (quoted sentences, figures, titles, origins) is escaped so that a renderer shows
the source's words and nothing else: HTML's ``<``, ``>`` and entity-like ``&`` become entities,
Markdown's active characters get a backslash, and a source is linked only when its URL is http(s).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from urllib.parse import quote, urlsplit

from briefbot.models import Brief, Figure, Point, Source, Status, Timeline, TimelineEntry
from briefbot.output.wording import (
    LABELS,
    UNDATED_NOTE,
    also_reported_words,
    as_of_words,
    change_note,
    change_words,
    changes_heading,
    changes_sentence,
    dated,
    day_label,
    day_note,
    dropped_note,
    health_note,
    new_articles_words,
    reading_value,
    source_when,
    told_when,
    was_words,
    whose_turn,
)
from briefbot.text.here import here_notes
from briefbot.text.written import date_notes

# Markdown's inline syntax (emphasis, links, code, tables); "_" only where it can open or close emphasis
_ACTIVE = re.compile(r"([\\`*\[\]{}|~]|(?<![^\W_])_|_(?![^\W_]))")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def escape(text: str) -> str:
    """Source text as Markdown that renders as exactly these words (one line, no HTML, no markup)."""
    text = inline(text)
    text = re.sub(r"^([#+=>-])", r"\\\1", text)  # no heading, list or quote where a line could start
    return re.sub(r"^(\d+)([.)])(?=\s|$)", r"\1\\\2", text)  # (an ordered list's number: "4.5 billion" is none)


def inline(text: str) -> str:
    """:func:`escape` for words inside a line, where no heading, list or quote can start ("Dr Murray [...] - who ...")."""
    text = re.sub(r"[\x00-\x1f\x7f-\x9f]", "", " ".join(text.split()))  # one line, no terminal escapes
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return _ACTIVE.sub(r"\\\1", text)


def safe_url(url: str | None) -> str | None:
    """``url`` fit for a Markdown link target, or None when it is not plain http(s)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return quote(url.strip(), safe="/:?#[]@!$&'*+,;=%~.-_")


def cite(brief: Brief | Timeline, article_ids: Sequence[int], *, quoted_first: bool = False) -> str:
    """Source numbers in order, runs of three or more collapsed ("[1][3–9]"); with ``quoted_first``
    (a point, whose first article is the one quoted) that article's number leads ("[5][1][3–9]")."""
    numbers = brief.source_numbers(tuple(article_ids))
    if not numbers:
        return ""
    quoted = brief.source_numbers(tuple(article_ids[:1])) if quoted_first else ()
    rest = [n for n in numbers if n not in quoted]
    return "".join(f"[{n}]" for n in quoted) + "".join(_ranges(rest))


def _ranges(numbers: Sequence[int]) -> list[str]:
    out: list[str] = []
    run: list[int] = []
    for n in [*numbers, None]:
        if run and (n is None or n != run[-1] + 1):
            out += [f"[{run[0]}–{run[-1]}]"] if len(run) >= 3 else [f"[{k}]" for k in run]
            run = []
        if n is not None:
            run.append(n)
    return out


def also_reported(p: Point) -> str:
    return f" ({also_reported_words(len(p.also_reported))})" if p.also_reported else ""


def voice(owner: Brief | Timeline, p: Point) -> str:
    """" (opinion)", " (statement of Jo Lee)": the quoted article is one party's own words (see
    :func:`briefbot.output.wording.whose_turn`: a transcript's speaker first), else ""."""
    kind = whose_turn(owner.sources, p)
    return f" ({escape(kind)})" if kind else ""


def _quote(f: Figure) -> str:
    """(“56 people have died”) with, when other articles give the value in other words, their count."""
    also = f"; {also_reported_words(len(f.also_reported))}" if f.also_reported else ""
    return f"(“{escape(f.text)}”{also})"


def timeline_lines(owner: Brief | Timeline, entries: Sequence[TimelineEntry]) -> list[str]:
    """One line per event, oldest first: '- 24 Sep 2023 — Gunmen ambushed ... [5]' (an event still to come as its
    articles told it marked: '(set for this day, as told on 21 Sep)', one whose sentence names no day: '(publication date)';
    with how many other articles carry the sentence: '(also reported by 2 other articles)')."""
    return [f"- {day_label(e.date)} — {point_text(owner, p, dates=False)} {cite(owner, p.article_ids)}".rstrip() + voice(owner, p)
            + day_note(p)
            + also_reported(p)
            for e in entries for p in e.events]








def changes_lines(brief: Brief) -> list[str]:
    """The 'what changed' part, one Markdown bullet per point (or one plain sentence)."""
    sentence = changes_sentence(brief)
    if sentence is not None:
        return [sentence]
    lines = []
    for p in brief.changes:
        label = LABELS.get(p.status, "New")
        if p.status is Status.DROPPED:  # its sources left the brief: say where the reader saw it
            lines.append(f"- **{label}:** {escape(p.text)} ({dropped_note(brief)})")
            continue
        line = (f"- **{label}:** {point_text(brief, p)} {cite(brief, p.article_ids, quoted_first=True)}".rstrip() + voice(brief, p)
                + also_reported(p))
        lines.append(line + update_note(brief, p))
    return lines


def update_note(brief: Brief, p: Point, escaped: Callable[[str], str] = escape,
                cites: Callable[[Brief, Sequence[int]], str] = cite) -> str:
    """What an updated point updates, in its source's words, when that was reported and where:
    " — “three arrested” on 2023-11-08 [3]"; another note in brackets; or "". ``cites`` names where
    (numbers by default; Slack's main message, which has no numbered list, gives outlet names)."""
    before = p.was or (p.figure.previous if p.figure is not None else None)
    if before is not None:
        return f" — {escaped(was_words(before))} {cites(brief, before.article_ids).strip()}".rstrip()
    note = change_note(p)
    return f" ({escaped(note)})" if note is not None else ""


def point_line(brief: Brief, p: Point) -> str:
    return (f"- {point_text(brief, p)} {cite(brief, p.article_ids, quoted_first=True)}".rstrip() + voice(brief, p) + also_reported(p)
            + told_when(brief, p) + since_note(brief, p))


def since_note(brief: Brief, p: Point, escaped: Callable[[str], str] = escape,
               cites: Callable[[Brief, Sequence[int]], str] = cite) -> str:
    """After a situation point whose values points of what changed update (:mod:`briefbot.brief.since`), which of its
    words were updated, to what and where: " (“killing at least 120 people” since updated to 312 [1])"; else ""."""
    notes = [f"“{escaped(m.was)}” since updated" + (f" to {escaped(reading_value(m.now))}" if m.now is not None else "")
             + f" {cites(brief, m.article_ids).strip()}".rstrip() for m in p.since]
    return f" ({'; '.join(notes)})" if notes else ""


def point_text(brief: Brief | Timeline, p: Point, escaped: Callable[[str], str] = escape, within: Callable[[str], str] = inline,
               *, dates: bool = True) -> str:
    """The quoted sentence, escaped, with the day each relative date means ("on Monday [28 Mar]",
    resolved against the date of the article it quotes, the earliest that carries its words, whichever
    of them it cites), the place its "here" means (its dateline's: "said here [Moscow]") and who a name of one word is
    (its article's full name: "Hall [Jim Hall, chairman of ...] said") shown beside the source's words, never inside them;
    every piece, the notes too (a place or a name is the article's text), escaped: the line's start by ``escaped``, the
    rest by ``within`` (Markdown's words inside a line open no list or heading; Slack's escape is one for both).
    A timeline's line (``dates`` false) has its day before it: no date's note, the place's and the name's only."""
    quoted = next((s for s in brief.sources if p.article_ids and s.article_id == p.article_ids[0]), None)
    published = p.written
    if published is None:  # a brief stored before points knew it: the first source it cites
        published = quoted.date if quoted is not None and not quoted.undated else None
    days = date_notes(p.text, published, brief.as_of) if dates else []
    notes = sorted([*days, *here_notes(p.text, quoted.place if quoted else None), *p.names])
    pieces: list[str] = []
    last = 0
    for at, shown in [*notes, (len(p.text), "")]:
        piece = p.text[last:at]
        gap = last and piece[:1].isspace()
        words = escaped(piece) if not last else within(piece.lstrip() if gap else piece)
        pieces.append((" " if gap else "") + words + (f" [{within(shown)}]" if shown else ""))
        last = at
    return "".join(pieces)


def figure_line(brief: Brief, f: Figure) -> str:
    """"Deaths (Mexico, confirmed): 56 [7] on 2009-05-03 (“…”), up from 26 on 2009-04-27 [3]"."""
    before = f" {cite(brief, f.previous.article_ids)}".rstrip() if f.previous else ""
    return f"- **{escape(f.what)}:** {reading_value(f)} {cite(brief, f.article_ids)}{dated(f)} {_quote(f)}{change_words(f)}{before}"


def disagreement_line(brief: Brief, what: str, figures: Sequence[Figure]) -> str:
    parts = [f"{reading_value(f)} {cite(brief, f.article_ids)}{dated(f)} {_quote(f)}" for f in figures]
    return f"- **{escape(what)}:** " + "; ".join(parts)


def source_line(s: Source) -> str:
    url = safe_url(s.url)
    title = f"[{escape(s.title)}]({url})" if url else escape(s.title)
    made = " *(no headline: its first words)*" if s.title_made else ""
    return f"{s.number}. {title}{made} — {source_when(s)} — {escape(s.origin)}"


def markdown(brief: Brief) -> str:
    out = [f"# {escape(brief.title)}", ""]
    meta = f"*{as_of_words(brief)}*"
    new = new_articles_words(brief)
    if new is not None:
        meta += f" · {new}"
    out += [meta, ""]
    out += [f"## {changes_heading(brief)}", "", *changes_lines(brief), ""]
    if not brief.nothing_new:
        if brief.summary:
            out += ["## Situation", "", *(point_line(brief, p) for p in brief.summary), ""]
        if brief.timeline:
            out += ["## Timeline", "", *timeline_lines(brief, brief.timeline), ""]
        if brief.figures:
            out += ["## Figures", "", *(figure_line(brief, f) for f in brief.figures), ""]
        if brief.disagreements:
            out += ["## Sources disagree", ""]
            out += [disagreement_line(brief, d.what, d.figures) for d in brief.disagreements]
            out.append("")
        if brief.sources:
            out += ["## Sources", "", *(source_line(s) for s in brief.sources), ""]
    if any(s.undated for s in brief.sources) and not brief.nothing_new:
        out += [f"*{UNDATED_NOTE}*", ""]
    health = health_note(brief.health)
    if health is not None:
        out += [f"*Sources: {escape(health)}.*", ""]
    return "\n".join(out).rstrip() + "\n"


def timeline_markdown(timeline: Timeline) -> str:
    """What ``briefbot timeline`` prints: the dated events, then the sources they cite."""
    off = f" · {len(timeline.off_topic)} article(s) left out as off-topic" if timeline.off_topic else ""
    out = [f"# Timeline: {escape(timeline.title)}", "", f"*As of {timeline.as_of.isoformat()}*{off}", ""]
    if timeline.entries:
        out += [*timeline_lines(timeline, timeline.entries), ""]
        out += ["## Sources", "", *(source_line(s) for s in timeline.sources), ""]
    else:
        out += [f"No dated event: no article dated up to {timeline.as_of.isoformat()} tells one (none, or none with a sentence "
                "to quote that names or has its day).", ""]
    return "\n".join(out).rstrip() + "\n"
