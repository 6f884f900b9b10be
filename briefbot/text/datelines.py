"""Datelines and page stamps in news copy (pure): what they look like, and what they say.

An agency's dateline (``TRIPOLI (Reuters) -``, ``Tripoli, Libya (CNN) --``), a pipe dateline
(``SIRTE, Libya | Mon Oct 10, 2011 5:55 pm EDT``), a capitals dateline (``KABUL, Afghanistan —``, ``RIYADH: ``,
with any outlet's name in brackets before its dash at a line's start: ``VELANO, Marovia (KVLO) -``, its date in
numbers too: ``VELANO, 14.04.2026, 16:45 GMT+3 (KVN) -``, and then its place in any case with a clock or two places:
``Velano, 14.04.2026, 16:45 GMT+3 (KVN) -``, ``Velano/Tarsk, 14.04.2026 (KVN) -``)
and page stamps (``Updated 1542 GMT``, ``Tuesday, September 16, 2008; 4:30 PM``): where they are on
a line, and the place and time they give.  :mod:`briefbot.text.clean` cuts them out of the text
and keeps what they say as the article's data.
"""

from __future__ import annotations

import re

from briefbot.text.glue import GLUE_STOPS as _GLUE_STOPS
from briefbot.text.glue import SENTENCE_END as _SENTENCE_END
from briefbot.text.guarded import finds, guarded

__all__ = [
    "AGENCY_LINE",
    "BARE_STAMP",
    "BLOG_STAMP",
    "CAPS_LINE",
    "CAPS_WORD",
    "CLOCKED_STAMP",
    "COLON_LINE",
    "LABEL_WORD",
    "LEADING_STAMP",
    "PIPE_LINE",
    "SOURCED_COLON",
    "STAMP_LINE",
    "UPDATE_STAMP",
    "UPDATE_TAIL",
    "dateline_alone",
    "dateline_within",
    "headline_of",
    "place_of",
    "stamp_within",
    "story_line",
]

_AGENCY = (
    r"Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|CNN|BBC|Xinhua|UPI|dpa|DPA|PTI|IANS|ANI|"
    r"Kyodo|Yonhap|EFE|ANSA|AAP|CP|Tass|TASS|Interfax|RIA Novosti|Anadolu|KUNA|WAM|SPA|MENA|IRNA|AFP-JIJI|"
    r"CNN Wire|Reuters Health|AP Photo"
)
_DASH = r"(?:-{1,2}|–|—|_|\.-|&MD;)"  # (EFE's "Madrid, Mar 9 (EFE).- "; a 7-bit wire's code for a dash, "&MD;")
# a month as a dateline writes it, in capitals too ("BRENNA, MAR 11 - ", ANSA's; "SEPT. 7")
_MONTH = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)"
          r"(?:UARY|RUARY|CH|IL|UST|TEMBER|OBER|EMBER)?)\.?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
# a time zone, in capitals even inside a pattern that ignores case ("10:30 ET", not "10:30 Ethiopian", "10:30 Mt Etna")
_ZONE = r"(?-i:(?:[ECMP][DS]?T|GMT|BST|UTC|CET|CEST|EET|EEST|IST|JST|HKT|AEST|AEDT|SGT|MSK)\b)"
_CLOCK = rf"(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?(?:\s*{_ZONE})?|\d{{4}}\s*{_ZONE})"
_DAY_DATE = rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
_STAMP = rf"(?:{_DAY_DATE}(?:,?\s*(?:at\s+)?(?:{_CLOCK}))?|{_CLOCK}(?:\s*(?:\([^)]{{1,12}}\)))?(?:,?\s*{_DAY_DATE})?)"
# a date in numbers, day first or the year first, with a 24-hour clock and a zone's offset after it, as agencies outside
# the English-speaking wires date their lines ("14.04.2026, 16:45 GMT+3", "14/04/2026", "2026-04-14 16:45 UTC+02:00")
_NUM_DATE = r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
_NUM_CLOCK = rf",?\s+\d{{1,2}}[:.h]\d{{2}}(?:\s*{_ZONE}(?:[+−-]\d{{1,2}}(?::?\d{{2}})?)?)?"
_NUM_STAMP = rf"{_NUM_DATE}(?:{_NUM_CLOCK})?"
# a dateline's place: "WASHINGTON", "NAWFALIYAH/MISRATA, Libya", "Paris", "SAN JUAN, Puerto Rico"
_PLACE = r"[A-Z][A-Za-z.'’/-]*(?:[ ][A-Z][A-Za-z.'’/-]*){0,3}(?:,[ ][A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){0,2})?"
_CAPS_PLACE = r"[A-Z][A-Z.'’/-]{2,}(?:[ ][A-Z][A-Z.'’/-]+){0,3}(?:,[ ][A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){0,2})?"

