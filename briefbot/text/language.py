"""Whether a page is written in English (pure): the brief's language, and the only one its stemmer, stop words and
rules read.

A feed or a folder may carry a page in another language, or one saved in ASCII with its accents stripped ("Ch ng c m n y
tuy c c t nh kh ng cao ..."): quoted as a point, a line of it tells an English reader nothing. English prose is held
together by its function words ("the", "of", "and", "was", "that", "we", ...): over a page, about a quarter of its words
or more (the dev set's English pages: 0.13 at the least, a Xinhua table of index values; most 0.3 to 0.5); a page in
another language has next to none (its six such pages: 0.002 to 0.014). A page of at least :data:`MIN_WORDS` words of
which fewer than :data:`FOREIGN_SHARE` are English function words is another language's (:func:`foreign`), its words
counted in any script. A sentence alone is too short to tell: "Housing advocates Monday applauded Kerry's housing trust
fund proposal." has none. What the share does not tell: a German or a Dutch page shares enough short words with English
("in", "was", "an") to pass, and a terse English list of dates and headlines of 30 words with no function word would
not (none in the dev set comes near: 0.13 at the least).
"""

from __future__ import annotations

import re

from briefbot.text.told import Told

__all__ = ["FOREIGN_SHARE", "MIN_WORDS", "foreign", "told_foreign"]

FOREIGN_SHARE = 0.03
MIN_WORDS = 30  # a shorter text may be a list of names, a table's row
_WORD = re.compile(r"[^\W\d_]+")  # letters of any script: a Russian or a Greek page's words count too
# the commonest English function words (not "a" or "I": a stripped page's single letters)
_FUNCTION_WORDS = frozenset([
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by", "at", "from", "it", "he", "she",
    "his", "her", "be", "are", "were", "has", "have", "had", "said", "will", "an", "or", "not", "this", "they", "who",
    "which", "but", "its", "their", "after", "been", "would", "than", "we", "you", "our", "your", "my", "me", "us", "them",
    "there", "what", "when", "how", "so", "if", "no", "all", "can", "do", "did", "up", "out", "about", "into", "over",
    "these", "those", "him", "one", "more", "also", "some", "any", "just", "now", "then",
])


def foreign(text: str) -> bool:
    """Whether a page's ``text`` is another language's: :data:`MIN_WORDS` words or more, English function words fewer
    than :data:`FOREIGN_SHARE` of them."""
    known = told_foreign.get(text)
    if known is not None:
        return known
    words = _WORD.findall(text)
    found = len(words) >= MIN_WORDS and sum(w.lower() in _FUNCTION_WORDS for w in words) < FOREIGN_SHARE * len(words)
    told_foreign.tell(text, found)  # (asked again of the article when its analysis is kept)
    return found


told_foreign: Told[str, bool] = Told(4_096)  # an article's answer: kept from an earlier run (see briefbot.brief.analysis), or this run's
