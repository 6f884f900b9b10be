"""A sentence that addresses its reader ("... protecting your money.", "Remember, ...", "Watch ...") is the writer's voice, a column's
or a blog's, like the writer's first person: nobody's once quoted alone, so it does not stand alone."""

from __future__ import annotations

import pytest

from briefbot.text.standalone import in_own_voice, stands_alone


@pytest.mark.parametrize(("sentence", "alone"), [
    ("Every Velanese saver should know that the central bank continues to protect your deposits.", False),
    ("Remember, in most cases Tarn fever is mild and passes within a week.", False),
    ("If you live near the Mirel river, leave before nightfall on Tuesday.", False),
    # a call to the reader: to the outlet's reporting, a video, a picture (a live page's or a promo's line)
    ("Check out the Herald's reporting around Velano, town by town.", False),
    ("Watch Jo Lee's take on whether the dam will hold through the rains.", False),
    ("Take a look at the pictures from the flooded square.", False),
    ("The Velano floods so far. Read the minister's statement in full.", False),
    # near shapes: quoted, a word that holds "you", a title's capitalised words, "remember" as the sentence's verb
    ('Finance minister Jo Lee said: "Your deposits are safe with the central bank."', True),
    ("The Meridian Press printed a thank-you letter from 40 Kessary villagers on Monday.", True),
    ("The Tarn council's campaign, You Decide, asks residents to vote on the new bridge.", True),
    ("Officials in Velano said they would remember the victims of the flood at a service on Monday.", True),
    # the same verbs as nouns, in a name or a word, after the sentence's start, or quoted with their speaker
    ("Share prices in Velano closed 3% lower on Tuesday.", True),
    ("Follow-up tests on the dam were ordered on Monday.", True),
    ("Human Rights Watch said 40 people died in the clashes.", True),
    ("Read said the Velan bank would cut 200 jobs.", True),  # a surname, a body's name, a noun
    ("Visit Velano said tourist numbers fell 8% in March.", True),
    ("Watch groups in Velano said 40 people died.", True),
    ("Readers of the Herald sent 300 pictures of the flood.", True),
    ('"Watch what happens when the rains come," the mayor told reporters.', True),
])
def test_a_sentence_addressing_its_reader_does_not_stand_alone(sentence: str, alone: bool) -> None:
    assert stands_alone(sentence) is alone


@pytest.mark.parametrize("sentence", [
    "'The dockers' strike will not shut our ports,' the union said.",
    "'Our lives are in danger', the residents' committee said.",
])
def test_a_plurals_apostrophe_inside_a_single_quoted_quotation_does_not_close_it(sentence: str) -> None:
    # the speaker's "our" stays inside the quotation, which has its named speaker: it is no writer's voice
    assert not in_own_voice(sentence) and stands_alone(sentence)
