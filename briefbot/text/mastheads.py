"""What a page shows above its headline (pure): the masthead's lines, and the headline under them.

A page copied whole starts with what stands over its headline: the site's name ("The Velano Post",
known by the page's address, ``velanopost.com``), a short link to the page ("https://vp.st/x7k"),
the section's kicker or breadcrumb ("World", "Asia/Pacific", "World News", "Velano"), an issuer's
name and its press office's labels over a release ("Ministry of Transport of the Republic of Ostravia",
"Press release No. 31/2024", "Velano, 4 March 2024"), a banner on the page's age ("This article is
more than 2 days old").  None of them is the headline, which is the first line under them that reads
as one.  A kicker is told by its shape alone (one to three capitalised words, no digits, no sentence's
end; two or three end on a section's word, "World News", "Middle East"), so a page whose only masthead
lines are kickers needs a longer headline under them (see :func:`page_headline`); a short headline in
Title Case over a longer standfirst ("Kovalen Resigns") stays the title.  A byline glued to a headline's end and a
wire's slug glued to its start ("UPDATE 2-Velano dam holds", "REFILE-...") are not the title's (:func:`unglued`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefbot.text.clean import BYLINE, is_furniture_line
from briefbot.text.datelines import BARE_STAMP, LABEL_WORD
from briefbot.text.notes import promotions

__all__ = ["TOP_LINES", "headline_over_byline", "page_headline", "reads_as_headline", "unglued", "without_slug"]

TOP_LINES = 8  # masthead lines read above a headline at most
HEADLINE_WORDS = 20
MASTHEAD_CHARS = 120  # a masthead's line is at most this long
KICKER_WORDS = 3  # a kicker's words at most ("Middle East News"); a breadcrumb's parts at most 4 ("News/World/Asia/Pacific")
_LONGER = 4  # a headline under kickers alone has at least this many words, and more than the longest kicker

# a short link alone on a line: "https://vp.st/x7k", "www.velanopost.com/p/3012"
_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# an issuer's name: a public body's kind, then what it is of or for, in capitals ("Ministry of Transport of the Republic
# of Ostravia", "Department for Water", "Velano Regional Police"), and nothing else; each "of" opens a part, so it is linear
_BODY = (r"(?:Ministry|Department|Office|Embassy|Consulate|Agency|Authority|Commission|Council|Bureau|Secretariat|"
         r"Directorate|Government|Police|Prefecture|Presidency|Municipality|Administration|Inspectorate)")
_CAPITALISED = r"[A-Z][\w'’.-]*"
_ISSUER = re.compile(
    rf"^(?:The\s+)?(?:{_CAPITALISED}\s+){{0,3}}{_BODY}"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:and\s+|&\s+)?{_CAPITALISED}){{0,3}})*$")
# a press office's label over its release: "Press release No. 31/2024", "Media statement", "For immediate release"
_RELEASE_LABEL = re.compile(
    r"^(?:(?:press|news|media)\s+(?:release|statement|advisory|briefing|note|information)\b|for immediate release\b)"
    r"(?:\s+(?:No|Nr)\.)?[^.!?]{0,30}$", re.I)
# a release's place and day: "Velano, 4 March 2024", "Port Esk, March 4, 2024"
_PLACE_DATE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?P<when>\S.{4,40})$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the page's time in numbers under its name: "12.03.2025, 19:40 Uhr", "03/12/2025 7:40 PM"
_STAMP = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?:,?\s*\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Za-z]{1,4}))?)?$", re.I)
# a kicker's or a breadcrumb's word: capitalised, of letters, with "&", "and", "of" between ("Life & Style", "Middle East")
_KICKER_PART = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?|&|and|of")
_BREADCRUMB = re.compile(r"\s*[/›»|>]\s*")


def reads_as_headline(line: str) -> bool:
    """Whether ``line`` has a headline's shape: 1-20 words, capitalised, no closing full stop, comma, semicolon or colon;
    after a quote's opening mark too ("'Finally': families react to verdict"), where the quoted words may not end before
    their closing mark (a quoted sentence, "“We will rebuild.”", is the story's)."""
    bare = line.lstrip("‘“'\"")
    ends = (".", ",", ";", ":")
    return (0 < len(line.split()) <= HEADLINE_WORDS and len(line) <= 160 and not line.endswith(ends)
            and not (bare != line and bare.rstrip("’”'\"").endswith(ends)) and bare[:1].isupper())


def headline_over_byline(line: str, rest: str) -> bool:
    """Whether ``line``, a page's first, is its headline because the writer's byline is the next line: a headline may end
    on a full stop ("Analysis: The warnings saved lives. The sea walls did not." / "By Jo Lee, The Velano Post"), which
    :func:`reads_as_headline` alone takes for a sentence of the story; no story's sentence stands over its byline."""
    below = next((r.strip() for r in rest.split("\n") if r.strip()), "")
    return reads_as_headline(line.removesuffix(".")) and bool(BYLINE.match(below))


def page_headline(text: str, url: str | None = None) -> tuple[str, str] | None:
    """The headline under the masthead that ``text`` (one paragraph a line) starts with, as written (a wire's slug still
    on it: :func:`unglued` cuts it), and the text after it; None when it starts with no masthead line or no headline
    follows them (see the module's note).  The masthead's lines are no story: they go with the headline."""
    lines = text.split("\n")
    site, kickers, other = _site_words(url), 0, False
    for k, line in enumerate(lines[:TOP_LINES + 1]):
        stripped = line.strip()
        if not stripped:
            continue
        words, short = len(stripped.split()), len(stripped) <= MASTHEAD_CHARS  # (a long line is no masthead's)
        if short and _kicker(stripped) and not _site_name(stripped, site):
            kickers = max(kickers, words)
        elif short and _masthead(stripped, site):
            other = True
        elif (kickers or other) and not is_furniture_line(stripped):
            rest = "\n".join(lines[k + 1:]).strip()
            fits = reads_as_headline(stripped)  # (it reads a quote's opening mark itself: "‘We ...’: families ...")
            fits = fits and bool(rest) and (other or words >= max(_LONGER, kickers + 1))
            return (stripped, rest) if fits else None  # (as written: the caller reads its slug's label, then cuts it)
        elif not (kickers or other):
            return None
    return None


def _masthead(line: str, site: frozenset[str]) -> bool:
    """Whether ``line`` is one of a masthead's lines other than a kicker."""
    if (_LINK.match(line) or (_ISSUER.match(line) and not _TITLE_CASE.search(line)) or _RELEASE_LABEL.match(line)
            or _site_name(line, site) or _STAMP.match(line)):
        return True
    place_date = _PLACE_DATE.match(line)
    if place_date and _YEAR.search(place_date.group("when")) and BARE_STAMP.match(place_date.group("when")):
        return True
    return len(line.split()) <= 12 and bool(promotions([line]))  # a banner: "This article is more than 2 days old"


def _kicker(line: str) -> bool:
    """Whether ``line`` has a section kicker's or a breadcrumb's shape ("World", "World News", "Asia/Pacific")."""
    parts = _BREADCRUMB.split(line)
    if len(parts) > KICKER_WORDS + 1 or len(line.split()) > KICKER_WORDS:
        return False
    words = [w for part in parts for w in part.split()]
    if len(parts) == 1 and len(words) > 1 and words[-1].lower() not in _SECTIONS:
        return False  # two or three words are a section's ("World News") or a headline's ("Kovalen Resigns")
    return all(_KICKER_PART.fullmatch(w) for w in words) and all(p[:1].isupper() for p in parts) and (
        all(w[:1].isupper() or w in {"&", "and", "of"} for w in words))


# the last word of a kicker of two or three words: a section's ("World News", "Middle East", "Life & Style")
_SECTIONS = frozenset({"news", "politics", "world", "business", "sport", "sports", "opinion", "affairs", "style", "culture",
                       "science", "health", "tech", "technology", "money", "economy", "markets", "europe", "asia", "africa",
                       "americas", "america", "pacific", "east", "west", "abroad", "nation", "national", "international",
                       "local", "region", "regions", "latest", "analysis", "features", "environment", "climate", "travel",
                       "arts", "entertainment", "edition", "desk", "stories"})
# a headline in Title Case has its verbs' and prepositions' capitals ("Thousands March Against Police"): no issuer's name
_TITLE_CASE = re.compile(r"\s(?:Against|To|In|On|At|With|Over|After|From|By|As|Into|Amid|Says|Calls|Warns|Votes|March|Marches)\s")


def _site_words(url: str | None) -> frozenset[str]:
    """The names of a page's site in its address's host ("www.velanopost.com": "velanopost")."""
    host = urlsplit(url).hostname if url and "://" in url else None
    return frozenset(label for label in (host or "").split(".") if len(label) >= 4 and label != "www")


def _site_name(line: str, site: frozenset[str]) -> bool:
    """Whether ``line`` is the site's name as its address writes it: "The Velano Post" at ``thevelanopost.com`` or
    ``velanopost.com``, "Velano Post" at ``velanopost.com`` (its words run together, in lower case), an edition of
    it ("Velano Zeitung – English Edition" at ``velanozeitung.com``), the name with one more word than the address
    ("Velano Record-Courier" at ``velanorecord.com``), or its initials ("Kestrel Water & Power" at ``kwp.com``)."""
    squashed = re.sub(r"[^a-z0-9]", "", line.lower())
    named = squashed.removeprefix("the")
    if not site or len(line.split()) > 6:
        return False
    if squashed in site or named in site or (bool(_EDITION.search(line)) and any(named.startswith(s) for s in site)):
        return True
    words = [w for w in re.split(r"[\s/-]+", line) if w and w.lower() != "the"]
    run = "".join(re.sub(r"[^a-z0-9]", "", w.lower()) for w in words[:-1])
    initials = "".join(w[0].lower() for w in words if w[:1].isupper())  # (the address's names have four letters or more)
    return (len(words) >= 3 and run in site) or initials in site


_EDITION = re.compile(r"\b(?:edition|international|online|digital)\s*$", re.I)
# a byline a page's copy glued to the end of its headline: "Cost of the rescue rises, ministry admitsBy Jo Lee and Ann
# Poe", "... fallBy Jo Lee, Political Editor" (a capital "By" right after a lower-case letter, then names)
_GLUED_BY = re.compile(r"(?<=[a-z.!?’”'\"])By\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}(?:,\s*[^,]{1,40})?$")


# a wire's slug glued to a headline's start, its label in capitals and its version's number, then a hyphen: "UPDATE 2-Velano
# dam holds", "REFILE-...", "CORRECTED-UPDATE 1-...", "EXCLUSIVE-..." (the page labels of datelines' COLON_LINE, and
# the wires' own); a name joined to another is the headline's ("NATO-Russia talks stall", "COVID-19 cases rise")
_SLUG = re.compile(rf"^(?:(?:{LABEL_WORD}|REFILE|RPT|WRAPUP|INSIGHT|FOCUS|PREVIEW|BREAKINGVIEWS)(?: \d{{1,2}})?-)+(?=[A-Z0-9\"“‘'])")


_LOWER = re.compile(r"[a-z]")  # (a headline with none is all in capitals)


def without_slug(headline: str) -> str:
    """``headline`` without a wire's slug glued to its start (``_SLUG``), as a sources list shows it; a headline all in
    capitals keeps its first word ("LIVE-FIRE DRILLS RESUME NEAR THE BORDER": no slug can be told from a word there)."""
    slug = _SLUG.match(headline) if _LOWER.search(headline) else None
    return headline[slug.end():] if slug and slug.end() < len(headline) else headline


def unglued(headline: str) -> str:
    """``headline`` without a byline glued to its end (see ``_GLUED_BY``) or a wire's slug glued to its start (``_SLUG``)."""
    m = _GLUED_BY.search(headline)
    return without_slug(headline[:m.start()].rstrip() if m and m.start() > 0 else headline)
