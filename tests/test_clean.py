"""Wire furniture comes out of article text, and only ever from the ends of lines."""

from __future__ import annotations

import pytest
from builders import NOUN_STORY, STORY, WIRE_SHAPES, byline_copy, captioned_copy, comments_copy, post_copy, reuters_copy, standfirst_copy
from hypothesis import example, given
from hypothesis import strategies as st

from briefbot.text.clean import clean_article, clean_line, is_furniture_line
from briefbot.text.comments import thread_start
from briefbot.text.segment import split_sentences


@pytest.mark.parametrize("shape", sorted(WIRE_SHAPES))
def test_each_wire_shape_cleans_to_the_story(shape: str) -> None:
    assert clean_article(WIRE_SHAPES[shape]()).text.split("\n") == list(STORY)


def test_a_pipe_and_agency_dateline_becomes_the_articles_place_and_time() -> None:
    cleaned = clean_article(reuters_copy(place="SIRTE, Libya", when="Mon Oct 10, 2011 5:55 pm EDT"))
    assert (cleaned.place, cleaned.time) == ("SIRTE, Libya", "Mon Oct 10, 2011 5:55 pm EDT")


@pytest.mark.parametrize(("line", "place"), [
    ("TRIPOLI (Reuters) - Rebels said they held the port.", "TRIPOLI"),
    ("CAIRO (AP) — Crowds filled the square again.", "CAIRO"),
    ("Paris (AFP) – The minister resigned on Friday.", "Paris"),
    ("KABUL, Afghanistan — A bomb struck a market on Saturday.", "KABUL, Afghanistan"),
    ("LONDON, March 3 (Reuters) - Shares rose in early trade.", "LONDON"),
    ("(CNN) -- Officials confirmed a second case.", None),
    # 7-bit wires (AP, the NYT News Service in the 1990s) type the dash as an underscore
    ("CARACAS, Venezuela (AP) _ A center-left party endorsed the candidate on Friday.", "CARACAS, Venezuela"),
    ("WASHINGTON _ The agency proposed new rules for the wetlands.", "WASHINGTON"),
    ("KANSAS CITY, Mo. _ ``What could it be this time?'' the farmer asked.", "KANSAS CITY, Mo."),
    ("UNDATED _ Farmers across the Plains watched the sky for rain.", None),  # AP: a story of no one place
    ("VELANO &UR; &LR; _ Jo Lee has monitored 20 elections since she left office.", "VELANO"),  # the wire's typesetting codes
    ("VELANO &MD; Jo Lee has monitored 20 elections since she left office.", "VELANO"),  # (its code for the dash)
    # the agency's closing bracket left out, a slip of the wire's own
    ("WASHINGTON (AP -- Rising ocean temperatures threaten the salmon runs, two biologists said.", "WASHINGTON"),
    # any outlet in brackets between a place in capitals and the dash, a local station's or paper's too
    ("ASHFORD, Ore. (KWXR) - A third home burned overnight, the sheriff said.", "ASHFORD, Ore."),
    ("TESK (Marovia 9 News) — Crews reopened the bridge on Tuesday.", "TESK"),
])
def test_leading_datelines_are_trimmed(line: str, place: str | None) -> None:
    start, end, found, _ = clean_line(line)
    assert line[start:end][0] in "`ABCDEFGHIJKLMNOPQRSTUVWXYZ" and "(" not in line[start:end] and " _ " not in line[start:end]
    assert found == place


@pytest.mark.parametrize(("line", "place", "time"), [
    # an agency's dateline with its date in numbers, day first or the year first, a 24-hour clock and a zone's offset
    ("VESKO, 09.05.2026, 08:20 GMT+2 (MiraNews) - Floodwaters reached the old town overnight.", "VESKO", "09.05.2026, 08:20 GMT+2"),
    ("PORT ALDA, 9/5/2026 (MiraNews) – Floodwaters reached the old town overnight.", "PORT ALDA", "9/5/2026"),
    ("Vesko, 2026-05-09 08:20 UTC+02:00 (Reuters) - Floodwaters reached the old town overnight.", "Vesko", "2026-05-09 08:20 UTC+02:00"),
    ("VESKO, 09.05.2026 - Floodwaters reached the old town overnight.", "VESKO", "09.05.2026"),
    # its place in any case, after the clock of the date in numbers, or two places (sent from one, datelined the other)
    ("Vesko/Tarsk, 09.05.2026, 08:20 GMT+2 (MiraNews) - Floodwaters reached the old town overnight.", "Vesko/Tarsk",
     "09.05.2026, 08:20 GMT+2"),
    ("Port Alda, 09.05.2026 08:20 (MiraNews) - Floodwaters reached the old town overnight.", "Port Alda", "09.05.2026 08:20"),
    ("Vesko/Tarsk, May 9 (MiraNews) - Floodwaters reached the old town overnight.", "Vesko/Tarsk", "May 9"),
])
def test_an_agencys_dateline_dated_in_numbers_is_trimmed_and_its_date_kept(line: str, place: str, time: str) -> None:
    cleaned = clean_article(f"{line}\n{STORY[1]}")
    story = ["Floodwaters reached the old town overnight.", STORY[1]]
    assert (cleaned.text.split("\n"), cleaned.place, cleaned.time) == (story, place, time)


@pytest.mark.parametrize("line", [
    "Jo Lee, 09.05.2026 (MiraNews) - A reporter asked the sheriff about the flood.",  # a name, no place in capitals
    "Jo Lee, May 9 (MiraNews) - A reporter asked the sheriff about the flood.",  # nor a clock nor two places
    "VESKO 09.05.2026 figures (in brackets) - the town's own count - were lower.",  # no outlet's name, no dash after the date
])
def test_a_date_in_numbers_in_a_sentence_is_no_dateline(line: str) -> None:
    assert clean_line(line)[:3] == (0, len(line), None)


@pytest.mark.parametrize("line", [
    "Generation X _ that youthful, slacker generation _ is facing a quiet crisis.",
    "The reservation population of 12,000 _ including 6,000 tribal members _ is small.",
    "NATO _ the alliance _ met on Friday to discuss the crisis.",
    "NATO (the alliance) - not its members - met on Friday.",  # brackets in lower case: no outlet
    "Jo Lee (KWXR) - A reporter asked the sheriff about the fire.",  # a name, not a place in capitals
    "The style guide (AP -- the 1998 edition) was revised in May.",  # an agency's bracket that closes: no slip
])
def test_a_dash_inside_a_sentence_is_no_dateline(line: str) -> None:
    assert clean_line(line)[:3] == (0, len(line), None)


@pytest.mark.parametrize(("dateline", "place"), [
    ("VELANO, Ostravia, June 3, 2025 /PRNewswire/ -- ", "VELANO, Ostravia"),
    ("TESK, Marovia, May 30, 2025 /PRNewswire-Asia/ -- ", "TESK, Marovia"),
    ("TESK, Marovia--(BUSINESS WIRE)--", "TESK, Marovia"),
    ("KESTREL, March 3, 2025 (GLOBE NEWSWIRE) -- ", "KESTREL"),
    # a European agency's: EFE's dash after a full stop, ANSA's month in capitals after its name
    ("Kestrel, Mar 3 (EFE).- ", "Kestrel"),
    ("(ANSA) - KESTREL, MAR 3 - ", "KESTREL"),
    ("KESTREL, 3 MAR (EFE) - ", "KESTREL"),
])
def test_a_press_releases_or_agencys_dateline_with_its_wire_is_trimmed(dateline: str, place: str) -> None:
    line = f"{dateline}Kestrel Aid today launched an appeal for the flooded villages."
    start, _, found, _ = clean_line(line)
    assert line[start:].startswith("Kestrel Aid today") and found == place
    # the story starts at it below the release's page top; a sentence that names the wire keeps it
    page = ["Kestrel Aid launches flood appeal", "News provided by", "Kestrel Aid", f"{dateline}{STORY[0]}", *STORY[1:]]
    assert clean_article("\n".join(page)).text.split("\n") == list(STORY)
    named = "The charity's statement went out on /PRNewswire/ on Monday, its spokesman said."
    assert clean_line(named)[:3] == (0, len(named), None)