# a press release's wire, where an agency's name stands: "/PRNewswire/", "/PRNewswire-Asia/", "(GLOBE NEWSWIRE)",
# "--(BUSINESS WIRE)--" (a release is the issuer's text, and its dateline no sentence of it)
_RELEASE_WIRE = (r"/PR ?Newswire(?:-[\w ]{1,30})?/|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|ACCESSWIRE|ACCESS Newswire|"
                 r"Newsfile Corp\.|EIN Presswire|Marketwired|PRWEB|PRWeb|CNW)\)")
# (an agency's closing bracket left out before its dash, a slip of the wire's own: "WASHINGTON (AP -- Rising ..."; not
# when a bracket closes later on its line, "(AP -- the style guide)")
_BRACKETED_AGENCY = rf"\((?:{_AGENCY})(?:\)|(?=\s(?:--|—|–)\s)(?![^()]*\)))"
_WIRE = rf"(?P<wire>{_BRACKETED_AGENCY}|{_RELEASE_WIRE})"
# "TRIPOLI (Reuters) -", "LONDON, March 3 (Reuters) -", "(CNN) --", "Paris (AFP) –", "VELANO, Marovia, June 3, 2025
# /PRNewswire/ -- ", "VELANO--(BUSINESS WIRE)--"
AGENCY_LINE = guarded(re.compile(
    rf"(?:(?P<place>{_PLACE})(?:,?\s+(?P<when>{_DAY_DATE}|{_NUM_STAMP}))?\s*(?:-{{1,2}}\s*)?)?{_WIRE}\s*{_DASH}\s*"
), finds(re.compile(rf"(?:{_BRACKETED_AGENCY}|{_RELEASE_WIRE})\s*{_DASH}")))
# "SIRTE, Libya | Mon Oct 10, 2011 5:55 pm EDT"
PIPE_LINE = guarded(re.compile(rf"(?P<place>{_PLACE})\s*\|\s*(?P<when>{_STAMP})\s*"), "|")
# "KABUL, Afghanistan — ", "BAGHDAD, March 3 - ", "PHOENIX _ " (the dash of 7-bit wires); with any outlet in brackets
# between the place and the dash, a station's or a paper's as well as an agency's: the shape is the evidence, not the
# name ("PINE HOLLOW, Calif. (KVLO) - ", "VELANO (NTV7) — "; its words capitalised: "UN (in English) - " is no outlet)
_OUTLET = r"\((?P<outlet>[A-Z0-9][\w&.'’-]*(?:[ ][A-Z0-9][\w&.'’-]*){0,3})\)"
# a place in any case before an outlet in brackets, when the date in numbers before the outlet has its clock ("Velano,
# 15.04.2026, 18:40 GMT+3 (KVN) - "), or when it is two places, sent from one city and datelined another ("Velano/Tarsk,
# April 15 (KVN) - "): a name's words and a date ("Jo Lee, 15.04.2026 (KVN) - ") may open a sentence, no clock after them
_SLASHED = r"[A-Z][A-Za-z.'’-]*/[A-Z][A-Za-z.'’/-]*(?:,[ ][A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){0,2})?"
_DATED_PLACE = (rf"{_PLACE}(?=,?\s+{_NUM_DATE}{_NUM_CLOCK}\s*\()"
                rf"|{_SLASHED}(?=,?\s+(?:{_DAY_DATE}|{_NUM_STAMP})\s*\()"
                # ... or a place with its country in brackets before the outlet's, as French agencies write it ("Port
                # Santel (Veloria) (AO) - "): a name and a bracket may open a sentence, two brackets before a dash no
                rf"|{_PLACE}\s\([A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){{0,2}}\)(?=\s*\([A-Z0-9])")
