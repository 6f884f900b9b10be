"""A schedule a later article says was moved or called off leaves the situation; the two are not one point."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.schedules import calls_off, moved
from briefbot.models import Status

MON, WED = date(2025, 5, 5), date(2025, 5, 7)


@dataclass
class _Told:
    text: str
    written: date | None


SET = _Told("The tribunal says it will hear the Marl Union's appeal on Monday 12 May.", MON)
MOVE = _Told("The tribunal postponed the hearing on the union's appeal, which had been set for May 12, to May 15.", WED)


def test_a_day_a_later_article_gives_up_leaves_the_schedule_out() -> None:
    filed = _Told("The union filed an appeal at the tribunal, which set a hearing for May 12.", MON)
    runoff = _Told("The electoral board says the runoff will be held on Monday 12 May.", MON)  # another event that day
    assert moved([SET, filed, runoff, MOVE]) == {SET.text, filed.text}
    called = _Told("The May 12 hearing of the union's appeal was cancelled by the tribunal.", WED)
    assert moved([SET, runoff, called]) == {SET.text}


def test_a_new_day_a_move_on_its_own_day_and_a_move_asked_for_give_up_nothing() -> None:
    to_new = _Told("The tribunal postponed the hearing on the union's appeal to May 12.", WED)
    told_on = _Told("On Monday the tribunal cancelled its plans to visit the union's offices.", WED)
    asked = _Told("The union asked the tribunal to postpone the hearing on its appeal set for May 12.", WED)
    refused = _Told("The tribunal said the May 12 hearing on the union's appeal would not be postponed.", WED)
    assert moved([SET, to_new, told_on, asked, refused]) == frozenset()
    assert not calls_off(asked.text) and not calls_off(refused.text) and calls_off(MOVE.text)
    assert moved([SET, _Told(MOVE.text, MON)]) == frozenset()  # (told the same day as the schedule: no later article)


def test_the_situation_leaves_out_a_moved_hearing_and_the_schedule_does_not_report_the_move() -> None:
    first = article("The union filed an appeal against the strike ban at the tribunal, which set a hearing for May 12. "
                    "Dock workers in Marl stayed away from the port in protest at the ban.", id=1, published=MON,
                    title="Tribunal to hear Marl appeal")
    later = article("The tribunal postponed the hearing on the union's appeal, which had been set for May 12, to May 15. "
                    "The port authority said two ships had left Marl under police escort.", id=2, published=WED,
                    title="Marl appeal hearing delayed")
    settings = Settings(topic="m", title="Marl dock strike", words=250)
    schedule = "The union filed an appeal"
    before = compose_brief(settings, MON, [first], [], None)
    assert any(p.text.startswith(schedule) for p in before.summary)
    after = compose_brief(settings, WED, [later], [first], before)
    assert not any(p.text.startswith(schedule) for p in after.summary)
    assert any(p.text.startswith("Dock workers in Marl") for p in after.summary)  # the rest of its article stays
    (move,) = [p for p in (*after.changes, *after.summary) if p.text.startswith("The tribunal postponed")]
    assert 1 not in move.also_reported  # the schedule is no report of its postponement


def test_the_day_a_move_goes_to_is_not_a_day_given_up() -> None:
    from briefbot.brief.schedules import given_up
    moved_on = date(2026, 4, 18)
    assert given_up("The tribunal postponed the appeal hearing to the May 15 session.", moved_on) == frozenset()
    assert given_up("The tribunal postponed the April 20 hearing to May 2.", moved_on) == {date(2026, 4, 20)}


def test_the_words_a_move_is_compared_by_keep_names_that_open_on_a_months_letters() -> None:
    from briefbot.brief.schedules import _stems
    # a month's or a weekday's word and a number go ("May", "Monday", "12"), "Marl", "mayor" and "market" stay
    assert {"marl", "mayo", "mark"} <= _stems("The Marl mayor spoke at the market on Monday, May 12.")
    assert not {"mond", "may"} & _stems("The Marl mayor spoke at the market on Monday, May 12.")


def test_a_schedule_a_new_article_gives_up_is_no_news_and_no_line_of_the_timeline() -> None:
    from briefbot.brief.timeline import TimelineSettings, build_timeline

    fri = date(2025, 5, 9)
    strike = article("Dock workers in Marl walked out on Monday over pay.", id=1, published=MON, title="Marl dock strike begins")
    offer = article("The port authority raised its pay offer to 6.5% on Tuesday. Union members will vote on the offer in a "
                    "ballot on Friday.", id=2, published=date(2025, 5, 6), title="Marl port raises pay offer")
    moved_ = article("A ballot of striking dock workers in Marl on the 6.5% pay offer, which had been set for Friday, has been "
                     "postponed to Monday, the union said.", id=3, published=date(2025, 5, 8), title="Marl ballot postponed")
    settings = Settings(topic="m", title="Marl dock strike", words=250)
    before = compose_brief(settings, MON, [strike], [], None)
    after = compose_brief(settings, fri, [offer, moved_], [strike], before)
    ballot = "Union members will vote on the offer in a ballot on Friday."
    assert any(p.text.startswith("A ballot of striking dock workers") for p in after.changes)
    assert ballot not in [p.text for p in (*after.changes, *after.summary)]  # (both new: the plan is overtaken, no news)
    lines = [p.text for e in build_timeline([strike, offer, moved_], fri, TimelineSettings(dates=5)) for p in e.events]
    assert lines and ballot not in lines, lines  # (set for a day given up: no event of that day)


def test_a_states_age_told_on_its_day_is_no_situation_a_day_on() -> None:
    thu, sat = date(2025, 5, 8), date(2025, 5, 10)
    fourth = article("The dock strike at the Port of Marl is in its fourth day. Forty ships are waiting outside Marl.", id=1,
                     published=thu, title="Marl strike drags on")
    week = article("The dock strike at the Port of Marl, now in its first week, has halted container traffic. The port "
                   "authority said talks would resume on Monday.", id=2, published=sat, title="Marl talks to resume")
    brief = compose_brief(Settings(topic="m", title="Marl dock strike", words=250), sat, [week, fourth], [], None)
    shown = [p.text for p in brief.summary]
    assert "The dock strike at the Port of Marl is in its fourth day." not in shown, shown  # (two days on: its sixth)
    assert any(t.startswith("The dock strike at the Port of Marl, now in its first week") for t in shown), shown  # (its day)
    assert "Forty ships are waiting outside Marl." in shown  # (the rest of its article stays)
    assert any("fourth day" in p.text for e in brief.timeline for p in e.events)  # the timeline keeps it, on its day
    from briefbot.text.aspect import NTH_SPAN
    assert NTH_SPAN.search("Pickets stayed at the gates of the Port of Marl for a third straight day on Wednesday.")
    assert not NTH_SPAN.search("The union met for the first time in a week.")
    assert not NTH_SPAN.search("The Callen fire destroyed 40 homes in its first day before crews slowed it.")  # (a past period)


def test_another_events_postponement_to_the_same_day_gives_up_no_schedule() -> None:
    ballot = _Told("Dockers at the port of Marl will vote on the pay offer in a ballot on Friday.", MON)
    talks = _Told("Separate talks between dockers and the port on safety rules, which had been set for Friday, were postponed "
                  "to Monday.", WED)
    assert moved([ballot, talks]) == frozenset()  # (two words in common, "port" and "Friday"'s day: another event; a review's)
    assert moved([ballot, _Told("The ballot on the pay offer, which had been set for Friday, has been postponed to Monday, "
                                "the dockers' union said.", WED)]) == {ballot.text}


def test_another_years_event_is_no_situation_of_a_brief_after_another() -> None:
    # the wildfire reader's: "In 2023, a fire in Evros burnt ..." filled the situation of every brief after the first
    mon, tue = date(2026, 8, 10), date(2026, 8, 11)
    first = article("A wildfire on Mount Kerasia forced the evacuation of seven villages on Monday. In 2023, a fire in Evros "
                    "burnt more than 90,000 hectares, the worst in the European Union for decades.", id=1, published=mon,
                    title="Kerasia fire forces evacuations")
    later = article("The Kerasia wildfire spread east overnight, and four more villages were evacuated, the fire service said. "
                    "In 2023, a fire in Evros burnt more than 90,000 hectares, the worst in the European Union for decades. "
                    "In 2026, fires have burnt 40,000 hectares in Greece so far, the fire service said.", id=2, published=tue,
                    title="Kerasia fire spreads east")
    settings = Settings(topic="k", title="Kerasia wildfire", words=250)
    before = compose_brief(settings, mon, [first], [], None)
    assert any("In 2023, a fire in Evros" in p.text for p in before.summary)  # a first brief's background
    after = compose_brief(settings, tue, [later], [first], before)
    shown = [p.text for p in (*after.summary, *after.changes) if p.status is not Status.DROPPED]
    assert not any("In 2023, a fire in Evros" in t for t in shown), shown
    assert any(t.startswith("In 2026, fires have burnt") for t in shown), shown  # (this year's: the story's)


def test_a_year_before_that_is_still_the_situation_stays() -> None:
    # the review's: a span of years, a recent month at the turn of the year, a state told as going on
    from briefbot.brief.candidates import Candidate, overtaken
    day = date(2025, 1, 6).toordinal()
    for text, gone in [("In 2024-25, the budget deficit is forecast to reach 4%.", False),
                       ("In December 2024, rebels seized Velano, which they still hold.", False),
                       ("In 2019, the government imposed a state of emergency that remains in force.", False),
                       ("In 2023, a fire in Evros burnt more than 90,000 hectares.", True)]:
        assert overtaken(Candidate(text, [1], 0, False, [], day, day), date(2025, 1, 7), True, frozenset({1})) is gone, text
