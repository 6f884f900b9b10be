"""A point that names its subject or speaker by one word a reader of the brief cannot place ("Kholood
says ...", "Smick views ...") is quoted only when nothing else can take its place."""

from __future__ import annotations

import re
from datetime import date

import pytest
from builders import article
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefbot.brief.candidates import candidates
from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.select import _in_other_case, named_before, strangers
from briefbot.text.standalone import one_word_name
from briefbot.text.terms import terms


@pytest.mark.parametrize(("sentence", "name"), [
    ("Marsh views the valley's losses as the price of a dam built on a fault line.", ("Marsh", False)),
    ("In Kestrel, Ardent criticized the ministry's plan to open the sluices.", ("Ardent", False)),
    ("\"They will know it is me if you show my face,\" Halima says.", ("Halima", False)),
    ("Dr Pell said: \"We had one case of concern at the clinic.\"", ("Pell", True)),
    ("Mr Varga denied that the engineers had been warned.", ("Varga", True)),
    ("Dr Varga was the last engineer to inspect the dam.", ("Varga", True)),
    ("\"The water came at night,\" said Dr. Halima.", ("Halima", True)),
    ("In Pellham, Dr Pell said the clinic had one case.", ("Pell", True)),
    # a full name, a name with who it is, a word at the sentence's start, a place: none
    ("Ann Marsh said the dam would hold.", None),
    ("Marsh, an engineer at the water board, said the dam would hold.", None),
    ("With 14 villages flooded, Velano has the worst losses in the valley.", None),
    ("The water board said the dam would hold.", None),
    ("On Monday, police said two people had died.", None),
    ("Officials said the sluices would open on Friday.", None),
])
def test_one_word_name(sentence: str, name: tuple[str, bool] | None) -> None:
    assert one_word_name(sentence) == name


D = date(2024, 3, 1)
FEATURE = ("Heavy rain flooded 14 villages north of Kestrel on Monday, the water board said. "
           "Halima Osei, a farmer, lost everything. "
           "Halima says the water took her house and her two goats in the night. "
           "The board has opened three shelters in schools in the valley.")
OTHERS = [
    "The Velan army sent 300 soldiers to the flooded valley north of Kestrel on Tuesday.",
    "Minister Ann Marsh said the dam north of Kestrel would hold. Marsh said engineers were checking it daily.",
    "Ann Marsh, the water minister, visited the shelters on Tuesday. Marsh promised new homes by the summer.",
]


def test_a_name_only_its_own_article_uses_is_a_strangers() -> None:
    arts = [article(FEATURE, id=1, published=D), *(article(t, id=k, published=D) for k, t in enumerate(OTHERS, 2))]
    cands = candidates(arts, {a.id for a in arts})
    flagged = {c.text for c, s in zip(cands, strangers(cands, range(len(cands))), strict=True) if s}
    # Halima (Osei) is in her own story only; Marsh is named in full by two other articles
    assert flagged == {"Halima says the water took her house and her two goats in the night."}


def test_a_body_or_a_place_named_in_one_article_is_no_stranger() -> None:
    arts = [article("Unicef said 200,000 children in the valley were at risk of cholera. Velano believes the dam will hold.",
                    id=1, published=D), *(article(t, id=k, published=D) for k, t in enumerate(OTHERS, 2))]
    cands = candidates(arts, {a.id for a in arts})
    assert one_word_name(cands[0].text) == ("Unicef", False)
    assert not strangers(cands, range(len(cands))).any()


def test_a_name_written_in_lower_case_elsewhere_is_a_word() -> None:
    arts = [article("Investigators said the dam's gauge had failed on Monday. The gauge failed twice in 2023.", id=1,
                    published=D),
            article("The investigators said the board had been warned about the gauge.", id=2, published=D)]
    cands = candidates(arts, {1, 2})
    assert one_word_name(cands[0].text) == ("Investigators", False)
    assert not strangers(cands, range(len(cands))).any()


