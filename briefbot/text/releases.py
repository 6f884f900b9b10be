"""Whether a page says it is a press release (pure): an organisation's own words, not a report of them.

A release often carries no label in its headline ("Kellmouth and Dunmere Hospitals NHS Trust declares critical
incident") and no telling address (a file, a feed's item), but says what it is on its own lines: a label near its top
("Press release — Kellmouth and Dunmere Hospitals NHS Trust", "PRESS RELEASE No. 7", "FOR IMMEDIATE RELEASE"), or the close
of a release, its "ENDS" (or "###", "-30-") line followed by its notes for the press ("Notes to editors", "Media
contact", "About the Trust").  A report that mentions a release ("In a press release, the trust said ...") is a sentence,
never such a line.  :func:`briefbot.ingest.files.cleaned` gives such a page the voice "press release", which a brief
says after its citation, so that the issuer's claims never read as reported fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["press_release"]

TOP_LINES = 8  # the page's first lines (not empty) in which its label stands
# a release's label on a line of its own, maybe with its issuer after a dash or colon ("Press release — the Trust")
_LABEL = re.compile(r"(?i:(?:press|news|media)\s+release|press\s+statement|for\s+immediate\s+release)(?:\s+(?i:no\.?|number)\s*\d+)?"
                    r"(?:[\s,:;(—–|-][^.!?]{0,80})?$")  # ("PRESS RELEASE No. 7", "Press release, 5 March 2026", "... (2026/14)")
_END = re.compile(r"(?:-?\s*ENDS?\.?\s*-?|(?i:ends)\.|#{3}|-\s*30\s*-)$")  # an end mark: "ENDS", "- ends -", "Ends.", "###", "-30-"
# what follows a release's end: its notes for the press ("About <the issuer>": not a page's "About this story")
_NOTES = re.compile(r"(?i:notes?\s+(?:to|for)\s+editors?|editors?['’]?\s+notes?|media\s+(?:contact|enquiries|inquiries)|contacts?\s*:"
                    r"|press\s+(?:contact|office|enquiries|inquiries)|for\s+(?:more|further)\s+information)"
                    r"|About\s+(?!(?i:this|these|our|us|me|the\s+author|the\s+authors)\b)(?:the\s+)?[A-Z]")

def press_release(lines: Sequence[str]) -> bool:
    """Whether the page of ``lines`` says it is a press release (see the module)."""
    text = [line.strip() for line in lines if line.strip()]
    if any(_LABEL.match(line) for line in text[:TOP_LINES]):
        return True
    ends = [k for k, line in enumerate(text) if _END.match(line)]
    return any(_NOTES.match(line) and len(line.split()) <= 8 for k in ends[-1:] for line in text[k + 1:k + 4])
