"""A paper or a recording an article has introduced, named again by its common noun alone (pure).

"According to the affidavit, the coroner had ...", "The indictment alleges ...", "Holder said the complaint alleged ...",
"The documents go on to say ...": quoted alone as a brief's point, the sentence does not say which affidavit, indictment
or complaint, so it does not stand alone (:func:`briefbot.text.standalone.stands_alone`).  Not one the sentence says
which of ("the report of the board", "In the study, published in The Lancet, ...", "the video posted on YouTube", "A video
spread online, but the army said the video was fake"), a closing tag (", the report said.": what it tells stands alone),
a compound ("In the video game industry"), nor "poll", in British copy as often the election as a survey.
"""

from __future__ import annotations

import re

from briefbot.text.guarded import guarded, holds

__all__ = ["paper_back"]

# the papers and recordings an article introduces, and the verbs of what they tell
_PAPERS = r"report|study|survey|affidavit|documents?|indictment|complaint|memo|letter|filing|footage|video|tape|recording"
_TELLS = r"says|said|alleges|alleged|shows?|showed|found|finds|suggests|suggested|states|stated|claims|claimed|notes|noted|concluded"
_PAPER_BACK = guarded(re.compile(
    rf"(?i:^(?:according\s+to|in)\s+the\s+(?P<fronted>{_PAPERS}),|^the\s+(?P<opening>{_PAPERS})\s+(?:{_TELLS}|go(?:es)?\s+on)\b"
    rf"|\b(?:said|says|added|noted)\s+(?:that\s+)?the\s+(?P<told>{_PAPERS})\s+(?:{_TELLS}|proved|proves|was|is|were|are)\b)"),
    holds(*_PAPERS.replace("s?", "").split("|"), ignore_case=True))  # (a paper's noun every match holds, looked for first)
# what says which paper after a fronted one's comma: "In the study, published in The Lancet, ..."
_SAYS_WHICH_PAPER = re.compile(r"(?i:,?\s+(?:of|by|from|in|on|into|to|for|with|against|\w+ed|\w+en|made|seen|sent|held|shot)\b)")


def paper_back(text: str) -> bool:
    """Whether ``text`` (outside its quotations) names a paper the article introduced by its common noun alone."""
    m = _PAPER_BACK.search(text)
    if m is None:
        return False
    noun = m[m.lastgroup or 0]  # (the one named group that matched)
    said = re.search(rf"(?i:\b{noun.rstrip('s')}s?\b)", text[:m.start(m.lastgroup or 0)])  # (named before in the sentence)
    return said is None and not (m.lastgroup == "fronted" and _SAYS_WHICH_PAPER.match(text, m.end()))