@settings(max_examples=400, deadline=None)
@given(name=st.text("AbeßİÉ_1", min_size=1, max_size=4), text=st.text("AaBbeEßSİi̇É_1 .-", max_size=24))
@example(name="Reed", text="The reed beds flooded.")  # lower case, a whole word: a word
@example(name="Reed", text="Reeds and REEDY banks.")  # part of a longer word only: not
@example(name="Reed", text="A REED_BED sign.")  # an underscore is a word's character
def test_a_name_in_another_case_is_found_as_its_pattern_finds_it(name: str, text: str) -> None:
    # strangers() tells a word from a name by a search with str.find, not a pattern compiled for each name
    pattern = re.compile(rf"\b{re.escape(name.lower())}\b|\b{re.escape(name.upper())}\b")
    assert _in_other_case(name, text) is (pattern.search(text) is not None)


def test_a_brief_quotes_a_stranger_only_when_nothing_else_can_take_its_place() -> None:
    arts = [article(FEATURE, id=1, published=D), *(article(t, id=k, published=D) for k, t in enumerate(OTHERS, 2))]
    brief = compose_brief(Settings(topic="t", words=400), D, arts, [], None)
    texts = [p.text for p in brief.summary]
    assert texts and "Halima says the water took her house and her two goats in the night." not in texts
    alone = compose_brief(Settings(topic="t", words=400), D,
                          [article("Halima says the water took her house and her two goats in the night.", id=9,
                                   published=D)], [], None)
    assert [p.text for p in alone.summary] == ["Halima says the water took her house and her two goats in the night."]


def test_a_name_that_is_a_common_word_is_not_judged() -> None:
    # "Will" is a stop word: its sentences cannot be told by its stem, so it is left alone
    arts = [article("Prince Will Osei said the dam would hold. Will said engineers were checking it daily.", id=1,
                    published=D), *(article(t, id=k, published=D) for k, t in enumerate(OTHERS, 2))]
    cands = candidates(arts, {a.id for a in arts})
    assert one_word_name("Will said engineers were checking it daily.") == ("Will", False)
    assert not strangers(cands, range(len(cands))).any()


def test_a_weekday_before_a_name_is_no_first_name() -> None:
    arts = [article("On Monday Unicef opened two clinics in the valley. Unicef said 200,000 children in the valley were "
                    "at risk of cholera.", id=1, published=D), *(article(t, id=k, published=D) for k, t in enumerate(OTHERS, 2))]
    cands = candidates(arts, {a.id for a in arts})
    assert not strangers(cands, range(len(cands))).any()


MISSION = ("The Kestrel Observer Mission said on Monday that the count in the valley had been orderly. "
           "The mission welcomes the recount in two districts north of Kestrel. "
           "The mission's estimate of turnout is 61 percent.")


def test_a_body_its_own_article_names_in_full_and_no_other_uses_is_named_before() -> None:
    """Read alone, "The mission ..." does not say which mission: its article named it in full, the round's other
    articles never do, and the topic names none."""
    arts = [article(MISSION, id=1, published=D), *(article(t, id=k, published=D) for k, t in enumerate(OTHERS, 2))]
    cands = candidates(arts, {a.id for a in arts})
    flagged = {c.text for c, s in zip(cands, named_before(cands, range(len(cands)), set(terms("valley floods"))), strict=True) if s}
    assert flagged == {"The mission welcomes the recount in two districts north of Kestrel.",
                       "The mission's estimate of turnout is 61 percent."}


def test_a_body_the_topic_or_the_round_names_is_not_named_before() -> None:
    arts = [article(MISSION, id=1, published=D), *(article(t, id=k, published=D) for k, t in enumerate(OTHERS, 2))]
    cands = candidates(arts, {a.id for a in arts})
    assert not named_before(cands, range(len(cands)), set(terms("observer mission to the valley"))).any()  # the topic's
    shared = [*OTHERS, "Observers of the mission toured the flooded villages north of Kestrel on Tuesday."]
    arts = [article(MISSION, id=1, published=D), *(article(t, id=k, published=D) for k, t in enumerate(shared, 2))]
    cands = candidates(arts, {a.id for a in arts})
    assert not named_before(cands, range(len(cands)), set(terms("valley floods"))).any()  # another article's word too


BILL = ("Senator Ada Lind introduced a bill on Monday to fund research into the valley's floods. "
        "The bill would set up five flood research centers along the Kestrel river.")