@pytest.mark.parametrize("line", [
    "By Jane Doe, Health and Science Editor",
    "By Owen Sato | Kestrel Freight Today | May 12, 2026 at 11:02 a.m.",  # (a clock's "a.m." ends it)
    "Story by Ann Vale | Photos by Jo Lee",
    "By June Okafor, Velano Herald",  # (a month's name as a writer's first name)
    "By Owen Sato, Kestrel Post | Published 9:14 p.m. Updated 10:02 p.m.",
    "(Reporting by Ana Petrova; Editing by Tom Vale)",
    "Editing by Tom Vale",
    "A protester waves a flag. REUTERS/Goran Tomic",
    "Image caption Rescue teams worked through the night",
    "Media playback is unsupported on your device",
    "License Photo",
    "Enlarge this image",
    "toggle caption",
    "View gallery",
    "Related: More on the floods",
    "Share this",
    "Advertisement",
    "Full Article",
    "Updated 1542 GMT (2342 HKT) March 3, 2011",
    "Mar. 4, 2025 Updated 9:05 a.m.",  # a page's stamp with its update's
    "March 4, 2025 | Updated March 5, 2025 6:12 PM",
    "Copyright 2011 The Associated Press. All rights reserved.",
    "Here are some facts about the dam:",
    "FACTBOX-Key facts about the vote",
    "A version appeared on p14 of the Main section section of the Tribune on Friday 1 April 2011",
    "A version of this article appears in print on April 1, 2011, on page A6 of the national edition.",
    "This article appeared on page 3 of the Weekend section.",
    "Follow the latest flood news, comment and analysis on Twitter",
    "For Use By Clients of the New York Times News Service",
    "Your browser's settings may be preventing you from commenting on and viewing comments about this item.",
    "See instructions for fixing the problem.",
    "Our Standards: The Kestrel Herald Trust Principles.",
    # the reader's instructions
    "Click NEXT to see it in full.",
    "Click on the map to learn more about the floods in the valley.",
    "Please visit the assignment desk to see what we're looking for.",
    "For updates, please see individual day pages.",
    "For more details go to the ministry's website.",
    "Transmission details in the programme information are not updated after publication.",
    # a book's box; an aggregator's list of other outlets' headlines with their ages
    "DAM NATION How Rivers Were Tamed, and Why They Broke By Ada Vell | Kestrel Press. 270 pp.",
    "The Kestrel Daily Dam holds as river falls - 3 hrs ago Velan Post Floods reach the valley - 5 hrs ago Echo.",
    # a wire service's photo package: each picture's number, place, day and slug, then its caption and credit
    "(NYT31) VELANO, Ostravia -- Oct. 20, 1999 -- DAM-REPAIRS-2, 10-20 -- Engineers inspect the cracked wall of the"
    " Kestrel dam on Wednesday. Repairs are expected to take a year. (Jo Lee/Velan Times Photo)",
    "(NYT7) UNDATED -- Oct. 20, 1999 -- FLOOD-HOMES, 10-20 -- A family returns to its house in the valley. (Ann Poe/Velan Times"
    " Photo) LITE",
])
def test_furniture_lines_are_dropped(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "Share prices fell sharply as investors fled the banks.",
    "By Monday, the government had reopened the border crossing.",
    "By Monday, 12 people had died in the valley",  # (no stop: a weekday is no writer's name)
    "By Friday the river had fallen by a metre at 9 a.m.",
    "By Christmas, the last ferry was leaving Tarnmouth at 4 p.m.",  # (a clock ends a byline only after a "|")
    "By March 2026, the dam was finished",
    "Officials said the bridge reopened on Monday. Photo: the reopened bridge at dusk.",
    "The photographer said the image was taken near the border.",
    "Timeline of the talks was not agreed, the envoy said.",
    "A version of the plan appeared in a local paper last week, the minister said.",
    "The dam was built by Ada Vell in 1960, and the river fell by a metre three hours ago, engineers said.",
    "The river has fallen by a metre since the storm - 3 hours ago it was still rising, engineers said.",
    "Clicking on the link, investigators said, downloaded the malware onto the bank's computers.",
    "Officials said visitors should click on the council's website for flood warnings.",
    "For the first time, the council said it would see the families on Monday.",
    "The writer was detained in December after signing a petition, her lawyer said.",
    "The writers are demanding a bigger share of revenue from streaming services.",
    "Transmission details remain unclear. Officials said 40 contacts had been tested.",
    "The new booking system will be online from March and lets patients chat with a nurse.",
    "Please note the timing, the minister told parliament, because the vote is on Monday.",
    "March 4, 2025 Updated figures show the river fell overnight.",
    "(AP) VELANO -- Engineers said on Wednesday that the dam would hold.",  # an agency's dateline, no picture's number
])
def test_story_lines_are_kept(line: str) -> None:
    assert not is_furniture_line(line)


def test_trailing_credits_are_trimmed() -> None:
    line = "The talks will resume on Monday. (Reporting by Ana Petrova; Editing by Tom Vale)"
    start, end, _, _ = clean_line(line)
    assert line[start:end] == "The talks will resume on Monday."


def test_a_glued_headline_and_caption_leave_the_first_sentence() -> None:
    line = "Dam holds as rain eases ` no breach ' A boat passes the dam wall The water level fell by a metre overnight, engineers said."
    start, end, _, _ = clean_line(line, first=True)
    assert line[start:end] == "The water level fell by a metre overnight, engineers said."


@pytest.mark.parametrize("byline", [
    "By Lena Hart for CNN", "By Lena Hart, Omar Vidic and Ana Petrova, CNN", "By Lena A. Hart, Special to CNN",
    "By Lena Hart Middle East analyst, LSE", "By Lena Hart BBC News, Kestrel", "By Lena Hart, CNN Senior Producer",
    "By Lena Hart, environment correspondent", "By Lena Hart Business reporter, BBC News",
    "By Lena Hart BBC News, Los Angeles",
    # a title before the name, initials for a first name, a dash before the role
    "By Dr. Lena Hart, Special to CNN", "By JD Hart, Writer", "By J.D. Hart, staff reporter",
    "By Lena Hart -- Special to CNN", "By Lena M. Hart - Special to CNN",
])
def test_a_byline_glued_to_the_first_sentence_is_trimmed(byline: str) -> None:
    assert clean_article(byline_copy(byline=byline, stamp="")).text.split("\n") == list(STORY)


def test_a_polls_buttons_before_the_story_come_off() -> None:
    assert clean_article(f"YES | NO {STORY[0]}").text == STORY[0]
    told = "US | EU talks on the dam resumed in Kestrel on Monday, officials said."  # no story after them: content
    assert clean_article(told).text == told


def test_a_role_run_into_the_stamp_after_it_is_still_a_byline() -> None:
    line = f"By Lena Hart, staff reporterMarch 29, 2011: 4:30 PM ET {STORY[0]}"
    cleaned = clean_article("\n".join([line, *STORY[1:]]))
    assert (cleaned.text.split("\n"), cleaned.time) == (list(STORY), "March 29, 2011: 4:30 PM ET")
    told = "By Monday, the dam had held and the river had fallen by a metre, engineers said."  # a time, not a writer
    assert clean_article(told).text == told


def test_a_pages_stamp_with_its_local_clock_comes_off_the_first_sentence() -> None:
    line = f"Page last updated at 07:41 GMT, Wednesday, 9 June 2010 08:41 UK {STORY[0]}"
    cleaned = clean_article("\n".join([line, *STORY[1:]]))
    assert (cleaned.text.split("\n"), cleaned.time) == (list(STORY), "Wednesday, 9 June 2010 08:41")
    line = "Page last updated at 07:41 GMT, Wednesday, 9 June 2010 08:41 UK troops reached the villages on Tuesday."
    assert clean_article(line).text == "UK troops reached the villages on Tuesday."  # no local clock: "UK" is the story's


def test_a_posted_stamp_glued_to_the_first_sentence_is_the_articles_time() -> None:
    cleaned = clean_article(post_copy())
    assert (cleaned.text.split("\n"), cleaned.time) == (list(STORY), "Tuesday, March 29, 2011; 4:30 PM")


def test_a_stamp_after_headline_and_standfirst_starts_the_story_and_is_the_articles_time() -> None:
    cleaned = clean_article(standfirst_copy())
    assert (cleaned.text.split("\n"), cleaned.time) == (list(STORY), "Tuesday 29 March 2011 09.28 BST")
    line = "Officials met on Tuesday 29 March 2011 09.28 BST and Rescuers then set out for the villages."
    assert clean_article(line).text == line  # a date inside a sentence is the sentence's


@pytest.mark.parametrize(("head", "headline"), [
    # a headline on its line, then the standfirst run into the stamp and the picture's caption
    (["Velan floods: What happens to the dam now?",
      "Why the spillway failed, what engineers will try next and more on the floods Tuesday 29 March 2011 09.28 BST Rescue "
      "workers carry sandbags along the river bank in Velano, where the water rose overnight."],
     "Velan floods: What happens to the dam now?"),
    # a headline glued to a standfirst whose first sentence ends on the first line, its second on the stamp's
    (["The dam keeper in his own words The keeper of the Velan dam has had plenty to say about the floods.",
      "Not all of it has been welcome Tuesday 29 March 2011 09.28 BST The keeper leaving a council meeting in Velano last week."],
     None),
])
def test_a_page_head_over_two_lines_to_a_stamp_caption_and_credit_is_no_story(head: list[str], headline: str | None) -> None:
    cleaned = clean_article("\n".join([*head, f"Photograph: Jo Lee/AP {STORY[0]}", *STORY[1:]]))
    assert (cleaned.text.split("\n"), cleaned.time, cleaned.headline) == (list(STORY), "Tuesday 29 March 2011 09.28 BST", headline)


def test_a_stamp_on_a_later_line_without_a_credit_below_or_under_a_long_head_is_left_alone() -> None:
    stamped = "Not all of it has been welcome Tuesday 29 March 2011 09.28 BST The keeper left a council meeting in Velano."
    lines = ["The keeper of the Velan dam has had plenty to say about the floods.", stamped, *STORY]
    assert clean_article("\n".join(lines)).text.split("\n") == lines  # no credit opens the line below: no caption
    long_head = " ".join(["The keeper of the Velan dam has had plenty to say about the floods."] * 5)
    lines = [long_head, stamped, f"Photograph: Jo Lee/AP {STORY[0]}", *STORY[1:]]
    assert long_head in clean_article("\n".join(lines)).text.split("\n")  # 65 words above the stamp: a story, not a head


@pytest.mark.parametrize(("head", "time"), [
    # a headline, a stamp and its update, a byline with a wire's name
    ("Velano dam managers held March 9, 2025, 4:12 AM EDT / Updated March 9, 2025, 9:30 AM EDT By Hana Lee and Reuters",
     "March 9, 2025, 9:30 AM EDT"),
    # a headline, a byline in capitals, published and updated stamps with the clock first
    ("Moment the dam burst By JOHN WARD FOR THE DAILY KESTREL PUBLISHED: 10:32 GMT, 12 March 2025 | UPDATED: 14:05 GMT, "
     "12 March 2025", "14:05 GMT, 12 March 2025"),
    # a headline, a writer and role, a stamp with a bullet
    ("Velano dam 'was a disaster waiting to happen', engineer warns Roland Pike, Europe Correspondent 4 March 2025 • 6:14pm",
     "4 March 2025 • 6:14pm"),
    # a headline and a labelled date the page doubled
    ("Thousands rally in Keln over dam collapse Published On 11 Mar 202511 Mar 2025", "Published On 11 Mar 202511 Mar 2025"),
    # a headline, a byline with a role, a stamp whose clock has no minutes
    ("A Velan town mourns its dead By Kate Linn Staff Writer March 8, 2025 5 AM PT", "March 8, 2025 5 AM PT"),
])
def test_a_headline_byline_and_stamp_run_into_the_first_sentence_come_off(head: str, time: str) -> None:
    cleaned = clean_article("\n".join([f"{head} {STORY[0]}", *STORY[1:]]))
    assert (cleaned.text.split("\n"), cleaned.time) == (list(STORY), time)


