"""Event dates: date expressions resolved against the article's date (briefbot.text.dates)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefbot.text.aspect import told_as
from briefbot.text.dates import DATED_CHARS, Precision, event_date, mentions, resolve_weekday
from briefbot.text.tense import Tense

CASES = Path(__file__).parent / "data" / "event_dates.tsv"
MONDAY = date(2024, 1, 1)  # a Monday, the first of a year


def _cases() -> list[tuple[date, date, Precision, str]]:
    out = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            published, expected, sentence = line.split("\t")
            day, _, precision = expected.partition(" ")
            out.append((date.fromisoformat(published), date.fromisoformat(day), Precision(precision or "day"), sentence))
    return out


def test_the_invented_sentences_are_dated_right() -> None:
    cases = _cases()
    assert len(cases) >= 60
    wrong = [(s, event_date(s, p)) for p, d, prec, s in cases if (event_date(s, p).day, event_date(s, p).precision) != (d, prec)]
    assert len(wrong) <= 0.05 * len(cases), wrong


def test_a_run_on_page_is_read_for_dates_in_its_first_characters_only() -> None:
    # a page with no full stop is one "sentence": its dates are read in its first DATED_CHARS characters, so that the
    # rules' look back over the sentence before each date costs no more than a long sentence's
    run_on = "Talks broke down and will resume on Friday " * 2_000
    found = mentions(run_on, date(2024, 3, 13))
    assert found and all(m.end <= DATED_CHARS for m in found) and len(found) < 100


@pytest.mark.parametrize(("published", "sentence", "expected"), [
    (MONDAY, "Police said the fire broke out late on Saturday.", date(2023, 12, 30)),  # back across the year end
    # a speaker's relative clause dates nothing unless it says when they spoke: "briefly", "called up", "posted to"
    # are no speaking ("said Jo Lee, who was speaking on Monday" is dated so)
    (date(2024, 3, 13), '"We want answers," said Ada Kerr, whose son was briefly detained on Sunday.', date(2024, 3, 13)),
    (date(2024, 3, 13), '"We want answers," said Ada Kerr, who was called up by the army on Sunday.', date(2024, 3, 13)),
    (date(2024, 3, 13), '"We want answers," said Ada Kerr, whose husband was posted to Tesk on Sunday.', date(2024, 3, 13)),
    (MONDAY, "Talks will resume on Wednesday in Geneva.", date(2024, 1, 3)),
    (date(2023, 12, 31), "Voting will take place on Tuesday.", date(2024, 1, 2)),  # forward across the year end
    (date(2024, 3, 1), "The hospital was shelled on Tuesday night.", date(2024, 2, 27)),  # back across a leap month end
    (date(2024, 3, 1), "The trial is expected to open on Monday.", date(2024, 3, 4)),
    (date(2024, 10, 31), "The king will visit the towns on Sunday.", date(2024, 11, 3)),  # forward across a month end
    (date(2024, 3, 1), "Last Friday, the court rejected the appeal.", date(2024, 2, 23)),  # "last" Friday said on a Friday
    (date(2024, 3, 1), "The court rejected the appeal on Friday.", date(2024, 3, 1)),  # the article's own weekday
])
def test_weekdays_across_month_and_year_ends(published: date, sentence: str, expected: date) -> None:
    assert event_date(sentence, published).day == expected


def test_yesterday_in_an_article_of_a_monday_is_the_sunday_before() -> None:
    found = event_date("Three suspects were arrested yesterday in a dawn raid.", date(2023, 11, 13))
    assert found.day == date(2023, 11, 12) and found.precision is Precision.DAY and found.explicit


@pytest.mark.parametrize(("published", "sentence", "expected"), [
    (date(2023, 11, 13), "The attack on 24 September left one officer dead.", date(2023, 9, 24)),
    (date(2023, 11, 13), "On Sept. 29, the White House said troops had massed.", date(2023, 9, 29)),
    (date(2025, 1, 2), "The suspect had rented the vehicle on December 30.", date(2024, 12, 30)),  # last year's
    (date(2020, 12, 30), "The new rules come into force on 1 January.", date(2021, 1, 1)),  # next year's
    (date(2024, 2, 29), "The bridge collapsed on Feb. 2, killing five.", date(2024, 2, 2)),
    (date(2019, 6, 17), "The bill was suspended on Saturday, June 15.", date(2019, 6, 15)),  # the date, not the weekday
    (date(2019, 6, 17), "The war ended on 15 June 1999.", date(1999, 6, 15)),
    # the year said in words: not the nearest 25 June (four months ahead), the one a year back
    (date(2010, 2, 9), "The drummer died at his home on 25 June last year, aged 61.", date(2009, 6, 25)),
    (date(2010, 2, 9), "The band's first album came out on May 3 last year.", date(2009, 5, 3)),
    (date(2010, 5, 20), "The festival returns on 2 January next year.", date(2011, 1, 2)),
    (date(2010, 12, 20), "The strike began on 3 January this year.", date(2010, 1, 3)),
    # a day told as an ordinal word after "the" ("the ninth of March")
    (date(2024, 3, 14), "The dam was sealed on the ninth of March after the leak.", date(2024, 3, 9)),
    (date(2024, 3, 14), "The levy was cut on the twenty-second of February, 2023.", date(2023, 2, 22)),
])
def test_explicit_dates_with_and_without_a_year(published: date, sentence: str, expected: date) -> None:
    assert event_date(sentence, published).day == expected


@pytest.mark.parametrize(("published", "sentence", "expected"), [
    # a dotted date is day first, and a weekday before it takes its day (not the weekday's own nearest)
    (date(2025, 6, 12), "The accord enters into force at 00:00 on Friday, 13.06.2025.", date(2025, 6, 13)),
    (date(2025, 6, 3), "The talks will resume at 10:00 on Wednesday, 04.06.2025.", date(2025, 6, 4)),
    (date(2025, 6, 3), "The mandate ended on 1.6.2025, the ministry said.", date(2025, 6, 1)),
])
def test_a_dotted_date_is_day_first(published: date, sentence: str, expected: date) -> None:
    found = event_date(sentence, published)
    assert (found.day, found.explicit) == (expected, True)
    assert [m.day for m in mentions(sentence, published)] == [expected]  # the weekday before it is no second date


@pytest.mark.parametrize("sentence", [
    "The mandate ended on 11/05/2025, the ministry said.",  # a slash date: either order, not read
    "The memo, stamped 6.13.2025 in the American order, was leaked.",  # no thirteenth month: no day-first date
    "Version 2.10.2025.1 of the app was released.",  # a number of more parts
])
def test_a_date_in_numbers_that_does_not_tell_its_order_is_not_read(sentence: str) -> None:
    assert mentions(sentence, date(2025, 6, 3)) == []


def test_a_holidays_name_is_no_ordinal_day() -> None:
    found = event_date("Crowds gathered for the Fourth of July as the strike went on.", date(2024, 9, 2))
    assert found.precision is not Precision.DAY  # ("the Fourth of July": a name, its year not told)


def test_a_report_without_a_date_is_of_the_articles_day() -> None:
    found = event_date("Serbia has denied any role in the violence.", date(2023, 11, 13))
    assert found.day == date(2023, 11, 13) and not found.explicit


def test_a_bound_never_dates_the_event() -> None:
    found = event_date("Since 24 February, more than 1.5 million people have fled.", date(2022, 3, 7))
    assert found.day == date(2022, 3, 7) and not found.explicit
    assert [m.bounds for m in mentions("Since 24 February, more than 1.5 million people have fled.", date(2022, 3, 7))] == [True]


def test_month_and_verb_words_are_not_dates() -> None:
    assert mentions("Officials may march on the capital, and they will.", date(2024, 5, 1)) == []


def test_mentions_point_at_the_words_they_resolve() -> None:
    text = "Kurti said on Monday that the raid of 24 September was planned."
    found = mentions(text, date(2023, 11, 15))
    assert [(text[m.start:m.end], m.day) for m in found] == [("on Monday", date(2023, 11, 13)), ("24 September", date(2023, 9, 24))]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 6))
def test_a_weekday_is_within_the_week_before_or_after(published: date, weekday: int) -> None:
    past = resolve_weekday(weekday, published)
    before = resolve_weekday(weekday, published, before=True)
    future = resolve_weekday(weekday, published, future=True)
    after = resolve_weekday(weekday, published, after=True)
    assert past.weekday() == before.weekday() == future.weekday() == after.weekday() == weekday
    assert published - timedelta(days=6) <= past <= published
    assert published - timedelta(days=7) <= before < published
    assert published <= future <= published + timedelta(days=6)  # "will meet on Monday" said on a Monday: that day
    assert published < after <= published + timedelta(days=7)  # "next Monday"
    near = resolve_weekday(weekday, published, near=True)  # "was due to meet on Monday"
    assert near.weekday() == weekday and abs((near - published).days) <= 3


@given(st.text(max_size=200), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_any_text_gets_a_date_and_mentions_in_order(text: str, published: date) -> None:
    found = mentions(text, published)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(text[m.start:m.end] == m.phrase for m in found)
    assert event_date(text, published).day is not None


WEDNESDAY = date(2024, 3, 13)


def _day_of(sentence: str, words: str, published: date = WEDNESDAY) -> date | None:
    """The day the date expression ``words`` of ``sentence`` is read as (None: not read as a date)."""
    return next((m.day for m in mentions(sentence, published) if words in m.phrase), None)


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # what is to come: a passive infinitive, a deadline, a modal, a schedule, a stretch that lasts until a day
    ("The inquiry's full report, to be published on Tuesday, is expected to call for new rules.", "Tuesday", date(2024, 3, 19)),
    ("Ceasefire talks will continue until Friday, the mediators said.", "Friday", date(2024, 3, 15)),
    ("Talks between the two delegations continue until Friday in Geneva.", "Friday", date(2024, 3, 15)),
    ("The port authority has until Monday to reopen the terminal.", "Monday", date(2024, 3, 18)),
    ("The council postponed the vote until Thursday after a bomb threat.", "Thursday", date(2024, 3, 14)),
    ("A hearing in the case has been set for Friday.", "Friday", date(2024, 3, 15)),
    ("Relief flights could resume as soon as Saturday, officials said.", "Saturday", date(2024, 3, 16)),
    ("The river may crest on Sunday at nine metres.", "Sunday", date(2024, 3, 17)),
    ("Both leaders vowed to be in Geneva on Friday night for the signing.", "Friday", date(2024, 3, 15)),
    ("Leaders of the three parties will meet this weekend in Geneva.", "weekend", date(2024, 3, 16)),
    ("The cyclone may make landfall on Friday near the port.", "Friday", date(2024, 3, 15)),
    ("Lenders may have to write off the loans by Friday.", "Friday", date(2024, 3, 15)),
    ("The summit, to be held on Thursday in Vienna, will include Iran.", "Thursday", date(2024, 3, 14)),
    ("Schools will stay closed until Monday, the ministry said.", "Monday", date(2024, 3, 18)),
    ("Farmers need a deal this weekend to save the harvest.", "weekend", date(2024, 3, 16)),
    ("A hundred tractors are to block the roads this weekend.", "weekend", date(2024, 3, 16)),
    # what is to come on the article's own day is that day, not a week later
    ("Aid convoys are expected to arrive in the city on Wednesday.", "Wednesday", date(2024, 3, 13)),
    ("The minister is due to travel to Brussels later on Wednesday.", "Wednesday", date(2024, 3, 13)),
    ("The envoy will meet the rebels next Wednesday.", "Wednesday", date(2024, 3, 20)),
    # a schedule told in the present: what is to come
    ("The government faces a vote of no confidence on Monday.", "Monday", date(2024, 3, 18)),
    ("The trial of the three engineers resumes Tuesday.", "Tuesday", date(2024, 3, 19)),
    ("The museum opens to the public on Saturday, after a year of repairs.", "Saturday", date(2024, 3, 16)),
    ("The second round of talks opens in the port city of Velano on Monday.", "Monday", date(2024, 3, 18)),  # a place after it
    ("The accord enters into force at 00:00 on Friday.", "Friday", date(2024, 3, 15)),  # a time after it
    ("The vote on the motion takes place on Sunday.", "Sunday", date(2024, 3, 17)),
    ("A study of the valley's floods appears Friday in the journal Hydrology.", "Friday", date(2024, 3, 15)),
    ("The documentary on the dam airs Sunday night on Channel 4.", "Sunday", date(2024, 3, 17)),
    # a condition told in the present is still to come; told in the past, it is past
    ("If the council approves the plan on Thursday, as planned, work will begin in May.", "Thursday", date(2024, 3, 14)),
    ("If the dam failed on Monday, nobody told the valley's farmers.", "Monday", date(2024, 3, 11)),
    ("Officials did not say if the ferry sank on Monday.", "Monday", date(2024, 3, 11)),  # "if" for "whether": a report
    ("The ferry appears to have sunk on Monday near the harbour.", "Monday", date(2024, 3, 11)),  # (no schedule's "appears")
    ("Whatever happens on Sunday, the coalition will need new partners.", "Sunday", date(2024, 3, 17)),
    ("In a unanimous vote on Sunday, the council approved the budget.", "Sunday", date(2024, 3, 10)),  # (a noun's)
    ("The vote on the motion took place on Sunday.", "Sunday", date(2024, 3, 10)),  # told in the past
    ("He cast his vote on Sunday in his home town.", "Sunday", date(2024, 3, 10)),  # (a noun's)
    ("The second round of talks opened in the port city of Velano on Monday.", "Monday", date(2024, 3, 11)),  # told in the past
    ("Police say the man died on Monday.", "Monday", date(2024, 3, 11)),
    ("The strike, which began on Monday, closes the port.", "Monday", date(2024, 3, 11)),
    ("Of the votes cast on Sunday, 52 percent went to the opposition.", "Sunday", date(2024, 3, 10)),  # a noun's
    ("The town faces weeks without power after the storm on Monday.", "Monday", date(2024, 3, 11)),  # another phrase's day
    ("Prime Minister Jo Lee meets flood victims in Velano on Tuesday.", "Tuesday", date(2024, 3, 12)),  # a caption's present
    # a noun's "due to" or "set to" and a verb, or a plan "had been due to", is ahead whatever the main verb's tense
    ("The truce, due to expire on Friday, was extended until the signing.", "Friday", date(2024, 3, 15)),
    ("Talks set to resume on Monday were called off by the envoy.", "Monday", date(2024, 3, 18)),
    ("The ministers had been due to meet on Friday in Vienna.", "Friday", date(2024, 3, 15)),
    # ... not a cause after a past verb, nor "due to" a noun
    ("Flights were cancelled due to fog on Monday at the airport.", "Monday", date(2024, 3, 11)),
    ("The final was postponed, due to rain on Monday.", "Monday", date(2024, 3, 11)),
    ("Delays due to the strike on Monday cost the port millions.", "Monday", date(2024, 3, 11)),
    # a clock time's colon opens no clause: the "will" before it still tells the day ahead
    ("The talks will resume at 10:00 on Thursday in Geneva.", "Thursday", date(2024, 3, 14)),
    ("The talks broke down at 10:00 on Monday in Geneva.", "Monday", date(2024, 3, 11)),
    ("Officials will say only this: the talks ended on Monday.", "Monday", date(2024, 3, 11)),  # a colon between words does
    # what happened: a report, a past stretch, a past verb after the marker, past ability, a time stamp
    ("The agency announced Monday that it will reopen the border crossing.", "Monday", date(2024, 3, 11)),
    ("It is unclear whether the call took place before or after the speech on Monday when the general "
     "gave no sign that he would resign.", "Monday", date(2024, 3, 11)),
    ("The airport stayed closed until Tuesday, when the first flights left.", "Tuesday", date(2024, 3, 12)),
    ("The ministry had decided to delay the vote until Monday.", "Monday", date(2024, 3, 11)),
    ("The gunman, believed to be a local man, was arrested on Tuesday.", "Tuesday", date(2024, 3, 12)),
    ("Rescuers could not reach the village on Monday because of the floods.", "Monday", date(2024, 3, 11)),
    ("Heavy shelling could be heard in the port on Monday night.", "Monday", date(2024, 3, 11)),
    ("Until Sunday, the ministry was silent on the talks.", "Sunday", date(2024, 3, 10)),
    ("Rescue teams were preparing to leave the coast from Tuesday night, the coastguard said.", "Tuesday", date(2024, 3, 12)),
    ("This weekend, officials said two ships were hit by drones.", "weekend", date(2024, 3, 9)),
    # a modal with a past event: a possessive day, a perfect, past ability, a past verb after the modal
    ("Tuesday's ruling by the appeals court could open the door to hundreds of claims.", "Tuesday", date(2024, 3, 12)),
    ("Sunday's landslide may force a review of the mining permits, officials said.", "Sunday", date(2024, 3, 10)),
    ("The vote on Monday could cost the coalition its majority.", "Monday", date(2024, 3, 11)),
    ("On Monday, the prime minister could barely contain his frustration.", "Monday", date(2024, 3, 11)),
    ("Investigators believe the hijackers may have boarded on Sunday.", "Sunday", date(2024, 3, 10)),
    ("The fugitive banker could have crossed the border on Monday, prosecutors said.", "Monday", date(2024, 3, 11)),
    ("Villagers said they could hear artillery fire on Tuesday night.", "Tuesday", date(2024, 3, 12)),
    ("Governor Jones, who could face an impeachment inquiry, met party elders on Tuesday.", "Tuesday", date(2024, 3, 12)),
    ("Shares in the airline, which is set to report results next month, fell 4 percent on Tuesday.", "Tuesday", date(2024, 3, 12)),
    ("The storm could weaken, forecasters warned (AP) -- Rebel leaders Thursday rejected the truce.", "Thursday", date(2024, 3, 7)),
    # a plan told in the past may be kept already: the nearest such day
    ("The army vowed to enforce a curfew from 4 p.m. Monday, but the streets stayed full.", "Monday", date(2024, 3, 11)),
    ("The first convoy was due to cross the border on Thursday.", "Thursday", date(2024, 3, 14)),
    # ... and so may a directive told in the past, with its object between ("were told to", "asked schools to")
    ("The ministry asked all schools in Tarn to close on Friday.", "Friday", date(2024, 3, 15)),
    ("Residents were ordered to leave the valley by Thursday.", "Thursday", date(2024, 3, 14)),
    # ... but the day of the telling itself, and a directive to a thing ("urged the council to ..." aside), are behind
    ("Residents were told on Monday to leave the valley.", "Monday", date(2024, 3, 11)),
    ("The minister told reporters the dam had held on Monday.", "Monday", date(2024, 3, 11)),
    ("(9:19 a.m. Monday ET) Voters will elect a new parliament in June, an official said.", "Monday", date(2024, 3, 11)),
])
def test_forecasts_are_dated_ahead_and_reports_behind(sentence: str, words: str, expected: date) -> None:
    assert _day_of(sentence, words) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a day whose event is put off or called off is one set for it: the nearest such day, ahead or behind
    ("The senator said there was no reason to delay Friday night's televised debate.", WEDNESDAY, date(2024, 3, 15)),
    ("Organisers refused to postpone Saturday evening's concert in Velano.", WEDNESDAY, date(2024, 3, 16)),
    ("The league postponed Saturday's match against Kestrel after the floods.", date(2024, 3, 18), date(2024, 3, 16)),
    # ... after "ahead of", a past verb after a possessive day's noun is another clause's, not the event's
    ("Fans queued ahead of Friday's concert in Velano organisers said.", WEDNESDAY, date(2024, 3, 15)),
    # the review's cases: a night's event told after it, its past in the sentence, stays behind
    ("A man has been charged over Saturday night's stabbing in Velano.", WEDNESDAY, date(2024, 3, 9)),
    ("Police have named the victim of Friday night's shooting in Velano.", WEDNESDAY, date(2024, 3, 8)),
    ("Saturday afternoon's match was abandoned after fans invaded the pitch.", WEDNESDAY, date(2024, 3, 9)),
    ("Saturday night's concert was cancelled because of the storm.", WEDNESDAY, date(2024, 3, 9)),
])
def test_a_day_whose_event_is_put_off_is_the_nearest_such_day(sentence: str, published: date, expected: date) -> None:
    assert _day_of(sentence, "day", published) == expected


def test_a_night_s_event_the_sentence_tells_dates_it_over_another_day_it_names() -> None:
    assert event_date("Monday night's vote passed 52-48 after a debate on Sunday.", WEDNESDAY).day == date(2024, 3, 11)


def test_a_directive_told_in_the_past_dates_the_nearest_day_it_names() -> None:
    saturday = date(2024, 3, 16)  # "told to cancel Sunday services" in a Saturday's article: tomorrow, not six days ago
    assert _day_of("Churches in Tarn were told to cancel Sunday services.", "Sunday", saturday) == date(2024, 3, 17)
    assert _day_of("Churches in Tarn cancelled Sunday services.", "Sunday", saturday) == date(2024, 3, 10)


def test_this_weekend_said_on_a_monday_is_the_one_just_past_unless_to_come() -> None:
    monday = date(2024, 3, 18)
    assert _day_of("Crowds topped 50,000 this weekend as the strike went on.", "weekend", monday) == date(2024, 3, 16)
    assert _day_of("Leaders will meet this weekend in Geneva.", "weekend", monday) == date(2024, 3, 23)


FRIDAY, SATURDAY, SUNDAY = date(2024, 3, 15), date(2024, 3, 16), date(2024, 3, 17)


@pytest.mark.parametrize(("sentence", "words", "published", "expected"), [
    # a possessive day whose noun a past verb follows is behind, however near the next one is
    ("The death toll from Monday's collapse of the Velano dam rose to 51 on Friday.", "Monday's", FRIDAY, date(2024, 3, 11)),
    ("Thursday's strike came a day after the rebels took the airport.", "Thursday's", WEDNESDAY, date(2024, 3, 7)),
    # ... and without one, the nearest: to come, or the one behind
    ("Monday's vote in parliament could bring the government down.", "Monday's", FRIDAY, date(2024, 3, 18)),
    ("Officials said Sunday's election would be free.", "Sunday's", FRIDAY, date(2024, 3, 17)),
    ("Crowds gathered for Tuesday's rally in the capital.", "Tuesday's", WEDNESDAY, date(2024, 3, 12)),
    # a day something starts from, told in the past, is the nearest such day
    ("The government declared three days of national mourning starting on Friday.", "Friday", date(2024, 3, 14), FRIDAY),
    ("The changes, effective Monday, follow the regulator's approval of the merger.", "Monday", SATURDAY, date(2024, 3, 18)),
    ("The mourning, which began on Monday, ended with a silence.", "Monday", FRIDAY, date(2024, 3, 11)),
    # a day a government names as a day of mourning or a holiday, told in the past: the nearest, which may be to come
    ("The government has declared Monday a national day of mourning.", "Monday", SATURDAY, date(2024, 3, 18)),
    ("The president declared Tuesday a public holiday for the count.", "Tuesday", SUNDAY, date(2024, 3, 19)),
    ("Police declared Monday that the road was safe.", "Monday", SATURDAY, date(2024, 3, 11)),  # (the day it was said)
    # a thing's schedule right before its day, whatever the main verb's tense: the nearest such day
    ("The council said payments to 6,200 households, due on Thursday, would be delayed.", "on Thursday", WEDNESDAY,
     date(2024, 3, 14)),
    ("The company's quarterly results due on Tuesday are expected to show a loss.", "on Tuesday", date(2024, 3, 11),
     date(2024, 3, 12)),
    ("The rent, due on Friday, was not paid.", "on Friday", date(2024, 3, 19), FRIDAY),  # (told in the past: behind)
    ("Zambia missed a coupon payment due on Monday.", "on Monday", SATURDAY, date(2024, 3, 11)),  # (the review's cases)
    ("The verdict, originally due on Friday, was delivered on Monday.", "on Friday", date(2024, 3, 19), FRIDAY),
    ("The verdict, due on Friday, was delivered on Monday, and sentencing will follow.", "on Friday", date(2024, 3, 19), FRIDAY),
    ("Bondholders are waiting for a coupon payment due on Thursday.", "on Thursday", date(2024, 3, 11), date(2024, 3, 14)),
    ("Flights were cancelled due to fog on Sunday.", "on Sunday", FRIDAY, date(2024, 3, 10)),  # (a cause: reported)
    # a state, not an event, after the noun: the nearest; a past event after a start: behind
    ("Thursday's vote was expected to be close, officials said.", "Thursday's", date(2024, 3, 12), date(2024, 3, 14)),
    ("Officials said Thursday's deadline remained in place.", "Thursday's", date(2024, 3, 12), date(2024, 3, 14)),
    ("Monday's attack on the embassy killed 12 people.", "Monday's", FRIDAY, date(2024, 3, 11)),
    ("Protests beginning on Friday spread to 12 cities.", "Friday", date(2024, 3, 12), date(2024, 3, 8)),
    ("Beginning Saturday, rebels shelled the town for three days.", "Saturday", WEDNESDAY, date(2024, 3, 9)),
    # a conference "beginning Saturday" that is still to come stays ahead, however far
    ("Both leaders confirmed that they will attend a four-day conference beginning Saturday.", "Saturday", date(2024, 3, 12),
     SATURDAY),
])
def test_a_possessive_day_or_a_start_is_dated_by_its_clause(sentence: str, words: str, published: date, expected: date) -> None:
    assert _day_of(sentence, words, published) == expected


def test_last_week_said_on_a_sunday_is_the_week_ending_that_day() -> None:
    assert _day_of("Protesters were arrested last week in the port.", "last week", SUNDAY) == date(2024, 3, 11)
    assert _day_of("Protesters were arrested last week in the port.", "last week", SATURDAY) == date(2024, 3, 4)
    assert _day_of("Protesters were arrested last week in the port.", "last week", date(2024, 3, 18)) == date(2024, 3, 11)


def test_this_week_said_on_a_sunday_of_what_is_to_come_is_the_next_one() -> None:
    """A Sunday paper's "this week" of what is to come is the week starting the next day; of what happened, the week
    ending that Sunday, as on any other day."""
    ahead = "The dam's builders will face questions from the inquiry this week."
    assert _day_of(ahead, "this week", SUNDAY) == date(2024, 3, 18)
    assert _day_of(ahead, "this week", SATURDAY) == date(2024, 3, 11)
    assert _day_of("The dam's builders faced questions from the inquiry this week.", "this week", SUNDAY) == date(2024, 3, 11)
    # "earlier this week" is past whatever the verb; "later this week" to come (the review's cases)
    assert _day_of("Officials will review the damage the storm did earlier this week.", "earlier this week", SUNDAY) == date(2024, 3, 11)
    assert _day_of("The report, due later this week, names the dam's builders.", "later this week", SUNDAY) == date(2024, 3, 18)


def test_a_weekday_after_a_names_its_day() -> None:
    assert _day_of("The group said in a Tuesday statement that two reporters were held.", "Tuesday") == date(2024, 3, 12)


@pytest.mark.parametrize("sentence", [
    "Protesters have gathered in the square every Friday since January.",
    "The market opens each Sunday at dawn.",
    "The ferry sails every other Friday in winter.",
])
def test_a_weekday_that_names_no_one_day_is_no_date(sentence: str) -> None:
    assert [m for m in mentions(sentence, WEDNESDAY) if m.precision is Precision.DAY] == []


def _days(sentence: str, published: date) -> list[date]:
    return [m.day for m in mentions(sentence, published) if m.precision is Precision.DAY]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # in effect now or to come (said on a Tuesday): ends ahead, its start the day before its end
    ("A flood warning is in effect from 6 p.m. Wednesday to noon Thursday for the valley.", date(2024, 3, 12),
     [date(2024, 3, 13), date(2024, 3, 14)]),
    ("The agency said a storm watch is in place from Wednesday to Thursday.", date(2024, 3, 12), [date(2024, 3, 13), date(2024, 3, 14)]),
    # a span from today runs forward, whatever the tense of its report
    ("A storm watch is in place from 2 p.m. today until 10 a.m. Friday.", WEDNESDAY, [WEDNESDAY, date(2024, 3, 15)]),
    ("A curfew from 8 p.m. Saturday to 6 a.m. Sunday has been imposed in the capital.", SATURDAY, [SATURDAY, SUNDAY]),
    ("A travel ban was imposed from Friday through Monday in the border provinces.", SATURDAY, [FRIDAY, date(2024, 3, 18)]),
    # a week named after the days says which
    ("Dock workers blocked the port from Monday to Friday last week.", date(2024, 3, 18), [date(2024, 3, 11), FRIDAY]),
    ("The peacekeepers' mandate expires on Friday next week.", date(2024, 3, 14), [date(2024, 3, 22)]),
    # the nearest ordinary sentences: a span over, a weekday alone, two days that are no span
    ("The festival ran from Wednesday to Sunday, organisers said.", date(2024, 3, 18), [WEDNESDAY, SUNDAY]),
    ("A flood warning was issued on Wednesday for the valley.", date(2024, 3, 12), [date(2024, 3, 6)]),
    ("Talks broke down on Monday and resumed on Thursday.", FRIDAY, [date(2024, 3, 11), date(2024, 3, 14)]),
    ("The bridge reopened on Friday last year.", FRIDAY, [FRIDAY]),
])
def test_a_span_of_days_runs_forward(sentence: str, published: date, expected: list[date]) -> None:
    assert _days(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "recalled"), [
    ("Three people have died in the blaze, which began on 4 March near the dam.", date(2024, 3, 11), date(2024, 3, 4)),
    ("The utility has restored power to the homes cut off by the shutoff that began on 6 March.", WEDNESDAY, date(2024, 3, 6)),
    ("About 900 people are in shelters, up from 400 on Monday night, the mayor said.", WEDNESDAY, date(2024, 3, 11)),
    ("One climber remains missing, down from between two and four on Friday, police said.", date(2024, 3, 11), date(2024, 3, 8)),
    ("More than 200 flights have been cancelled since the strike began Sunday, the airline said.", WEDNESDAY, date(2024, 3, 10)),
    # a since clause however long, its initials' dots no sentence end
    ("Ferries crossed to Mirel for the first time since the storm flooded the harbour at Velano and shut the port on 4 March.",
     WEDNESDAY, date(2024, 3, 4)),
    ("Since the U.N. Security Council voted Thursday to send monitors to Tarn, a fierce debate has erupted in Kessary.", WEDNESDAY,
     date(2024, 3, 7)),
    # a relative clause on the speaker named after the quote: who they are, not when they spoke
    ('"It has been a long wait," said Mara Quill, whose brother died on Sunday.', WEDNESDAY, date(2024, 3, 10)),
    ('"We knew the bridge was weak," said Tomas Reyk, 52, who was injured in the collapse on Monday.', WEDNESDAY, date(2024, 3, 11)),
    # "whose" is a relative clause too
    ("Residents are angry with the agency, whose inspectors had promised on Monday to visit, the mayor said.", WEDNESDAY,
     date(2024, 3, 11)),
    # a participle's phrase in the subject: the main verb's event is not the arrest's day
    ("The two smugglers arrested in the port on Tuesday were remanded in custody for 30 days.", date(2024, 3, 14), date(2024, 3, 12)),
])
def test_a_day_named_only_in_a_back_reference_dates_no_event(sentence: str, published: date, recalled: date) -> None:
    found = event_date(sentence, published)
    assert (found.day, found.explicit, found.recalled) == (published, False, (recalled,))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ferry, which sank on Sunday, was carrying 300 people.", date(2024, 3, 10)),  # the main clause in the past
    ("The agency has said that the storm hit the coast on Monday.", date(2024, 3, 11)),  # a report's "that"
    ("Shelters held 900 people on Monday, up from 400.", date(2024, 3, 11)),  # the figure's own day
    ("The council has a budget plan, which it will vote on Friday.", date(2024, 3, 15)),  # a relative clause to come
    ("There is a roof that collapsed in the storm on Monday.", date(2024, 3, 11)),  # "there is": the collapse is the news
    ("Police arrested two smugglers in the port on Tuesday.", date(2024, 3, 12)),  # the arrest is the main verb's
    ("The two other cases confirmed on Monday were adults back from abroad.", date(2024, 3, 11)),  # a state, no event
    ("The inquiry's report, to be released on Friday, is likely to urge reform.", date(2024, 3, 15)),  # to come
    # the speaker's clause tells when they spoke, or the relative clause is in the subject before a past verb
    ('"It has been a long wait," said Mara Quill, who was speaking on Monday.', date(2024, 3, 11)),
    ('"Act now," said the envoy, who urged a vote on Monday in a letter.', date(2024, 3, 11)),
    ("Mara Quill, whose brother died on Sunday, wept as the verdict was read.", date(2024, 3, 10)),
    # a since clause ends at its comma: the main clause's day dates the sentence
    ("Since the U.N. monitors left Tarn, the envoy has flown to Kessary, and talks resumed on Monday.", date(2024, 3, 11)),
])
def test_a_day_of_the_sentences_own_event_still_dates_it(sentence: str, expected: date) -> None:
    found = event_date(sentence, WEDNESDAY)
    assert found.day == expected and found.recalled == ()


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a day to come of a clause joined to one in the past: the past one is the sentence's event, told on no day
    ("The jury began deliberating at noon and will resume on Friday.", date(2024, 3, 14), date(2024, 3, 14)),
    ("The hearing ended without a ruling, and the judge will decide on Monday.", WEDNESDAY, WEDNESDAY),
    ("The company has approved the payout and is expected to pay it on 21 March.", WEDNESDAY, WEDNESDAY),
    # ... told in the past as expected or due: the past clause is still the event
    ("The storm's winds reached 205 km/h, forecasters said, and it was expected to make landfall on Friday.", WEDNESDAY,
     WEDNESDAY),
    ("The jury began deliberating at noon and was due to resume on Friday.", WEDNESDAY, WEDNESDAY),
    # the nearest ordinary sentences: a day of the past clause, a plan alone, a report of a plan, a day already past
    ("Talks broke down on Monday and will resume on Friday.", WEDNESDAY, date(2024, 3, 11)),
    ("The jury will resume its deliberations on Friday.", WEDNESDAY, FRIDAY),
    ("The minister said talks will resume on Friday.", WEDNESDAY, FRIDAY),
    ("The storm was expected to make landfall on Friday.", WEDNESDAY, FRIDAY),  # a plan told in the past, alone
    ("The leak was found and will be reported to the board, which met on Monday.", WEDNESDAY, date(2024, 3, 11)),
    # a need met ("had to be"), no plan: the day past; a plan ("is to be"): the day to come
    ("The pump had to be moved on Monday after ice formed inside it.", WEDNESDAY, date(2024, 3, 11)),
    ("The pump is to be moved on Friday, the engineers said.", WEDNESDAY, FRIDAY),
])
def test_a_day_to_come_joined_to_a_past_clause_dates_no_event(sentence: str, published: date, expected: date) -> None:
    assert event_date(sentence, published).day == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a possessive day names a thing: another weekday of the sentence dates its event
    ("The death toll from Friday's quake in the hill province rose to 120 on Saturday, officials said.", SATURDAY, SATURDAY),
    ("One man detained in Tuesday's protest told reporters Thursday that he was beaten.", date(2024, 3, 14), date(2024, 3, 14)),
    # ... not a day in brackets, a comparison's day or a date that names a thing too; nor without another weekday
    ("Monday's blast occurred at 4 a.m. (10 p.m. ET Sunday), police said.", date(2024, 3, 18), date(2024, 3, 18)),
    ("Monday's call volume was heavier than on Thursday and Friday, the firm said.", date(2024, 3, 18), date(2024, 3, 18)),
    ("The minister appeared at Monday's hearing on the 4 March spill.", date(2024, 3, 19), date(2024, 3, 18)),
    ("Friday's quake in the hill province killed at least 80 people.", SATURDAY, FRIDAY),
])
def test_a_possessive_day_gives_way_to_the_sentences_own_weekday(sentence: str, published: date, expected: date) -> None:
    assert event_date(sentence, published).day == expected


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # a relative day in a report's "that" clause counts from the report's own day (said on a Monday, of the Sunday)
    ("Engineers said on Sunday that a crack in the dam had widened overnight by 4 centimetres.", "overnight", SUNDAY),
    ("Police told reporters Sunday that the man died yesterday in hospital.", "yesterday", SATURDAY),
    # ... not outside such a clause, nor a report of no day of its own
    ("The crack in the dam widened overnight, engineers said on Sunday.", "overnight", date(2024, 3, 18)),
    ("Engineers said that a crack in the dam had widened overnight.", "overnight", date(2024, 3, 18)),
])
def test_a_relative_day_in_a_dated_report_counts_from_its_day(sentence: str, words: str, expected: date) -> None:
    assert _day_of(sentence, words, date(2024, 3, 18)) == expected


@pytest.mark.parametrize(("sentence", "published", "expected", "recalled"), [
    # a date between "the" and its noun names a thing: recalled by a main verb in the present, it dates nothing
    ("The number of people killed in the 3 March shelling of the port has risen to 14, the hospital said.", WEDNESDAY,
     WEDNESDAY, (date(2024, 3, 3),)),
    ("A man charged over the Feb. 20 bombing of the depot has been helping the police, sources say.", WEDNESDAY, WEDNESDAY,
     (date(2024, 2, 20),)),
    # ... the thing's own verb in the past dates it, and so does a date that is no thing's name
    ("The 3 March shelling of the port killed 11 people.", WEDNESDAY, date(2024, 3, 3), ()),
    ("The port was shelled on 3 March and the toll has risen to 14.", WEDNESDAY, date(2024, 3, 3), ()),
])
def test_a_date_that_names_a_thing_recalled_in_the_present_dates_nothing(sentence: str, published: date, expected: date,
                                                                        recalled: tuple[date, ...]) -> None:
    found = event_date(sentence, published)
    assert (found.day, found.recalled) == (expected, recalled)


@pytest.mark.parametrize(("sentence", "told"), [
    # to come: a plan, a threat, a schedule, a possibility, past a report's frame and a condition
    ("The Brask gang has said it will publish the files on Monday if no ransom is paid.", Tense.AHEAD),
    ("The Brask gang threatened to publish the files.", Tense.AHEAD),
    ("Closing arguments are scheduled for Thursday.", Tense.AHEAD),
    ("The minister said the government planned to send relief teams.", Tense.AHEAD),
    # done: a past verb or a present perfect, past a frame and an aside
    ("The Brask gang began publishing the files on Monday after its deadline passed.", Tense.PAST),
    ("Police said the man, who was 40, was arrested on Monday.", Tense.PAST),
    ("The hospital has restored its records system.", Tense.PAST),
    # neither: a present, both tenses, a clause of no verb read, "going according to plan"
    ("The trial resumes Wednesday.", None),
    ("The gang published some files on Monday and will release more on Friday.", None),
    ("Officials put the toll at 40, but doctors say it could rise.", None),
    ("The company says the repair is going according to plan.", None),
])
def test_a_sentence_tells_its_event_as_done_or_to_come(sentence: str, told: Tense | None) -> None:
    assert told_as(sentence) is told


@pytest.mark.parametrize(("published", "expected", "sentence"), [
    # a day and month told as done, read more than a week ahead of its article's date: the year before's
    (date(2024, 11, 2), date(2024, 4, 20), "Eleven workers were killed when the Tarn rig exploded on 20 April, the company said."),
    (date(2024, 11, 2), date(2024, 4, 20), "The Velano ferry sank off the coast of Tarn on 20 April, killing 40 people."),
    (date(2024, 2, 1), date(2023, 6, 4), "The boy disappeared on June 4 near his school in Kestrel, police said."),
    (date(2024, 9, 15), date(2024, 1, 7), "On Jan. 7, the mayor told the council that the dam had cracked."),
    # ... not one to come, told in the present, with a modal, as a thing's name or as a plan or schedule told in the past,
    # nor within 90 days (a schedule, or a page updated after the day it is dated, may tell it)
    (date(2024, 3, 10), date(2024, 6, 30), "The company announced it was closing the Tarn plant on 30 June."),
    (date(2024, 1, 10), date(2024, 6, 20), "The council set the referendum on the dam on 20 June."),
    (date(2024, 2, 3), date(2024, 3, 3), "Both men were remanded in custody to appear at Tarn Crown Court on 3 March."),
    (date(2024, 9, 13), date(2024, 10, 1), "Jo Lee, who takes over as chief executive on 1 October, said the dividend would stay."),
    (date(2024, 1, 6), date(2024, 2, 1), "Analysts expect the bank to raise its payout when it reports its results on 1 February."),
    (date(2024, 8, 1), date(2024, 8, 18), "On 18 August listeners can hear the first broadcast of the opera, recorded in Tarn."),
    (date(2024, 2, 22), date(2024, 3, 26), "The commission closed the registration of candidates for the March 26 election."),
    (date(2024, 1, 5), date(2024, 1, 10), "Police arrested the suspect in the Tarn bombing on January 10."),
])
def test_a_day_told_as_done_is_read_in_the_past(published: date, expected: date, sentence: str) -> None:
    assert mentions(sentence, published)[0].day == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a possessive weekday is the nearest such day ("Monday's vote", said on a Sunday: tomorrow's) ...
    ("Monday's vote in Tarn will decide the dam's future.", date(2025, 5, 19)),
    ("Officials in Tarn prepared for Monday's vote.", date(2025, 5, 19)),
    # ... but the one past when what is told came of it: died, hurt or held in it, after or since it
    ("A third protester had died of injuries sustained in Monday's clashes in Tarn.", date(2025, 5, 12)),
    ("Police said 14 people were detained after Monday's clashes in Tarn.", date(2025, 5, 12)),
    ("Two people died in Monday's fire at the Tarn depot, police said.", date(2025, 5, 12)),
    ("After Monday's vote, the Tarn council will decide the dam's future.", date(2025, 5, 19)),  # (told to come)
])
def test_a_possessive_weekday_an_act_came_of_is_the_one_past(sentence: str, expected: date) -> None:
    assert mentions(sentence, date(2025, 5, 18))[0].day == expected  # (a Sunday)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a deadline's day, a time of day before it, is no day of the event: the order was given on the article's day
    ("The court ordered the commission to deliver the voter lists by noon on Monday.", WEDNESDAY),
    ("Airlines cancelled flights until 10 a.m. on Friday, state television said.", WEDNESDAY),
    # the nearest ordinary sentences: a time the event happened at
    ("Police arrested the mayor at noon on Monday.", date(2024, 3, 11)),
    ("The strike began shortly after midnight on Monday.", date(2024, 3, 11)),
])
def test_a_deadline_with_its_time_of_day_is_no_event_day(sentence: str, expected: date) -> None:
    assert event_date(sentence, WEDNESDAY).day == expected


def test_a_today_that_means_nowadays_dates_nothing() -> None:
    published = date(2000, 3, 21)
    age = "A growing trend among gardeners today is organic gardening."
    assert mentions(age, published) == [] and event_date(age, published).mention is None  # (its article's day, if any)
    day = event_date("Protesters today marched on the palace.", published)
    assert day.mention is not None and day.day == published
