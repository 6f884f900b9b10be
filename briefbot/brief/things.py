"""The thing a clause tells of (pure): a noun phrase's head and the words that narrow it, read without a parser.

A phrase is read from its words: determiners off, its head the last word before a preposition ("the road to Kell":
road), or the thing after a measure's or a count's "of" ("nine days of talks": talks; "two of the suspects": suspects,
its count kept); a pronoun, a count or a time is no head.  A subject is the words since its clause's start (a comma, a
conjunction, a relative pronoun, "said"), an object the words after its verb up to the clause's end or a participle
("talks mediated by ...").  The words that narrow a thing leave out function words, times ("on Thursday", "within 30
days") and what follows "with" or "as" ("charged with negligence", "identified as a driver"): what it was charged
with, not which one.  Used by :mod:`briefbot.brief.states`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from briefbot.brief.figures.lexicon import NUMBER_WORDS
from briefbot.text.dates import MONTH_WORD, WEEKDAY_NAMES
from briefbot.text.terms import stop_words

__all__ = ["DETERMINERS", "PREPOSITIONS", "SUBJECT_WORDS", "WORD", "Phrase", "clause_after", "clause_start", "content", "is_time",
           "key", "lower_words", "object_phrase", "object_words", "part", "phrase", "quoted", "subject", "unplaced", "whole",
           "word_set"]

Phrase = tuple[str, list[str], list[str]]  # a head, the words before it, the words after it


def word_set(words: str) -> frozenset[str]:
    """The words of ``words``, split at spaces, as a set."""
    return frozenset(words.split())


WORD = re.compile(r"\b[ap]\.m\.|[A-Za-z][\w'’-]*|\d[\d,.:]*")  # (a clock's "a.m." one word)
# no thing a state can be told of alone: a pronoun or a word pointing back
_NO_HEAD = word_set("he she it they we i you him her them us me this that these those there here what which who whom "
                "one ones everything something nothing anything everyone someone all both each many most some others "
                "is are was were has have had will would be been can could may might said says")
DETERMINERS = word_set("the a an its their his her our this these those that any every each")
PREPOSITIONS = word_set("of to in for at on near from between across along into around over with by within during "
                    "outside inside under without after before until since")
# a measure before "of": its thing is after it ("nine days of talks", "a series of strikes")
_MEASURES = word_set("day days week weeks month months hour hours year years lot number couple "
                 "dozens hundreds thousands")
_PART_WORDS = word_set("some several many most few part parts partly partially half certain other another one")
_HEDGES = word_set("about around roughly nearly almost approximately some another over under up only just")  # ("About 40")
# a time, which narrows no thing ("on Thursday", "at 6 a.m.", "late on Wednesday")
_TIME = word_set("today yesterday tonight morning afternoon evening night overnight week weekend day a.m p.m am pm early late "
             "later earlier last this next noon midnight dawn")
_CALENDAR = re.compile(rf"(?:{MONTH_WORD}|{WEEKDAY_NAMES})", re.I)
_PLACES = word_set("in at near on from outside inside into to")
# words that tell one of a kind of thing from another, though a stop word's or a time's ("the second order", "the new
# order", "the morning curfew", "night flights")
_INSTANCE = word_set("first second third fourth fifth last next new old earlier later previous morning evening night "
                 "nightly daytime weekend daily weekly")
_WHOLE = word_set("all every remaining rest entire whole")  # the whole of a thing: nothing that narrows it
_FREE = word_set("with as without")  # what an end names after these is no thing's scope: a charge, an identity
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?|\d{1,2}:\d\d")
# a clause's start before a subject: its words before are no part of it
_CLAUSE = re.compile(r"[,;:(]|\b(?:that|which|who|whom|whose|because|while|although|though|after|before|when|as|but|said|"
                     r"says|since|where|if|so|once|until|unless|whether|and)\b", re.I)
_VERB_SHAPED = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|[a-z]{2,}ed)\b")
_BETWEEN = re.compile(r"\bbetween\s+[^,;:()]{1,60}$", re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\s(?:but|and|after|as|while|because|when|before|until|though|although)\b", re.I)
SUBJECT_WORDS = 12  # words before a verb read as its subject, at most
_OBJECT_WORDS = 6


def unplaced(words: Sequence[str]) -> list[str]:
    """``words`` without the places and times they name after a preposition ("in a flat in Lenmark")."""
    out: list[str] = []
    placed = False
    for w in words:
        if w.lower() in PREPOSITIONS:
            placed = w.lower() in _PLACES
        if not placed:
            out.append(w)
    return out


def key(word: str) -> str:
    w = word.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def part(word: str) -> bool:
    """Whether ``word`` counts a part of a thing (a number, "some", "two"; "all" is whole)."""
    w = word.lower()
    return w[:1].isdigit() or w in NUMBER_WORDS or w in _PART_WORDS


def is_time(word: str) -> bool:
    return key(word.rstrip(".")) in _TIME or bool(_CALENDAR.fullmatch(word)) or bool(_CLOCK.fullmatch(word))


def content(words: Sequence[str], keep: bool = False) -> set[str]:
    """The words that narrow what a clause tells: no function word, determiner or time ("on Thursday", "within 30 days";
    what follows a word that frees it of the thing's scope: "charged with negligence", "identified as a driver")."""
    out = set()
    for k, w in enumerate(words):
        if w.lower() in _FREE:
            break
        if keep and w.lower() in _INSTANCE and (not is_time(words[k + 1]) and words[k + 1].lower() not in PREPOSITIONS
                                                 if k + 1 < len(words) else not (k and is_time(words[k - 1]))):
            out.add(w.lower())  # (with ``keep``: what tells one of a thing from another, "the second order", "night flights")
            continue
        if w.lower() in _WHOLE:
            continue
        if is_time(w) or w.lower() in stop_words() or w.lower() in DETERMINERS or (
                w[:1].isdigit() and k + 1 < len(words) and is_time(words[k + 1])):
            continue
        out.add(key(w))
    return out


def phrase(words: list[str]) -> Phrase | None:
    """A noun phrase's head (its last word before a preposition, or the thing after a measure's or a count's "of"),
    the words before it (determiners off) and those after it."""
    words = [w for w in words if w.lower() not in DETERMINERS]
    at = next((k for k, w in enumerate(words) if w.lower() in PREPOSITIONS), len(words))
    if at == 0:
        return None
    before, after = words[:at], words[at:]
    if len(after) > 1 and after[0].lower() == "of" and (before[-1].lower() in _MEASURES or part(before[-1])):
        inner = phrase(after[1:])  # ("two of the suspects": a part, its count kept before the thing)
        return inner and (inner[0], [*before, *inner[1]] if part(before[-1]) else inner[1], inner[2])
    if before[-1][:1].isdigit() and len(before) > 1:  # "Highway 14": one name, no count ("Another 12", "About 40": a count)
        named = before[-2][:1].isupper() and before[-2].lower() not in stop_words() and before[-2].lower() not in _HEDGES
        before = [*before[:-2], f"{before[-2]} {before[-1]}"] if named else [*before[:-2], before[-1], before[-2]]
    head = before[-1]
    if head.lower() in _NO_HEAD or head.lower() in stop_words() or part(head) or is_time(head):
        return None  # a pronoun, a word pointing back, a count or a time: no thing named
    return head, before[:-1], after


def clause_start(text: str, end: int) -> re.Match[str] | None:
    """Where the clause that holds ``end`` starts: its last opener before it.  An "and" opens a clause only after one
    with a verb ("The army fired and the crowd fled"): after "between" or words with none it joins a phrase's nouns
    ("Talks between Israel and Hamas", "The curfew in Seltz and Brenna")."""
    openers = list(_CLAUSE.finditer(text, 0, end))
    for n in range(len(openers) - 1, -1, -1):
        opener = openers[n]
        if opener.group(0).lower() != "and":
            return opener
        since = openers[n - 1].end() if n else 0
        if not _BETWEEN.search(text, 0, opener.start()) and _VERB_SHAPED.search(text, since, opener.start()):
            return opener
    return None


def subject(text: str, end: int, refused: AbstractSet[str] = frozenset()) -> Phrase | None:
    """The noun phrase just before ``end``: the words since the clause's start, at most :data:`SUBJECT_WORDS`; none
    in a clause that one of ``refused`` opens (a condition's: "if")."""
    opener = clause_start(text, end)
    if opener is not None and opener.group(0).lower() in refused:
        return None
    words = WORD.findall(text[opener.end() if opener else 0:end])
    if not words or len(words) > SUBJECT_WORDS:
        return None
    return phrase(words)


def clause_after(text: str, start: int) -> str:
    m = _CLAUSE_END.search(text, start)
    return text[start:m.start() if m else len(text)].rstrip(" .!?\"”")


def object_phrase(text: str, start: int) -> Phrase | None:
    """The noun phrase just after ``start`` (see :func:`object_words`)."""
    return object_words(WORD.findall(clause_after(text, start)))[0]


def object_words(words: list[str]) -> tuple[Phrase | None, int]:
    """The noun phrase that ``words`` (a clause's after a verb) open, up to :data:`_OBJECT_WORDS` words, the clause's
    end or a participle ("talks mediated by ..."), and how many words it took; none for a clause ("concluded that ...")."""
    words = words[:_OBJECT_WORDS]
    if not words or words[0].lower() in word_set("that which whether how what if why when where who"):
        return None, 0
    cut = next((k for k, w in enumerate(words) if k and w.islower() and w.endswith("ed")), len(words))
    return phrase(words[:cut]), cut


def whole(words: Sequence[str]) -> bool:
    """Whether a phrase's words count no part ("two schools", "some lines"); "all" makes it whole ("all 33 miners"), and
    a time's number counts nothing ("at 5 a.m.", "at 10:30", "within 30 days")."""
    return any(w.lower() in ("all", "every", "remaining") for w in words) or not any(
        part(w) and not (":" in w or (k + 1 < len(words) and (is_time(words[k + 1]) or words[k + 1].lower() in ("a", "p"))))
        for k, w in enumerate(words))


@lru_cache(maxsize=32_768)
def lower_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` in lower case, the punctuation a word can end on off (a cheap first look)."""
    low = text.lower().replace(",", " ").replace(".", " ").replace(";", " ").replace(":", " ")
    return tuple(low.replace('"', " ").replace("”", " ").replace("!", " ").split())


def quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation (an odd number of quotation marks before it)."""
    return sum(text.count(q, 0, at) for q in ('"', "“", "”")) % 2 == 1
