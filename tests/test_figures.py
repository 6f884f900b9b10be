"""Tests of briefbot.figures: numbers, what they count, key figures and disagreements."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefbot.brief.figures import Mention, key_figures, mentions
from briefbot.models import Disagreement, Figure

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def found(sentence: str) -> list[tuple[float, str]]:
    return [(m.value, m.what) for m in mentions(sentence)]


def one(sentence: str) -> Mention:
    ms = mentions(sentence)
    assert len(ms) == 1, ms
    return ms[0]


# ----------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("NATO deployed 600 British soldiers.", 600),
        ("The area is home to 120,000 Kosovo Serbs.", 120_000),
        ("About 1.45 million people have fled.", 1_450_000),
        ("Officials counted 5,000 protesters.", 5_000),
        ("Twenty-five soldiers were killed.", 25),
        ("Two hundred and fifty thousand people marched.", 250_000),
        ("A dozen people were arrested.", 12),
        ("Half a million people were displaced.", 500_000),
        ("Eleven workers died.", 11),
        ("It had 25,000 employees.", 25_000),
        ("Since 1999, more than 2000 people have died.", 2000),
    ],
)
def test_number_values(sentence: str, value: float) -> None:
    assert one(sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Kosovo declared independence in 2008.",
        "Tensions have been high since 1999.",
        "The attack happened on May 17 in the north.",
        "The attack happened on 17 May, police said.",
        "Shots were heard at 3am local time.",
        "The markets closed at 20.04 BST.",
        "The ceasefire began on the 1st of the month.",
        "The A320 jet was grounded after the G20 meeting.",
        "COVID-19 and H1N1 spread after 9/11.",
        "The 45-year-old man was released after a 10-day wait.",
        "Article 5 of the treaty and Category 4 storms were discussed.",
        "Dozens of people were hurt and hundreds fled; several were detained.",
        "Hundreds of thousands of people and tens of thousands of soldiers.",
        "No one was hurt in the blast, and the one who fled was caught.",
        "1. The talks resume.",
        "Prices rose 3.5% last month.",  # a percentage of nothing named
    ],
)
def test_not_figures(sentence: str) -> None:
    assert mentions(sentence) == [], mentions(sentence)


def test_money() -> None:
    assert found("BP agreed to set up a $20bn fund.") == [(20e9, "fund (dollars)")]
    assert found("The Fed gave AIG an $85 billion loan.") == [(85e9, "loan (dollars)")]
    assert found("The plan costs £15bn in spending cuts.") == [(15e9, "spending cuts (pounds)")]
    assert found("The firm lost $1.45 million in fees.") == [(1.45e6, "fees (dollars)")]


def test_percent_needs_an_object() -> None:
    m = one("Mayors were elected with only 3.5 percent of the Albanian vote, officials said.")
    assert (m.value, m.what, m.phrase) == (3.5, "percent of albanian vote", "3.5 percent of the Albanian vote")
    m = one("Ethnic Albanians make up over 90% of Kosovo’s population.")
    assert (m.value, m.what, m.approximate) == (90, "percent of kosovo population", True)
    assert found("It took a 12 per cent stake.") == [(12, "percent stake")]


# ----------------------------------------------------------------------------- what is counted


def test_noun_phrase_keeps_proper_modifiers_and_drops_adverbs() -> None:
    assert found("NATO deployed 600 British soldiers.") == [(600, "british soldiers")]
    assert found("The region is home to approximately 120,000 Kosovo Serbs.") == [(120_000, "kosovo serbs")]
    m = one("A group of approximately 30 heavily armed Serbs ambushed a police patrol.")
    assert (m.value, m.what, m.approximate) == (30, "serbs", True)
    assert m.phrase == "approximately 30 heavily armed Serbs"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police surrounded at least 30 gunmen.",
        "The clashes involved Kosovar police and around 30 gunmen.",
        "Kosovo police surrounded 30 gunmen near the village.",
        "Some 30 armed men attacked the patrol.",
        "About 30 assailants fled to a monastery.",
        "Roughly 30 militants were involved.",
    ],
)
def test_attacker_synonyms(sentence: str) -> None:
    m = one(sentence)
    assert (m.value, m.what) == (30, "attackers")
    assert sentence[m.start : m.end] == m.phrase


def test_approximate_markers() -> None:
    assert one("At least 30 gunmen fled.").approximate
    assert one("More than 200 troops arrived.").approximate
    assert one("Nearly 40 people were injured.").approximate
    assert one("Up to 12 people are missing.").approximate
    assert not one("Exactly 30 gunmen fled.").approximate


def test_of_object_for_non_people_nouns() -> None:
    assert found("Mexico has confirmed 1,626 cases of swine flu.") == [(1626, "cases of swine flu")]
    assert found("The well leaked an estimated 5,000 barrels of oil a day.") == [(5000, "barrels of oil")]


# ----------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    ("sentence", "value", "what", "phrase"),
    [
        ("While three of the attackers were killed, others fled.", 3, "attackers killed",
         "three of the attackers were killed"),
        ("During the shootout, three gunmen were killed.", 3, "attackers killed", "three gunmen were killed"),
        ("The violence resulted in the deaths of three gunmen.", 3, "attackers killed", "deaths of three gunmen"),
        ("The fighting continued, one policeman was killed.", 1, "police killed", "one policeman was killed"),
        ("Tragically, one officer lost his life.", 1, "police killed", "one officer lost his life"),
        ("Two men were shot dead outside the bank.", 2, "men killed", "Two men were shot dead"),
        ("Four attackers were shot.", 4, "attackers shot", "Four attackers were shot"),
        ("Gunmen killed 12 civilians.", 12, "civilians killed", "Gunmen killed 12 civilians"),
        ("The swine flu has killed 1,154 people worldwide.", 1154, "people killed", "killed 1,154 people"),
        ("The outbreak has caused 45 deaths.", 45, "people killed", "45 deaths"),
        ("The death toll rose to 40 on Tuesday.", 40, "people killed", "death toll rose to 40"),
        ("Police took two injured officers to hospital.", 2, "police injured", "two injured officers"),
        ("Six soldiers were wounded.", 6, "soldiers injured", "Six soldiers were wounded"),
        ("Some 25 protesters were taken into custody.", 25, "protesters arrested",
         "Some 25 protesters were taken into custody"),
        ("About 1.45 million people have been displaced.", 1_450_000, "people displaced",
         "About 1.45 million people have been displaced"),
        ("Seven people are still missing.", 7, "people missing", "Seven people are still missing"),
        ("The storm injured 14.", 14, "people injured", "injured 14"),
    ],
)
def test_events(sentence: str, value: float, what: str, phrase: str) -> None:
    m = one(sentence)
    assert (m.value, m.what, m.phrase) == (value, what, phrase)
    assert sentence[m.start : m.end] == phrase


def test_bare_numbers_inherit_the_previous_noun() -> None:
    s = "While three of the attackers were killed and three arrested, Kurti alleges a plot."
    assert found(s) == [(3, "attackers killed"), (3, "attackers arrested")]
    s = "During an ensuing shootout with the police, three gunmen were killed, and two were apprehended."
    assert found(s) == [(3, "attackers killed"), (2, "attackers arrested")]
    assert [m.phrase for m in mentions(s)] == ["three gunmen were killed", "two were apprehended"]


def test_the_agent_is_not_inherited() -> None:
    s = ("The fighting continued throughout the day, one policeman was killed and another wounded, "
         "four attackers were shot, six were injured, and the police arrested five.")
    assert found(s) == [(1, "police killed"), (4, "attackers shot"), (6, "attackers injured"),
                        (5, "attackers arrested")]
    assert mentions(s)[-1].phrase == "the police arrested five"
    # a plain count before an active verb is its subject, not its object
    assert found("About 30 gunmen attacked the village, killing two.") == [(30, "attackers"), (2, "people killed")]


def test_events_shared_by_coordination() -> None:
    s = "The violence resulted in the deaths of three gunmen and one policeman."
    assert found(s) == [(3, "attackers killed"), (1, "police killed")]
    assert found("Three soldiers, two policemen and 4 civilians were killed.") == [
        (3, "soldiers killed"), (2, "police killed"), (4, "civilians killed")]
    # a comma alone does not carry an event back to an unrelated count
    assert found("Of the 40 passengers, 12 were injured and one of them died.") == [
        (40, "passengers"), (12, "passengers injured"), (1, "passengers killed")]


def test_partitive() -> None:
    assert found("Two of the five suspects were arrested.") == [(2, "suspects arrested"), (5, "suspects")]


# ----------------------------------------------------------------------------- key figures


def test_agreement_cites_every_article() -> None:
    figs, dis = key_figures([
        ("Police surrounded at least 30 gunmen.", (1,)),
        ("The clashes involved around 30 gunmen.", (2,)),
        ("Kosovo police said 30 attackers were involved.", (3, 4)),
        ("One policeman was killed.", (1,)),
        ("A police officer died and one policeman was killed, police said.", (2,)),
    ])
    assert dis == ()
    by_what = {f.what: f for f in figs}
    assert by_what["attackers"].value == 30
    assert by_what["attackers"].article_ids == (1, 2, 3, 4)
    assert by_what["attackers"].text == "30 attackers"  # an exact statement is preferred
    assert by_what["police killed"].article_ids == (1, 2)
    assert all(isinstance(f, Figure) for f in figs)


def test_approximate_agrees_within_ten_percent() -> None:
    figs, dis = key_figures([
        ("About 1,000 people were evacuated.", (1,)),
        ("Officials said 1,050 people were evacuated.", (2,)),
    ])
    assert dis == ()
    assert [(f.value, f.article_ids) for f in figs] == [(1050, (1, 2))]
    figs, dis = key_figures([
        ("Officials said 1,000 people were evacuated.", (1,)),
        ("Officials said 1,050 people were evacuated.", (2,)),
    ])
    assert [d.what for d in dis] == ["people evacuated"]


def test_disagreement_between_articles() -> None:
    figs, dis = key_figures([
        ("While three of the attackers were killed and three arrested, Kurti spoke.", (0,)),
        ("The violence resulted in the deaths of three gunmen and one policeman.", (1,)),
        ("Four attackers were shot, six were injured, and the police arrested five.", (3,)),
        ("Three gunmen were killed, and two were apprehended.", (4,)),
    ])
    whats = {d.what: d for d in dis}
    killed = whats["attackers killed"]
    assert isinstance(killed, Disagreement)
    assert [(f.value, f.what, f.article_ids) for f in killed.figures] == [
        (3, "attackers killed", (0, 1, 4)), (4, "attackers shot", (3,))]
    arrested = whats["attackers arrested"]
    assert sorted((f.value, f.article_ids) for f in arrested.figures) == [(2, (4,)), (3, (0,)), (5, (3,))]
    # disagreed things are not also listed as key figures
    assert not {f.what for f in figs} & {"attackers killed", "attackers arrested", "attackers shot"}


def test_shot_stands_in_for_killed_only_without_a_killed_count() -> None:
    figs, dis = key_figures([
        ("Five protesters were shot and two protesters died.", (1,)),
        ("Two protesters were killed.", (2,)),
    ])
    assert dis == ()
    assert {(f.value, f.what, f.article_ids) for f in figs} == {
        (2, "protesters killed", (1, 2)), (5, "protesters shot", (1,))}


def test_one_article_two_numbers_is_not_a_disagreement() -> None:
    _, dis = key_figures([
        ("Three people were killed in the morning.", (1,)),
        ("By evening, five people were killed.", (1,)),
    ])
    assert dis == ()


def test_generic_counts_do_not_disagree() -> None:
    figs, dis = key_figures([
        ("Some 5,000 people marched in the capital.", (1,)),
        ("The town has 120,000 people.", (2,)),
    ])
    assert dis == ()
    assert sorted(f.value for f in figs) == [5000, 120_000]


def test_trivial_counts_are_dropped_and_ranking() -> None:
    figs, dis = key_figures([
        ("One officer arrived, and the two sides met for three days.", (1,)),
        ("Police found 40 rifles.", (1,)),
        ("Police found 40 rifles, and 12 people were injured.", (2,)),
        ("NATO sent 600 British soldiers.", (2,)),
        ("Three cars were burned.", (3,)),
    ], limit=3)
    assert dis == ()
    # support first, then events above plain counts, then first appearance
    assert [(f.value, f.what) for f in figs] == [(40, "rifles"), (12, "people injured"), (600, "british soldiers")]
    assert figs[0].article_ids == (1, 2)


def test_deterministic() -> None:
    data = [("Three gunmen were killed.", (2,)), ("Four gunmen were killed.", (1,)),
            ("At least 30 gunmen fled.", (1,)), ("About 30 gunmen fled.", (2,))]
    assert key_figures(data) == key_figures(list(data))
    assert key_figures(data) == key_figures(data)


# ----------------------------------------------------------------------------- seeds


def _seed_sentences() -> list[tuple[str, tuple[int, ...]]]:
    by_text: dict[str, set[int]] = {}
    for number, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s+", "", path.read_text(encoding="utf-8"))
        for para in text.split("\n"):
            for sentence in re.split(r"(?<=[.!?])\s+", para):
                if sentence.strip():
                    by_text.setdefault(sentence.strip(), set()).add(number)
    return [(s, tuple(sorted(ids))) for s, ids in by_text.items()]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not present")
def test_seed_articles() -> None:
    figs, dis = key_figures(_seed_sentences())
    by_what = {f.what: f for f in figs}
    gunmen = by_what["attackers"]
    assert gunmen.value == 30 and len(gunmen.article_ids) >= 2
    assert by_what["police killed"].value == 1 and len(by_what["police killed"].article_ids) >= 3
    assert by_what["british soldiers"].value == 600
    assert by_what["kosovo serbs"].value == 120_000
    dis_by = {d.what: d for d in dis}
    killed = {f.value for f in dis_by["attackers killed"].figures}
    assert killed == {3, 4}
    arrested = {f.value for f in dis_by["attackers arrested"].figures}
    assert arrested == {2, 3, 5}
    for d in dis:
        for f in d.figures:
            assert f.text in f.sentence
    for f in figs:
        assert f.text in f.sentence
    assert len(figs) <= 8


# ----------------------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_mentions_never_crash_and_phrases_are_verbatim(text: str) -> None:
    for m in mentions(text):
        assert text[m.start : m.end] == m.phrase
        assert m.what


_WORDS = ["three", "gunmen", "were", "killed", "and", "two", "arrested", "of", "the", "30", "1,200",
          "at", "least", "$5bn", "percent", "%", "police", "one", "policeman", "died", ",", "in", "2008",
          "May", "17", "people", "injured", "dozen", "a", "hundred", "million", "shot", "dead", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    for m in mentions(text):
        assert text[m.start : m.end] == m.phrase
    figs, _ = key_figures([(text, (1,)), (text.upper(), (2,))])
    for f in figs:
        assert f.text in f.sentence
