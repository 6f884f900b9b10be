"""Shouting in capitals is no brief material; names, acronyms, speakers' labels and headlines in capitals are none
(text/shouting)."""

from __future__ import annotations

import pytest

from briefbot.text.shouting import shouts
from briefbot.text.terms import is_brief_material

SHOUTING = [
    "People were talking about the governor IN THE PAST TENSE by Friday night.",
    "UNLESS the regulators BAN THIS SHORT SELLING, savers in Velano will go on losing their money.",
    "HOW MUCH MORE WILL YOU TAKE BEFORE YOU STAND UP FOR YOUR TOWN!",
    "THE RATE THE COUNCIL IS GOING, THE DAM WILL NEVER BE FINISHED.",
    "Earning money at the expense of the savers of Velano is NOT EARNING BUT STEALING.",
    "You're watching VELANO TONIGHT IN THE MORNING here on the network.",
    "The politicians' promises are NOT WHAT WE VOTED FOR in Velano.",  # (an apostrophe opens no quotation)
    "WOW, THIS IS THE WORST COUNCIL VELANO HAS EVER HAD.",  # (one word and a comma: no name's label)
    "Let me say it again: THE COUNCIL IS A DISGRACE TO VELANO.",  # (after a colon: a forum's, the third review)
    "The rebels ' leaders say THIS IS NOT OVER YET in Velano.",  # (a closing mark spaced off its word opens nothing)
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
    # capitals the sentence quotes or shows as written, a case's parties, an expert's label (the review's cases)
    'The alert read: "FLOOD WARNING FOR VELANO. MOVE TO HIGHER GROUND. THIS IS NOT A DRILL."',
    "Protesters chanted 'DOWN WITH THE GOVERNOR' as police fired tear gas in the square.",
    "Protesters chanted “DOWN WITH THE GOVERNOR” as police fired tear gas in the square.",
    "Students held signs reading NEVER AGAIN and ENOUGH IS ENOUGH outside the town hall.",
    "The case, THE STATE OF OSTRAVIA v. JO LEE, opened in Velano on Monday.",
    "Figures from the KESTREL IT BPM survey show the sector grew by 4 percent.",
    "DR JO LEE, CHIEF VIROLOGIST AT THE AGENCY We do not yet know how far the virus has spread.",
    'The workers\' placards read "NO TO THE CUTS" outside the Velano plant.',  # (the second review's cases)
    "The banner bore the words THE END IS NEAR above the square.",
    "One banner read: DOWN WITH THE GOVERNOR.",  # (the fourth review's cases)
    "She wrote ‘thank you all, THIS IS THE END’ on her page.",
]


@pytest.mark.parametrize("sentence", SHOUTING)
def test_shouting_in_capitals_is_no_brief_material(sentence: str) -> None:
    assert shouts(sentence) and not is_brief_material(sentence)


@pytest.mark.parametrize("sentence", PROSE)
def test_names_acronyms_labels_and_headlines_in_capitals_are_no_shouting(sentence: str) -> None:
    assert not shouts(sentence)
