"""Small tests of English grammar the seam rules of :mod:`briefbot.text.seams` share (pure): a
finite verb, whether a word governs the capitalised word after it, whether a verb's object follows
it or is missing (a relative clause with "that" left out)."""

from __future__ import annotations

import re

from briefbot.text.dates import CALENDAR_WORDS
from briefbot.text.seamwords import GOVERNING, SAYS

__all__ = ["AUXILIARY", "BEFORE_WHEN", "FINITE", "HELPERS", "HELPING", "PUNCT", "by", "closed", "norm", "object_missing",
           "wants_object"]

PUNCT = "\"'“”‘’`(),.;:!?"


def norm(token: str) -> str:
    """A token as a word to compare: no punctuation around it, lower case, no possessive's "'s"."""
    word = token.strip(PUNCT).lower()
    return word[:-2] if word.endswith(("'s", "’s")) else word


# a finite verb: the story's own clause ("BP has replaced ...", "Kenneth Feinberg pledged ...")
# the verbs that help another or stand for one ("has", "was", "will", ...)
HELPERS = "has|have|had|is|are|was|were|will|would|could|can|may|might|must|should"
FINITE = re.compile(rf"(?:{HELPERS}|says|said|say|"
                    r"warns|plans|hopes|faces|wants|calls|urges|claims|denies|admits|insists|expects|appears|seems|remains|"
                    r"[a-z]{2,}ed)")
# a verb that makes a clause finite wherever it stands ("... has been", "... were lining up", "... says")
AUXILIARY = re.compile(rf"(?:{HELPERS}|says|said|say|suggests|shows)")
HELPING = frozenset(HELPERS.split("|")) | {"be", "been", "being"}


def wants_object(before: list[str]) -> bool:
    """Whether the last of the words ``before`` a seam (as written) governs the capitalised word
    after it: a preposition, a number, a word in -ing ("the leaking", "the visiting"), a verb after
    "to" ("to visit", "to formally suspend"), a possessive ("al-Assad's")."""
    words = [norm(word) for word in before[-3:]]
    last = words[-1]
    return (last in GOVERNING or (last.endswith("ing") and "-" not in last) or last[:1].isdigit()
            or before[-1].endswith(("'s", "’s")) or words[-2:-1] == ["to"]
            or (words[-3:-2] == ["to"] and words[-2].endswith("ly")))


def closed(words: list[str]) -> bool:
    """Whether the clause a subordinating word opens has its finite verb among ``words`` (up to the
    seam): "... is shut after pupils there tested positive The World Health Organization says ..."
    ends there, while "... said when the regulator Ofgem had ..." runs on into the name."""
    return len(words) >= 2 and any(FINITE.fullmatch(w) for w in words[1:])


# after a verb, words that show its object is missing: the clause is a relative one with "that" left
# out ("the bill Congress passed last year", "the plan Obama had proposed in February", "the cars Jo
# Lee had found were ...", "a market Afghan officials said on Sunday, ..."), not a story's own start
_WHEN = frozenset({"last", "this", "next", "earlier", "later", "yesterday", "today", "tonight", "overnight"}) | CALENDAR_WORDS
BEFORE_WHEN = frozenset({"in", "on", "at", "for", "from", "during", "since", "until", "by", "over", "within"})
_SPANS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "decade", "decades"})


def by(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the word at ``i`` is a participle before its agent ("... its ally Velan sparked by ...")."""
    return i + 1 < len(tokens) and norm(tokens[i + 1].group()) == "by"


def object_missing(tokens: list[re.Match[str]], words: list[str], verb: int) -> bool:
    """Whether the verb group at ``verb`` (its helping verbs and the verb after them) ends its clause,
    as a relative clause's verb does: a comma, a time ("last year", "in February", "for weeks") or
    another verb ("... had found were prone") follows it, or a reporting verb has no clause after it
    ("... officials said on Sunday")."""
    while verb + 1 < len(words) and words[verb] in HELPING and words[verb + 1][:1].islower():
        if tokens[verb].group()[-1:] in ",;:":
            return True
        verb += 1  # "had proposed", "has been"
    if tokens[verb].group()[-1:] in ",;:" or verb + 1 >= len(words):
        return True
    after, then = words[verb + 1], words[verb + 2] if verb + 2 < len(words) else ""
    timed = after in BEFORE_WHEN and (then in _WHEN or then in _SPANS or then[:1].isdigit())
    return after in _WHEN or after in HELPING or timed or (after in BEFORE_WHEN and bool(SAYS.fullmatch(words[verb])))
