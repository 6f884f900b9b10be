"""A page's standing blocks under their headings (pure): what the issuer or the site says of itself, not news.

A press release ends on its issuer's boilerplate (:func:`about_block`): a heading "About <name>" (or "Notes to
editors:" over the release's contacts), a line that
says what the name is ("Kestrel Aid is a non-profit organization providing ..."), then its media contact and
source lines ("Media contact:", "press@example.org", "SOURCE Kestrel Aid"). Quoted as a point, the boilerplate
reads as news of the topic. The heading is known by the line under it, which opens on the name (or on "Founded
in 1998, <name> ...", or on the name an acronym heading spells out: "About KAC" / "Kestrel Aid Council is ...") and
says what it is; a story's own subhead ("About the dam", then "Engineers found ...")
has no such line, and the block is the page's last lines, closed by a release's contacts or source line (or
only the heading and the line under it).  The heading may open the line itself (:func:`about_line`: "About Kestrel
Aid: Kestrel Aid is a non-profit ...", "About North Coast Power & Light: NCPL supplies electricity to ...").

A commentary site puts its writer's disclosure and its partners above or below the piece (:func:`disclosures`):
"Disclosure statement" / "Ada Vell has received funding from the Kestrel Research Council." / "Partners" /
"Kestrel University provides funding as a member of The Review UK." The lines under such a heading are the
site's; the same words in a story ("The militia has received funding from abroad, officials said.") are under
no such heading, and stay.

A line that only lists names, three or more with a comma between and no verb (:func:`name_lists`: "Velan County
Sheriff's Office, Velan Fire District, Kestrel Highway Patrol, Velan Water & Power." under "Cooperating
Agencies", a broadcast's sign-off "Ada Vell, KNN, Velano."), says nothing; a sentence that names them does.

A wire service's note to the editors who take its copy (:func:`editors_notes`: "ATTENTION EDITORS: The following photos
are part of tonight's Photo Package ...") is said to them, not to any reader.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["about_block", "about_line", "disclosures", "editors_notes", "name_lists", "page_blocks"]

# "About Kestrel Aid", "About Kestrel Aid Inc.:", "About the author"
_ABOUT = re.compile(
    r"[\W_]{0,3}About\s++(?P<name>(?i:the\s++(?:authors?|writers?|contributors?))"
    r"|(?:the\s++)?[A-Z][\w&.'’-]*+(?:\s++(?:[A-Z][\w&.'’-]*+|of|and|for|the|de|&))*+)\s*+:?\s*+$")
_NAME_WORDS = 8  # words of the heading's name, at most
_WRITER = re.compile(r"the (?:authors?|writers?|contributors?)$", re.I)  # "About the author": a bio follows
# what the line under the heading opens on: the name, and what it is ("Kestrel Aid is a ...", "Founded in 1998,
# Kestrel Aid provides ..."); the name's first word is enough ("Kestrel Aid Inc. (NASDAQ: KAID) is ...")
_SAYS_WHAT = (r"\s*+(?:(?:Founded|Established|Headquartered|Based|Since)\b[^,.]{{0,60}},\s++)?(?:The\s++)?{first}\b"
              r"(?:[^.!?]|\.(?! [A-Z])){{0,120}}?\b(?:is|are|was|provides|operates|offers|helps|works|serves|supplies|has been)\b")
_BLOCK_LINES = 25  # filled lines from the heading to the page's end, at most
_LAST_LINES = 3  # ... and with no release's close under it, at most this many (the heading and what the issuer is)
# a release's close under its boilerplate: its contacts, its source line, its end mark ("Media contact:", "SOURCE Kestrel
# Aid", "###", an address); a story's subhead ("About the dam", its story going on) has none
_RELEASE_END = re.compile(r"^\W{0,3}(?:(?:media|press|investor)\s+(?:contacts?|inquiries|enquiries|relations)\b|contacts?\s*:"
                          r"|source\s*:?\s+[A-Z]|###\s*$|for (?:more|further) information\b)|[\w.-]@[\w-]+\.\w", re.I)


# a release's notes for the press under its story ("Notes to editors:", "Note for journalists"): the issuer's boilerplate
_NOTES = re.compile(r"\W{0,3}notes?\s+(?:to|for)\s+(?:editors?|journalists|the media|media)\s*:?\s*$", re.I)


def about_block(lines: list[str]) -> set[int]:
    """The indexes from an issuer's "About <name>" heading (or its "Notes to editors", a release's close under them) to
    the page's end (see the module's note), or none."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for at, k in enumerate(filled[1:-1], start=1):
        if _NOTES.match(lines[k].strip()) and len(filled) - at <= _BLOCK_LINES and any(
                _RELEASE_END.search(lines[j]) for j in filled[at + 1:]):
            return set(range(k, len(lines)))
        m = _ABOUT.match(lines[k].strip())
        if not m or len(m.group("name").split()) > _NAME_WORDS or len(filled) - at > _BLOCK_LINES:
            continue
        name = m.group("name")
        first = re.sub(r"^the\s+", "", name, flags=re.I).split()[0]
        under = lines[filled[at + 1]]
        first = _spelt_out(first, under) or first
        if _WRITER.match(name) or (re.match(_SAYS_WHAT.format(first=re.escape(first)), under) and (
                len(filled) - at <= _LAST_LINES or any(_RELEASE_END.search(lines[j]) for j in filled[at + 2:]))):
            return set(range(k, len(lines)))
    return set()


