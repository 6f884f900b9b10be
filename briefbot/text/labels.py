"""Section labels of briefing-style pages (pure): the page's signposts, not the story's words.

Some outlets cut a story into short labelled paragraphs: "Why it matters: The vote could topple the
government.", "Driving the news: ...", "Between the lines: ...", "What's next: ...", "By the numbers:" over a
list, "Go deeper: <another story's headline>". The label is the page's: :data:`SECTION_LABEL` is trimmed from
a line's start (the sentence after it is the story's, kept verbatim), and :func:`label_lines` are the lines that
are only a label, or a link to another story ("Go deeper"). Only these labels, each followed by a colon, are
one: a sentence that opens on the same words ("What's next for the dam is unclear.", "By the numbers, the plan
fails.") is the story's.
"""

from __future__ import annotations

import re

__all__ = ["SECTION_LABEL", "label_lines"]

_LABELS = (
    r"(?:why it matters|driving the news|between the lines|what['’]s next|what to watch(?: for)?|what we['’]re watching"
    r"|by the numbers|(?:the )?big picture|zoom (?:in|out)|yes,? but|catch up quick|(?:the )?state of play|flashback"
    r"|reality check|(?:the )?bottom line|the intrigue|behind the scenes|what they['’]re saying|the other side"
    r"|threat level|be smart|our thought bubble|the backstory|where it stands|the fine print|know more|step back"
    r"|room for disagreement)"
)
_READ = r"(?:\s*\(\d{1,2}\s+min\.?\s+read\))?"  # "Go deeper (2 min. read):"
# a label glued before the story's sentence: "Why it matters: The vote ...", "- Zoom in: 312 people ..."
SECTION_LABEL = re.compile(rf"[*•·\-–—\s]{{0,3}}{_LABELS}{_READ}\s*+:\s++(?=(?-i:[A-Z0-9\"“‘']))", re.I)
# a line that is only a label ("By the numbers:"), or a link to another story under one ("Go deeper: <headline>")
_LABEL_LINE = re.compile(rf"[*•·\-–—\s]{{0,3}}(?:{_LABELS}{_READ}\s*+:?\s*+$|go deeper{_READ}\s*+(?::|$))", re.I)


def label_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that are only a section label or a "Go deeper" link (see the module's note)."""
    return {k for k, line in enumerate(lines) if _LABEL_LINE.match(line)}
