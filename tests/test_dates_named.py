"""Days that date no event of their sentence: a date naming which thing a noun phrase is (briefbot.text.named), a day
in a relative clause of a main clause in the past, and the day a past deferral moves a thing to (briefbot.text.tense)."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.text.dates import event_date

MONDAY = date(2024, 5, 20)
THURSDAY = date(2024, 5, 16)
FRIDAY = date(2024, 5, 17)


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a date between "the" (or a possessive) and its noun names which election: the sentence's own day dates its event
    ("Monitors welcomed the certification of the results of the 12 May general election by the board today.", MONDAY, MONDAY),
    ("Full results of Ostravia's May 12 general election, as released by the board on Thursday, gave the ruling party 41%.",
     FRIDAY, THURSDAY),
    ("The 30 June concert in the capital was announced by its promoters on Thursday.", FRIDAY, THURSDAY),
    # ... and, told in the present, the article's day ("is the favourite", "has called for")
    ("The mayor is the favourite to win the 6 June runoff, according to the latest polls.", MONDAY, MONDAY),
    ("The opposition has called for a boycott of the 9 June referendum on the new charter.", MONDAY, MONDAY),
])
def test_a_date_that_names_which_thing_dates_no_event(sentence: str, published: date, expected: date) -> None:
    found = event_date(sentence, published)
    assert found.day == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # the thing's own verb in the past, or a past main verb of which it is the scene, keeps its day
    ("The 12 May blast at the fuel depot killed 11 workers.", MONDAY, date(2024, 5, 12)),
    ("Eleven workers died in the 12 May blast at the fuel depot.", MONDAY, date(2024, 5, 12)),
    ("Officials said the 12 May blast at the fuel depot killed 11 workers.", MONDAY, date(2024, 5, 12)),
    ("The ruling party won the May 12 election with 41% of the vote.", MONDAY, date(2024, 5, 12)),
    # a date that names no thing, and a weekday's "the Friday prayer" (no day's number), are read as before
    ("The board released the full results on 16 May.", MONDAY, THURSDAY),
    ("The Friday prayers at the mosque drew thousands of worshippers.", MONDAY, FRIDAY),
])
def test_a_date_that_names_a_thing_done_in_the_past_keeps_its_day(sentence: str, published: date, expected: date) -> None:
    assert event_date(sentence, published).day == expected


@pytest.mark.parametrize(("sentence", "published"), [
    # a day to come told in a relative clause of a main clause in the past: the main clause is the event, on no day told
    ("Lawyers for the candidate filed an appeal at the Supreme Court, which set a hearing for 24 May.", MONDAY),
    ("The union called a strike at the port, which will begin on 1 June.", MONDAY),
    ("Rebels seized the town hall, a move that could delay the vote planned for Sunday.", MONDAY),
    # ... and the day a deferral told in the past moves a thing to, or the one it was set for before
    ("The court postponed the trial, which had been set for 22 May, to 29 May to hear more witnesses.", MONDAY),
    ("The tribunal adjourned the hearing on the dam's collapse to Friday.", MONDAY),
])
def test_a_scheduled_day_of_an_aside_or_a_deferral_dates_no_event(sentence: str, published: date) -> None:
    found = event_date(sentence, published)
    assert (found.day, found.mention) == (published, None)


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # the nearest ordinary sentences: a schedule told alone, reported, or of a main clause dated or to come
    ("The Supreme Court will hear the appeal on 24 May.", MONDAY, date(2024, 5, 24)),
    ("The board said that the recount will start on Friday.", MONDAY, date(2024, 5, 24)),
    ("The paper ran an editorial saying that the recount must start on Friday.", MONDAY, date(2024, 5, 24)),
    ("Lawyers filed an appeal on Monday, which the court will hear on 24 May.", date(2024, 5, 21), MONDAY),
    ("The court will postpone the trial to 29 May, its clerk said.", MONDAY, date(2024, 5, 29)),
    ("The talks were moved to a hotel outside the capital on Friday.", date(2024, 5, 18), FRIDAY),
    ("The ferry, which sank on Sunday, was carrying 300 people.", MONDAY, date(2024, 5, 19)),
])
def test_a_day_of_the_sentences_own_schedule_still_dates_it(sentence: str, published: date, expected: date) -> None:
    assert event_date(sentence, published).day == expected


@pytest.mark.parametrize(("sentence", "published", "recalled", "expected"), [
    # weeks later, the story's first day told again in an aside on a thing the main clause names after its verb
    ("Satellite images showed the slick from the Velano platform, which exploded on 20 April, had doubled in size on Thursday.",
     MONDAY, date(2024, 4, 20), THURSDAY),
    ("The first signs of recovery came amid grim news of the damage caused by the blast, which began when the Velano "
     "platform exploded on 20 April.", MONDAY, date(2024, 4, 20), MONDAY),
])
def test_a_weeks_old_day_in_an_aside_on_a_thing_dates_no_event(sentence: str, published: date, recalled: date,
                                                                expected: date) -> None:
    found = event_date(sentence, published)
    assert (found.day, found.recalled) == (expected, (recalled,))


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a fresh day of an aside: the report's own news
    ("Ten people died in the storm, which struck the Tarn coast on Thursday.", MONDAY, THURSDAY),
    # an aside on the subject, before its verb: the thing's day is the sentence's
    ("The Velano platform, which exploded on 20 April, was operated by Mirel Oil.", MONDAY, date(2024, 4, 20)),
    # no verb of the main clause's own before the aside ("United" is no verb)
    ("The United Nations mission, which arrived on 20 April, is to stay a year.", MONDAY, date(2024, 4, 20)),
])
def test_a_day_of_an_aside_that_is_fresh_or_on_the_subject_still_dates_it(sentence: str, published: date, expected: date) -> None:
    assert event_date(sentence, published).day == expected


@pytest.mark.parametrize("sentence", [
    # a peace deal a day's name names
    "The Good Friday agreement ended three decades of violence in the province.",
    "Both sides said the Good Friday peace deal still held.",
    # a paper or a show that holds a weekday in its name
    "The minister told the Sunday Times that the deal was off.",
    "In remarks reported by The Sunday Telegraph, the general said his troops would stay.",
    "She told the Mail on Sunday that she had not been consulted.",
    "The singer made a surprise appearance on \"Saturday Night Live.\"",
    "He watched Monday Night Football with his cousins in the shelter.",
    # a day that recurs
    "On Monday afternoons, the twins have chemistry at the community college.",
    "The volunteers meet on Thursday evenings in the church hall.",
    "The clinic opens on Monday and Thursday mornings for walk-in patients.",  # (the second reviewer's)
    "The editor told the Sunday Post that the paper would not apologise.",
    "In an interview with the Sunday Independent, the minister denied the claims.",
])
def test_a_weekday_in_a_name_or_one_that_recurs_names_no_day(sentence: str) -> None:
    found = event_date(sentence, FRIDAY)
    assert found.mention is None and found.day == FRIDAY  # (the article's day, as for a sentence with no date)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The minister told the Sunday Times on Thursday that the deal was off.", THURSDAY),  # the paper's name is no day; Thursday is
    ("President Obama on Thursday said the plan would work.", THURSDAY),  # a name before "on Thursday" is no paper
    ("On Thursday afternoon, the twins met the mayor at the community college.", THURSDAY),  # one afternoon: that day
    ("Good progress was made on Thursday, the envoy said.", THURSDAY),  # (not before the weekday)
    # a named day "on" which the story's event fell (the reviewer's: a feast, a shopping day in the news of its week)
    ("Shoppers spent a record 9 billion euros online on Black Friday, retailers said.", FRIDAY),
    ("Church leaders called for calm in a sermon on Good Friday.", FRIDAY),
    ("Pilgrims crowded the basilica on Maundy Thursday.", THURSDAY),
    ("On Easter Sunday, the archbishop called for a ceasefire in his sermon.", date(2024, 5, 12)),
    ("Ash Wednesday services drew larger crowds than last year, the diocese said.", date(2024, 5, 15)),  # (a feast: no "on")
    ("Black Friday sales rose 5% from a year earlier, retailers said.", FRIDAY),  # (a shopping day, not a crash)
    # a day a crash or a massacre gives its name is told of the week's news as often as of history (the second reviewer's)
    ("Troops opened fire on the marchers in what residents are now calling Bloody Sunday.", date(2024, 5, 12)),
    ("Heavy snow hit Scotland on Sunday, closing roads across the Highlands.", date(2024, 5, 12)),
    # a place or a firm before "on", a paper's word after it: not the Mail on Sunday nor the Sunday Express
    ("Police Scotland on Thursday named the man who died.", THURSDAY),
    ("The Independent on Thursday reported that the deal was off.", THURSDAY),
    ("Cigna said on Thursday Express Scripts would be sold.", THURSDAY),
])
def test_a_weekday_beside_a_name_that_does_not_hold_it_is_still_its_day(sentence: str, expected: date) -> None:
    assert event_date(sentence, FRIDAY).day == expected
