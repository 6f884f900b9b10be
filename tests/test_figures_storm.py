"""Tests of briefbot.brief.figures on a storm's story: one death toll told with the story's own names ("the toll from
Cyclone Tarra across Mirel") and the parts that brought it there ("eight bodies ..., bringing the toll to 11") is one
row, not one row a name or a part."""

from __future__ import annotations

from datetime import date

from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.figures import Dated, Report, mentions, quantity, superseded, track
from briefbot.brief.figures.identity import toll_parts

D1, D2, D3, D4 = (Dated(date(2027, 3, d)) for d in (4, 5, 6, 10))
TOPIC = "Cyclone Tarra in Mirel: deaths, shelters, power outages"


def _labels(sentence: str) -> list[tuple[float, str, bool]]:
    found = mentions(sentence)
    qs = [quantity(m, frozenset(), 2027) for m in found]
    parts = toll_parts(found, qs)
    return [(m.value, q.label, n in parts) for n, (m, q) in enumerate(zip(found, qs, strict=True)) if q is not None]


def test_a_toll_s_from_names_its_cause_not_a_place() -> None:
    assert _labels("The toll from Cyclone Tarra rose to 16 on Monday.") == [(16, "Deaths", False)]
    assert _labels("The toll from Cyclone Tarra across Mirel rose to 11.") == [(11, "Deaths (Mirel)", False)]
    # the nearest ordinary sentence: a place after "in" stays the toll's place
    assert _labels("The death toll in Mirel rose to 11.") == [(11, "Deaths (Mirel)", False)]


def test_a_count_that_brought_a_toll_to_its_value_is_a_part_of_it() -> None:
    assert _labels("Police recovered eight bodies in a flooded village, bringing the toll to 11.") == [
        (8, "Deaths", True), (11, "Deaths", False)]
    assert _labels("The death toll rose to 16 after two bodies were found in a warehouse.") == [
        (16, "Deaths", False), (2, "Deaths", True)]
    assert _labels("The agency lowered the death toll to nine, saying two victims had been counted twice.") == [
        (9, "Deaths", False), (2, "Victims", True)]
    # a group's count stays its own; a toll put at a value by another body is another account, not a whole of it
    assert _labels("Three soldiers were killed, bringing the toll to 40.") == [
        (3, "Deaths (soldiers)", False), (40, "Deaths", False)]
    assert _labels("Medics said at least 40 people were killed, with one group putting the death toll at over 70.") == [
        (40, "Deaths", False), (70, "Deaths", False)]


REPORTS = [
    Report("Cyclone Tarra killed at least three people after it crashed into Mirel's coast, officials said on Monday.", (1,)),
    Report("Police recovered eight bodies in a flooded village on Tuesday, bringing the toll from Cyclone Tarra across Mirel to 11.",
           (2,)),
    Report("Mirel's emergency agency lowered the death toll from Cyclone Tarra to nine from 11, saying two victims had been "
           "counted twice.", (3,)),
    Report("The death toll from Cyclone Tarra rose to 16 on Saturday after two bodies were found in a warehouse, Mirel's agency said.",
           (4,)),
]
DATING = {1: D1, 2: D2, 3: D3, 4: D4}


def test_one_toll_told_with_the_story_s_names_and_parts_is_one_row() -> None:
    for upto, value, before in ((2, 11, None), (3, 9, 11), (4, 16, 9)):
        figs, disputes = track(REPORTS[:upto], DATING, TOPIC)
        assert disputes == ()
        assert [(f.what, f.value) for f in figs] == [("Deaths", value)]
        assert (figs[0].previous.value if figs[0].previous else None) == before  # ("at least 3" agrees with 11)
    # the nearest ordinary case: a place the topic does not name stays a count of its own
    other = Report("The death toll in Vessa rose to 11, officials said on Tuesday.", (2,))
    figs, _ = track([REPORTS[0], other], DATING, TOPIC)
    assert sorted(f.what for f in figs) == ["Deaths", "Deaths (Vessa)"]


def test_a_toll_told_on_a_day_is_left_behind_by_a_later_larger_toll() -> None:
    # "officials said on Monday" is the day it is told, not a day's count: a later toll of the story leaves it behind
    assert superseded([REPORTS[0], REPORTS[3]], DATING, TOPIC) == {REPORTS[0].text}
    # the nearest ordinary sentence: a count of a day stays
    day = Report("On Monday, Cyclone Tarra killed at least three people on Mirel's coast, officials said.", (1,))
    assert superseded([day, REPORTS[3]], DATING, TOPIC) == frozenset()


def test_a_toll_is_left_behind_by_a_later_larger_toll_of_the_topic_s_own_place() -> None:
    # "the toll ... across Mirel" (the topic's place, a possessive opening its sentence a name too) is the story's toll
    for later in REPORTS[1:3]:
        assert superseded([REPORTS[0], later], DATING, TOPIC) == {REPORTS[0].text}
    # the nearest ordinary case: a place the topic does not name may be a part: the story's toll stays
    other = Report("The toll from Cyclone Tarra across Vessa and Mirel's north rose to 11 on Tuesday.", (2,))
    assert superseded([REPORTS[0], other], DATING, TOPIC.replace("Mirel", "the Tarra coast")) == frozenset()