# (or the date alone before the outlet, as a wire's factbox or roundup opens: "Nov 15 (Meridian Press) - "; a chronology's
# "Nov 15 - The storm ..." has no outlet and stays; or the outlet alone, as a site's own story opens: "(Northgate) -- ")
CAPS_LINE = re.compile(
    rf"^(?:(?P<place>{_CAPS_PLACE}|{_DATED_PLACE})(?:,?\s+(?P<when>{_DAY_DATE}|{_NUM_STAMP}))?|{_DAY_DATE}(?=\s*\([A-Z0-9])"
    rf"|(?={_OUTLET.replace('?P<outlet>', '')}\s*{_DASH}\s))"
    rf"(?:\s*{_OUTLET})?(?:\s+&[A-Z]{{2}};)*\s*{_DASH}\s+(?=[A-Z“\"‘'0-9`])")  # (a wire's typesetting codes: "JAKARTA &UR; &LR; _ ")
# an Arab News or Gulf outlet's dateline, a place in capitals and a colon: "VELANO: ", "PORT ESK: "; not a page's label
# ("UPDATE: ", "NOTE: ", "EXCLUSIVE: ", "EDITOR'S NOTE: "), and on an article's first line only, when it is no
# transcript (a speaker's label has the same shape: "BLITZER: ..."; see text/transcripts): the caller tells
LABEL_WORD = (r"(?:UPDATE[SD]?|NOTE|NEW|BREAKING|JUST IN|FACT[ -]?CHECK|EXPLAINER|RECAP|LATEST|DEVELOPING|CORRECTION|"
               r"CLARIFICATION|EXCLUSIVE|ANALYSIS|OPINION|COMMENT|EDITORIAL|"
               r"EDITOR'?’?S NOTE|WATCH|LISTEN|READ|READ MORE|VIDEO|PHOTOS?|AUDIO|LIVE|ALERT|URGENT|FLASH|WARNING|"
               r"SPOILERS?|QUESTION|ANSWER|SUMMARY|BACKGROUND|CONTEXT|FACTBOX|FACT BOX|TIMELINE|REVIEW|ADVERTISEMENT|"
               r"SPONSORED|TRANSCRIPT|RELATED|SEE ALSO|FILE|FILE PHOTO|CAPTION|SOURCES?|CREDITS?|PROFILE|INTERVIEW|"
               r"DISCLAIMER|DISCLOSURE|MORE|ALSO|TOPICS?|TAGS?|CORRECTED|REPEATS|RECASTS|ADDS|ATTENTION(?: [A-Z]+)?|EDITORS?|NB|PS)")
COLON_LINE = re.compile(rf"^(?!{LABEL_WORD}:)(?P<place>[A-Z][A-Z.'’-]{{2,}}(?:[ ][A-Z][A-Z.'’-]+){{0,2}}):\s+(?=[A-Z“\"‘'0-9])")
# ... a place only before a sentence that names its source, as such leads do ("RIYADH: Saudi Arabia's aid agency said
# on Sunday ..."): "UNICEF: More than 400 children have died" is the source's name, cut off it would be no one's claim
SOURCED_COLON = re.compile(COLON_LINE.pattern + r"(?=[^.!?]{0,300}\b(?:said|says|announced|told|reported|stated|confirmed)\b)")
# "Updated 1542 GMT (2342 HKT) March 3, 2011", "Last updated at 12:04 GMT", "Published: 3 March 2011"
STAMP_LINE = re.compile(
    rf"^(?:(?:last\s+)?updated|posted|published|first published(?: on)?|last modified(?: on)?)\s*:?\s*(?:on\s+|at\s+)?"
    rf"(?P<when>{_STAMP})\s*(?:(?:{_DASH}|:(?=\s))\s*)?", re.I,  # (its dash or colon too: "Updated 09:10 GMT: Police say ...")
)
# a page's stamp alone on its line, with its update's after it: "Aug. 5, 2025 Updated 11:40 a.m.", "March 3, 2025 | Updated
# March 4, 2025 6:12 PM" (``when``: the first)
BARE_STAMP = re.compile(
    rf"^(?P<when>{_STAMP})(?:\s*[|•·,;]?\s*(?i:(?:last\s+)?(?:updated|modified))\s*:?\s*(?:on\s+|at\s+)?{_STAMP})?\s*$")
