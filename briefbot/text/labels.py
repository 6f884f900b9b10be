"""Section labels of briefing-style pages (pure): the page's signposts, not the story's words.

Some outlets cut a story into short labelled paragraphs: "Why it matters: The vote could topple the
government.", "Driving the news: ...", "Between the lines: ...", "What's next: ...", "By the numbers:" over a
list, "Go deeper: <another story's headline>"; a live page flags an entry "BREAKING:", "JUST IN:", "Update:", "Recap:",
"Background:", "The latest:", or glues its call to follow it before one ("Follow live updates here BP revealed ..."). The
label is the page's: :data:`SECTION_LABEL` is trimmed from a line's start (the sentence after it is the story's, kept
verbatim), and :func:`label_lines` are the lines that are only a label, or a link to another story ("Go deeper").
Only these labels, each followed by a colon, are one: a sentence that opens on the same words ("What's next for the dam
is unclear.", "By the numbers, the plan fails.") is the story's. A list's bullet mark comes off too, with a factbox
item's label in capitals after it ("* DEATHS: The agency puts the toll at 1,134."): a capitals label without the
bullet is left to the rules for it.

A roundup's items open on their subject's name in capitals and a colon ("SELVANE: A court fined Selvane
Health ...", "VALMARK: Two suspects arrested in Valmark ..."): :func:`item_labels` are those labels, trimmed
as the section labels are.  The label is one when its name is named again in the sentence after it, on a
page where no label opens two lines: a transcript's speakers ("BLITZER: Wolf Blitzer in Washington.")
speak again, and every turn is kept whole.  A list of who is who ("JO LEE: Former mayor. Heads the Lee
Trust.") has the name as the subject of what follows, which names it later if at all: kept whole, as is an
item whose first sentence does not name its label ("OSTRAVIA: Smokers light up anywhere."), which the
label places.
"""

from __future__ import annotations

import re

from briefbot.text.seamwords import SPEECH_VERBS

__all__ = ["SECTION_LABEL", "item_labels", "label_lines"]

_LABELS = (
    r"(?:why it matters|driving the news|between the lines|what['’]s next|what to watch(?: for)?|what we['’]re watching"
    r"|by the numbers|(?:the )?big picture|zoom (?:in|out)|yes,? but|catch up quick|(?:the )?state of play|flashback"
    r"|reality check|(?:the )?bottom line|the intrigue|behind the scenes|what they['’]re saying|the other side"
    r"|threat level|be smart|our thought bubble|the backstory|where it stands|the fine print|know more|step back"
    r"|room for disagreement|recap|background|context|(?:the )?latest|in brief|catch-up"  # a live page's or an explainer's
    r"|breaking(?: news)?|just in|developing(?: story)?"  # a news flash's: "BREAKING: Two people ..."
    r"|update[sd]?(?:\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?)"  # ... with its time: "UPDATE 3:45 p.m.:"
)
_READ = r"(?:\s*\(\d{1,2}\s+min\.?\s+read\))?"  # "Go deeper (2 min. read):"
# a label glued before the story's sentence: "Why it matters: The vote ...", "- Zoom in: 312 people ..."
# ... and a list's bullet, with a factbox item's label in capitals after it: "* DEATHS: The agency puts the toll at 1,134.",
# "• AID: Kestrel sent 40 tonnes ..." (the mark and the label are the list's; the sentence after them is the story's)
_BULLET = r"\s*+[*•▪‣](?:\s++(?-i:[A-Z][A-Z&'’/ -]{1,30}[A-Z])\s*+:)?"
# (and a live page's call to follow it, glued before a line's story: "Follow live updates here BP revealed yesterday ...")
SECTION_LABEL = re.compile(rf"(?:[*•·\-–—\s]{{0,3}}{_LABELS}{_READ}\s*+:|{_BULLET}"
                           r"|follow (?:our |the )?live (?:updates|coverage|blog)(?: here)?)\s++(?=(?-i:[A-Z0-9\"“‘']))", re.I)
# a line that is only a label ("By the numbers:"), or a link to another story under one ("Go deeper: <headline>")
_LABEL_LINE = re.compile(rf"[*•·\-–—\s]{{0,3}}(?:{_LABELS}{_READ}\s*+:?\s*+$|go deeper{_READ}\s*+(?::|$))", re.I)


# a roundup item's label: one to three words in capitals and a colon before a sentence ("SELVANE: Kettering ...")
_ITEM_LABEL = re.compile(r"(?P<label>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):\s+(?=[A-Z0-9\"“‘])")
# a release's section label: a word to three in sentence case and a colon ("Weather:", "Road closures:", "Acres burned:")
_SECTION = re.compile(r"(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2}):[ \t]+(?=\S)")
_A_SENTENCE = re.compile(r"[A-Z\"“‘](?=.*?\s[a-z]+\s+[a-z])(?=.*[.!?][\"”’]?\s*$)")  # words and an end (not "48,200", "12%")
SECTIONS = 3  # labelled lines that make a page a release cut into sections
# ... not words that tell someone speaks, nor a pronoun's or a determiner's ("He said:", "The report says:", "My question is:"),
# nor whose word or how sure it is ("Unconfirmed reports:", "Russian claims:", "Police statement:", "Not confirmed:")
_NOT_A_SECTION = re.compile(rf"(?i:\b(?:{SPEECH_VERBS}|say|is|are|he|she|it|they|we|i|you|my|our|the|this|one|two|not|no|"
                            r"claims?|reports?|statements?|allegations?|alleged|rumou?rs?|unconfirmed|confirmed|unverified|"
                            r"estimates?|according|sources?|view|views|opinion|accounts?|version|denial|official|officials)\b)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])")
_NAME_LETTERS = 4  # a label's word this long or longer is looked for again in its line


def item_labels(lines: list[str]) -> dict[int, int]:
    """The lines that open on a roundup item's label, or on a release's section label before a sentence (see the module's
    note), each with the label's length."""
    found = {k: m for k, line in enumerate(lines) if (m := _ITEM_LABEL.match(line))}
    seen = [m.group("label") for m in found.values()]
    if len(set(seen)) < len(seen):
        return {}  # a transcript: its speakers speak again
    items = {k: m.end() for k, m in found.items() if _named_again(m, lines[k])}
    return items or _section_labels(lines)


def _section_labels(lines: list[str]) -> dict[int, int]:
    """A release's section labels before a sentence, on a page with ``SECTIONS`` or more lines labelled so, each label
    once (a transcript's speakers speak again): "Weather: The red flag warning expires at 8 p.m.", "Road closures: ..."."""
    found = {k: m for k, line in enumerate(lines) if (m := _SECTION.match(line)) and not _NOT_A_SECTION.search(m.group("label"))}
    seen = [m.group("label").lower() for m in found.values()]
    if len(found) < SECTIONS or len(set(seen)) < len(seen) or all(" " not in s for s in seen):
        return {}  # (a release has a label of two words or three, "Road closures"; names or one-word notes alone are no release)
    return {k: m.end() for k, m in found.items() if _A_SENTENCE.match(lines[k], m.end())}


def _named_again(m: re.Match[str], line: str) -> bool:
    rest = _SENTENCE_END.split(line[m.end():], maxsplit=1)[0]
    return any(re.search(rf"\b{re.escape(w.capitalize())}", rest) for w in m.group("label").split() if len(w) >= _NAME_LETTERS)


def label_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that are only a section label or a "Go deeper" link (see the module's note)."""
    return {k for k, line in enumerate(lines) if _LABEL_LINE.match(line)}
