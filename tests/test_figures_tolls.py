"""Tests of briefbot.brief.figures: which toll a brief shows (series.py), an older count beside today's, a wider toll
beside a country's, and the counts of a table row."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.brief.figures import Dated, Report, mentions, quantity, track
from briefbot.brief.figures.teller import lone_teller

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


def test_a_worldwide_toll_is_another_quantity_than_a_countrys_and_no_disagreement() -> None:
    rows = [("That brings the worldwide death toll to 214.", 5), ("The global toll stands at 214, including two deaths in Kessary.", 6),
            ("Mirel said on Monday the fever had killed 212 people.", 7), ("Officials said 40 people had died in Mirel last week.", 8)]
    given = [Report(t, (a,)) for t, a in _LEAD + rows]
    dating = {a: Dated(DAY4, DAY4) for _, a in _LEAD + rows} | {8: Dated(DAY1, DAY1)}
    figs, dis = track(given, dating, focus="Fever in Velano")
    shown = {f.what: f.value for f in figs}
    # the world's toll, and Mirel's own: Mirel tells it, and the story names Mirel a place ("in Mirel")
    assert dis == () and shown["Deaths (worldwide)"] == 214 and shown["Deaths (Mirel)"] == 212


def test_the_worldwide_toll_with_no_death_word_is_read_after_a_countrys() -> None:
    (f,) = [f for f in track([Report("The toll in Mirel rose to 30, and the worldwide toll reached 34.", (1,))],
                             {1: Dated(DAY4, DAY4)})[0] if f.what == "Deaths (worldwide)"]
    assert f.value == 34


def test_a_worldwide_toll_a_running_total_verb_takes_to_is_the_worlds() -> None:
    # the worldwide word stands inside the running total's phrase ("takes the worldwide death toll to 104"), not before it
    (m,) = mentions("That takes the worldwide death toll to 104.")
    assert m.place == "worldwide" and m.value == 104


def test_a_running_total_toll_of_no_worldwide_word_stays_of_no_place() -> None:
    (m,) = mentions("That takes the death toll to 104.")
    assert m.place == "" and m.value == 104 and m.phrase == "takes the death toll to 104"


@pytest.mark.parametrize("teller", ["Renn", "Halcyon"])
def test_a_one_word_teller_that_is_no_place_gives_no_place(teller: str) -> None:
    # a person's name, or a company's that only has a count (no count is "in" it), tells the count: still a count of no place,
    # and two of them the same day disagree
    rows = [(f"{teller} said on Monday the fever had killed 212 people.", 5), ("Officials said 150 people had died in Mirel.", 6),
            ("Health officials said the fever had killed 170 people.", 7), ("Halcyon has reported 30 cases among its staff.", 8)]
    given = [Report(t, (a,)) for t, a in _LEAD + rows]
    figs, dis = track(given, {a: Dated(DAY4, DAY4) for _, a in _LEAD + rows}, focus="Fever in Velano")
    assert [d.what for d in dis] == ["Deaths"] and f"Deaths ({teller})" not in [f.what for f in figs]


def test_a_models_projected_deaths_are_no_toll() -> None:
    figs, _ = track([Report("The model projects 1.2 million admissions and between 5,000 and 9,000 deaths.", (1,)),
                     Report("Aid projects have reached 3,000 displaced people.", (2,))], {1: Dated(DAY4, DAY4), 2: Dated(DAY4, DAY4)})
    assert [f.what for f in figs] == ["Displaced"]  # (the noun "projects" projects nothing)


def _read(sentence: str) -> list[tuple[float, str]]:
    return [(m.value, q.label) for m in mentions(sentence) if (q := quantity(m)) is not None]


def test_a_table_rows_count_takes_no_qualifier_from_the_column_before() -> None:
    assert _read("Mirel: 60 confirmed, 1,480 suspected, 95 deaths (20 confirmed)") == [(95, "Deaths")]
    # a qualifier of no number before it is the count's own, commas or not
    assert _read("Health officials counted 1,480 suspected cases.") == [(1480, "Cases (suspected)")]
    assert _read("The current, confirmed, death toll stands at 16.") == [(16, "Deaths (confirmed)")]


def test_people_suspected_of_having_the_illness_are_suspected_cases() -> None:
    assert _read("The ministry said 1,480 people were suspected of having the illness.") == [(1480, "Cases (suspected)")]
    assert _read("The ministry said 1,480 people were suspected of carrying the virus.") == [(1480, "Cases (suspected)")]
    # a person suspected of a crime is no case
    assert _read("Police said 14 people were suspected of looting.") == []


def test_a_possessive_name_before_a_count_owns_it_no_model_number() -> None:
    assert _read("Of Kessary's 45 confirmed cases, 9 were in people who had not travelled.") == [(45, "Cases (Kessary, confirmed)")]
    assert _read("A Halcyon 320 crashed near Sorva, killing 12 people.") == [(12, "Deaths")]  # a model's number stays a label


def test_a_countrys_later_count_is_not_folded_into_an_older_whole_of_a_story_of_several_places() -> None:
    # Velano's deaths and Mirel's cases: a story of two places; the confirmed cases of no place mix the countries' counts
    rows = [("Officials said 20 confirmed cases had been found.", 5), ("Kessary revised its count of confirmed cases down to 7.", 7),
            ("Mirel has 45 confirmed cases.", 8), ("The death toll in Velano rose to 30.", 9)]
    days = {5: DAY1, 7: date(2010, 3, 8)}
    given = [Report(t, (a,)) for t, a in _LEAD + rows]
    dating = {a: Dated(days.get(a, DAY4), days.get(a, DAY4)) for _, a in _LEAD + rows}
    figs, dis = track(given, dating, focus="Fever in Velano and Mirel")
    assert ("Cases (Mirel, confirmed)", 45) in [(f.what, f.value) for f in figs] and dis == ()


def test_a_story_of_one_place_still_folds_its_places_later_count_into_the_whole() -> None:
    rows = [("Officials said 20 confirmed cases had been found.", 5), ("Mirel has 45 confirmed cases.", 8)]
    given = [Report(t, (a,)) for t, a in _LEAD + rows]
    dating = {a: Dated(DAY1 if a == 5 else DAY4, DAY4) for _, a in _LEAD + rows}
    figs, _ = track(given, dating, focus="Fever in Mirel")
    assert ("Cases (confirmed)", 45) in [(f.what, f.value) for f in figs]


@pytest.mark.parametrize("sentence", ["Tarn estimated on Monday that 103 people had died.", "Tarn puts the toll at 103.",
                                      "Tarn told the Meridian Press the flu had killed 103 people.", "Tarn said 103 people died."])
def test_a_one_word_teller_is_read_with_every_verb_of_telling(sentence: str) -> None:
    # the cheap test in front of the pattern holds every verb the pattern reads, not only "said", "say" and "report"
    assert lone_teller(sentence) == "Tarn"
    assert lone_teller(sentence.replace("Tarn", "The ministry", 1)) == ""


@pytest.mark.parametrize(("sentence", "value", "what"), [
    ("A third protester died in hospital in Velano on Saturday, the health ministry said.", 3, "protesters killed"),
    ("The health ministry said a fifth victim had died overnight.", 5, "victims killed"),
    ("A second soldier was killed in Velano on Monday, the army said.", 2, "soldiers killed"),
    ("A sixth child has died of the fever in Velano.", 6, "children killed"),
])
def test_an_ordinal_that_counts_a_death_is_the_toll_it_reaches(sentence: str, value: int, what: str) -> None:
    assert [(m.value, m.what) for m in mentions(sentence)] == [(value, what)]


@pytest.mark.parametrize("sentence", [
    "A second round of talks on the Velano dam ended on Monday.",
    "A third of the workers in Velano died of the fever.",  # (a share)
    "The third day of protests in Velano passed without deaths.",
    "A second worker was found in the rubble on Tuesday.",
])
def test_an_ordinal_that_counts_no_death_is_no_figure(sentence: str) -> None:
    assert [m for m in mentions(sentence) if m.event == "killed"] == []


def test_a_toll_an_ordinal_reaches_follows_the_count_before() -> None:
    rows = [("Two protesters have died in the clashes in Velano, the health ministry said.", 5),
            ("A third protester died in hospital in Velano on Saturday, the health ministry said.", 6)]
    figures = _brief(rows, {5: DAY1}, listed={5, 6})
    assert any(what.startswith("Deaths") and value == 3 and before == 2 for what, value, before in figures), figures


@pytest.mark.parametrize("sentence", [
    "The trial in Velano was halted after one of the judges fell ill.",  # one member of a group: no count of it
    "One of the hostages held in Velano died in hospital on Monday.",
    "Police said one of the suspects arrested in Velano is a foreigner.",
    "The rebels detained one of its freelance reporters in Velano.",
])
def test_one_of_a_group_is_no_count(sentence: str) -> None:
    assert [m for m in mentions(sentence) if quantity(m) is not None] == []


def test_a_partitive_of_two_or_more_is_still_a_count() -> None:
    found = [(m.value, m.what) for m in mentions("Two of the five suspects in Velano were released on bail.")]
    assert (2, "suspects released") in found


@pytest.mark.parametrize("sentence", [
    "Health officials say the fever kills 3,000 children under five every day across the region.",
    "Nearly 500 Velanans die of the fever everyday, the ministry said.",
    "Some 500 Velanans die of fever-related illnesses every day.",
    "Experts say one child dies of the fever every 30 seconds.",
    "The fever kills 3,000 children in Velano every day.",  # (a place between)
    "About 2,000 people are killed each year on the region's roads.",
    "Rescuers evacuated 1,000 people a day from the flooded valley.",
])
def test_a_count_told_per_stretch_of_time_is_a_rate_and_no_toll(sentence: str) -> None:
    rates = [m.rate for m in mentions(sentence) if "second" not in m.what]  # (not the stretch's own "30 seconds")
    assert rates and all(rates) and _read(sentence) == []


@pytest.mark.parametrize(("sentence", "read"), [
    ("Police arrested 28 people a day after the raid on the port.", [(28.0, "Arrested")]),
    ("Five people died and 20 were injured within a day of the storm.", [(5.0, "Deaths"), (20.0, "Injured")]),
    ("Mourners held a day of prayer after 30 people were killed in the blast.", [(30.0, "Deaths")]),
    ("Some 5,000 barrels of oil a day are leaking into the gulf.", [(5000.0, "Oil flow (barrels per day)")]),
    ("A suicide bomber killed 25 people at a second checkpoint.", [(25.0, "Deaths")]),
    ("At least 40 people died during a day-long battle for the town.", [(40.0, "Deaths")]),
    ("Nine people were killed a day ahead of the election.", [(9.0, "Deaths")]),
    ("Militants killed 50 soldiers a week into the ceasefire.", [(50.0, "Deaths (soldiers)")]),
    ("Police detained 12 journalists from the opposition daily Kestrel Post.", [(12.0, "Arrested (journalists)")]),
    ("The strike killed 40 people at a market where traders gather every day.", [(40.0, "Deaths")]),
])
def test_a_day_that_dates_a_count_makes_no_rate(sentence: str, read: list[tuple[float, str]]) -> None:
    assert _read(sentence) == read
