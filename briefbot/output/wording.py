"""The words a brief is told in, shared by every output (Markdown, Slack) so that no sentence is
spelled twice (pure).  Each renderer adds its own markup and escaping around these plain strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefbot.models import Brief, Figure, Point, Reading, Source, SourceHealth, Status

LABELS = {Status.NEW: "New", Status.UPDATED: "Updated", Status.DROPPED: "No longer reported"}
UNDATED_NOTE = "Undated articles count as of the day briefbot first saw them."


# -- figures ----------------------------------------------------------------------------------------


_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_value(value: float) -> str:
    """A figure's value as a reader takes it in at a glance: "3", "120,000", "3.5", and millions, billions or trillions
    in words when two decimals say them exactly ("4.5 billion", "1.25 million"; 12,345,678 stays in digits)."""
    for scale, word in _LARGE:
        if abs(value) >= scale:
            short = round(value / scale, 2)
            if abs(short * scale - value) < 0.5:
                return f"{short:g} {word}"
            break
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def reading_value(r: Figure | Reading) -> str:
    """A value as the sources state it: "56", "at least 56", "12,000 to 19,000"."""
    text = format_value(r.value) if r.high is None else f"{format_value(r.value)} to {format_value(r.high)}"
    return f"{r.marker} {text}" if r.marker else text


def to_come_words(told: date) -> str:
    """"set for this day, as told on 7 Mar": a timeline line on the day its sentence says something is set for, told before
    that day (a schedule, a plan, a threat), not a report that it happened; true whether the day is past at the brief's
    date or not (a reader took "to come" on a day already past for news that it had not yet happened)."""
    return f"set for this day, as told on {told.day} {_MONTHS[told.month - 1]}"


def day_words(p: Point) -> str:
    """What a timeline line's day is when not the one its sentence names: "set for this day, as told on 7 Mar" (a schedule, a
    plan, a threat told before its day, not a report that it happened), "publication date" (the sentence names no day,
    so the line stands on the day its first cited article came out, which may be a day after the event), else ""."""
    return to_come_words(p.to_come) if p.to_come else "publication date" if p.dated_by_publication else ""


def day_note(p: Point) -> str:
    """:func:`day_words` as the note after a timeline line's citation: " (publication date)", or ""."""
    words = day_words(p)
    return f" ({words})" if words else ""


def also_reported_words(n: int) -> str:
    """"also reported by 6 other articles": articles that report the same in other words (not cited)."""
    return f"also reported by {n} other article{'s' if n != 1 else ''}"


def whose_words(sources: Sequence[Source], article_ids: Sequence[int]) -> str:
    """What kind of one party's own words the article a point or an event quotes is (its first cited:
    "opinion", "statement of Jo Lee"; see :mod:`briefbot.text.voice`), for the note after its citation
    that says so, so that a column's or a lawyer's claim never reads as reported fact; "" for a reported one."""
    quoted = next((s for s in sources if article_ids and s.article_id == article_ids[0]), None)
    return quoted.voice if quoted is not None else ""


def whose_turn(sources: Sequence[Source], p: Point) -> str:
    """Whose words a point or an event quotes, for the note after its citation: the speaker of a transcript's turn
    ("Idris Banoun, foreign minister, in a transcript": :mod:`briefbot.brief.turns`), else :func:`whose_words`."""
    return f"{p.speaker}, in a transcript" if p.speaker else whose_words(sources, p.article_ids)


OLD_POINT_DAYS = 30  # a situation point whose newest report is older than this before the brief's day shows that day


def told_when(brief: Brief, p: Point) -> str:
    """" (as of 1999-02-12)": the newest day of the articles that carry a situation point or report it in other words
    (:attr:`Point.reported`; an undated one counts from when first seen), when that is more than ``OLD_POINT_DAYS`` before the
    brief's day: what an article told months ago may no longer hold (a record since broken, "has never granted a stay"), and a
    reader takes an undated line as of the brief's day; else "".  (A brief stored before points knew it: its cited sources,
    when no other article reports it, whose day the brief does not keep.)"""
    newest = p.reported
    if newest is None:
        if p.also_reported:
            return ""
        carried = set(p.article_ids)
        newest = max((s.date for s in brief.sources if s.article_id in carried and s.date is not None), default=None)
    return f" (as of {newest.isoformat()})" if newest is not None and (brief.as_of - newest).days > OLD_POINT_DAYS else ""


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
    """What an updated-figure point without a previous value says: "Deaths (Mexico): 56 on 2009-05-03"
    (with a previous value, the point shows it in its source's words: see ``was_words``)."""
    return f"{f.what}: {reading_value(f)}{dated(f)}"


