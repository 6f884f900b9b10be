"""Broadcast transcripts (pure): a transcript's header line and its speakers' labels.

A network's transcript opens on a header listing the show's segments, when it aired and a notice
("Interview with ...; Markets Rally Aired February 1, 2011 - 14:00:00 ET THIS IS A RUSH
TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED."): the segments are the
page's headline, the rest is furniture.  Each turn then opens on its speaker's label in capitals
("WOLF BLITZER, CNN ANCHOR: Fireworks over the square.", "BLITZER: ...", "UNIDENTIFIED FEMALE:
..."): a line of talk, an anchor's link or a guest's claim, which quoted alone as a point reads as
the outlet's written word, so it is kept out of points while another sentence can take its place.
"""

from __future__ import annotations

import re

_NOTICE = re.compile(r"\bTHIS IS A RUSH TRANSCRIPT\b|\bTHIS COPY MAY NOT BE IN ITS FINAL FORM\b")
# what stands between the segments and the notice: when it aired, or a school show's maps link
_AIRED = re.compile(
    r"\s+Aired\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\b.*$"
    r"|\s*Download PDF maps related to today's show:?.*$", re.S)
HEADLINE_WORDS = 20  # a header's segments kept as the headline, whole, up to this many words (at least one)
_LABEL = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+"  # the speaker: a name in capitals ("BLITZER", "WOLF BLITZER")
    r"(?:\s*\([A-Z.'’ -]+\))?"  # a party or place in brackets ("BOEHNER (R-OH)")
    r"(?:,\s+[A-Z][A-Z0-9.'’&/() -]*(?:,\s+[A-Z][A-Z0-9.'’&/() -]*)?)?"  # a role ("CNN ANCHOR", "HOST, QUEST MEANS BUSINESS")
    r":\s")


# a transcript service's header field, its value in capitals to the line's end ("Speaks in Chillicothe, Ohio SPEAKER:
# SEN. BARACK OBAMA, D-ILL."): who speaks where, not what they said
_FIELD = re.compile(r"\b(?:SPEAKER|SPEAKERS|LOCATION|PARTICIPANTS|WITNESSES)\s*:\s*[A-Z][A-Z0-9 .,'’()&/-]*$")


def header_field(line: str) -> bool:
    """Whether ``line`` holds a transcript service's header field (see ``_FIELD``)."""
    return ":" in line and _FIELD.search(line) is not None


def transcript_header(line: str) -> str | None:
    """The headline of a transcript's header line (its segments, whole, up to ``HEADLINE_WORDS``
    words; "" when it lists none), or None when ``line`` is not a transcript's header."""
    notice = _NOTICE.search(line)
    if notice is None:
        return None
    kept: list[str] = []
    words = 0
    for segment in _AIRED.sub("", line[:notice.start()]).strip(" -:;|").split(";"):
        n = len(segment.split())
        if kept and words + n > HEADLINE_WORDS:
            break
        if n:
            kept.append(segment.strip())
            words += n
    return "; ".join(kept)


def speaker_label(sentence: str) -> bool:
    """Whether ``sentence`` opens on a transcript speaker's label in capitals ("BLITZER: ...")."""
    return sentence[:1].isupper() and ":" in sentence[:80] and _LABEL.match(sentence) is not None
