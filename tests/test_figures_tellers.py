"""Tests of briefbot.brief.figures: whose count a figure is (teller.py) and what that changes in a series."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.brief.figures import Dated, Report, moves, track
from briefbot.brief.figures.teller import other_tellers, teller

DAY1, DAY2 = Dated(date(2026, 5, 8)), Dated(date(2026, 5, 10))


@pytest.mark.parametrize(("sentence", "who"), [
    ("The Relief Agency puts the death toll at 640.", "Relief Agency"),
    ("About 300 people are missing, the Relief Agency said.", "Relief Agency"),
    ("More than 30 people died, according to the Orla Medical Union.", "Orla Medical Union"),
    ("The Relief Agency said on Friday that the death toll had reached 610.", "Relief Agency"),
    # a body named in common nouns after "the", and a name with an apposition before its verb
    ("The transport ministry said 41 people had been injured.", "transport ministry"),
    ("Nine died, the state news agency reported on Monday.", "state news agency"),
    ("The Orla Medical Union, a doctors' association, said 52 people died.", "Orla Medical Union"),
    ("The Relief Agency has also said 52 people died.", "Relief Agency"),
    # ... not a count's own noun phrase, a verb, a clause with a number or a function word
    ("The two men said 12 people died.", ""),
    ("The spill is estimated at 5,000 barrels a day.", ""),
    ("Across Orla, 24 people were killed on Friday, said activists.", ""),
    # one word names no body for sure
    ("Officials said 12 people died.", ""),
    ("Police said 12 people were killed on Friday.", ""),
])
def test_the_teller_of_a_sentence(sentence: str, who: str) -> None:
    assert teller(sentence) == who


def test_two_names_of_one_body_are_one_teller() -> None:
    assert not other_tellers("Health Ministry", "Velan's Health Ministry") and not other_tellers("", "Relief Agency")
    assert other_tellers("Health Ministry", "Relief Agency")


def test_two_bodies_tolls_in_one_article_disagree_and_neither_updates_the_other() -> None:
    day1 = Report("The Relief Agency said on Friday that the death toll had reached 610.", (1,))
    agency = Report("The Relief Agency puts the death toll at 640.", (2,))
    ministry = Report("The Health Ministry says 700 people died.", (2,))
    figs, disputes = track([day1, agency, ministry], {1: DAY1, 2: DAY2}, "earthquake")
    assert [sorted(f.value for f in d.figures) for d in disputes] == [[640, 700]] and figs == ()
    # the ministry's count after the agency's is no update of it
    (deaths,), _ = track([day1, ministry], {1: DAY1, 2: DAY2}, "earthquake")
    assert deaths.value == 700 and deaths.previous is None
    # the nearest ordinary case: the same body's later count is
    (deaths,), _ = track([day1, Report("The Relief Agency says 700 people died.", (2,))], {1: DAY1, 2: DAY2}, "earthquake")
    assert deaths.value == 700 and deaths.previous is not None and deaths.previous.value == 610


def test_one_article_s_counts_of_unnamed_tellers_or_of_a_group_are_no_dispute() -> None:
    plain = [Report("Officials said 640 people died.", (2,)), Report("By evening, 700 people had died.", (2,))]
    assert track(plain, {2: DAY2}, "earthquake")[1] == ()
    groups = [Report("Radio Velan said nine journalists had been detained.", (2,)),
              Report("The Daily Orla reported that six journalists were arrested.", (2,))]
    assert track(groups, {2: DAY2}, "protests")[1] == ()


def test_another_body_s_count_in_a_later_brief_is_news_not_an_update() -> None:
    day1 = Report("The Relief Agency said on Friday that the death toll had reached 610.", (1,))
    (before,), _ = track([day1], {1: DAY1}, "earthquake")
    ministry = Report("The Health Ministry says 700 people died.", (2,))
    figs, _ = track([day1, ministry], {1: DAY1, 2: DAY2}, "earthquake")
    assert moves(figs, [before], {2}) == ([], list(figs))
    # the nearest ordinary case: the same body's later count is an update
    agency = Report("The Relief Agency says 700 people died.", (2,))
    figs, _ = track([day1, agency], {1: DAY1, 2: DAY2}, "earthquake")
    assert moves(figs, [before], {2})[0] == list(figs)


def test_a_body_s_count_that_says_it_came_from_another_s_keeps_its_value_before() -> None:
    day1 = Report("More than 600 people were injured, the Relief Agency said.", (1,))
    (before,), _ = track([day1], {1: DAY1}, "earthquake")
    ministry = Report("The Health Ministry said 740 people were injured, up from more than 600 reported on Friday.", (2,))
    (injured,), _ = track([day1, ministry], {1: DAY1, 2: DAY2}, "earthquake")
    assert injured.value == 740 and injured.previous is not None and injured.previous.value == 600
    assert moves([injured], [before], {2})[0] == [injured]


def test_two_bodies_counts_in_one_wire_disagree_each_with_its_body() -> None:
    ministry = Report("The transport ministry said 41 people had been detained after the strike.", (1,))
    group = Report("The Orla Rights Union, a monitoring group, said more than 90 people had been arrested.", (1,))
    figs, disputes = track([ministry, group], {1: DAY2}, "strike")
    (row,) = disputes
    assert figs == () and sorted(f.text for f in row.figures) == [
        "The Orla Rights Union, a monitoring group, said more than 90 people had been arrested",
        "The transport ministry said 41 people had been detained"]
    # the nearest ordinary case: one article's two counts that name no body are no dispute, the figure its count's words
    plain = [Report("Police said 41 people had been detained after the strike.", (1,)),
             Report("More than 90 people had been arrested by nightfall.", (1,))]
    figs, disputes = track(plain, {1: DAY2}, "strike")
    assert disputes == () and [f.text for f in figs] == ["More than 90 people had been arrested"]


def test_a_count_a_named_hospital_tells_is_the_hospital_s_and_no_rival_to_the_toll() -> None:
    """A hospital counts its own dead and wounded: a part of the story's toll, shown under its name, never disputing it."""
    toll = Report("Thirty-eight people have died in the unrest, the state television reported.", (1,))
    ward = Report("A doctor treating the wounded at the Al Tarn hospital said 12 people were shot dead.", (2,))
    figs, disputes = track([toll, ward], {1: DAY2, 2: DAY2}, "unrest in Velan")
    assert disputes == () and sorted((f.what, f.value) for f in figs) == [("Deaths", 38), ("Deaths (Al Tarn hospital)", 12)]
    # the wounded taken to a hospital are no hospital's count of its own
    taken = Report("The blast killed 30 people, who were taken to Kestrel General Hospital, police said.", (2,))
    figs, disputes = track([toll, taken], {1: DAY2, 2: DAY2}, "unrest in Velan")
    assert [d.what for d in disputes] == ["Deaths"]


