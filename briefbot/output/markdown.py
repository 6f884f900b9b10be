"""Brief -> Markdown (pure).  Every quoted sentence is verbatim and carries its source numbers.

Text from sources (quoted sentences, figures, titles, origins) is escaped so that a renderer shows
the source's words and nothing else: HTML's ``<``, ``>`` and entity-like ``&`` become entities,
Markdown's active characters get a backslash, and a source is linked only when its URL is http(s).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote, urlsplit

from briefbot.models import Brief, Figure, Point, Reading, Source, SourceHealth, Status

LABELS = {Status.NEW: "New", Status.UPDATED: "Updated", Status.DROPPED: "No longer reported"}

# Markdown's inline syntax (emphasis, links, code, tables); "_" only where it can open or close emphasis
_ACTIVE = re.compile(r"([\\`*\[\]{}|~]|(?<![^\W_])_|_(?![^\W_]))")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def escape(text: str) -> str:
    """Source text as Markdown that renders as exactly these words (one line, no HTML, no markup)."""
    text = " ".join(text.split())
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _ACTIVE.sub(r"\\\1", text)
    text = re.sub(r"^([#+=>-])", r"\\\1", text)  # no heading, list or quote where a line could start
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)


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


def cite(brief: Brief, article_ids: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in brief.source_numbers(tuple(article_ids)))


def format_value(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def reading_value(r: Figure | Reading) -> str:
    """A value as the sources state it: "56", "at least 56", "12,000 to 19,000"."""
    text = format_value(r.value) if r.high is None else f"{format_value(r.value)} to {format_value(r.high)}"
    return f"{r.marker} {text}" if r.marker else text


def dated(r: Figure | Reading) -> str:
    return f" on {r.date.isoformat()}" if r.date else ""


def change_words(f: Figure) -> str:
    """", up from 26 on 2009-04-27" (the value before the latest), or ""."""
    p = f.previous
    if p is None:
        return ""
    direction = "up" if f.value > p.value else "down" if (f.high or f.value) < (p.high or p.value) else "changed"
    return f", {direction} from {reading_value(p)}{dated(p)}"


def figure_update_words(f: Figure) -> str:
    """What an updated-figure point adds: "Deaths (Mexico): 26 on 2009-04-27 → 56 on 2009-05-03"."""
    before = f"{reading_value(f.previous)}{dated(f.previous)} → " if f.previous else ""
    return f"{f.what}: {before}{reading_value(f)}{dated(f)}"


def health_line(health: SourceHealth) -> str:
    line = f"{health.read} of {health.total} sources read"
    if health.failures:
        shown = "; ".join(f"{src} ({why})" for src, why in health.failures[:5])
        more = f"; and {len(health.failures) - 5} more" if len(health.failures) > 5 else ""
        line += f"; failed: {shown}{more}"
    return line


def changes_heading(brief: Brief) -> str:
    if brief.previous_as_of is None:
        return "What changed"
    return f"What changed since {brief.previous_as_of.isoformat()}"


def changes_lines(brief: Brief) -> list[str]:
    """The 'what changed' part, one Markdown bullet per point (or one plain sentence)."""
    if not brief.nothing_new and not brief.summary and not brief.changes:
        if brief.new_articles == 0:
            return [f"Nothing to report: no article is dated up to {brief.as_of.isoformat()}."]
        return [f"Nothing to report: {brief.new_articles} new article(s), but none has a sentence to quote "
                "(only boilerplate or fragments)."]
    if brief.previous_as_of is None:
        return ["This is the first brief on this topic: everything below is new."]
    if brief.nothing_new:
        return [f"Nothing new: no article has arrived since the brief of {brief.previous_as_of.isoformat()}."]
    lines = []
    for p in brief.changes:
        label = LABELS.get(p.status, "New")
        if p.status is Status.DROPPED:  # its sources left the brief: say where the reader saw it
            lines.append(f"- **{label}:** {escape(p.text)} (in the brief of {brief.previous_as_of.isoformat()})")
            continue
        line = f"- **{label}:** {escape(p.text)} {cite(brief, p.article_ids)}".rstrip()
        if p.figure is not None:
            line += f" ({escape(figure_update_words(p.figure))})"
        elif p.status is Status.UPDATED and p.previous:
            line += f" (previously: {escape(p.previous)})"
        lines.append(line)
    if not lines:
        lines.append(f"{brief.new_articles} new article(s) arrived, but they repeat what the previous brief said.")
    return lines


def point_line(brief: Brief, p: Point) -> str:
    return f"- {escape(p.text)} {cite(brief, p.article_ids)}".rstrip()


def figure_line(brief: Brief, f: Figure) -> str:
    """"Deaths (Mexico, confirmed): 56 [7] on 2009-05-03 (“…”), up from 26 on 2009-04-27 [3]"."""
    before = f" {cite(brief, f.previous.article_ids)}".rstrip() if f.previous else ""
    return (f"- **{escape(f.what)}:** {reading_value(f)} {cite(brief, f.article_ids)}{dated(f)} (“{escape(f.text)}”)"
            f"{change_words(f)}{before}")


def disagreement_line(brief: Brief, what: str, figures: Sequence[Figure]) -> str:
    parts = [f"{reading_value(f)} {cite(brief, f.article_ids)}{dated(f)} (“{escape(f.text)}”)" for f in figures]
    return f"- **{escape(what)}:** " + "; ".join(parts)


def source_line(s: Source) -> str:
    when = s.date.isoformat() if s.date else "no date"
    if s.undated:
        when = f"undated, first seen {when}"
    url = safe_url(s.url)
    title = f"[{escape(s.title)}]({url})" if url else escape(s.title)
    return f"{s.number}. {title} — {when} — {escape(s.origin)}"


def markdown(brief: Brief) -> str:
    out = [f"# {escape(brief.title)}", ""]
    meta = f"*As of {brief.as_of.isoformat()}*"
    if brief.new_articles or brief.previous_as_of:
        meta += f" · {brief.new_articles} new article(s)"
    out += [meta, ""]
    out += [f"## {changes_heading(brief)}", "", *changes_lines(brief), ""]
    if not brief.nothing_new:
        if brief.summary:
            out += ["## Situation", "", *(point_line(brief, p) for p in brief.summary), ""]
        if brief.figures:
            out += ["## Figures", "", *(figure_line(brief, f) for f in brief.figures), ""]
        if brief.disagreements:
            out += ["## Sources disagree", ""]
            out += [disagreement_line(brief, d.what, d.figures) for d in brief.disagreements]
            out.append("")
        if brief.sources:
            out += ["## Sources", "", *(source_line(s) for s in brief.sources), ""]
    if any(s.undated for s in brief.sources) and not brief.nothing_new:
        out += ["*Undated articles count as of the day briefbot first saw them.*", ""]
    if brief.health is not None and (brief.health.failures or brief.health.total > 1):
        out += [f"*Sources: {escape(health_line(brief.health))}.*", ""]
    return "\n".join(out).rstrip() + "\n"
