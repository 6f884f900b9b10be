"""Headlines and captions glued to the start of a line come off by evidence: the article's title,
a common sentence opening, how the article itself writes the word, a photo credit."""

from __future__ import annotations

import pytest
from builders import NOUN_STORY, STORY, TITLE_HEADS, article, glued_copy, highlights_copy, pull_quote_copy, title_head_copy
from growth import assert_linear
from hypothesis import given
from hypothesis import strategies as st

from briefbot.ingest.files import cleaned
from briefbot.text.clean import clean_article
from briefbot.text.glue import SENTENCE_END, Casing, glued_start, restated_start


def test_a_headline_glued_to_a_lead_that_opens_on_a_common_noun_comes_off() -> None:
    # "Floodwater" follows the lower-case "villages" and the article writes "floodwater" elsewhere
    assert clean_article(glued_copy()).text.split("\n") == list(NOUN_STORY)


def test_a_caption_glued_to_the_lead_comes_off_and_the_headline_in_front_of_it_is_kept() -> None:
    # "Rains" after "villages" and "Floodwater" after "overnight": the article writes "rains" and "floodwater"
    cleaned = clean_article(glued_copy(caption="Rains swelled the river overnight"))
    assert cleaned.text.split("\n") == list(NOUN_STORY)
    assert cleaned.headline == "Velan floods cut off villages"


def test_one_glued_piece_is_not_taken_for_the_headline() -> None:
    # a headline alone, or a caption alone, cannot be told apart: no title is made up from it
    assert clean_article(glued_copy(headline="Families wait for boats near the river bank")).headline is None


def test_a_name_after_a_lower_case_word_is_not_cut() -> None:
    line = "The governor of the northern province told reporters Velano had lost power and water overnight."
    assert clean_article("\n".join([line, *NOUN_STORY[1:]])).text.split("\n")[0] == line


def test_a_function_word_starts_a_sentence_after_a_lower_case_word_even_when_the_article_never_writes_it() -> None:
    story = ("Another nine villages were flooded overnight, the regional governor said.", *NOUN_STORY[1:])
    assert clean_article(glued_copy(story, headline="Floods close Velano school")).text.split("\n") == list(story)


def test_a_word_the_article_also_writes_as_a_name_is_not_cut() -> None:
    # "brown" is a common word in this article, but it also writes "minister Brown": a name
    text = "\n".join([
        "The cabinet met for six hours and officials told reporters Brown would stay on as minister until the vote.",
        "The river ran brown with mud for a third day.",
        "Critics of finance minister Brown said the budget had failed the flooded north.",
    ])
    assert clean_article(text).text.split("\n")[0].startswith("The cabinet met")


def test_a_common_opening_before_a_name_is_cut_only_when_the_article_writes_the_pair_in_lower_case() -> None:
    lead = "The World Health Organization has declared a global flu pandemic after an emergency meeting."
    line = f'Dr Chan said the pandemic would be of "moderate severity" {lead}'
    later = "Officials at the World Health Organization said the virus had reached 74 countries."
    assert clean_article(f"{line}\n{later}").text.split("\n")[0] == lead
    later = "Officials in Geneva said the virus had reached 74 countries."
    assert clean_article(f"{line}\n{later}").text.split("\n")[0] == lead  # a caption that is a clause (text/seams)
    line = f'Pandemic of "moderate severity" {lead}'  # a headline: no clause of its own, no casing evidence
    assert clean_article(f"{line}\n{later}").text.split("\n")[0] == line


def test_a_quotation_and_its_attribution_are_not_cut_apart() -> None:
    line = 'Dam holds "The river has peaked and the wall is sound," Engineers from the ministry said after the inspection.'
    text = f"{line}\nThe engineers will return on Friday."
    assert clean_article(text).text.split("\n")[0] == line


def test_the_articles_known_title_comes_off_its_first_line() -> None:
    story = ("Kestrel was cut off by the rising water on Tuesday, the regional governor said.", *NOUN_STORY[1:])
    text = glued_copy(story, headline="Velan floods reach the capital")
    assert clean_article(text, "Velan floods reach the capital").text.split("\n") == list(story)
    assert clean_article(text).text.split("\n")[0] == text.split("\n")[0]  # a name after "capital": kept
    read = cleaned(article(text, title="Velan floods reach the capital"))
    assert (read.text.split("\n"), read.title) == (list(story), "Velan floods reach the capital")


