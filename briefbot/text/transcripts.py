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
from collections.abc import Sequence

from briefbot.text.glue import REPORTING

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


# ... or a briefing's list of who speaks, a line of its own in any case ("Speakers: Vesna Martel, ministry spokesperson;
# Colonel Radu Venik, head of the rescue service.")
_LIST_FIELD = re.compile(r"^(?:Speakers?|Participants|Panell?ists|Present|Attendees|Witnesses|Guests|Briefers)\s*:\s+"
                         r"(?!.*\b(?:said|says|told|is|are|was|were|has|have|had|will|would)\b)[A-Z][^.!?:]*[,;][^!?:]*$")


def header_field(line: str) -> bool:
    """Whether ``line`` holds a transcript service's header field (see ``_FIELD``) or is a briefing's list of speakers
    (``_LIST_FIELD``)."""
    return ":" in line and (_FIELD.search(line) is not None or _LIST_FIELD.match(line.strip()) is not None)


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


# Whose turn a sentence is.  A transcript's labels open its turns, and a turn runs to the next label: "IDRIS BANOUN,
# FOREIGN MINISTER: Good afternoon. I can announce ...", "QUESTION (Jo Lee, VBN): ...", "BANOUN: I will not comment
# ... We are discussing ...".  A page is a transcript when someone asks a speaker (a question's label) or its
# speakers, two or more, one introduced with a role, speak again (a last name opens two turns, "BANOUN:" after "IDRIS
# BANOUN, FOREIGN MINISTER:"); a roundup's items ("CANADA: ...") and a factbox's fields ("IMPACT: ...") are no turns.
# A sentence of a speaker's turn is theirs to quote ("(Idris Banoun, foreign minister, in a transcript)"), its label
# trimmed off; a question's turn and a turn's greetings and thanks ("Good afternoon.", "Thank you, Minister.") are no
# points.
_QUESTION = re.compile(r"^(?:Q|QUESTION|QUESTIONER)(?:\s*\([^()]{1,60}\))?\s*:\s")
_PLEASANTRY = re.compile(
    r"^(?:good (?:morning|afternoon|evening|day)|thank you|thanks|hello|hi|welcome)\b[^.!?]{0,50}[.!]?$", re.I)
_NAME_END = re.compile(r"[,(]")
# the show's own voice: an anchor's or a host's turns link, frame and comment ("A quiet morning so far in the square ...",
# "Mubarak is trying very hard to stay in power."), unless a sentence says who reports it ("Yesterday, a military spokesman
# said the army won't use violence."): a newscast's anchor reads the news, and says whose it is
# (named with a role, "JO LEE, CNN ANCHOR:", or labelled by a chair's alone: "MODERATOR:", "OPERATOR:" of a briefing or a call)
_HOST = re.compile(r",[^,]*\b(?:anchor|co-anchor|host|co-host|presenter|moderator|newsreader)\b|^(?:moderator|operator)$", re.I)


def label_end(sentence: str) -> int:
    """Where the text after the speaker's or question's label that opens ``sentence`` starts (0: no label)."""
    m = _QUESTION.match(sentence) or (_LABEL.match(sentence) if speaker_label(sentence) else None)
    return m.end() if m else 0


def _name(label: str) -> str:
    return _NAME_END.split(label, 1)[0].strip()


def _acronym(word: str) -> bool:
    return re.fullmatch(r"(?:[A-Z]\.){2,},?|[B-DF-HJ-NP-TV-XZ&]+,?", word) is not None  # "U.S.", "CNN" (not "REP.", "'S")


def name_cased(word: str) -> str:
    """A name's word in capitals as a name is written ("O'BRIEN" → "O'Brien", "MCCAIN" → "McCain")."""
    if _acronym(word):
        return word
    return re.sub(r"^Mc[a-z]", lambda m: m.group(0)[:2] + m.group(0)[2].upper(),
                  re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), word))


def speaker_words(label: str) -> str:
    """The label's name, as a name is written, and its role in small letters ("IDRIS BANOUN, FOREIGN MINISTER" →
    "Idris Banoun, foreign minister"; "CNN", "U.S." and a party or place in brackets as they are)."""
    name = _name(label)
    role = " ".join(w if w.startswith("(") or _acronym(w) else w.lower() for w in label[len(name):].split())
    return " ".join(name_cased(w) for w in name.split()) + ("" if role.startswith(",") or not role else " ") + role


def turns(sentences: Sequence[str]) -> list[str | None]:
    """For each of a page's sentences, in order, whose turn of a transcript it is (:func:`speaker_words` of its
    turn's label, the fullest label of that name the page gives before it), "" when it is in none (or the page is no
    transcript), None when it is no point: a question's turn, an anchor's or a host's sentence that says no one reports it
    (``_HOST``), a turn's greeting or thanks, a label alone."""
    labels = [s[:label_end(s)].rstrip(": ") for s in sentences]
    names = [_name(lab).split()[-1] for lab in labels if lab and not _QUESTION.match(lab + ": ")]
    asked = any(_QUESTION.match(lab + ": ") for lab in labels if lab) and bool(names)  # (a bare "Q:"/"A:" page: none)
    introduced = any("," in lab for lab in labels if lab)  # a speaker named with a role ("JO LEE, CNN ANCHOR:")
    if not asked and (not introduced or len(set(names)) < 2 or len(names) == len(set(names))):
        return [""] * len(sentences)  # no talk: a factbox's fields ("IMPACT:", "STATUS:"), a roundup's items
    fullest: dict[str, str] = {}
    out: list[str | None] = []
    speaker: str | None = ""
    host = False
    for s, lab in zip(sentences, labels, strict=True):
        if lab:
            if _QUESTION.match(lab + ": "):
                speaker = None
            else:
                last = _name(lab).split()[-1]
                if len(lab) > len(fullest.get(last, "")):
                    fullest[last] = lab
                speaker = speaker_words(fullest[last])
                host = _HOST.search(fullest[last]) is not None
        said = s[len(lab):].lstrip(": ") if lab else s
        quiet = not said or _PLEASANTRY.match(said) or (host and not REPORTING.search(said))
        out.append(None if speaker is None or (speaker and quiet) else speaker)
    return out


def unlabelled(sentence: str) -> str:
    """``sentence`` with the label that opens it trimmed off ("BANOUN: I will not ..." → "I will not ...")."""
    return sentence[label_end(sentence):]
