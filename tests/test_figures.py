"""Tests of briefbot.brief.figures: numbers, what they count, quantities, series and disagreements."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from builders import article
from hypothesis import given, settings
from hypothesis import strategies as st

from briefbot.brief.compose import Settings, Weights, compose_brief
from briefbot.brief.figures import Dated, Mention, Report, mentions, moved, quantity, recounted, superseded, track
from briefbot.brief.figures.identity import focus_words
from briefbot.brief.figures.when import told_on
from briefbot.brief.timeline import TimelineSettings
from briefbot.models import Brief, Point, Source, Status
from briefbot.output import slack
from briefbot.output.markdown import markdown
from briefbot.output.serialize import brief_from_json, brief_to_json

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def found(sentence: str) -> list[tuple[float, str]]:
    return [(m.value, m.what) for m in mentions(sentence)]


def one(sentence: str) -> Mention:
    ms = mentions(sentence)
    assert len(ms) == 1, ms
    return ms[0]


# ----------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("NATO deployed 600 British soldiers.", 600),
        ("The well leaks 12,000 to 19,000 barrels a day.", 12_000),
        ("The area is home to 120,000 Kosovo Serbs.", 120_000),
        ("About 1.45 million people have fled.", 1_450_000),
        ("Officials counted 5,000 protesters.", 5_000),
        ("Twenty-five soldiers were killed.", 25),
        ("Two hundred and fifty thousand people marched.", 250_000),
        ("A dozen people were arrested.", 12),
        ("Half a million people were displaced.", 500_000),
        ("Eleven workers died.", 11),
        ("It had 25,000 employees.", 25_000),
        ("Since 1999, more than 2000 people have died.", 2000),
    ],
)
def test_number_values(sentence: str, value: float) -> None:
    assert one(sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Kosovo declared independence in 2008.",
        "Tensions have been high since 1999.",
        "The attack happened on May 17 in the north.",
        "The attack happened on 17 May, police said.",
        "Shots were heard at 3am local time.",
        "The markets closed at 20.04 BST.",
        "The ceasefire began on the 1st of the month.",
        "The A320 jet was grounded after the G20 meeting.",
        "COVID-19 and H1N1 spread after 9/11.",
        "The 45-year-old man was released after a 10-day wait.",
        "Article 5 of the treaty and Category 4 storms were discussed.",
        "Dozens of people were hurt and hundreds fled; several were detained.",
        "Hundreds of thousands of people and tens of thousands of soldiers.",
        "NATO sent several thousand troops and a few hundred police.",
        "No one was hurt in the blast, and the one who fled was caught.",
        "1. The talks resume.",
        "Prices rose 3.5% last month.",  # a percentage of nothing named
    ],
)
def test_not_figures(sentence: str) -> None:
    assert mentions(sentence) == [], mentions(sentence)


def test_money() -> None:
    assert found("BP agreed to set up a $20bn fund.") == [(20e9, "fund (dollars)")]
    assert found("The Fed gave AIG an $85 billion loan.") == [(85e9, "loan (dollars)")]
    assert found("The plan costs £15bn in spending cuts.") == [(15e9, "spending cuts (pounds)")]
    assert found("The firm lost $1.45 million in fees.") == [(1.45e6, "fees (dollars)")]


def test_percent_needs_an_object() -> None:
    m = one("Mayors were elected with only 3.5 percent of the Albanian vote, officials said.")
    assert (m.value, m.what, m.phrase) == (3.5, "percent of Albanian vote", "3.5 percent of the Albanian vote")
    m = one("Ethnic Albanians make up over 90% of Kosovo’s population.")
    assert (m.value, m.what, m.approximate) == (90, "percent of Kosovo population", True)
    assert found("It took a 12 per cent stake.") == [(12, "percent stake")]


# ----------------------------------------------------------------------------- what is counted


def test_noun_phrase_keeps_proper_modifiers_and_drops_adverbs() -> None:
    assert found("NATO deployed 600 British soldiers.") == [(600, "British soldiers deployed")]
    assert found("The region is home to approximately 120,000 Kosovo Serbs.") == [(120_000, "Kosovo Serbs")]
    m = one("A group of approximately 30 heavily armed Serbs ambushed a police patrol.")
    assert (m.value, m.what, m.approximate) == (30, "Serbs", True)
    assert m.phrase == "approximately 30 heavily armed Serbs"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police surrounded at least 30 gunmen.",
        "The clashes involved Kosovar police and around 30 gunmen.",
        "Kosovo police surrounded 30 gunmen near the village.",
        "Some 30 armed men attacked the patrol.",
        "About 30 assailants fled to a monastery.",
        "Roughly 30 militants were involved.",
    ],
)
def test_attacker_synonyms(sentence: str) -> None:
    m = one(sentence)
    assert (m.value, m.what) == (30, "attackers")
    assert sentence[m.start : m.end] == m.phrase


def test_approximate_markers() -> None:
    assert one("At least 30 gunmen fled.").approximate
    assert one("More than 200 troops arrived.").approximate
    assert one("Nearly 40 people were injured.").approximate
    assert one("Up to 12 people are missing.").approximate
    assert not one("Exactly 30 gunmen fled.").approximate


def test_of_object_for_non_people_nouns() -> None:
    assert found("Mexico has confirmed 1,626 cases of swine flu.") == [(1626, "cases of swine flu")]
    assert found("The well leaked an estimated 5,000 barrels of oil a day.") == [(5000, "barrels of oil")]


# ----------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    ("sentence", "value", "what", "phrase"),
    [
        ("While three of the attackers were killed, others fled.", 3, "attackers killed",
         "three of the attackers were killed"),
        ("During the shootout, three gunmen were killed.", 3, "attackers killed", "three gunmen were killed"),
        ("The violence resulted in the deaths of three gunmen.", 3, "attackers killed", "deaths of three gunmen"),
        ("The fighting continued, one policeman was killed.", 1, "police killed", "one policeman was killed"),
        ("Tragically, one officer lost his life.", 1, "police killed", "one officer lost his life"),
        ("Two men were shot dead outside the bank.", 2, "men killed", "Two men were shot dead"),
        ("Four attackers were shot.", 4, "attackers shot", "Four attackers were shot"),
        ("Gunmen killed 12 civilians.", 12, "civilians killed", "Gunmen killed 12 civilians"),
        ("The swine flu has killed 1,154 people worldwide.", 1154, "people killed", "killed 1,154 people"),
        ("The outbreak has caused 45 deaths.", 45, "people killed", "45 deaths"),
        ("The death toll rose to 40 on Tuesday.", 40, "people killed", "death toll rose to 40"),
        ("The death toll from the Velano dam breach rose to 17 on Wednesday.", 17, "people killed",
         "death toll from the Velano dam breach rose to 17"),
        ("The death toll from the flood stands at 17.", 17, "people killed", "death toll from the flood stands at 17"),
        ("Police took two injured officers to hospital.", 2, "police injured", "two injured officers"),
        ("Six soldiers were wounded.", 6, "soldiers injured", "Six soldiers were wounded"),
        ("Some 25 protesters were taken into custody.", 25, "protesters arrested",
         "Some 25 protesters were taken into custody"),
        ("About 1.45 million people have been displaced.", 1_450_000, "people displaced",
         "About 1.45 million people have been displaced"),
        ("Seven people are still missing.", 7, "people missing", "Seven people are still missing"),
        ("The storm injured 14.", 14, "people injured", "injured 14"),
    ],
)
def test_events(sentence: str, value: float, what: str, phrase: str) -> None:
    m = one(sentence)
    assert (m.value, m.what, m.phrase) == (value, what, phrase)
    assert sentence[m.start : m.end] == phrase


def test_bare_numbers_inherit_the_previous_noun() -> None:
    s = "While three of the attackers were killed and three arrested, Kurti alleges a plot."
    assert found(s) == [(3, "attackers killed"), (3, "attackers arrested")]
    s = "During an ensuing shootout with the police, three gunmen were killed, and two were apprehended."
    assert found(s) == [(3, "attackers killed"), (2, "attackers arrested")]
    assert [m.phrase for m in mentions(s)] == ["three gunmen were killed", "two were apprehended"]


def test_the_agent_is_not_inherited() -> None:
    s = ("The fighting continued throughout the day, one policeman was killed and another wounded, "
         "four attackers were shot, six were injured, and the police arrested five.")
    assert found(s) == [(1, "police killed"), (4, "attackers shot"), (6, "attackers injured"),
                        (5, "attackers arrested")]
    assert mentions(s)[-1].phrase == "the police arrested five"
    # a plain count before an active verb is its subject, not its object
    assert found("About 30 gunmen attacked the village, killing two.") == [(30, "attackers"), (2, "people killed")]


def test_events_shared_by_coordination() -> None:
    s = "The violence resulted in the deaths of three gunmen and one policeman."
    assert found(s) == [(3, "attackers killed"), (1, "police killed")]
    assert found("Three soldiers, two policemen and 4 civilians were killed.") == [
        (3, "soldiers killed"), (2, "police killed"), (4, "civilians killed")]
    # a comma alone does not carry an event back to an unrelated count
    assert found("Of the 40 passengers, 12 were injured and one of them died.") == [
        (40, "passengers"), (12, "passengers injured"), (1, "passengers killed")]


def test_partitive() -> None:
    assert found("Two of the five suspects were arrested.") == [(2, "suspects arrested"), (5, "suspects")]


def test_partitive_whose_whole_a_participle_qualifies() -> None:
    # "N of the M people VERBed ... had been VERB2ed": the participle qualifies the whole (M arrested), the main verb tells
    # what befell the part (N released), not a revision of the arrests down to N
    s = "Police said 75 of the 310 people detained after the march had been freed."
    assert found(s) == [(75, "people released"), (310, "people arrested")]
    assert found("Police said 75 of the 310 people who were detained had been freed.") == [
        (75, "people released"), (310, "people arrested")]
    ms = mentions(s)
    assert [quantity(m) and quantity(m).label for m in ms] == ["Released", "Arrested"]  # type: ignore[union-attr]
    # no verb of its own: the part is only a part of the arrests, no figure
    (part, whole) = mentions("Four of the 31 men arrested in Tarn appeared in court.")
    assert (part.subset, whole.what) == (True, "men arrested")
    # a main verb telling the whole's own event again: the part is a part of that count ("two of the 11 who died")
    (part, whole) = mentions("Nine of the 40 men detained in Tarn were arrested at night.")
    assert (part.subset, whole.value, whole.what) == (True, 40, "men arrested")
    # the nearest ordinary sentence: the verb after the whole tells the part's event
    assert found("Four of the 31 men were arrested in Tarn.") == [(4, "men arrested"), (31, "men")]


# ----------------------------------------------------------------------------- quantity identity


def q(sentence: str, focus: str = "", year: int | None = 2009) -> list[str | None]:
    """The label of each mention's quantity, None for context."""
    words = focus_words(focus)
    return [(x.label if (x := quantity(m, words, year)) else None) for m in mentions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("At least 56 people have died in Mexico.", ["Deaths (Mexico)"]),
        ("Mexico has 1,626 confirmed cases of swine flu.", ["Cases (Mexico, confirmed)"]),
        ("Officials reported 1,626 confirmed cases of swine flu.", ["Cases (swine flu, confirmed)"]),
        ("There are 40 suspected cases in Mexico.", ["Cases (Mexico, suspected)"]),
        ("The well is leaking 12,000 to 19,000 barrels of oil a day.", ["Oil flow (barrels per day)"]),
        # oil caught, collected or siphoned is no flow from the well ("previously: 25,000 leaking" is no value of it), nor
        # oil "captured" an arrest; "collected" counts only oil
        ("About 10,000 barrels of oil a day are being caught in the cap fitted over the well.", ["Oil collected (barrels per day)"]),
        ("The engineers said the tube was collecting 2,000 barrels a day.", ["Oil collected (barrels per day)"]),
        ("The firm says it has been funnelling about 3,000 barrels a day to a tanker.", ["Oil collected (barrels per day)"]),
        ("The cap captured about 10,500 barrels of oil on Sunday.", ["Oil collected (barrels)"]),
        ("Volunteers collected 500 signatures for the petition.", [None]),
        ("Of the 1,626 patients, 1,200 have recovered.", ["Cases", None]),  # recovered people are no cases, nor oil
        ("Police captured 12 gunmen near the border.", ["Arrested (attackers)"]),
        ("BP agreed to set up a $20bn fund.", ["Fund (dollars)"]),
        ("The storm caused $1.2bn in damages.", ["Damages (dollars)"]),
        ("NATO deployed 600 British soldiers.", ["Troops deployed (British)"]),
        ("While three of the attackers were killed and three arrested, Kurti spoke.",
         ["Deaths (attackers)", "Arrested (attackers)"]),
        ("Four attackers were shot.", ["Shot (attackers)"]),  # not a count of attackers killed
        ("Some 5,000 protesters marched.", ["Protesters"]),
        ("About 30 gunmen attacked the village.", ["Attackers"]),
        # the members of a group are the group
        ("The ministry said 120 members of the security forces were killed.", ["Deaths (security forces)"]),
        # a place's name with its particle ("Jisr al-Shughour", not "Jisr")
        ("At least 20 people were killed in Deir al-Zour on Friday.", ["Deaths (Deir al-Zour)"]),
        # a group's cases are that group's, not the story's count of cases ("three crew" after "two schoolgirls" is no
        # update of it); people and patients who tested positive are the cases themselves
        ("Two schoolgirls tested positive for the virus after a trip to Kestrel.", ["Cases (schoolgirls)"]),
        ("Three crew tested positive for swine flu.", ["Cases (crew)"]),
        ("At least 20 people have tested positive for the virus.", ["Cases"]),
        ("Twelve patients tested positive on Monday.", ["Cases"]),
        # the verb after a place's phrase that follows the count tells what befell them
        ("More than 200 people in Tarn have died.", ["Deaths (Tarn)"]),
        ("Five people in Velano City died on Monday.", ["Deaths (Velano City)"]),
        ("Ten people in the UK have tested positive.", ["Cases (UK)"]),
        ("About 200 people in Tarn marched to the dam.", [None]),
        # a change told by its amount and the value it came to ("rose by three to 78": 78, not a range of 3 to 78), and a
        # "number of" whose thing counted has its own phrase before the place ("cases of swine flu in the UK")
        ("Mexico's flu death toll rose by three to 78 on Thursday, officials said.", ["Deaths (Mexico)"]),
        ("The death toll in Velano rose by 12 to 40.", ["Deaths (Velano)"]),
        ("The number of confirmed cases of swine flu in the UK has risen to 18.", ["Cases (UK, confirmed)"]),
        ("The number of confirmed cases of swine flu in people under the age of 18 rose to 40.", []),  # (no count of 18)
        ("Flights to Velano were delayed by two to three hours.", [None]),  # a range after "by" with no change verb
    ],
)
def test_quantities_have_measure_subject_and_qualifier(sentence: str, labels: list[str]) -> None:
    assert q(sentence) == labels