# the heading and what the issuer is on one line: "About Kestrel Aid: Kestrel Aid is a non-profit ...", "About North Coast
# Power & Light: NCPL serves 560,000 customers ..."
_ABOUT_INLINE = re.compile(r"[\W_]{0,3}About\s++(?P<name>(?:the\s++)?[A-Z][\w&.'’-]*+(?:\s++(?:[A-Z][\w&.'’-]*+|of|and|for|the|de|&))*+)"
                           r"\s*+:\s++(?P<under>\S.*)$")


def about_line(lines: list[str]) -> set[int]:
    """The indexes from an issuer's boilerplate on one line ("About <name>: <name> is ...", its name or the name's initials
    opening what follows the colon) to the page's end, when it is among the page's last lines or a release's close
    follows it; a story's line that opens "About" ("About 200 people: ...", "About the dam: engineers ...") does not."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for at, k in enumerate(filled[1:], start=1):
        m = _ABOUT_INLINE.match(lines[k].strip())
        if not m or len(m.group("name").split()) > _NAME_WORDS or len(filled) - at > _BLOCK_LINES:
            continue
        words = re.sub(r"^the\s+", "", m.group("name"), flags=re.I).split()
        initials = "".join(w[0] for w in words if w[0].isupper())
        if any(re.match(_SAYS_WHAT.format(first=re.escape(first)), m.group("under")) for first in {words[0], initials} if first) and (
                len(filled) - at < _LAST_LINES or any(_RELEASE_END.search(lines[j]) for j in filled[at + 1:])):
            return set(range(k, len(lines)))
    return set()


_INITIALS = re.compile(r"\s*+(?:The\s++)?((?:[A-Z][\w.'’-]*+|&|and|of|for)(?:\s++(?:[A-Z][\w.'’-]*+|&|and|of|for))*+)")


def _spelt_out(name: str, under: str) -> str | None:
    """The first word of the line under an "About <ACRONYM>" heading when that line opens on the name spelt out, the
    initials of its capitalised words the acronym's ("About NCPL" / "North Coast Power & Light serves ..."), else None."""
    if not re.fullmatch(r"[A-Z]{2,8}", name):
        return None
    m = _INITIALS.match(under)
    words = m.group(1).split() if m else []
    initials = "".join(w[0] for w in words if w[0].isupper())
    return words[0] if initials.startswith(name) else None


# a disclosure's heading ("Disclosure statement", "Competing interests"), alone on its line or before the note itself
_DISCLOSURE = re.compile(
    r"[\W_]{0,3}(?:disclosures?(?: statement)?|competing interests?|declarations? of interests?)"
    r"\s*+(?::\s*+(?P<inline>\S)|$)", re.I)
_PARTNERS = re.compile(r"[\W_]{0,3}(?:our )?partners?\s*+:?\s*+$", re.I)
# a partner's line: "Kestrel University provides funding as a member of The Review UK.", "... as a founding partner of ..."
_PARTNER = re.compile(r"[^.!?]{1,120}?\b(?:provides?|provided|gives?) (?:funding|support)\b[^.!?]{0,60}?\b(?:members?|partners?|sponsors?)"
                      r"\b", re.I)
_HEADING = re.compile(r"[^.!?]{1,60}$")  # the next heading ("Partners", the piece's headline): no sentence's end
_UNDER = 3  # partners' lines under their heading, at most (a disclosure is one paragraph)


