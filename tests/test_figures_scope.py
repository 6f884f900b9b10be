"""Tests of briefbot.brief.figures: numbers a sentence gives that are no figure of the story, or another figure than they seem."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.brief.figures import Dated, Report, mentions, quantity, track
from briefbot.brief.figures.identity import focus_words


def q(sentence: str, year: int | None = 2010) -> list[str | None]:
    """The label of each mention's quantity, None for context."""
    return [(x.label if (x := quantity(m, focus_words(""), year)) else None) for m in mentions(sentence)]


# ----------------------------------------------------------------------------- a year that opens the sentence

FINED = ("In 2009, Tarn Oil was fined a record $8m for failing to improve safety conditions following a massive explosion "
         "that killed 15 people at its Kessary refinery.")


def test_a_year_opening_the_sentence_sets_a_far_count_in_that_time() -> None:
    assert q(FINED, year=2010) == [None, None]


def test_a_year_opening_the_sentence_is_this_story_s_in_an_article_of_that_year() -> None:
    assert q(FINED, year=2009) == ["Fine (dollars)", "Deaths"]


def test_a_thing_built_decades_ago_leaves_its_story_s_toll() -> None:
    assert q("The dam, built decades ago, collapsed on Monday, killing at least 41 people.") == ["Deaths"]


@pytest.mark.parametrize("ago", ["two years ago", "a decade ago", "several years ago", "12 years ago"])
def test_a_toll_set_years_ago_is_another_event_s(ago: str) -> None:
    s = (f"This collapse, like the derailment of a train near Velano {ago} that killed 101 people, leaves the valley in shock,"
         " the bishop said.")
    assert q(s) == [None]


@pytest.mark.parametrize("s", [
    "About 14 out of 100 residents of the valley are infected with cholera, the minister said.",
    "Four out of 3,300 patients studied at the Kestrel clinic had heart attacks.",
    "One in 100 residents of the valley is infected with cholera, the minister said.",
])
def test_the_whole_of_a_share_is_no_count(s: str) -> None:
    assert any(m.value >= 100 for m in mentions(s))  # the whole is read as a number (else the next line holds of nothing)
    assert all(label is None for label, m in zip(q(s), mentions(s), strict=True) if m.value >= 100)  # (the whole: 100, 3,300)


def test_a_place_opening_the_sentence_sets_no_time() -> None:
    s = ("In Velano, where Tarn Oil was fined a record $8m for failing to improve safety conditions at its refinery, a massive "
         "explosion on Tuesday killed 15 people.")
    assert q(s)[-1] == "Deaths"


def test_another_year_s_toll_is_no_value_before_of_the_story_s() -> None:
    d1, d2 = date(2010, 4, 21), date(2010, 4, 26)
    dating = {1: Dated(d1, d1, False), 2: Dated(d2, d2, False)}
    reports = [Report("The explosion on the Velano rig killed 11 people.", (1,)), Report(FINED, (2,))]
    (f,), _ = track(reports, dating)
    assert (f.what, f.value, f.previous) == ("Deaths", 11, None)


# ----------------------------------------------------------------------------- a rate told after its amount's words


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The damaged well is still spewing 5,000 barrels of oil into the sea each day.", "Oil flow (barrels per day)"),
        ("Crews are trying to stem the estimated 5,000 barrels of oil spewing each day from the Velano well.",
         "Oil flow (barrels per day)"),
        ("Around 1,000 barrels of oil are still gushing from the site into the sea each day.", "Oil flow (barrels per day)"),
        ("Some 5,000 barrels (210,000 gallons) of oil a day are flowing into the sea.", "Oil flow (barrels per day)"),
        ("The cost to Tarn Oil is $6m (£4m) a day, including attempts to cap the well.", "Cost (dollars per day)"),
    ],
)
def test_a_rate_told_after_its_amount_s_words_is_a_rate(sentence: str, label: str) -> None:
    assert q(sentence)[0] == label  # (a bracketed conversion after it is no figure of its own)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Velano well leaked 5,000 barrels of oil before it was capped a day after the blast.", "Oil spilled (barrels)"),
        ("The Velano well leaked 5,000 barrels of oil, and a day later it was capped.", "Oil spilled (barrels)"),
        ("The Velano well leaked 5,000 barrels of oil for a day.", "Oil spilled (barrels)"),
        ("Tarn Oil paid $6m (£4m) to the families a day after the blast.", "Payments (dollars)"),
        ("The Velano well has spilled 5,000 barrels of oil.", "Oil spilled (barrels)"),
    ],
)
def test_a_day_that_is_no_rate_leaves_an_amount_an_amount(sentence: str, label: str) -> None:
    assert q(sentence)[0] == label


