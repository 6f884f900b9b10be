"""Tests of briefbot.brief.figures: numbers a sentence gives that are no figure of the story, or another figure than they seem."""

from __future__ import annotations

from datetime import date

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