BOX = ("Velan: one death, at least 109 confirmed cases Tarn: 4 confirmed, 12 probable cases Pell, Arvel: 2 confirmed cases "
       "each")


@pytest.mark.parametrize(("sentence", "number", "name"), [
    (BOX, "109", "Velan"), (BOX, "12", "Tarn"),
    (BOX, "2 confirmed cases each", ""),  # (a list of names)
    ("Told the agency on Thursday: \"Now we are collecting 5,000 barrels a day.\"", "5,000", ""),  # a day
    ("OSEI: I saw that 1,000 prisoners escaped.", "1,000", ""),  # a speaker in capitals
    ("As compiled by the Velan Wire: As many as 20,000 protesters marched.", "20,000", ""),  # (after "the")
    ("Deaths: 12 Injured: 40", "40", ""),  # a measure
    ("Officials said 40 people died on Monday.", "40", ""),
])
def test_the_place_a_box_s_row_names(sentence: str, number: str, name: str) -> None:
    from briefbot.brief.figures.rows import row_name
    assert row_name(sentence, sentence.index(number)) == name


def test_a_count_in_a_box_s_row_is_its_place_s_and_no_rival_of_another_row_s() -> None:
    day1 = Report("Velan: one death, 91 confirmed cases Tarn: 3 confirmed, 13 probable cases", (1,))
    day2 = Report("Velan: one death, 109 confirmed cases Tarn: 4 confirmed, 12 probable cases", (2,))
    figs, disputes = track([day1, day2], {1: DAY1, 2: DAY2}, "flu outbreak")
    shown = {f.what: f for f in figs}
    assert disputes == () and "Cases (probable)" not in shown and "Cases (confirmed)" not in shown
    assert shown["Cases (Velan, confirmed)"].value == 109 and shown["Cases (Velan, confirmed)"].previous.value == 91


