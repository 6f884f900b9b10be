"""Brief -> Slack Block Kit messages (pure: no network, no clock, no environment).

A brief becomes a short *main* message, read on a phone: the title, the day and "What changed" (at
most :data:`TOP_LINES` lines, each point citing its outlets or titles by name, since the numbered
sources are in the thread); everything else goes in *replies* in its thread (more changes, the
situation, key figures, disagreements, sources).  A day with nothing new is one short line.  Every
message keeps within
Slack's limits: a header of at most 150 characters, sections of at most 3,000, at most 50 blocks,
and a total of block text well under the ~12,000 characters at which Slack answers
``msg_blocks_too_long``.  Whatever does not fit goes to the next message.

Article text is untrusted.  ``&``, ``<`` and ``>`` are escaped everywhere (titles, points, link
labels, origins), so a sentence quoting ``<!channel>``, ``<@U123>`` or ``<https://x|y>`` shows
as text and can neither ping anyone nor forge a link.  Text objects are ``verbatim`` so Slack does
not turn bare ``@here`` or ``#channel`` into mentions either.  mrkdwn has no escape for its
formatting characters, so in untrusted text ``*``, ``_``, ``~`` and backticks become look-alikes
(∗ ˍ ∼ ˋ) and a quoted ``*not bold*`` shows as written.  Links are built only by :func:`link`, from
http(s) URLs with ``|``, ``<``, ``>`` and spaces percent-encoded, with a bounded label, so that no
line is ever split inside a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from briefbot.models import Brief, Point, Source, Status
from briefbot.output.markdown import cite, point_text, since_note, update_note
from briefbot.output.wording import (
    LABELS,
    UNDATED_NOTE,
    as_of_words,
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
    whose_turn,
)

HEADER_MAX = 150
SECTION_MAX = 3000
BLOCKS_MAX = 50
MESSAGE_TEXT_BUDGET = 10_000  # Slack rejects roughly 12-13k characters of block text per message
FALLBACK_MAX = 3000
ELLIPSIS = "…"
TOP_LINES = 8  # "What changed" lines in the main message; the rest go in the thread
LABEL_MAX = 150  # a link's label is cut to this: a link always fits in a section
URL_MAX = 1500  # a longer URL is not linked
NAME_MAX = 40  # an outlet or title named in the main message's citations
POINT_MAX = 300  # a first brief's situation point in the main message is cut to this (in full in the thread)
NAMES_SHOWN = 2  # outlets named per point in the main message ("(BBC, Reuters +1)")

Block = dict[str, Any]


@dataclass(frozen=True)
class Budget:
    header: int = HEADER_MAX
    section: int = SECTION_MAX
    blocks: int = BLOCKS_MAX
    text: int = MESSAGE_TEXT_BUDGET


@dataclass(frozen=True)
class SlackMessage:
    """One message: ``blocks`` plus the plain ``text`` that notifications and old clients show."""

    text: str
    blocks: tuple[Block, ...]

    def payload(self) -> dict[str, Any]:
        """The arguments of ``chat.postMessage`` / a webhook, without channel and thread."""
        return {"text": self.text, "blocks": [dict(b) for b in self.blocks], "unfurl_links": False, "unfurl_media": False}


# -- escaping -------------------------------------------------------------------------------------


_LOOKALIKES = str.maketrans({"*": "∗", "_": "ˍ", "~": "∼", "`": "ˋ"})


def escape_entities(text: str) -> str:
    """Slack's three control characters as entities: untrusted text can't mention or link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape(text: str) -> str:
    """Untrusted text for mrkdwn: entities for ``& < >`` and look-alikes for ``* _ ~ `````, so that
    it can neither mention, link, nor turn into bold, italics, strike-through or code."""
    return escape_entities(text).translate(_LOOKALIKES)


