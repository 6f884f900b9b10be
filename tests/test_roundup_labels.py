"""A roundup's item label ("VELAN: ...") comes off its sentence; a speaker's label, a who's who and an unnamed label stay."""

from __future__ import annotations

import pytest

from briefbot.text.clean import clean_article

_LABELLED = ["VELAN: Rescuers at the Velan dam found two more bodies on Monday.",
             "ORLEN: Orlen Works said its engineers had warned of cracks in March."]


def test_a_roundups_item_label_comes_off_its_sentence() -> None:
    assert clean_article("\n".join(_LABELLED)).text.split("\n") == [line.split(": ", 1)[1] for line in _LABELLED]


@pytest.mark.parametrize("lines", [
    # a transcript: its speakers speak again, even one who names himself
    ["BLITZER: This is Wolf Blitzer in Washington.", "LEE: The water is still rising.", "BLITZER: How high now?"],
    # a list of who is who: the name is the subject of what follows
    ["JO LEE: Former mayor. Heads the Lee Trust.", "ANA VOSS: Engineer at Orlen Works. Warned of the cracks."],
    # a label that its sentence does not name places it: kept
    ["OSTRAVIA: Smokers light up almost anywhere.", "TESSEL: Bars ban smoking after 10 pm in Tessel."][:1],
])
def test_a_speakers_label_a_who_is_who_and_an_unnamed_label_stay(lines: list[str]) -> None:
    assert clean_article("\n".join(lines)).text.split("\n") == lines