@pytest.mark.parametrize(("head", "place"), [
    ("Velan minister quits over dam collapse By Reuters KESTREL, March 14 (Reuters) - ", "KESTREL"),
    ("Dam operator knew of cracks, documents show By ANA PETROVA Associated Press VELANO, Ostravia (AP) — ", "VELANO, Ostravia"),
    ("Velan minister quits over dam collapse March 7 (UPI) -- ", None),
])
def test_a_headline_glued_before_its_dateline_leaves_its_byline_and_date(head: str, place: str | None) -> None:
    cleaned = clean_article("\n".join([f"{head}{STORY[0]}", *STORY[1:]]))
    assert cleaned.text.split("\n") == list(STORY)
    assert cleaned.headline in ("Velan minister quits over dam collapse", "Dam operator knew of cracks, documents show")
    assert cleaned.place == place


@pytest.mark.parametrize("head", ["Dam Collapse Caused By Heavy Rain", "Ostravia sets election for March 30"])
def test_a_headline_s_own_last_words_stay(head: str) -> None:
    assert clean_article(f"{head} VELANO, Ostravia (Reuters) - {STORY[0]}").headline == head


def test_a_byline_that_ends_on_a_wires_name_comes_off_the_first_sentence() -> None:
    first = "Authorities in Velano arrested three managers of the dam's operator on Sunday."
    cleaned = clean_article("\n".join([f"Dam managers held March 9, 2025, 9:30 AM EDT By Hana Lee and Reuters {first}", *STORY[1:]]))
    assert cleaned.text.split("\n") == [first, *STORY[1:]]


def test_a_story_sentence_before_a_photo_credit_in_brackets_stays_and_the_credit_goes() -> None:
    reported = "The girl was found in an air pocket beneath a staircase, the rescue service said."
    for credit in ("(Photo: AP)", "(AP Photo/Ivo Darn)", "(Reuters Photo)"):
        assert clean_article("\n".join([STORY[0], f"{reported} {credit}", *STORY[1:]])).text.split("\n") == [
            STORY[0], reported, *STORY[1:]]
    caption = "Rescuers search the rubble of a house in Tesk on Tuesday."  # a caption with its credit goes whole
    for credit in ("(Photo: AP)", "Photo by Ivo Darn/EPA-EFE", "(Ivo Darn / Associated Press)"):
        assert clean_article("\n".join([STORY[0], f"{caption} {credit}", *STORY[1:]])).text.split("\n") == list(STORY)


def test_a_live_chats_stamp_opening_a_later_line_is_trimmed_but_a_date_without_a_clock_is_kept() -> None:
    stamped = "Readers asked about the dam.\nTuesday, March 29, 2011; 4:30 PM Every hour brings more water to the valley."
    assert clean_article(stamped).text.split("\n") == ["Readers asked about the dam.",
                                                        "Every hour brings more water to the valley."]
    dated = "Readers asked about the dam.\nMarch 29, 2011 The day the valley flooded is remembered."
    assert clean_article(dated).text == dated


def test_a_blog_entrys_stamp_with_a_colon_and_its_time_zone_is_trimmed() -> None:
    stamped = "March 29, 2011: 10:44 AM ET Rescue teams reached two more villages."
    cleaned = clean_article(stamped)
    assert (cleaned.text, cleaned.time) == ("Rescue teams reached two more villages.", "March 29, 2011: 10:44 AM ET")


@pytest.mark.parametrize(("line", "story"), [
    ("NEW DAM FOR THE VELAN VALLEY In June, engineers closed the old spillway.", "In June, engineers closed the old spillway."),
    ("HOW THE FLOOD BARRIER WORKS The barrier is a 40ft steel wall on the river bed.",
     "The barrier is a 40ft steel wall on the river bed."),
    ('A FARMER WHO STAYED "The water came in the night," Ivo Lenz says.', '"The water came in the night," Ivo Lenz says.'),
    # a speaker's name and role stay (without them the words are nobody's), and so do a line in
    # capitals throughout, a row of acronyms, and a head that is a sentence of its own
    ("DR LENA HART, FLOOD ENGINEER We have never seen the river this high.", None),
    ("THE FLOOD BARRIER WAS BUILT BY McAllister CONSTRUCTION IN 2009.", None),
    ("US UK EU Ministers met in Velano on Tuesday.", None),
    ("FLOODS AND LANDSLIDES. Result from days of heavy rain on the hills.", None),
])
def test_a_head_in_capitals_run_into_its_paragraph_is_trimmed(line: str, story: str | None) -> None:
    assert clean_article(f"Rescuers reached the village.\n{line}").text.split("\n")[1] == (story or line)


@pytest.mark.parametrize("line", [
    "By Monday, the government had reopened the border crossing.",
    "By Monday, 12 people had died in the valley",  # (no stop: a weekday is no writer's name)
    "By Friday the river had fallen by a metre at 9 a.m.",
    "By Christmas, the last ferry was leaving Tarnmouth at 4 p.m.",  # (a clock ends a byline only after a "|")
    "By March 2026, the dam was finished",
    "By Friday officials had counted 40 damaged homes in the valley.",
    "March 29, 2011 was the day the talks collapsed in Geneva, diplomats said.",
])
def test_a_first_line_that_only_looks_like_a_byline_or_a_date_is_kept(line: str) -> None:
    assert clean_article(line).text == line


def test_a_first_sentence_with_a_quoted_name_is_not_cut() -> None:
    line = "The minister told reporters The Times had misquoted her on the budget."
    assert clean_line(line, first=True)[:2] == (0, len(line))


def test_a_summary_cut_mid_sentence_keeps_its_whole_sentences() -> None:
    text = "Officials said the dam held overnight. Engineers will inspect the wall before the rains […]"
    assert clean_article(text).text == "Officials said the dam held overnight."
    assert clean_article("The minister said the talks would resume ...").text == ""


_PIECES = st.sampled_from([
    "TRIPOLI (Reuters) - ", "SIRTE, Libya | Mon Oct 10, 2011 5:55 pm EDT ", "(CNN) -- ", "Full Article ",
    "By Jane Doe", "By Jane Doe for CNN ", "Tuesday, March 29, 2011; 4:30 PM ",
    "(Reporting by A. B.; Editing by C. D.)", " REUTERS/Jo Lee", "Image caption ", "Photo: ",
    "The rebels held the port. ", "Officials said 40 families were moved. ", "\n", "It rained. ", "[…]", "...",
    "Here are some facts about it:", "* A fact.", "KABUL, Afghanistan — ", " the ", "Share", "“Go,” he said. ",
    "Rescuers reach villages ", "Oil spill grows ", " oil ", "Photograph: Jo Lee/Reuters ", "(AP Photo/Jo Lee) ",
    "By the CNN Wire Staff ", "senators said ", " The World ", "Fund Could Run Dry ", "Is Shaken ", " With ",
    'leave " End Quote ', "Ana Petrova Regional governor ", "Officials fear the dam could fail Velano (CNN) -- ",
    "OSTRAVIA, 6:35 p.m. ET, 1:35 a.m. local: ",
    "Volunteers stacked sandbags along the main road ", "Kestrel officials have ordered ", '"safe for now" ',
    "NEW: Rescue teams reach villages ", "Velano (CNN) -- ", "This has been corrected.", "The article incorrectly said ",
    "08:41 UK ", "Business reporter, BBC News ",
])


def _whole_words(piece: str, line: str) -> bool:
    """Whether ``piece`` stands in ``line`` somewhere that starts and ends between words, not inside one."""
    at = line.find(piece)
    while at >= 0:
        end = at + len(piece)
        if ((at == 0 or not (line[at - 1].isalnum() and piece[0].isalnum()))
                and (end == len(line) or not (line[end].isalnum() and piece[-1].isalnum()))):
            return True
        at = line.find(piece, at + 1)
    return False


@given(st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=14).map("".join))
@example(raw="0Full Article ")  # found by this test: trailing furniture matched the tail of a word
@example(raw="SIRTE, Libya | Mon Oct 10, 2011 5:55 pm EDT \n0")  # a line found in an earlier line's word
def test_cleaning_only_trims_the_ends_of_lines_and_sentences(raw: str) -> None:
    """The verbatim promise: every cleaned line is a piece of one original line, in order, cut between words, and every
    sentence of the cleaned text is a sentence of the original with at most its ends trimmed."""
    text = "\n".join(line.rstrip() for line in raw.replace("\r", "\n").split("\n"))
    originals = text.split("\n")
    at = 0
    for line in clean_article(text).text.split("\n"):
        if not line:
            continue
        while at < len(originals) and not _whole_words(line, originals[at]):  # ("0" is a piece of "2011" too)
            at += 1
        assert at < len(originals), f"{line!r} is no piece of an original line cut between words"
        for start, end in split_sentences(line):
            assert line[start:end] in originals[at]
        at += 1


@pytest.mark.parametrize("byline", ["Jo Lee BBC News, Velano", "Ivo Lenz Marek BBC News, Kestrel, Ostravia",
                                    "Jo Lee BBC News, northern Ostravia", "Jo Lee BBC world affairs correspondent"])