# ----------------------------------------------------------------------------- a count that introduces who tells


@pytest.mark.parametrize(
    "sentence",
    [
        "One worker rescued from the rig, Mirel Kessary, reportedly said the blast shook the whole platform.",
        "One protester arrested in Tuesday's march told the Meridian Press that police had beaten him.",
        "But two men detained in Velano told reporters they had been held without charge.",
    ],
)
def test_a_count_that_introduces_who_tells_is_no_count_of_its_event(sentence: str) -> None:
    assert q(sentence) == [None]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("17 people killed in the Velano blast, police said.", "Deaths"),
        ("Seventeen workers were injured in the blast, officials said.", "Injured (workers)"),
        ("Police said 40 protesters arrested in Tuesday's march told them they had been paid.", "Arrested (protesters)"),
    ],
)
def test_a_count_told_by_another_stays_a_count(sentence: str, label: str) -> None:
    assert q(sentence) == [label]


# ----------------------------------------------------------------------------- an amount told as a limit


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarn Oil agreed to pay clean-up costs beyond the current $75m (£52m) liability limit.",
        "The government agreed to absorb all losses beyond $42 billion, a threshold that could be exceeded.",
    ],
)
def test_an_amount_told_as_a_limit_after_it_is_no_amount(sentence: str) -> None:
    assert q(sentence) == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Northmarch Rail will pay $1,000 per household to families forced from their homes.", [None]),
        ("The council will pay £2,500 (about $3,100) a head to each resident who was evacuated.", [None]),  # (its conversion: none)
        ("The insurer offered $45 for each share of Tarn Oil, valuing the company at $2 billion.", [None, None]),
        ("The state will pay $1.5 million for each victim of the Tarn bridge collapse.", [None]),  # ("for each", above a price)
        ("Northmarch Rail will pay $1.2 million to families forced from their homes.", ["Payments (dollars)"]),
        ("The railway agreed to pay the $45 million a family sought in its lawsuit.", ["Payments (dollars)"]),  # (whose)
    ],
)
def test_an_amount_each_one_gets_is_no_amount_of_the_story(sentence: str, expected: list[str | None]) -> None:
    # "$1,000 per household" had been "Payments (dollars): 1,000", read as the whole of what was paid
    assert q(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities told everyone within one mile of the derailment to evacuate.",
        "Police ordered residents living within two kilometres of the plant to evacuate on Monday.",
        "Three people were killed 20 miles north of the town.",
        "Residents within 10 km of the volcano were evacuated on Tuesday.",
    ],
)
def test_a_distance_counts_no_one(sentence: str) -> None:
    # "within one mile to evacuate" had been "Evacuated (miles): 1"
    assert [x for x in q(sentence) if x is not None and "Deaths" not in x] == []
    assert ("Deaths" in q(sentence)) == ("killed" in sentence)


def test_a_bare_count_after_a_distance_counts_people() -> None:
    # not "Deaths (miles)", and not lost either
    assert q("The fire spread 12 miles overnight; 5 were killed and 30 injured.") == [None, "Deaths", "Injured"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Tarn Oil said the spill had cost it $350m (£233m) so far.", "Cost (dollars)"),
        ("The clean-up has cost Tarn Oil $75m, the company said.", "Cost (dollars)"),
    ],
)
def test_an_amount_with_no_limit_after_it_stays_an_amount(sentence: str, label: str) -> None:
    assert q(sentence) == [label]


# ----------------------------------------------------------------------------- an amount rounded or converted

D1, D2 = date(2010, 5, 5), date(2010, 5, 9)


def tracked(*reports: tuple[str, int, date]) -> tuple:
    dating = {a: Dated(d, d, False) for _, a, d in reports}
    return track([Report(t, (a,)) for t, a, _ in reports], dating)


def test_an_amount_converted_within_a_hundredth_is_no_change() -> None:
    (f,), dis = tracked(("The Velano well has been spewing at least 800,000 litres of oil a day.", 1, D1),
                        ("The Velano well is pumping 795,000 litres (210,000 gallons) of oil into the sea each day.", 2, D2))
    assert (f.what, f.value, f.previous, dis) == ("Oil flow (litres per day)", 795_000, None, ())