# a first line's leading date with its year, alone or with a clock ("Tuesday, September 16, 2008; 4:30 PM ")
_YEAR_DATE = rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}),?\s+\d{{4}}"
_STAMP_END = r"\s*(?:[|;]\s*)?(?=[A-Z“\"‘])"
LEADING_STAMP = re.compile(rf"^(?P<when>{_YEAR_DATE}(?:\s*[;,:]?\s*{_CLOCK})?){_STAMP_END}")
# the same with its clock, which no sentence opens with: a live chat's or a blog entry's stamp, on any line
CLOCKED_STAMP = re.compile(rf"^(?P<when>{_YEAR_DATE}\s*[;,:]\s*{_CLOCK}){_STAMP_END}")
# a live blog's entry stamp at a line's start: "LIBYA, 6:35 p.m. ET, 1:35 a.m. local: ", "SUDAN, 3:24 p.m. ET: ";
# or a clock alone before a colon or a typeset dash, the words after it the entry's sentence: "2:20 p.m. — The jury
# returned ...", "12.45 pm: Senators are ...", "10.38 am CDT: It's ..." (a page's posting times, no time of the story's);
# not a wire chronology's 7-bit dash, whose clock is the entry's news ("8:02 a.m. EDT -- Plane lands in ..."), nor a
# schedule's hyphen ("10:00 am ET - Budget hearing - ..."), nor a clock alone on its line (a bare stamp, furniture);
# or a 24-hour clock of two-digit hours, with or without its dash, before a sentence in sentence case ("22:10 Rescuers
# have ...", "09.05 — The dam ...", "22h10 The mayor says ..."; not "0:48 CO-PILOT ...", a recorder's transcript, nor a
# range "7.30-8.30 pm ..."); a page's flag after either clock goes with it ("22:10 BREAKING: Rescuers have ...");
# the page's own time may stand for a zone, "local" ("23:52 local — The eye crossed ...", "9:31 a.m. local: ..."), and
# after a colon or a typeset dash the entry's sentence may open on an acronym or a number ("18:30 local — VEMA says ...")
_LOCAL = rf"(?:{_ZONE}|local(?:\s+time)?\b)"
_DAY_CLOCK = (rf"(?:[01]\d|2[0-3])[:.h][0-5]\d(?:(?:\s*{_LOCAL})?(?:\s*:|\s[—–])(?=\s+[A-Z“\"‘'0-9`])"
              rf"|(?:\s*{_ZONE})?(?=\s+(?:[A-Z][a-z]|[“\"‘]|{LABEL_WORD}:)))")
_ZONED_CLOCK = rf"\d{{1,2}}:\d{{2}}\s*(?:[ap]\.m\.|[AP]M)\s*{_ZONE}"
_ENTRY_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}\s*(?:(?:[ap]\.?m\.?|[AP]\.?M\.?)(?:\s*{_LOCAL})?|{_LOCAL})"
BLOG_STAMP = re.compile(
    rf"^(?:(?P<place>{_CAPS_PLACE}),\s+(?P<when>{_ZONED_CLOCK}(?:,\s+\d{{1,2}}:\d{{2}}\s*(?:[ap]\.m\.|[AP]M)\s+local)?)"
    rf"\s*:?|(?:{_ENTRY_CLOCK}\s*(?::|\s[—–])|{_DAY_CLOCK})(?:\s+{LABEL_WORD}:)?)\s+(?=[A-Z“\"‘'0-9`])"
)

# a live blog's entry stamp in brackets at a line's start: "(Update 1:50 a.m. Cairo, 6:50 p.m. ET) - ", "(Updated: 1:38
# a.m. Monday, Libya; 6:38 p.m. Sunday ET): ", "(Posted at 11:06 a.m. ET, 6:06 p.m. local time) ", "(Updated 9:30 a.m.) ",
# "(9:22 p.m. ET, 3:22 a.m. in Libya) ", "(Updated 5:31 p.m. (0031 in Egypt)) ";
# and the end of one that the page broke over two lines ("... (Update 1:34 p.m. in Cairo, 6:34 am." / "ET) A group ...")
UPDATE_STAMP = re.compile(
    r"^(?:\((?:Update|Updated|UPDATE|UPDATED|Posted|POSTED)\b(?:\s*:|\s+at)?\s+"
    r"(?P<when>[^()]{0,40}?\b\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?|\s*(?:[ap]\.?m\.?|[AP]M))(?!\w)[^()]{0,60}?(?:\([^()]{1,40}\)(?:,[^(),]{1,24})?\s*)?)\)"
    r"|\((?P<clock>\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)[^()]{0,40}?"  # "(9:22 p.m. ET, 3:22 a.m. in Libya) "
    rf"(?:\b{_ZONE}|\blocal\b|\bin [A-Z][a-z]+)[^()]{{0,40}})\)"  # (a zone or a place: "(9 a.m. to 5 p.m. daily)" is content)
    rf"|(?:[ap]\.?m\.?\s+)?{_ZONE}\))\s*(?::|-{{1,2}}|–|—)?\s+(?=[A-Z“\"‘'#0-9])"
)
# the start of such a stamp at a line's end, its close on the next line
UPDATE_TAIL = r"\((?-i:Update|Updated|Posted)\b[^()\d]{0,30}\d{1,2}[:.]\d{2}[^()]{0,40}"  # with its clock

