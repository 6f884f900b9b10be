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


# an agency's incident update cut into labelled sections, over a box of labelled rows (invented)
_RELEASE = ["Incident Update - August 5, 6:00 p.m.", "Acres burned: 48,200", "Containment: 12%",
            "Current situation: Strong winds pushed the fire east overnight toward Birch Flat.",
            "Weather: The red flag warning expires at 8 p.m. tonight.",
            "Road closures: Highway 14 remains closed between Callen and Dunmore."]


def test_a_releases_section_labels_come_off_their_sentences_and_its_rows_stay() -> None:
    lines = clean_article("\n".join(_RELEASE)).text.split("\n")
    assert "The red flag warning expires at 8 p.m. tonight." in lines
    assert "Highway 14 remains closed between Callen and Dunmore." in lines
    assert "Acres burned: 48,200" in lines and not any(line.startswith(("Weather:", "Road closures:")) for line in lines)


@pytest.mark.parametrize("lines", [
    # a live page's speakers, each once: names alone are no release's sections
    ['Landrieu: "Define legitimate for us?"', 'Nelson: "Is it worth the trade-off to our economy?"',
     'Probert: "I was just explaining the role of the parties."'],
    # reported words after their speaker and a colon: no label
    ['He said: "The water is still rising."', 'The report says: "The dam was sound."', 'Road closures: Highway 14 is shut.'],
    # whose word it is, or how sure: the label tells what the sentence is (the review's cases)
    ["Unconfirmed reports: Twelve people were killed in a second blast near the station.",
     "Police statement: Officers have sealed off the square.", "Travel: All trains are cancelled."],
    ["Russian claims: Kestrel forces lost 400 soldiers near Orr in the past day.", "Kestrel claims: Velan lost 600 soldiers.",
     "Independent estimates: Neither figure could be verified by Reuters."],
])
def test_names_and_speakers_before_a_colon_are_no_section_labels(lines: list[str]) -> None:
    assert clean_article("\n".join(lines)).text.split("\n") == lines


def test_a_long_labelled_line_that_never_ends_costs_linear_time() -> None:
    from growth import assert_linear

    from briefbot.text.labels import item_labels

    labels = ("Road closures", "Power cuts", "School closures", "Water supply", "Bus routes", "Ferry services")
    assert_linear(lambda n: "\n".join(f"{label}: A" + " a" * n for label in labels), lambda page: item_labels(page.split("\n")), 2_000)
