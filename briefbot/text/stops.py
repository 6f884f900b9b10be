"""Sentences a page ran on from a caption, a headline or a source label without a full stop (pure):
rule 4 of :mod:`briefbot.text.segment`, where the rule's cases are told."""

from __future__ import annotations

import re

from briefbot.text.seamwords import GOVERNING, ROLES, SAYS, TELLS

__all__ = ["missing_stops"]

# a sentence the page ran on from a caption or headline without a full stop (rule 4), after a word, a
# number or a closing bracket and one space: "The" before a lower-case word, a clause's subject and its
# verb: "The" and a name (group 1: unless the word before takes it), a pronoun or "There"; a capitalised
# preposition or conjunction after a word in lower case (group 2)
_HELPER = r"(?:has|have|had|is|are|was|were|will|would|says|said)"
# a preposition or a conjunction that opens a sentence, capitalised (group 2: after a word in lower case)
_OPENERS = ("For|In|On|At|After|Before|During|Since|As|When|While|Despite|Although|Meanwhile|But|However|Yet|If|Until"
            "|Following|According")
_MISSING_STOP = re.compile(
    rf"(?<=[^\W_]|\)) (?:The (?=[a-z])|(The [A-Z][^\s,;:()\"“”]*(?: [^\s,;:()\"“”]+){{0,5}}? {_HELPER}\b)"
    rf"|(?:This|It|He|She|They|We|There) {_HELPER} [a-z]"
    rf"|({_OPENERS}) (?=[a-z0-9]))")
_REACH = 300  # characters before a seam read for its three words: a hostile line stays linear
_OPENERS_OF_CLAUSES = (" The ", " This ", " It ", " He ", " She ", " They ", " We ", " There ",
                       *(f" {word} " for word in _OPENERS.split("|")))
# the words before a name or a pronoun that take it as their object or name it (rule 4)
_TAKES = frozenset({"in", "on", "at", "of", "for", "to", "by", "from", "with", "as", "than", "that", "and", "or", "but",
                    "nor", "if", "because", "when", "while", "where", "whether", "though", "although", "unless", "since",
                    "until", "so", "the", "a", "an", "is", "was", "are", "were", "be", "been", "being", "am", "what",
                    "read", "reads", "wrote", "write", "writes", "watch", "watched", "see", "saw", "seen", "hear",
                    "heard", "entitled", "titled", "labelled", "labeled", "quoted", "cited", "per", "whom", "who"})


def missing_stops(text: str, start: int, end: int) -> list[int]:
    """Where sentences start inside ``text[start:end]`` that no full stop marks (rule 4): each
    three or more words after the sentence's start, the one before it or the last such start."""
    piece = text[start:end]
    if not any(opener in piece for opener in _OPENERS_OF_CLAUSES):  # most sentences: one cheap look
        return []
    starts: list[int] = []
    begin = start
    for m in _MISSING_STOP.finditer(text, start, end):
        before = text[max(begin, m.start() - _REACH):m.start()].split()
        if len(before) < 3 or (m.group(1) is not None and _takes(before[-1])) or (
                m.group(2) is not None and not _ends_a_clause(before[-1])):
            continue
        starts.append(m.start() + 1)
        begin = m.start() + 1
    return starts


def _ends_a_clause(word: str) -> bool:
    """Whether a capitalised opener after ``word`` (as written) starts a sentence: a word in lower
    case, a number or a closing bracket, not a role naming what follows ("the group For the Sake of
    the Salmon"); after a capitalised word it is a title's ("This Just In", "Also Known As")."""
    return (word[-1:] == ")" or word.isdigit() or (word.islower() and word.strip(".,;:\"'“”‘’`") not in ROLES))


def _takes(word: str) -> bool:
    """Whether ``word`` (as written) takes the name or pronoun after it as its object or names it."""
    bare = word.lower().strip("\"'“”‘’`")
    return (bare in _TAKES or bare in GOVERNING or bare in ROLES or bare.endswith(("ing", "'s", "’s"))
            or SAYS.fullmatch(bare) is not None or TELLS.fullmatch(bare) is not None)