# a full date and time inside a first line: "... larger than estimated Thursday 29 April 2010 09.28 BST Five times ...",
# "... 4 March 2025 • 6:14pm <story>", "... UPDATED: 14:05 GMT, 12 March 2025 <story>", "... March 8, 2025 5 AM PT <story>",
# or a date with its label ("... Published On 11 Mar 2025 <story>", a page's stamp may be doubled: "11 Mar 202511 Mar 2025")
_HOUR = rf"(?:{_CLOCK}|\d{{1,2}}\s*[AP]\.?M\.?(?:\s*{_ZONE})?)"
_FULL_STAMP = re.compile(
    rf"(?P<when>{_YEAR_DATE}[;,]?\s*(?:[•|]\s*|at\s+)?{_HOUR}|{_CLOCK},?\s+{_YEAR_DATE}"
    rf"|(?i:published|updated|posted)(?:\s+(?i:on)|\s*:)?\s+{_YEAR_DATE}(?:\s*{_YEAR_DATE})?)"
    rf"(?:(?<=\d)\s+UK(?!\s+time\b)(?=\s+[A-Z“\"‘]))?\s+(?=[A-Z“\"‘])(?!{_ZONE}|[AP]\.?M\b)"  # BBC's "08:41 UK"
)


def stamp_within(head: str) -> tuple[int, str | None, str | None] | None:
    """A first line whose headline and standfirst run into a full date and time stamp before the
    story (no full stop before it): where the story starts, and the stamp as the article's time."""
    m = _FULL_STAMP.search(head, 0, 400)
    if m is None or m.end() >= len(head):
        return None
    before = head[:m.start()].split()
    if len(before) < 3 or _SENTENCE_END.search(" ".join(before) + " ") or before[-1].lower() in _GLUE_STOPS:
        return None
    return m.end(), None, m.group("when")


_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z][a-z]{0,3}\.(?=\s+[A-Z])")  # "U.S.", "Sen.": no sentence end


def dateline_within(head: str, first: bool) -> tuple[int, str | None, str | None] | None:
    """An agency or pipe dateline at the start of ``head`` or, on an article's first line, after
    at most ~30 words of headline and timestamp ("Full Article Rebels push west ... SIRTE, Libya |
    Tue Mar 29, 2011 ... (Reuters) -"), or ~100 words of story highlights before an agency's
    ("NEW: Death toll rises ... Witnesses report ... Benghazi (CNN) --"), with no sentence end
    between them: (where the story starts, the place, the time)."""
    end, place, when = 0, None, None
    for pattern, reach, most in ((PIPE_LINE, 320, 30), (AGENCY_LINE, 800, 100)):
        m = pattern.search(head, 0, reach if first else len(head))
        if m is None or m.end() >= len(head):
            continue
        before = head[:m.start()]
        if m.start() and not (first and len(before.split()) <= most and not _SENTENCE_END.search(_ABBREVIATION.sub("", before) + " ")):
            continue
        if m.end() > end:
            end = m.end()
            place = place or place_of(m.group("place"))
            when = when or m.group("when")
    return (end, place, when) if end else None


CAPS_WORD = re.compile(r"\b[A-Z][A-Z.'’/-]{2,}\b")


