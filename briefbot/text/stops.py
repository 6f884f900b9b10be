"""Sentences a page ran on from a caption, a headline or a source label without a full stop (pure):
rule 4 of :mod:`briefbot.text.segment`, where the rule's cases are told."""

from __future__ import annotations

import re

from briefbot.text.dates import MONTH_NAMES
from briefbot.text.seamwords import GOVERNING, ROLES, SAYS, SPEECH_VERBS, SUBJECT_PRONOUNS, TELLS

__all__ = ["missing_stops"]

# a sentence the page ran on from a caption or headline without a full stop (rule 4), after a word, a
# number or a closing bracket and spaces: "The" before a lower-case word, a clause's subject and its
# verb: "The" and a name (group 1: unless the word before takes it), a pronoun or "There"; a capitalised
# preposition or conjunction after a word in lower case (group 2); "A" or "An" before one after an
# attribution that closes its clause ("..., residents say A new ...": group 3)
_HELPERS = "has|have|had|is|are|was|were|will|would|says|said"
_HELPER = f"(?:{_HELPERS})"
# a quantity or the people a report cites, opening its clause ("... the rupture Experts warn that ...", "... a blame game
# Eleven people died ..."; not after a word that takes it: "the Army and Police which ...", "the group of Eight nations")
_SUBJECTS = ("Some|Many|Most|Several|Dozens|Hundreds|Thousands|Officials|Police|Witnesses|Residents|Protesters|Activists"
             "|Analysts|Experts|Scientists|Investigators|Rescuers|Authorities|Doctors|Workers|Engineers|Demonstrators"
             "|Villagers|Firefighters|Volunteers|Prosecutors|Increasing numbers|Growing numbers|Two|Three|Four|Five|Six|Seven"
             "|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty"
             "|Sixty|Seventy|Eighty|Ninety")
# a preposition, a conjunction or one of those that opens a sentence, capitalised (group 2: after a word in lower case)
_OPENERS = ("For|In|On|At|After|Before|During|Since|As|When|While|Despite|Although|Meanwhile|But|However|Yet|If|Until"
            f"|Following|According|Amid|Among|Throughout|Once|Having|Earlier|Later|Yesterday|{_SUBJECTS}")
_SUBJECT_WORDS = frozenset(_SUBJECTS.split("|"))
_MISSING_STOP = re.compile(
    rf"(?<=[^\W_]|\))\s++(?:The (?=[a-z])|(The [A-Z][^\s,;:()\"“”]*(?: [^\s,;:()\"“”]+){{0,5}}? {_HELPER}\b)"
    rf"|(?:{SUBJECT_PRONOUNS}) {_HELPER} [a-z]"
    rf"|({_OPENERS}) (?=[a-z0-9])"
    rf"|(An? )(?=(?!(?:is|was|are|were|has|had|and|or|to|of|for|in|levels?|shares?|grades?|list|team|league)\b)[a-z]))")
_REACH = 300  # characters before a seam read for its three words: a hostile line stays linear
_OPENERS_OF_CLAUSES = tuple(f"{word} " for word in f"The|A|An|{SUBJECT_PRONOUNS}|{_OPENERS}".split("|"))
_SAYS = re.compile(rf"(?:{SPEECH_VERBS}|read|reads)", re.IGNORECASE)  # a verb that opens a quotation without marks
# the words before a name or a pronoun that take it as their object or name it (rule 4)
_TAKES = frozenset({"in", "on", "at", "of", "for", "to", "by", "from", "with", "as", "than", "that", "and", "or", "but",
                    "nor", "if", "because", "when", "while", "where", "whether", "though", "although", "unless", "since",
                    "until", "so", "the", "a", "an", "is", "was", "are", "were", "be", "been", "being", "am", "what", "has", "have", "had",
                    "read", "reads", "wrote", "write", "writes", "watch", "watched", "see", "saw", "seen", "hear",
                    "heard", "entitled", "titled", "labelled", "labeled", "quoted", "cited", "per", "whom", "who"})
# what takes a count in words after it: those, and a label the count names ("a category Four hurricane", "phase Two trials",
# "the top Ten list", "reactor Four", "the big Three"; not "game", whose count is often a caption's run-on: "... a blame
# game Eleven people died")
_TAKES_A_COUNT = frozenset({"category", "phase", "stage", "level", "grade", "terminal", "gate", "platform", "class",
                             "division", "chapter", "section", "article", "round", "top", "number", "no", "formula", "day",
                             "tier", "reactor", "unit", "heat", "lane", "big", "last", "final"}) | _TAKES


# a clause that ends on its date (and an age), then a capitalised word whose verb follows within eight
# words: "... died in June 2009 People who could become ..." (group "then": the word before the date)
_AFTER_DATE = re.compile(
    rf"(?P<then>\S+)\s+(?:in|on|since|by|until) (?:(?:\d{{1,2}} )?(?:{MONTH_NAMES})(?: \d{{1,2}})?(?:,? \d{{4}})?|\d{{4}})"
    rf"(?: aged \d{{1,3}})?"
    rf"\s++(?=(?!(?:{MONTH_NAMES}|[A-Z]+)\b)[A-Z][a-z'’]*\b(?: \S+){{0,7}}? (?:{_HELPERS}|could|can|[a-z]+ed)\b)")
