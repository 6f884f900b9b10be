"""A dispute of earlier days stays shown, and a disputing body's later, larger count of the quantity is shown beside it,
dated, never as an update of one side of the dispute (figures/series.py)."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.brief.figures import Dated, Report, track

TUE, THU = date(2025, 6, 10), date(2025, 6, 12)
RED_CRESCENT = "At least 45 people have been killed in the fighting for the airport, according to the Velmoran Red Crescent."
MINISTRY = "The Velmoran Interior Ministry put the toll at 28, including 11 soldiers."
FOCUS = "Battle for Tarnow airport"


def _track(*later: str) -> tuple[list[tuple[str, float, date | None, bool]], list[tuple[str, list[float]]]]:
    reports = [Report(RED_CRESCENT, (1,)), Report(MINISTRY, (1,)), *(Report(t, (2 + k,)) for k, t in enumerate(later))]
    dating = {1: Dated(TUE), **{2 + k: Dated(THU) for k in range(len(later))}}
    figures, disagreements = track(reports, dating, FOCUS, listed=frozenset(dating))
    return ([(f.what, f.value, f.date, f.previous is not None) for f in figures],
            [(d.what, sorted(f.value for f in d.figures)) for d in disagreements])


def test_the_newest_days_value_is_shown_beside_an_earlier_dispute() -> None:
    assert _track() == ([], [("Deaths", [28, 45])])
    later = "The Velmoran Red Crescent said at least 71 people had been killed in the battle for the airport."
    assert _track(later) == ([("Deaths", 71, THU, False)], [("Deaths", [28, 45])])  # no "up from" either side


def test_a_dispute_of_the_newest_day_or_its_own_value_again_adds_no_row() -> None:
    again = "The Velmoran Interior Ministry said the toll stood at 28."  # the dispute's own value, a day later
    assert _track(again)[0] == []
    same_day = ("The Velmoran Red Crescent said at least 71 people had been killed in the battle for the airport.",
                "The Velmoran Interior Ministry said 30 people had been killed in the battle for the airport.")
    figures, disagreements = _track(*same_day)
    assert figures == [] and disagreements and disagreements[0][0] == "Deaths"  # the newest day disputes: the dispute alone


@pytest.mark.parametrize("later", [
    "Three people were killed in the fighting for the airport on Thursday.",  # a day's count: no toll
    "At least 20 people have been killed in the fighting for the airport, a hospital official said.",  # smaller, another body
    "About 30 people have been killed in the fighting for the airport, the Velmoran Interior Ministry said.",  # one side again
    "Nearly 50 people have been killed in the fighting for the airport.",  # no one's count
])
def test_a_count_that_settles_nothing_the_reader_can_tell_adds_no_row(later: str) -> None:
    assert _track(later)[0] == []