def test_names_keep_their_capitals() -> None:
    assert q("Police said 12 Kosovo Serbs were arrested.") == ["Arrested (Kosovo Serbs)"]
    # a vague adjective that opens a name is the name's ("New Port Times", not "Port Times"), not a vague word
    assert q("Four New Port Times journalists were taken into custody in Tarn.") == ["Arrested (New Port Times journalists, Tarn)"]
    assert q("Police said 12 New Velano residents were arrested.") == ["Arrested (New Velano residents)"]
    # ... but a lower-case one is a vague word still
    assert q("Police said 12 other Velano residents were arrested.") == ["Arrested (Velano residents)"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The spill is 30 miles off the coast.",  # distance
        "The talks lasted 12 hours.",  # duration
        "The region is home to approximately 120,000 Kosovo Serbs.",  # population
        "Police found 40 rifles and three police units were sent.",  # equipment, units
        "Mayors won 3.5 percent of the Albanian vote.",  # a percentage of something else
        "The gunmen occupied four Serb-majority cities.",
        "Serbia massed 48 tanks near the border.",
        "In 2005, 15 workers were killed in a blast at the refinery.",  # another event
        "Last year 300 people died of seasonal flu.",
        "One officer arrived, and the three men met the two sides.",  # a set already introduced
        "If 40 people had died in Velano we would have something to worry about.",  # a supposition
        "Seasonal flu kills 3,500 people in Ostravia in an average winter.",  # what happens in any year
        "Kestrel Power agreed not to limit costs to a statutory cap of $75m.",  # a limit, not an amount spent
        "Claims are capped by law at $75m.",
        "The mine would be closed unless 200 workers are rehired.",
    ],
)
def test_context_is_not_tracked(sentence: str) -> None:
    assert set(q(sentence)) <= {None}, q(sentence)


def test_a_count_after_a_supposition_s_clause_is_tracked() -> None:
    assert q("If the river rises again, officials say, 40 people have died in Velano.") == ["Deaths (Velano)"]


def test_a_year_is_this_story_s_in_an_article_of_that_year() -> None:
    s = "In 2009, 26 people died in Mexico."
    assert q(s, year=2009) == ["Deaths (Mexico)"]
    assert q(s, year=2012) == [None]


def test_context_the_focus_names_is_tracked() -> None:
    s = "Serbia massed 48 tanks near the border."
    assert q(s) == [None]
    assert q(s, focus="Serbian tanks and troops at the Kosovo border") == ["Tanks"]


def test_ranges_and_approximations_stay_with_the_value() -> None:
    m = one("The well is leaking 12,000 to 19,000 barrels of oil a day.")
    assert (m.value, m.high, m.phrase) == (12_000, 19_000, "12,000 to 19,000 barrels of oil a day")
    m = one("Officials said between 12 and 19 million people fled.")
    assert (m.value, m.high) == (12e6, 19e6)
    m = one("At least 56 people have died.")
    assert (m.value, m.marker, m.approximate) == (56, "at least", True)
    # a change states its new value
    m = one("The death toll in Mexico rose from 26 to 56.")
    assert (m.value, m.phrase, m.place) == (56, "death toll in Mexico rose from 26 to 56", "Mexico")


# ----------------------------------------------------------------------------- series and disagreements

D1, D2, D3 = date(2009, 4, 27), date(2009, 4, 28), date(2009, 5, 3)


def tracked(*reports: tuple[str, int, date | None], focus: str = "", limit: int = 8, undated: tuple[int, ...] = ()):
    """track() over sentences each carried by one article with the given date."""
    dating = {a: Dated(d or D3, D3, a in undated) for _, a, d in reports}
    return track([Report(t, (a,)) for t, a, _ in reports], dating, focus=focus, limit=limit)


def test_a_value_keeps_its_date_source_and_phrase() -> None:
    figs, dis = tracked(("At least 56 people have died in Mexico, officials said.", 7, D3))
    assert dis == ()
    (f,) = figs
    assert (f.what, f.value, f.marker, f.article_ids, f.date) == ("Deaths (Mexico)", 56, "at least", (7,), D3)
    assert f.text == "At least 56 people have died in Mexico" and f.text in f.sentence  # (its scope: figures/quoted.py)
    assert (f.measure, f.subject, f.qualifier) == ("deaths", "Mexico", "")


def test_growth_over_days_is_a_series_not_a_disagreement() -> None:
    figs, dis = tracked(
        ("Health officials said 26 people have died in Mexico.", 3, D1),
        ("The swine flu has killed 26 people in Mexico, the ministry said.", 4, D1),
        ("Mexico said 56 people have died in Mexico of the new flu.", 7, D3),
    )
    assert dis == ()
    (f,) = figs
    assert (f.value, f.article_ids, f.date) == (56, (7,), D3)
    # each value cites the article whose words it quotes; the other article that gave it is counted apart
    assert f.previous is not None and (f.previous.value, f.previous.date) == (26, D1)
    assert (f.previous.article_ids, f.previous.also_reported) == ((3,), (4,))
    assert [(r.value, r.date) for r in f.series] == [(26, D1), (56, D3)]


def test_a_toll_that_grows_next_day_is_an_update() -> None:
    _, dis = tracked(("Officials said 20 people were killed.", 1, D1), ("Officials said 25 people were killed.", 2, D2))
    assert dis == ()


def test_a_lower_bound_that_grew_is_the_latest_value_and_the_earlier_one_its_previous() -> None:
    # "at least nine" is consistent with "at least 17", but a toll that grew has a new value, not the same one
    (f,), _ = tracked(("The governor said at least nine people had died and the search went on.", 1, D1),
                      ("The collapse of the dam, which killed at least 17 people, will be investigated.", 2, D3))
    assert (f.value, f.marker, f.article_ids, f.also_reported) == (17, "at least", (2,), ())
    assert f.previous is not None and (f.previous.value, f.previous.article_ids) == (9, (1,))


def test_a_toll_s_number_inside_its_phrase_is_not_the_toll() -> None:
    (m,) = [m for m in mentions("The death toll in the three northern provinces has risen to 40, officials said.")
            if m.event == "killed"]
    assert m.value == 40


@pytest.mark.parametrize("sentence", [
    "Police arrested three managers of the dam's operator on Sunday as the death toll reached 58.",
    "Shelling killed two rebels on Monday, bringing the number of dead in the town to 11.",
])
def test_a_toll_counts_its_own_dead_not_the_noun_of_the_count_before_it(sentence: str) -> None:
    (toll,) = [m for m in mentions(sentence) if m.value in (58, 11)]
    assert toll.what == "people killed"


def test_a_day_or_a_thing_s_name_is_no_place() -> None:
    assert quantity(one("The toll from Sunday's quake climbed to 2,300.")).subject == ""
    # "the Velano dam": a name after "the" before a noun names the thing (one toll, not a row of its own)
    assert quantity(one("The death toll from the Velano dam breach rose to 17 on Wednesday.")).subject == ""
    assert quantity(one("The death toll in Mexico rose to 56.")).subject == "Mexico"


def test_same_day_different_values_disagree_with_each_value_s_sources() -> None:
    figs, dis = tracked(
        ("While three of the attackers were killed and three arrested, Kurti spoke.", 1, D3),
        ("Three gunmen were killed, and two were apprehended.", 2, D3),
        ("Four attackers were shot, six were injured, and the police arrested five.", 3, D3),
        ("Police said three gunmen had been arrested.", 4, D3),
    )
    (row,) = dis
    assert row.what == "Arrested (attackers)"
    assert [(f.value, f.article_ids, f.also_reported) for f in row.figures] == [(3, (1,), (4,)), (2, (2,), ()), (5, (3,), ())]
    labels = {f.what: f for f in figs}
    deaths = labels["Deaths (attackers)"]
    assert (deaths.value, deaths.article_ids, deaths.also_reported) == (3, (1,), (2,))
    assert labels["Shot (attackers)"].value == 4  # shot is not killed: no disagreement with the deaths
    assert "Arrested (attackers)" not in labels  # a disputed quantity is shown once, as the disagreement


def test_values_weeks_apart_do_not_disagree() -> None:
    figs, dis = tracked(("Officials said 11 workers were killed.", 1, date(2010, 4, 21)),
                        ("Officials said 9 workers were killed.", 2, date(2010, 5, 20)))
    assert dis == ()
    # a toll only grows: an earlier, larger count is another count (or a correction the later one does not tell), no value
    # before it, and "9, down from 11" would tell a fall no article tells
    assert figs[0].value == 9 and figs[0].previous is None


def test_a_count_that_only_grows_shows_a_larger_earlier_value_only_when_its_sentence_leaves_it() -> None:
    figs, _ = tracked(("Officials said 3 suspects were arrested in Tarn.", 1, date(2010, 4, 21)),
                      ("Officials said 2 suspects were arrested in Tarn.", 2, date(2010, 5, 20)))
    assert figs[0].value == 2 and figs[0].previous is None
    figs, _ = tracked(("Officials said 1,300 people were missing.", 1, date(2010, 4, 21)),
                      ("Officials said about 1,100 people remain missing, down from 1,300.", 2, date(2010, 5, 20)))
    assert figs[0].previous is not None and figs[0].previous.value == 1300  # (a state, and told as left)


