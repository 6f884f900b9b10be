"""A sentence that addresses its reader ("... protecting your money.", "Remember, ...") is the writer's voice, a column's
or a blog's, like the writer's first person: nobody's once quoted alone, so it does not stand alone."""

from __future__ import annotations

import pytest

from briefbot.text.standalone import stands_alone


@pytest.mark.parametrize(("sentence", "alone"), [
    ("Every Velanese saver should know that the central bank continues to protect your deposits.", False),
    ("Remember, in most cases Tarn fever is mild and passes within a week.", False),
    ("If you live near the Mirel river, leave before nightfall on Tuesday.", False),
    # near shapes: quoted, a word that holds "you", a title's capitalised words, "remember" as the sentence's verb
    ('Finance minister Jo Lee said: "Your deposits are safe with the central bank."', True),
    ("The Meridian Press printed a thank-you letter from 40 Kessary villagers on Monday.", True),
    ("The Tarn council's campaign, You Decide, asks residents to vote on the new bridge.", True),
    ("Officials in Velano said they would remember the victims of the flood at a service on Monday.", True),
])
def test_a_sentence_addressing_its_reader_does_not_stand_alone(sentence: str, alone: bool) -> None:
    assert stands_alone(sentence) is alone
