"""Fragments (pure): lines with no verb of their own, which a brief does not quote as points.

A factbox's row gives a label and a value ("Death toll, ministry: 11 (10 recovered plus Kosta).", "Still missing:
2.", "Rescued alive: 9 (six on Wednesday evening, three on Thursday)."): its figure is read (the figures tell it,
with its label), but alone, as a point, it is a table's cell, not a sentence.  A box's item can open on a participle
with no verb after it ("Led by the State Mine Rescue Service under Colonel Radu Venik.", "Operated by Orlek Mining
Group, Lorvania's second-largest coal producer."): it describes a thing its heading names.  And an answer can be a
noun phrase alone ("A market town of about 20,000 people on the highway from Kessary to the east.", under "What is
Meret?"): a description of what the question asked about, which the point does not show.

A verb is looked for by its shape: an auxiliary or a modal, a word in "-ed", a common irregular past, and, after a
noun phrase's first words, a word in "-s" ("A study appears Friday ..."); a plural's present ("A lot of people want
to help") has none of these, and is taken for a fragment.  Of the 121,970 distinct dev sentences, 31 that open on "A"
or "An" read as fragments (captions, promos' "A look at ...", a pundit's "A total breakdown of law enforcement."; 4
had a verb: a plural's, "A lot of people want to help you.", or one after a number or "his"), and 8 as a box's rows
(a supplement's "Suggested Dose: 1,800 mg a day.").
"""

from __future__ import annotations

import re

__all__ = ["is_fragment"]

_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|"
    r"[a-z]{2,}ed|said|told|made|took|gave|came|went|got|left|found|began|fell|rose|won|lost|hit|put|set|led|held|met|"
    r"ran|saw|sent|spent|kept|brought|bought|thought|stood|struck|fled|fought|sought|caught|broke|spoke|chose|drove|"
    r"flew|grew|knew|threw|wrote|became|paid|built|sold|felt|heard|meant|shot|cut|let|quit|hurt|cost|beat|hid|lay|"
    r"rode|sank|shook|stole|stuck|swore|swept|tore|woke|dug|drew|ate|froze|hung|laid|lent|shut|spread|burst|fed)\b|"
    r"n['’]t\b|\b(?:he|she|it|that|there|what|who|here)['’]s\b", re.I)
# a word in "-s": a verb's third person ("A study appears ...", "A team ... stores"), unless a determiner, a preposition
# or a number comes before it ("from the hills", "about 6,800 employees")
_S_WORD = re.compile(r"\b[a-z]{2,}(?<![sui])s\b")  # (not "class", "bus", "this", "famous")
_NOUN_BEFORE = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "its", "their",
    "his", "her", "our", "some", "many", "few", "these", "those", "about", "nearly"
})


def _third_person(text: str) -> bool:
    for m in _S_WORD.finditer(text):
        before = text[:m.start()].split()
        if before and before[-1].lower() not in _NOUN_BEFORE and not before[-1][:1].isdigit():
            return True
    return False


# a box's row: a label of a few words (a qualifier after a comma), a colon, a number and at most a few words or a
# bracket after it ("Still missing: 2.", "Death toll, ministry: 11 (10 recovered plus Kosta).")
_ROW = re.compile(r"^[*•-]?\s*[A-Z][\w'’-]*(?:[ ,]+[\w'’-]+){0,6}:\s+(?:about |some |over |at least |more than )?"
                  r"[$£€]?\d[\d,.]*(?:\s*(?:%|per cent|percent|million|billion|m|bn))?(?P<rest>[^.;:]{0,40}?)"
                  r"(?:\s*\([^()]{0,160}\))?\.?$", re.I)
# a box's item that opens on a participle and its agent ("Led by ...", "Operated by ...")
_PARTICIPLE = re.compile(r"^(?:Led|Operated|Owned|Run|Founded|Built|Backed|Funded|Chaired|Headed|Managed|Supported|"
                         r"Organi[sz]ed|Coordinated|Staffed|Made up|Formed) by\b")
_DESCRIPTION = re.compile(r"^[\"“]?An? [a-z]")


def is_fragment(text: str) -> bool:
    """Whether ``text`` is a box's row, a box's participle item or a noun phrase alone (see the module's note)."""
    row = _ROW.match(text)
    if row is not None and not _VERB.search(row["rest"]):
        return True
    if _PARTICIPLE.match(text):
        return _VERB.search(text, text.find(" by ") + 4) is None and not _third_person(text)
    if _DESCRIPTION.match(text):
        return _VERB.search(text) is None and not _third_person(text)
    return False
