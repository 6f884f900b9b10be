"""Tests of briefbot.brief.figures.once: one count that articles label in their own words is one figure row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefbot.brief.figures import Dated, Report, track
from briefbot.brief.figures.once import once
from briefbot.models import Figure, Reading

DAY = date(2019, 6, 3)


def _shown(rows: list[tuple[str, int]], focus: str) -> list[tuple[str, float]]:
    given = [Report(t, (a,)) for t, a in rows]
    figs, _ = track(given, {a: Dated(DAY, DAY) for _, a in rows}, focus=focus)
    return [(f.what, f.value) for f in figs]


def test_a_count_with_and_without_its_subject_is_one_row() -> None:
    rows = [("The blast on the Tarrow platform killed 14 workers, the company said.", 1),
            ("Fourteen people died when the platform caught fire.", 2),
            ("The explosion killed 14 workers and injured 9 others.", 3)]
    shown = _shown(rows, "Tarrow platform fire")
    assert [v for w, v in shown if w.startswith("Deaths")] == [14]


def test_a_count_told_with_a_place_and_without_is_one_row() -> None:
    rows = [("Officials said 85 soldiers were killed.", 1),
            ("The government blamed armed gangs for the deaths of 85 soldiers in Qaret.", 2),
            ("State radio said 85 soldiers had been killed.", 3)]
    deaths = [(w, v) for w, v in _shown(rows, "Fighting in the north") if w.startswith("Deaths")]
    assert len(deaths) == 1 and deaths[0][1] == 85


def test_other_things_that_happen_to_agree_keep_their_rows() -> None:
    # other subjects ("Korean" and "biggest, Canada"), other qualifiers (confirmed, suspected): not one count
    a = Figure(7, "Banks (Korean)", "seven Korean banks", measure="banks", subject="Korean")
    b = Figure(7, "Banks (biggest, Canada)", "Canada's seven biggest banks", measure="banks", subject="biggest, Canada")
    c = Figure(7, "Banks (biggest, US)", "the seven biggest US banks", measure="banks", subject="biggest, US")
    d = Figure(11, "Deaths (confirmed)", "11 confirmed deaths", measure="deaths", qualifier="confirmed")
    e = Figure(11, "Deaths (suspected)", "11 suspected deaths", measure="deaths", qualifier="suspected")
    f = Figure(11, "Injured", "11 were injured", measure="injured")
    g = Figure(11, "Deaths (workers)", "11 workers were killed", measure="deaths", subject="workers", high=12)
    assert once([a, b, c, d, e, f, g]) == (a, b, c, d, e, f, g)
    # a figure with no measure is its words alone: never taken for another
    assert once([Figure(5, "Wells", "five wells"), Figure(5, "Rigs", "five rigs")]) == (Figure(5, "Wells", "five wells"),
                                                                                     Figure(5, "Rigs", "five rigs"))


def test_the_row_kept_is_the_first_unless_only_a_later_one_tells_a_move() -> None:
    first = Figure(11, "Deaths", "Eleven people died", measure="deaths")
    moved = Figure(11, "Deaths (workers)", "killing 11 workers", measure="deaths", subject="workers",
                   previous=Reading(9, "nine workers"))
    plain = Figure(11, "Deaths (workers)", "killing 11 workers", measure="deaths", subject="workers")
    assert once([first, moved]) == (moved,)
    assert once([first, plain]) == (first,)
    assert once([moved, first]) == (moved,)


def test_a_small_count_is_another_count_whatever_its_day() -> None:
    # two people killed at a farmhouse on Thursday, two firefighters on Friday: four dead, two rows (the review's case)
    thursday, friday = date(2026, 3, 5), date(2026, 3, 6)
    a = Figure(2, "Deaths", "Two people were killed", measure="deaths", date=thursday)
    b = Figure(2, "Deaths (firefighters)", "Two firefighters were killed", measure="deaths", subject="firefighters", date=friday)
    assert once([a, b]) == (a, b)
    assert once([a, replace(b, date=thursday)]) == (a, replace(b, date=thursday))  # the same day too ("a separate attack")
    assert once([replace(a, value=14), replace(b, value=14)]) == (replace(a, value=14),)  # a larger one: one count


def test_a_count_told_apart_from_another_is_never_the_same_row() -> None:
    a = Figure(12, "Arrested", "Police arrested 12 people", measure="arrested", sentence="Police arrested 12 people after the riot.")
    b = Figure(12, "Arrested (minors)", "Police arrested 12 minors", measure="arrested", subject="minors",
               sentence="Police arrested 12 minors in a separate raid on Friday.")
    assert once([a, b]) == (a, b)
