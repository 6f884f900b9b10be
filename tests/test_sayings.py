"""Tests of briefbot.brief.sayings: another article's sentence says what a point says past who tells it."""

from __future__ import annotations

import pytest

from briefbot.brief.sayings import says_alike, unframed

REFUSAL = '"We will not be paying a ransom to criminals," said chief executive Dr Ann Velis.'


@pytest.mark.parametrize(("other", "alike"), [
    # the point's teller and a third of what it says: the same statement told otherwise
    ("This morning chief executive Dr Ann Velis said the trust would not pay.", True),
    ("The trust's chief executive, Dr Ann Velis, has said it will not pay a ransom.", True),
    ("We will not be paying a ransom.", True),
    # the teller alone, with other words of hers or about her (the cyber reader's "also reported by 7 other articles")
    ('Dr Ann Velis, chief executive, said: "I want to reassure our patients that our priority is to keep them safe.', False),
    ("Chief executive Dr Ann Velis is due to appear before the council's health scrutiny committee next week.", False),
])
def test_a_sentence_says_what_a_point_says_past_its_teller(other: str, alike: bool) -> None:
    assert says_alike(REFUSAL, other) is alike


@pytest.mark.parametrize(("point", "other"), [
    # a short point past its teller shares one word with another thing told of its subject: no report of it (the review's)
    ("The talks have collapsed, the mediator said on Monday.", "The talks will resume on Tuesday, officials said."),
    ("Prime Minister Ann Velis has resigned, the president's office said.", "Ann Velis said she would stay on as prime minister."),
])
def test_a_short_point_is_not_said_alike_by_another_thing_told_of_its_subject(point: str, other: str) -> None:
    assert not says_alike(point, other)


def test_a_frame_told_after_its_words_or_with_its_tellers_role_is_no_part_of_what_is_said() -> None:
    assert unframed(REFUSAL) == '"We will not be paying a ransom to criminals'
    framed = 'Dr Ann Velis, chief executive, said: "I want to reassure our patients.'
    assert unframed(framed).strip() == ': "I want to reassure our patients.'
    # (a clause after a comma that is no frame stays: "..., said it had")
    assert unframed("The trust, which runs five hospitals, said it had restored email.") != ""