_URL_UNSAFE = {"|": "%7C", "<": "%3C", ">": "%3E", " ": "%20", '"': "%22", "\n": "", "\r": "", "\t": ""}


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit to sit inside ``<url|label>``, or ``None`` for anything else."""
    if not url:
        return None
    url = url.strip()
    if not re.match(r"(?i)^https?://[^\s/?#]+", url):
        return None
    return "".join(_URL_UNSAFE.get(c, c) for c in url).replace("&", "&amp;")


def link(url: str | None, label: str) -> str:
    """``<url|label>`` for a usable URL, else the escaped label alone."""
    clean = " ".join(label.split()) or (url or "")
    shown = fit(clean.replace("|", "¦"), LABEL_MAX)
    target = safe_url(url)
    return f"<{target}|{shown}>" if target and len(target) <= URL_MAX else shown


def fit(raw: str, limit: int, *, mrkdwn: bool = True) -> str:
    """``escape(raw)`` (only the entities for plain text), cut with an ellipsis to at most ``limit`` characters."""
    esc = escape if mrkdwn else escape_entities
    escaped = esc(raw)
    if len(escaped) <= limit:
        return escaped
    out, used = [], len(ELLIPSIS)
    for c in raw:
        e = esc(c)
        if used + len(e) > limit:
            break
        out.append(e)
        used += len(e)
    return "".join(out).rstrip() + ELLIPSIS


def _cut_ok(text: str, i: int) -> bool:
    """Cutting ``text`` before index ``i`` leaves no link or entity open (raw < > are only ours)."""
    head = text[:i]
    if head.count("<") != head.count(">"):
        return False
    amp = head.rfind("&")
    return amp == -1 or ";" in head[amp:]


def split_mrkdwn(text: str, limit: int) -> list[str]:
    """Chunks of at most ``limit`` characters, cut at line ends, else at spaces, never inside a link."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            piece, line = _break_line(line, limit)
            if current:
                chunks.append(current)
                current = ""
            chunks.append(piece)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = line
    if current:
        chunks.append(current)
    return [c for c in chunks if c.strip()]


def _break_line(line: str, limit: int) -> tuple[str, str]:
    for i in range(limit, 0, -1):
        if line[i] == " " and _cut_ok(line, i):
            return line[:i], line[i + 1:]
    for i in range(limit, 0, -1):
        if _cut_ok(line, i):
            return line[:i], line[i:]
    return line[:limit], line[limit:]  # one link longer than a section: cannot happen with our links


# -- blocks ---------------------------------------------------------------------------------------


def header_block(title: str, budget: Budget) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": fit(title, budget.header, mrkdwn=False), "emoji": False}}


def context_block(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text, "verbatim": True}]}


def section_blocks(heading: str, lines: Iterable[str], budget: Budget) -> list[Block]:
    """A bold heading and mrkdwn lines (already escaped), as as many sections as they need."""
    body = "\n".join([f"*{heading}*", *lines])
    return [{"type": "section", "text": {"type": "mrkdwn", "text": chunk, "verbatim": True}}
            for chunk in split_mrkdwn(body, budget.section)]


def block_text_length(block: Block) -> int:
    """The characters of text a block carries (what Slack's ``msg_blocks_too_long`` counts)."""
    total = 0
    if isinstance(block.get("text"), dict):
        total += len(block["text"].get("text", ""))
    for element in block.get("elements", ()):
        if isinstance(element, dict):
            total += len(element.get("text", ""))
    for field in block.get("fields", ()):
        total += len(field.get("text", ""))
    return total


def pack(blocks: Sequence[Block], budget: Budget) -> list[list[Block]]:
    """Blocks in order, grouped greedily into messages within the block and text budgets."""
    messages: list[list[Block]] = []
    current: list[Block] = []
    size = 0
    for block in blocks:
        n = block_text_length(block)
        if current and (len(current) >= budget.blocks or size + n > budget.text):
            messages.append(current)
            current, size = [], 0
        current.append(block)
        size += n
    if current:
        messages.append(current)
    return messages


# -- a brief --------------------------------------------------------------------------------------


def _cites(brief: Brief, article_ids: Sequence[int]) -> str:
    c = cite(brief, article_ids)
    return f" {c}" if c else ""


_FILE_LIKE = re.compile(r"[/\\]|\.(?:txt|text|md|markdown|html?|xml|rss|atom)$", re.I)


