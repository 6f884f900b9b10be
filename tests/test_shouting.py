"""Shouting in capitals is no brief material; names, acronyms, speakers' labels and headlines in capitals are none
(text/shouting)."""

from __future__ import annotations

import pytest

from briefbot.text.shouting import shouts
from briefbot.text.terms import is_brief_material

SHOUTING = [
    "People were talking about the governor IN THE PAST TENSE by Friday night.",
    "UNLESS the regulators BAN THIS SHORT SELLING, savers in Velano will go on losing their money.",
    "HOW MUCH MORE WILL YOU TAKE BEFORE YOU STAND UP FOR YOUR TOWN?",
    "THE RATE THE COUNCIL IS GOING, THE DAM WILL NEVER BE FINISHED.",
    "Earning money at the expense of the savers of Velano is NOT EARNING BUT STEALING.",
    "You're watching VELANO TONIGHT IN THE MORNING here on the network.",
]

PROSE = [
    "A CBS TV crew was threatened with arrest when filming the flooded valley near Velano.",
    "NATO and the EU sent observers to the KFOR base in Velano on Monday.",
    "The US and the UN said on Monday that the WHO would send a team to Velano.",
    "JO LEE, MAYOR OF VELANO: We will rebuild the bridge before the winter.",
    'ANA PETROVA, HOST, "THE VELANO HOUR": The dam held through the night.',
    "OREN PASKE, MINISTER OF THE INTERIOR (through translator): The border stays open.",
    "VELANO DAM HOLDS AS THE RIVER FALLS _ The dam above Velano held through a third night of rain.",
    "Rescue teams reached the flooded villages north of the river on Tuesday, the governor said.",
]


@pytest.mark.parametrize("sentence", SHOUTING)
def test_shouting_in_capitals_is_no_brief_material(sentence: str) -> None:
    assert shouts(sentence) and not is_brief_material(sentence)


@pytest.mark.parametrize("sentence", PROSE)
def test_names_acronyms_labels_and_headlines_in_capitals_are_no_shouting(sentence: str) -> None:
    assert not shouts(sentence)