def test_an_undated_article_disagrees_within_its_round() -> None:
    reports = (("Police said three suspects were arrested.", 1, date(2023, 11, 8)),
               ("Police said two suspects were arrested.", 2, None))
    _, dis = tracked(*reports, undated=(2,))
    assert [f.value for f in dis[0].figures] == [3, 2]
    _, dis = tracked(*reports)  # dated days apart: the later is the news
    assert dis == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("At least 30 gunmen attacked the patrol.", "Police said 45 gunmen attacked the patrol."),
        ("About 1,000 people were evacuated.", "Officials said 1,050 people were evacuated."),
        ("The well leaks 12,000 to 19,000 barrels of oil a day.", "The well leaks 15,000 barrels of oil a day."),
        ("Up to 12 people are missing.", "Seven people are missing."),
    ],
)
def test_approximations_and_ranges_agree_with_what_they_allow(a: str, b: str) -> None:
    figs, dis = tracked((a, 1, D3), (b, 2, D3))
    assert dis == () and len(figs) == 1
    # the plain value is shown; the bound, the round number or the range agrees with it but reports no such number
    assert figs[0].article_ids == (2,) and figs[0].also_reported == ()


def test_one_article_two_numbers_is_not_a_disagreement() -> None:
    _, dis = tracked(("Three people were killed in the morning.", 1, D3), ("By evening, five people were killed.", 1, D3))
    assert dis == ()


def test_at_most_limit_figures_widely_reported_first_focus_named_first() -> None:
    reports = [("Officials said 40 protesters were arrested.", a, D3) for a in (1, 2, 3)]
    reports += [("Twelve people were injured, police said.", a, D3) for a in (4, 5)]
    reports += [("Police said 30 gunmen were involved.", 6, D3), ("Police said 300 people were evacuated.", 7, D3)]
    figs, _ = tracked(*reports, limit=3)
    assert [f.what for f in figs] == ["Arrested (protesters)", "Injured", "Attackers"]
    figs, _ = tracked(*reports, limit=3, focus="Riots, and the evacuations after them")
    assert figs[0].what == "Evacuated"


def test_in_a_brief_a_figure_on_one_or_two_unlisted_articles_word_is_left_out_and_its_place_stays_empty() -> None:
    reports = [("Officials said 40 protesters were arrested.", a, D3) for a in (1, 2, 3)]
    reports += [("Twelve people were injured, police said.", a, D3) for a in (4, 5)]
    reports += [("Police said 30 gunmen were involved.", 6, D3), ("Police said 300 people were evacuated.", 7, D3)]
    dating = {a: Dated(D3, D3) for _, a, _ in reports}
    given = [Report(t, (a,)) for t, a, _ in reports]
    # the lead figure is shown whatever it costs; two articles giving "twelve injured" are not enough to
    # list a source for it, and the gunmen, whose article no other line cites, are left out too ...
    figs, _ = track(given, dating, limit=3, listed={7})
    assert [f.what for f in figs] == ["Arrested (protesters)"]
    # ... and the places they leave stay empty: the evacuated, ranked below them, does not fill one
    assert "Evacuated" not in [f.what for f in track(given, dating, limit=3, listed=set())[0]]
    # a figure whose article the brief lists costs nothing; three articles giving it make it widely reported
    figs, _ = track(given, dating, limit=3, listed={6})
    assert [f.what for f in figs] == ["Arrested (protesters)", "Attackers"]
    figs, _ = track([*given, Report("Twelve people were injured, police said.", (8,))], {**dating, 8: Dated(D3, D3)},
                    limit=3, listed=set())
    assert [f.what for f in figs] == ["Arrested (protesters)", "Injured"]
    # not in a brief (no ``listed``), the best-ranked figures are all shown
    assert [f.what for f in track(given, dating, limit=3)[0]] == ["Arrested (protesters)", "Injured", "Attackers"]


def test_in_a_brief_a_figures_earlier_value_counts_in_the_sources_it_adds_and_is_left_out_alone() -> None:
    lead = [("Officials said 40 protesters were arrested.", a, D3) for a in (1, 2, 3)]
    # the gunmen: 30 now (article 6, which the brief lists), 20 before (article 5, which it does not)
    given = [Report(t, (a,)) for t, a, _ in lead] + [Report("Police said 20 gunmen were involved.", (5,)),
                                                     Report("Police said 30 gunmen were involved.", (6,))]
    dating = {**{a: Dated(D3, D3) for _, a, _ in lead}, 5: Dated(D1, D1), 6: Dated(D3, D3)}
    figs, _ = track(given, dating, limit=3, listed={6})
    # "up from 20 [5]" would list article 5: the gunmen are shown without their value before, not left out
    assert [(f.what, f.previous) for f in figs] == [("Arrested (protesters)", None), ("Attackers", None)]
    figs, _ = track(given, dating, limit=3, listed={5, 6})
    assert [f.what for f in figs] == ["Arrested (protesters)", "Attackers"] and figs[1].previous is not None
    assert [f.what for f in track(given, dating, limit=3, listed={5})[0]] == ["Arrested (protesters)"]  # 30 [6]: a source of its own


def test_moved_figures_become_updated_points() -> None:
    old, _ = tracked(("Health officials said 26 people have died in Mexico.", 3, D1))
    new, _ = tracked(("Health officials said 26 people have died in Mexico.", 3, D1),
                     ("Mexico said 56 people have died in Mexico of the new flu.", 7, D3))
    assert [f.value for f in moved(new, old, {7})] == [56]
    assert moved(new, old, {3}) == []  # no new article gives it
    assert moved(old, old, {3}) == []  # unchanged


def test_a_value_that_cannot_follow_the_one_shown_is_no_update() -> None:
    # one day's toll after the toll of the whole uprising, a count that only grows going down
    old, _ = tracked(("Rights groups say more than 300 people have been killed in the crackdown.", 3, D1))
    new, _ = tracked(("Activists say at least 27 people have died.", 7, D3))
    assert moved(new, old, {7}) == []
    assert [f.value for f in recounted(new, old, {7})] == [27]  # news of its own, a new point
    grown, _ = tracked(("Rights groups say more than 350 people have been killed in the crackdown.", 8, D3))
    assert [f.value for f in moved(grown, old, {8})] == [350] and recounted(grown, old, {8}) == []


def test_what_changed_gains_an_updated_figure_point() -> None:
    first = article("Health officials said 26 people have died in Mexico. Schools were closed across the capital as flu spread.",
                    id=1, published=D1, title=None)
    second = article("Mexico said 56 people have died in Mexico of the new flu. Markets in the capital reopened on Sunday "
                     "after a week.", id=2, published=D3, title=None)
    settings_ = Settings(topic="flu", title="Swine flu", words=200)
    before = compose_brief(settings_, D1, [first], [], None)
    after = compose_brief(settings_, D3, [second], [first], before)
    (point,) = [p for p in after.changes if p.figure is not None]
    assert point.status is Status.UPDATED and point.article_ids == (2,)
    assert point.text == "Mexico said 56 people have died in Mexico of the new flu."
    assert point.figure.previous is not None and (point.figure.previous.value, point.figure.value) == (26, 56)
    md = markdown(after)
    assert " — “26 people have died” on 2009-04-27 [2]" in md  # what it updates, when, and who said so
    assert ("- **Deaths (Mexico):** 56 [1] on 2009-05-03 (“56 people have died in Mexico of the new flu”), up from 26 on 2009-04-27 [2]"
            in md)
    data = json.loads(brief_to_json(after))
    (fig,) = data["figures"]
    assert fig["what"] == "Deaths (Mexico)" and fig["article_ids"] == [2]
    assert [(r["value"], r["date"]) for r in fig["series"]] == [(26, "2009-04-27"), (56, "2009-05-03")]
    assert brief_from_json(brief_to_json(after)).figures == after.figures


def test_a_moved_figure_in_a_sentence_too_long_for_a_point_is_told_by_the_figures_alone() -> None:
    first = article("Health officials said 26 people have died in Mexico. Schools were closed across the capital as flu spread.",
                    id=1, published=D1, title=None)
    long = ("Officials in the capital, who spent the weekend visiting hospitals, clinics and schools across the region "
            "with doctors from three countries and the health ministry's own experts, said 56 people have died in Mexico "
            "of the new flu since the outbreak began.")
    second = article(f"{long} Markets in the capital reopened on Sunday after a week.", id=2, published=D3, title=None)
    settings_ = Settings(topic="flu", title="Swine flu", words=200)
    before = compose_brief(settings_, D1, [first], [], None)
    after = compose_brief(settings_, D3, [second], [first], before)
    assert len(long.split()) > 35 and all(p.text != long for p in after.changes)
    (fig,) = after.figures
    assert (fig.value, fig.previous is not None and fig.previous.value) == (56, 26)


def test_slack_shows_the_figures_compactly() -> None:
    figs, dis = tracked(("Health officials said 26 people have died in Mexico.", 3, D1),
                        ("Mexico said 56 people have died in Mexico of the new flu.", 7, D3))
    brief = Brief(topic="t", title="Flu", as_of=D3, previous_as_of=None, summary=(), changes=(), figures=figs,
                  disagreements=dis, sources=(Source(1, 7, "a", "a.txt", D3), Source(2, 3, "b", "b.txt", D1)))
    assert slack.figure_lines(brief) == ["• *Deaths (Mexico):* 56 [1] on 2009-05-03, up from 26 on 2009-04-27 [2]"]


# ----------------------------------------------------------------------------- seeds


def _seed_reports() -> tuple[list[Report], dict[int, Dated]]:
    by_text: dict[str, set[int]] = {}
    dating: dict[int, Dated] = {}
    for number, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        raw = path.read_text(encoding="utf-8")
        stamp = re.match(r"^\s*date (\d{4}-\d{2}-\d{2})\s+", raw)
        dating[number] = Dated(date.fromisoformat(stamp.group(1)) if stamp else D3, D3, stamp is None)
        text = raw[stamp.end():] if stamp else raw
        for para in text.split("\n"):
            for sentence in re.split(r"(?<=[.!?])\s+", para):
                if sentence.strip():
                    by_text.setdefault(sentence.strip(), set()).add(number)
    return [Report(s, tuple(sorted(ids))) for s, ids in by_text.items()], dating


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not present")
def test_seed_articles() -> None:
    figs, dis = track(*_seed_reports())
    by_what = {f.what: f for f in figs}
    attackers = by_what["Attackers"]
    assert attackers.value == 30 and len({*attackers.article_ids, *attackers.also_reported}) >= 2
    assert by_what["Deaths (attackers)"].value == 3
    assert by_what["Deaths (police)"].value == 1
    assert by_what["Shot (attackers)"].value == 4
    (arrested,) = [d for d in dis if d.what == "Arrested (attackers)"]
    assert sorted(f.value for f in arrested.figures) == [2, 3, 5]
    assert not [d for d in dis if d.what != "Arrested (attackers)"]
    for f in (*figs, *arrested.figures):
        assert f.text in f.sentence
    assert not {"Kosovo Serbs", "units", "cities"} & {w for f in figs for w in (f.what, f.subject)}


# ----------------------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_mentions_never_crash_and_phrases_are_verbatim(text: str) -> None:
    for m in mentions(text):
        assert text[m.start : m.end] == m.phrase
        assert m.what


