"""Whether a word is a verb's past form (pure), read from its shape with no tagger.

Telling a past form from a present one cannot be done from its ending alone: "took", "hung", "felt" end in no "-ed",
and "need", "speed", "hundred" are no past. So the irregular past forms of English are listed, a closed class of the
language's grammar (about 150 words, with their prefixed forms: "withdrew", "overtook"), not a list of the dev set's
words; a word in "-ed" is past unless it is one of the nouns and adjectives :data:`briefbot.text.tense.NOT_PAST` names.
A word that is both past and present ("put", "cut", "set") counts as past. Used by photo captions (a picture is told in
the present: :mod:`briefbot.text.pictures`) and by background dating (the verb an "ago" dates:
:func:`briefbot.brief.changes.restates_background`).
"""

from __future__ import annotations

import re

from briefbot.text.tense import NOT_PAST

__all__ = ["past_form"]

# the irregular past forms of English that are not also a present form (a closed class), and those that are
# both ("put", "cut", "set": the rule stays silent on them)
_IRREGULAR_WORDS = """
arose awoke bore became began bent bit bled blew broke bred brought built burnt bought caught chose clung came crept
dealt dug did drew dreamt drank drove ate fell fed felt fought found fled flung flew forbade forgot forgave froze got
gave went ground grew hung had heard hid held kept knelt knew laid led leant leapt learnt left lent lay lit lost made
meant met paid rode rang rose ran said saw sought sold sent shook shone shot shrank sang sank sat slept slid slung
spoke sped spent spun sprang stood stole stuck stung stank struck strove swore swept swam swung took taught tore
told thought threw trod woke wore wove wept won wound wrung wrote was were
put cut hit set let shut spread cast cost hurt quit split burst bet bid beat read
"""
_IRREGULAR_PAST = frozenset(_IRREGULAR_WORDS.split())
# a prefixed irregular past ("withdrew", "overtook", "upheld", "understood", "rebuilt")
_PREFIXED_PAST = re.compile(r"[a-z]{2,}(?:took|drew|threw|held|saw|went|came|stood|wrote|built|made|sought|fought|"
                            r"brought|bought|taught|thought|gave|broke|spoke|rose|fell|ran|cast|set|put)")
# words in -ed that are no past verb: tense's, and a few more nouns ("shed", "reed")
_NOT_PAST = NOT_PAST | {"shed", "steed", "creed", "reed"}


def past_form(word: str) -> bool:
    """Whether a lower-case ``word`` is a verb's past form (or may be one)."""
    if "-" in word:  # "rebel-held", "pro-government": a modifier, never a finite verb
        return False
    return (word in _IRREGULAR_PAST or _PREFIXED_PAST.fullmatch(word) is not None
            or (word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST) or word.endswith(("n't", "n’t")))