def was_words(r: Reading) -> str:
    """What an updated point updates, in its source's words and when they were reported:
    "“three arrested” on 2023-11-08" (the output adds the citation)."""
    return f"“{r.text}”{dated(r)}"


# -- what changed -----------------------------------------------------------------------------------


def changes_heading(brief: Brief) -> str:
    if brief.previous_as_of is None:
        return "What changed"
    return f"What changed since {brief.previous_as_of.isoformat()}"


def changes_sentence(brief: Brief) -> str | None:
    """"What changed" as one sentence when there is no list of changes to give, else None."""
    if not brief.nothing_new and not brief.summary and not brief.changes:
        if brief.new_articles == 0:
            return f"Nothing to report: no article is dated up to {brief.as_of.isoformat()}."
        return (f"Nothing to report: {brief.new_articles} new article(s), but none has a sentence to quote "
                "(only boilerplate or fragments).")
    if brief.previous_as_of is None:
        return "This is the first brief on this topic: everything below is new."
    if brief.nothing_new and brief.off_topic:  # articles arrived, none about the topic: say so, not "none arrived"
        n = len(brief.off_topic)
        return (f"Nothing new: {'the one article' if n == 1 else f'the {n} articles'} that arrived since the brief of "
                f"{brief.previous_as_of.isoformat()} {'is' if n == 1 else 'are'} not about the topic.")
    if brief.nothing_new:
        return f"Nothing new: no article has arrived since the brief of {brief.previous_as_of.isoformat()}."
    if not brief.changes:
        return f"{brief.new_articles} new article(s) arrived, but they repeat what the previous brief said."
    return None


def dropped_note(brief: Brief) -> str:
    """Where the reader saw a point no longer reported: "in the brief of 2024-03-01"."""
    return f"in the brief of {brief.previous_as_of.isoformat()}" if brief.previous_as_of else "in the previous brief"


def change_note(p: Point) -> str | None:
    """What an updated point without the words it updates (``p.was``) says it changed: its figure, or
    the sentence it replaces; else None."""
    if p.figure is not None:
        return figure_update_words(p.figure)
    if p.status is Status.UPDATED and p.previous:
        return f"previously: {p.previous}"
    return None


# -- the brief's day, its sources and their health ----------------------------------------------------


def as_of_words(brief: Brief) -> str:
    return f"As of {brief.as_of.isoformat()}"


def new_articles_words(brief: Brief) -> str | None:
    """"3 new article(s)" beside the day, except on a first brief that found none."""
    off = f" ({len(brief.off_topic)} more left out as off-topic)" if brief.off_topic else ""
    return f"{brief.new_articles} new article(s){off}" if brief.new_articles or brief.previous_as_of or off else None


def source_when(s: Source) -> str:
    """A source's date: "2024-03-01", "no date", or "undated, first seen 2024-03-01"."""
    when = s.date.isoformat() if s.date else "no date"
    return f"undated, first seen {when}" if s.undated else when


def health_line(health: SourceHealth) -> str:
    line = f"{health.read} of {health.total} sources read"
    left_out = [dated_after_words(health.dated_after)] if health.dated_after else []
    if health.undated_after:
        left_out.append(undated_after_words(health.undated_after))
    if left_out:
        line += f" ({'; '.join(left_out)})"
    if health.failures:
        shown = "; ".join(f"{src} ({why})" for src, why in health.failures[:5])
        more = f"; and {len(health.failures) - 5} more" if len(health.failures) > 5 else ""
        line += f"; failed: {shown}{more}"
    return line


def dated_after_words(count: int) -> str:
    """"1 dated after the brief's day, left out": articles read that the brief leaves out."""
    return f"{count} article{'s' if count != 1 else ''} dated after the brief's day, left out"


def undated_after_words(count: int, day: str = "the brief's day") -> str:
    """"2 undated articles, first seen after the brief's day, left out: ...": articles with no date count as of the day
    briefbot first saw them, so a brief (or a timeline) of an earlier ``day`` leaves them out; how to date them."""
    return (f"{count} undated article{'s' if count != 1 else ''}, first seen after {day}, left out: "
            "a text file is dated by a Date: line at its top or under its headline")


def health_note(health: SourceHealth | None) -> str | None:
    """The health line when it is worth a reader's attention (a failure, an article dated after the
    brief's day or undated and first seen after it, or more than one source)."""
    if health is None or not (health.failures or health.dated_after or health.undated_after or health.total > 1):
        return None
    return health_line(health)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(day: date) -> str:
    """'24 Sep 2023': the day of a timeline line, the same in every locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