_WORDS = ["three", "gunmen", "were", "killed", "and", "two", "arrested", "of", "the", "30", "1,200",
          "at", "least", "$5bn", "percent", "%", "police", "one", "policeman", "died", ",", "in", "2008",
          "May", "17", "people", "injured", "dozen", "a", "hundred", "million", "shot", "dead", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    for m in mentions(text):
        assert text[m.start : m.end] == m.phrase
    figs, dis = track([Report(text, (1,)), Report(text.upper(), (2,))], {1: Dated(D1), 2: Dated(D1)})
    for f in (*figs, *(g for d in dis for g in d.figures)):
        assert f.text in f.sentence


# ----------------------------------------------------------------------------- more wire shapes


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("The U.S. death toll from Sandy climbed to 113 on Monday.", ["Deaths (U.S.)"]),
        ("The number of dead rose to 187 with 115 still unaccounted for.", ["Deaths", "Missing"]),
        ("Police detained four more people, bringing the number of arrests to six.", [None, "Arrested"]),  # (an increment)
        ("The dead included 193 Dutch citizens and 43 Malaysians.", ["Deaths (Dutch citizens)", "Deaths (Malaysians)"]),
        ("The quake and tsunami in Sulawesi killed 832 people.", ["Deaths (Sulawesi)"]),
        ("BP said the response had cost it $1.6 billion so far.", ["Cost (dollars)"]),
        ("Damage from the storm could reach $50 billion.", ["Damages (dollars)"]),
        ("NATO said it would deploy 200 more troops to Kosovo.", [None]),  # (what the force gains)
        ("New York City ordered 375,000 people to evacuate.", ["Evacuated"]),
        ("More than 660,000 refugees have fled to Poland.", ["Refugees"]),
        ("The government said it had buried 70,000 bodies.", ["Deaths"]),
        ("The number of confirmed cases of swine flu in Mexico rose to 26 on Monday.", ["Cases (Mexico, confirmed)"]),
        # people a participle says what happened to, the words leading to the value after them (not "... every two days")
        ("Police held a ferry engineer, bringing the number of people detained to seven.", ["Arrested"]),
        ("The number of people killed in the protests in Velano has reached 302.", ["Deaths (Velano)"]),
        ("That is as many as the number of people killed every two days on the roads.", [None]),
        # ... and an agency's estimate of them, revised to its value
        ("The agency revised its estimate of people displaced by fighting in eastern Ostra to 71,000, up from 48,000.",
         ["Displaced", None]),
        # a toll's phrase of cause as long as one noun phrase runs, with no punctuation in it
        ("The death toll from the capsizing of the Aster Queen ferry on Marovia's Lake Tesk rose to 127 on Thursday.",
         ["Deaths"]),
        ("Officials said 1,995 people had been taken to hospital.", ["Hospitalised"]),
    ],
)
def test_wire_shapes(sentence: str, labels: list[str]) -> None:
    assert q(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Seasonal flu kills between 250,000 and 500,000 people worldwide every year.",  # a yearly rate
        "The 1989 Exxon Valdez spill dumped about 260,000 barrels of oil.",  # another event
        "Since World War Two, when 60 million people were displaced, nothing compares.",
        "BP's record includes an explosion at its Texas City refinery in March 2005 that killed 15 people.",
        "All passengers of the Boeing 777 were killed.",  # a model number
        "The spill is the worst in U.S. history, officials said of the 50 miles of coast.",
    ],
)
def test_more_context(sentence: str) -> None:
    assert set(q(sentence)) <= {None}, q(sentence)


def test_a_name_before_a_noun_is_not_a_place() -> None:
    (m,) = mentions("The well leaks 35,000 barrels of oil a day, the worst spill in U.S. history.")
    assert m.place == ""


def test_confirmed_and_suspected_counts_never_update_each_other() -> None:
    from briefbot.brief.changes import figures_conflict

    confirmed = "Mexico has confirmed 99 cases of swine flu, the minister said."
    assert not figures_conflict(confirmed, "Mexico has 1,324 suspected cases of swine flu, the minister said.")
    assert figures_conflict(confirmed, "Mexico has confirmed 26 cases of swine flu, the minister said.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Seven of the nine new cases were in schools.",  # a part of a set
        "Three of those injured were children.",
        "BP shares fell to $50 after the bailout talk.",  # a price
        "The well leaks 5,000 barrels of oil a day and 27 were recorded.",  # a bare number's noun is a guess
    ],
)
def test_parts_prices_and_guesses_are_not_tracked(sentence: str) -> None:
    labels = q(sentence)
    assert "Cases" not in labels and "Injured" not in labels, labels
    assert all(label in (None, "Oil flow (barrels per day)") for label in labels), labels


def test_names_in_the_focus_do_not_make_counts_figures() -> None:
    assert q("Some 80 million Egyptians live along the Nile.", focus="Egyptians protest against Mubarak") == [None]


def test_values_far_apart_are_different_incidents_not_a_disagreement() -> None:
    _, dis = tracked(("Five people died in the clashes, officials said.", 1, D3),
                        ("Officials said 270 people have been killed since the protests began.", 2, D3))
    assert dis == ()
    _, dis = tracked(("Police said three suspects were arrested.", 1, D3), ("Police said 2 suspects were arrested.", 2, D3),
                     ("Police said 300 suspects were arrested.", 3, D3))
    (row,) = dis  # 300 is far from both: it is left out of the row (of the same day, three and two stay rivals)
    assert sorted(f.value for f in row.figures) == [2, 3]
    # ... while a count of no people keeps its far values apart and their dispute (BP's 5,000 barrels a day, then 12,000)
    _, dis = tracked(("BP said 5,000 barrels a day were leaking.", 1, D3), ("Scientists said 12,000 barrels a day were leaking.",
                                                                              2, D3), ("A model gave 95,000 barrels a day.", 3, D3))
    assert [sorted(f.value for f in d.figures) for d in dis] == [[5000, 12000]]


def test_a_clash_s_deaths_far_below_the_day_s_toll_are_no_rival_of_it() -> None:
    """One clash's seven dead and another's six, the day before a toll of 233, are parts or other incidents: the toll
    is shown, and no dispute of the small counts hides it."""
    figs, dis = tracked(("Seven people were killed in clashes in the port, medical sources said.", 1, date(2011, 2, 20)),
                        ("Six people were killed in clashes near the port, activists said.", 2, date(2011, 2, 21)),
                        ("A rights group said at least 233 people had been killed in the past week.", 3, date(2011, 2, 22)))
    assert dis == () and ("Deaths", 233) in [(f.what, f.value) for f in figs]


def test_a_later_lower_rival_toll_stays_a_dispute() -> None:
    """The ministry's 100 dead of Friday and, the day after, the activists' 12 of the same Friday are two accounts: a
    dispute, not a toll that fell (only an earlier day's count far below the newest is left out)."""
    _, dis = tracked(("The interior ministry said 100 protesters were killed in Tarn on Friday.", 1, date(2011, 5, 3)),
                     ("Opposition activists said 12 protesters were killed in Tarn on Friday.", 2, date(2011, 5, 4)))
    assert [sorted(f.value for f in d.figures) for d in dis] == [[12, 100]]


def test_counts_the_focus_names_are_never_disputed() -> None:
    figs, dis = tracked(("Serbia massed 48 tanks near the border.", 1, D3), ("Serbia massed 40 tanks near the border.", 2, D3),
                        focus="the tanks at the border")
    assert dis == () and figs[0].what == "Tanks"


def test_a_far_earlier_value_counted_something_else_and_is_no_change() -> None:
    figs, _ = tracked(("BP said the spill had cost it $1 billion so far.", 1, D1),
                      ("BP said the spill had cost it $23 billion so far.", 2, D3))
    assert figs[0].value == 23e9 and figs[0].previous is None
    assert [r.value for r in figs[0].series] == [1e9, 23e9]


def test_a_cost_that_grew_next_day_is_an_update() -> None:
    figs, dis = tracked(("BP said the response had cost it $850 million so far.", 1, date(2010, 5, 28)),
                        ("BP said the response had cost it $930 million so far.", 2, date(2010, 5, 30)))
    assert dis == () and figs[0].value == 930e6 and figs[0].previous is not None


def test_a_value_cites_the_articles_that_carry_its_sentence_and_counts_the_others() -> None:
    figs, _ = tracked(
        ("Officials said 56 people have died in Mexico.", 1, D3),
        ("Officials said 56 people have died in Mexico!", 2, D3),  # the same sentence bar punctuation
        ("The flu has killed 56 people in Mexico, the ministry said.", 3, D3),  # the value in other words
    )
    (f,) = figs
    assert (f.value, f.article_ids, f.also_reported) == (56, (1,), (2, 3))  # one quote is enough
    reports = [Report("Officials said 56 people have died in Mexico.", (1,)),
               Report("Officials said 56 people have died in Mexico!", (2,)),
               Report("The flu has killed 56 people in Mexico, the ministry said.", (3,))]
    dating = {a: Dated(D3) for a in (1, 2, 3)}
    # the carrying articles the brief lists anyway are cited; the others are counted
    (f,), _ = track(reports, dating, listed={1, 2})
    assert (f.value, f.article_ids, f.also_reported) == (56, (1, 2), (3,))
    (g,), _ = track(reports, dating, listed={2})
    assert (g.article_ids, g.also_reported) == ((2,), (1, 3))
    figs = (f,)
    brief = Brief(topic="t", title="Flu", as_of=D3, previous_as_of=None, summary=(), changes=(), figures=figs,
                  disagreements=(), sources=(Source(1, 1, "a", "a.txt", D3), Source(2, 2, "b", "b.txt", D3)))
    assert ("- **Deaths (Mexico):** 56 [1][2] on 2009-05-03 (“56 people have died in Mexico”; also reported by 1 other article)"
            in markdown(brief))
    data = json.loads(brief_to_json(brief))
    assert (data["figures"][0]["article_ids"], data["figures"][0]["also_reported"]) == ([1, 2], [3])
    assert brief_from_json(brief_to_json(brief)).figures == figs


def test_of_equally_plain_sentences_a_value_is_quoted_from_one_the_brief_lists_already() -> None:
    reports = [Report("Rescuers said 14 people were killed when the dam burst.", (1,)),
               Report("The dam burst killed 14 people, the regional governor said.", (2,)),
               Report("Fourteen people died when the flood hit the valley on Tuesday.", (3,))]
    dating = {a: Dated(D3) for a in (1, 2, 3, 4)}
    (f,), _ = track(reports, dating)
    assert (f.article_ids, f.also_reported) == ((1,), (2, 3))  # the first one read
    (g,), _ = track(reports, dating, listed={2, 9})
    assert (g.article_ids, g.also_reported, g.sentence) == ((2,), (1, 3), reports[1].text)
    # a later figure prefers the article an earlier one cites; a plainer value still wins
    more = [*reports, Report("Officials said 300 people were evacuated from the valley.", (4,)),
            Report("Rescuers said 300 people were evacuated after the dam burst.", (1,))]
    evacuated = {f.value: f.article_ids for f in track(more, dating)[0]}
    assert evacuated == {14: (1,), 300: (1,)}
    approximate = [*reports, more[3], Report("About 300 people were evacuated after the dam burst.", (1,))]
    assert {f.value: f.article_ids for f in track(approximate, dating)[0]} == {14: (1,), 300: (4,)}


def test_sources_list_what_points_and_figures_cite_not_what_they_count() -> None:
    lead = "Schools across the capital stayed closed on Monday as the swine flu outbreak spread. "
    quoted = article(lead + "Officials said 56 people have died in Mexico since the outbreak began.", id=1, published=D3)
    other = article(lead + "The flu has killed 56 people in Mexico, the ministry said on its website.", id=2, published=D3)
    # best-first selection (not coverage), so that the lead is the one point: this test is about sources
    settings_ = Settings(topic="flu", title="Swine flu in Mexico", words=14, timeline=TimelineSettings(dates=0),
                         weights=Weights(coverage=0.0))
    brief = compose_brief(settings_, D3, [quoted, other], [], None)
    (f,) = brief.figures
    assert (f.article_ids, f.also_reported) == ((1,), (2,))
    (point,) = brief.summary
    assert (point.article_ids, point.also_reported) == ((1,), (2,))  # the lead: both carry it, one quote is listed
    lone = article("The flu has killed 56 people in Mexico, the ministry said on its website.", id=3, published=D3)
    brief = compose_brief(settings_, D3, [quoted, lone], [], None)
    assert brief.figures[0].also_reported == (3,)
    assert [s.article_id for s in brief.sources] == [1]  # the other article only counts: it is not listed


def test_a_value_is_dated_by_the_articles_it_cites() -> None:
    figs, _ = tracked(("Officials said 56 people have died in Mexico.", 1, D1),
                      ("The flu has killed 56 people in Mexico, the ministry said.", 2, D3))
    (f,) = figs
    assert (f.article_ids, f.also_reported, f.date) == ((1,), (2,), D1)  # [1] said it on D1; the other is counted