def test_an_amount_rounded_within_a_hundredth_is_no_disagreement() -> None:
    figs, dis = tracked(("The Velano well is leaking 800,000 litres of oil a day.", 1, D2),
                        ("The Velano well is leaking 795,000 litres of oil a day, the agency said.", 2, D2))
    assert dis == () and [f.what for f in figs] == ["Oil flow (litres per day)"]


def test_an_amount_further_apart_on_one_day_is_a_disagreement() -> None:
    _, dis = tracked(("Tarn Oil said its costs from the spill had risen to $990m.", 1, D2),
                     ("The clean-up has cost Tarn Oil $1bn to date, the company said.", 2, D2))
    assert [d.what for d in dis] == ["Cost (dollars)"]


def test_an_amount_further_apart_is_a_change() -> None:
    (f,), _ = tracked(("The Velano well is leaking 5,000 barrels of oil a day.", 1, D1),
                      ("The Velano well is leaking 5,200 barrels of oil a day.", 2, D2))
    assert f.value == 5_200 and f.previous is not None and f.previous.value == 5_000


def test_a_count_one_apart_is_a_change() -> None:
    (f,), _ = tracked(("The blast in Velano killed 100 people.", 1, D1), ("The blast in Velano killed 101 people.", 2, D2))
    assert f.value == 101 and f.previous is not None and f.previous.value == 100


# ----------------------------------------------------------------------------- a count split off from the one after it


@pytest.mark.parametrize(
    "sentence",
    [
        "About 95,000 people have crossed into Velano and another 83,000 into Kessary, the refugee agency said.",
        "Five people were killed on Tuesday and another three on Wednesday.",
    ],
)
def test_a_count_of_no_place_split_off_from_another_is_a_part(sentence: str) -> None:
    assert q(sentence) == [None, None]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Five people were killed in Tarn on Tuesday and another three on Wednesday.", ["Deaths (Tarn)", None]),
        ("Police arrested 20 people and another 30 were detained later.", ["Arrested", "Arrested"]),
        ("About 95,000 people have crossed into Velano since the fighting began.", ["Displaced"]),
    ],
)
def test_a_place_s_count_or_one_with_its_own_verb_stays_a_count(sentence: str, labels: list[str | None]) -> None:
    assert q(sentence) == labels


@pytest.mark.parametrize(("sentence", "labels"), [
    # a function word opening the sentence is no place that has the count ("There have been", "We have", "It's")
    ("There have been five confirmed deaths and dozens of infections in the Velano area.", ["Deaths (confirmed)"]),
    ("We have two cases of the fever in our town and nobody is worried.", ["Cases (fever)"]),
    ("It's estimated more than 1,000 people have been killed so far.", ["Deaths"]),
    ("These have killed 30 people since the spring, the ministry said.", ["Deaths"]),
    ("I have seen 12 bodies in the street this morning.", ["Deaths"]),
    # ... nor an adverb or a conjunction before the name that has it, nor a plural opening the sentence
    ("But Velano has recorded 300 deaths since March.", ["Deaths (Velano)"]),
    ("Meanwhile Velano has confirmed 20 cases of the fever.", ["Cases (Velano, confirmed)"]),
    ("Hospitals have reported 30 cases of the fever.", ["Cases (fever)"]),
    # ... nor the last name of a joint count, nor a title's words before a person's name
    ("Velano and Marl have confirmed 40 cases of the fever.", ["Cases (fever, confirmed)"]),
    ("Health Minister Ana Reed has confirmed 40 cases of the fever.", ["Cases (fever, confirmed)"]),
    ("Health Minister Reed has confirmed 40 cases of the fever.", ["Cases (fever, confirmed)"]),
    ("Velano City has recorded 12 deaths since March.", ["Deaths (Velano City)"]),
    # ... while a name that has it is its place, an acronym too
    ("Velano has confirmed 727 cases of the fever.", ["Cases (Velano, confirmed)"]),
    ("The US has confirmed 20 cases of the fever.", ["Cases (US, confirmed)"]),
    ("Velano's ministry said 40 people were missing.", ["Missing (Velano)"]),
])
def test_a_function_word_opening_the_sentence_is_no_place(sentence: str, labels: list[str]) -> None:
    assert q(sentence) == labels


