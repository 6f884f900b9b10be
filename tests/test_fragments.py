"""A box's row, a box's participle item and a noun phrase alone are no points; sentences of those shapes are."""

from __future__ import annotations

from datetime import date

import pytest
from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.text.fragments import is_fragment
from briefbot.text.standalone import stands_alone


@pytest.mark.parametrize("text", [
    "Death toll, ministry: 11 (10 recovered plus one who died in hospital).",
    "Still missing: 2.",
    "* Rescued alive: 9 (six on Wednesday evening, three early on Thursday).",
    "Bodies recovered from the mine: 10.",
    "Led by the State Mine Rescue Service under Colonel Ivo Rask.",
    "Operated by Varna Coal, the country's second-largest coal producer, with about 6,800 employees.",
    "A market town of about 20,000 people on the highway from Kessary to the east.",
    "An ethnic militia from the hills north of the town.",
    "A remote village, famous for its glass.",  # (a word in "-s" that is no verb: "famous", "glass")
])
def test_a_fragment_is_no_point(text: str) -> None:
    assert is_fragment(text)
    assert not stands_alone(text)


@pytest.mark.parametrize("text", [
    "Death toll: 11 people have died, the ministry said.",  # a label over a sentence
    "Update: rescuers reached the last two miners at 3 a.m.",
    "Led by Colonel Rask, rescuers reached the trapped miners on Thursday.",  # a participle before its sentence
    "A study appears Friday in the journal Science.",
    "A magnitude 6.1 quake struck the coast on Monday.",
    "A blizzard warning remains in effect for the whole county.",
    "A spokesman for the ministry said 11 miners had died.",
    "A third of the town's 20,000 people have left.",
])
def test_a_sentence_of_the_same_shape_is_none(text: str) -> None:
    assert not is_fragment(text)


def test_a_factbox_row_is_no_point() -> None:
    box = article("Still missing: 2.\nDeath toll, ministry: 11 (10 recovered plus one who died in hospital).\n"
                  "Rescuers at the Varna mine sealed the collapsed section on Saturday.", id=1, published=date(2027, 3, 13),
                  title="FACTBOX-Varna mine collapse: key facts")
    brief = compose_brief(Settings(topic="v", title="Varna mine", words=250), date(2027, 3, 13), [box], [], None)
    texts = [p.text for p in brief.summary]
    assert texts and not any(t.startswith(("Still missing", "Death toll, ministry")) for t in texts)


@pytest.mark.parametrize(("text", "alone"), [
    # a live page's note that someone speaks, what they said in the entry after it: nothing told (the wildfire reader's)
    ("Civil Protection Minister Nikos Stavridis has been speaking in Patras.", False),
    ("The prime minister is speaking now.", False),
    # what is to come, who is not speaking, to whom and while what: told (the review's)
    ("The chief constable will be speaking outside the court.", True),
    ("Nobody from the company is speaking to the media.", True),
    ("The captain was speaking to the coastguard as the ship went down.", True),
    # what they speak about, or a speaker with what they said: told
    ("The minister, speaking in Patras, said 14 villages had been evacuated.", True),
    ("Vice President Omar Velis is talking with leaders of the opposition.", True),
    ("Jo Lee was speaking to reporters after the vote, in which 60 MPs backed the bill.", True),
])
def test_a_note_that_someone_speaks_tells_nothing(text: str, alone: bool) -> None:
    assert stands_alone(text) is alone