def test_in_a_brief_a_figure_that_moved_since_the_previous_brief_is_shown_on_one_articles_word() -> None:
    """A change is news: a figure the previous brief showed whose value a new article moves is shown
    (and so told in what changed) though its article is listed by no other line; on one article's
    word, not a value that counts something else (another clash's, a toll that fell)."""
    lead = [Report("Officials said 40 protesters were arrested.", (a,)) for a in (1, 2, 3)]
    dating = {**{a: Dated(D3, D3) for a in (1, 2, 3)}, 5: Dated(D1, D1), 6: Dated(D3, D3)}
    shown, _ = track([*lead, Report("Police said 20 gunmen were involved.", (5,))], dating, limit=3)
    now = [*lead, Report("Police said 30 gunmen were involved.", (6,))]
    assert [f.what for f in track(now, dating, limit=3, listed=set())[0]] == ["Arrested (protesters)"]
    figs, _ = track(now, dating, limit=3, listed=set(), previous=shown, new_articles={6})
    assert [(f.what, f.value) for f in figs] == [("Arrested (protesters)", 40), ("Attackers", 30)]
    assert [f.what for f in moved(figs, shown, {6})] == ["Attackers"]
    assert [f.what for f in track(now, dating, limit=3, listed=set(), previous=shown, new_articles={1})[0]] == [
        "Arrested (protesters)"]  # no new article gives it
    far = [*lead, Report("Police said 300 gunmen were involved.", (6,))]
    assert [f.what for f in track(far, dating, limit=3, listed=set(), previous=shown, new_articles={6})[0]] == [
        "Arrested (protesters)"]  # ten times the value: another count
    toll = [Report("Officials said 40 protesters were arrested.", (a,)) for a in (1, 2, 3)]
    before, _ = track([*toll, Report("Police said 12 people were killed in the clashes.", (5,))], dating, limit=3)
    fell = [*toll, Report("Police said 5 people were killed in the clashes.", (6,))]
    assert [f.what for f in track(fell, dating, limit=3, listed=set(), previous=before, new_articles={6})[0]] == [
        "Arrested (protesters)"]  # a toll does not fall: five killed is another clash's


def test_a_figure_the_previous_brief_showed_moved_stays_while_its_value_is_the_latest() -> None:
    """"Attackers: 30, up from 20" shown on one article's word, as news, stays on the next brief that no new
    article moves it in (gone, the reader would take it as dropped); a figure shown at its first value is no
    change, and still needs its sources."""
    lead = [Report("Officials said 40 protesters were arrested.", (a,)) for a in (1, 2, 3)]
    dating = {**{a: Dated(D3, D3) for a in (1, 2, 3, 7)}, 5: Dated(D1, D1), 6: Dated(D3, D3)}
    before = [*lead, Report("Police said 20 gunmen were involved.", (5,))]
    shown, _ = track(before, dating, limit=3)
    now = [*before, Report("Police said 30 gunmen were involved.", (6,)), Report("The court met on Friday.", (7,))]
    moved_, _ = track(now, dating, limit=3, listed=set(), previous=shown, new_articles={6})
    assert [(f.what, f.value, f.previous.value if f.previous else None) for f in moved_] == [
        ("Arrested (protesters)", 40, None), ("Attackers", 30, 20)]
    kept, _ = track(now, dating, limit=3, listed=set(), previous=moved_, new_articles={7})
    assert [(f.what, f.value) for f in kept] == [("Arrested (protesters)", 40), ("Attackers", 30)]
    assert [f.what for f in track(before, dating, limit=3, listed=set(), previous=shown, new_articles={7})[0]] == [
        "Arrested (protesters)"]  # 20 gunmen, shown unmoved: on one unlisted article's word, not shown


def test_a_moved_figure_whose_old_article_is_no_longer_read_says_the_value_the_previous_brief_showed() -> None:
    """The previous brief showed "20 gunmen" from an article the new brief no longer reads: the
    update it makes of "30 gunmen" still says what it updates, and when that was reported."""
    lead = [Report("Officials said 40 protesters were arrested.", (a,)) for a in (1, 2, 3)]
    dating = {**{a: Dated(D3, D3) for a in (1, 2, 3)}, 5: Dated(D1, D1), 6: Dated(D3, D3)}
    shown, _ = track([*lead, Report("Police said 20 gunmen were involved.", (5,))], dating, limit=3)
    figs, _ = track([*lead, Report("Police said 30 gunmen were involved.", (6,))], dating, limit=3, listed=set(),
                    previous=shown, new_articles={6})
    assert [f.previous for f in figs if f.what == "Attackers"] == [None]  # its own articles know no value before
    (f,) = moved(figs, shown, {6})
    assert f.previous is not None and (f.previous.value, f.previous.text, f.previous.date) == (20, "20 gunmen", D1)
    brief = Brief(topic="t", title="T", as_of=D3, previous_as_of=D1, summary=(), figures=figs, disagreements=(), sources=(),
                  changes=(Point(f.sentence, (6,), Status.UPDATED, None, 0.0, f),))
    assert f"30 gunmen were involved. — “20 gunmen” on {D1.isoformat()}" in markdown(brief)


def test_a_running_total_a_later_article_gives_anew_is_superseded() -> None:
    day1, day5 = Dated(date(2024, 3, 4)), Dated(date(2024, 3, 8))
    reports = [
        Report("The death toll from the collapse of the Velano dam has risen to 44, officials said.", (1,)),
        Report("About 200 people were reported missing after the dam burst.", (1,)),
        Report("Gunmen killed five people in an attack on a market in Tesk.", (1,)),  # an event's count, no total
        Report("The death toll rose to 63 on Friday, with 120 people still missing.", (2,)),
        Report("The toll in the valley has reached 63, the agency said.", (3,)),  # the same value: not stale
    ]
    stale = superseded(reports, {1: day1, 2: day5, 3: day5}, "Velano dam collapse")
    assert stale == {reports[0].text, reports[1].text}
    # values of the same day are no update of each other
    assert superseded(reports[:2] + reports[3:4], {1: day5, 2: day5}) == frozenset()


def test_a_count_told_since_a_start_is_a_running_total_a_later_one_supersedes() -> None:
    """"120 people had been detained since the strike began" counts from a start to now: a later article's "150 had now
    been detained" leaves it behind; a raid's count, told of its event, stays."""
    d1, d2 = Dated(date(2024, 5, 6)), Dated(date(2024, 5, 7))
    since = Report("The ministry said 120 people had been detained since the strike began.", (1,))
    raid = Report("Police said 40 people had been detained in a raid on the port.", (1,))
    stretch = Report("Police said 12 people had been detained in the 48 hours since Sunday.", (1,))  # a stretch's count
    later = Report("The ministry said 150 people had now been detained, and 30 released.", (2,))
    assert superseded([since, raid, stretch, later], {1: d1, 2: d2}, "Tarn port strike: detained, protests") == {since.text}


def test_an_area_burned_and_a_place_s_value_are_left_behind_by_a_later_whole() -> None:
    day1, day5 = Dated(date(2024, 8, 4)), Dated(date(2024, 8, 8))
    reports = [
        Report("The Ridge Fire in Callow County has burned more than 27,000 acres and is only 5% contained.", (1,)),
        Report("A 300-acre vineyard near Tarn was spared.", (1,)),  # a size that qualifies a noun: no value of the area
        Report("The fire, which has burned 45,300 acres, was 80% contained on Wednesday, officials said.", (2,)),
        Report("Crews said 60 homes had been destroyed in Tarn.", (1,)),  # a place's count, no later whole of it
    ]
    stale = superseded(reports, {1: day1, 2: day5}, "The Ridge Fire in Callow County: acres burned, homes destroyed")
    assert stale == {reports[0].text}


def test_a_places_running_toll_is_left_behind_by_the_topics_own_toll_that_names_the_place() -> None:
    # the wildfire reader's: "killed three people in Greece's western Peloponnese" (Deaths (Peloponnese)) stayed in the
    # situation all week beside "raising the death toll ... in Greece's western Peloponnese to five" (Deaths (Greece))
    day1, day5 = Dated(date(2026, 8, 11)), Dated(date(2026, 8, 14))
    three = Report("A wildfire on Mount Kerasia in Greece's western Peloponnese has killed three people since it broke out.", (1,))
    other = Report("A landslide in Velano's northern Tessa valley has killed two people since Sunday.", (1,))  # named by no later toll
    five = Report("Rescuers found a body on Friday, raising the death toll from the Kerasia wildfire in Greece's western "
                  "Peloponnese to five.", (2,))
    focus = "Mount Kerasia wildfire, Greece The wildfire on Mount Kerasia in Achaea, western Greece"
    assert superseded([three, other, five], {1: day1, 2: day5}, focus) == {three.text}
    # a later toll of the topic's place that does not name the place leaves the place's own count
    plain = Report("Rescuers found a body on Friday, raising the death toll from the wildfire in Greece to five.", (2,))
    assert superseded([three, plain], {1: day1, 2: day5}, focus) == frozenset()
    # nor does one that names the place only after its count, nor a smaller one (the review's: a neighbour's own toll)
    velano = Report("The death toll in Velano has risen to 1,500.", (1,))
    kestria = Report("The death toll in Kestria rose to 5,000 on Friday, as rescuers in Velano searched for survivors.", (2,))
    assert superseded([velano, kestria], {1: day1, 2: day5}, "Kestria earthquake") == frozenset()
    smaller = Report("Rescuers found a body, raising the death toll from the fire in Greece's western Peloponnese to two.", (2,))
    assert superseded([three, smaller], {1: day1, 2: day5}, focus) == frozenset()


def test_a_count_in_the_present_perfect_is_a_running_total_a_later_whole_leaves_behind() -> None:
    # the cyber reader's: "23 ambulances have been diverted away from Kellmouth General Infirmary since 06:00 this morning"
    # stayed in the situation beside the minister's "74 ambulances had been diverted since Monday" three days on
    day1, day4 = Dated(date(2026, 3, 2)), Dated(date(2026, 3, 5))
    early = Report("The ambulance service says 23 ambulances have been diverted away from Kellmouth General Infirmary "
                   "since 06:00 this morning.", (1,))
    raid = Report("Police said 40 people had been detained in a raid on the port.", (1,))  # an event's count: stays
    later = Report("The minister said that 74 ambulances had been diverted since Monday.", (2,))
    stale = superseded([early, raid, later], {1: day1, 2: day4}, "Kellmouth hospitals ransomware attack: ambulances diverted")
    assert stale == {early.text}
    # a later count of the same things that another act befell leaves nothing behind (the review's)
    cancelled = Report("Some 500 flights have been cancelled at Kellmouth airport.", (1,))
    delayed = Report("About 200 flights have been delayed by more than an hour.", (2,))
    assert superseded([cancelled, delayed], {1: day1, 2: day4}, "Kellmouth airport strike: flights") == frozenset()


def test_the_situation_does_not_give_a_toll_a_later_article_has_moved() -> None:
    old = article("The death toll from the collapse of the Velano dam has risen to 44, officials said on Monday. "
                  "Rescuers searched the flooded villages of Tesk and Brovna for survivors.", id=1,
                  published=date(2024, 3, 4), title="Velano dam toll rises")
    new = article("The death toll from the collapse of the Velano dam rose to 63 on Friday, officials said. "
                  "Engineers began inspecting five other dams of the same design in the valley.", id=2,
                  published=date(2024, 3, 8), title="Velano dam toll reaches 63")
    brief = compose_brief(Settings(topic="dam", title="Velano dam collapse", words=250), date(2024, 3, 8), [new, old], [], None)
    shown = [p.text for p in brief.summary]
    assert not any("risen to 44" in t for t in shown) and any("rose to 63" in t for t in shown)