@pytest.mark.parametrize(("sentence", "label"), [
    # a box's rows run on without full stops: the next row's name is no word of the count before it
    ("Velano: 12 dead Tarn: 20 confirmed cases of cholera Kestrel: 1 confirmed case", "Cases (cholera, confirmed)"),
    ("Officials counted 20 cases of Valley Fever: most were mild.", "Cases (Valley Fever)"),  # (a name of two words)
])
def test_a_box_s_next_row_name_is_no_word_of_the_count_before_it(sentence: str, label: str) -> None:
    assert label in q(sentence, year=2009)


@pytest.mark.parametrize("sentence", [
    "The governor suspended executions after 13 death row inmates were exonerated.",
    "There are 450 death row inmates in Velan's prisons.",
    "The mayor of Tarn has received two death threats since March.",
])
def test_death_naming_a_kind_of_the_next_noun_counts_no_deaths(sentence: str) -> None:
    assert "Deaths" not in q(sentence)


def test_death_heading_its_count_still_counts_deaths() -> None:
    assert q("There were 12 deaths in the valley, and 13 dead in Tarn.") == ["Deaths", "Deaths (Tarn)"]


@pytest.mark.parametrize("sentence", [
    "Tarn Air has a record of 0.32 fatal incidents per million flights.",
    "The valley had 0.5 deaths per 1,000 births last year.",
])
def test_a_share_of_people_or_events_is_no_count(sentence: str) -> None:
    assert q(sentence) == [None] * len(q(sentence))


@pytest.mark.parametrize("sentence", [
    "In Velan, homicide refers to the killing of one person by another and includes manslaughter.",
    "The virus passes from one person to another in crowded shelters.",
])
def test_one_thing_and_another_is_no_count(sentence: str) -> None:
    assert q(sentence) == []


def test_one_and_another_thing_is_a_count() -> None:
    assert q("The blast killed one soldier from another unit and wounded four.") == ["Deaths (soldiers)", "Injured (soldiers)"]


def test_a_count_in_millions_written_with_a_fraction_is_a_count() -> None:
    assert q("The floods displaced 1.5 million people.") == ["Displaced"]


def test_the_whole_a_counted_share_is_taken_from_is_no_count() -> None:
    """"Fewer than 10,000 of the 50 million computers in Velan were affected": 50 million is every computer there, no
    count of the story's (the share is told apart as a part)."""
    assert q("Fewer than 10,000 of the 50 million computers in Velan were affected.") == [None, None]


@pytest.mark.parametrize(("sentence", "label"), [
    ("The bombs at the embassies in Velan and Tarn killed 250 people.", "Deaths (Velan and Tarn)"),  # both's, not Velan's
    ("Clashes in Arvel and Pell left 30 dead.", "Deaths (Arvel and Pell)"),
    ("Floods killed 40 people in Tarn and destroyed 300 homes.", "Deaths (Tarn)"),  # ("and" before no name)
])
def test_a_count_of_two_places_is_both_s(sentence: str, label: str) -> None:
    assert q(sentence)[0] == label


def test_a_count_in_millions_whose_float_is_not_whole_is_a_count() -> None:
    # (8.2 million is 8199999.999999999 as a float)
    assert q("The storm left 8.2 million people without power.") == ["Without power"]


def test_a_count_told_at_a_named_place_is_that_place_s() -> None:
    assert q("The army says 120 soldiers were killed at Jisr al-Tarn last week.") == ["Deaths (soldiers, Jisr al-Tarn)"]
    assert q("Almost 300 protesters arrived at Velan University on Monday.") == ["Protesters (Velan University)"]
    assert q("At least 40 people were killed, officials said.") == ["Deaths"]  # ("At least": no place)