def test_a_thing_its_own_article_described_before_and_no_other_uses_is_named_before() -> None:
    """Read alone, "The bill would ..." does not say which bill: its article described it, the round's others never do."""
    arts = [article(BILL, id=1, published=D), *(article(t, id=k, published=D) for k, t in enumerate(OTHERS, 2))]
    cands = candidates(arts, {a.id for a in arts})
    flagged = {c.text for c, s in zip(cands, named_before(cands, range(len(cands)), set(terms("valley floods"))), strict=True) if s}
    assert flagged == {"The bill would set up five flood research centers along the Kestrel river."}
    assert not named_before(cands, range(len(cands)), set(terms("flood research bill"))).any()  # the topic's own bill


TOWNS = [
    "Shelling hit the town of Arvel, south of Kestrel, on Monday. The town was shelled again on Tuesday, residents said.",
    "Floods cut the road to the town of Pell on Monday. Engineers said the town had no power.",
    "A new report by the Velan Red Cross counts 40 villages under water. The report says 12,000 people need shelter.",
    "Orlin Dredging won the contract to clear the river on Monday. The company said work would start in May.",
    "The latest poll shows most voters blame the dam's operators.",
    "Orlin Dredging, a dredging giant, won the contract. The dredging giant will try to clear the river by May.",
    "Orlin Dredging won the contract on Monday. The company on Monday said work would start in May.",
    "Tarn Savings lost 40 million euros. The bank also said it would cut 300 jobs in Tarn.",
    "Arvel Motors lost 40 million euros. The automaker plans to shut two plants in Tarn.",
    "Orlin Dredging was fined on Monday. The company declined to comment on the floods.",
]


@pytest.mark.parametrize("text", [
    "The town was shelled again on Tuesday, residents said.",
    "The report says 12,000 people need shelter.",
    "The company said work would start in May.",
    "The latest poll shows most voters blame the dam's operators.",  # (its article's first sentence: which poll?)
    "The dredging giant will try to clear the river by May.",
    "The company on Monday said work would start in May.",
    "The bank also said it would cut 300 jobs in Tarn.",
    "The automaker plans to shut two plants in Tarn.",
    "The company declined to comment on the floods.",
])
def test_a_head_of_one_of_many_is_named_before_however_many_articles_use_its_word(text: str) -> None:
    """A town, a report, a poll or a company is one of many in any story: the round's other articles using the word speak
    of their own towns and reports, and read alone "The town was shelled again" says not which."""
    arts = [article(t, id=k, published=D) for k, t in enumerate([*TOWNS, *OTHERS], 1)]
    cands = candidates(arts, {a.id for a in arts})
    flagged = {c.text for c, s in zip(cands, named_before(cands, range(len(cands)), set(terms("valley floods"))), strict=True) if s}
    assert text in flagged


@pytest.mark.parametrize("text", [
    "The deal signed in Velan on Monday ends a 12-year war.",  # (a participle says which)
    "The report released by the Velan Red Cross says 12,000 people need shelter.",
    "The central bank raised its rates on Monday.",  # (a country's one)
    "The world's biggest carmaker said it would cut 300 jobs.",  # (a possessive's scope says which)
    "The deal signed on Monday in Velan ends a 12-year war.",
    "The bank bailed out by Velan in 2009 said it would repay the loan.",
    "The UN report says 12,000 people need shelter.",  # a name says which
    "The town council of Arvel voted on Monday to close the school.",  # the head is the council
    "The company's bid was the lowest.",
])
def test_a_head_of_one_of_many_the_topic_or_a_name_says_is_not_named_before(text: str) -> None:
    arts = [article(t, id=k, published=D) for k, t in enumerate([text, *OTHERS], 1)]
    cands = candidates(arts, {a.id for a in arts})
    focus = set(terms("Orlin Dredging company contract"))
    assert not named_before(cands, range(len(cands)), focus).any()


def test_the_full_name_pattern_repeats_a_bounded_run_of_capitalised_words() -> None:
    from briefbot.brief.select import _full_body
    pattern = _full_body("Mission").pattern
    assert ")*" not in pattern and ")+" not in pattern  # (an unbounded run backtracked on a page of capitalised words)
    assert _full_body("Mission").search("The Kestrel Observer Mission met on Monday.") is not None
    assert _full_body("Mission").search("Mission: " + "Aa " * 50) is None
