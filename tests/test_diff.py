"""What changed since the previous brief: NEW, UPDATED (with what it replaces), CONTINUING, dropped()."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from briefbot.brief import changes as diff
from briefbot.models import Figure, Point, Reading, Status
from briefbot.rank.vectors import vectorize
from briefbot.text.terms import terms, text_key

ARRESTED_3 = "Police arrested three suspects after the raid on Monday."
ARRESTED_5 = "Police arrested five suspects after the raid on Monday."
BRIDGE = "The bridge over the Ibar river reopened to traffic on Tuesday."
TALKS = "Negotiators from Belgrade and Pristina met in Brussels for a new round of talks."


def cosines(text: str, previous: list[str]) -> np.ndarray:
    """Cosines the way compose computes them: tf-idf over the sentences involved."""
    vectors = vectorize([terms(t) for t in [text, *previous]])
    return (vectors.matrix[[0]] @ vectors.matrix.T).toarray()[0, 1:]


def said(match: diff.Match) -> tuple[Status, str | None]:
    return match.status, match.previous


def points(*texts: str) -> list[Point]:
    return [Point(t, (n,)) for n, t in enumerate(texts, 1)]


def test_nothing_before_means_new() -> None:
    match = diff.classify(ARRESTED_5, np.zeros(0), [])
    assert (match.status, match.previous) == (Status.NEW, None)


def test_unrelated_sentence_is_new() -> None:
    previous = points(BRIDGE, TALKS)
    sims = cosines(ARRESTED_5, [BRIDGE, TALKS])
    assert sims.max() < diff.SAME_THING
    assert said(diff.classify(ARRESTED_5, sims, previous)) == (Status.NEW, None)


def test_a_changed_figure_is_an_update_with_the_previous_text() -> None:
    previous = points(BRIDGE, ARRESTED_3, TALKS)
    sims = cosines(ARRESTED_5, [BRIDGE, ARRESTED_3, TALKS])
    match = diff.classify(ARRESTED_5, sims, previous)
    assert match.status is Status.UPDATED
    assert match.previous == ARRESTED_3


def test_an_update_in_other_words_is_still_an_update() -> None:
    reworded = "Five suspects were arrested by police after Monday's raid in the village."
    previous = points(BRIDGE, ARRESTED_3)
    match = diff.classify(reworded, cosines(reworded, [BRIDGE, ARRESTED_3]), previous)
    assert (match.status, match.previous) == (Status.UPDATED, ARRESTED_3)


def test_the_same_point_again_continues() -> None:
    previous = points(BRIDGE, ARRESTED_3)
    again = "Police arrested three suspects after the raid on Monday, officials said."
    match = diff.classify(again, cosines(again, [BRIDGE, ARRESTED_3]), previous)
    assert (match.status, match.previous) == (Status.CONTINUING, ARRESTED_3)


def test_same_figure_different_thing_is_not_an_update() -> None:
    previous = points("Three suspects were arrested in Mitrovica on Monday.")
    text = "Three soldiers were injured near the border crossing on Monday."
    match = diff.classify(text, cosines(text, [previous[0].text]), previous)
    assert match.status is not Status.UPDATED


def test_update_needs_some_similarity() -> None:
    previous = points(ARRESTED_3)
    # the same thing counted, but (by construction) nothing else in common
    match = diff.classify(ARRESTED_5, np.array([diff.SAME_THING - 0.01]), previous)
    assert match.status is Status.NEW
    match = diff.classify(ARRESTED_5, np.array([diff.SAME_THING]), previous)
    assert (match.status, match.previous) == (Status.UPDATED, ARRESTED_3)


def test_thresholds_on_given_similarities() -> None:
    previous = points(BRIDGE, TALKS)
    assert said(diff.classify(BRIDGE, np.array([diff.MATCH, 0.0]), previous)) == (Status.CONTINUING, BRIDGE)
    assert said(diff.classify(BRIDGE, np.array([0.0, 0.9]), previous)) == (Status.CONTINUING, TALKS)
    assert diff.classify(BRIDGE, np.array([diff.MATCH - 0.01, 0.0]), previous).status is Status.NEW


def test_the_closest_changed_figure_wins() -> None:
    previous = points("Police arrested two suspects after the raid.", ARRESTED_3)
    match = diff.classify(ARRESTED_5, np.array([0.4, 0.9]), previous)
    assert (match.status, match.previous) == (Status.UPDATED, ARRESTED_3)


def test_dropped_points_are_those_nothing_carries() -> None:
    previous = points(BRIDGE, ARRESTED_3, TALKS)
    best = np.array([0.9, diff.STILL_REPORTED - 0.01, 0.1])
    dropped = diff.dropped(previous, best)
    assert [p.text for p in dropped] == [ARRESTED_3, TALKS]
    assert all(p.status is Status.DROPPED for p in dropped)
    assert [p.article_ids for p in dropped] == [(2,), (3,)]
    assert diff.dropped(previous, np.array([diff.STILL_REPORTED] * 3)) == []


def test_dropped_is_limited() -> None:
    previous = points(*(f"Sentence number {n} about something else entirely." for n in range(10)))
    assert len(diff.dropped(previous, np.zeros(10))) == 3
    assert len(diff.dropped(previous, np.zeros(10), limit=5)) == 5
    assert diff.dropped([], np.zeros(0)) == []


def test_an_event_the_timeline_gives_in_the_same_words_is_not_dropped_but_another_event_or_a_state_is() -> None:
    """The timeline's line of the same sentence is the event on its day; another arrest told there (a cosine of 0.68
    with it), or a state it gives on its day, leaves the point listed as no longer reported (the review's case)."""
    two = "Police arrested two men over the bombing of the Kestrel market on Friday."
    third = "Police arrested a third man over the bombing of the Kestrel market on Sunday."
    state = "Customs officers are searching the home of the tanker's owner in Velano."
    previous = points(two, state)
    assert [p.text for p in diff.dropped(previous, np.zeros(2), in_timeline={text_key(third), text_key(state)})] == [two, state]
    assert [p.text for p in diff.dropped(previous, np.zeros(2), in_timeline={text_key(two), text_key(state)})] == [state]


def test_points_the_brief_still_shows_do_not_take_the_places_of_dropped_ones() -> None:
    texts = [f"Sentence number {n} about something else entirely." for n in range(5)]
    dropped = diff.dropped(points(*texts), np.zeros(5), shown={texts[0], texts[2]})
    assert [p.text for p in dropped] == [texts[1], texts[3], texts[4]]


def test_figures_of() -> None:
    assert diff.figures_of(ARRESTED_3) != diff.figures_of(ARRESTED_5)
    assert set(diff.figures_of(ARRESTED_3)) == set(diff.figures_of(ARRESTED_5))
    assert diff.figures_of("The sky was grey over the hills.") == {}


def test_an_update_says_what_it_updates_who_reported_it_and_when() -> None:
    previous = [Point(BRIDGE, (1,)), Point(ARRESTED_3, (3, 4))]
    match = diff.classify(ARRESTED_5, cosines(ARRESTED_5, [BRIDGE, ARRESTED_3]), previous)
    was = diff.was(match, previous, {3: date(2023, 11, 8), 4: date(2023, 11, 7), 1: date(2023, 11, 9)})
    assert was is not None
    assert (was.value, was.article_ids, was.date, was.sentence) == (3, (3, 4), date(2023, 11, 8), ARRESTED_3)
    assert was.text in ARRESTED_3 and "three" in was.text
    assert diff.was(diff.classify(BRIDGE, np.array([0.9, 0.0]), previous), previous, {}) is None  # not an update


def test_an_update_shows_the_old_value_of_the_same_thing_not_a_bare_number_after_it() -> None:
    """"with 61 having died" takes no noun of its own: it is no count of districts to update."""
    before = "Floods have reached 5,251 homes in some 30 districts of Ostravia, with 61 having died, officials said."
    now = "Officials said floods had reached homes in 40 districts of Ostravia by Tuesday."
    previous = [Point(before, (2,))]
    match = diff.classify(now, cosines(now, [before]), previous)
    was = diff.was(match, previous, {2: date(2023, 11, 8)})
    assert match.status is Status.UPDATED and was is not None
    assert (was.value, was.text) == (30, "some 30 districts of Ostravia")


@pytest.mark.parametrize(("text", "background"), [
    ("A drilling rig explosion on April 20 left 11 workers missing and presumed dead.", True),
    ("The rig, which exploded on 20 April, sank two days later in 5,000 feet of water.", True),
    ("Engineers said on May 9 that the containment dome had been lowered onto the leak.", False),  # after the brief
    ("Engineers lowered a containment dome onto the leak on Sunday, the company said.", False),  # relative: may be news
    ("The company said it had spent $350m on the response so far.", False),  # no date: the article's
    ("Crews worked through the night of May 2 to lay more booms along the coast.", False),  # close to the brief
    ("The refinery fire broke out in March and burned for nine days.", True),  # a month long before the brief
    ("The yard was founded in 1998 by two brothers from Tarn.", True),
    ("Output at the plant fell sharply in April, the ministry said.", False),  # a month's figures come out after it
    ("The port has been operating at half capacity since the storm hit on 22 April.", True),  # a state going on since
    ("The well has been leaking 5,000 barrels a day since the rig sank on 22 April.", False),  # ... with a figure to update
    ("Pumps have been running since Monday, when the levee broke.", False),  # since a day after the brief
    ("Rights groups say 850 people have been killed in the crackdown launched in March.", False),  # a count since then
    # a month or a year of an aside, a fronted phrase or a thing's name; a relative clause's state (the review's cases)
    ("The minister, appointed in March, resigned on Tuesday.", False),
    ("The strike, which began in February, ended after workers accepted a 10 percent rise.", False),
    ("Prosecutors charged the suspect, who was arrested in March, with murder.", False),
    ("The toll from the March floods has risen to 1,600.", False),
    ("A Velan aid worker who has been missing since 22 April was found dead, police said.", False),
    ("Rebels, who have been besieging the town since 22 April, captured the airport.", False),
    ("Unemployment in Velano rose to 9.4% in 2009, the statistics office said.", False),  # a year's figures, months on
    # "N weeks (months) ago": about that long before the article, not any day of that week's or month's calendar
    ("The leak began more than a month ago, when the Kestrel rig exploded, killing 11 workers.", True),
    ("The uprising began two months ago in the port of Tarn.", True),
    ("The dam's sluices were opened two weeks ago.", True),  # 26 April
    ("The dam's sluices were opened a week ago.", False),  # 3 May: the brief's week
    ("The minister resigned two days ago.", False),
    ("Since the rig exploded a month ago, oil has been pouring into the bay.", False),  # (a fronted phrase)
    ("The sluices were opened 30 days ago.", True),  # days too, when that many (the review's case)
    # ... but a comparison's baseline is no event's day (the review's cases)
    ("Ostravia's exports rose 12 percent from a year ago as demand for grain grew.", False),
    ("Grain prices are 20 percent higher than a year ago.", False),
    ("Home sales rose 8 percent compared with a year ago.", False),
    ("Output is up 3 percent on a year ago.", False),
    ("Revenue rose 8 percent to $5.3 billion from $4.9 billion a year ago.", False),  # (the second review's cases)
    ("Petrol costs 40 cents more than a year ago in Velano.", False),
    ("Grain prices are higher than they were a year ago.", False),
    ("The dam burst just over a month ago, flooding the lower town.", True),
    ("Two years ago the mayor of Velano returned from exile in Kestrel.", True),  # (by its year, as before: the third review)
    ("Police arrested three men in Velano two months ago.", True),  # (not right after its verb: by its month, as before)
    # ... and a relative clause's or a reported figure's verb dates nothing (the fourth review's cases)
    ("The army retook the town it lost 10 days ago.", False),
    ("Police arrested a man who escaped from the Velano jail a month ago.", False),
    ("The death toll rose to 300 from 120 reported two weeks ago.", False),
])
def test_background_that_new_articles_restate_is_not_news(text: str, background: bool) -> None:
    assert diff.restates_background(text, date(2010, 5, 10), previous_as_of=date(2010, 5, 3)) is background


def test_recent_coverage_is_the_new_articles_and_the_last_days() -> None:
    as_of = date(2010, 5, 31)
    assert diff.recent(date(2010, 5, 30).toordinal(), False, as_of)
    assert not diff.recent(date(2010, 5, 10).toordinal(), False, as_of)
    assert diff.recent(date(2010, 5, 10).toordinal(), True, as_of)  # a new article, however old its date


def test_factbox_sentences_are_not_news() -> None:
    told = diff.Told((), date(2010, 5, 3), date(2010, 5, 10), {}, factboxes=frozenset({7}))
    day = date(2010, 5, 10).toordinal()
    assert told.not_news("The well lies 5,000 feet below the surface of the Gulf.", day, [7])
    assert not told.not_news("The well lies 5,000 feet below the surface of the Gulf.", day, [7, 8])


@pytest.mark.parametrize(("before", "now", "updated"), [
    # another meeting's length, another crowd: no update of the count before
    ("Negotiators met the gunmen's envoys at the dam for two hours on Saturday.",
     "Negotiators met the gunmen's envoys at the dam for four hours on Tuesday.", False),
    ("The ministry declared a cholera quarantine of the town of 22,000 people.",
     "Police fired tear gas at a protest by about 2,000 people against the quarantine of the town.", False),
    # the same point told again with another number: an update
    ("A court sentenced opposition leader Ana Brel to 10 years in prison on Monday.",
     "A court sentenced opposition leader Ana Brel to 15 years in prison on Monday.", True),
    ("About 2,000 people marched through Keln on Saturday against the government.",
     "About 5,000 people marched through Keln on Saturday against the government.", True),
])
def test_a_time_or_a_crowd_updates_only_the_same_point_told_again(before: str, now: str, updated: bool) -> None:
    status = diff.classify(now, cosines(now, [before]), [Point(before, (2,))]).status
    assert (status is Status.UPDATED) is updated


FARMS_MON = "Floodwater from the Orra had covered about 300 farms by Monday evening, the water board said."
FARMS_TUE = "Floodwater from the Orra had spread to 1,100 farms by Tuesday morning."
FARMS_WED = "The Orra flood has covered 2,600 farms, the water board said on Wednesday."
FARM_DAYS = {1: date(2024, 3, 4), 2: date(2024, 3, 5)}


def test_an_update_is_against_the_latest_value_the_reader_was_told_not_the_closest() -> None:
    previous = points(FARMS_MON, FARMS_TUE)
    sims = cosines(FARMS_WED, [FARMS_MON, FARMS_TUE])
    assert sims[0] > sims[1] >= diff.SAME_THING  # Monday's wording is the closer one
    match = diff.classify(FARMS_WED, sims, previous, FARM_DAYS)
    was = diff.was(match, previous, FARM_DAYS)
    assert match.status is Status.UPDATED and was is not None
    assert (was.value, was.date, was.sentence) == (1100, date(2024, 3, 5), FARMS_TUE)
    # undated, the closest point stands for what the reader was told, as before
    assert diff.classify(FARMS_WED, sims, previous).previous == FARMS_MON


def test_a_value_the_reader_was_told_last_updates_nothing_whatever_an_older_point_said() -> None:
    again = "The Orra flood had spread to 1,100 farms, the water board said on Tuesday evening."
    previous = points(FARMS_MON, FARMS_TUE)
    match = diff.classify(again, cosines(again, [FARMS_MON, FARMS_TUE]), previous, FARM_DAYS)
    assert match.status is not Status.UPDATED


def test_a_newer_count_in_a_sentence_not_close_enough_does_not_take_the_update() -> None:
    """The newest value counts only among the points close enough to be the same thing counted."""
    previous = points(FARMS_MON, FARMS_TUE)
    match = diff.classify(FARMS_WED, np.array([0.5, diff.SAME_THING - 0.01]), previous, FARM_DAYS)
    assert (match.status, match.previous) == (Status.UPDATED, FARMS_MON)


def test_an_update_that_gives_a_moved_figure_names_the_value_before_the_figures_show_when_the_reader_was_told_it_last() -> None:
    now = Point(FARMS_WED, (3,), Status.UPDATED, was=Reading(300, "about 300 farms", (1,), date(2024, 3, 4), sentence=FARMS_MON))
    before = Reading(1100, "1,100 farms", (2,), date(2024, 3, 5), sentence=FARMS_TUE)
    moved = Figure(2600, "Farms (Orra)", "2,600 farms", (3,), FARMS_WED, date=date(2024, 3, 6), previous=before)
    assert diff.told_last(now, moved, date(2024, 3, 5)) == before
    # a value before that the reader was not told yet (dated after the previous brief) leaves the point's own
    assert diff.told_last(now, moved, date(2024, 3, 4)) == now.was
    # ... and so does a figure of another count than the one the point updates
    other = Figure(40, "Deaths (Orra)", "40 people", (3,), FARMS_WED, date=date(2024, 3, 6), previous=replace(before, value=12))
    assert diff.told_last(now, other, date(2024, 3, 5)) == now.was


@pytest.mark.parametrize(("before", "now", "updated"), [
    # one clerk's part of a count of things, as the object of another verb: no revision of the whole
    ("Auditors say the Corra agency forged 310 customs permits between 2018 and 2022.",
     "A customs clerk testified Monday that she stamped about 50 customs permits without checking the cargo.", False),
    # the same count under the same verb (another form of it), or with no verb of its own: an update
    ("Auditors say the Corra agency forged 310 customs permits between 2018 and 2022.",
     "Auditors now say the Corra agency forges 420 customs permits a year.", True),
    ("Rebels controlled 30 districts of Nareth province on Monday.",
     "Rebels now control 45 districts of Nareth province.", True),
])
def test_a_count_of_things_under_another_verb_is_no_revision(before: str, now: str, updated: bool) -> None:
    status = diff.classify(now, cosines(now, [before]), [Point(before, (2,))]).status
    assert (status is Status.UPDATED) is updated


def test_another_named_things_count_is_no_update_and_a_speed_keeps_its_unit() -> None:
    first = "Cyclone Tarra crossed the Mirel coast as a Category 4 storm with sustained winds of about 205 km/h."
    other = "Rowan is expected to remain a tropical storm with winds of up to 95 km/h and is not forecast to make landfall."
    match = diff.classify(other, np.array([diff.MATCH]), points(first))
    assert match.status is not Status.UPDATED
    # the nearest ordinary sentence: the same storm's later value is its update, and quotes the speed whole
    later = "Tropical Storm Rowan is now forecast to pass north of Mirel with winds of up to 110 km/h."
    match = diff.classify(later, np.array([diff.MATCH]), points(other))
    assert match.status is Status.UPDATED and match.was is not None and match.was.phrase == "up to 95 km/h"
    # ... and a sentence that opens on no name ("At least", a teller) is judged as before
    leak = "At least 12,000 barrels are leaking into the gulf, the agency said."
    told = "Velan Oil has said more oil than the 5,000 barrels it first estimated is leaking."
    assert diff.classify(leak, np.array([diff.MATCH]), points(told)).status is Status.UPDATED


def test_a_count_s_progress_is_no_figure_the_candidates_shares_are() -> None:
    before = "With 40% of precincts counted, Marsh has 47.5% and Ode 44.1%, officials say."
    after = "With 88% of precincts counted, Marsh is on 48.2% and Ode on 46.0%."
    match = diff.classify(after, cosines(after, [BRIDGE, before]), points(BRIDGE, before))
    assert match.status is Status.UPDATED and match.was is not None
    assert match.was.phrase in ("Marsh has 47.5%", "Ode 44.1%")  # a share, not "40% of precincts"
    assert diff.figures_of(after) == {"percent Marsh": 48.2, "percent Ode": 46.0}
    # the nearest ordinary sentences: a share of a thing named after it stays, and so does a name inside a longer phrase
    assert diff.figures_of("With 40% of its shares held in Orla, the firm is exposed.") == {"percent of shares held": 40}
    assert diff.figures_of("The share of voters who link Ode with Marsh is 31%.") == {}


def test_a_smaller_value_of_a_count_that_only_grows_is_another_scope_not_an_update() -> None:
    total = "More than 300 people have been killed since the protests began in March, rights groups in Velano say."
    day = "Activists say at least 27 people have been killed."
    assert said(diff.classify(day, cosines(day, [BRIDGE, total]), points(BRIDGE, total)))[0] is not Status.UPDATED
    # a larger value updates it; so does a smaller one the sentence tells as revised
    more = "Activists say more than 850 people have been killed."
    assert said(diff.classify(more, cosines(more, [BRIDGE, total]), points(BRIDGE, total))) == (Status.UPDATED, total)
    crackdown = "Activists say at least 27 people were killed as security forces cracked down on protesters."
    assert said(diff.classify(crackdown, cosines(crackdown, [BRIDGE, total]), points(BRIDGE, total)))[0] is not Status.UPDATED
    revised = "The toll was revised down: rights groups now say 270 people have been killed since March."
    assert said(diff.classify(revised, cosines(revised, [BRIDGE, total]), points(BRIDGE, total))) == (Status.UPDATED, total)


def test_a_count_the_articles_had_given_in_the_same_words_is_no_update_of_a_points_other_value() -> None:
    day = "Activists say at least 27 people have been killed in the besieged border town."
    whole = "Activists say more than 850 people have been killed and thousands arrested in the crackdown launched in March."
    known = diff.counts_told([BRIDGE, day, whole])  # the article behind the point told the whole toll as well
    assert sorted(known["Deaths"]) == [27, 850]
    again = "Human rights activists say more than 850 people have been killed and thousands arrested in the operation since March."
    assert said(diff.classify(again, cosines(again, [BRIDGE, day]), points(BRIDGE, day), None, known))[0] is not Status.UPDATED
    # not knowing it, it updates the point's count; nor does a value the articles had not given, or had given in other words
    assert said(diff.classify(again, cosines(again, [BRIDGE, day]), points(BRIDGE, day))) == (Status.UPDATED, day)
    town = "Activists say at least 41 people have been killed in the besieged border town."
    assert said(diff.classify(town, cosines(town, [BRIDGE, day]), points(BRIDGE, day), None, known)) == (Status.UPDATED, day)
    before = "The death toll from the earthquake has risen to 6,200, the interior ministry said."
    forecast = diff.counts_told(["Aid agencies warned that the death toll could exceed 10,000 as rescuers reached remote valleys."])
    now = "The death toll from the earthquake has reached 10,000, the interior ministry said on Friday."
    assert said(diff.classify(now, cosines(now, [BRIDGE, before]), points(BRIDGE, before), None, forecast)) == (Status.UPDATED, before)
    # a count that may fall (the missing) is the point's to update whatever the articles had given
    missing = "Rescuers say 40 people are still missing in the border town after the floods."
    found = "Rescuers say 12 people are still missing in the border town after the floods."
    told = diff.counts_told([missing, found])
    assert told == {}
    assert said(diff.classify(found, cosines(found, [BRIDGE, missing]), points(BRIDGE, missing), None, told)) == (Status.UPDATED, missing)


def test_a_count_that_only_grows_updates_the_largest_value_the_reader_was_told_not_a_newer_smaller_scope() -> None:
    total = "More than 300 people have been killed since the protests began in March, rights groups in Velano say."
    day = "Activists say at least 27 people have been killed."
    previous = [Point(total, (1,), Status.NEW, None, 0.0), Point(day, (2,), Status.NEW, None, 0.0)]
    dates = {1: date(2025, 4, 26), 2: date(2025, 5, 18)}  # the one day's count was told later
    more = "Activists say more than 850 people have been killed."
    assert said(diff.classify(more, cosines(more, [total, day]), previous, dates)) == (Status.UPDATED, total)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a body's vote on a decision is no count of the story's votes: it updates no point's votes, nor is updated
    ("The commission certified the results by seven votes to two, giving Radek 3,383,915 votes.", {"votes": 3383915.0}),
    ("The bill passed the Senate by 52 votes to 48.", {}),
    # the nearest ordinary sentences: a candidate's votes against a rival's, a recount's change
    ("Radek won 338 votes to Solvang's 300 in the village.", {"votes": 338.0}),
    ("Radek won 338 votes to 300 in the village.", {"votes": 338.0}),
    ("Radek lost 18,692 votes in the recount.", {"votes": 18692.0}),
])
def test_a_decisions_vote_tally_counts_no_votes(sentence: str, expected: dict[str, float]) -> None:
    from briefbot.brief.changes import figures_of

    assert figures_of(sentence) == expected


