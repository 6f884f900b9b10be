"""Of a count that only grows, a disagreement of earlier days that a later count has passed is history, and a body's
own earlier count is the value its later one is up from (figures/series.py)."""

from __future__ import annotations

from datetime import date

from briefbot.brief.figures import Dated, Report, track

TUE, THU = date(2025, 6, 10), date(2025, 6, 12)
RED_CRESCENT = "At least 45 people have been killed in the fighting for the airport, according to the Velmoran Red Crescent."
MINISTRY = "The Velmoran Interior Ministry put the toll at 28, including 11 soldiers."
LATER = "The Velmoran Red Crescent said at least 71 people had been killed in the battle for the airport, most of them fighters."


def _track(later: str | None) -> tuple[list[tuple[str, float, float | None]], list[tuple[str, list[float]]]]:
    reports = [Report(RED_CRESCENT, (1,)), Report(MINISTRY, (1,)), *([Report(later, (2,))] if later else [])]
    figures, disagreements = track(reports, {1: Dated(TUE), 2: Dated(THU)}, "Battle for Tarnow airport")
    return ([(f.what, f.value, f.previous.value if f.previous else None) for f in figures],
            [(d.what, sorted(f.value for f in d.figures)) for d in disagreements])


def test_two_bodies_counts_disagree_until_a_later_count_passes_them() -> None:
    assert _track(None)[1] == [("Deaths", [28, 45])]  # the same day, two bodies: a disagreement
    figures, disagreements = _track(LATER)
    assert disagreements == []  # passed by Thursday's count: history
    assert figures == [("Deaths", 71, 45)]  # ... up from the Red Crescent's own 45, not the ministry's 28


def test_a_later_count_that_passes_one_value_only_leaves_the_dispute() -> None:
    _, disagreements = _track("The Velmoran Interior Ministry said 40 people had been killed in the battle for the airport.")
    assert disagreements and disagreements[0][0] == "Deaths" and 45 in disagreements[0][1]  # (45 is above Thursday's 40)