def disclosures(lines: list[str]) -> set[int]:
    """The indexes of a commentary site's disclosure and partner lines, with their headings (see the module's note)."""
    found: set[int] = set()
    filled = [j for j, line in enumerate(lines) if line.strip()]
    for k, line in enumerate(lines):
        disclosure, partners = _DISCLOSURE.match(line.strip()), _PARTNERS.match(line.strip())
        if not (disclosure or partners):
            continue
        found.add(k)
        if disclosure and disclosure.group("inline"):
            continue  # "Disclosure: Ada Vell owns shares in Kestrel Aid." is the note itself
        at = bisect_right(filled, k)  # (the filled lines under it, found once for the page: not a scan per heading)
        under = filled[at:at + (_UNDER if partners else 1)]
        for j in under:
            if _HEADING.match(lines[j].strip()) or (partners and not _PARTNER.match(lines[j])):
                break
            found.add(j)
    return found


# a line that only names: three or more names in capitals and a comma between, an "and" before the last ("Velan County
# Sheriff's Office, Velan Fire District, Kestrel Highway Patrol and Velan Water & Power."), no verb, no word in lower case
# but a name's own ("of", "and", "the", "for"): a page's list of its partners or cooperating agencies under their heading
_NAME = r"(?:[A-Z][\w.'’&-]*+(?:\s++(?:[A-Z][\w.'’&-]*+|of|and|for|the|de|du|&)(?=\s|[,.]|$))*+)"
_NAMES = re.compile(rf"[\W_]{{0,3}}{_NAME}(?:,\s++(?:and\s++|&\s++)?{_NAME}){{2,}}\.?\s*+")  # (three names at least)


def name_lists(lines: list[str]) -> set[int]:
    """The indexes of the lines that are only a list of names (see ``_NAMES``)."""
    return {k for k, line in enumerate(lines) if "," in line and _NAMES.fullmatch(line.strip())}


# a wire service's note to the editors who take its copy, on a line of its own ("ATTENTION EDITORS: The following photos
# are part of tonight's Photo Package ...", "EDITORS: This story moved earlier as ...", "EDs: Moving in (w) Washington
# ..."): never news, nor its reader's
_TO_EDITORS = re.compile(r"\W{0,3}(?:(?i:attention|attn\.?|note to|notice to|for)\s+(?i:editors?)|EDITORS?|E[Dd][Ss]\.?(?:\s+(?i:note))?)"
                         r"\s*:")
# a story's entry in a wire service's budget, the list of the stories it will move that it sends to its subscribers'
# editors: the story's slug in capitals, its dateline or "(Undated)", then what the story says ("CUBA-ELIAN _ MIAMI _ As
# both sides ... await a ruling, the mayor of Miami flies to Washington ... (Lee/Roe, Kestrel News Service). 30.",
# "DAM-FISH (Undated) _ A panel of scientists says ..."); a story's dateline is a place, never two words joined so
_SLUG = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)+(?:\s+\((?i:undated)\))?\s+(?:_|—|--)\s")  # (its "_" a dash once read: text/repair)
# ... and what only a budget says of itself and its stories' moving, in its own words and case ("at the end of this
# budget", "Spot news budgets move daily ...", "(Story will move in the ``a'' category.)", "(Jo Lee, Kestrel News Service)
# MOVED", "EDs: Moving in ..."; not a story's "this budget", "will move in the coming weeks")
_BUDGET_SAYS = re.compile(r"\b(?:(?:end|top) of this budget|budgets move daily|Story (?:will move|has moved) in the|MOVED|"
                          r"EDs?: Moving in)\b")


def editors_notes(lines: list[str]) -> set[int]:
    """The indexes of the lines that are a wire service's note to the editors who take its copy, or every line of a page
    that is its budget: two entries or more and a budget's word on itself or its stories' moving (with its notes on when
    budgets move, its section headings, its writers' credits: a budget lists stories to come and summarises them in a
    listing's present tense, "the mayor flies to Washington", or cuts them off mid-word; none of it is a report).  Slugs
    alone are none: a story's related stories, its write-through under a hyphenated town's dateline ("AL-KUT _ ..."), a
    live page's topic labels ("COVID-19 — ...") have their shape."""
    if sum(1 for line in lines if _SLUG.match(line)) > 1 and any(_BUDGET_SAYS.search(line) for line in lines):
        return set(range(len(lines)))
    return {k for k, line in enumerate(lines) if _TO_EDITORS.match(line)}


def page_blocks(lines: list[str]) -> set[int]:
    """The indexes of every line of the page's standing blocks: an issuer's boilerplate, a site's disclosures, a list of
    names, a wire service's notes to editors."""
    return about_block(lines) | about_line(lines) | disclosures(lines) | name_lists(lines) | editors_notes(lines)
