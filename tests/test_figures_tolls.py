"""Tests of briefbot.brief.figures: which toll a brief shows (series.py), an older count beside today's, a wider toll
beside a country's, and the counts of a table row."""

from __future__ import annotations

from datetime import date

from briefbot.brief.figures import Dated, Report, track

DAY1, DAY4 = date(2010, 3, 6), date(2010, 3, 9)
_LEAD = [("The number of suspected cases in Velano rose to 2,100.", a) for a in (1, 2, 3)]


def _brief(rows: list[tuple[str, int]], days: dict[int, date], listed: set[int] | None) -> list[tuple[str, float, float | None]]:
    """The figures of a brief listing ``listed``: label, value and value before."""
    given = [Report(t, (a,)) for t, a in _LEAD + rows]
    dating = {a: Dated(days.get(a, DAY4), days.get(a, DAY4)) for _, a in _LEAD + rows}
    figs, _ = track(given, dating, focus="Fever in Velano", listed=listed)
    return [(f.what, f.value, f.previous.value if f.previous else None) for f in figs]


_TOLL = [("Most of the 70 deaths reported so far in Velano have not been confirmed by laboratory tests.", 5),
         ("The death toll from the fever in Velano rose to 160 on Tuesday, the ministry said.", 6),
         ("Velano has reported 160 deaths, 40 of them confirmed.", 7)]


def test_an_older_one_off_count_whose_article_is_unlisted_never_hides_todays_toll() -> None:
    # today's toll is given by an article the brief lists; its value before only by one it does not: shown without it
    assert ("Deaths (Velano)", 160, None) in _brief(_TOLL, {5: DAY1}, listed={6})
    # with the older article listed anyway, the value before is shown too
    assert ("Deaths (Velano)", 160, 70) in _brief(_TOLL, {5: DAY1}, listed={5, 6})


def test_a_toll_on_unlisted_articles_word_stays_hidden_whatever_its_value_before() -> None:
    # only the older count's article is listed: today's value would still add a source of its own
    assert "Deaths (Velano)" not in [w for w, _, _ in _brief(_TOLL, {5: DAY1}, listed={5})]


def test_a_counted_nouns_figure_whose_value_before_is_unlisted_stays_hidden() -> None:
    # a count the focus names by its noun ("clinics"), not a story's measure: its value before still counts in its sources
    rows = [("The ministry said four clinics in the capital had closed their doors.", 5),
            ("Officials said nine clinics in the capital had closed their doors.", 6)]
    given = [Report(t, (a,)) for t, a in _LEAD + rows]
    dating = {a: Dated(DAY1 if a == 5 else DAY4, DAY4) for _, a in _LEAD + rows}
    focus = "Fever in Velano: cases, deaths and closed clinics"
    assert "Clinics" not in [f.what for f in track(given, dating, focus=focus, listed={6})[0]]
    assert "Clinics" in [f.what for f in track(given, dating, focus=focus, listed={5, 6})[0]]