def test_the_situation_does_not_give_an_offer_a_later_article_says_was_raised() -> None:
    first = article("Tarn Bank has offered to buy the failed Velano Savings Bank for $1 a share, the administrator said on "
                    "Thursday. Queues formed outside Velano Savings branches for a second day.", id=1,
                    published=date(2024, 3, 7), title="Tarn Bank bids for Velano Savings")
    raised = article("Tarn Bank raised its offer for Velano Savings Bank to $3 a share on Saturday after a revolt by "
                     "shareholders. The shareholder vote on the deal was put off to next week.", id=2,
                     published=date(2024, 3, 9), title="Tarn Bank raises Velano offer")
    other = article("Velano Savings Bank shares closed at $2.10 on Friday, the exchange said. Tarn Bank has offered "
                    "jobs to 300 of the bank's staff.", id=3, published=date(2024, 3, 8), title="Velano shares")
    brief = compose_brief(Settings(topic="bank", title="Velano Savings Bank collapse", words=400), date(2024, 3, 9),
                          [raised, other, first], [], None)
    shown = [p.text for p in brief.summary]
    assert not any("for $1 a share" in t for t in shown) and any("to $3 a share" in t for t in shown), shown
    assert any("closed at $2.10" in t for t in shown) and any("300 of the bank's staff" in t for t in shown), shown  # (others)
    # a later mention of the first offer does not make it the latest, and a rival's bid is no value of this offer (a review's)
    rejected = article("Velano Savings shareholders had rejected the first offer of $1 a share as derisory. A rival, Kestrel "
                       "Mutual, made a bid of $2.50 a share on Sunday.", id=4, published=date(2024, 3, 10), title="Velano vote")
    rival = article("Kestrel Mutual made a rival bid of $2.50 a share for Velano Savings Bank on Sunday, the administrator "
                    "said.", id=5, published=date(2024, 3, 10), title="Rival bid for Velano")
    later = compose_brief(Settings(topic="bank", title="Velano Savings Bank collapse", words=400), date(2024, 3, 10),
                          [rejected, rival, raised, other, first], [], None)
    shown = [p.text for p in later.summary]
    assert any("to $3 a share" in t for t in shown) and any(t.startswith("Kestrel Mutual made a rival bid") for t in shown), shown


@pytest.mark.parametrize(("sentence", "tracked"), [
    # what a day adds is no value of the running figure; the total the sentence gives is
    ("The ministry said 42 new cholera cases had been recorded in Caldria, bringing the total to 243.", [243]),
    ("Nine further cases of swine flu have been confirmed, taking the total to 27.", [27]),
    ("Twelve people were killed on Monday, bringing the total to 40.", [12, 40]),
    ("Gunmen freed four more hostages on Monday.", []),
    ("Four new cholera cases were recorded in Caldria on Friday.", []),
    # "more than", and a name's "New", add nothing
    ("More than 500 people were killed in the floods.", [500]),
    ("Four New Kestrel Times journalists were taken into custody in Velano.", [4]),
])
def test_an_increment_is_no_value_of_its_running_figure(sentence: str, tracked: list[int]) -> None:
    assert [m.value for m in mentions(sentence) if quantity(m) is not None] == tracked


def test_a_value_the_source_revised_is_a_series_not_a_dispute() -> None:
    reports = [Report("The kidnappers are demanding a ransom of 5 million euros, officials said.", (1,)),
               Report("The kidnappers have lowered their ransom demand to 3 million euros, officials said.", (2,))]
    key, disputes = track(reports, {1: Dated(date(2011, 10, 4)), 2: Dated(date(2011, 10, 5))}, "ransom")
    assert disputes == ()
    (ransom,) = key
    assert ransom.value == 3_000_000 and [r.value for r in ransom.series] == [5_000_000, 3_000_000]


def test_an_outbreak_s_cases_are_a_running_total_whatever_the_verb() -> None:
    reports = [Report("The World Health Organization said it had recorded 210 suspected cholera cases in Caldria.", (1,)),
               Report("The World Health Organization said it had recorded 450 suspected cholera cases in Caldria.", (2,))]
    dating = {1: Dated(date(2011, 10, 3)), 2: Dated(date(2011, 10, 8))}
    assert superseded(reports, dating, "cholera in Caldria") == {reports[0].text}


def test_a_revised_toll_is_a_series_and_a_road_cut_is_no_revision() -> None:
    day1, day2 = Dated(date(2024, 3, 4)), Dated(date(2024, 3, 5))
    lowered = [Report("The ministry said 21 people had died in the floods.", (1,)),
               Report("The ministry lowered its death toll to 17, officials said.", (2,))]
    assert track(lowered, {1: day1, 2: day2}, "floods")[1] == ()
    cut = [Report("Militants killed 20 soldiers in the attack on the Tesk barracks.", (1,)),
           Report("Militants cut the road to the Tesk barracks and killed 12 soldiers.", (2,))]
    assert len(track(cut, {1: day1, 2: day2}, "attack")[1]) == 1  # still a dispute


def test_what_a_day_adds_or_another_count_supersedes_no_total() -> None:
    d1, d2 = Dated(date(2011, 10, 3)), Dated(date(2011, 10, 5))
    total = Report("The number of cholera cases in Caldria has risen to 243, the ministry said.", (1,))
    further = Report("A further 42 cases were recorded in Caldria on Wednesday, officials said.", (2,))
    assert superseded([total, further], {1: d1, 2: d2}, "cholera in Caldria") == frozenset()
    toll = Report("The death toll from the collapse of the Velano dam has risen to 44, officials said.", (1,))
    other = Report("In a separate incident, the death toll from a landslide in the south rose to 3.", (2,))
    assert superseded([toll, other], {1: d1, 2: d2}, "Velano dam collapse") == frozenset()


def test_a_total_after_two_counts_takes_neither_s_noun() -> None:
    sentence = "The quake killed 12 people and injured 40, bringing the total to 52."
    assert [(m.value, quantity(m) is not None) for m in mentions(sentence)] == [(12, True), (40, True), (52, False)]


def test_a_state_told_on_another_day_is_a_change_not_a_dispute() -> None:
    reports = [Report("At least 18 people were killed and 140 were missing after the ferry capsized.", (1,)),
               Report("Coastguard officials said 117 people were still missing on Saturday morning.", (2,))]
    figs, disputes = track(reports, {1: Dated(date(2025, 6, 6)), 2: Dated(date(2025, 6, 7))}, "ferry")
    assert disputes == ()
    missing = next(f for f in figs if f.measure == "missing")
    assert missing.value == 117 and missing.previous is not None and missing.previous.value == 140
    same_day = track(reports, {1: Dated(date(2025, 6, 7)), 2: Dated(date(2025, 6, 7))}, "ferry")[1]
    assert [d.what for d in same_day] == ["Missing"]  # two outlets on one day differ: a dispute


def test_a_whole_count_a_later_one_of_the_same_measure_outgrows_is_not_shown_beside_it() -> None:
    reports = [Report("At least 18 people were killed when the ferry capsized.", (1,)),
               Report("The confirmed death toll rose to 104 on Tuesday, the coastguard said.", (2,)),
               Report("Three police officers were killed in the riot at the port.", (1,))]  # a group's count: a part
    figs, _ = track(reports, {1: Dated(date(2025, 6, 6)), 2: Dated(date(2025, 6, 10))}, "ferry")
    assert sorted(f.what for f in figs) == ["Deaths (confirmed)", "Deaths (police)"]
    # a later count that is smaller tells something else: both stay
    smaller = [reports[1], Report("At least 12 people were killed in the riot at the port.", (3,))]
    figs, _ = track(smaller, {2: Dated(date(2025, 6, 10)), 3: Dated(date(2025, 6, 12))}, "ferry")
    assert sorted(f.what for f in figs) == ["Deaths", "Deaths (confirmed)"]
    # a place's later count, a wider whole or a part, leaves the story's toll where it is
    wider = [Report("The dam's collapse killed at least 58 people, officials said.", (1,)),
             Report("Floods across Europe have killed 240 people this month, the EU said.", (2,))]
    figs, _ = track(wider, {1: Dated(date(2025, 6, 9)), 2: Dated(date(2025, 6, 11))}, "dam")
    assert sorted(f.what for f in figs) == ["Deaths", "Deaths (Europe)"]


def test_a_cumulative_count_told_lower_the_next_day_is_still_a_dispute() -> None:
    reports = [Report("The ministry said 1,200 cases of cholera had been recorded.", (1,)),
               Report("Aid agencies said 900 cases of cholera had been recorded.", (2,))]
    assert [d.what for d in track(reports, {1: Dated(date(2025, 6, 9)), 2: Dated(date(2025, 6, 10))}, "outbreak")[1]] == [
        "Cases (cholera)"]


@pytest.mark.parametrize(("sentence", "day"), [
    # a sentence that opens on an earlier day, the only one it names, gives its figures as of that day
    ("On Saturday, officials put the death toll at 41.", date(2025, 6, 7)),
    ("Late on Saturday, 41 people were dead, the coastguard said.", date(2025, 6, 7)),
    ("Yesterday the toll stood at 41, the coastguard said.", date(2025, 6, 9)),
    # a day further in, a second day or a possessive leave the article's day (Tuesday 10 June)
    ("The coastguard said after a long search of the lake that 41 had died on Saturday.", date(2025, 6, 10)),
    ("The toll, which stood at 41 on Saturday, rose to 104 on Tuesday.", date(2025, 6, 10)),
    ("The toll from Saturday's capsizing rose to 104.", date(2025, 6, 10)),
    ("The death toll rose to 104 on Tuesday.", date(2025, 6, 10)),
    ("The earthquake on Saturday has killed at least 2,100 people.", date(2025, 6, 10)),  # the toll now, of Saturday's quake
    ("Police on Saturday said 41 people had died.", date(2025, 6, 10)),
])
def test_a_sentence_gives_its_figures_as_of_the_earlier_day_it_opens_on(sentence: str, day: date) -> None:
    assert told_on(sentence, date(2025, 6, 10)) == day


@pytest.mark.parametrize(("sentence", "tracked"), [
    # a count bounded to a stretch of time is what that stretch added, no value of the running figure
    ("In the past 24 hours, rescue teams have recovered 15 bodies from the hull of the ferry.", []),
    ("Fourteen bodies were recovered on Wednesday alone, after the hull was lifted.", []),
    ("Activists said 135 people had been killed in the past two days.", []),
    # ... a toll told so is the toll, and a long or vague stretch as often runs from the story's start
    ("The death toll rose to 95 in the last seven days, the hospital said.", [95]),
    ("More than 400 people have been killed over the past several weeks, activists said.", [400]),
    ("Officials said 6,241 cases and 108 deaths had been recorded, with no new cases reported in the last three days.",
     [6241, 108]),
])
def test_a_count_in_a_stretch_of_time_is_no_value_of_its_running_figure(sentence: str, tracked: list[int]) -> None:
    day = {1: Dated(date(2025, 6, 11))}
    figs, disputes = track([Report(sentence, (1,))], day, "ferry")
    assert sorted(f.value for f in figs) + [f.value for d in disputes for f in d.figures] == sorted(tracked)


def test_a_toll_told_as_of_an_earlier_day_is_that_day_s_value() -> None:
    reports = [Report("On Saturday, officials put the death toll at 41.", (1,)),
               Report("The death toll from the capsizing rose to 104 on Tuesday.", (1,))]
    (deaths,), disputes = track(reports, {1: Dated(date(2025, 6, 10))}, "ferry")
    assert disputes == () and deaths.value == 104 and [(r.value, r.date) for r in deaths.series] == [
        (41, date(2025, 6, 7)), (104, date(2025, 6, 10))]


@pytest.mark.parametrize(("sentence", "tracked"), [
    # the value a change left behind is no value of the figure now: the one it came to is
    ("The blaze had scorched 9,200 acres by Thursday, up from 4,100 acres a day earlier.", [9200]),
    ("The death toll rose to 12 from nine, the coroner said.", [12]),
    ("Officials said 40 people were missing, down from 65 on Monday.", [40]),
    ("The toll climbed to 30 people, from an earlier estimate of 18 people killed.", [30]),
    # ... "from" before a count of where or whom is no change
    ("Deputies evacuated 300 people from 12 villages near the lake.", [300]),
    ("Crews rescued 14 people from the flooded mine on Monday.", [14]),
])
def test_the_value_a_change_left_behind_is_not_tracked(sentence: str, tracked: list[int]) -> None:
    day = {1: Dated(date(2025, 8, 7))}
    figs, disputes = track([Report(sentence, (1,))], day, "wildfire: acres burned, deaths, missing, evacuations")
    assert sorted(f.value for f in figs) + [f.value for d in disputes for f in d.figures] == sorted(tracked)