def test_a_correspondents_byline_opening_a_box_of_analysis_is_trimmed(byline: str) -> None:
    text = "\n".join([STORY[0], f"{byline} {STORY[1]}", STORY[2]])
    assert clean_article(text).text.split("\n") == list(STORY)
    told = "Jo Lee BBC News reported on Tuesday that the dam had held."  # the outlet named in a sentence
    assert clean_article("\n".join([STORY[0], told])).text.split("\n") == [STORY[0], told]


@pytest.mark.parametrize("byline", ["By the CNN Wire Staff", "By Jo A. Lee, Special to CNN", "By Jo Lee BBC News, northern Ostravia"])
def test_the_writers_byline_above_a_headline_is_not_part_of_it(byline: str) -> None:
    line = f"{byline} Rescuers reach flooded villages Velano (CNN) -- {STORY[0]}"
    cleaned = clean_article("\n".join([line, *STORY[1:]]))
    assert (cleaned.headline, cleaned.text.split("\n")) == ("Rescuers reach flooded villages", list(STORY))


def test_the_writers_byline_under_a_glued_headline_is_not_part_of_it() -> None:
    line = ("Velan floods: Counting the cost By Ada Vell BBC News, Kestrel, Ostravia The dam held overnight as the river "
            "fell If the rain returns, the dam will be opened on Tuesday, officials said.")
    cleaned = clean_article("\n".join([line, *STORY[1:]]))
    assert cleaned.headline == "Velan floods: Counting the cost"


def test_a_headline_glued_before_the_dateline_is_kept_as_the_headline() -> None:
    cleaned = clean_article(reuters_copy(headline="Rescuers reach flooded villages", place="KESTREL, Ostravia"))
    assert (cleaned.headline, cleaned.place) == ("Rescuers reach flooded villages", "KESTREL, Ostravia")
    line = "Full Article Obama signs order on Libya WASHINGTON | Wed Mar 30, 2011 6:16 pm EDT WASHINGTON (Reuters) - The order was signed."
    cleaned = clean_article(line)
    assert (cleaned.headline, cleaned.place, cleaned.text) == ("Obama signs order on Libya", "WASHINGTON", "The order was signed.")
    assert clean_article(STORY[0]).headline is None


def test_readers_comments_start_at_their_first_stamp_without_a_disclaimer_before_it() -> None:
    """Without the story's closing disclaimer the comment before the first stamp cannot be told from
    the story: it is kept (one reader's line, where the whole thread was read before)."""
    lines = comments_copy().split("\n")
    del lines[len(STORY)]  # the disclaimer
    assert thread_start(lines) == len(STORY) + 1
    assert clean_article("\n".join(lines)).text.split("\n") == [*STORY, lines[len(STORY)]]


@pytest.mark.parametrize("line", [
    "Posted by Lena Hart March 29, 2011 at 9:14 am | Updated 10:02 am",  # a post's own stamp: no link, only one
    "At 9:14 am on 29 Mar 2011, the engineer wrote: the dam will hold.",  # one quoted note is no thread
    "Velan index: March 29, 2011 4:00 PM | 8,635 | March 30, 2011 4:00 PM | 8,702",  # a table's rows, no link
    "Flights resumed on March 29, 2011 at 9:14 am, the airport said.",
    "The votes were 263 to 171 | the count closed in 2011 at 9:14 am",
])
def test_a_single_stamp_without_a_comments_links_starts_no_thread(line: str) -> None:
    lines = [*STORY[:1], line, *STORY[1:]]
    assert thread_start(lines) is None
    assert clean_article("\n".join(lines)).text.split("\n") == lines


def test_a_story_quoting_dated_emails_is_no_comment_thread() -> None:
    """E-mails quoted with their stamps name their writers in words, not by a handle."""
    lines = [STORY[0], 'At 9:14 on 20 April 2010, the dam\'s keeper wrote: "We have a problem with the gate."',
             'At 11:02 on 20 April 2010, Jo Lee wrote: "Open it as planned."', *STORY[1:]]
    assert thread_start(lines) is None


@pytest.mark.parametrize("note", [
    "This debate is now closed.",
    "A selection of your comments to this debate appear below.",
    "Readers in the flooded valley have been sending their accounts to the Kestrel News.",
])
def test_a_forums_note_on_where_its_readers_words_start_starts_the_thread(note: str) -> None:
    """A readers' forum: its intro, its note (run on from the intro's last line too), then readers' words."""
    readers = ["I live in Velano and the water came up to our door overnight.", "We have been told to leave by Friday."]
    lines = [*STORY, note, *readers]
    assert thread_start(lines) == len(STORY) + 1
    assert clean_article("\n".join(lines)).text.split("\n") == [*STORY, note]
    run_on = [*STORY[:-1], f"{STORY[-1][:-1]} {note}", *readers]
    assert thread_start(run_on) == len(STORY)
    # a form's notice that readers' comments may be published starts no thread, nor a note quoted or reported
    form = "A selection of your comments may be published, displaying your name and location unless you state otherwise."
    assert thread_start([*STORY, form, *STORY]) is None
    for told in ('The speaker told parliament: "This debate is now closed."', "The speaker ruled that this debate is now closed.",
                 '"This debate is now closed," the speaker told parliament on Tuesday.'):
        assert thread_start([*STORY, told, *STORY]) is None


@pytest.mark.parametrize("stamp", ["March 29, 2011 at 9:14 am |", "March 29, 2011 09:14 am at 9:14 am |",
                                   "At 9:14 am on 29 Mar 2011, velano_jo wrote:", "At 09:14 29th Mar 2011, JoLee wrote:",
                                   "Posted by: velano_jo | March 29, 2011 9:14 AM | Report abuse"])
def test_two_stamps_start_a_thread_even_without_links(stamp: str) -> None:
    """A comment's stamp as a blog prints it: its date, "at" the clock (the clock may come twice)."""
    later = stamp.replace("09:14", "10:02").replace("9:14", "10:02")
    lines = [*STORY, f"{stamp} I grew up in Velano.", f"{later} So did I."]
    assert thread_start(lines) == len(STORY)


@pytest.mark.parametrize(("line", "story", "place"), [
    ("\" This Story: Read + | Watch + | Talk + | VELANO, Ostravia, March 29 -- The river rose again overnight.",
     "The river rose again overnight.", "VELANO, Ostravia"),
    ("Skip to a day of the week: Rescue teams reached two more villages on Tuesday.",
     "Rescue teams reached two more villages on Tuesday.", None),
    ("World (an error occurred while processing this directive) The river rose again overnight.",
     "The river rose again overnight.", None),
    ("(AP Video) The council votes to rebuild the bridge over the Velan.", "The council votes to rebuild the bridge over the Velan.",
     None),
    ("(Pool Photo By Ivo Lenz) Rescue teams reach two more villages on Tuesday.",
     "Rescue teams reach two more villages on Tuesday.", None),
    ("(Video by AP) The House approves the flood relief bill.", "The House approves the flood relief bill.", None),
    # a gallery's buttons, tokenised, as a template, or filled in
    ("BACK -LCB- current -RCB- of -LCB- total -RCB- NEXT Rescue teams reached two more villages on Tuesday.",
     "Rescue teams reached two more villages on Tuesday.", None),
    ("BACK {current} of {total} NEXT Rescue teams reached two more villages on Tuesday.",
     "Rescue teams reached two more villages on Tuesday.", None),
    ("BACK 3 of 12 NEXT Rescue teams reached two more villages on Tuesday.",
     "Rescue teams reached two more villages on Tuesday.", None),
])
def test_a_pages_links_at_a_lines_start_are_trimmed(line: str, story: str, place: str | None) -> None:
    cleaned = clean_article(line)
    assert (cleaned.text, cleaned.place) == (story, place)


def test_a_media_notice_is_furniture() -> None:
    assert is_furniture_line("Please note this clip is only available in Flash.")
    assert is_furniture_line("In order to see this content you need to have both Javascript enabled and Flash installed.")
    assert not is_furniture_line("The clip is available on the council's website, officials said.")


def test_the_story_starts_at_a_dateline_below_captions_and_highlights() -> None:
    """Lines above an agency's dateline are the page's captions, highlights and promos; the place
    before the agency is not taken when other words run into it on its line (they may be a highlight's)."""
    cleaned = clean_article(captioned_copy())
    assert cleaned.text.split("\n") == list(STORY)
    assert cleaned.place is None
    cleaned = clean_article("Rescue teams have reached the flooded villages.\nVELANO, Ostravia (CNN) -- " + "\n".join(STORY))
    assert (cleaned.text.split("\n"), cleaned.place) == (list(STORY), "VELANO, Ostravia")
    # any outlet's dateline at a line's start; a news budget's slug before "(Undated)" is no place
    cleaned = clean_article("Rescue teams have reached the flooded villages.\nVELANO, Ostravia (KVLO) - " + "\n".join(STORY))
    assert (cleaned.text.split("\n"), cleaned.place) == (list(STORY), "VELANO, Ostravia")
    cleaned = clean_article("The Velan Post plans to move the following stories.\nDAM-FLOOD (Undated) _ " + "\n".join(STORY))
    assert (cleaned.text.split("\n"), cleaned.place) == (list(STORY), None)
    # a site's own story opens on its name alone in brackets: the highlights above go, and so does the name
    cleaned = clean_article("Story Highlights\nAgency says the floods are an emergency\n(Northgate) -- " + "\n".join(STORY))
    assert (cleaned.text.split("\n"), cleaned.place) == (list(STORY), None)
    # ... a live page's entry label in brackets is trimmed, and the entries above it stay
    cleaned = clean_article("Rescue teams have reached the flooded villages.\n(Earlier) -- " + "\n".join(STORY))
    assert cleaned.text.split("\n") == ["Rescue teams have reached the flooded villages.", *STORY]
    # ... but a sentence that opens on a bracket and goes on is prose ("(Updated) figures show ..." has no dash)
    text = "Floods cut off villages.\n(Northgate) figures show the rains went on. " + STORY[0]
    assert clean_article(text).text.split("\n")[-1].startswith("(Northgate) figures show")


