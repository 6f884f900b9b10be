"""A point that names nothing, counts nothing and tells no act done (briefbot.brief.select.vague) tells a reader nothing
they could check: "Some people who work in schools are taking no chances."  It is taken only when nothing else fits."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from builders import article

from briefbot.brief import select as select_module
from briefbot.brief.candidates import candidates
from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.select import vague

D = date(2026, 5, 4)
ROUND = ("Officials in Tarn closed 40 schools on Monday after threats against teachers. "
         "Officials said on Monday that Russia had sent advisers to the region. ")


def _vague(sentence: str) -> bool:
    arts = [article(ROUND + sentence, id=1, published=D)]
    cands = candidates(arts, {1})
    (k,) = [k for k, c in enumerate(cands) if c.text == sentence]
    return bool(vague(cands, [k])[0])


@pytest.mark.parametrize("sentence", [
    "Some people who work in schools are taking no chances.",
    "Interest in organically grown food is evident at grocery stores everywhere.",
    "Many schools are taking no chances with the safety of their pupils.",
    "There may be more failures of financial firms in the months ahead.",
    "I am not taking any chances with the children.",  # ("I" is no name)
])
def test_a_sentence_with_no_name_no_number_and_no_act_done_is_vague(sentence: str) -> None:
    assert _vague(sentence)


@pytest.mark.parametrize("sentence", [
    "Teachers in Tarn are taking no chances.",  # a name
    "Two schools have put in metal detectors at every door.",  # a number
    "The storm that battered the northern coast also closed the airport and cut power to the harbour district.",  # done
    "Regulators announced efforts to stabilize the mortgage market and insure money-market funds.",  # (a past form)
    "Russia is taking no chances with its advisers.",  # a first word the round writes as a name
    "Rząd ogłosił w poniedziałek, że most zostanie ponownie otwarty dla ruchu po trzech tygodniach.",  # not English
])
def test_a_name_a_number_an_act_done_or_another_language_is_not_vague(sentence: str) -> None:
    assert not _vague(sentence)


def test_a_brief_takes_a_vague_sentence_only_when_nothing_else_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    # the vague lead, closer to the topic, outranks the arrest; without the rule it would be the point
    vague_lead = "Some people who work in schools are taking no chances with school safety and school security."
    arrest = "Police in Tarn arrested a man on Monday after threats against teachers."
    arts = [article(f"{vague_lead} {arrest}", id=1, published=D)]
    brief = compose_brief(Settings(topic="school safety", words=20), D, arts, [], None)
    assert [p.text for p in brief.summary] == [arrest]
    monkeypatch.setattr(select_module, "vague", lambda cands, idx: np.zeros(len(idx), dtype=bool))
    assert [p.text for p in compose_brief(Settings(topic="school safety", words=20), D, arts, [], None).summary] == [vague_lead]
    monkeypatch.undo()
    alone = [article(vague_lead, id=1, published=D)]  # nothing else: the vague sentence is the point
    assert [p.text for p in compose_brief(Settings(topic="school safety", words=20), D, alone, [], None).summary] == [vague_lead]
