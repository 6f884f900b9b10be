"""An outlet's correction notes are not news of the story (text/notes): a note at the page's top or
end goes, with its block's lines; sentences that only speak of a report, an original or a
correction stay."""

from __future__ import annotations

import pytest
from builders import STORY

from briefbot.text.boilerplate import about_block, about_line, disclosures, name_lists
from briefbot.text.clean import clean_article
from briefbot.text.notes import correction_notes, promotions, reader_calls, writer_bio


@pytest.mark.parametrize("note", [
    "The article incorrectly said that Ada Vell chairs the regional flood committee.",
    "An earlier version of this story misstated the number of villages cut off by the floods.",
    "Earlier versions of this article, including in the print edition, carried the wrong dateline.",
    "This article misspelled the name of Omar Vidic, the chief engineer of the Kestrel dam.",
    "Correction: The dam was built in 1962, not in 1926 as we reported.",
    "Update 3/4/25 09:10 EST: Added a statement from the water board.",  # an update's note on what the page added
    "UPDATED: Adds comment from the mayor",
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


def test_a_correction_columns_note_on_an_earlier_piece_goes_with_what_it_quotes() -> None:
    column = ['An article published on 3 May, "Velano dam holds as river crests", said the dam was 40 metres high.',
              "The dam is 52 metres high.",
              "The article also said that the spillway had been closed on Sunday. It was closed on Monday.",
              "We apologise for the errors."]
    assert correction_notes(column) == {0, 2, 3}  # the right facts stay, as the note's kind of fact is not known
    # without a correction on the page, another outlet's article told in a story is news
    told = ["An article published in the Kestrel Herald on Monday said the dam was 40 metres high.",
            "An article published on Monday said the minister had resigned, his spokesman said."]
    assert correction_notes([*STORY, *told]) == set()
    assert correction_notes([*STORY, told[1], "We apologise for the error."]) == {len(STORY) + 1}
    # an apology quoted with its speaker is news, and makes no page a correction
    quoted = ['"We apologise for the confusion and disruption," the airline said.',
              "A post published on the airline's X account on Monday said all flights would operate normally."]
    assert correction_notes([*STORY, *quoted]) == set()


@pytest.mark.parametrize("line", [
    "The report incorrectly said the dam had been inspected in 2009, engineers told the inquiry.",
    "Officials said the original plan for the dam was flawed.",
    "Engineers say the error has been corrected and the dam is safe.",
    "The article's author, Ada Vell, said the committee would meet on Friday.",
    # another outlet's error, with its source: news, not the outlet's own note
    "The story mistakenly reported that the mayor had resigned, the Kestrel Herald said in a correction.",
    "The column wrongly claimed the dam had failed, the press regulator ruled on Tuesday.",
    "Updated maps: The river has changed its course below the dam.",
])
def test_sentences_about_reports_originals_and_errors_are_no_notes(line: str) -> None:
    assert clean_article("\n".join([*STORY, line])).text.split("\n") == [*STORY, line]


@pytest.mark.parametrize("note", [
    "UPDATE: A previous version of this article misspelled the name of the transport minister.",
    "Update: An earlier version of this story misstated the number of piers under repair.",
])
def test_a_correction_note_under_an_update_label_is_a_note(note: str) -> None:
    assert clean_article("\n".join([*STORY, note])).text.split("\n") == list(STORY)


def test_an_update_label_before_news_is_no_note_and_comes_off() -> None:
    """A live entry's flag, "Update: ...", is no correction note: the news after it is the story's (the flag, the page's)."""
    line = "Update: Engineers added two pumps at the spillway overnight."
    assert clean_article("\n".join([*STORY, line])).text.split("\n") == [*STORY, line.removeprefix("Update: ")]


@pytest.mark.parametrize("bio", [
    "Ada Vell is a contributing writer to the Kestrel Review and a former Velan Times business editor.",
    "Omar J. Vidic is an assistant managing editor of Hydro Weekly.",
    "Ada Vell is a senior fellow at the Institute for Water Policy.",
    "Ada Vell is a Herald columnist.",
    "Ada Vell is the author of \"Rivers Rising: The Dams of the Velan Valley.\"",
    "(Ada Vell is a columnist for the Kestrel Herald. Her e-mail address is vell(at)herald.com.)",
    "— Anne de Vries is director of the Velan Water Institute.",
    "Ada Vell is a digital producer for the Kestrel Herald based in Velano.",
    "Ada Vell is the Herald's Europe correspondent.",
])
def test_a_writers_bio_that_ends_the_page_goes(bio: str) -> None:
    assert writer_bio([*STORY, bio]) == {len(STORY)}
    assert clean_article("\n".join([*STORY, bio])).text.split("\n") == list(STORY)
    # before a short sign-off too
    assert writer_bio([*STORY, bio, "(c) 2010 The Kestrel Herald"]) == {len(STORY)}
    assert writer_bio([*STORY, bio, "Her e-mail address is vell@example.com."]) == {len(STORY)}


def test_a_bio_after_the_pages_byline_or_before_its_disclaimer_goes() -> None:
    bio = "Ada Vell is a digital producer for the Kestrel Herald based in Velano."
    assert writer_bio(["By Ada Vell", *STORY, bio]) == {len(STORY) + 1}
    assert writer_bio(["By Ada Vell, Europe Correspondent", *STORY, bio, "See more on: Velano"]) == {len(STORY) + 1}
    assert writer_bio([*STORY, bio, "The views expressed in this commentary are her own."]) == {len(STORY)}
    assert writer_bio([*STORY, bio, "Follow Ada Vell on X."]) == {len(STORY)}  # (a promotion names her too)
    # a story's line that opens on "By" and names her is no byline: she is in the story
    assert writer_bio([f"By Monday, Vell said, {STORY[0][0].lower()}{STORY[0][1:]}", *STORY[1:], bio]) == set()


def test_a_bio_at_the_end_of_a_page_whose_byline_names_the_writer_goes_whatever_the_role() -> None:
    assert writer_bio(["By Ada Vell, Guest Columnist", *STORY, "Ada Vell is a retired bridge inspector who lives in Kelby."]) == {
        len(STORY) + 1}
    assert writer_bio(["By Ada Vell", *STORY, "Ada Vell was a nurse in Velano for 30 years."]) == {len(STORY) + 1}
    # ... not a line on someone the byline does not name, nor one with no byline (a source the story ends on)
    assert writer_bio(["By Jo Lee", *STORY, "Ada Vell is a retired bridge inspector who lives in Kelby."]) == set()
    assert writer_bio([*STORY, "Ada Vell is a retired bridge inspector who lives in Kelby."]) == set()


def test_a_sources_line_under_a_byline_with_a_name_like_the_writers_stays() -> None:
    assert writer_bio(["By Jo Rossi", "Anna Ross is a researcher at the Velano Institute who warned of the dam's cracks.",
                       *STORY, "Ross, 52, said she had warned the utility in January."]) == set()
    assert writer_bio(["By Linda Marsh", "Wei Lin is the director of the only hospital still open in Velano.", *STORY]) == set()
    assert writer_bio(["By Ada Vell", "Ada Vell is a professor of hydrology at Kestrel University.", *STORY,
                       "Vell said the dam had been inspected twice."]) == set()  # the story names her: a source too


def test_a_bio_under_the_byline_at_the_pages_top_goes() -> None:
    bio = "Ada Vell is a professor of hydrology at Kestrel University."
    assert writer_bio(["By Ada Vell", "Wednesday March 12 2025, 7.00am", bio, *STORY]) == {2}
    assert writer_bio(["By Ada Vell", bio, *STORY]) == {1}
    # a bio of someone the byline does not name is a source's, in the story
    assert writer_bio(["By Jo Lee", "Ada Vell is a professor of hydrology at Kestrel University.", *STORY]) == set()
    # under the byline that names them, any role the writer has or had
    assert writer_bio(["By Ada Vell", "Ada Vell is a former chief safety officer of the Velan water board.", *STORY]) == {1}
    assert writer_bio(["By Ada Vell", "Ada Vell was the Velan valley's dam inspector for 20 years.", *STORY]) == {1}
    # ... and not when the story names them again below (the line is the story's)
    assert writer_bio(["By Ada Vell", "Ada Vell is a former safety officer.", *STORY, "Vell said the dam was safe."]) == set()


@pytest.mark.parametrize("lines", [
    # a source introduced in the story's body
    [STORY[0], "Ada Vell is a professor of hydrology at Kestrel University.", *STORY[1:]],
    # a story's last line about someone in it that is no bio of a writer
    [*STORY, "Ada Vell is the chief engineer of the Kestrel dam."],
    [*STORY, "Vell is a professor of hydrology at Kestrel University."],
    # a source the story quoted, said who they are at its end; an obituary; a critic in the news
    [*STORY[:2], "\"The spillway is cracked,\" Marsh said.",
     "Ann Marsh is a professor of hydrology at Kestrel University who has studied the dam for 20 years."],
    [*STORY, "Tom Vale was a reporter for the Kestrel Gazette for 31 years before retiring in 2004."],
    [*STORY[:2], "Brenner was arrested on Monday.", "Oleg Brenner is an outspoken critic of the Kremlin."],
    [*STORY[:2], "Marsh's report was published on Monday.", "Ann Marsh is the author of the report, which found cracks."],
    # a bio followed by more of the story
    [*STORY, "Ada Vell is a professor of hydrology at Kestrel University.",
     "She said the valley's second dam, finished in 1971, had never been inspected for cracks."],
    [*STORY, "Ada Vell is a professor of hydrology at Kestrel University.", "She said the dam was safe."],
    [*STORY[:2], "Sam Hill Jr. said the spillway was cracked.", "Sam Hill Jr. is a professor of hydrology at Kestrel."],
])
def test_lines_that_say_who_someone_is_in_a_story_stay(lines: list[str]) -> None:
    assert writer_bio(lines) == set()


@pytest.mark.parametrize("call", [
    "Send us your comments and experiences using the form below.",
    "You can send us your views using the form below.",
    "Tell us your experiences by filling in the form below.",
    "A selection of your comments may be published, displaying your name and location.",
    "The Herald may edit your comments and not all emails will be published.",
    "Your comments may be published on any of our media worldwide.",
    "Send your pictures and videos to pics@example.com or text them to 61124.",
    "Share your photos, videos and opinions with the Kestrel Herald.",
    "Add your comments on this story, using the form below.",
])
def test_a_pages_call_for_readers_comments_is_not_story(call: str) -> None:
    assert reader_calls([*STORY, call]) == {len(STORY)}
    # in the body too (where it leaves a paragraph's break)
    assert [line for line in clean_article("\n".join([STORY[0], call, *STORY[1:]])).text.split("\n") if line] == list(STORY)


@pytest.mark.parametrize("line", [
    "Officials urged residents to send their pictures of the flood to the water board.",
    "The governor said he would send your letters to the minister, a spokesman told reporters.",
    "Residents who shared their photos online said the water rose two metres in an hour.",
    "Sending us your comments is the best way to be heard, the mayor said on Tuesday.",
    "\"Send us your pictures of the flood,\" the mayor told residents on Monday, as the water rose.",
])
def test_lines_about_sending_or_sharing_in_a_story_stay(line: str) -> None:
    assert reader_calls([*STORY, line]) == set()


@pytest.mark.parametrize("promotion", [
    "NEW You can now listen to Kestrel News articles!",
    "Kestrel News Flash top headlines are here. Check out what's clicking on Kestrelnews.com.",
    "Follow Kestrel News on X for the latest updates on the Velano dam disaster.",
    "Download the Kestrel Herald app for breaking news and alerts.",
    "Get the latest news from Europe delivered straight to your inbox.",
    "Get the Morning Brief delivered to your inbox or mobile device every morning.",
    "Watch the full report on Kestrel TV at 6pm.",
    "Save articles to read later and create your own reading list.",
    "Be sure to check out the Herald's full coverage page, Remembering the Velano Dam.",
    "The views expressed in this commentary are his own.",
    "Editor's note: This story contains descriptions of death that some readers may find distressing.",
    "While you're here: Every Tuesday, our editors round up the week in politics. You can sign up here for the weekly email "
    "newsletter Velan Briefing.",
    "You may occasionally receive promotional content from the Kestrel Herald.",
    "By signing up, you agree to our privacy policy.",
    "Kestrel Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may "
    "be updated or revised in the future. Accuracy and availability may vary.",
    # a transcript's preamble
    "The following is a transcript of a briefing held at Velano town hall on Monday, 3 March 2025. It has been lightly "
    "edited for clarity.",
    "This interview has been condensed and edited for clarity.",
    # a call to use a readers' service, its address or number all that follows
    "To find your evacuation zone, visit zones.kestrel.example.gov. For questions call 555-010-0142.",
    "Visit kestrel.example.org/floods.",
    # a call to subscribe to the outlet's own letter, offering more of its kind of news
    "Subscribe to Harbour Ledger Daily for more shipping market analysis.",
    # a series' note on the piece's place in it: the outlet's plan, no event of the story
    "This is the first of two pieces on Ostravia's flood defences.",
    "This article is part of a series on the Velano dam collapse.",
])
def test_an_outlets_promotion_or_note_to_the_reader_is_not_story(promotion: str) -> None:
    assert promotions([*STORY, promotion]) == {len(STORY)}
    assert [line for line in clean_article("\n".join([STORY[0], promotion, *STORY[1:]])).text.split("\n") if line] == list(STORY)


@pytest.mark.parametrize("line", [
    "\"Follow the evacuation orders on the radio and get out now,\" the governor said.",
    "Residents were told to follow the updates on the council's website.",
    "Follow the money, investigators say, and the trail leads to Kestrel.com.",
    "Subscribers to the newsletter said the updates stopped on Monday.",
    "Get out of the valley now, officials told residents in Tesk on Tuesday.",
    "Download speeds in the valley fell to nothing after the flood cut the cables.",
    "Stream levels rose sharply overnight, triggering flood alerts across the county.",
    "Follow-up inspections found the insurer's coverage excluded flood damage.",
    "Save the Children has launched an emergency appeal and a donation app.",
    "Get out now, the sheriff wrote on Facebook.",
    "The following is a list of the villages still cut off by the flood on Monday night.",
    "A transcript of the call has been edited by the ministry, the lawyers said in court.",
    "For a week, call centres in Velano were swamped by worried families.",
    "To reach the farms, rescuers had to visit each one on foot.",
    "For questions, residents can call 555-010-0142, the council said.",
    # a line with a story sentence after the promotion stays whole (its kind is not one)
    "Follow Kestrel News on X for updates. The dam's operator said on Monday that the spillway had failed.",
])
def test_lines_about_following_or_getting_in_a_story_stay(line: str) -> None:
    assert promotions([*STORY, line]) == set()


@pytest.mark.parametrize("block", [
    ["About Kestrel Aid", "Kestrel Aid is a charity that brings clean water to flooded villages in nine countries.",
     "Media contact:", "Jo Lee", "press@kestrelaid.example", "SOURCE Kestrel Aid"],
    ["About Velan Pumps Inc.:", "Founded in 1971, Velan Pumps Inc. (VLN) is the largest maker of flood pumps in Ostravia.",
     "Contact: Ivo Darn, +44 20 7946 0000"],
    ["About the author", "Ada Vell has covered the Velan valley's dams for a decade."],
    # an acronym's heading over its name spelt out
    ["About KWB", "Kestrel Water & Bridges serves 90,000 homes in the Velan valley. For more, visit kwb.example.",
     "Media contact: KWB press office, press@kwb.example"],
])
def test_an_issuers_about_block_ends_the_page_and_a_storys_subhead_stays(block: list[str]) -> None:
    assert about_block([*STORY, *block]) == set(range(len(STORY), len(STORY) + len(block)))
    assert clean_article("\n".join([*STORY, *block])).text.split("\n") == list(STORY)
    # a story's subhead: no line under it says what the name is
    story = [STORY[0], "About the dam", "Engineers found cracks in its spillway in 2019.", *STORY[1:]]
    assert about_block(story) == set() and clean_article("\n".join(story)).text.split("\n") == story
    # ... nor one whose line under it says what the name is, when the story goes on below it with no release's close
    story = [STORY[0], "About Sorrel Hydro", "Sorrel Hydro is the state utility that runs 14 of the country's dams.",
             "Its chief executive resigned on Friday.", *STORY[1:]]
    assert about_block(story) == set()
    # ... nor an acronym's whose line under it opens on other words
    story = [*STORY, "About KWB", "Velan residents say the board is slow to answer their complaints.", "Contact: Jo Lee"]
    assert about_block(story) == set()


def test_a_releases_notes_to_editors_over_its_contacts_end_the_page() -> None:
    block = ["Notes to editors:", "The Kestrel Relief Agency coordinates flood relief in the valley with 14 partners.", "",
             "For more information, please contact:", "Ana Vell, press officer, +44 20 7946 0000, press@kra.example"]
    assert about_block([*STORY, *block]) == set(range(len(STORY), len(STORY) + len(block)))
    assert clean_article("\n".join([*STORY, *block])).text.split("\n") == list(STORY)
    # without a release's close under them, notes stay (a story's own heading)
    story = [*STORY, "Notes to editors:", "The agency's figures are preliminary and likely to rise."]
    assert about_block(story) == set()


@pytest.mark.parametrize("block", [
    ["About Kestrel Aid: Kestrel Aid is a charity that brings clean water to flooded villages in nine countries."],
    # the name's initials opening what it is, the release's contacts under it
    ["About North Coast Power & Light: NCPL supplies electricity to 410,000 customers in the Velan valley.",
     "Media contact: press@ncpl.example"],
])
def test_an_issuers_about_line_ends_the_page_and_a_storys_line_on_about_stays(block: list[str]) -> None:
    assert about_line([*STORY, *block]) == set(range(len(STORY), len(STORY) + len(block)))
    assert clean_article("\n".join([*STORY, *block])).text.split("\n") == list(STORY)
    # a story's line that opens "About", a count or a subject of its own: what follows is no issuer's name
    for line in ("About Kestrel Aid: critics say the charity spent little of its flood appeal in the valley.",
                 "About 200 people: that is how many stayed behind when the dam broke, police said."):
        assert about_line([*STORY, line]) == set()
    # ... nor one whose story goes on below it with no release's close
    story = [*STORY, "About Sorrel Hydro: Sorrel Hydro is the state utility that runs 14 of the country's dams.",
             "Its chief executive resigned on Friday.", "The dam's operator has not commented.", "Repairs begin in May."]
    assert about_line(story) == set()


def test_a_commentary_sites_disclosure_and_partners_go_and_the_same_words_in_a_story_stay() -> None:
    top = ["Disclosure statement", "Ada Vell has received funding from the Kestrel Water Trust. She advises the Velan council.",
           "Partners", "Kestrel University provides funding as a member of The Review UK.",
           "The Velan Institute provides support as a founding partner of The Review."]
    assert disclosures([*top, *STORY]) == set(range(len(top)))
    assert [line for line in clean_article("\n".join([*top, *STORY])).text.split("\n") if line] == list(STORY)
    inline = "Disclosure: Ada Vell owns shares in Velan Pumps, which built the dam."
    assert disclosures([*STORY, inline]) == {len(STORY)}
    # under no such heading, or under one not followed by a partner's line, a sentence is the story's
    story = [*STORY, "The militia has received funding from abroad, officials believe.", "Partners",
             "The two firms provide funding for the dam's repair, the council said."]
    assert disclosures(story) == {len(STORY) + 1}
    assert disclosures([*STORY, "Conflicts of interest", "Two of the inspectors had worked for the dam's operator."]) == set()


@pytest.mark.parametrize("notice", [
    "The opinions expressed in this commentary are solely those of Ada Vell.",
    "The opinions expressed are solely those of the authors.",
    "The views expressed here do not necessarily reflect those of the Kestrel Herald.",
    "You're reading a preview, subscribe to read more.",
    "Already a subscriber? Log in",
    "This story was published more than 2 years ago. Some details in it may be out of date.",
    "This article was published more than 6 months ago. Some information may no longer be current.",
    "This article is more than 3 days old",
    "This page is more than 2 weeks old",
    "Welcome back to The Sluice Gate. If you were forwarded this newsletter, you can subscribe below.",
    "Thank you for reading The Sluice Gate! Subscribe for free to get every new post.",
    "Want to write?",
    "Write an article and join a growing community of more than 9,000 hydrologists from 300 universities.",
    "Republish our articles for free, online or in print.",
    "Translated from the German by the Kestrel Herald's English desk.",
    "(Translated by Ada Vell)",
    "Translation: Ada Vell",
    "Unofficial translation from the Ostravian original.",  # a statement's translation note and its sign-off
    "This is an unofficial English translation.",
    "Issued in Velano, 11 April 2026.",
    "Done at Port Esk on March 3, 2025.",
    "KVLO will update this story as more information becomes available.",  # the outlet's promise to update the page
    "This is a developing story and will be updated.",
    "This story will be updated.",
    "The next advisory will be issued at 1500 UTC 14/06/2026.",  # a bulletin's on its next issue
    "Further updates will be posted as needed.",  # ... and on its updates (the chemical-plant reader's: a New point)
    "A new press release will follow.",
    # a newsletter's greeting, welcome, sponsor and why the reader gets it
    "Good morning, readers! Thanks for reading The Sluice Gate, your weekly dose of dam news.",
    "Welcome to The Sluice Gate, the newsletter for river watchers. This edition is sponsored by Kestrel Pumps.",
    "Good morning. Here's what you need to know today.",
    "You're receiving this newsletter because you signed up at sluicegate.example. Unsubscribe here.",
])
def test_a_sites_notice_to_its_reader_goes_and_the_same_words_said_in_a_story_stay(notice: str) -> None:
    assert promotions([*STORY, notice]) == {len(STORY)}
    assert [line for line in clean_article("\n".join([STORY[0], notice, *STORY[1:]])).text.split("\n") if line] == list(STORY)
    said = [
        "The views expressed by the villagers are those of a frightened minority, the governor said.",
        "The opinions expressed in the leaked memo are solely those of its author, the ministry said.",
        "Some information may no longer be accurate after the flood destroyed the records, the clerk warned.",
        "\"Welcome back to Velano,\" the mayor told the families returning on Tuesday.",
        "Thanks for reading the warnings, officials told residents at the meeting.",
        "The story was published two years ago in the Herald and led to the inquiry.",
        "The views expressed in the leaked memo are those of a senior Treasury official, not of the government.",
        "Translated into English by Maja Rist in 2011, the memoir sold two million copies.",
        '"We apologise for the confusion and disruption," the airline said.',
        "The minister's letter was translated from the German by embassy staff.",
        "Translation: as much as another $2 billion for the dam's owners.",
        "An official translation of the treaty was published on Friday.",
        "Issued in Velano on 11 April 2026, the decree closes the dam.",
        "The decree was issued in Velano on 11 April 2026.",
        "The water board will update this report on the dam's safety next week.",
        "The next advisory will be issued at 1500 UTC unless the storm weakens, forecasters said.",
        "The next report will be published in May and will cover the dam's spillway and its gates.",
        "Further updates will be posted on the dam's spillway once engineers have inspected it, the board said.",
        "The board will update its flood maps as more information becomes available, the mayor said.",
        '"Good morning," the mayor told the families at the shelter.',
        "Welcome to Velano, reads the sign at the flooded bridge.",
        "Here's what the council decided on Monday: the dam stays shut.",
        "Residents are receiving text messages because they signed up for flood alerts.",
        # a line with a story sentence after the notice stays whole
        "Welcome back to The Sluice Gate. The dam's spillway failed on Monday night.",
    ]
    assert promotions([*STORY, *said]) == set()


def test_a_call_to_leave_a_comment_goes_and_a_story_about_comments_stays() -> None:
    assert reader_calls([*STORY, "Leave a comment"]) == {len(STORY)}
    assert reader_calls([*STORY, "Leave a reply."]) == {len(STORY)}
    assert reader_calls([*STORY, "Leave a comment on the council's plan by Friday, the mayor urged residents."]) == set()


@pytest.mark.parametrize("promotion", [
    "Join the Herald's WhatsApp channel and get the latest headlines every morning.",
    "Join our Telegram channel for breaking news and alerts.",
    "Catch all the latest sport, weather, travel, recipes, culture, gardening, fashion, property, motoring and other "
    "lifestyle news on the Kestrel Herald website and app.",
    "Catch up on all the latest coverage at Kestrelnews.com.",
])
def test_a_sites_call_to_join_its_channel_or_catch_its_news_goes_and_a_story_call_stays(promotion: str) -> None:
    assert promotions([*STORY, promotion]) == {len(STORY)}
    story = [
        "Join the search for the missing, the mayor urged residents on the radio.",
        "Catch basins overflowed across the city as the rain went on.",
        "Volunteers were asked to join the WhatsApp group set up by the council.",
        "Join the queue at the town hall for sandbags and water, police told the families.",
    ]
    assert promotions([*STORY, *story]) == set()


def test_a_bio_under_its_writers_name_goes_after_a_byline_in_lower_case() -> None:
    bio = "Ada Vell is a staff reporter at the Kestrel Herald. She covered the floods of 2019 for the Velan Post."
    assert writer_bio(["by Ada Vell", *STORY, "Ada Vell", bio]) == {len(STORY) + 1, len(STORY) + 2}
    assert clean_article("\n".join(["by Ada Vell", *STORY, "Ada Vell", bio])).text.split("\n") == list(STORY)
    # a source the story quoted, then said who she is, stays
    assert writer_bio([*STORY, "\"The spillway is cracked,\" Vell said.", "Ada Vell", "Ada Vell is a professor at Kestrel."]) == set()


def test_a_line_that_only_lists_names_goes_and_a_sentence_naming_them_stays() -> None:
    names = ["Velan County Sheriff's Office, Velan Fire District, Kestrel Highway Patrol, Velan Water & Power.",
             "Ada Vell, Omar Vidic, Jo Lee and Ann Poe.", "Ann Marsh, Kestrel News, Velano, Ostravia."]
    page = [*STORY, "Cooperating Agencies", *names]
    assert name_lists(page) == {len(STORY) + 1, len(STORY) + 2, len(STORY) + 3}
    assert clean_article("\n".join(page)).text.split("\n") == [*STORY, "Cooperating Agencies"]
    said = ["Velan County Sheriff's Office, Velan Fire District and Kestrel Highway Patrol sent crews on Monday.",
            "Ada Vell, Omar Vidic and Jo Lee were among the engineers who inspected the dam.",
            "Velano, Tesk and Kestrel were flooded, officials said."]
    assert name_lists([*STORY, *said]) == set()


def test_a_last_line_bio_told_in_the_past_is_known_by_its_writer_s_name_not_its_role_s_last_word() -> None:
    page = ["By Jo Lee, Contributing Columnist", "The river rose after a week of rain and the Kestrel bridge closed.",
            "Engineers say the piers will hold until the spring.", "Jo Lee was a civil engineer in Velano for 30 years."]
    assert writer_bio(page) == {3}  # ("a" of "was a civil engineer" is in the story: it is no name)


@pytest.mark.parametrize("line", [
    "This is the first time the dam has failed in two decades.",
    "This is the first of three dams the board will inspect this year.",
    "The minister said this is the second of two bills on flood insurance.",
    "Subscribers to the Harbour Ledger were told of the losses on Monday.",
])
def test_a_story_s_firsts_and_subscribers_stay(line: str) -> None:
    assert promotions([*STORY, line]) == set()


def test_a_bio_over_a_call_to_subscribe_at_the_page_s_end_goes() -> None:
    bio = "Ana Ortel is the Harbour Ledger's Asia-Pacific shipping correspondent."
    lines = ["By Ana Ortel, Harbour Ledger", *STORY, bio, "Subscribe to Harbour Ledger Daily for more shipping market analysis."]
    assert clean_article("\n".join(lines)).text.split("\n") == list(STORY)


@pytest.mark.parametrize("standfirst", [
    "Updates from KVLO News reporters across the valley. All times local.",
    "Live updates from our team in Velano.",
    "Live coverage from the Castrel Daily News team. All times GMT.",  # (an outlet of three words)
    "All times are GMT.",
    "Good morning and welcome to our live coverage of the Kestrel floods.",
    "Welcome to the Dam Watch blog, where our reporters post news and video from the valley.",
])
def test_a_live_pages_standfirst_on_itself_goes_and_the_same_words_in_a_story_stay(standfirst: str) -> None:
    assert promotions([*STORY, standfirst]) == {len(STORY)}
    said = [
        "Updates from rescue teams in the north were grim.",
        "News from the newsroom staff was that the paper would close, the editor said.",
        "All times are approximate, the inquiry's report warned.",
        "Welcome to Velano's flooded quarter, the sign by the bridge reads.",
    ]
    assert promotions([*STORY, *said]) == set()


@pytest.mark.parametrize("line", [
    "Reports from rescue teams in the north put the toll at 40.",
    "News from medical teams in Kelby suggests at least 40 people died.",
    "Reports from correspondents in Homs describe heavy shelling overnight.",
])
def test_a_story_s_reports_from_teams_are_no_live_page_standfirst(line: str) -> None:
    assert promotions([*STORY, line]) == set()
