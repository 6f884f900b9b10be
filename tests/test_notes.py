"""An outlet's correction notes are not news of the story (text/notes): a note at the page's top or
end goes, with its block's lines; sentences that only speak of a report, an original or a
correction stay."""

from __future__ import annotations

import pytest
from builders import STORY

from briefbot.text.clean import clean_article
from briefbot.text.notes import correction_notes


@pytest.mark.parametrize("note", [
    "The article incorrectly said that Ada Vell chairs the regional flood committee.",
    "An earlier version of this story misstated the number of villages cut off by the floods.",
    "Earlier versions of this article, including in the print edition, carried the wrong dateline.",
    "This article misspelled the name of Omar Vidic, the chief engineer of the Kestrel dam.",
    "Correction: The dam was built in 1962, not in 1926 as we reported.",
    "Find out more The following correction was printed in the Herald's Corrections column, Tuesday 15 June 2010 "
    "We said the dam was built in 1926.",
])
def test_a_correction_note_at_the_pages_top_or_end_goes(note: str) -> None:
    assert clean_article("\n".join([note, *STORY])).text.split("\n") == list(STORY)
    assert clean_article("\n".join([*STORY, note])).text.split("\n") == list(STORY)


def test_a_notes_block_at_the_pages_end_goes_whole() -> None:
    block = ["* This article was amended on 6 May 2010.", "The original said that 40 villages were flooded.",
             "This has been corrected."]
    assert correction_notes([*STORY, *block]) == {3, 4, 5}
    assert clean_article("\n".join([*STORY, *block])).text.split("\n") == list(STORY)
    block = ["* This article was amended on 6 May 2010.", "The word dam was misspelt in the original.",
             "This has now been corrected."]
    assert clean_article("\n".join([*STORY, *block])).text.split("\n") == list(STORY)


@pytest.mark.parametrize("line", [
    "The report incorrectly said the dam had been inspected in 2009, engineers told the inquiry.",
    "Officials said the original plan for the dam was flawed.",
    "Engineers say the error has been corrected and the dam is safe.",
    "The article's author, Ada Vell, said the committee would meet on Friday.",
    # another outlet's error, with its source: news, not the outlet's own note
    "The story mistakenly reported that the mayor had resigned, the Kestrel Herald said in a correction.",
    "The column wrongly claimed the dam had failed, the press regulator ruled on Tuesday.",
])
def test_sentences_about_reports_originals_and_errors_are_no_notes(line: str) -> None:
    assert clean_article("\n".join([*STORY, line])).text.split("\n") == [*STORY, line]
