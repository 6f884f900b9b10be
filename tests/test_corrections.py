"""Corrections: a claim an outlet retracts is no line of the brief, the note no point (briefbot.brief.corrections)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.corrections import corrected, retraction
from briefbot.ingest.files import cleaned, parse_article
from briefbot.models import Brief, Status
from briefbot.store.db import Store
from briefbot.text.terms import text_key

JUNE_3, JUNE_11 = date(2025, 6, 3), date(2025, 6, 11)
HEARING = article("Judge Mara Tull set bail at $900,000 for Ray Osk in the Kelby dam case on Tuesday.\n\n"
                  "Tom Lind was ordered held on $80,000 bail.\n\n"
                  "Prosecutors had asked that Tom Lind be held on $120,000 bail.", title="Judge sets bail in dam case",
                  published=JUNE_3, id=1)
NOTE = ("Correction: A story on June 3 about the bail hearing of Ray Osk incorrectly stated that bail for Tom Lind "
        "was set at $80,000.")
CORRECTION = article("Bail for Lind was set at $40,000.\n\nThe Tribune regrets the error.", title="Correction: Bail in Osk story",
                     published=JUNE_11, id=2)
CORRECTION = replace(CORRECTION, corrections=NOTE)  # as cleaning keeps the note it takes out of the text


@pytest.mark.parametrize(("note", "words", "value"), [
    (NOTE, {"bail", "tom", "lind", "set"}, 80000.0),
    ("An earlier version of this story said that the plant employs 400 workers.", {"plant", "employ", "worker"}, 400.0),
    ("This article was amended on 8 May to correct the figure given for the port's revenue from $12bn to $21bn.",
     {"figur", "port", "revenu", "12bn"}, 12e9),
    ("This article misidentified Tom Reyes as the mayor of Dunmore.", {"tom", "rey", "mayor", "dunmor"}, None),
    # the earlier version named with its day
    ("CORRECTION: An earlier version of this story, dated 3 June, said that the plant employs 400 workers.",
     {"plant", "employ", "worker"}, 400.0),
    ("An earlier version of this article, published on June 3, said that the plant employs 400 workers.",
     {"plant", "employ", "worker"}, 400.0),
])
def test_a_note_names_the_claim_it_retracts(note: str, words: set[str], value: float | None) -> None:
    r = retraction(note, JUNE_11)
    assert r is not None and r.words == words
    assert {v for v, _ in r.values} == ({value} if value else set())


@pytest.mark.parametrize("news", [
    "State radio incorrectly reported that the town had fallen to the rebels.",  # another's error, told as news
    "The committee's version described the dam as safe for another decade.",  # a version, not the outlet's earlier one
    "Engineers said the gauges had incorrectly suggested the pressure was safe.",
])
def test_news_of_an_error_is_no_note(news: str) -> None:
    assert retraction(news, JUNE_11) is None


def test_a_note_that_names_what_was_wrong_without_stating_it_retracts_nothing() -> None:
    note = "This article misstated the first name of Tom Lind, the head of the Kelby water board."
    r = retraction(note, JUNE_11)
    assert r is not None and not r.words  # a note (no point), but no sentence states its wrong name
    board = article("Tom Lind, the head of the Kelby water board, said the dam held.", published=JUNE_3, id=1)
    assert corrected([board, replace(article("The board met on Monday.", published=JUNE_11, id=2), corrections=note)]).hidden \
        == {"this article misstated the first name of tom lind the head of the kelby water board"}


def test_the_retracted_sentence_is_hidden_and_one_of_another_value_is_not() -> None:
    c = corrected([HEARING, CORRECTION])
    assert {k for k in c.hidden if "ordered" in k} == {"tom lind was ordered held on 80 000 bail"}
    assert not any("120 000" in k or "900 000" in k for k in c.hidden)  # the same words, another value: untouched
    assert c.redated == {"bail for lind was set at 40 000": JUNE_3}  # the corrected statement, on the corrected story's day


def _lines(brief: Brief) -> list[str]:
    return [p.text for p in (*brief.changes, *brief.summary) if p.status is not Status.DROPPED] + [
        p.text for e in brief.timeline for p in e.events]


def test_a_retracted_figure_leaves_the_brief_and_the_corrected_one_is_news_of_its_day() -> None:
    settings = Settings(topic="t")
    first = compose_brief(settings, JUNE_3, [HEARING], [], None)
    assert "Tom Lind was ordered held on $80,000 bail." in _lines(first)
    brief = compose_brief(settings, JUNE_11, [CORRECTION], [HEARING], first)
    lines = _lines(brief)
    assert not any("$80,000" in t or "regrets" in t or "incorrectly" in t for t in lines)
    assert [(p.text, p.status, p.previous) for p in brief.changes if p.status is not Status.DROPPED] == [
        ("Bail for Lind was set at $40,000.", Status.UPDATED, "Tom Lind was ordered held on $80,000 bail.")]
    assert [e.date for e in brief.timeline if any("$40,000" in p.text for p in e.events)] == [JUNE_3]
    assert not any("80,000" in f.sentence for f in brief.figures)


def test_without_the_note_the_brief_is_as_before() -> None:
    settings = Settings(topic="t")
    plain = replace(CORRECTION, corrections=None)
    brief = compose_brief(settings, JUNE_11, [plain], [HEARING], None)
    assert "Tom Lind was ordered held on $80,000 bail." in _lines(brief)


def test_cleaning_keeps_the_note_it_takes_out_and_the_store_keeps_it(tmp_path: Path) -> None:
    raw = parse_article(f"Correction: Bail in Osk story\n\n{NOTE}\n\nBail for Lind was set at $40,000.", key="k", origin="o")
    a = cleaned(raw)
    assert NOTE not in a.text and a.corrections == NOTE
    assert cleaned(parse_article("Bail for Lind was set at $40,000.", key="k2", origin="o2")).corrections is None
    with Store(tmp_path / "c.db") as s:
        s.add_articles("t", [a], seen=JUNE_11, now=datetime(2025, 6, 11, 9, 0, tzinfo=UTC))
        (stored,) = s.articles([1]).values()
    assert stored.corrections == NOTE


def test_a_page_that_kept_the_wrong_claim_under_its_note_loses_it_and_keeps_the_right_one() -> None:
    page = replace(article("Sen. Jo Ray, chair of the Senate farm committee, backed the bill on Monday.\n\n"
                           "Ray is the chair of the Senate budget committee.", published=JUNE_11, id=1),
                   corrections="The article incorrectly said that Sen. Jo Ray chairs the Senate farm committee.")
    hidden = corrected([page]).hidden
    assert "sen jo ray chair of the senate farm committee backed the bill on monday" in hidden
    assert "ray is the chair of the senate budget committee" not in hidden


@pytest.mark.parametrize("label", ["Correction:", "Correction (June 12):", "Correction, 12 June:"])
def test_a_note_under_its_label_and_day_retracts_the_figure_its_page_kept_in_other_words(label: str) -> None:
    page = article("Picket lines formed at the three gates of the Port of Marl on Monday as 3,400 members of the Dock "
                   "Workers' Union began an indefinite strike.\n\nShops on Quay Street said they feared a long dispute.\n\n"
                   f"{label} An earlier version of this article said 3,400 union members had begun the strike. The correct "
                   "figure is about 2,400.", published=JUNE_11, id=1)
    hidden = corrected([page]).hidden
    assert any(k.startswith("picket lines formed") for k in hidden), hidden  # ("union members": "members of the ... Union")
    assert not any(k.startswith("shops on quay street") for k in hidden)


WIRE_DAY, WIRE_NEXT = date(2025, 4, 16), date(2025, 4, 17)
ARRESTS = article("Ostravian police detained 14 builders and site inspectors on Thursday over the collapse of the Kelby flats, "
                  "the justice minister said.\n\nThe minister said 30 more people were being questioned.",
                  title="UPDATE 1-Ostravia arrests builders over collapsed flats", published=WIRE_DAY, id=1)
WIRE_FIX = article("(Corrects number of people detained to 11, not 14, in paragraph 1 of story published April 16)\n\n"
                   "Ostravian police detained 11 builders and site inspectors on Thursday over the collapse of the Kelby flats, "
                   "the justice minister said.", title="CORRECTED-Ostravia arrests builders over collapsed flats",
                   published=WIRE_NEXT, id=2)


def test_a_wires_bracketed_note_retracts_its_value_in_the_story_it_names() -> None:
    r = retraction("(Corrects number of people detained to 11, not 14, in paragraph 1 of story published April 16)", WIRE_NEXT)
    assert r is not None and r.wire and {v for v, _ in r.values} == {14.0} and r.story_day == WIRE_DAY
    c = corrected([ARRESTS, WIRE_FIX])
    assert any("detained 14 builders" in k for k in c.hidden)  # the retracted sentence
    assert not any("30 more people" in k or "detained 11" in k for k in c.hidden)  # another value; the corrected one
    brief = compose_brief(Settings(topic="t"), WIRE_NEXT, [WIRE_FIX], [ARRESTS], None)
    lines = _lines(brief)
    assert not any("detained 14" in t or t.startswith("(Corrects") for t in lines)
    assert not brief.disagreements and [f.value for f in brief.figures if "11" in f.sentence] == [11]


def test_a_wires_note_that_states_no_value_retracts_nothing() -> None:
    r = retraction("(Corrects spelling of the justice minister's name in paragraph 2)", WIRE_NEXT)
    assert r is not None and not r.words and not r.values
    assert not any("detained 14" in k for k in corrected([ARRESTS, replace(WIRE_FIX, text=WIRE_FIX.text.replace(
        "(Corrects number of people detained to 11, not 14, in paragraph 1 of story published April 16)",
        "(Corrects spelling of the justice minister's name in paragraph 2)"))]).hidden)



def test_an_earlier_version_named_with_its_day_dates_the_story_it_corrects() -> None:
    r = retraction("CORRECTION: An earlier version of this story, dated 3 June, said 40 to 60 people were missing in Kelby.", JUNE_11)
    assert r is not None and r.story_day == JUNE_3 and {v for v, _ in r.values} == {40.0, 60.0}
    # a plan's or a body's earlier version is no note of the outlet's
    assert retraction("An earlier version of the plan, dated 2019, said the dam would hold.", JUNE_11) is None


def test_a_count_after_a_retracted_one_updates_nothing_the_reader_was_told() -> None:
    settings = Settings(topic="t", title="Kelby floods")
    day1 = article("Between 40 and 60 people were unaccounted for in Kelby on Tuesday, local officials said.\n\n"
                   "The river rose above its banks overnight.", published=JUNE_3, id=1)
    first = compose_brief(settings, JUNE_3, [day1], [], None)
    assert any("40 and 60" in p.text for p in first.summary)
    # the note's claim and the new count share too few words for a corrected statement ("previously: ..."): a count of its own
    note = "CORRECTION: An earlier version of this story, dated 3 June, said between 40 and 60 people were unaccounted for in Kelby."
    day2 = replace(article("The number of people missing after the floods fell to 28 on Wednesday, the emergency agency said.",
                           published=JUNE_11, id=2), corrections=note)
    brief = compose_brief(settings, JUNE_11, [day2], [day1], first)
    news = [p for p in brief.changes if "28" in p.text]
    assert [(p.status, p.previous, p.was) for p in news] == [(Status.NEW, None, None)]  # no "down from 40 to 60"
    assert not any("40 and 60" in t for t in _lines(brief))
    assert all(f.previous is None or f.previous.value != 40 for f in brief.figures)


def test_the_same_sentence_re_issued_at_its_corrected_value_still_updates_the_point_the_reader_saw() -> None:
    first = compose_brief(Settings(topic="t"), WIRE_DAY, [ARRESTS], [], None)
    assert any("detained 14" in p.text for p in first.summary)
    brief = compose_brief(Settings(topic="t"), WIRE_NEXT, [WIRE_FIX], [ARRESTS], first)
    fixed = [p for p in brief.changes if "detained 11" in p.text]
    assert [p.status for p in fixed] == [Status.UPDATED]  # the re-issued sentence tells the reader what the 14 became


def test_a_notes_own_page_retracts_what_its_story_said_and_tells_no_point_itself() -> None:
    # a local paper's correction page: its title names it; its plain "The article said that ..." retracts
    story = article("Rescuers brought three more miners out alive on Thursday. Ilan Morek, who died in hospital on "
                    "11 March, was 41 years old, his union said. The miner Petr Sova died in hospital on 11 March, the union said.",
                    id=1, published=date(2027, 3, 11), title="Three more miners brought out alive at Varna")
    note = article("An article published on 11 March under the headline \"Three more miners brought out alive at "
                   "Varna\" contained two errors. The article said that Ilan Morek, who died in hospital on 11 March, "
                   "was 41 years old. Mr Morek was 47. The Courier put the figures to the union before publication but "
                   "did not receive a reply until Friday. The article has been corrected online.",
                   id=2, published=date(2027, 3, 15), title="Correction: Courier article of 11 March on the rescue")
    fixed = corrected([story, note])
    texts = [p.text for p in compose_brief(Settings(topic="v", words=250), date(2027, 3, 15), [story, note], [], None).summary]
    assert "The article said that Ilan Morek, who died in hospital on 11 March, was 41 years old." not in texts
    assert not any(t.startswith("The Courier put the figures") for t in texts)  # the outlet's account of its error
    assert not any(t.startswith("Ilan Morek, who died") for t in texts)  # the retracted age, in the story it names
    assert "The miner Petr Sova died in hospital on 11 March, the union said." in texts  # "11 March": a date, no value retracted
    assert fixed.hidden
    # the same sentence on a page that is no note is news of what an article said
    assert retraction("The article said that Ilan Morek was 41 years old.", date(2027, 3, 15)) is None


def test_a_notes_page_that_gives_the_right_value_and_the_wrong_one_retracts_the_wrong() -> None:
    story = article("Provisional results gave Radek 50.4% of the vote. Solvang received 3,323,827 votes, or 47.9%, the "
                    "commission said. Turnout was 67.2%.", id=1, published=date(2026, 10, 21), title="Solvang refuses to concede")
    note = article("In a story published October 21 about the election, The Associated Press misstated the number of votes "
                   "won by Mira Solvang. She received 3,233,827 votes, not 3,323,827.", id=2, published=date(2026, 10, 24),
                   title="Correction: Election story")
    fixed = corrected([story, note])
    wrong = "Solvang received 3,323,827 votes, or 47.9%, the commission said."
    assert wrong in story.text and text_key(wrong) in fixed.hidden
    assert text_key("Provisional results gave Radek 50.4% of the vote.") not in fixed.hidden
    # the same sentence on a page that is no note retracts nothing
    assert retraction("She received 3,233,827 votes, not 3,323,827.", date(2026, 10, 24)) is None



def test_a_thousands_number_after_a_month_is_a_value() -> None:
    r = retraction("An earlier version of this story said that in March 1,200 workers were laid off at the Varna plant.",
                   date(2027, 4, 2))
    assert r is not None and (1200.0, "worker") in r.values
