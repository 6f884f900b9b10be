"""The words a brief quotes for a figure (pure): its count's own words and the scope that follows them.

A count's words ("3,200 athletes", "74 wounded") are what a label reads, and a label keeps no scope: which athletes, which
week.  The quote beside the figure is where a reader sees it, so it runs on over the phrases that say the count's scope
right after it, up to the next clause, verb, number, or punctuation: "3,200 athletes in high schools in Oregon", "at
least 20 anabolic steroids prohibited by the International Olympic Committee", "74 wounded in the past week", "428 acute
respiratory infections among tourists".  A verbatim piece of the sentence, as the count's words are; no day ("on
Sunday"), no other count's number, no clause.
"""

from __future__ import annotations

import re

__all__ = ["quoted_words"]

MAX_WORDS = 10  # words of scope after the count's own, at most
MAX_CHARS = 80
_PREPOSITION = r"(?:in|at|among|across|inside|outside|near|throughout|from|of|with|under|during|into)"
_STOP = (r"(?:said|says|say|told|were|was|are|is|be|been|being|have|has|had|will|would|could|can|may|might|must|should|did|"
         r"do|does|and|but|or|nor|while|as|because|who|whom|which|that|whose|when|where|after|before|since|to|than|if|"
         r"according|including|whereas|so|yet|though|although|between|by|for|against|about|within|through|toward|towards|amid|"
         r"on|off|up|down|out|over|now|then|also|still|already|last|this|next|Monday|Tuesday|Wednesday|Thursday|Friday|"
         r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
_TRAILING = re.compile(rf"(?:\s+(?:{_PREPOSITION}|the|a|an|its|their|his|her))+$")
# a phrase of scope: a preposition's (after a participle of its own: "prohibited by", "infected with"), its words up to a
# stop word, punctuation or another count's number
_SCOPE = re.compile(rf"(?:\s+[a-z]+ed\s+(?:by|with|in|at|from|for|on))?(?:\s+{_PREPOSITION})?"
                    rf"(?:\s+(?!{_STOP}\b)[\w'’&-]+)")
_OPENS = re.compile(rf"\s+(?:{_PREPOSITION}\b|[a-z]+ed\s+(?:by|with|in|at|from|for|on)\b)")


def quoted_words(sentence: str, start: int, end: int) -> str:
    """``sentence[start:end]`` (a count's words) and the phrases of its scope after them (see the module)."""
    if not _OPENS.match(sentence, end):
        return sentence[start:end]
    at, words = end, 0
    while (m := _SCOPE.match(sentence, at)) is not None:
        piece = m.group(0)
        n = len(piece.split())
        if words + n > MAX_WORDS or m.end() - end > MAX_CHARS or re.search(r"\d", piece):
            break  # (another count's number)
        at, words = m.end(), words + n
    scope = _TRAILING.sub("", sentence[end:at])  # (no phrase left open: "in the early hours of")
    return sentence[start:end] + scope
