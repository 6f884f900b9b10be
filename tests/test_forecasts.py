"""Forecasts a later day has overtaken: their day in numbers has passed, or a later article measured what they forecast."""

from __future__ import annotations

from datetime import date

import pytest
from builders import article

from briefbot.brief.candidates import candidates, overtaken
from briefbot.brief.forecasts import numeric_day, overtaken_forecasts

D0, D1, D2, D5 = date(2025, 11, 10), date(2025, 11, 11), date(2025, 11, 12), date(2025, 11, 15)


@pytest.mark.parametrize(("text", "written", "day"), [
    ("The storm is forecast to cross the coast on 11/11/2025.", D0, date(2025, 11, 11)),
    ("It was 300 km east of Kelby at 1800 UTC 10/11/2025.", D0, D0),  # day first: the nearer reading
    ("It was 300 km east of Kelby at 1800 UTC 11/10/2025.", date(2025, 10, 12), date(2025, 10, 11)),  # month first
    ("The storm is forecast to cross the coast on 13.11.2025.", D0, date(2025, 11, 13)),
    ("The storm is forecast to cross the coast on 2025-11-13.", D0, date(2025, 11, 13)),
    # not a date: no year, a score, a version
    ("The storm is forecast to cross the coast on 11/11.", D0, None),
    ("Kelby won 3-1 in 2025, a 4/5 rating.", D0, None),
])
def test_a_date_in_numbers_is_read_in_the_order_nearer_its_articles_day(text: str, written: date, day: date | None) -> None:
    assert numeric_day(text, written) == day


def forecasts_left(texts: list[tuple[str, date]], as_of: date) -> frozenset[str]:
    arts = [article(text, id=k + 1, published=day, title=None) for k, (text, day) in enumerate(texts)]
    return overtaken_forecasts(candidates(arts, {a.id for a in arts}), as_of)


CROSSING = "The storm is now forecast to cross the coast near Kelby between 1200 UTC and 1500 UTC on 11/11/2025."


def test_a_forecast_whose_day_in_numbers_has_passed_leaves_the_situation() -> None:
    assert forecasts_left([(CROSSING, D0)], D2) == {CROSSING}
    assert forecasts_left([(CROSSING, D0)], D1) == set()  # its day: still to come or coming
    # a position told as past, dated in numbers, is no forecast
    located = "The storm was located about 300 km east of Kelby at 1800 UTC 10/11/2025."
    assert forecasts_left([(located, D0)], D2) == set()


def test_a_forecast_told_with_is_forecast_to_and_its_day_in_words_is_overtaken_once_the_day_passed() -> None:
    text = "The storm is forecast to cross the coast near Kelby on Wednesday."
    (c,) = candidates([article(text, id=1, published=date(2025, 11, 10), title=None)], {1})  # a Monday
    assert overtaken(c, date(2025, 11, 13))
    assert not overtaken(c, date(2025, 11, 12))


@pytest.mark.parametrize("text", [
    "Parliament's infrastructure committee has scheduled a hearing on the attack for November 12.",
    "The judge set the trial of the two engineers for November 12.",
])
def test_a_day_an_act_set_something_for_is_overtaken_once_it_passed_however_the_act_is_told(text: str) -> None:
    # the scheduling is done ("has scheduled"), the hearing is to come: as of a later day, the hearing is no situation
    (c,) = candidates([article(text, id=1, published=D0, title=None)], {1})
    assert overtaken(c, date(2025, 11, 13))
    assert not overtaken(c, D2)
    (held,) = candidates([article("The committee held a hearing on the attack on November 12.", id=1, published=D0,
                                  title=None)], {1})
    assert not overtaken(held, date(2025, 11, 13))  # (a report of it, not a schedule)
    (off,) = candidates([article("The hearing, which had been scheduled for November 12, was cancelled on Monday.", id=1,
                                 published=D0, title=None)], {1})
    assert not overtaken(off, date(2025, 11, 13))  # (a schedule given up: the cancellation is the news)


SURGE = "A storm surge of up to 4 metres above the normal tide is now expected at Kelby harbour."


@pytest.mark.parametrize(("later", "left"), [
    # a later day's measurement of the same thing: the forecast is met
    ("The storm surge reached 5.2 metres at Kelby harbour, the weather service said.", True),
    # ... not a newer forecast, nor a measurement of another thing in the same unit
    ("A storm surge of up to 5 metres is now expected at Kelby harbour.", False),
    ("Waves of 6 metres struck the breakwater at Port Esk.", False),
])
def test_a_forecast_a_later_article_measured_leaves_the_situation(later: str, left: bool) -> None:
    assert forecasts_left([(SURGE, D0), (later, D2)], D5) == ({SURGE} if left else set())
    assert forecasts_left([(SURGE, D0), (later, D0)], D5) == set()  # the same day's: no later measurement
    assert forecasts_left([(SURGE, D0), (later, date(2025, 11, 24))], date(2025, 11, 25)) == set()  # weeks later: another time's