def test_the_count_a_revision_comes_from_is_the_value_before_not_a_second_report() -> None:
    day1, day2 = Dated(date(2025, 8, 10)), Dated(date(2025, 8, 11))
    revised = Report("The coroner said on Sunday that one of the five deaths blamed on the blaze was a heart attack, "
                     "lowering the toll to four.", (1,))
    later = Report("Four people have died in the blaze, the sheriff said.", (2,))
    (deaths,), disputes = track([revised, later], {1: day1, 2: day2}, "wildfire deaths")
    assert disputes == () and deaths.value == 4 and [r.value for r in deaths.series] == [4, 4]
    # a count of the same thing the sentence does not revise stays, and so does another count beside a revision
    plain = Report("The coroner said five deaths had been blamed on the blaze so far.", (1,))
    assert [f.value for f in track([plain], {1: day1}, "wildfire deaths")[0]] == [5]
    beside = Report("Police arrested 12 people on Sunday as the ministry lowered its death toll to 17.", (1,))
    assert sorted(f.value for f in track([beside], {1: day1}, "riot")[0]) == [12, 17]


@pytest.mark.parametrize(("sentence", "labels"), [
    # "remain(s)" after a count is its verb: the state it tells is the figure ("one person remains missing")
    ("Deputies said on Tuesday that two people remain missing.", ["Missing"]),
    ("One person remains missing after the blaze, the sheriff said.", ["Missing"]),
    ("Officials said 22 people remained trapped in the mine.", ["Trapped"]),
    # ... and the name of whoever tells it after "the" is no place ("the Sheriff's Office"), unlike a place's own count
    ("The Sheriff's Office said that three people were missing.", ["Missing"]),
    ("Velano's health ministry said 40 people were missing.", ["Missing (Velano)"]),
    # a label's range is no count: the 14 of "ages 12 to 14" is no one jailed
    ("Four students ages 12 to 14 remain jailed after the attack.", []),
    # ... nor is the last number of a name's or a label's list: zone 5, not five people under orders
    ("Zones 1, 2, 3 and 5 remain under evacuation orders, the sheriff said.", []),
    ("Orders remain in place for Zones 2 and 5, and 1,400 people remain evacuated.", ["Evacuated"]),
    ("Killed were 3 soldiers, 2 police officers and 5 civilians.", []),  # (no label: each its noun's, as before)
    ("Residents of wards 3 and 12 were evacuated on Monday.", []),  # (a label in lower case, plural)
    # ... but a guess ("30 or 40") or a hedge opening the sentence is no label (the review's cases)
    ("Roughly 30 or 40 people were killed in the strike, witnesses said.", ["Deaths"]),
    ("Witnesses told Reuters 30 or 40 people were killed.", ["Deaths"]),
    # those missing or trapped a verb after them says are found are no count of the missing
    ("The last three people reported missing were found safe on Friday, the sheriff said.", []),
    ("The two hikers reported missing have since been located, police said.", []),
    ("The 12 boys trapped were found alive by divers on Monday, but it could take months to bring them out.",
     ["Trapped (boys)"]),  # (found, not out: the review's case)
    ("The 41 workers trapped were rescued on Friday.", []),
    ("The 40 people trapped were reunited with their families on Saturday.", []),  # (the review's)
    ("Three people reported missing on Tuesday remain unaccounted for.", ["Missing"]),
    # whose data a breach took, after "about" as after "of" or "on"
    ("The trust said information about roughly 340,000 patients had been taken.", ["Data exposed (people)"]),
    ("Officials said they had information about at least 40 hostages.", ["Hostages"]),  # (no breach: the review's case)
])
def test_a_count_s_verb_remain_tells_its_state(sentence: str, labels: list[str]) -> None:
    assert [x for x in q(sentence) if x] == labels


def test_a_state_that_remains_so_the_next_day_updates_the_figure() -> None:
    reports = [Report("Three people have died and one person is still missing, according to the sheriff.", (1,)),
               Report("The Sheriff's Office said that two people remain missing.", (2,))]
    figs, disputes = track(reports, {1: Dated(date(2025, 8, 11)), 2: Dated(date(2025, 8, 13))}, "wildfire: deaths, missing")
    missing = next(f for f in figs if f.measure == "missing")
    assert disputes == () and missing.what == "Missing" and missing.value == 2
    assert missing.previous is not None and missing.previous.value == 1


@pytest.mark.parametrize(("sentence", "labels"), [
    # a count of others of a kind, with no event of the story's, is others' count
    ("The gang had used the same method against at least seven other victims this year.", [None]),
    ("Detectives were also investigating six other suspects.", [None]),
    # ... others the story's event befell are its figure, and so are the others of another qualifier
    ("Two other journalists were killed in the shelling of the city.", ["Deaths (journalists)"]),
    ("There are 14 other possible cases being investigated in Velano.", ["Cases (Velano, suspected)"]),
])
def test_a_count_of_others_is_tracked_only_with_the_story_s_event(sentence: str, labels: list[str | None]) -> None:
    assert q(sentence, year=2025) == labels


def test_a_bracketed_conversion_is_no_second_figure() -> None:
    """A focus that names acres tracks them; their bracketed hectares are no second row (a reader's brief had one)."""
    assert q("The fire had burned 12,400 acres (5,018 hectares) by Monday evening.", focus="wildfire: acres burned") == ["Acres"]
    assert [m.value for m in mentions("Police arrested 12 people (three of them minors) on Monday.")] == [12, 3]  # (no conversion)
    # ... and a count in brackets is a count (the review's cases)
    assert q("The ministry reported 1,626 cases of cholera (56 deaths) on Monday.") == ["Cases (cholera)", "Deaths"]
    assert q("Police detained 300 protesters (40 injured) in the square.") == ["Arrested (protesters)", "Injured (protesters)"]


def test_a_threshold_is_no_count() -> None:
    """A reader's brief showed "Votes: 111" of the majority a motion needed, then "112, up from 111" after the vote."""
    vote = "no-confidence vote against the prime minister"
    assert q("The motion needs 111 votes in the 221-seat National Assembly to pass.", focus=vote) == [None]
    assert q("It needs an absolute majority of 111 votes in the 221-seat National Assembly.", focus=vote) == [None]
    assert q("The motion won 112 votes in the 221-seat National Assembly.", focus=vote) == ["Votes"]
    assert q("Engineers need to pump 40,000 barrels of oil a day out of the tanker.", focus="oil spill") == ["Oil flow (barrels per day)"]


def test_an_amount_a_day_is_a_rate_never_a_value_of_the_total() -> None:
    assert q("The strike has cost the port an estimated 2.5 million euros a day in lost trade.") == ["Cost (euros per day)"]
    assert q("A no-fly zone could cost up to $300 million a week, officials said.") == ["Cost (dollars per week)"]
    assert q("The strike has cost the port an estimated 40 million euros so far.") == ["Cost (euros)"]
    reports = [Report("The strike has cost the port an estimated 2.5 million euros a day in lost trade.", (1,)),
               Report("The port said the strike would cost it between 60 million and 70 million euros this year.", (2,))]
    figs, disputes = track(reports, {1: Dated(date(2025, 5, 15)), 2: Dated(date(2025, 5, 21))}, "port strike")
    assert disputes == () and sorted((f.what, f.value, f.previous) for f in figs) == [
        ("Cost (euros per day)", 2_500_000, None), ("Cost (euros)", 60_000_000, None)]


def test_a_focus_naming_people_makes_no_bare_count_of_people_a_figure() -> None:
    focus = "The Tesk wildfire: acres burned, evacuations, deaths and missing people"
    assert q("Residents of the village of about 700 people were allowed back on Thursday.", focus) == [None]
    assert q("A charity has helped about 150 people replace lost documents.", focus) == [None]
    # ... the story's counts of people stay, and a focus's own noun still makes its count a figure
    assert q("About 2,400 people were under evacuation orders because of the fire.", focus) == ["Evacuated"]
    assert q("Two people remain missing, deputies said.", focus) == ["Missing"]
    assert q("The blaze has destroyed 120 homes.", "The Tesk wildfire: homes destroyed") == ["Homes"]


def test_a_tally_of_a_stretch_is_its_own_quantity_not_the_story_s_toll() -> None:
    assert q("Brushfires in the province have killed 12 people this season.", year=2025) == ["Deaths (this season)"]
    reports = [Report("Investigators examined a pylon near the blaze, as the death toll rose to four.", (1,)),
               Report("Brushfires in the province have killed 12 people this season, officials said.", (1,))]
    figs, disputes = track(reports, {1: Dated(date(2025, 8, 8))}, "Tesk brushfire: deaths")
    assert disputes == () and sorted((f.what, f.value) for f in figs) == [("Deaths", 4), ("Deaths (this season)", 12)]
    # the time the story's own event happened is no stretch, nor is a stretch in another clause
    assert q("The explosion killed 11 people earlier this year.", year=2025) == ["Deaths"]
    assert q("The blaze has killed four people, officials said, and fires have burned all this season.", year=2025) == [
        "Deaths"]


def test_whose_data_a_breach_exposed_is_one_running_count_of_people() -> None:
    first = Report("The insurer said the personal information of about 800,000 customers was stolen in the attack.", (1,))
    later = Report("The insurer has said the breach exposed the data of 2.1 million people.", (2,))
    dating = {1: Dated(date(2025, 5, 15)), 2: Dated(date(2025, 5, 22))}
    (exposed,), disputes = track([first, later], dating, "insurer cyberattack")
    assert disputes == () and exposed.what == "Data exposed (people)" and exposed.value == 2_100_000
    assert exposed.previous is not None and exposed.previous.value == 800_000
    assert superseded([first, later], dating, "insurer cyberattack") == {first.text}
    # "data on" as "data of": whose data hackers stole
    on = Report("Hackers who attacked the insurer stole data on about 2.4 million customers and staff, it said.", (3,))
    (exposed,), _ = track([first, on], {**dating, 3: Dated(date(2025, 5, 23))}, "insurer cyberattack")
    assert (exposed.what, exposed.value, exposed.previous is not None and exposed.previous.value) == (
        "Data exposed (people)", 2_400_000, 800_000)
    # details of things are no one's data
    assert q("Reporters asked for details of three meetings with the insurer.") == [None]


@pytest.mark.parametrize(("sentence", "labels"), [
    # a set already introduced, told again with its event as a participle, a modifier or its noun, is no new count
    ("The two Velano suspects arrested in Tesk on Tuesday were remanded in custody.", [None]),
    ("The three injured firefighters were flown to the capital.", [None]),
    # ... its own verb tells the event, and "that" opens a report, not a set
    ("The two suspects were arrested in Tesk on Tuesday.", ["Arrested (suspects, Tesk)"]),
    ("Doctors said that three people died in the fire.", ["Deaths"]),
])
def test_a_set_already_introduced_told_again_is_no_new_count(sentence: str, labels: list[str | None]) -> None:
    assert q(sentence) == labels


def test_the_same_arrests_retold_are_one_figure() -> None:
    reports = [Report("Police in Tesk arrested two men on Tuesday suspected of belonging to the gang.", (1,)),
               Report("The two gang suspects arrested in Tesk on Tuesday were remanded in custody.", (2,))]
    figs, _ = track(reports, {1: Dated(date(2025, 5, 20)), 2: Dated(date(2025, 5, 22))}, "gang arrests")
    assert [f.what for f in figs] == ["Arrested (men, Tesk)"]


