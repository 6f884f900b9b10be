"""Tests of briefbot.brief.figures: counts of what is to come (ahead.py) and counts of people freed."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.brief.figures import Dated, Report, mentions, quantity, track

DAY1, DAY2 = Dated(date(2026, 3, 2)), Dated(date(2026, 3, 3))


def _tracked(sentence: str, focus: frozenset[str] = frozenset()) -> list[tuple[float, str]]:
    return [(m.value, q.label) for m in mentions(sentence) if (q := quantity(m, focus)) is not None]


@pytest.mark.parametrize("sentence", [
    "The Dral government will free 150 detainees and the Kesh militia will free 150 captured soldiers on Monday.",
    "The two sides agreed on Tuesday to swap 400 prisoners, the first result of the talks.",
    "Under the deal, 900 prisoners held by both sides will be freed within 30 days.",
    "The draft, dated March 1, also provides for a truce and the opening of four aid corridors.",
    "Under the plan, the army would open four aid corridors.",
])
def test_a_count_to_come_is_no_current_count(sentence: str) -> None:
    assert _tracked(sentence, frozenset({"corridors"})) == []


@pytest.mark.parametrize(("sentence", "tracked"), [
    # the nearest sentences that keep their figure: a count done, an estimate of a toll, a deployment, a cost
    ("The Dral government freed 120 detainees on Monday, the Red Cross said, adding that the rest would be freed soon.",
     [(120.0, "Released")]),
    ("Police said 30 people were killed and 12 will be charged.", [(30.0, "Deaths")]),
    ("Officials said the death toll could reach 5,000.", [(5000.0, "Deaths")]),
    ("Dralia will send 400 soldiers to the border, the ministry said.", [(400.0, "Troops deployed")]),
    ("Officials said it could take weeks to seal two leaks from the pipeline.", [(2.0, "Leaks")]),
    ("The army opened four aid corridors on Monday.", [(4.0, "Corridors (aid)")]),
    ("Engineers said the leak could now be 9,000 barrels of oil a day.", [(9000.0, "Oil flow (barrels per day)")]),
    ("The cap is meant to catch some of the 4,000 barrels of oil a day leaking from the pipe.", [(4000.0, "Oil flow (barrels per day)")]),
    ("Talks to resume, envoy says Four aid workers were killed in Tesk on Monday.", [(4.0, "Deaths (aid workers, Tesk)")]),
])
def test_a_count_done_estimated_or_sent_stays(sentence: str, tracked: list[tuple[float, str]]) -> None:
    assert _tracked(sentence, frozenset({"corridors", "leaks"})) == tracked


def test_people_freed_are_no_arrests() -> None:
    assert _tracked("The militia released 85 hostages and freed 40 soldiers.") == [(85.0, "Released (hostages)"),
                                                                                  (40.0, "Released (soldiers)")]
    assert _tracked("Police arrested 85 people on Monday.") == [(85.0, "Arrested")]
    assert _tracked("The well released 5,000 barrels of oil a day.") == [(5000.0, "Oil flow (barrels per day)")]


def test_a_plan_and_what_was_done_neither_disagree_nor_update() -> None:
    plan = Report("The Dral government will free 150 detainees on Monday.", (1,))
    done = Report("The Dral government freed 120 detainees on Tuesday, the Red Cross said.", (2,))
    figs, disputes = track([plan, done], {1: DAY1, 2: DAY2}, "prisoner swap")
    assert disputes == ()
    assert [(f.what, f.value, f.previous) for f in figs] == [("Released", 120.0, None)]


def test_vehicles_are_no_people_displaced() -> None:
    assert _tracked("An aide said 25 lorries had crossed into the valley on Sunday.") == []
    # the nearest ordinary sentence: people crossing are displaced
    assert _tracked("About 2,500 people had crossed into the valley on Sunday.") == [(2500.0, "Displaced")]


@pytest.mark.parametrize("sentence", [
    "The two field hospitals can treat up to 400 patients a day, the ministry said.",  # a capacity, no count of cases
    "The skimmers can process 90,000 barrels of oily water a day, their owners say.",  # no oil flow
    "The new containment system should be able to handle up to 60,000 barrels of oil a day.",
    "The camp can hold only 15,000 refugees, though more arrive every day.",
    "The agency said it is able to evacuate 3,000 people a day.",  # the count's phrase holds its verb
    "The clinic has room for 120 patients.",
    "The refinery is capable of processing 50,000 barrels of oil a day.",
    "The tankers have a capacity of 80,000 barrels of oil a day.",
])
def test_a_capacity_told_right_before_the_count_is_no_count(sentence: str) -> None:
    assert _tracked(sentence, frozenset({"refugees"})) == []


@pytest.mark.parametrize(("sentence", "tracked"), [
    ("Police can officially confirm that three people died in the blast.", [(3.0, "Deaths")]),  # what a body can tell
    ("The ministry can verify 50 deaths so far.", [(50.0, "Deaths")]),
    ("Scientists were able to measure the flow at 35,000 barrels a day.", [(35000.0, "Oil flow (barrels per day)")]),  # done
    ("The field hospitals treated 400 patients on Friday.", [(400.0, "Cases")]),
    # what cannot be done to a count that is, and a "can" of another clause
    ("Officials can't account for 40 people still missing after the flood.", [(40.0, "Missing")]),
    ("Neighbouring towns can no longer house 12,000 displaced people.", [(12000.0, "Displaced")]),
    ("Families who cannot afford transport said 14 people have died in the camp.", [(14.0, "Deaths")]),
    ("Nobody can explain why 14 people died in the fire.", [(14.0, "Deaths")]),
    ("The hospital, which is equipped for 250 patients, has received 700 wounded.", [(700.0, "Injured")]),
])
def test_what_a_body_can_tell_or_cannot_do_is_a_count(sentence: str, tracked: list[tuple[float, str]]) -> None:
    assert _tracked(sentence) == tracked