@pytest.mark.parametrize("credit", [
    "Photograph: Ivo Lenz/Reuters", "Photograph: Ivo Lenz\\/AFP\\/Getty Images", "Photograph: Reuters",
    "(AP Photo/Ivo Lenz) (Ivo Lenz - AP)", "(Reuters Photo/Ivo Lenz)", "Photograph: Ivo Lenz/Rex Features",
    "(Ivo Lenz/Reuters)", "(Ivo A. Lenz\\/The Velan Times)",
])
def test_a_caption_with_its_credit_in_front_of_the_story_comes_off(credit: str) -> None:
    caption = "A man wades through a flooded street in Velano on Tuesday"
    text = glued_copy(STORY, headline="", caption=caption, credit=credit)
    assert clean_article(text).text.split("\n") == list(STORY)
    # after the first line too: a paragraph that starts with a caption
    text = "\n".join([STORY[0], f"{caption} {credit} {STORY[1]}", STORY[2]])
    assert clean_article(text).text.split("\n") == list(STORY)


def test_a_captions_credit_opening_the_next_line_takes_the_caption_off_the_line_before() -> None:
    first = ("Floods cut off villages north of the Velan Rescue teams reach families stranded by the rising river "
             "Tuesday 29 March 2011 09.28 BST A man wades through a flooded street in Velano.")
    text = "\n".join([first, f"Photograph: Ivo Lenz/Reuters {STORY[0]}", *STORY[1:]])
    assert clean_article(text).text.split("\n") == list(STORY)
    live = "10.42 am: Welcome to our live coverage of the floods north of the Velan."  # a live blog's entry (its stamp off)
    assert clean_article("\n".join([first, f"Photograph: Ivo Lenz/AP {live}", *STORY[1:]])).text.split("\n") == [
        live.removeprefix("10.42 am: "), *STORY[1:]]
    text = "\n".join([f"{STORY[0]} Boats wait by the river bank.", f"Photograph: Ivo Lenz/AFP/Getty Images {STORY[1]}", STORY[2]])
    assert clean_article(text).text.split("\n") == list(STORY)


def test_a_caption_of_two_lines_after_the_page_stamp_comes_off_whole() -> None:
    """The caption's first sentence after the stamp, its second on the next line, then its credit."""
    top = ("Floods cut off villages north of the Velan Rescue teams reach families stranded by the rising river "
           "Tuesday 29 March 2011 09.28 BST Rescue boats leave Velano in the rain.")
    text = "\n".join([top, "The river rose two metres overnight.", f"Photograph: Ivo Lenz/Reuters {STORY[0]}", *STORY[1:]])
    cleaned = clean_article(text)
    assert (cleaned.text.split("\n"), cleaned.time) == (list(STORY), "Tuesday 29 March 2011 09.28 BST")
    # the same after a headline and standfirst glued to the caption with no stamp, or under a stamp opening the page
    glued = top.replace("Tuesday 29 March 2011 09.28 BST Rescue boats leave", "The boats leave")
    assert glued != top and "BST" not in glued
    assert clean_article("\n".join([glued, *text.split("\n")[1:]])).text.split("\n") == list(STORY)
    stamped = clean_article("\n".join(["Tuesday 29 March 2011 09.28 BST Rescue boats leave Velano in the rain.",
                                       *text.split("\n")[1:]]))
    assert (stamped.text.split("\n"), stamped.time) == (list(STORY), "Tuesday 29 March 2011 09.28 BST")
    # between the page's stamp and the credit, a caption's sentence of speech goes too ("... officials say.")
    said = "\n".join([top, "The river rose two metres overnight, officials say.", f"Photograph: Ivo Lenz/Reuters {STORY[0]}"])
    assert clean_article(said).text.split("\n") == [STORY[0]]
    # the story itself after the stamp stays where the credit comes later, or the line is a story's length
    told = top.replace("Rescue boats leave Velano in the rain.", "Officials said 40 families left Velano overnight.")
    assert clean_article("\n".join([told, STORY[1], STORY[2], f"Photograph: Ivo Lenz/Reuters {STORY[0]}"])
                         ).text.split("\n") == ["Officials said 40 families left Velano overnight.", *STORY[1:], STORY[0]]
    long = top.replace("Rescue boats leave Velano in the rain.", f"{STORY[0]} {STORY[1]}")
    assert clean_article("\n".join([long, "The river rose two metres overnight.", f"Photograph: Ivo Lenz/Reuters {STORY[2]}"])
                         ).text.split("\n") == [f"{STORY[0]} {STORY[1]}", STORY[2]]


