"""The words a figure's quote shows: the count's own and the scope right after them, verbatim, no further."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefbot.brief.figures.quoted import quoted_words


def words(sentence: str, count: str) -> str:
    start = sentence.index(count)
    return quoted_words(sentence, start, start + len(count))


@pytest.mark.parametrize(("sentence", "count", "quoted"), [
    # the scope a label keeps no room for: where, among whom, of what, by whom
    ("The program reached 3,200 athletes in high schools in Velano, the ministry said.", "3,200 athletes",
     "3,200 athletes in high schools in Velano"),
    ("Doctors found 428 acute respiratory infections among tourists from the cruise ship.", "428 acute respiratory infections",
     "428 acute respiratory infections among tourists"),  # (another phrase's preposition closes it)
    ("The list names at least 20 anabolic steroids prohibited by the Olympic committee.", "at least 20 anabolic steroids",
     "at least 20 anabolic steroids prohibited by the Olympic committee"),
    ("The army said 74 wounded in the past week were flown out.", "74 wounded", "74 wounded in the past week"),
    ("Some 100,000 children in Tarn are infected with HIV, the agency said.", "100,000 children in Tarn are infected",
     "100,000 children in Tarn are infected with HIV"),
    # ... up to a day, a clause, a verb, another count's number or punctuation, no phrase left open
    ("Police said five people were killed in Kessary on Sunday.", "five people were killed", "five people were killed in Kessary"),
    ("Three men were arrested in the early hours of Monday on suspicion of theft.", "Three men were arrested",
     "Three men were arrested"),  # (a time of day is no scope, and the phrase would be left open)
    ("At least 2,518 soldiers were killed with 7,000 wounded.", "At least 2,518 soldiers were killed",
     "At least 2,518 soldiers were killed"),
    ("Some 40 people died in the floods, and 12 are missing.", "Some 40 people died", "Some 40 people died in the floods"),
    ("Rescuers saved 12 people who had been trapped.", "12 people", "12 people"),
    ("Three people had died in the floods and two were missing.", "Three people had died", "Three people had died in the floods"),
    ("Officials confirmed 120 cases in Ohio, Indiana and Michigan.", "120 cases", "120 cases"),  # (a list: no part of it)
    ("Officials confirmed 40 deaths in Gaza and the occupied West Bank.", "40 deaths", "40 deaths"),
    ("Officials confirmed 120 cases in the past 24 hours.", "120 cases", "120 cases"),  # (a number would cut it)
    ("Doctors have confirmed 30 cases in people aged over 60.", "30 cases", "30 cases"),  # (nor one left to complete)
    ("The blast killed 30 people in the capital yesterday.", "killed 30 people", "killed 30 people in the capital"),
    # after the second review: a list after a comma, a time unit left bare, a clause of its own, a number word
    ("Officials have confirmed 300 cases in Sierra Leone, neighbouring Liberia and Guinea.", "300 cases", "300 cases"),
    ("Health officials confirmed 40 cases among students, teachers and parents.", "40 cases", "40 cases"),
    ("A suicide bomber killed 12 people in the capital hours after the president arrived.", "killed 12 people",
     "killed 12 people"),
    ("A fire that killed 12 people in a nightclub in Kiro broke out shortly after midnight.", "killed 12 people",
     "killed 12 people in a nightclub in Kiro"),
    ("Gunmen killed 12 people in a raid the army blamed on militants.", "Gunmen killed 12 people", "Gunmen killed 12 people"),
    ("Rebels holding 30 hostages in the jungle freed five of them.", "30 hostages", "30 hostages"),
    # ... a number word is the number reader's, not any word ending like one ("city", "county", "party", "canteen")
    ("Officials said 202 people have died in the city.", "202 people have died", "202 people have died in the city"),
    ("Police arrested 40 people in the party headquarters.", "Police arrested 40 people",
     "Police arrested 40 people in the party headquarters"),
    ("Officials say 40 died in sixteen villages.", "40 died", "40 died"),
    ("Officials confirmed 40 cases in Kiro not linked to travel.", "40 cases", "40 cases"),
    ("The 30 gunmen said they would fight.", "30 gunmen", "30 gunmen"),
    # no scope: the count's words alone
    ("Four people were killed.", "Four people were killed", "Four people were killed"),
])
def test_a_figure_s_quote_runs_on_over_its_scope(sentence: str, count: str, quoted: str) -> None:
    assert words(sentence, count) == quoted


@given(st.lists(st.sampled_from(["in", "the", "floods", "12", "said", "on", "Sunday", ",", "of", "Tarn", "among",
                                 "killed", "by", "people", "."]), max_size=20))
def test_the_quote_is_the_sentence_s_own_words_from_the_count_on(tail: list[str]) -> None:
    sentence = "Some 40 people died " + " ".join(tail)
    quoted = words(sentence, "Some 40 people died")
    assert sentence.startswith(quoted) and quoted.startswith("Some 40 people died") and quoted == quoted.rstrip()
