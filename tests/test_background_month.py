"""A month named alone dates background as a calendar day does: an event of a month all of which was before the previous
brief ("The Velano singer died in June", in an article of 27 August after a brief of 31 July) is no news."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.brief import changes as diff


@pytest.mark.parametrize(("text", "background"), [
    ("The Velano singer died in June from a cardiac arrest at his home in Tarn.", True),
    ("Protests against the Mirel government began in February and have spread across the country.", True),
    # near shapes: a month part of which came after the brief, a bound ("since"), a month to come, no month
    ("The Velano singer died in July from a cardiac arrest at his home in Tarn.", False),
    ("Rights groups say 1,300 people have been killed since the protests began in February.", False),
    ("The Kessary commission will publish its findings in December, officials said.", False),
    ("The Velano singer's doctor has not been named as a suspect, police said.", False),
])
def test_an_event_of_a_month_wholly_before_the_previous_brief_is_background(text: str, background: bool) -> None:
    assert diff.restates_background(text, date(2009, 8, 27), previous_as_of=date(2009, 7, 31)) is background