def test_a_caption_that_continues_the_line_before_it_takes_that_lines_end_too() -> None:
    """A page cut the caption's sentence over two lines: the second opens in lower case."""
    text = "\n".join(["Velan Dam Holds for Now Gov. Ada Vell (D-Velano)", "speaks to reporters in Kestrel on Tuesday.",
                      f"(Ivo Lenz/Reuters) By Jo Lee and Ann Poe KESTREL -- {STORY[0]}", *STORY[1:]])
    cleaned = clean_article(text)
    assert (cleaned.text.split("\n"), cleaned.place) == (list(STORY), "KESTREL")
    # a caption line in sentence case says nothing of the line before it
    told = "\n".join([STORY[0], "Rescuers speak to reporters in Kestrel.", f"(Ivo Lenz/Reuters) {STORY[1]}", STORY[2]])
    assert clean_article(told).text.split("\n") == list(STORY)


def test_a_staff_byline_after_the_headline_comes_off_and_the_headline_is_kept() -> None:
    cleaned = clean_article(glued_copy(STORY, headline="Rescuers reach flooded villages By the CNN Wire Staff"))
    assert (cleaned.text.split("\n"), cleaned.headline) == (list(STORY), "Rescuers reach flooded villages")


def test_story_highlights_before_an_agency_dateline_come_off_with_it() -> None:
    cleaned = clean_article(highlights_copy())
    assert (cleaned.text.split("\n"), cleaned.place, cleaned.headline) == (list(STORY), "VELANO, Ostravia", None)
    told = f"Officials said the dam held overnight. Engineers were sent north VELANO, Ostravia (CNN) -- {STORY[0]}"
    assert clean_article(told).text.startswith("Officials said")  # a story sentence before it is the article's


_WORDS = st.sampled_from([
    "floods", "Floods", "the", "The", "World", "oil", "Oil", "senators", "said", "told", "Brown", "brown", "Mr",
    "villages", "Photograph:", "Ivo", "Lenz/Reuters", '"', "sound,\"", "95", "It", "was", "cut", "off", ".", "a.",
])


@given(st.lists(_WORDS, min_size=1, max_size=40).map(" ".join), st.lists(_WORDS, max_size=12).map(" ".join))
def test_a_glued_cut_lies_at_a_word_after_a_prefix_with_no_sentence_end(head: str, other: str) -> None:
    cut, piece = glued_start(head, Casing(f"{head}\n{other}"))
    if cut:
        assert head[cut - 1].isspace() and not head[cut].isspace()
        assert len(head[:cut].split()) >= 3 and not SENTENCE_END.search(head[:cut])
        assert len(head[cut:].split()) >= 6
        assert 0 <= piece < cut



