"""Tests of briefbot.brief.figures.parts: a count told as a part of the one before it ("..., including nine firefighters")
is that count's part, never a count of its own noun."""

from __future__ import annotations

import pytest

from briefbot.brief.figures import mentions, quantity
from briefbot.brief.figures.identity import focus_words

FOCUS = focus_words("Hill fire near Velano: deaths, injured, evacuations and firefighters")


def _quantities(sentence: str) -> list[tuple[float, str, str] | None]:
    out = []
    for m in mentions(sentence):
        q = quantity(m, FOCUS, 2026)
        out.append((m.value, q.measure, q.subject) if q else None)
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    # a part after a count: no count of its own noun (not "Firefighters: 9" beside those deployed), whatever the count
    ("Twenty-three people were injured in the fire, including nine firefighters.", [(23, "injured", ""), None]),
    ("The blast killed 14 people, among them three children.", [(14, "deaths", ""), None]),
    ("Police arrested 40 people, including 12 minors, on Sunday.", [(40, "arrested", ""), None]),
    ("About 700 firefighters, including 120 from Italy and France, are battling the blaze.", [(700, "firefighters", ""), None]),
    ("The number of injured rose to 183, of whom 17 are in critical condition.", [(183, "injured", ""), None]),
])
def test_a_part_is_no_count_of_its_own(sentence: str, expected: list[tuple[float, str, str] | None]) -> None:
    assert _quantities(sentence) == expected


def test_a_count_after_another_with_no_part_word_is_its_own() -> None:
    # "and" joins two counts: each its own (the deployment and the aircraft)
    found = _quantities("Some 410 firefighters and 12 aircraft were battling the blaze, the fire service said.")
    assert found[0] == (410, "firefighters", "")