@pytest.mark.parametrize("earlier", [
    "In 2023 a blaze in the Evros region burnt more than 90,000 hectares.",
    "Last year fires in the region burnt more than 90,000 hectares.",
])
def test_another_times_count_is_no_earlier_value_of_todays(earlier: str) -> None:
    # a background point of an earlier fire the reader saw: today's estimate of this fire's area updates nothing of it
    text = "The fire service has estimated the area burnt by the fire at about 11,000 hectares."
    match = diff.classify(text, np.array([0.5]), points(earlier))
    assert match.status is not Status.UPDATED
    # ... while this fire's area told before is updated
    before = "The fire service had estimated the area burnt by the fire at about 6,500 hectares."
    assert diff.classify(text, np.array([0.5]), points(before)).status is Status.UPDATED


@pytest.mark.parametrize("text", [
    "The wildfire has burnt about 15,000 hectares, more than in all of last year, the fire service said on Friday.",
    "The fire service said the blaze had burnt more than 15,000 hectares, almost double last year's total for the region.",
])
def test_todays_count_compared_with_another_year_still_updates(text: str) -> None:
    # the other year is a comparison after the count (the review's cases): the count is today's, and it moved
    before = "The wildfire has burnt about 11,000 hectares, the fire service said."
    assert diff.classify(text, np.array([0.5]), points(before)).status is Status.UPDATED
