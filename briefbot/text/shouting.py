"""Shouting in capitals (pure): a reader's comment, a tweet or a broadcast's chatter, not an outlet's prose.

News prose writes its words in lower case; only names, acronyms and a transcript's speaker labels come in capitals
("BARACK OBAMA, PRESIDENT OF THE UNITED STATES: ..."), and a headline set in capitals heads a story ("VELANO DAM
HOLDS _ The dam ..."). Three words or more in capitals in a row, one of them a grammatical word ("IN THE PAST TENSE",
"NOT EARNING BUT STEALING", "THE RATE WASHINGTON IS GOING"), are shouting: "People talking about the president IN THE
PAST TENSE.", "UNLESS the regulators BAN THIS SHORT SELLING, ...", a forum's "HOW MUCH WILL YOU TAKE ...", or a
programme's name in its host's chatter ("You're watching CONNECT THE WORLD."). :func:`shouts` tells such a sentence;
a speaker's label (the capitals before a colon, or a name's after it and a comma), a stage direction in
brackets ("(CROWD CHANTING IN ARABIC)"), a headline run into its story before an underscore, acronyms ("A CBS TV
crew", "the US and UN"), a name's capitals ("NATO's KFOR"), a case's party before or after "v.", and capitals the
sentence quotes or shows as written (an alert's '"... THIS IS NOT A DRILL."', a chant's "'DOWN WITH THE REGIME'",
"signs reading NEVER AGAIN") are none; an expert's label in capitals run into the words ("DR JO LEE, CHIEF
VIROLOGIST AT THE AGENCY We have ...") is kept as cleaning keeps it, the words being nobody's without it. Of
122,206 distinct dev sentences, 155 shout: readers' comments and forums, a broadcast's chatter and its programmes'
names, captions of boxes, wire notes to editors ("ART IS AVAILABLE WITH EVERY STORY.")."""

from __future__ import annotations

import re

__all__ = ["shouts"]

# a run of words in capitals (two letters or more, or "A" / "I" inside), as long as it goes
_RUN = re.compile(r"(?<![\w(])(?:[A-Z][A-Z’'-]{0,30}[A-Z]|[AI])(?:\s+(?:[A-Z][A-Z’'-]{0,30}[A-Z]|[AI]))+(?![\w’'-])")
# words written in capitals that the sentence quotes or names: inside quotation marks (an alert, a post, a chant; an
# apostrophe, "the workers' placards", "'90s", opens none), after "reading", "chanted", "the words", "v." (a placard's, a
# case's), before a colon or "v." (a label, a case's party); not after a colon, where forums shout as often as a post is quoted
_DOUBLE_QUOTES = re.compile(r"[\"“”]")
_OPEN_SINGLE = re.compile(r"(?:‘|(?<!\w)'(?=[A-Z]))[^'’]*$")  # an opening mark not closed (a straight one before capitals)
_SHOWN_AS = re.compile(r"(?:\b(?:reading|read|reads|chanted|chanting|shouted|shouting|wrote|writing|marked|titled|"
                       r"saying|the words)\s*:?|\bv\.)\s+(?:[A-Z][A-Z’'\s-]*\s(?:and|or)\s+)?$")
# English grammatical words: a run that holds one is words, not names or acronyms ("US", "WHO", "IT" are acronyms as often)
_GRAMMAR_WORDS = """
THE OF TO IN AND IS ARE FOR ON THIS THAT NOT WE YOU BE WILL ALL OUR WITH HE SHE THEY AS AT BY NO OR WAS WERE MUST HAVE
HAS DO DOES BUT SO IF WHY HOW WHAT ME MY YOUR THEM THEIR THESE THOSE CAN SHOULD WOULD ITS HIS HER AN FROM
"""
_GRAMMAR = frozenset(_GRAMMAR_WORDS.split())
_WORDS = 3  # a run this long or longer
_LABEL_BEFORE = re.compile(r"(?:[A-Z][A-Z.'’-]*\s+)*[A-Z][A-Z.'’-]*,\s*")  # a name in capitals and its comma, opening the sentence


def shouts(sentence: str) -> bool:
    """Whether ``sentence`` shouts in capitals (see the module's note)."""
    for m in _RUN.finditer(sentence):
        words = m.group(0).split()
        if len(words) < _WORDS or not any(w in _GRAMMAR for w in words):
            continue
        after = sentence[m.end():m.end() + 4].lstrip(" \"”’'")
        if after[:1] in (":", ")", "(") or (m.start() == 0 and after[:1] == "_") or after.startswith("v."):
            continue  # a speaker's label ("NAME, ROLE:", '... "THE DAILY SHOW":', "NAME (through translator):"), a stage
            # direction, a headline run into its story, a case's party
        before = sentence[:m.start()]
        quoted = len(_DOUBLE_QUOTES.findall(before)) % 2 == 1 or _OPEN_SINGLE.search(sentence, 0, m.start() + 1) is not None
        label = (_LABEL_BEFORE.fullmatch(before) is not None and len(before.split()) >= 2
                 and not any(w.strip(",") in _GRAMMAR for w in before.split()))  # (a name of two words or more)
        if quoted or _SHOWN_AS.search(before) or label:
            continue  # quoted, shown as written, or a speaker's role after the name ("DR JO LEE, CHIEF VIROLOGIST AT ...")
        return True
    return False