# a first line whose capitalised word after a lower-case one belongs to the sentence: a name, a
# month or weekday, a title's holder, an institution; each article also writes the word in lower case
NOT_GLUED = [
    ("The senator told reporters The Times had misquoted her in Sunday's story about the budget talks.",
     "She said the Times story was unfair to the committee and the Times had not called her."),
    ("Food prices have risen sharply since May and are expected to climb further this year, the ministry said.",
     "Prices may fall later, economists said, but may not."),
    ("Britain's prime minister May said on Tuesday that the talks would resume next week in Brussels.",
     "The talks may resume soon, and may last a week."),
    ("The foreign envoy Rice said the two sides had agreed to meet again in Geneva next month.",
     "The price of rice rose, and rice exports fell."),
    ("Unemployment rose in early March and blocked the recovery that economists had hoped for this spring.",
     "The march went ahead, and the march was peaceful."),
    ("Senior officers in the Metropolitan Police, who met on Monday, agreed to review the handling of the protest.",
     "The police said little, and the police made no arrests."),
    ("Officials said finance minister Brown said the budget would be cut by ten percent next year.",
     "The leaves were brown, and the grass was brown too."),
    ("The chairman repeated his warnings Wednesday that the central bank would raise rates again.",
     "On wednesday he spoke again, and on wednesday night he left."),
    ("Arrests by the state Board of Education inspectors were down 42 percent in September from the year before.",
     "The board met in private, and the board said nothing."),
    ("Elections were delayed after a meeting between Head of State General Abacha and the former president.",
     "The head of the commission resigned, and the head of the army stayed."),
    ("The novel All the Light We Cannot See won the prize in London on Thursday, the judges said.",
     "The judges met for three hours before they agreed."),
]


@pytest.mark.parametrize(("first", "later"), NOT_GLUED)
def test_a_capitalised_word_that_belongs_to_the_sentence_is_not_cut(first: str, later: str) -> None:
    assert clean_article(f"{first}\n{later}").text.split("\n")[0] == first


@pytest.mark.parametrize("title", ["Fire destroys warehouse", "Fire destroys warehouse in Leeds"])
def test_a_lead_that_begins_with_its_headlines_words_keeps_them(title: str) -> None:
    lead = "Fire destroys warehouse in Leeds as 60 firefighters fight the blaze through the night, police said."
    assert clean_article(f"{lead}\nThe fire started on Tuesday evening.", title).text.split("\n")[0] == lead


def test_a_headline_glued_before_however_or_a_plural_noun_and_its_verb_comes_off() -> None:
    story = ("Tests have shown that the oil plumes spread far below the surface, scientists said.",
             "The tests were made by two research ships, and further tests are planned.")
    assert clean_article("Spill reaches deep waters " + "\n".join(story)).text.split("\n") == list(story)
    story = ("However, one has been referred to the state attorney for a second review.",
             "Two other cases were closed on Monday.")
    assert clean_article("Doctor cleared in two of three cases " + "\n".join(story)).text.split("\n") == list(story)


def test_a_news_sentence_before_a_credit_stays() -> None:
    # a credit alone on its line under a picture with no caption: the paragraph before is news
    news = ("The city council voted on Monday to approve a new bridge over the river. "
            "The bridge will cost 40 million pounds and open in 2027.")
    said = "The mayor said the vote was a victory. Opponents said they would appeal the decision in the high court."
    text = "\n".join([news, "Photo: Reuters", STORY[0], said, f"Photograph: Jo Lee/Reuters {STORY[1]}", STORY[2]])
    assert clean_article(text).text.split("\n") == [news, STORY[0], said, STORY[1], STORY[2]]
    # a live blog's entry above the next entry's credit
    entry = "1.40 pm: The coastguard has rescued 12 people from a stranded ferry off the coast."
    text = "\n".join([entry, f"Photo: Reuters 1.53 pm: {STORY[0]}", STORY[1]])
    assert clean_article(text).text.split("\n")[0] == entry.removeprefix("1.40 pm: ")  # (the entry's stamp off)


def test_a_title_case_headline_comes_off_where_a_common_opening_shows_the_story_start() -> None:
    first = TITLE_HEADS["certain"][1]
    assert clean_article(title_head_copy("certain")).text.split("\n")[0] == first


def test_a_title_case_headline_comes_off_before_a_newspapers_dateline_which_gives_the_place() -> None:
    cleaned = clean_article(title_head_copy("dateline"))
    assert (cleaned.text.split("\n")[0], cleaned.place) == (TITLE_HEADS["dateline"][1], "KESTREL")