def test_the_headline_of_a_page_whose_story_starts_at_a_later_dateline_is_kept() -> None:
    text = "Floods cut off villages By the CNN Wire Staff Villagers carry sandbags.\nVELANO (CNN) -- " + STORY[0]
    assert (clean_article(text).headline, clean_article(text).text) == ("Floods cut off villages", STORY[0])


@pytest.mark.parametrize("text", [
    # the dateline too far down: 6 lines, or more than 200 words, come before it
    "\n".join([*STORY, *STORY]) + "\nVELANO (CNN) -- The rains went on.",
    " ".join(STORY * 6) + "\nVELANO (CNN) -- The rains went on.",
])
def test_a_story_is_not_cut_at_a_dateline_far_down_the_page(text: str) -> None:
    assert clean_article(text).text.startswith(STORY[0])


@pytest.mark.parametrize(("line", "story"), [
    ("OSTRAVIA, 6:35 p.m. ET, 1:35 a.m. local: State TV says the governor will speak soon.",
     "State TV says the governor will speak soon."),
    ("VELANO, 3:24 p.m. ET: Rescue teams reached two more villages.", "Rescue teams reached two more villages."),
    ("OSTRAVIA, 11:45 a.m. ET, 6:45 p.m. local The dam held overnight.", "The dam held overnight."),
    ("(Update 1:50 a.m. Velano, 6:50 p.m. ET) - Rescue teams reached two more villages.",
     "Rescue teams reached two more villages."),
    ("(Updated: 1:38 a.m. Monday, Ostravia; 6:38 p.m. Sunday ET): The dam held overnight.", "The dam held overnight."),
    ("(Posted at 11:06 a.m. ET, 6:06 p.m. local time) The dam held overnight.", "The dam held overnight."),
    ("(Update 3 p.m. Velano, 8 a.m. ET) The dam held overnight.", "The dam held overnight."),
    ("(9:22 p.m. ET, 3:22 a.m. in Ostravia) The dam held overnight.", "The dam held overnight."),
    # ... with the local time in brackets of its own
    ("(Updated 5:31 p.m. (0031 in Ostravia)) The president says he has asked the cabinet to resign.",
     "The president says he has asked the cabinet to resign."),
    ("(Updated 5:31 p.m. EDT (0031 in Ostravia), adds quotes) The president says he has asked the cabinet to resign.",
     "The president says he has asked the cabinet to resign."),
    # a clock alone before a colon or a typeset dash: the entry's sentence follows
    ("4:10 p.m. — The jury found the two engineers guilty of fraud.", "The jury found the two engineers guilty of fraud."),
    ("11.05 am: Divers reached the second pier of the bridge.", "Divers reached the second pier of the bridge."),
    ("9.40 pm BST: The minister left the hearing early.", "The minister left the hearing early."),
    # a 24-hour clock, with or without its dash, and a page's flag after a clock
    ("21:40 Divers reached the second pier of the bridge.", "Divers reached the second pier of the bridge."),
    ("07.15 — The minister left the hearing early.", "The minister left the hearing early."),
    ("18h05 “We will rebuild,” the mayor said.", "“We will rebuild,” the mayor said."),
    ("21:40 BREAKING: Divers reached the second pier.", "Divers reached the second pier."),
    # ... the page's own time for its zone ("local"), the entry opening on an acronym or a number after the dash
    ("23:05 local — The dam's spillway gave way, the water board has confirmed.",
     "The dam's spillway gave way, the water board has confirmed."),
    ("17:20 local time — KWB says 3,000 people are in shelters.", "KWB says 3,000 people are in shelters."),
    ("06:45 BST: 40 families were moved overnight.", "40 families were moved overnight."),
    ("8:15 a.m. local — Divers reached the second pier.", "Divers reached the second pier."),
    ("4:10 p.m. — UPDATE: The jury found the two engineers guilty.", "The jury found the two engineers guilty."),
    # ... not a clock of one-digit hours before capitals (a recorder's transcript), nor a range, nor a flag without a clock
    ("0:48 PILOT Gear down.", "0:48 PILOT Gear down."),
    ("7.30-8.30 pm Velano Radio carries the debate live.", "7.30-8.30 pm Velano Radio carries the debate live."),
    ("21:40 was when the divers reached the pier.", "21:40 was when the divers reached the pier."),
    ("21:40 local time was when the divers reached the pier.", "21:40 local time was when the divers reached the pier."),
    ("21:40 KWB ENGINEER Gate two is open.", "21:40 KWB ENGINEER Gate two is open."),
    # ... not a wire chronology's clock, the entry's news, nor a schedule's, nor a clock in a sentence
    ("2:05 a.m. EST -- The ferry leaves the harbour with 40 aboard.", "2:05 a.m. EST -- The ferry leaves the harbour with 40 aboard."),
    ("10:00 am ET - Budget hearing - The committee meets.", "10:00 am ET - Budget hearing - The committee meets."),
    ("4:10 p.m. was when the jury returned to the courtroom.", "4:10 p.m. was when the jury returned to the courtroom."),
    # a place and a time in a sentence are not a live blog's stamp, nor an update without a time
    ("In Velano, 6:35 p.m. ET was when the dam broke.", "In Velano, 6:35 p.m. ET was when the dam broke."),
    ("(Updated figures) The dam held overnight.", "(Updated figures) The dam held overnight."),
    # ... nor an update note that carries news, its number no clock, its bracket inside it no local time (the review's)
    ("(Update: Officials now say 12 people have died.) The dam held overnight.",
     "(Update: Officials now say 12 people have died.) The dam held overnight."),
    ("(Update: Officials now say 12 people (including two children) have died.) The dam held overnight.",
     "(Update: Officials now say 12 people (including two children) have died.) The dam held overnight."),
    ("(Updated figures released at 5 p.m. (1500 GMT) put the toll at 40.) The dam held overnight.",
     "(Updated figures released at 5 p.m. (1500 GMT) put the toll at 40.) The dam held overnight."),
    ("(9 a.m. to 5 p.m. daily) Visitors register at the gate.", "(9 a.m. to 5 p.m. daily) Visitors register at the gate."),
    ("The ministry issued a correction (Updated figures showed 40 dead, not 14",
     "The ministry issued a correction (Updated figures showed 40 dead, not 14"),
])
def test_a_live_blogs_entry_stamp_is_trimmed_on_any_line(line: str, story: str) -> None:
    assert clean_article(f"{STORY[0]}\n{line}").text.split("\n") == [STORY[0], story]


def test_a_live_pages_entries_under_24_hour_clocks_keep_their_sentences_and_its_update_stamp_goes() -> None:
    page = ["Updated 23:55", f"23:55 {STORY[2]}", f"22:10 BREAKING: {STORY[1]}", f"19:30 {STORY[0]}"]
    assert clean_article("\n".join(page)).text.split("\n") == [STORY[2], STORY[1], STORY[0]]


def test_a_factbox_items_bullet_and_label_come_off_its_sentence() -> None:
    lines = ["* DEATHS: The Civil Defence Agency puts the death toll at 1,134.", "• AID: Kestrel has sent 40 tonnes of food.",
             "* NATO said it would send engineers to the dam.", "MISSING: 320 people are still missing."]
    assert clean_article("\n".join([STORY[0], *lines])).text.split("\n") == [
        STORY[0], "The Civil Defence Agency puts the death toll at 1,134.", "Kestrel has sent 40 tonnes of food.",
        "NATO said it would send engineers to the dam.", "MISSING: 320 people are still missing."]  # (no bullet: no list's label)


def test_a_live_blogs_stamp_broken_over_two_lines_comes_off_both() -> None:
    text = "\n".join([f"{STORY[0]} (Update 1:34 p.m. in Velano, 6:34 am.", f"ET) {STORY[1]}", STORY[2]])
    assert clean_article(text).text.split("\n") == list(STORY)


def test_a_photo_credit_in_parentheses_opening_the_storys_line_is_trimmed_and_its_caption_dropped() -> None:
    """A page's photo caption, then its credit "(By Name -- Agency)" opening the story's line."""
    text = "\n".join([
        STORY[0], "Villagers carry sandbags along the river bank in Velano.",
        "(By Ivo Lenz -- Associated Press) " + STORY[1], STORY[2],
    ])
    assert clean_article(text).text.split("\n") == list(STORY)
    told = "Officials said (by the count of Jo Lee -- a local guide) 40 families left."  # no credit
    assert clean_article(told).text == told


def test_a_partners_note_is_furniture() -> None:
    note = "This article was reported jointly with Kestrel Watch, an independent, non-profit newsroom."
    assert clean_article("\n".join([STORY[0], note, *STORY[1:]])).text.split("\n") == list(STORY)
    told = "The report was written jointly with the regional government, officials said."
    assert clean_article(told).text == told


@pytest.mark.parametrize(("text", "story"), [
    ("Updated 10:30 Ethiopian troops crossed the border.", "Ethiopian troops crossed the border."),
    ("Updated 10:30 Mt Etna erupted again on Tuesday.", "Mt Etna erupted again on Tuesday."),
    ("Floods hit Kestrel Thursday 29 April 2010 09.28 BST UK Foreign Secretary Jo Lee said it was grave.",
     "UK Foreign Secretary Jo Lee said it was grave."),
    ("Floods hit Kestrel 9 June 2010 08:41 UK Rescue teams reached the villages.", "Rescue teams reached the villages."),
])
def test_a_stamps_time_zone_is_a_whole_word_in_capitals(text: str, story: str) -> None:
    """A zone is "ET" or "BST", never the start of a word ("Ethiopian") or a word in lower case
    ("Mt"); BBC's "UK" after a clock is the stamp's only after a clock with no zone."""
    assert clean_article(text).text == story


