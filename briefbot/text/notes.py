"""An outlet's correction notices (pure): notes about its own text, not news of the story.

A page that was corrected says so, at its top or its end: "The article incorrectly said that ...",
"An earlier version of this story misstated ...", "This article misspelled the name of ...",
"The following correction was printed in ...", and a note's block at a page's end ("This article
was amended on 6 May 2010." / "The original said ..." / "This has been corrected."). Quoted as a
point, such a line reads as news of the topic ("The article incorrectly said that Sen. Jo Lee
chairs the committee."). Only the note's own lines are known: a fact it states on a line of its
own after it ("Lee chairs the budget committee.") stays, as its kind is not known.
"""

from __future__ import annotations

import re

__all__ = ["correction_notes"]

_PIECE = r"(?:article|story|post|blog post|column|editorial|transcript|edited transcript|graphic|caption|headline|piece|item)"
# a note about the outlet's own text, at a line's start
_NOTE = re.compile(
    rf"\W{{0,3}}(?:(?:an?|the) (?:earlier|previous|prior|original) versions? of this {_PIECE}"
    rf"|(?:earlier|previous|prior) versions of this {_PIECE}"
    rf"|(?:this|the|our) {_PIECE} (?:incorrectly|mistakenly|wrongly|erroneously) \w+"
    rf"|(?:this|the|our) {_PIECE} mis(?:stated|spelled|spelt|identified|quoted|attributed|named|reported)"
    rf"|correction\s*:|clarification\s*:)(?!\w)", re.I)
# "The article wrongly ..." is a note only as the outlet's own voice, not news of another outlet's error
# with its source ("The story mistakenly reported that ..., NPR said in a correction.")
_THE = re.compile(r"\W{0,3}the\b", re.I)
_ATTRIBUTED = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}(?:said|says|ruled|found|reported|concluded|admitted|acknowledged|"
                         r"conceded|wrote|announced)\b")
# the same anywhere in a line: a newspaper's correction column quoted on the page
_PRINTED = re.compile(r"\bthe following (?:correction|clarification) was (?:printed|published|made|appended)\b", re.I)
# a note's block at a page's end: the notice of an amendment, what the original said, its close
_AMENDED = re.compile(rf"\bthis {_PIECE} (?:was|has been) (?:amended|corrected|updated)\b", re.I)
_ORIGINAL = re.compile(r"\bthe original\b", re.I)  # "The original said ...", "... was misspelt in the original."
_CLOSED = re.compile(r"\W{0,3}(?:this|it|that|the error) has (?:now )?been (?:corrected|amended)\.?\s*$", re.I)
_NOTE_WORDS = 30  # words of a note's line before its close, at most


def correction_notes(lines: list[str]) -> set[int]:
    """The indexes of ``lines`` (an article, one paragraph a line) that are correction notes."""
    notes = {k for k, line in enumerate(lines)
             if (_NOTE.match(line) and not (_THE.match(line) and _ATTRIBUTED.search(line))) or _PRINTED.search(line)}
    for k, line in enumerate(lines):
        if _CLOSED.match(line):  # "This has been corrected.", and the note's lines before it
            notes.add(k)
            for j in range(k - 1, max(-1, k - 3), -1):
                before = lines[j]
                if len(before.split()) > _NOTE_WORDS or not (_ORIGINAL.search(before) or _AMENDED.search(before)):
                    break
                notes.add(j)
    return notes