def test_a_title_case_headline_with_no_clear_end_takes_its_first_sentence_out_of_the_text() -> None:
    # "... Governor Says Governor Ana Petrova said ...": the story may start at either "Governor"
    text = clean_article(title_head_copy("name")).text
    assert text.split("\n")[0] == NOUN_STORY[1]
    assert "Says" not in text and "Ana Petrova said" not in text


@pytest.mark.parametrize("line", [
    "Egyptian Mustafa Mahmoud Said Ahmed and Tanzanian Rashid Saleh Hemed were charged with murder on Monday.",
    "Shi Guangsheng, Chinese Minister of Foreign Trade and Economic Cooperation, met here today with the minister.",
    "General Motors Corp. and the United Auto Workers on Tuesday reached tentative agreements at two plants.",
    "The New York Times said in an editorial on Tuesday that the trade talks should resume.",
])
def test_a_sentence_opening_on_a_name_is_no_title_case_headline(line: str) -> None:
    other = "The minister of foreign trade said economic cooperation and trade with auto workers would grow."
    assert clean_article(f"{line}\n{other}").text.split("\n")[0] == line


def test_a_pull_quote_run_into_a_paragraph_comes_off() -> None:
    lines = clean_article(pull_quote_copy(opening="He")).text.split("\n")
    assert lines[2] == "He said boats would reach the last villages by Thursday."
    assert not any("End Quote" in line for line in lines)


def test_a_pull_quote_before_a_paragraph_with_no_clear_start_takes_that_sentence_out() -> None:
    # "... Regional governor Kestrel officials said ...": no evidence in the article where the name ends
    lines = clean_article(pull_quote_copy(opening="Kestrel officials")).text.split("\n")
    assert not any("End Quote" in line or "officials said boats" in line for line in lines)
    assert lines[2] == STORY[1]



@pytest.mark.parametrize(("caption", "lead"), [
    # a count's capitalised opening after a preposition's particle ("allow ... in")
    ("Velan border guards have been ordered to let families in",
     "More than 2,000 people have already crossed the river, Kestrel officials say."),
    # a capitalised number and "more" after a name ("in Kestrel")
    ("Eight cases of river fever have been found in Kestrel",
     "Two more people in Ostravia have been taken to hospital with the fever, health officials said."),
])
def test_a_count_opening_the_story_after_a_caption_comes_off(caption: str, lead: str) -> None:
    assert clean_article("\n".join([f"{caption} {lead}", *NOUN_STORY[1:]])).text.split("\n") == [lead, *NOUN_STORY[1:]]


@pytest.mark.parametrize("line", [
    # a count in lower case after a preposition, a Title Case headline's count, a name with a number in it
    "Velan border guards have let in more than 2,000 people since the floods began, Kestrel officials say.",
    "Death Toll in Velan Floods Rises to Nearly 300 Dead The regional government has asked for help.",
    "The regulator fined the Big Four accounting firms for their audits of the Kestrel dam's owner last year.",
])
def test_a_count_inside_a_sentence_or_a_name_is_no_story_start(line: str) -> None:
    assert glued_start(line)[0] in (0, line.find("The regional"))


@pytest.mark.parametrize("headline", ["Velan, about those floods: just get the job done", "The dam must be opened again"])
def test_a_headline_ending_on_a_participle_or_adverb_that_ends_a_clause_comes_off(headline: str) -> None:
    # "done" and "again" are function words, but end a clause: a common word after them opens the story
    assert clean_article(glued_copy(headline=headline)).text.split("\n") == list(NOUN_STORY)


def test_a_name_after_a_function_word_that_governs_it_stays() -> None:
    line = "Rescuers reached the villages after Floodwater Watch warned of the rising river, the governor said."
    assert glued_start(line, Casing("\n".join([line, *NOUN_STORY])))[0] == 0


def test_if_after_a_lower_case_word_opens_the_story() -> None:
    story = ("If the floodwater keeps rising, the dam will be opened on Tuesday, the regional governor said.", *NOUN_STORY[1:])
    assert clean_article(glued_copy(story, headline="The Kestrel dam was built to hold back 5,000 ft")).text.split("\n") == list(story)


