"""The words a brief quotes for a figure (pure): its count's own words and the scope that follows them.

A count's words ("3,200 athletes", "74 wounded") are what a label reads, and a label keeps no scope: which athletes, which
week.  The quote beside the figure is where a reader sees it, so it runs on over the phrases that say the count's scope
right after it, up to punctuation, a verb or a clause, another phrase's preposition, or a day: "3,200 athletes in high
schools in Oregon", "at least 20 anabolic steroids prohibited by the International Olympic Committee", "74 wounded in
the past week", "428 acute respiratory infections among tourists".  A verbatim piece of the sentence, as the count's
words are; no day ("on Sunday").  A scope a number, a list, a clause of its own or the word limit would cut, or one left
open, is not shown at all ("in the past 24 hours", "in Ohio, Indiana and Michigan", "aged over 60"): a shorter one
would narrow what the count counts.
"""

from __future__ import annotations

import re

from briefbot.brief.figures.lexicon import NUMBER_WORDS
from briefbot.text.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from briefbot.text.pastforms import past_form

__all__ = ["quoted_words"]

MAX_WORDS = 10  # words of scope after the count's own, at most
MAX_CHARS = 80
_PREPOSITION = r"(?:in|at|among|across|inside|outside|near|throughout|from|of|with|under|during|into)"
_TIME = (r"(?:yesterday|today|tonight|tomorrow|overnight|now|then|earlier|later|early|late|last|this|next|weekend|morning|"
         rf"ago|midnight|dawn|noon|daybreak|just|shortly|around|\w+day['’]s|afternoon|evening|night|{WEEKDAY_NAMES}|"
         rf"{MONTH_NAMES}|{MONTH_ABBREVIATIONS})")
# where a scope may end, whole: a verb or a clause's start, a preposition of another phrase, a day or a time
_CLOSE = (rf"(?:said|says|say|told|were|was|are|is|be|been|have|has|had|will|would|could|can|may|might|must|should|did|"
          rf"do|does|but|while|as|because|who|whom|which|that|whose|when|where|after|before|since|to|if|according|including|"
          rf"whereas|though|although|on|at|by|for|from|between|during|through|against|within|amid|over|{_TIME})")
# a scope opens on a preposition, or on a participle of its own and its preposition ("prohibited by", "infected with"),
# and is read word by word
_PARTICIPLE = r"[a-z]+ed\s+(?:by|with|in|at|from|for|on|of|to)"
_WORD = re.compile(r"\s+([\w'’&-]+)")
_CUT = frozenset({"and", "or", "than", "what", "further"})  # words a scope would be cut at, not end on
_OPENS = re.compile(rf"\s+(?:{_PREPOSITION}\b|{_PARTICIPLE}\b)")
_LEFT_OPEN = re.compile(rf"(?:\s+(?:{_PREPOSITION}|the|a|an|its|their|his|her|some|other|not|no))+$")
# a scope's end the next words complete: "aged over 60", "unrelated to", "hit by", "in Kiro a day after", "hours after"
_OPEN_END = re.compile(r"(?:\w+ed|hit|addition|due|prior|next|close|similar|up|"
                       r"(?<!past )(?<!last )(?<!previous )(?<!coming )(?<!first )(?:days?|hours?|weeks?|months?|years?))$")
# a count's word ("freed five of them"): the number reader's words, their plurals ("dozens"), and vague counts
_NUMBER_WORDS = frozenset(NUMBER_WORDS) | {f"{w}s" for w in NUMBER_WORDS} | {"several", "many", "few"}
# a list the scope's last word begins ("in Ohio, Indiana and Michigan", "in Kiro, the provincial capital, and ..."), unless
# a verb follows "and" close by, a clause of its own ("and two were missing"); not ", the agency said"
_A_LIST = re.compile(r",\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|\band\b|\bor\b)|,[^,;.]{1,40},\s*(?:and|or)\b|"
                     r",\s*(?:\S+\s+){1,3}(?:and|or)\b|"
                     r"\s+(?:and|or)\s+(?!(?:\S+\s+){0,2}(?:were|was|are|is|have|has|had|remain|remained)\b)")


def quoted_words(sentence: str, start: int, end: int) -> str:
    """``sentence[start:end]`` (a count's words) and the phrases of its scope after them (see the module): only a scope
    that ends whole, at punctuation, a verb or a clause's start, another phrase's preposition, a day or a time; none that
    a number, a list or the word limit would cut ("in the past 24 hours", "in Ohio, Indiana and Michigan")."""
    opens = _OPENS.match(sentence, end)
    if opens is None:
        return sentence[start:end]
    at = opens.end()
    for n in range(MAX_WORDS + 1):
        rest = sentence[at:]
        if not rest.strip() or re.match(r"\s*[,;:.!?)\]\"”]", rest):
            break  # (punctuation or the sentence's end: whole, unless a list goes on)
        word = _WORD.match(sentence, at)
        if word is None:
            return sentence[start:end]  # (a character no word is made of)
        if re.match(rf"\s+{_PARTICIPLE}", sentence[at:]):
            return sentence[start:end]  # (a clause of its own after the scope's noun: "in an attack authorities blamed on")
        if re.fullmatch(_CLOSE, word.group(1)) or (past_form(word.group(1)) and not word.group(1).endswith("ed")) or (
                word.group(1) in ("and", "or") and not _A_LIST.match(sentence, at)):
            break  # (a clause, another phrase, a day: "in Kessary on Sunday", "in a nightclub broke out", "... and two were")
        if n == MAX_WORDS or re.search(r"\d", word.group(1)) or word.group(1).lower() in _NUMBER_WORDS or (
                word.end() - end > MAX_CHARS) or word.group(1) in _CUT:
            return sentence[start:end]  # (cut by a number, a list, a comparison or the limit: no scope)
        at = word.end()
    if _A_LIST.match(sentence, at) or _OPEN_END.search(sentence, end, at):
        return sentence[start:end]  # (a list goes on; a phrase the next word completes: "aged over 60", "unrelated to", "hit by")
    scope = sentence[end:at]
    if _LEFT_OPEN.search(scope):
        return sentence[start:end]  # (a phrase left open: "in the early hours of")
    return sentence[start:end] + scope