def test_a_count_of_what_its_of_names_in_a_box_s_row_is_its_row_s_place_s_too() -> None:
    box = Report("Tarn: 103 dead Velan: 20 confirmed cases of swine flu Pell: 1 confirmed case", (1,))
    other = Report("Arvel has two confirmed cases of swine flu.", (2,))
    figs, disputes = track([box, other], {1: DAY1, 2: DAY1}, "swine flu")
    assert disputes == () and "Cases (swine flu, Velan, confirmed)" in {f.what for f in figs}


@pytest.mark.parametrize("sentence", [
    "Thirty-eight people were killed, including 12 who died at Kestrel General Hospital, the health ministry said.",
    "Staff at Tarn City Hospital said they had treated 40 wounded, and the health ministry put the death toll at 38.",
])
def test_a_toll_another_body_tells_beside_a_hospital_stays_the_story_s(sentence: str) -> None:
    figs, _ = track([Report(sentence, (1,))], {1: DAY2}, "unrest in Velan")
    assert ("Deaths", 38) in [(f.what, f.value) for f in figs]


def test_suspected_people_arrested_are_no_pending_state() -> None:
    """"Suspected" of militants says who they are: 12 arrested the day after 40 is a dispute, no count that fell."""
    day1 = Report("Police arrested 40 suspected militants in Tarn on Monday.", (1,))
    day2 = Report("Officials said 12 suspected militants had been arrested in Tarn on Monday.", (2,))
    _, disputes = track([day1, day2], {1: DAY1, 2: Dated(date(2026, 5, 9))}, "unrest in Velan")
    assert [sorted(f.value for f in d.figures) for d in disputes] == [[12, 40]]


@pytest.mark.parametrize("sentence", [
    "Reuters: 40 people were killed in the blast in Tarn.",
    "Jo Lee: 40 people were killed in the blast.",
    "1030 GMT: Police say 40 people have been arrested overnight.",
    "A: At least 40 people have died, officials say.",
    "Velan Red Cross: 40 people were killed in the blast.",
])
def test_one_name_before_a_colon_is_no_box_s_row(sentence: str) -> None:
    from briefbot.brief.figures.rows import row_name
    assert row_name(sentence, sentence.index("40")) == ""


def test_a_toll_of_a_wider_scope_a_doctor_tells_is_the_story_s() -> None:
    ward = Report("A doctor at Kestrel General Hospital said 400 people had been killed nationwide.", (1,))
    ministry = Report("The health ministry said 250 people had been killed nationwide.", (2,))
    _, disputes = track([ward, ministry], {1: DAY2, 2: DAY2}, "unrest in Velan")
    assert [sorted(f.value for f in d.figures) for d in disputes] == [[250, 400]]


@pytest.mark.parametrize("sentence", [
    "Government: 12 dead Opposition: 90 dead",  # (who tells)
    "0900 GMT: 12 dead 1100 GMT: 30 dead",  # (when)
])
def test_a_teller_s_or_a_time_s_name_before_a_colon_is_no_box_s_row(sentence: str) -> None:
    from briefbot.brief.figures.rows import row_name
    assert row_name(sentence, sentence.index("12")) == ""


@pytest.mark.parametrize(("before", "after", "was", "now"), [
    ("The floods displaced 12,000 people in Arvel.", "The number of people displaced in Arvel has fallen to 4,000.", 12000, 4000),
    ("About 40,000 refugees are in camps in Tarn.", "About 25,000 refugees remain in camps in Tarn.", 40000, 25000),
])
def test_a_state_s_earlier_larger_count_is_its_value_before(before: str, after: str, was: int, now: int) -> None:
    """The displaced and the refugees return home: a later, smaller count is the same count fallen, its value before
    shown (a count that only grows, a toll, shows no larger earlier one)."""
    figs, _ = track([Report(before, (1,)), Report(after, (2,))], {1: DAY1, 2: Dated(date(2026, 5, 20))}, "floods in Arvel")
    (shown,) = [f for f in figs if f.value == now]
    assert shown.previous is not None and shown.previous.value == was
