"""Whose words an article is (pure): one party's own, not a reporter's account of what happened.

A column, an editorial, a reader's letter, a party's statement or a press release says what its
writer holds or wants said.  One of its sentences quoted alone reads as a fact of the story ("The
board should have patched the servers the day the fix came out.", from a column; "The jury has been
tainted.", from a defence lawyer's statement), so a brief marks such a point with the kind of page
it quotes (:func:`own_words`): "(opinion)", "(statement of Jo Lee)".  The kind is read from what the
page says it is, never from a list of outlets:

* its headline's label: "Opinion: ...", "Comment: ...", "Column: ...", "Op-ed: ...", "Editorial:
  ...", "Letters: ...", "Press release: ...", "Review: ...", "Book review: ...", "Analysis: ..." and "News analysis: ..." (a journalist's
  reading of the news, not news: "(analysis)"), or the same label after a bar at the headline's end
  ("... | Opinion"), or in capitals before a hyphen, as wires label ("ANALYSIS-Why the dam failed");
* a headline that is a statement's own, naming who makes it ("Statement of Jo Lee, counsel for Ann
  Poe", "Statement by the Velan Water Board on the dam", "Statement of the Kestrel Front (unofficial
  translation)", "Preliminary statement of the Kestrel Observer Mission"); a news headline about a statement goes
  on with its verb after the name ("Statement by Lee angers the board"), and is none;
* on a page whose address's section is a body's statements (``/statements/``, ``/statement/``), a headline that
  names who makes it before the word ("KOM statement on the certification of results": "statement of KOM"), or
  none ("statement");
* its address's section: ``/opinion/``, ``/opinions/``, ``/commentisfree/``, ``/comment/``,
  ``/editorial/``, ``/editorials/``, ``/op-ed/``, ``/letters/``, ``/press-releases/``, ``/press/``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["VIEWS", "own_words"]

VIEWS = frozenset({"opinion", "editorial", "letter", "review"})  # the kinds that are one party's view, not a report

# a headline's label and the kind it names
_KINDS = {"analysis": "analysis", "news analysis": "analysis",
          "opinion": "opinion", "comment": "opinion", "commentary": "opinion", "column": "opinion", "op-ed": "opinion",
          "oped": "opinion", "viewpoint": "opinion", "editorial": "editorial", "letter": "letter", "letters": "letter",
          "letters to the editor": "letter", "letter to the editor": "letter", "press release": "press release",
          "review": "review", "book review": "review", "factbox": "factbox", "fact box": "factbox"}  # (a factbox: background)
_LABELS = "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True))
_LABEL_FIRST = re.compile(rf"^\s*({_LABELS})\s*(?::|\||[–—]|\s-)\s*\S", re.I)
_LABEL_LAST = re.compile(rf"\S\s*\|\s*({_LABELS})\s*$", re.I)
# "ANALYSIS-Why ..." (in capitals: see own_words; after a version's slugs too, "UPDATE 2-ANALYSIS-..."), over a headline in
# lower case: "OPINION-POLL SHOWS PM TRAILING" is no label
_CAPS_LABEL = re.compile(rf"^\s*(?:(?:UPDATE|CORRECTED|REFILE|RPT)(?: \d{{1,2}})?-)*((?i:{_LABELS}))-(?=[A-Z\"“‘'])(?=.*[a-z])")
# a statement's own headline: who makes it, a name in capitals (with "the"), then nothing, an apposition after a
# comma, what it is about ("on ...", "regarding ...") or a note in brackets that ends it ("... (unofficial translation)")
_NAME = r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:(?:of|and|&)\s+(?:the\s+)?|the\s+)?[A-Z][\w.'’&-]*)*"  # ("... Council of the ... Front")
# ... or described, in lower case, by whose they are ("the defence team of Ivo Darrel", "lawyers for Ann Poe", "the family of
# Jo Lee")
_DESCRIBED = rf"(?:the\s+)?(?:[a-z][\w'’-]*\s+){{1,3}}(?:of|for)\s+{_NAME}"
_STATEMENT = re.compile(
    rf"^\s*(?:[A-Z][a-z]+\s+)?[Ss]tatement\s+(?:of|by|from)\s+({_NAME}|{_DESCRIBED})\s*"
    rf"(?:$|[,:;]|\([^()]*\)\s*$|\s+(?:on|regarding|about|in)\s)")
# an address's section that holds a party's own words
_SECTIONS = {"opinion": "opinion", "opinions": "opinion", "commentisfree": "opinion", "comment": "opinion",
             "op-ed": "opinion", "oped": "opinion", "editorial": "editorial", "editorials": "editorial",
             "letters": "letter", "press-releases": "press release", "press-release": "press release",
             "pressreleases": "press release", "press": "press release", "statements": "statement", "statement": "statement"}
# a statement page's headline naming who makes it first: "KOM statement on ...", "The Kestrel Front's statement"
# (not a word that tells the statement's kind: "Joint statement on ...", "Preliminary statement", "Press statement")
_KIND_OF_STATEMENT = (r"(?:Joint|Preliminary|Press|Media|News|Updated|Revised|Final|Full|Official|Initial|Further|Second|Third|"
                      r"Closing|Opening|Public|Written|Formal|New|Latest|Short|Brief|Interim|Draft)\s+statement\b")
_NAMED_FIRST = re.compile(rf"^\s*(?!{_KIND_OF_STATEMENT})({_NAME}?)(?:['’]s)?\s+(?:[a-z]+\s+)?statement\b(?!\s+(?:of|by|from)\b)")


def own_words(title: str | None, url: str | None, text: str = "") -> str:
    """What kind of one party's own words an article with this headline and address is ("opinion",
    "editorial", "letter", "press release", "statement of Jo Lee"), or "" for a reported one; a statement's maker
    named by its initials is named in full as the article's ``text`` spells them out ("statement of the Kestrel
    Observer Mission" for "KOM statement on ...")."""
    head = " ".join((title or "").split())
    statement = _STATEMENT.match(head)
    if statement:
        return f"statement of {_spelt_out(statement.group(1), text)}"
    caps = _CAPS_LABEL.match(head)
    label = _LABEL_FIRST.match(head) or _LABEL_LAST.search(head) or (caps if caps and caps.group(1).isupper() else None)
    if label:
        return _KINDS[" ".join(label.group(1).lower().split())]
    section = _section(url)
    named = _NAMED_FIRST.match(head) if section == "statement" else None
    maker = re.sub(r"^The\s+", "the ", re.sub(r"['’]s$", "", named.group(1))) if named else ""  # ("The Front's": "the Front")
    return f"statement of {_spelt_out(maker, text)}" if named else section


def _spelt_out(name: str, text: str) -> str:
    """``name`` in full when it is initials ("KOM") that the capitalised words of a name in ``text`` begin with
    ("the Kestrel Observer Mission"; "of", "and", "the" inside it no initials), else ``name``."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return name
    words = r"\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?".join(rf"{c}[a-z]+" for c in name)
    full = re.search(rf"\b(?:(the|The)\s+)?({words})\b", text)
    return f"the {full.group(2)}" if full and full.group(1) else full.group(2) if full else name


def _section(url: str | None) -> str:
    """The kind a section of ``url``'s path names (any folder but the page's own last part), or ""."""
    if not url:
        return ""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return ""
    folders = [p.lower() for p in path.split("/")[1:-1]]
    return next((_SECTIONS[f] for f in folders if f in _SECTIONS), "")
