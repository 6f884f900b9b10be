"""Dates as people write them on a Date: line, and relative dates shown beside a quoted sentence."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.text.dates import annotate, parse_date, relative

WED = date(2011, 3, 30)  # a Wednesday


@pytest.mark.parametrize(("value", "day"), [
    ("13 November 2023", date(2023, 11, 13)),
    ("Mon, 13 Nov 2023 09:00:00 +0000", date(2023, 11, 13)),
    ("2023-11-13", date(2023, 11, 13)),
    ("2023-11-13T08:00:00Z", date(2023, 11, 13)),
    ("November 13, 2023", date(2023, 11, 13)),
    ("13/11/2023", date(2023, 11, 13)),
    ("Nov. 13, 2023 5:55 pm EDT", date(2023, 11, 13)),
])
def test_dates_as_people_write_them(value: str, day: date) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize("value", ["", "soon", "13 November", "Monday", "99 Foo 2023"])
def test_what_is_not_a_date_is_none(value: str) -> None:
    assert parse_date(value) is None


def test_only_relative_dates_are_annotated() -> None:
    s = "Rebels took the port on Monday, a week after the 21 March vote, officials said."
    assert [m.phrase for m in relative(s, WED)] == ["on Monday"]
    assert relative(s, None) == []


@pytest.mark.parametrize(("sentence", "shown"), [
    ("Rebels took the port on Monday, officials said.", "Rebels took the port on Monday [28 Mar], officials said."),
    ("The talks ended yesterday without a deal.", "The talks ended yesterday [29 Mar] without a deal."),
    ("“We will leave on Friday,” the envoy said.", "“We will leave on Friday,” [1 Apr] the envoy said."),
    ("Prices rose last week across the region.", "Prices rose last week [week of 21 Mar] across the region."),
    ("No date is said here at all.", "No date is said here at all."),
])
def test_annotation_sits_after_the_words_and_outside_quotes(sentence: str, shown: str) -> None:
    assert annotate(sentence, WED, WED) == shown


def test_a_date_in_another_year_shows_its_year() -> None:
    assert annotate("The port fell on Monday.", WED, date(2012, 1, 5)) == "The port fell on Monday [28 Mar 2011]."