def test_an_agency_named_in_a_sentence_is_no_dateline_that_starts_the_story() -> None:
    text = "\n".join([STORY[0], "Ostravia Press Agency (AP) - the official news agency - said 40 families left.", STORY[2]])
    assert clean_article(text).text.split("\n")[0] == STORY[0]


@pytest.mark.parametrize(("line", "story"), [
    (f"March 29, 2011 | From Lena Hart, CNN {STORY[0]}", STORY[0]),
    (f"From Lena Hart and Omar Vidic, CNN {STORY[0]}", STORY[0]),
    # "From" and a name with no outlet or role is the sentence's own
    ("From Jo Lee to Ann Poe, the letters were read aloud in court.", "From Jo Lee to Ann Poe, the letters were read aloud in court."),
    ("From New York, CNN's Jo Lee reported on the floods.", "From New York, CNN's Jo Lee reported on the floods."),
])
def test_a_byline_with_from_before_the_story_is_cut(line: str, story: str) -> None:
    assert clean_article("\n".join([line, *STORY[1:]])).text.split("\n")[0] == story


def test_a_photo_credit_via_a_sharing_site_glued_before_the_story_is_cut() -> None:
    text = f"March 29, 2011: 8:43 AM ET Image by jolee_photos via Flickr {NOUN_STORY[0]}"
    assert clean_article("\n".join([text, *NOUN_STORY[1:]])).text.split("\n") == list(NOUN_STORY)
    told = "Image by Jo Lee via Twitter shows the dam breaking on Tuesday, officials said."  # the sentence's own words
    assert clean_article(told).text == told


def test_a_promos_title_and_a_highlight_run_together_are_no_headline() -> None:
    """Above the story's dateline, after the byline: 'Jo Lee: Velano is calm NEW: ...' is two pieces, not a headline."""
    top = ("From Lena Hart, CNN Jo Lee: Velano is calm NEW: The agency reports 40 families were moved Officials say they "
           "hope to reach the villages Rescuers will inspect the dam before the rains If you are in Velano, tell us your story.")
    cleaned = clean_article("\n".join([top, f"VELANO, Ostravia (CNN) -- {STORY[0]}", *STORY[1:]]))
    assert (cleaned.text.split("\n"), cleaned.headline) == (list(STORY), None)
    one = clean_article("\n".join(["By Lena Hart, CNN Velano crisis: rescuers reach the villages By the CNN Wire Staff "
                                    "Villagers carry sandbags.", f"VELANO (CNN) -- {STORY[0]}"]))
    assert one.headline == "Velano crisis: rescuers reach the villages"


@pytest.mark.parametrize(("credit", "story"), [
    ("Photograph: Ivo Lenz", "Of all the growers along the Velan, none has lost more than Jo Lee, the rice farmer."),
    ("Photograph: Ann Poe for the Kestrel Times", "As the governor of Velano toils to save the harvest, one figure is absent."),
    ("Illustration: Ivo Lenz", "The agency's report into the flood contains a detailed timeline of events."),
    ("Photograph Ivo Lenz\\/AP", "Jo Lee, the governor of Velano, will scrap the dam project when she speaks this week."),
    ("(Ivo Lenz - Getty Images)", "The damage the flood did to the farms of the valley is unprecedented."),
    ("(Velan Photos Via Getty Images)", "VELANO, Ostravia -- When the dam gave way, the villages below it had an hour."),
    ("(Bloomberg News)", "Investigators carried boxes of papers out of the dam company's offices on Tuesday."),
    ("(Ivo O'lenz - The Velan Times)", "The head of the farmers' union is calling on the governor to reopen the dam."),
    ("(Ann du Poe - For The Velan Times)", "Engineers began draining the reservoir above the Kestrel dam on Tuesday."),
])
def test_a_credit_of_names_opening_the_storys_line_comes_off_with_the_caption_above(credit: str, story: str) -> None:
    """A credit with no agency after a slash ("Photograph: Ivo Lenz <story>", "(Ivo Lenz - Getty
    Images) <story>") ends where the story's opening word or "for the <outlet>" shows; the story
    stays (the whole line used to go as furniture), the caption above it goes."""
    caption = "A farmer wades through his rice field near Velano."
    top = clean_article("\n".join([f"Floods reach Velano Farmers count the cost {caption}", f"{credit} {story}", *STORY[1:]]))
    assert top.text.split("\n") == [story.split(" -- ")[-1], *STORY[1:]]
    assert top.place == ("VELANO, Ostravia" if " -- " in story else None)
    below = clean_article("\n".join([STORY[0], caption, f"{credit} {story}", *STORY[1:]]))
    assert below.text.split("\n")[:2] == [STORY[0], story.split(" -- ")[-1]]


@pytest.mark.parametrize("line", [
    "Photograph: Ann Poe for the Kestrel Times Jo Lee, the governor of Velano, has said the flood was a warning.",
    "Photograph: Ann Poe Velano Police said on Tuesday the two men had been released.",
    "Photograph: Ivo Lenz Red Cross Officials in Velano said the camps were full.",
    "Photograph: Ivo Lenz For The Kestrel Times The damage to the farms was unprecedented this year.",
])
def test_a_credit_of_names_before_a_name_is_never_cut_inside_the_name(line: str) -> None:
    """Where a name opens the story ("... Kestrel Times Jo Lee, the governor", "... Ann Poe Velano Police said")
    the credit's end is not known: nothing is cut, the line stays out as a credit's line did, and the story
    above it is no caption."""
    assert clean_article("\n".join([*STORY[:2], line, STORY[2]])).text.split("\n") == list(STORY)


@pytest.mark.parametrize("line", [
    "Image copyright AFP/Getty Images Image caption Rescuers carried a woman from the flooded village",
    "Photo ID checks at the Velano/Kestrel border will begin in March, the interior ministry said.",
    "The Velano Photo Festival runs 12/13 March and draws 40,000 visitors each year.",
])
def test_a_credit_needs_its_colon_and_the_story_above_it_stays(line: str) -> None:
    """A BBC page's "Image copyright" comes before its caption, not after it; "Photo" in a sentence with a
    slash is no credit: the story line above stays whole."""
    text = clean_article("\n".join([*STORY[:2], line, STORY[2]])).text.split("\n")
    assert text[:2] == list(STORY[:2]) and text[-1] == STORY[2]


def test_a_storys_paragraphs_between_two_pictures_stay() -> None:
    """Each paragraph opens with the credit of the picture above it and the next credit is two lines below:
    a paragraph that reports (", the ministry said") or tells no picture on its day is story, not a gallery's caption."""
    said = "Farmers in the valley lost most of their rice harvest when the river burst its banks, the ministry said."
    grow = "Farmers in the valley grow rice on land that floods every decade."
    text = "\n".join([STORY[0], "Jo Lee wades through her rice field near Velano.", f"(Ivo Lenz/AP) {said}",
                      "Ann Poe speaks with farmers on Tuesday.", f"(Ivo Lenz - AP) {grow}", *STORY[1:]])
    assert clean_article(text).text.split("\n") == [STORY[0], said, grow, *STORY[1:]]


def test_an_agencys_second_credit_in_brackets_comes_off_with_the_first() -> None:
    """"(AP Photo) (AP) <caption>": both brackets are the credit; the caption after them, a gallery's (the next
    picture's credit below it), goes."""
    said = "Traders said the market would open late."
    text = "\n".join([STORY[2], STORY[0], "(AP Photo) (AP) A display shows the share index at the exchange in Kestrel.",
                      said, f"(Jo Lee - AP) {STORY[1]}", STORY[2]])
    assert clean_article(text).text.split("\n") == [STORY[2], STORY[0], said, *STORY[1:]]


def test_a_sentence_about_a_picture_agency_is_news_not_a_credit() -> None:
    said = "Getty Images, the photographer's employer, said it was deeply saddened by his death."
    died = "Getty Images staff photographer Jo Lee died on Wednesday of his wounds, the agency said."
    assert clean_article("\n".join([STORY[0], said, died])).text.split("\n") == [STORY[0], said, died]
    assert clean_article(f"{STORY[0]}\nFloods in Velano. Getty Images").text == STORY[0]  # a caption with its credit


def test_a_gallerys_captions_each_after_a_credit_come_off_and_the_story_after_the_last_stays() -> None:
    """Each caption opens with the credit of the picture before it, the next picture's credit a line or two
    below; a caption that does not tell a picture in the present ("Jo Lee, left, speaks ..." does, "... has
    lost 80 percent of its value" does not) still goes; the story's line keeps its dateline."""
    gallery = [
        "Velan Floods Leave Farms Ruined The river burst its banks on Monday.",
        "Thousands of hectares of rice were lost.",
        "(By Ivo Lenz -- Associated Press) The Velan Grain Bank has lost more than 80 percent of its value this year.",
        "Its shares were suspended on Tuesday.",
        "(By Ann Poe -- Associated Press) Governor Jo Lee, left, speaks with farmers near Velano on Tuesday.",
        f"(By Ann Poe -- Associated Press) VELANO, March 25 -- {STORY[0]}",
        *STORY[1:],
    ]
    cleaned = clean_article("\n".join(gallery))
    assert (cleaned.text.split("\n"), cleaned.place) == (list(STORY), "VELANO")
    # a story's line that opens with a credit and has no credit below it stays, even in the present
    lead = "(By Ivo Lenz -- Bloomberg News) The farmers of the valley still recall those good years."
    assert lead.split(") ")[1] in clean_article("\n".join([*STORY, lead, *STORY])).text.split("\n")


