"""A photo caption on a page's first line, the story below it, is dropped (text/pictures)."""

from __future__ import annotations

import pytest
from builders import STORY

from briefbot.text.clean import clean_article
from briefbot.text.pictures import picture_caption

CAPTIONS = [
    "Protesters wave flags outside the parliament in Velano on Friday.",
    "A woman holds a banner at a rally in Kestrel earlier this week.",
    "The frigate Kestrel launches a missile toward the coast of Ostravia on Saturday.",
    "Jo Lee, second from left, stands Monday with the delegation trying to end the war.",
    "Members of the farmers' union shout slogans in Velano on Friday after the vote.",
    "Police officers march in Kestrel, Ostravia, on Sunday.",
    "Smoke rises from a fuel depot in the port of Velano on March 4, 2011.",
    "A soldier tries to keep order during clashes between rival crowds in Kestrel Thursday.",
    "Shoppers look at a price board in Velano Wednesday, Oct. 15, 2008.",
]

# the nearest news sentences: a past day in the past tense, a day to come, a feature's present, speech reported
NEWS = [
    "Protesters took to the streets of Velano on Friday demanding the governor's resignation.",
    "A thick pall of smoke hung over the crowd in Velano on Friday afternoon.",
    "A crew filming the clashes felt the anger of the police on Friday.",
    "Brief clashes erupted in Velano on Saturday.",
    "Several hundred taxi drivers angered by new fees protested outside city offices on Monday.",
    "Finance ministers will gather in Kestrel on Saturday to discuss the floods.",
    "Final preparations are under way for Saturday's concert in Velano.",
    "The talks open in Kestrel on Thursday.",
    "The offer expires on 30 June.",
    "On a busy Saturday night in Velano, Jo Lee serves the customers who crowd into his shop.",
    "The number of flood warnings continues to rise, according to the agency on Wednesday.",
    "Jo Lee wants to delay the vote on Friday.",
    "A spokeswoman of the ministry Monday demands that the dam be opened.",
    "Protesters wave flags outside the parliament in Velano.",  # no day: nothing tells a picture (but on a page's first line)
    "Sept. 7: The government seizes the two lenders.",  # a timeline's entry
    "Voters in Ostravia elect a new parliament on Sunday.",  # a preview: no place in a picture
    "The president visits flood-hit areas of the country on Wednesday.",
    "Jo Lee walks into the clinic in Velano on Tuesday morning and sits down with her doctor.",  # a feature's present
    "Protesters wave flags outside the parliament in Velano on Friday. The police watch.",  # two sentences
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_a_picture_told_in_the_present_with_a_past_day_is_a_caption(line: str) -> None:
    assert picture_caption(line)


@pytest.mark.parametrize("line", NEWS)
def test_news_prose_is_no_caption(line: str) -> None:
    assert not picture_caption(line)


def test_a_caption_on_the_first_line_is_dropped_and_the_next_line_is_read_as_the_first() -> None:
    """The line below the caption is the page's first: its stamp and byline come off as a first line's."""
    text = "\n".join([CAPTIONS[0], f"March 29, 2011 | By Lena Hart, CNN {STORY[0]}", *STORY[1:]])
    assert clean_article(text).text.split("\n") == list(STORY)


@pytest.mark.parametrize("line", [n for n in NEWS if n != "Protesters wave flags outside the parliament in Velano."])
def test_news_prose_is_no_caption_on_a_pages_first_line_either(line: str) -> None:
    assert not picture_caption(line, first_line=True)


# on a page's first line, the place the picture was taken stands for its day
FIRST_LINE_CAPTIONS = [
    "Protesters wave flags outside the parliament in Velano.",
    "A young farmer holds a loaf of bread during a rally in the port of Velano.",
    "Traders work on the floor of the Kestrel grain exchange.",
    "Ostravians march through the streets of Velano, demanding the resignation of the governor.",
]


@pytest.mark.parametrize("line", FIRST_LINE_CAPTIONS)
def test_a_caption_without_its_day_on_the_first_line_is_dropped(line: str) -> None:
    assert picture_caption(line, first_line=True) and not picture_caption(line)
    assert clean_article("\n".join([line, *STORY])).text.split("\n") == list(STORY)


def test_after_the_outlets_dateline_a_first_line_in_the_present_is_the_storys_lead() -> None:
    lead = "Thousands of Velanese march in the streets of Kestrel every day, demanding the governor's resignation."
    assert picture_caption(lead, first_line=True)  # (alone on the line it would read as a picture)
    assert clean_article("\n".join([f"(CNN) -- {lead}", *STORY])).text.split("\n") == [lead, *STORY]
    assert clean_article("\n".join([f"{STORY[0]}", FIRST_LINE_CAPTIONS[0], *STORY[1:]])).text.split("\n")[1] == FIRST_LINE_CAPTIONS[0]


# a lead told in the present simple: a state or a move, no scene a camera shows (the review's cases)
PRESENT_LEADS = [
    "Fighting rages in the streets of Velano.",
    "Rebels control the port of Velano, the country's third city.",
    "Thousands of people remain without power in Kestrel.",
    "The army takes control of Velano.",
    "Jo Lee wakes before dawn in her one-room home on the outskirts of Velano.",
    "Rebels hold the port of Velano, the country's third city.",  # (the second review's cases)
    "Rebels hold the eastern city of Kestrel.",
    "Rebels hold the key eastern town of Kestrel.",  # (the fourth review's case)
]


@pytest.mark.parametrize("lead", PRESENT_LEADS)
def test_a_lead_in_the_present_on_the_first_line_stays(lead: str) -> None:
    assert not picture_caption(lead, first_line=True)
    assert clean_article("\n".join([lead, *STORY])).text.split("\n") == [lead, *STORY]


def test_only_the_pages_very_first_line_is_read_without_its_day() -> None:
    """After a caption with its day comes off, the next line is no first line to read without one."""
    below = "Protesters wave flags outside the parliament in Velano."
    assert clean_article("\n".join([CAPTIONS[0], below, *STORY])).text.split("\n") == [below, *STORY]


@pytest.mark.parametrize("line", NEWS[:5])
def test_a_first_line_of_news_stays(line: str) -> None:
    assert clean_article("\n".join([line, *STORY])).text.split("\n") == [line, *STORY]


def test_a_caption_further_down_or_alone_stays() -> None:
    """Only the page's top is a caption's place; a page that is one such line has nothing else to say."""
    assert clean_article("\n".join([STORY[0], CAPTIONS[0], STORY[1]])).text.split("\n") == [STORY[0], CAPTIONS[0], STORY[1]]
    assert clean_article(CAPTIONS[0]).text == CAPTIONS[0]


GALLERY = [
    "Traders work at the grain exchange in Kestrel.",
    "Prices fell for a third day this week.",
    "(By Jo Lee -- Associated Press) Farmers load sacks of grain onto a truck near Velano, where the harvest failed "
    "for the second year running and aid now arrives.",
    f"(By Ann Poe -- Associated Press) {STORY[0]}",
    *STORY[1:],
]


def test_a_gallerys_captions_come_off_each_after_the_credit_of_the_one_before() -> None:
    """A gallery at the page's top: a caption of two lines (its credit opens the next line), the next
    caption after that credit (its own credit opens the story's line): the credit before a caption
    is not counted as its words, and the first caption's first line tells a picture in the present."""
    assert clean_article("\n".join(GALLERY)).text.split("\n") == list(STORY)


def test_a_lead_in_the_past_above_a_caption_stays() -> None:
    lead = "Traders fled the grain exchange in Kestrel as prices fell."
    assert clean_article("\n".join([lead, *GALLERY[1:]])).text.split("\n") == [lead, *STORY]


PICTURES = [
    "Week in pictures: floods in the north",
    "",
    "A farmer wades through his flooded field near Kestrel on May 2. Photo: Jo Lee/Velan Press",
    "",
    "Soldiers fill sandbags on the river bank in Velano on Tuesday.",
    "",
    "Volunteers hand out bread at a school in Tarsk on Wednesday.",
    "",
    "The mayor visits the shelters on Thursday.",
]


def test_a_gallery_of_captions_alone_comes_off_whole() -> None:
    """Most of the page's lines tell a picture in the present, two with its day and place: every such line is a caption,
    the one without a place ("The mayor visits the shelters on Thursday.") and the one with its credit after it too."""
    assert clean_article("\n".join(PICTURES)).text.strip() == PICTURES[0]


def test_a_present_tense_lead_in_a_story_stays() -> None:
    """Three lines in the present among a story told in the past, on a page that says it shows pictures (else the rule is
    never asked): no gallery."""
    lead = "Rescuers search for survivors in Velano on Sunday."
    lines = [PICTURES[0], STORY[0], lead, PICTURES[4], PICTURES[8], *STORY[1:], "Crews cleared the main road on Monday.",
             "The river fell overnight."]
    assert clean_article("\n".join(lines)).text.split("\n") == lines