def test_a_count_after_a_well_opens_the_story() -> None:
    # "well" is a function word as an adverb, and a noun ending a clause here
    story = ("Three villages north of Kestrel were flooded on Tuesday, the regional governor said.", *NOUN_STORY[1:])
    assert clean_article(glued_copy(story, headline="Engineers blamed a rush to finish the well")).text.split("\n") == list(story)


def test_a_name_after_well_stays() -> None:
    line = "The old dam has held up well Kestrel Power says, though its engineers will inspect the spillway again."
    assert glued_start(line, Casing("\n".join([line, *NOUN_STORY])))[0] == 0


def test_a_pronoun_and_its_verb_after_an_acronym_open_the_story() -> None:
    story = ("This was the flood that the KPC said could never happen.", *NOUN_STORY[1:])
    head = "Velan dam failure threatens a costly clean-up for the KPC"
    assert clean_article(glued_copy(story, headline=head)).text.split("\n") == list(story)


@pytest.mark.parametrize("line", [
    "Rescuers spoke to the BBC This Morning programme about the floods in the Velan valley on Tuesday.",
    "Engineers at the KPC It Is Safe campaign said the dam would hold through the spring floods.",
])
def test_a_title_after_an_acronym_stays(line: str) -> None:
    assert glued_start(line, Casing(line))[0] == 0


def test_a_number_word_past_nine_after_a_lower_case_word_opens_the_story() -> None:
    story = ("Twenty villages north of Kestrel were flooded on Tuesday, the regional governor said.", *NOUN_STORY[1:])
    head = "Floods may turn a wet spring into a disaster"
    assert clean_article(glued_copy(story, headline=head)).text.split("\n") == list(story)


def test_a_number_word_in_a_name_stays() -> None:
    line = "Rescuers from the Kestrel Twenty club reached the villages north of the dam on Tuesday, officials said."
    assert glued_start(line, Casing(line))[0] == 0


def test_a_letter_that_names_is_no_article_opening_a_glued_story() -> None:
    """"the new influenza A (H1N1) strain": "A" before a bracket names a strain, no sentence opens there."""
    line = ("Jo Lee | 12:16 PM, Thursday, 28 May 2009 It's good to see progress towards a vaccine against the new "
            "influenza A (H1N1) virus strain, more commonly known as swine flu.")
    assert clean_article("\n".join([line, *STORY])).text.split("\n")[0] == line[line.index("It's"):]


# A headline or caption that opens on the story's own subject, run into the story with no full stop.
_LEAD = "VPC has come under fire over a video showing oil still leaking into the Velan river, officials said."
_LAWYER = "Dr Lee's lawyer, Sam Roe, confirmed that a search of the clinic had been carried out on Monday."


def test_a_headline_naming_the_storys_subject_first_comes_off_the_first_line() -> None:
    cleaned = clean_article("\n".join([f"VPC attacked over river spill video {_LEAD}", *NOUN_STORY[1:]]))
    assert cleaned.text.split("\n")[0] == _LEAD
    assert cleaned.headline == "VPC attacked over river spill video"


def test_a_caption_naming_the_paragraphs_subject_comes_off_a_line_inside_the_story() -> None:
    caption = "Dr Lee's lawyer said he had been helping police with inquiries"
    cleaned = clean_article("\n".join([NOUN_STORY[0], f"{caption} {_LAWYER}", *NOUN_STORY[1:]]))
    assert cleaned.text.split("\n")[:2] == [NOUN_STORY[0], _LAWYER]


def test_a_headline_and_a_caption_both_naming_the_subject_come_off_one_after_the_other() -> None:
    story = "VPC is to sell assets in three countries to pay for the clean-up of the Velan river."
    line = f"VPC agrees asset sale to fund clean-up VPC is likely to overshadow the minister's visit to the US {story}"
    assert clean_article("\n".join([NOUN_STORY[0], line])).text.split("\n")[1] == story


