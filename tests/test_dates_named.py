"""Days that date no event of their sentence: a date naming which thing a noun phrase is (briefbot.text.named)."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.text.dates import event_date

MONDAY = date(2024, 5, 20)
THURSDAY = date(2024, 5, 16)
FRIDAY = date(2024, 5, 17)


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a date between "the" (or a possessive) and its noun names which election: the sentence's own day dates its event
    ("Monitors welcomed the certification of the results of the 12 May general election by the board today.", MONDAY, MONDAY),
    ("Full results of Ostravia's May 12 general election, as released by the board on Thursday, gave the ruling party 41%.",
     FRIDAY, THURSDAY),
    ("The 30 June concert in the capital was announced by its promoters on Thursday.", FRIDAY, THURSDAY),
    # ... and, told in the present, the article's day ("is the favourite", "has called for")
    ("The mayor is the favourite to win the 6 June runoff, according to the latest polls.", MONDAY, MONDAY),
    ("The opposition has called for a boycott of the 9 June referendum on the new charter.", MONDAY, MONDAY),
])
def test_a_date_that_names_which_thing_dates_no_event(sentence: str, published: date, expected: date) -> None:
    found = event_date(sentence, published)
    assert found.day == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # the thing's own verb in the past, or a past main verb of which it is the scene, keeps its day
    ("The 12 May blast at the fuel depot killed 11 workers.", MONDAY, date(2024, 5, 12)),
    ("Eleven workers died in the 12 May blast at the fuel depot.", MONDAY, date(2024, 5, 12)),
    ("Officials said the 12 May blast at the fuel depot killed 11 workers.", MONDAY, date(2024, 5, 12)),
    ("The ruling party won the May 12 election with 41% of the vote.", MONDAY, date(2024, 5, 12)),
    # a date that names no thing, and a weekday's "the Friday prayer" (no day's number), are read as before
    ("The board released the full results on 16 May.", MONDAY, THURSDAY),
    ("The Friday prayers at the mosque drew thousands of worshippers.", MONDAY, FRIDAY),
])
def test_a_date_that_names_a_thing_done_in_the_past_keeps_its_day(sentence: str, published: date, expected: date) -> None:
    assert event_date(sentence, published).day == expected