_YEAR_OR_MONTH = (" 1", " 2", *MONTH_NAMES.split("|"))  # what a date's run-on holds: one cheap look per sentence
_VERB = re.compile(rf"\b(?:{_HELPERS}|could|can|[a-z]{{2,}}ed)\b")
# words before a date that open the clause it is fronted in ("noting that in 1949 Newfoundland was ...")
_OPENS_CLAUSE = frozenset({"that", "but", "and", "or", "though", "although", "because", "when", "while", "if", "since",
                           "as", "after", "before", "until", "so", "yet", "whereas", "where", "which", "who"})


def missing_stops(text: str, start: int, end: int) -> list[int]:
    """Where sentences start inside ``text[start:end]`` that no full stop marks (rule 4): each
    three or more words after the sentence's start, the one before it or the last such start, not
    inside a quotation that closes after it nor after a speaker's verb that opens one without marks."""
    piece = text[start:end]
    seams: list[tuple[int, re.Match[str] | None]] = []
    if any(opener in piece for opener in _OPENERS_OF_CLAUSES):  # most sentences: one cheap look
        seams.extend((m.end(0) - len(m[0].lstrip()), m) for m in _MISSING_STOP.finditer(text, start, end))
    if any(word in piece for word in _YEAR_OR_MONTH):  # a year or a month
        seams.extend((m.end(), None) for m in _AFTER_DATE.finditer(text, start, end)
                     if m["then"].lower() not in _OPENS_CLAUSE)
    starts: list[int] = []
    begin = pos = start
    opened = marks = 0  # quotation marks opened and not closed, straight ones, up to ``pos`` (counted as the scan goes)
    closes = max(text.rfind("”", start, end), text.rfind('"', start, end), text.rfind("''", start, end))
    for at, m in sorted(seams, key=lambda seam: seam[0]):
        opened += (text.count("“", pos, at) + text.count("``", pos, at) - text.count("”", pos, at)
                   - text.count("''", pos, at))
        marks, pos = marks + text.count('"', pos, at), at
        if closes > at and (opened > 0 or marks % 2 == 1):
            continue  # inside a quotation that closes after it: the speaker's own missing stop
        since = max(begin, at - _REACH)
        before = text[since:at].split()
        if len(before) >= 3 and _opens(m, before[-1], text, since, at) and not _unmarked_quote(before):
            starts.append(at)
            begin = at
    return starts


def _unmarked_quote(before: list[str]) -> bool:
    """Whether ``before`` ends on a speaker's verb and lower-case words after it, opening a quotation
    without marks ("Jo Lee said The army is lying ...", "... said in a statement The port ..."), not
    on one that closes an attribution after a comma ("..., state radio said The rest ...")."""
    verb = next((k for k in range(len(before) - 1, max(len(before) - 5, -1), -1) if _SAYS.fullmatch(before[k])), -1)
    closed = any(word.rstrip("\"'”’»)]").endswith(",") for word in before[max(0, verb - 5):verb])
    return verb >= 0 and all(word[:1].islower() for word in before[verb + 1:]) and not closed


def _opens(m: re.Match[str] | None, last: str, text: str, since: int, at: int) -> bool:
    """Whether the seam ``m`` found (None: one after a date) at ``at`` starts a sentence, ``last``
    the word before it."""
    if m is None:
        return _VERB.search(text, since, at) is not None  # the clause the date ends has its verb
    if m.group(1) is not None:  # "The" and a name
        return not _takes(last)
    if m.group(2) is not None:  # a capitalised preposition, conjunction, quantity or the people a report cites
        return _ends_a_clause(last) and not (m.group(2) in _SUBJECT_WORDS and _bare(last) in _TAKES_A_COUNT)
    if m.group(3) is not None:  # "A" or "An": a letter that names as often ("influenza A virus", "Plan A is")
        return _attributed(text[since:at].split())
    return True


def _attributed(before: list[str]) -> bool:
    """Whether ``before`` ends on an attribution set after the words it reports ("..., residents
    say"): a speaker's verb last, a comma within the five words before it."""
    return bool(before) and SAYS.fullmatch(_bare(before[-1])) is not None and any(
        word.rstrip("\"'”’»)]").endswith(",") for word in before[-6:-1])


def _ends_a_clause(word: str) -> bool:
    """Whether a capitalised opener after ``word`` (as written) starts a sentence: a word in lower
    case, a number or a closing bracket, not a role naming what follows ("the group For the Sake of
    the Salmon"); after a capitalised word it is a title's ("This Just In", "Also Known As")."""
    return (word[-1:] == ")" or word.isdigit() or (word.islower() and word.strip(".,;:\"'“”‘’`") not in ROLES))


def _takes(word: str) -> bool:
    """Whether ``word`` (as written) takes the name or pronoun after it as its object or names it."""
    bare = _bare(word)
    return (bare in _TAKES or bare in GOVERNING or bare in ROLES or bare.endswith(("ing", "'s", "’s"))
            or SAYS.fullmatch(bare) is not None or TELLS.fullmatch(bare) is not None)


def _bare(word: str) -> str:
    """``word`` in lower case without the quotation marks around it."""
    return word.lower().strip("\"'“”‘’`")