@pytest.mark.parametrize("line", [
    # the subject named again as an object, after a word that governs it, or without its verb
    "Velcorp shares dropped to a low of 546p as investors took their chance to offload Velcorp shares after the weekend, dealers said.",
    "Velcorp chief executive Jo Lee said analysts expect Velcorp to pump more oil next year than in any year before.",
    "Velcorp shares rose in early trading after the oil firm Velcorp has agreed to pay the fund in full, dealers said.",
    "Velcorp said on Monday that the cost of the spill had risen again, a rise the northern Velcorp has not yet explained.",
    # the name again inside a clause of the story's own, or after a participle that takes it
    "Velania warned on Friday that any country that attacks Velania will face a merciless strike, state media said.",
    "Assad vowed on Monday to crush the uprising as rebels fighting Assad were pushed back from the coast road.",
    # a function word's opening: titles repeat it
    "The festival opens with a concert performance of the opera The Velan Songs has been sold out for weeks.",
    # after an acronym, a name's part unless its verb follows
    "Velan Oil and Gas has sold its stake in the terminal to the US Velan Oil and Gas unit of its owners in Texas.",
    # the sentence left would be a fragment
    "Velcorp has sold its stake in the river terminal to the port's owners Velcorp has said.",
])
def test_a_subject_named_again_inside_its_own_sentence_stays(line: str) -> None:
    assert clean_article("\n".join([NOUN_STORY[0], line])).text.split("\n")[1] == line
    assert clean_article("\n".join([line, *NOUN_STORY[1:]])).text.split("\n")[0] == line


def test_the_restated_subject_rule_reads_a_long_line_without_stops_in_linear_time() -> None:
    assert_linear(lambda n: "VPC has " + "VPC has more oil wells " * n, restated_start, 5_000)


@pytest.mark.parametrize(("heading", "lead"), [
    # a heading that ends on an acronym, then a day's capitalised opening
    ("Case notes: the Velano dam flood and MPC", "On 14 March 2019 a spillway gate failed at the Velano dam."),
    ("River towns brace for the floods in the UK", "On Tuesday the regional governor ordered the first villages emptied."),
])
def test_a_days_opening_after_a_heading_starts_the_story(heading: str, lead: str) -> None:
    assert clean_article("\n".join([f"{heading} {lead}", *NOUN_STORY[1:]])).text.split("\n")[0] == lead


@pytest.mark.parametrize("line", [
    # after a function word the words run on (a broken line, not a heading's end)
    "The report on the failure was handed to a On 14 March panel of engineers at the Velano dam.",
    # a day before a capitalised word: a Title Case headline's words, no sentence's own opening
    "Velano Dam Repairs Begin On Monday Engineers from Mirel Power began work at the dam on Monday.",
])
def test_a_days_capitalised_words_with_no_sentence_after_them_are_not_cut_there(line: str) -> None:
    first = clean_article("\n".join([line, *NOUN_STORY[1:]])).text.split("\n")[0]
    assert not first.startswith("On ")


@pytest.mark.parametrize(("head", "lead"), [
    ("Historic Dam Repair Set in Motion", "The Velan government yesterday proposed a historic repair of the dam that failed in May."),
    ("Velano's Farm Industry Feels Impact of Flood Crisis", "The Kestrel Foods plant at Port Alda added a third shift in March."),
])
def test_a_title_case_headline_without_an_auxiliary_comes_off_before_the_and_a_name(head: str, lead: str) -> None:
    """Only a headline writes a run of capitalised common words ("Repair", "Industry", words the article writes in lower
    case) with nothing but a title's small words between them; "The" and a name after it opens the story."""
    later = "Officials said the repair of the historic dam would ease the flood crisis for the farm industry and its impact."
    assert clean_article(f"{head} {lead}\n{later}").text.split("\n") == [lead, later]


@pytest.mark.parametrize("line", [
    "Port Alda Kestrel Velano The Times reported on Monday that the dam had failed overnight.",  # names only
    "Officials told Velan Kestrel Radio The Times had the dam's plans before the flood reached the farms.",  # lower case
])
def test_a_run_of_names_or_a_lower_case_word_before_the_and_a_name_is_no_title_case_headline(line: str) -> None:
    later = "Officials said the repair of the historic dam would ease the flood crisis for the farm industry."
    assert clean_article(f"{line}\n{later}").text.split("\n")[0] == line
