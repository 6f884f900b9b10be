"""Broadcast transcripts: the header is the headline, never a sentence; a labelled turn is talk,
not a point while the story's own sentences can take its place."""

from __future__ import annotations

from datetime import date

import pytest
from builders import STORY, article, transcript_copy

from briefbot.brief.compose import Settings, compose_brief
from briefbot.text.clean import clean_article
from briefbot.text.standalone import stands_alone
from briefbot.text.transcripts import speaker_label, transcript_header


def test_the_header_is_the_headline_and_leaves_the_text() -> None:
    cleaned = clean_article(transcript_copy())
    assert cleaned.headline == "Floods in Ostravia; Rescuers Reach Velano; Markets Calm"
    assert "TRANSCRIPT" not in cleaned.text and "Aired" not in cleaned.text
    assert cleaned.text.split("\n")[-3:] == [f"IVO LENZ, CNN CORRESPONDENT: {STORY[0]}", *STORY[1:]]


@pytest.mark.parametrize(("line", "headline"), [
    ("Rescuers Reach Velano Aired March 29, 2011 - 10:00:00 ET THIS IS A RUSH TRANSCRIPT.", "Rescuers Reach Velano"),
    ("Velano News - 3/29/11 Download PDF maps related to today's show: THIS IS A RUSH TRANSCRIPT.", "Velano News - 3/29/11"),
    # whole segments up to 20 words, at least the first
    ("Rescuers Reach the Flooded Villages North of the Velan River on Tuesday; Markets Calm as Ostravia Counts the "
     "Cost; Interview With the Governor Aired March 29, 2011 - 10:00 ET THIS IS A RUSH TRANSCRIPT.",
     "Rescuers Reach the Flooded Villages North of the Velan River on Tuesday; Markets Calm as Ostravia Counts the Cost"),
    ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", ""),
    ("Rescuers reached Velano on Tuesday, the governor said.", None),
])
def test_transcript_headers(line: str, headline: str | None) -> None:
    assert transcript_header(line) == headline


@pytest.mark.parametrize(("sentence", "label"), [
    ("WOLF BLITZER, CNN ANCHOR: Fireworks over the square tonight.", True),
    ("BLITZER: The protests are spreading beyond the capital.", True),
    ("UNIDENTIFIED FEMALE: We have nothing left in the village.", True),
    ("RICHARD QUEST, HOST, QUEST MEANS BUSINESS: A dramatic development out of Ostravia.", True),
    ("VALE (R-OS): The council will meet on Monday.", True),
    ("Velan floods: rescuers reach the villages north of the river.", False),
    ("NATO said: the mission will end in October.", False),
    ("The governor said the dam would hold: engineers agreed.", False),
])
def test_speaker_labels(sentence: str, label: bool) -> None:
    assert speaker_label(sentence) is label
    if label:
        assert not stands_alone(sentence)


def test_a_transcripts_labelled_turns_are_not_points_while_the_story_can_be() -> None:
    d = date(2011, 3, 29)
    talk = article(clean_article(transcript_copy()).text, title=None, published=d, id=1)
    wire = article(" ".join(STORY), title="Rescuers reach flooded villages", published=d, id=2)
    brief = compose_brief(Settings(topic="t", words=60), d, [talk, wire], [], None)
    assert brief.summary and not any(speaker_label(p.text) for p in brief.summary)


@pytest.mark.parametrize("field", [
    "Speaks in Kestrel, Ostravia SPEAKER: SEN. ANN MARSH, D-VEL.",
    "SPEAKER: GOVERNOR TOM VALE",
    "LOCATION: KESTREL CITY HALL, KESTREL, OSTRAVIA",
    "Speakers: Ana Vell, ministry spokesperson; Colonel Tom Rask, head of the State Rescue Service; Ida Moor, governor.",
    "Participants: Ann Marsh, Kestrel's mayor, and Tom Vale, the regional governor",
])
def test_a_transcript_services_header_field_is_no_story(field: str) -> None:
    assert clean_article("\n".join([field, *STORY])).text.split("\n") == list(STORY)


@pytest.mark.parametrize("line", [
    "The speaker of the assembly, Ann Marsh, said the vote would go ahead on Monday.",
    "SPEAKER: Ann Marsh told the assembly the vote would go ahead on Monday.",  # not a field in capitals
    "MARSH: We will vote on Monday, whatever the weather.",  # a turn of talk: a point's rule, not furniture
    "Guests: Police said 40 people were hurt, and three of them died.",  # a label over a sentence of news
])
def test_lines_that_speak_of_speakers_stay(line: str) -> None:
    assert clean_article("\n".join([*STORY, line])).text.split("\n") == [*STORY, line]


def test_a_long_list_of_speakers_that_is_no_field_is_read_in_linear_time() -> None:
    from briefbot.text.transcripts import header_field

    line = "Speakers: " + ", ".join(f"Name{i} Surname{i}" for i in range(40)) + "?"
    assert not header_field(line)  # (a question: no field; before, its pattern backtracked for seconds)
