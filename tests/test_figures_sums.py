"""Tests of briefbot.brief.figures: a running total a sentence brings its count to ("bringing its total to 45") is the total
of that count's measure, of the place whose it is; the count a day adds ("a further 180 schools", "13 new cases") is no total."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.brief.figures import Dated, Report, mentions, quantity, track
from briefbot.brief.figures.identity import focus_words, toll_parts

FOCUS = focus_words("Velano flu in Tarn, Mirel and Kessary: cases, deaths, arrests and school closures.")


def _tracked(sentence: str) -> list[tuple[float, str]]:
    """The sentence's counts a tracker keeps (their quantity, none a part of a total it gives), with their labels."""
    found = mentions(sentence)
    qs = [quantity(m, FOCUS, 2025) for m in found]
    parts = toll_parts(found, qs)
    return [(m.value, q.label) for n, (m, q) in enumerate(zip(found, qs, strict=True)) if q is not None and n not in parts]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the increment is left out; the total is its measure's, of the name the sentence opens on ("across the country")
    ("Velmora closed a further 180 schools on Tuesday, bringing the number shut across the country to 300.",
     [(300, "Schools (Velmora)")]),
    # ... after two counts of one measure; "the country's" is the place the sentence opens on; the qualifier is the increment's
    ("In Tarn, the ministry said 8 people had tested positive on Saturday and a further 12 cases were confirmed on Sunday, "
     "bringing the country's total to 20.", [(20, "Cases (Tarn, confirmed)")]),
    # "its": the sentence's subject
    ("Kessary confirmed 13 new cases on Tuesday, bringing its total to 45.", [(45, "Cases (Kessary, confirmed)")]),
    # the total's own quantity: the increment told before it is a part of it, not a second value beside it
    ("Another nine cases of Velano flu have been confirmed, taking the total to 27.", [(27, "Cases (Velano flu, confirmed)")]),
    ("Police arrested a further 12 protesters on Monday, taking the total to 40.", [(40, "Arrested (protesters)")]),
    ("Mirel reported an additional 9 deaths, raising the tally to 31.", [(31, "Deaths")]),
    # a name before the total's noun is its owner; the increment, told of no place, is no count of its own
    ("Another fifteen cases of Velano flu were confirmed by the health agency, bringing the Kessary total to 244.",
     [(244, "Cases (Kessary, confirmed)")]),
    ("Police arrested another 12 protesters, taking Velmora's tally to 40.", [(40, "Arrested (protesters, Velmora)")]),
    # an amount of money told as added is no total of it
    ("The clean-up is likely to cost a further $700m.", []),
])
def test_a_total_a_count_is_brought_to_is_its_measure_s_total(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert _tracked(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "another" beside a count of another event is another group, a figure of its own
    ("Twelve people were killed and another 150 were wounded.", [(12, "Deaths"), (150, "Injured")]),
    # ... and so is one that opens its sentence, with no total after it
    ("Another 150 people were wounded in the clashes in Mirel.", [(150, "Injured (Mirel)")]),
    # no owner's word: the total is of no place ("Officials" names none)
    ("Officials confirmed 13 new cases on Tuesday, bringing the total to 45.", [(45, "Cases (confirmed)")]),
    # a total with a noun of its own is its own count ("a total of 30,000 barrels of mud" counts barrels, not attempts)
    ("The crew made three separate attempts to seal the well, using a total of 30,000 barrels of heavy mud.", []),
    # a rise with no word of summing: the count is told as before
    ("Mirel said 13 people had been admitted to hospital, up to 45 in all.", [(13, "Hospitalised")]),
    # a body's count names whoever counts it, no owner
    ("Kessary confirmed 13 new cases, bringing the Health Ministry's count to 45.", [(45, "Cases (confirmed)")]),
    # an amount of its own
    ("The clean-up is likely to cost $700m.", [(700_000_000, "Cost (dollars)")]),
])
def test_near_shapes_keep_their_counts(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert _tracked(sentence) == expected



def test_an_addition_s_words_make_no_year_a_number() -> None:
    assert mentions("In another 2000 years the Velano glacier will be gone.") == []
    assert [m.value for m in mentions("About 2000 people marched in Velmora.")] == [2000]


def test_a_total_s_increment_after_a_count_of_another_measure_takes_no_noun() -> None:
    sentence = "The quake killed 12 people and a further 40 were injured, bringing the total to 52."
    assert [(m.value, quantity(m) is not None) for m in mentions(sentence)][2] == (52, False)


def test_the_running_total_follows_the_count_before_it() -> None:
    reports = [Report("The number of confirmed cases in Kessary rose to 32 on Monday.", (1,)),
               Report("Kessary confirmed 13 new cases on Tuesday, bringing its total to 45.", (2,))]
    figs, disputes = track(reports, {1: Dated(date(2025, 4, 27)), 2: Dated(date(2025, 4, 28))}, "Velano flu cases")
    assert disputes == ()
    cases = [f for f in figs if f.measure == "cases"]
    assert [(f.what, f.value) for f in cases] == [("Cases (Kessary, confirmed)", 45)]
    assert cases[0].previous is not None and cases[0].previous.value == 32


@pytest.mark.parametrize(("sentence", "qualifier"), [
    # a qualifier after a count's auxiliaries is its own: "had been confirmed"
    ("The Tarn ministry said 20 deaths had been confirmed as caused by the new virus.", "confirmed"),
    ("Twelve cases were confirmed on Sunday.", "confirmed"),
    # ... not one past a comma, nor a verb of another clause
    ("Twenty deaths had been reported, and officials confirmed the outbreak.", ""),
    ("Twenty deaths had been reported by Sunday when the ministry confirmed the strain.", ""),
])
def test_a_qualifier_after_the_auxiliaries_of_a_count(sentence: str, qualifier: str) -> None:
    assert mentions(sentence)[0].qualifier == qualifier


@pytest.mark.parametrize(("sentence", "expected"), [
    # a part of a set that a verb tells confirmed is the set's confirmed count, of its place
    ("Of the deaths, 22 had been confirmed.", [(22, "Deaths (confirmed)")]),
    ("Only 31 of the deaths in Tarn have been confirmed by laboratory tests.", [(31, "Deaths (Tarn, confirmed)")]),
    ("Tarn has reported 152 deaths, 31 of them confirmed.", [(152, "Deaths (Tarn)"), (31, "Deaths (Tarn, confirmed)")]),
    # ... not a part of a confirmed set, nor a part told of nothing
    ("Three of the confirmed cases were in children.", []),
    ("Of the deaths, 22 were in Tarn.", []),
    ("Of the 40 passengers, 12 were injured.", [(12, "Injured (passengers)")]),
])
def test_a_part_told_confirmed_is_a_confirmed_count(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert _tracked(sentence) == expected


def test_a_fronted_whole_s_part_quotes_the_whole() -> None:
    assert [m.phrase for m in mentions("Of the deaths, 22 had been confirmed.")] == ["Of the deaths, 22 had been confirmed"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a count its owner's possessive names ("its count", "its death toll") is the count of the name the sentence opens on
    ("Kessary revised its count of confirmed Velano flu cases down to 7 from 10 on Monday.", [(7, "Cases (Kessary, confirmed)")]),
    ("Mirel raised its death toll to 2 on Tuesday.", [(2, "Deaths (Mirel)")]),
    # ... a body's, or a group's, is no place's
    ("The ministry revised its count of confirmed cases down to 7.", [(7, "Cases (confirmed)")]),
    ("Police said their tally of arrests had reached 40.", [(40, "Arrested")]),
])
def test_a_possessive_s_count_is_its_subject_s(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert _tracked(sentence) == expected