def test_a_pool_photos_credit_opens_a_caption_between_two_pictures() -> None:
    """A page of two pictures: a caption, "(Pool Photo By Jo Lee)" and the second caption, then the second
    picture's credit opening the story's line with its dateline."""
    text = "\n".join([
        "Before the vote in the Velan parliament, Jo Lee and Ann Poe argued over the dam and the harvest.",
        "(Pool Photo By Ivo Lenz) Jo Lee and Ann Poe greet each other before the vote, at the parliament in Velano.",
        f"(By Ivo Lenz -- The Kestrel Times) VELANO, March 25 -- {STORY[0]}", *STORY[1:],
    ])
    cleaned = clean_article(text)
    assert (cleaned.text.split("\n"), cleaned.place) == (list(STORY), "VELANO")


@pytest.mark.parametrize("line", [
    "The writer is a senior fellow at the Velan Institute and a former adviser to the harbour board.",
    "The writers are professors of economics at the University of Velano.",
    'The writer was chairman of the port authority and the author of "Tides: A Life on the River."',
    "Analyst Jo Lee will be online Thursday, Oct. 16 at noon ET to take your questions about the markets.",
])
def test_an_op_ed_writers_note_and_a_web_chats_promo_are_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "The writer is best known for her novels about the river. She lives in Velano.",
    "The new flood warning system will be online by March, the council said.",
    "The writer said the port had been closed for a week.",
])
def test_a_story_about_a_writer_or_a_system_going_online_is_not_furniture(line: str) -> None:
    assert not is_furniture_line(line)


def test_a_live_chats_reader_questions_are_left_out_and_its_answers_kept() -> None:
    chat = [
        "Jo Lee, our markets writer, took readers' questions on the port's closure.",
        "Velano, Ost.: Why did the port close in October?",
        "Was it the weather?",
        "Jo Lee: The harbour board closed it after the second spill, its chairman said.",
        "Kestrel City, Ost.: Will prices rise?",
        "Jo Lee: Traders expect fuel prices to rise by a tenth before the port reopens.",
    ]
    assert clean_article("\n".join(chat)).text.split("\n") == [chat[0], "", "", chat[3], "", chat[5]]


def test_a_live_chats_question_glued_to_the_answer_before_it_is_left_out_too() -> None:
    """A page that lost a line break runs a question's label on after an answer's last sentence: the question, and the
    lines it runs on to, are left out all the same; the answer stays."""
    chat = [
        "Velano, Ost.: Why did the port close in October?",
        "Jo Lee: Good question. The harbour board closed it after the second spill. Kestrel City, Ost.: Did the board plan "
        "for a spill?",
        "The port has had trouble for years now.",
        "Port St. Ives, Ost.: Will prices rise?",
        "Jo Lee: Traders expect fuel prices to rise by a tenth before the port reopens.",
    ]
    assert clean_article("\n".join(chat)).text.split("\n") == [
        "Jo Lee: Good question. The harbour board closed it after the second spill.", "", "", "", chat[4]]


def test_a_hosts_answer_that_lists_places_keeps_them() -> None:
    """Places labelled inside an answer, as questions are, that ask nothing are the host's list (the review's case)."""
    chat = [
        "Velano, Ost.: Why did the port close in October?",
        "Jo Lee: Some ports are already recovering. Tarn, Ost.: traffic up 20 percent since June. Lenn, Ost.: up 15 percent.",
        "Kestrel City, Ost.: Will prices rise?",
        "Jo Lee: Traders expect fuel prices to rise by a tenth before the port reopens.",
    ]
    assert chat[1] in clean_article("\n".join(chat)).text.split("\n")


def test_a_live_blogs_entries_labelled_with_their_places_are_no_chat() -> None:
    blog = [
        "Kabul, Afghanistan: Blasts were heard near the airport on Monday morning, witnesses said.",
        "Kandahar, Afghanistan: Police said the road to the border had been closed for the day.",
        "Jo Lee: The ministry has not yet said who carried out the attacks.",
    ]
    assert clean_article("\n".join(blog)).text.split("\n") == blog


def test_a_roundup_of_reactions_labelled_with_places_is_no_chat() -> None:
    roundup = [
        "Washington, D.C.: The president said the talks had been a good first step for the region.",
        "London, England: The foreign secretary said more pressure was needed on the government.",
        "Jo Lee, UN envoy: We will return to Velano next week to resume the talks.",
        "Jo Lee, UN envoy: The ceasefire is holding in most of the country.",
    ]
    assert clean_article("\n".join(roundup)).text.split("\n") == roundup


def test_one_line_labelled_with_a_place_is_no_chat() -> None:
    story = ["Rescuers reached the villages on Monday.", "Velano, Ost.: the river rose again overnight.",
             "Jo Lee: a resident, said the water was still rising."]
    assert clean_article("\n".join(story)).text.split("\n") == story


@pytest.mark.parametrize(("line", "story"), [
    ("Why it matters: The vote could bring down the government before the rains.", "The vote could bring down"),
    ("Between the lines: On Friday, officials put the toll at 12.", "On Friday, officials"),
    ("Yes, but: Engineers say the spillway can hold for a week.", "Engineers say"),
    ("What’s next: Divers will try to reach the hull on Sunday.", "Divers will try"),
    ("- Zoom in: 40 families were moved to the school overnight.", "40 families were moved"),
    # a live page's news flash
    ("BREAKING: Two people have died after their car was swept off a flooded road near Marn, police said.", "Two people"),
    ("JUST IN: The river authority has ordered 2,000 more people to leave Lisk.", "The river authority"),
    ("Update: Police say the road to Marn has reopened.", "Police say"),
    # ... with its time (a local station's page: the chemical-plant reader's "UPDATE 3:45 p.m.: The evacuation zone ...")
    ("UPDATE 3:45 p.m.: The evacuation zone has been expanded to two miles around the plant.", "The evacuation zone"),
    ("Updated 09:10 GMT: Police say the road to Marn has reopened.", "Police say"),  # (a page stamp's colon goes with it)
    # a live page's or an explainer's recap
    ("Recap: The truce was agreed on Thursday night in Lusk and took effect at midnight.", "The truce was agreed"),
    ("Background: The fighting has killed at least 900 people since 2024.", "The fighting has killed"),
    ("The latest: Rescuers reached the last cut-off village on Tuesday.", "Rescuers reached"),
])
def test_a_section_label_comes_off_its_sentence_and_a_sentence_on_the_same_words_stays(line: str, story: str) -> None:
    start, end, _, _ = clean_line(line)
    assert line[start:end].startswith(story) and line[start:end] == line[line.index(story):]
    # a label alone on its line, or a link to another story under one, goes; the labelled sentence stays
    page = [STORY[0], "By the numbers:", line, "Go deeper: Velan's dam builder in court", *STORY[1:]]
    assert [x for x in clean_article("\n".join(page)).text.split("\n") if x] == [STORY[0], line[start:end], *STORY[1:]]
    for kept in ("What's next for the dam is unclear, officials said.", "By the numbers, the plan would cost 40 million krona.",
                 "Updates from the scene are expected later, the agency said.", "Breaking the levee would flood Marn, engineers said.",
                 "The 3:45 p.m. train to Marn was cancelled, the operator said."):
        assert clean_line(kept)[:2] == (0, len(kept)) and clean_article("\n".join([*STORY, kept])).text.split("\n") == [*STORY, kept]


def test_a_live_pages_call_to_follow_it_comes_off_the_story_glued_after_it() -> None:
    line = "Follow live updates here Rescuers reached the last cut-off village on Tuesday, the governor said."
    start, end, _, _ = clean_line(line)
    assert line[start:end] == "Rescuers reached the last cut-off village on Tuesday, the governor said."
    assert clean_article("\n".join([line, *STORY])).text.split("\n")[0] == line[start:end]


# -- a colon dateline: a place in capitals and a colon ("VELANO: "), as Gulf outlets write it ---------------

_LEAD = "Ostravia's relief agency said on Sunday it would send water pumps to Velano after the floods."
_NEXT = "The river rose two metres overnight, the port authority said."


@pytest.mark.parametrize("place", ["VELANO", "PORT ESK", "AL-KESTREL"])
def test_a_colon_dateline_opening_the_lead_is_trimmed_and_kept_as_the_place(place: str) -> None:
    cleaned = clean_article(f"{place}: {_LEAD}\n{_NEXT}")
    assert (cleaned.text, cleaned.place) == (f"{_LEAD}\n{_NEXT}", place)
    # an agency's name alone under the headline is its credit, and the lead below it is still the first line
    cleaned = clean_article(f"AFP\n{place}: {_LEAD}\n{_NEXT}")
    assert (cleaned.text, cleaned.place) == (f"{_LEAD}\n{_NEXT}", place)


@pytest.mark.parametrize("text", [
    f"UPDATE: {_LEAD}\n{_NEXT}",  # a page's labels in capitals are no place
    f"EDITOR'S NOTE: {_LEAD}\n{_NEXT}",
    f"ATTENTION EDITORS: {_LEAD}\n{_NEXT}",
    f"{_NEXT}\nVELANO: {_LEAD}",  # not the lead: a line inside the story
    f"Read + | Watch + | VELANO: {_LEAD}\n{_NEXT}",  # not where its line opens
    f"VELANO: {_LEAD}\nKESTREL: We will send the pumps tomorrow.\n{_NEXT}",  # a transcript: speakers' labels
    f"JUST IN: {_LEAD}\n{_NEXT}",
    f"FACT CHECK: {_LEAD}\n{_NEXT}",
    # a source's name before a sentence that names no source: cut off, it would be no one's claim
    f"UNICEF: More than 400 children have died in the floods in northern Ostravia.\n{_NEXT}",
])
def test_a_capitalised_word_and_a_colon_elsewhere_is_no_dateline(text: str) -> None:
    assert clean_article(text).place is None
    assert clean_article(f"VELANO: {_LEAD}\n{_NEXT}").place == "VELANO"  # while the lead's dateline is one