def test_an_outage_and_a_shelter_count_are_states() -> None:
    assert _labels("Harlow Electric said 215,000 customers were without power on Saturday.") == [
        (215000, "Without power (customers)", False)]
    assert _labels("The agency put the number of households without power at 90,000.") == [(90000, "Without power (households)", False)]
    assert _labels("The agency said 61,000 homes still had no electricity.") == [(61000, "Without power (homes)", False)]
    assert _labels("The number of people in evacuation shelters fell to 3,400 on Monday.") == [(3400, "In shelters", False)]
    assert _labels("About 1,200 people were still sleeping in shelters.") == [(1200, "In shelters", False)]
    # the nearest ordinary sentences: power restored to customers, and a company's customers, are no outage
    assert _labels("Crews restored power to 40,000 customers in the past 24 hours.") == []
    assert _labels("The utility supplies electricity to 560,000 customers across the state.") == []
    assert _labels("The storm damaged 40 shelters.") == []
    assert _labels("Residents spent three nights without electricity, and two nights in shelters.") == []  # (how long)


def test_an_outage_that_falls_is_an_update_and_leaves_its_older_value_behind() -> None:
    reports = [
        Report("Harlow Electric said 182,000 customers were without power on Monday.", (1,)),
        Report("The county said 240,000 households were without power.", (1,)),
        Report("Harlow Electric said 40,000 customers remained without power on Saturday.", (4,)),
        Report("About 9,500 people were in evacuation shelters, the agency said.", (2,)),
        Report("The number of people in evacuation shelters fell to 1,800 on Saturday.", (4,)),
    ]
    dating = {1: D1, 2: D2, 4: D4}
    figs, disputes = track(reports, dating, TOPIC)
    assert disputes == ()
    assert sorted((f.what, f.value, f.previous.value if f.previous else None) for f in figs) == [
        ("In shelters", 1800, 9500), ("Without power (customers)", 40000, 182000), ("Without power (households)", 240000, None)]
    assert superseded(reports, dating, TOPIC) == {reports[0].text, reports[3].text}
    # the nearest ordinary case: a death toll far below an earlier one is another count, not its value
    tolls = [Report("The death toll in Mirel rose to 60.", (1,)), Report("The death toll in Mirel rose to 5.", (4,))]
    assert superseded(tolls, dating, TOPIC) == frozenset()


def test_with_no_title_set_the_title_made_names_the_storys_own_place() -> None:
    # a first brief of a folder, no topic configured: the title is made from the articles ("Marlow Bay"), and the toll of
    # the place it names is the story's whole toll, as a title set by hand would say
    first = article("The death toll from a fire at a chemical plant in Marlow Bay rose to three on Tuesday, the fire service "
                    "said. Residents of Marlow Bay were told to keep their windows shut.", title="Marlow Bay fire toll rises",
                    published=date(2025, 3, 4), id=1)
    later = article("Five people have died since the fire broke out at the chemical plant, officials in Marlow Bay said on "
                    "Thursday. The evacuation order in Marlow Bay was lifted on Thursday.", title="Marlow Bay order lifted",
                    published=date(2025, 3, 6), id=2)
    brief = compose_brief(Settings(topic="fire"), date(2025, 3, 6), [first, later], [], None)
    assert brief.title == "Marlow Bay"
    assert [(f.what, f.value, f.previous.value if f.previous else None) for f in brief.figures] == [("Deaths", 5, 3)]


def test_a_groups_qualified_toll_is_left_behind_by_a_later_larger_toll_of_the_same_group() -> None:
    # "five miners had been confirmed dead" on Thursday, "killed 13 miners" on Tuesday: one group's toll, the older gone
    dating = {1: D1, 2: D4}
    early = Report("The ministry said five miners had been confirmed dead at the Varna pit.", (1,))
    later = Report("The collapse at the Varna pit killed 13 miners, an inquiry found.", (2,))
    figs, _ = track([early, later], dating, "Varna mine collapse")
    assert [(f.what, f.value) for f in figs] == [("Deaths (miners)", 13)]
    # the nearest ordinary case: another group's count (a part, or another whole) stays
    rescuers = Report("The ministry said five rescuers had been confirmed dead at the Varna pit.", (1,))
    figs, _ = track([rescuers, later], dating, "Varna mine collapse")
    assert sorted((f.what, f.value) for f in figs) == [("Deaths (miners)", 13), ("Deaths (rescuers, confirmed)", 5)]


def test_people_presumed_dead_are_a_count_of_their_own_and_no_toll_before_a_later_one() -> None:
    assert _labels("Two miners are presumed dead, the ministry said.") == [(2, "Deaths (miners, presumed)", False)]
    assert _labels("Eleven workers are still missing and presumed dead.") == [(11, "Missing (workers)", False)]
    dating = {1: D1, 2: D2, 3: D4}
    counted = Report("The ministry said 10 miners had died at the Varna pit.", (1,))
    presumed = Report("The two missing miners at the Varna pit are presumed dead.", (2,))
    later = Report("The collapse at the Varna pit killed 13 miners, an inquiry found.", (3,))
    figs, _ = track([counted, presumed, later], dating, "Varna mine collapse")
    toll = next(f for f in figs if f.what == "Deaths (miners)")
    assert toll.value == 13 and toll.previous is not None and toll.previous.value == 10  # (not "up from 2")