@pytest.mark.parametrize(("sentence", "labels"), [
    ("Prosecutors charged Tarn Ollis with 9 counts of bribery on Monday.", ["Counts (bribery)"]),
    ("She pleaded not guilty to three charges of arson.", ["Counts (arson)"]),
    # the part a change took away is no count faced; a verdict's counts are its own
    ("A judge struck out 3 bribery counts, leaving Ollis facing 6 counts of bribery.", [None, "Counts (bribery)"]),
    ("Ollis faces 6 counts of bribery after the judge dismissed 3 bribery counts.", ["Counts (bribery)", None]),
    ("Ollis was convicted on 5 counts of bribery.", ["Counts (bribery, convicted)"]),
    ("Ollis was found guilty on 5 counts of bribery but acquitted of fraud.", ["Counts (bribery, convicted)"]),
    # a verdict told in the active voice, or a clearing, is the verdict's count, not a cut in the counts faced
    ("A jury convicted Tarn Ollis on 5 counts of bribery.", ["Counts (bribery, convicted)"]),
    ("Jurors found Ollis not guilty on 3 counts of bribery.", ["Counts (bribery, acquitted)"]),
    ("Ollis was cleared of 3 counts of bribery.", ["Counts (bribery, acquitted)"]),
    ("Police cleared 300 protesters from the square.", ["Protesters"]),  # a clearing of no counts: no verdict
    # no crime named: no count of one; a verdict qualifies no toll; another remainder's own count stays
    ("The jury deliberated over two counts.", [None]),
    ("Vell was convicted of killing two guards in the raid.", ["Deaths (guards)"]),
    ("The storm killed 12 people, leaving 300 people homeless.", ["Deaths", "Displaced"]),
])
def test_a_defendants_counts_of_a_crime_are_a_figure(sentence: str, labels: list[str | None]) -> None:
    assert q(sentence) == labels


def test_counts_a_later_day_gives_anew_are_an_update_not_a_dispute() -> None:
    figs, dis = tracked(("Ollis faces 12 counts of bribery.", 1, D1), ("Ollis now faces 8 counts of bribery.", 2, D2))
    assert dis == ()
    (f,) = figs
    assert (f.what, f.value, f.previous.value if f.previous else None) == ("Counts (bribery)", 8, 12)


def test_an_event_s_toll_a_later_toll_of_the_same_event_exceeds_is_superseded() -> None:
    """"Five people died when the Orra tunnel flooded on May 2, 2023" passes, to a reader, for the toll: once a later
    article names the same event with a larger toll it is stale (its year no other event's); another event's count,
    naming nothing the later toll names, and a larger toll of another year stay."""
    d1, d2 = Dated(date(2024, 3, 4)), Dated(date(2024, 3, 8))
    event = Report("Five people died when the Orra tunnel on the Kessel Line flooded on May 2, 2023.", (1,))
    other = Report("Two workers were killed in a fall at the Brenn quarry on Monday.", (1,))
    older = Report("In 2009 a flood in the Orra tunnel on the Kessel Line killed 40 people.", (1,))
    later = Report("A rescuer hurt in the Orra tunnel flood on the Kessel Line died on Sunday, raising the death toll to 6.", (2,))
    assert superseded([event, other, older, later], {1: d1, 2: d2}, "Orra tunnel flood") == {event.text}
    assert superseded([event, later], {1: d2, 2: d2}, "Orra tunnel flood") == frozenset()  # the same day: no later toll


@pytest.mark.parametrize(("sentence", "labels"), [
    # an owner's own size: after a possessive determiner, or what a verb of owning in the present has
    ("Orvane Care said it had to divert ambulances from three of its 14 clinics.", [None, None]),
    ("Orvane Care, which runs 14 clinics across the valley, said its records were offline.", [None]),
    ("The district, which operates 22 clinics, closed them on Monday.", [None]),
    ("The carrier employs 5,400 workers and owns 30 clinics.", [None, None]),
    # the nearest ordinary counts stay: a count of the story's, an event's count after a possessive, a state with "has"
    ("Ambulances were diverted from 14 clinics on Monday.", ["Clinics"]),
    ("Orvane Care continues to operate eight clinics on paper records.", ["Clinics"]),
    ("The ministry raised its death toll to 56.", ["Deaths"]),
    ("Its two pilots are missing.", ["Missing (pilots)"]),
    ("Velano has 26 confirmed cases of the flu.", ["Cases (Velano, confirmed)"]),
])
def test_an_owner_s_own_size_is_no_figure_of_the_story(sentence: str, labels: list[str | None]) -> None:
    assert q(sentence, focus="clinics closed and ambulances diverted, workers") == labels


def test_an_older_count_of_the_place_the_topic_names_is_the_whole_s_value_before() -> None:
    """"Acres (Tarrow County)" of the Ridge Fire in Tarrow County, left behind by a later whole count as large with no later
    value of its own, is the whole's value before, not a second quantity beside it."""
    d1, d5 = Dated(date(2025, 8, 6)), Dated(date(2025, 8, 10))
    topic = "Ridge Fire, Tarrow County The Ridge Fire in Tarrow County, Nevada: acres burned, deaths, evacuations."
    reports = [Report("A wildfire in Eastern Nevada killed one person on Wednesday, officials said.", (1,)),
               Report("The Ridge Fire in Tarrow County has burned more than 21,000 acres since Monday.", (1,)),
               Report("The fire has burned 38,600 acres and is 40% contained, officials said.", (2,)),
               Report("Three people have died in the fire, the sheriff said.", (2,))]
    figs, dis = track(reports, {1: d1, 2: d5}, topic)
    assert dis == ()
    rows = {f.what: (f.value, f.previous.value if f.previous else None) for f in figs}
    assert rows == {"Acres": (38_600, 21_000), "Deaths": (3, 1)}


def test_a_place_the_topic_does_not_name_or_one_of_two_it_names_stays_its_own_count() -> None:
    d1, d5 = Dated(date(2025, 4, 25)), Dated(date(2025, 4, 29))
    # a pandemic's country count beside the world's: a part, whatever its age
    flu = [Report("At least 20 people have died of the flu in Velano, officials said.", (1,)),
           Report("The flu has killed 149 people, the agency said.", (2,))]
    figs, _ = track(flu, {1: d1, 2: d5}, "Ostrava flu The 2025 flu pandemic: its spread and deaths.")
    assert sorted(f.what for f in figs) == ["Deaths", "Deaths (Velano)"]
    # two places the topic names, each with its count: parts of the story
    two = [Report("Eleven people died in Tarsa, officials said.", (1,)),
           Report("The blast killed 240 people in Kessia.", (1,)),
           Report("The bombings killed more than 250 people, officials said.", (2,))]
    figs, _ = track(two, {1: d1, 2: d5}, "Embassy bombings The bombings of the embassies in Kessia and Tarsa.")
    assert sorted(f.what for f in figs) == ["Deaths", "Deaths (Kessia)", "Deaths (Tarsa)"]
    # a crowd told another day is no running count: the place's stays its own
    crowd = [Report("Some 1,000 protesters gathered in Velano.", (1,)), Report("About 3,000 protesters marched on Friday.", (2,))]
    figs, _ = track(crowd, {1: d1, 2: d5}, "Velano protests The 2025 protests in Velano.")
    assert sorted(f.what for f in figs) == ["Protesters", "Protesters (Velano)"]


def test_a_name_the_topic_names_before_a_counted_noun_is_no_subject_of_it() -> None:
    """"three Orvane Care clinics" of an attack on Orvane Care are the story's clinics, not Orvane Care's size."""
    day = {1: Dated(date(2025, 5, 12)), 2: Dated(date(2025, 5, 13))}
    topic = "Orvane Care cyberattack The cyberattack on clinic operator Orvane Care: clinics offline, ambulances diverted."
    told = [Report("Ambulances were diverted from three Orvane Care clinics on Monday.", (1,))]
    assert [f.what for f in track(told, day, topic)[0]] == ["Clinics"]
    # a name the topic does not name stays the count's subject, and so does one beside a count of no name
    assert [f.what for f in track(told, day, "Clinic outages The outages at clinics: clinics offline, ambulances diverted.")[0]] == [
        "Clinics (Orvane Care)"]
    beside = [*told, Report("Ambulances were diverted from five clinics on Tuesday.", (2,))]
    assert sorted(f.what for f in track(beside, day, topic)[0]) == ["Clinics", "Clinics (Orvane Care)"]
    # a word the topic writes in lower case narrows no name of it ("Moroccan female athletes" of "female athletes")
    athletes = [Report("Two Moroccan female athletes were named to the team.", (1,))]
    assert [f.what for f in track(athletes, day, "Women in sport How many female athletes compete?")[0]] == [
        "Athletes (Moroccan female)"]


@pytest.mark.parametrize(
    ("focus", "shown"),
    [
        # the topic names the noun, not as a measure: one article's count of it is a detail, no figure of the story
        ("Organic farming. What methods do organic farms use against pests?", False),
        ("Farm cooperatives: which farms join them, and why? Is the trend growing or declining?", False),
        # ... the topic asks for the count, or names what befell the counted things: one article's count answers it
        ("Organic farming. How many farms have converted to organic methods?", True),
        ("Organic farming: the number of organic farms, subsidies paid.", True),
        ("Farm floods: farms flooded, crops lost.", True),
        # ... or names what befell them before the noun, or asks for their number in other words (the review's)
        ("Farm floods: flooded farms, lost crops.", True),
        ("Organic farming: how many of the region's farms have converted, and why?", True),
        ("Organic farming: numbers of farms and farmers.", True),
        # ... but a past form that tells nothing befell the things is no measure ("the methods farms used")
        ("Organic farming: the methods farms used against pests.", False),
    ],
)
def test_a_count_only_the_topic_names_needs_two_articles_unless_the_topic_asks_for_it(focus: str, shown: bool) -> None:
    """"So far three small farms have signed on" is one article's detail in a brief on organic farming: shown, it read as
    the story's figure "Farms: 3".  A second article's count of farms makes it one; so does a topic asking for it."""
    one = ("So far three small farms have signed on with the cooperative, its manager said.", 1, D3)
    figs, _ = tracked(one, focus=focus)
    assert [f.what for f in figs] == (["Farms"] if shown else [])
    figs, _ = tracked(one, ("Four small farms have now signed on with the cooperative.", 2, date(2009, 5, 4)), focus=focus)
    assert [f.value for f in figs] == [4]
    # a count with a measure of its own (an event's, a head's) is no such detail: one article's is shown as before
    figs, _ = tracked(("Police arrested six farmers after the protest, officials said.", 1, D3), focus=focus)
    assert [f.what for f in figs] == ["Arrested (farmers)"]


def test_a_count_left_out_as_the_topics_detail_keeps_the_leads_place() -> None:
    """The lead figure is shown on its one article's word; a detail left out in its place hands that on to no lesser
    figure: the arrests below, on another unlisted article's word, stay out as they would behind any lead."""
    day = {1: Dated(D3), 2: Dated(D3)}
    told = [Report("So far three small farms have signed on with the cooperative.", (1,)),
            Report("Police arrested six farmers after the protest on Tuesday.", (2,))]
    focus = "Farm cooperatives: which farms join them, and why?"
    assert track(told, day, focus, listed=frozenset())[0] == ()
    # ... and with the detail counted by a second article, it is the lead, and the arrests stay out as before
    told.append(Report("Three small farms have signed on, the manager said.", (3,)))
    assert [f.what for f in track(told, {**day, 3: Dated(D3)}, focus, listed=frozenset())[0]] == ["Farms"]



def test_a_count_the_topic_names_whose_sentence_tells_what_befell_it_is_the_storys() -> None:
    """The review's: "The fire has destroyed 40 homes near Velano" in a brief on a fire's damage to homes is the story's
    figure on one article's word, as "three small farms have signed on" in one on organic farming is not."""
    focus = "Velano wildfire: damage to homes, schools and hospitals."
    for sentence, label in (("The fire has destroyed 40 homes near Velano, officials said.", "Homes (Velano)"),
                            ("Officials shut 140 schools across the province as the fire spread.", "Schools"),
                            ("The blaze knocked 12 hospitals offline on Tuesday.", "Hospitals")):
        figs, _ = tracked((sentence, 1, D3), focus=focus)
        assert [f.what for f in figs] == [label], sentence
    figs, _ = tracked(("Three schools in Velano have signed up for the new fire drills programme.", 1, D3), focus=focus)
    assert figs == ()
    # ... nor do the count's own words tell it ("five terrorist attacks" of a focus on attacks)
    figs, _ = tracked(("Eleven soldiers were wounded in five terrorist attacks in Velano, officials said.", 1, D3),
                      focus="Velano attacks: who is behind them?")
    assert [f.what for f in figs] == ["Injured (soldiers, Velano)"]
