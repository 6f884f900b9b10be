"""Shouting in capitals (pure): a reader's comment, a tweet or a broadcast's chatter, not an outlet's prose.

News prose writes its words in lower case; only names, acronyms and a transcript's speaker labels come in capitals
("BARACK OBAMA, PRESIDENT OF THE UNITED STATES: ..."), and a headline set in capitals heads a story ("VELANO DAM
HOLDS _ The dam ..."). Three words or more in capitals in a row, one of them a grammatical word ("IN THE PAST TENSE",
"NOT EARNING BUT STEALING", "THE RATE WASHINGTON IS GOING"), are shouting: "People talking about the president IN THE
PAST TENSE.", "UNLESS the regulators BAN THIS SHORT SELLING, ...", a forum's "HOW MUCH WILL YOU TAKE ...", or a
programme's name in its host's chatter ("You're watching CONNECT THE WORLD."). :func:`shouts` tells such a sentence;
a speaker's label (the capitals before a colon, or opening the sentence before a comma), a stage direction in
brackets ("(CROWD CHANTING IN ARABIC)"), a headline run into its story before an underscore, acronyms ("A CBS TV
crew", "the US and UN") and a name's capitals ("NATO's KFOR") are none. Of 122,206 distinct dev sentences, 170 shout:
readers' comments and forums, a broadcast's chatter and its programmes' names, captions of boxes, wire notes to
editors ("ART IS AVAILABLE WITH EVERY STORY."), an expert's label in capitals run into the words quoted.
"""

from __future__ import annotations

import re

__all__ = ["shouts"]

# a run of words in capitals (two letters or more, or "A" / "I" inside), as long as it goes
_RUN = re.compile(r"(?<![\w(])(?:[A-Z][A-Z’'-]*[A-Z]|[AI])(?:\s+(?:[A-Z][A-Z’'-]*[A-Z]|[AI]))+(?![\w’'-])")
# English grammatical words: a run that holds one is words, not names or acronyms ("US" and "WHO" are acronyms as often)
_GRAMMAR_WORDS = """
THE OF TO IN AND IS ARE FOR ON THIS THAT IT NOT WE YOU BE WILL ALL OUR WITH HE SHE THEY AS AT BY NO OR WAS WERE MUST HAVE
HAS DO DOES BUT SO IF WHY HOW WHAT ME MY YOUR THEM THEIR THESE THOSE CAN SHOULD WOULD ITS HIS HER AN FROM
"""
_GRAMMAR = frozenset(_GRAMMAR_WORDS.split())
_WORDS = 3  # a run this long or longer


def shouts(sentence: str) -> bool:
    """Whether ``sentence`` shouts in capitals (see the module's note)."""
    for m in _RUN.finditer(sentence):
        words = m.group(0).split()
        if len(words) < _WORDS or not any(w in _GRAMMAR for w in words):
            continue
        after = sentence[m.end():m.end() + 4].lstrip(" \"”’'")
        if after[:1] in (":", ")", "(") or (m.start() == 0 and after[:1] in (",", "_")):
            continue  # a speaker's label ("NAME, ROLE:", '... "THE DAILY SHOW":', "NAME (through translator):"), a stage
            # direction, a headline run into its story
        return True
    return False