def source_name(s: Source) -> str:
    """An outlet's name (a feed's or site's), else the article's title, short: for the main message."""
    origin = " ".join(s.origin.split())
    if "://" in origin:
        origin = re.sub(r"^www\.", "", urlsplit(origin).hostname or "")
    name = origin if origin and not _FILE_LIKE.search(origin) else " ".join(s.title.split())
    if len(name) > NAME_MAX:
        name = name[:NAME_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-") + ELLIPSIS
    return name or f"source {s.number}"


def _voice(brief: Brief, p: Point) -> str:
    """" (opinion)": the quoted article is one party's own words (as in Markdown), else ""."""
    kind = whose_turn(brief.sources, p)
    return f" ({escape(kind)})" if kind else ""


def short_cites(brief: Brief, article_ids: Sequence[int]) -> str:
    """' (BBC News, Reuters +1)': the outlets of a point by name (the numbered list is in the thread)."""
    by_article = {s.article_id: s for s in brief.sources}
    cited = sorted({by_article[a].number: by_article[a] for a in article_ids if a in by_article}.items())
    names = list(dict.fromkeys(source_name(s) for _, s in cited))
    if not names:
        return ""
    more = f" +{len(names) - NAMES_SHOWN}" if len(names) > NAMES_SHOWN else ""
    return f" ({escape(', '.join(names[:NAMES_SHOWN]))}{more})"


def _change_line(brief: Brief, p: Point, short: bool) -> str:
    label = LABELS.get(p.status, "New")
    if p.status is Status.DROPPED and brief.previous_as_of is not None:
        return f"• *{label}:* {escape(p.text)} ({dropped_note(brief)})"
    how = short_cites if short else _cites
    text = escape(p.text) if short else point_text(brief, p, escape, escape)  # (a date's or a name's note in the thread's full lines)
    return f"• *{label}:* {text}{how(brief, p.article_ids)}{_voice(brief, p)}" + update_note(brief, p, escape, how)


def change_lines(brief: Brief, *, short: bool = False) -> list[str]:
    """Every "what changed" line; ``short``: citations by outlet name, for the main message."""
    sentence = changes_sentence(brief)
    if sentence is not None:
        return [escape(sentence)]
    return [_change_line(brief, p, short) for p in brief.changes]


def top_lines(brief: Brief) -> tuple[list[str], list[str]]:
    """(the main message's "what changed" lines, the ones left for the thread).

    A first brief has no changes: its main message gives its first situation points instead.
    """
    if brief.previous_as_of is None and brief.summary and not brief.nothing_new:
        points = [f"• {fit(p.text, POINT_MAX)}{short_cites(brief, p.article_ids)}{_voice(brief, p)}{told_when(brief, p)}"
                  for p in brief.summary[:TOP_LINES - 1]]
        return ["This is the first brief on this topic. The main points (all of them in the thread):", *points], []
    lines = change_lines(brief, short=True)
    if len(lines) <= TOP_LINES:
        return lines, []
    rest = change_lines(brief)[TOP_LINES - 1:]
    return [*lines[:TOP_LINES - 1], f"… and {len(rest)} more in the thread"], rest


def situation_lines(brief: Brief) -> list[str]:
    return [f"• {point_text(brief, p, escape, escape)}{_cites(brief, p.article_ids)}{_voice(brief, p)}{told_when(brief, p)}"
            f"{since_note(brief, p, escape)}" for p in brief.summary]


def timeline_lines(brief: Brief) -> list[str]:
    """One line per event; one still to come as its articles told it marked ("(set for this day, as told on 7 Mar)"), one whose
    sentence names no day too ("(publication date)")."""
    return [f"• {day_label(e.date)} — {point_text(brief, p, escape, escape, dates=False)}{_cites(brief, p.article_ids)}{_voice(brief, p)}"
            + day_note(p) for e in brief.timeline for p in e.events]


def figure_lines(brief: Brief) -> list[str]:
    """Compact: "• *Deaths (Mexico):* 56 [7] on 2009-05-03, up from 26 on 2009-04-27 [3]" (no quotes)."""
    out = []
    for f in brief.figures:
        before = _cites(brief, f.previous.article_ids) if f.previous else ""
        out.append(f"• *{escape(f.what)}:* {escape(reading_value(f))}{_cites(brief, f.article_ids)}{dated(f)}"
                   f"{escape(change_words(f))}{before}")
    return out


def disagreement_lines(brief: Brief) -> list[str]:
    out = []
    for d in brief.disagreements:
        parts = [f"{escape(reading_value(f))}{_cites(brief, f.article_ids)}{dated(f)} (“{escape(f.text)}”)" for f in d.figures]
        out.append(f"• *{escape(d.what)}:* " + "; ".join(parts))
    return out


def source_line(s: Source) -> str:
    return f"{s.number}. {link(s.url, s.title)} — {source_when(s)} — {escape(s.origin)}"


def meta_line(brief: Brief) -> str:
    parts = [as_of_words(brief), new_articles_words(brief), health_note(brief.health)]
    return " · ".join(escape(p) for p in parts if p is not None)


def nothing_new_line(brief: Brief) -> str:
    """The one short line a day with nothing new posts (when ``post_when_nothing_new`` is on)."""
    since = f" since the brief of {brief.previous_as_of.isoformat()}" if brief.previous_as_of else ""
    return f"{brief.title} — {brief.as_of.isoformat()}: nothing new{since}."


def headline_blocks(brief: Brief, budget: Budget) -> list[Block]:
    """The main message: title, day and what changed (short)."""
    if brief.nothing_new:
        return [{"type": "section", "text": {"type": "mrkdwn", "text": fit(nothing_new_line(brief), budget.section),
                                             "verbatim": True}}]
    top, _ = top_lines(brief)
    blocks = [header_block(brief.title, budget), context_block(meta_line(brief))]
    return blocks + section_blocks(escape(changes_heading(brief)), top, budget)


def detail_blocks(brief: Brief, budget: Budget) -> list[Block]:
    """The thread: the rest of what changed, the situation, figures, disagreements and sources."""
    if brief.nothing_new:
        return []
    blocks: list[Block] = []
    _, rest = top_lines(brief)
    if rest:
        blocks += section_blocks("More changes", rest, budget)
    if brief.summary:
        blocks += section_blocks("Situation", situation_lines(brief), budget)
    if brief.timeline:
        blocks += section_blocks("Timeline", timeline_lines(brief), budget)
    if brief.figures:
        blocks += section_blocks("Figures", figure_lines(brief), budget)
    if brief.disagreements:
        blocks += section_blocks("Sources disagree", disagreement_lines(brief), budget)
    if brief.sources:
        blocks += section_blocks("Sources", [source_line(s) for s in brief.sources], budget)
        if any(s.undated for s in brief.sources):
            blocks.append(context_block(UNDATED_NOTE))
    return blocks


def fallback_text(brief: Brief, part: int, total: int) -> str:
    """The plain ``text`` of a message: what a notification or a client without blocks shows."""
    if brief.nothing_new:
        return fit(nothing_new_line(brief), FALLBACK_MAX)
    head = f"{brief.title} — brief as of {brief.as_of.isoformat()}"
    if part == 0:
        first = next(iter(brief.changes or brief.summary), None)
        body = first.text if first else changes_sentence(brief) or ""
        return fit(f"{head}: {body}", POINT_MAX)  # a notification: short
    return fit(f"{head} (part {part + 1} of {total}: details and sources)", FALLBACK_MAX)


def messages(brief: Brief, budget: Budget = Budget()) -> tuple[SlackMessage, ...]:
    """The brief as Slack messages: the first is the main one, the others go in its thread."""
    groups = pack(headline_blocks(brief, budget), budget) + pack(detail_blocks(brief, budget), budget)
    return tuple(SlackMessage(fallback_text(brief, i, len(groups)), tuple(blocks)) for i, blocks in enumerate(groups))


def payloads(brief: Brief, budget: Budget = Budget()) -> list[dict[str, Any]]:
    """What ``--dry-run`` prints: each message's payload, marked main or reply."""
    return [{"thread": "main" if i == 0 else "reply", **m.payload()} for i, m in enumerate(messages(brief, budget))]