def test_a_sources_name_before_a_sentence_that_names_no_source_stays_on_it() -> None:
    claim = "UNICEF: More than 400 children have died in the floods in northern Ostravia."
    assert clean_article(f"{claim}\n{_NEXT}").text.split("\n")[0] == claim


def test_a_picture_s_caption_under_its_place_is_no_dateline() -> None:
    cleaned = clean_article(f"KESTREL: Protesters wave flags outside the parliament in Velano on Friday.\n{_LEAD}\n{_NEXT}")
    assert (cleaned.text, cleaned.place) == (f"{_LEAD}\n{_NEXT}", None)


@pytest.mark.parametrize(("line", "place"), [
    # a French agency's place with its country in brackets before the agency's ("Port Alda (Ostravia) (AO) - ")
    ("Port Alda (Ostravia) (AO) - Floodwaters reached the old town overnight.", "Port Alda (Ostravia)"),
    # a wire's date alone before the agency, as its factbox or roundup opens
    ("Nov 15 (Meridian Press) - Floodwaters reached the old town overnight.", None),
])
def test_a_place_with_its_country_or_a_date_alone_before_an_outlet_is_a_dateline(line: str, place: str | None) -> None:
    cleaned = clean_article(f"{line}\n{STORY[1]}")
    assert (cleaned.text.split("\n"), cleaned.place) == (["Floodwaters reached the old town overnight.", STORY[1]], place)


@pytest.mark.parametrize("line", [
    "Nov 15 - The storm reached the coast of Ostravia.",  # a chronology's day: no outlet, its news
    "Nov 15 (local time) - Ships were told to stay in port.",  # brackets in lower case: no outlet
    "Ann Marsh (left) - pictured with her son - said the water rose.",
    "Jo Lee (Reuters) said the storm reached the coast.",  # no dash after the outlet
])
def test_a_day_or_a_name_before_brackets_in_a_sentence_is_no_dateline(line: str) -> None:
    assert clean_line(line)[:3] == (0, len(line), None)


@pytest.mark.parametrize("caption", [
    "Residents board up a shop in Port Alda, Ostravia, November 11, 2026. Kestrel Press/Jo Lee",
    "A woman carries a mattress through floodwater in Vesko, 12 November 2026. Kestrel Press / Ann Marsh",
])
def test_a_wire_photos_caption_with_its_day_and_credit_on_its_line_goes(caption: str) -> None:
    assert clean_article("\n".join([STORY[0], caption, STORY[1]])).text.split("\n") == [STORY[0], STORY[1]]


@pytest.mark.parametrize("line", [
    "The ruling came in Vesko on May 3, 2025.",  # a date in full, no credit after it
    "There were no deaths. Residents board up a shop in Port Alda, Ostravia, November 11, 2026. Kestrel Press/Jo Lee",
    "The dam at Vesko failed on November 11, 2026. Engineers and/or inspectors had warned of cracks.",
])
def test_a_story_line_with_a_full_date_or_a_slash_stays(line: str) -> None:
    assert line in clean_article("\n".join([STORY[0], line])).text


def test_a_wire_services_note_to_its_editors_is_no_story() -> None:
    text = ("ATTENTION EDITORS: The following photos are part of tonight's Velan Times Photo Package, moving 10/20/99. Photo"
            " clients will receive these photos automatically.\n"
            "EDITORS: This story moved earlier as part of the Sunday package.\n"
            "Engineers said on Wednesday that the Kestrel dam would hold through the winter.\n"
            "The editors of the Velan Times said the paper would cover the repairs every week.")
    kept = clean_article(text).text
    assert "ATTENTION EDITORS" not in kept and "EDITORS:" not in kept
    assert "Engineers said on Wednesday" in kept and "The editors of the Velan Times said" in kept
    assert clean_article("EDs: Moving in (w) Washington category.\n" + "\n".join(STORY)).text.split("\n") == list(STORY)
    assert clean_article("Eds. note: This story contains graphic language.\n" + "\n".join(STORY)).text.split("\n") == list(STORY)


BUDGET = (
    "Photo and graphics information and editors' names can be found at the end of this budget.", "", "INTERNATIONAL", "",
    "DAM-VELANO _ KESTREL, Ostravia _ As engineers wait for the river to fall, the governor flies to Velano to meet the mayor."
    " (Lee/Roe, Kestrel News Service). 30.", "",
    "FLOOD-FARMS (Undated) _ A panel of scientists says opening the dam's gates is the best way to help the farms. But that"
    " conclusion drew fire in the re", "", "By Ada Vell. (Story will move in the ``a'' category.)", "",
    "Spot news budgets move daily at 2 p.m. and 6 p.m. Eastern.",
)


def test_a_wire_services_budget_is_no_story() -> None:
    """A budget lists the stories to come under their slugs, in a listing's present tense or cut off mid-word."""
    assert clean_article("\n".join(BUDGET)).text == ""


@pytest.mark.parametrize("lines", [
    # a story's related stories under their slugs, a write-through under a hyphenated town's dateline, a live page's labels
    [*STORY, "Related stories:", "DAM-VOTE _ The council votes on the repairs on Friday.", "DAM-FARMS _ Farmers count the cost."],
    ["AL-TARSK _ A car bomb killed 12 people at a market on Tuesday, police said.", STORY[1],
     "AL-TARSK _ A car bomb killed 14 people at a market on Tuesday, police said, raising the toll."],
    ["COVID-19 — The health ministry reported 312 new cases in Velano on Monday.", "G-20 — The summit ended without a deal."],
    # ... nor with a story's own words that a budget's notes use too
    ["AL-TARSK _ A car bomb killed 12 people, police said.", "Troops will move in the coming weeks, the army said.",
     "AL-TARSK _ A car bomb killed 14 people, police said.", "Council members said this budget protects police jobs."],
])
def test_slugs_without_a_budgets_word_on_itself_are_no_budget(lines: list[str]) -> None:
    assert clean_article("\n".join(lines)).text != ""


@pytest.mark.parametrize("line", [
    "WILKES-BARRE _ The first rescue teams reached the flooded villages on Tuesday.",  # one hyphenated town's dateline
    "The river rose _ and rose _ until the dam at VELAN-KESTREL broke.",
])
def test_one_slug_like_line_is_no_budget(line: str) -> None:
    assert clean_article("\n".join([line, *STORY[1:]])).text.split("\n")[1:] == list(STORY[1:])


BLOG_READERS = ("Post by: The Kestrel Wire and Ada Vell The big banks are behind all of this and nobody will say so",
                "WAKE UP -- the farmers of Velano did!", "This is only the beginning, mark my words.")


def test_a_blog_posts_closing_signature_starts_its_readers_comments() -> None:
    """A blog post signs off with its writers ("Post by: ..."), the first reader's words run on from the signature
    and no comment carries a stamp: nothing from the signature on is the post's."""
    lines = [*STORY, *BLOG_READERS]
    assert thread_start(lines) == len(STORY)
    assert clean_article("\n".join(lines)).text.split("\n") == list(STORY)
    assert clean_article("\n".join(lines)).thread == len(STORY)  # (where ingest cuts the story, found once)


def test_a_blog_page_of_several_posts_keeps_every_post_above_the_last_signature() -> None:
    second = ("Officials in Kestrel said the road to the dam will reopen on Thursday.",
              "Posted by: Lena Hart", "The governor visited the shelters on Wednesday evening.")
    lines = [*STORY, *second, *BLOG_READERS]
    assert thread_start(lines) == len(STORY) + len(second)


def test_a_blog_posts_closing_byline_and_stamp_starts_the_comments_that_run_on_from_it() -> None:
    """A blog post closes on its writer and stamp, a bar between ("By Ada Vell | March 9, 2011; 10:05 AM ET"); the first
    reader's words run on from it, and the first stamped comment comes lines later."""
    readers = ["By Ada Vell | March 9, 2011; 10:05 AM ET The governor is wrong about the dam and everyone knows it.",
               "They never listen to the farmers.", "Posted by: jo_lee | March 9, 2011 11:02 AM | Report abuse I agree."]
    lines = [*STORY, *readers]
    assert thread_start(lines) == len(STORY)
    assert clean_article("\n".join(lines)).text.split("\n") == list(STORY)
    assert thread_start(["By Ada Vell | March 9, 2011; 10:05 AM ET", *STORY]) is None  # (the post's byline at its top)
    # a byline alone on its line, under a page's menu and headline or atop a live page's entries, opens a post
    page = ["Home | World", "Velan floods", "Thousands flee as the Kestrel bursts its banks", "By Ada Vell | March 9, 2011", *STORY]
    assert thread_start(page) is None


@pytest.mark.parametrize("lines", [
    ["Kestrel Faith Blog", "", "March 9, 2011", "", "Post by: Kestrel's Ada Vell", *STORY],  # (its top: blank lines count none)
    [STORY[0], "Posted by: Ada Vell", STORY[1], "Posted by: Lena Hart", STORY[2]],  # a live page's entries
    [*STORY, "The police wrote on Facebook:", "Posted by: Velan Regional Police", "Stay away from the river bank tonight."],
    ["Posted by: Lena Hart", *STORY],  # the post's byline at its top
    [*STORY, "Posted by: jo_lee | March 9, 2011 10:05 AM"],  # one comment's stamp, no link: no thread (as before)
    [*STORY[:2], "Post by the river, a shelter was opened for the families.", STORY[2]],  # no signature's colon
])
def test_a_posts_byline_or_a_sentence_is_no_closing_signature(lines: list[str]) -> None:
    assert thread_start(lines) is None