@pytest.mark.parametrize(("sentence", "label"), [
    ("Police detained about 100 protesters in the nation's capital of Tarsk, a rights group said.", "Arrested (protesters, Tarsk)"),
    ("Police detained about 100 protesters in the capital, Tarsk, on Saturday.", "Arrested (protesters, Tarsk)"),
    ("Police detained about 100 protesters in the capital on Saturday.", "Arrested (protesters)"),  # (none named)
    ("Police detained 100 protesters in the capital of the province on Saturday.", "Arrested (protesters)"),
    # after "the capital," who tells is no capital
    ("Police arrested 40 protesters in the capital, Human Rights Watch said.", "Arrested (protesters)"),
    ("At least 12 people were killed in the capital, Reuters witnesses said.", "Deaths"),
    ("Police arrested 40 protesters in the capital, Amnesty International, which monitored the protests, said.",
     "Arrested (protesters)"),
    ("Police arrested 40 protesters in the Velan capital, Tarsk, on Saturday.", "Arrested (protesters, Tarsk)"),
    ("Police arrested 40 protesters in the capital city of Tarsk on Saturday.", "Arrested (protesters, Tarsk)"),
    ("Police arrested 40 protesters in the provincial capital of Kestrel on Saturday.", "Arrested (protesters, Kestrel)"),
    ("At least 31 people died in a hostel explosion in the city of Argun overnight.", "Deaths (Argun)"),
    # ... a town or a village named so (session 38's reader: "Deaths: at least 27" was one town's toll)
    ("Activists say at least 27 people have been killed in the town of Kessa since the siege began.", "Deaths (Kessa)"),
    ("Police said 12 men were arrested in the village of Orvo.", "Arrested (men, Orvo)"),
    ("At least 40 people were killed in the northern town of Kessa on Friday.", "Deaths (Kessa)"),
    ("At least five people died in the town, officials said.", "Deaths"),  # (none named)
    # ... and one named after the part of the country its kind is told with
    ("Two demonstrators died in the eastern city of Tarsk, the ministry said.", "Deaths (demonstrators, Tarsk)"),
    ("About 200 protesters took to the streets in the coastal city of Arvel on Friday.", "Protesters (Arvel)"),
    ("Police arrested 40 protesters in the eastern province, Tarsk, on Friday.", "Arrested (protesters)"),  # (no comma)
])
def test_a_count_in_a_capital_named_after_it_is_that_capital_s(sentence: str, label: str) -> None:
    assert q(sentence) == [label]


@pytest.mark.parametrize(("sentence", "label"), [
    # "at" a name that modifies a noun, owns one, counts or names a feast: no place; the place after it is
    ("Four people were injured at UN headquarters in Velan.", "Injured (Velan)"),
    ("Twelve people died at Jo Lee's home in Tarn.", "Deaths (Tarn)"),
    ("Six protesters were arrested at Reuters' offices in Tarn.", "Arrested (protesters, Tarn)"),
    ("Five people were killed at New Year celebrations in Arvel.", "Deaths (Arvel)"),
    ("Two people were killed at Easter.", "Deaths"),
    ("Four people died at Mile 40.", "Deaths"),
    # "and" before a name that tells or holds a title: one place
    ("Twelve people were killed in Velan and Jo Lee said the toll would rise.", "Deaths (Velan)"),
    ("Twelve people were killed in Arvel and President Jo Lee declared a curfew.", "Deaths (Arvel)"),
    ("Twelve people died in Velan and Tarn has closed its border.", "Deaths (Velan)"),  # (a clause of its own)
    ("Twelve people were killed in Velan and Jo Lee, the interior minister, blamed rebels.", "Deaths (Velan)"),
    ("Gunmen killed 12 worshippers at Mass in Tarn on Sunday.", "Deaths (worshippers, Tarn)"),  # ("in" after "at")
])
def test_at_and_and_read_no_place_of_what_is_none(sentence: str, label: str) -> None:
    assert q(sentence)[0] == label


@pytest.mark.parametrize(("sentence", "label"), [
    ("Police detained 14 of the 3,000 protesters in the square.", "Protesters"),
    ("Only 12 of the 450 refugees on the boat had papers.", "Refugees"),
])
def test_a_crowd_a_share_is_taken_from_is_still_counted(sentence: str, label: str) -> None:
    assert label in q(sentence)


@pytest.mark.parametrize(("sentence", "label"), [
    ("In Arvel, 31 people were killed in protests, according to officials.", "Deaths (Arvel)"),
    ("In Jisr al-Tarn, 120 soldiers died.", "Deaths (soldiers, Jisr al-Tarn)"),
    ("In Arvel on Friday, 31 people were killed.", "Deaths"),  # (more than the place before its comma)
    ("In addition, 31 people were killed.", "Deaths"),
])
def test_a_place_the_sentence_opens_on_is_its_count_s(sentence: str, label: str) -> None:
    assert q(sentence)[0] == label
