"""Tests of briefbot.brief.figures: a value a later sentence says it left behind ("down to 212 from 240", "down from
1,300") is the figure's value before, never a second report of it nor another count beside the new one."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.brief.changes import tracked_figures
from briefbot.brief.figures import Dated, Report, mentions, moves, quantity, track

DAY1, DAY2 = Dated(date(2025, 3, 9)), Dated(date(2025, 3, 10))


@pytest.mark.parametrize(("sentence", "tracked", "left"), [
    # a revision down to a value, from the one before
    ("The ministry revised the Orlen flood death toll down to 212 from 240 on Monday.", [212], [240]),
    ("Officials revised the toll down to 1,048 from 1,120.", [1048], [1120]),
    # a value's own comma is no clause's end: "grew to 14,500 acres from 6,800"
    ("The fire grew to 14,500 acres from 6,800 on Monday, the county said.", [], [6800]),
    # a revision of a noun phrase's count, to its value from the one before (not the new value left behind)
    ("The gang lowered its ransom demand to $2.4 million from $3 million, a negotiator said.", [], [3_000_000]),
    # ... but "down to" a place is no change: "from 12 villages" is where from
    ("Boats carried 300 people down to the coast from 12 villages.", [], []),
])
def test_a_revision_down_to_a_value_leaves_the_value_before(sentence: str, tracked: list[int], left: list[int]) -> None:
    found = mentions(sentence)
    assert [m.value for m in found if quantity(m) is not None and m.event] == tracked
    assert [m.value for m in found if m.left] == left


def test_a_toll_revised_down_is_the_figure_with_its_value_before_not_a_second_row() -> None:
    first = Report("The death toll from the floods in Veldria climbed to 240, the ministry said.", (1,))
    revised = Report("The ministry revised the Orlen flood death toll down to 212 from 240 on Monday.", (2,))
    figs, disputes = track([first, revised], {1: DAY1, 2: DAY2}, "Orlen floods")
    assert disputes == ()
    (deaths,) = figs
    assert deaths.value == 212 and deaths.previous is not None and deaths.previous.value == 240
    # the brief before showed 240 (of the country): the revision is an update of it, not another count
    (before,), _ = track([first], {1: DAY1}, "Orlen floods")
    moved, recounted = moves(figs, [before], {2})
    assert [f.value for f in moved] == [212] and recounted == []
    # the nearest ordinary sentence: a lower toll with no word of a revision is no value before of the 240
    plain = Report("The ministry said on Monday that 212 people had died in the Orlen floods.", (2,))
    figs, _ = track([first, plain], {1: DAY1, 2: DAY2}, "Orlen floods")
    assert sorted(f.value for f in figs) == [212, 240] and all(f.previous is None for f in figs)
    assert moves(figs, [before], {2})[0] == []


def test_the_value_a_state_came_down_from_is_its_value_before_not_a_second_report() -> None:
    first = Report("About 1,500 people are missing, the agency said.", (1,))
    later = Report("About 1,300 people remain missing, the agency said, down from 1,500.", (2,))
    (missing,), disputes = track([first, later], {1: DAY1, 2: DAY2}, "earthquake")
    assert disputes == () and missing.value == 1300 and missing.also_reported == ()
    assert missing.previous is not None and missing.previous.value == 1500
    # the nearest ordinary sentence: two close approximate values agree (one figure, no value before)
    close = Report("About 1,400 people remain missing, the agency said.", (2,))
    (missing,), disputes = track([first, close], {1: DAY1, 2: DAY2}, "earthquake")
    assert disputes == () and missing.previous is None


def test_an_open_bound_agrees_with_a_value_but_is_no_report_of_it() -> None:
    bound = Report("More than 600 people were injured, the agency said.", (1,))
    exact = Report("The ministry said 740 people were injured in the quake.", (2,))
    (injured,), disputes = track([bound, exact], {1: DAY1, 2: DAY1}, "quake")
    assert disputes == () and injured.value == 740 and injured.also_reported == ()
    # the nearest ordinary case: another article giving the same number ("at least 740") does report it
    same = Report("At least 740 people were injured, officials said.", (3,))
    (injured,), _ = track([bound, exact, same], {1: DAY1, 2: DAY1, 3: DAY1}, "quake")
    assert injured.value == 740 and {*injured.article_ids, *injured.also_reported} == {2, 3}


@pytest.mark.parametrize(("sentence", "measure"), [
    # the verb tells what befell the people counted, over a word before their noun
    ("The minister said 900 injured people were being treated in hospitals after the quake.", "hospitalised"),
    ("Police said 30 wounded protesters were arrested at the clinic.", "arrested"),
    # ... and with no verb of an event, the word before the noun still tells it
    ("The minister said 900 injured people had reached the city.", "injured"),
])
def test_the_verb_of_a_count_over_its_modifier(sentence: str, measure: str) -> None:
    (m,) = [m for m in mentions(sentence) if m.value > 1]
    q = quantity(m)
    assert q is not None and q.measure == measure


@pytest.mark.parametrize("rest", [
    "The remaining prisoners from the first exchange, 60 detainees and 45 soldiers, were freed on Sunday, the Red Cross said.",
    "The remaining 60 detainees were freed on Sunday, the Red Cross said.",
])
def test_the_rest_of_a_set_is_a_later_batch_not_a_new_total(rest: str) -> None:
    first = Report("The government freed 150 detainees at the crossing on Friday, the Red Cross said.", (1,))
    (arrested,), _ = track([first, Report(rest, (2,))], {1: DAY1, 2: DAY2}, "prisoner exchange")
    assert arrested.value == 150 and arrested.previous is None
    assert tracked_figures(rest) == {}  # nor does a point telling it update the count before
    # the nearest ordinary sentence: a count with no word of a rest is the count's value
    plain = "The Red Cross said 60 detainees were freed on Sunday."
    assert tracked_figures(plain) == {"Released": 60}  # freed detainees are no arrests
    # ... and a state's rest is its value now: "the remaining 11 workers are still missing"
    state = Report("The remaining 11 workers are still missing, the company said.", (2,))
    assert [(f.what, f.value) for f in track([state], {2: DAY2}, "rig explosion")[0]] == [("Missing (workers)", 11)]


def test_a_part_freed_of_the_people_arrested_is_no_revision_of_the_arrests() -> None:
    first = Report("Police said 310 people had been detained after the march.", (1,))
    part = Report("Police said 75 of the 310 people detained after the march had been freed.", (2,))
    figs, disputes = track([first, part], {1: DAY1, 2: DAY2}, "march protests")
    assert disputes == ()
    assert sorted((f.what, f.value, f.previous is None) for f in figs) == [("Arrested", 310, True), ("Released", 75, True)]


def test_a_bare_count_freed_of_the_people_held_before_it_is_released() -> None:
    first = Report("Police said 310 people had been detained after the march, and that 40 had been freed.", (1,))
    part = Report("Police said 75 of the 310 people detained after the march had been freed.", (2,))
    figs, _ = track([first, part], {1: DAY1, 2: Dated(date(2025, 3, 14))}, "march protests")
    (released,) = [f for f in figs if f.what == "Released"]
    assert released.value == 75 and released.previous is not None and released.previous.value == 40
    # the nearest ordinary case: a bare count after a thing no one holds frees no one
    (m,) = [m for m in mentions("The tanker spilled 300 barrels, and 20 were released on Monday.") if m.value == 20]
    assert quantity(m) is None


def test_a_latest_value_told_beside_the_other_is_no_change_of_it() -> None:
    """Two accounts side by side ("$2.4 million" by one, "$3 million" by another, then a factbox giving both): the
    latest is no cut from $3 million (a reader's brief had "down from 3 million" of a ransom nobody lowered)."""
    reports = [Report("The gang demanded a ransom of $2.4 million, the Associated Press reported.", (1,)),
               Report("A person familiar with the talks said the ransom demand was $3 million.", (2,)),
               Report("The ransom demand has been reported as $2.4 million by the AP and $3 million by a person familiar with "
                      "the talks.", (3,))]
    dating = {1: Dated(date(2025, 3, 9)), 2: Dated(date(2025, 3, 10)), 3: Dated(date(2025, 3, 13))}
    figs, _ = track(reports, dating, "ransomware attack")
    ransom = next(f for f in figs if f.measure == "ransom")
    assert ransom.value == 2_400_000 and ransom.previous is None
    # the nearest ordinary cases: a demand lowered, or a count that went back, told alone, is a change
    lowered = [reports[1], Report("The gang lowered its ransom demand to $2.4 million, a negotiator said.", (3,))]
    figs, _ = track(lowered, dating, "ransomware attack")
    ransom = next(f for f in figs if f.measure == "ransom")
    assert ransom.value == 2_400_000 and ransom.previous is not None and ransom.previous.value == 3_000_000
    missing = [Report("Two people remain missing, the sheriff said.", (1,)), Report("Three people are now missing.", (2,)),
               Report("Two people remain missing after rescuers found a woman alive.", (3,))]
    figs, _ = track(missing, {1: dating[1], 2: dating[2], 3: Dated(date(2025, 3, 11))}, "flood: missing")
    count = next(f for f in figs if f.measure == "missing")
    assert count.value == 2 and count.previous is not None and count.previous.value == 3  # (the review's case)
    tolls = [Report("Floods in Tarn province have killed 12 people, officials said.", (1,)),
             Report("The death toll in Tarn province rose to 15 on Tuesday, and 12 people remain in hospital.", (2,))]
    figs, _ = track(tolls, dating, "floods")  # (another count of 12 in the latest sentence: no rival account, the review's)
    toll = next(f for f in figs if f.measure == "deaths")
    assert toll.value == 15 and toll.previous is not None and toll.previous.value == 12
    leaks = [Report("Robots found two leaks in the pipe.", (1,)), Report("Engineers are fighting three leaks.", (2,)),
             Report("Engineers capped one, leaving two leaks.", (3,))]
    days = {1: Dated(date(2025, 3, 1)), 2: Dated(date(2025, 3, 9)), 3: Dated(date(2025, 3, 11))}
    figs, _ = track(leaks, days, "oil spill leaks")
    leak = next(f for f in figs if f.measure == "leaks")
    assert leak.value == 2 and leak.previous is not None and leak.previous.value == 3