_AFTER_AGENCY = re.compile(rf"\b(?:{_AGENCY})\s+(?=[A-Z])")
# what ends a headline glued in front of its dateline and is not the headline's: a byline in capitals or a
# wire's ("... documents show By ELENA MARKO", "... spreads By Reuters"; not "Dam Collapse Caused By Heavy Rain"),
# and the date of an agency's dateline that has no place ("... dam March 7 (UPI) --"; a date before a place,
# "... sets election for March 30 VELANO, Marovia (Reuters) -", is the headline's)
_BYLINE_TAIL = re.compile(rf"\s+By(?:\s++[A-Z][A-Z.'’-]++){{1,4}}$|\s+By\s+(?:{_AGENCY})$")
_DATE_TAIL = re.compile(rf"[,\s]+{_DAY_DATE}$")


def headline_of(head: str, *, dated: bool = False) -> str:
    """A headline glued in front of a dateline without the byline that ends it, and without the date
    that ends it when ``dated`` (the dateline gives a date and no place)."""
    head = _BYLINE_TAIL.sub("", head.strip())
    return _DATE_TAIL.sub("", head) if dated else head


def place_of(place: str | None, outlet: str | None = None) -> str | None:
    """A dateline's place without a time zone, day name or headline words caught in front of it
    ("EDT WASHINGTON", "order on Libya WASHINGTON"); none for AP's "UNDATED" (a story of no one place),
    nor for a news budget's slug before its "(Undated)" in the outlet's place ("DAM-FISH (Undated) _")."""
    place = place.rstrip("-") if place else place  # (a release's "VELANO--(BUSINESS WIRE)--")
    if not place or place == "UNDATED" or (outlet or "").upper() == "UNDATED":
        return None
    words = place.split(" ")
    while len(words) > 1 and re.fullmatch(rf"{_ZONE}|{_WEEKDAY}|{_MONTH}|[AP]M", words[0]):
        words.pop(0)
    place = _AFTER_AGENCY.split(" ".join(words).strip())[-1]  # a byline's wire before it: "Jo LEE Associated Press VELANO"
    caps = CAPS_WORD.search(place)
    return (place[caps.start():] if caps and not CAPS_WORD.match(place) else place) or None


_AGENCY_ALONE = re.compile(rf"(?:{_AGENCY})")


def dateline_alone(line: str) -> tuple[str | None, str | None] | None:
    """A line that is nothing but a dateline ("SIRTE, Libya | Mon Oct 10, 2011 5:55 pm EDT"): its place and time;
    or nothing but its agency's name, the credit under a page's headline ("AFP", "Reuters"): no place, no time."""
    stripped = line.strip()
    if _AGENCY_ALONE.fullmatch(stripped):
        return None, None
    for pattern in (PIPE_LINE, AGENCY_LINE):
        m = pattern.fullmatch(stripped)
        if m:
            return place_of(m.group("place")), m.group("when")
    return None


# a live page's entry label in brackets is no outlet's name: the entries above it are the page's too ("(Earlier) -- ...")
_ENTRY_WORD = re.compile(rf"(?i:{LABEL_WORD}|EARLIER|LATER|UNDATED)")  # (a page's labels, and a live entry's times)
_STORY_OPENS = re.compile(r"[A-Z0-9\"“‘'`]")


def story_line(lines: list[str]) -> tuple[int, int]:
    """The line, and where on it, the story starts at an agency's dateline ("Tripoli, Libya (CNN) -- …", or any
    outlet's at a line's start: "VELANO, Marovia (KVLO) - …")
    after at most 200 words of a page's headline, photo captions, story highlights, editor's note and
    promos, on up to 5 lines: (0, 0) when the first line holds it or none is that early.  Behind other
    words on its line the dateline starts at its agency: the words before may be a highlight's end
    ("… crackdowns in Libya, Bahrain and Yemen (CNN) --"), not its place."""
    words = 0
    for k, line in enumerate(lines[:6]):
        m = AGENCY_LINE.search(line)
        if m and _STORY_OPENS.match(line, m.end()):  # not an agency named in a sentence: "(SPA) - the official ..."
            at = m.start() and m.start("wire")
            return (k, at) if 0 < words <= 200 else (0, 0)
        caps = CAPS_LINE.match(line)  # any outlet's at a line's start: "VELANO, Marovia (KVLO) - ..."
        if caps and caps.group("outlet") and (caps.group("place") or not _ENTRY_WORD.fullmatch(caps.group("outlet"))):
            return (k, 0) if 0 < words <= 200 else (0, 0)
        words += len(line.split())
    return 0, 0
