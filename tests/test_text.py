"""Pure text handling: normalising, boilerplate, sentence spans, brief material, tokens, sumy."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from growth import assert_linear
from hypothesis import given, settings
from hypothesis import strategies as st

from briefbot.text.clean import clean_article
from briefbot.text.standalone import stands_alone
from briefbot.text.terms import (
    MAX_WORDS,
    MIN_WORDS,
    SumyTokenizer,
    content_paragraphs,
    is_boilerplate_paragraph,
    is_brief_material,
    nearly_same,
    normalize,
    paragraphs,
    sentence_spans,
    stem,
    stop_words,
    terms,
    word_pairs,
    words,
)

STORY = (
    "Officials said the bridge reopened on Monday after two weeks of repairs. Traffic returned to normal by the evening.\n"
    "\n"
    "The mayor thanked the engineers who worked through the night to finish the job."
)

# -- normalize -------------------------------------------------------------------------------------


def test_normalize_unifies_newlines_and_strips_trailing_space() -> None:
    assert normalize("one  \r\ntwo\rthree\t \n") == "one\ntwo\nthree"


def test_normalize_drops_control_characters_but_keeps_tabs_and_newlines() -> None:
    assert normalize("bell\x07 here\x00\x1b[0m\tand\u200b\nnext") == "bell here[0m\tand\nnext"


def test_normalize_composes_to_nfc() -> None:
    decomposed = "Pri\u0161tina cafe\u0301"
    out = normalize(decomposed)
    assert out == "Priština café"
    assert unicodedata.is_normalized("NFC", out) and len(out) == len("Priština café")


def test_normalize_keeps_inner_blank_lines_but_not_outer_ones() -> None:
    assert normalize("\n\nfirst\n\n\nsecond\n\n") == "first\n\n\nsecond"


# -- boilerplate -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "by Jane Doe",
        "By JANE DOE and John Roe, Reuters",
        "By The Associated Press",
        "Written by Ana Lopez, Staff Writer",
        "Cover image source: Getty Images",
        "Photograph: Armend Nimani/AFP",
        "Image credit: Reuters",
        "Video: how the attack unfolded",
        "Q: What happened in Banjska?",
        "A: Gunmen ambushed a police patrol.",
        "Advertisement",
        "Share this article on social media",
        "Copyright 2023 The Daily Planet. All rights reserved.",
        "© 2023 The Daily Planet",
        "Read more: Kosovo tensions explained",
        "Subscribe to our newsletter for daily updates",
    ],
)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate_paragraph(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week, officials said the border crossing would reopen.",
        "By Monday, the police had arrested five people in the village.",
        "By Friday the talks had collapsed without agreement.",
        "A spokesman said the talks would resume in Brussels next month.",
        "A police officer was killed and another injured in the shooting.",
        "Question marks remain over who financed the operation.",
        "Answers are expected from Belgrade before the end of the month.",
        "A photo of the bridge was shared widely on social media on Sunday.",
        "The agency released a video showing the armoured vehicle.",
        "Images from the scene showed burned-out trucks on the bridge.",
        "The copyright dispute was settled out of court last year.",
        "Kosovo police said the situation in the north was under control.",
    ],
)
def test_story_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_paragraph(line)


def test_faq_block_is_left_out_until_a_long_paragraph() -> None:
    long_para = " ".join(["The talks resumed in Brussels with both delegations present and a mediator."] * 4)
    assert len(long_para.split()) >= 40
    text = (
        "Officials met on Friday to discuss the border.\n"
        "Frequently asked questions\n"
        "What happened in Banjska?\n"
        "Gunmen ambushed a police patrol before dawn.\n"
        "Q: Who is to blame?\n"
        "A: The investigation continues.\n"
        f"{long_para}\n"
    )
    kept = [p for _, p in content_paragraphs(text)]
    assert kept == ["Officials met on Friday to discuss the border.", long_para]


def test_qa_lines_outside_a_faq_heading_are_dropped_but_a_sentences_are_not() -> None:
    text = "A spokesman said the border would reopen on Monday.\nA: It reopens on Monday.\nQ. When?"
    assert [p for _, p in content_paragraphs(text)] == ["A spokesman said the border would reopen on Monday."]


def test_a_dateline_is_cut_and_offsets_follow() -> None:
    text = "Intro line that is a paragraph of the story.\nPRISTINA, Kosovo (AP) -- Police said three gunmen were killed."
    (_, _), (offset, second) = content_paragraphs(text)
    assert second == "Police said three gunmen were killed."
    assert text[offset:offset + len(second)] == second


def test_paragraphs_give_offsets_of_non_empty_lines() -> None:
    text = "one\n\n  \ntwo three\nfour"
    found = list(paragraphs(text))
    assert found == [(0, "one"), (8, "two three"), (18, "four")]
    assert all(text[o:o + len(p)] == p for o, p in found)


# -- sentence spans --------------------------------------------------------------------------------


def test_sentence_spans_point_into_the_text() -> None:
    spans = sentence_spans(STORY)
    assert [s.text for s in spans] == [
        "Officials said the bridge reopened on Monday after two weeks of repairs.",
        "Traffic returned to normal by the evening.",
        "The mayor thanked the engineers who worked through the night to finish the job.",
    ]
    assert [s.index for s in spans] == [0, 1, 2]
    assert [s.paragraph for s in spans] == [0, 0, 1]
    for s in spans:
        assert STORY[s.start:s.end] == s.text


def test_sentence_spans_skip_boilerplate_and_keep_offsets() -> None:
    text = (
        "By Jane Doe\n"
        "Officials said the bridge reopened on Monday. Photo: the reopened bridge at dusk.\n"
        "Cover image source: Getty Images\n"
        "The mayor thanked the engineers who worked through the night."
    )
    spans = sentence_spans(text)
    assert [s.text for s in spans] == [
        "Officials said the bridge reopened on Monday.",
        "The mayor thanked the engineers who worked through the night.",
    ]
    assert [s.paragraph for s in spans] == [0, 1]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_a_sentence_a_line_break_cut_after_an_exclamation_is_not_a_sentence() -> None:
    text = ('Crowds in the square chanted "Velano is free!"\n'
            'upon hearing that the governor had resigned, witnesses said.\n'
            'The crowd chanted "Velano is free!"\n'
            'The army stayed in its barracks.')
    found = [s.text for s in sentence_spans(text)]
    assert 'Crowds in the square chanted "Velano is free!"' not in found  # cut short: its words go on below
    assert found[-2:] == ['The crowd chanted "Velano is free!"', "The army stayed in its barracks."]


def test_a_line_after_an_exclamation_that_opens_on_a_name_in_lower_case_is_a_new_sentence() -> None:
    text = 'Crowds in the square chanted "Down with the regime!"\nde Vel, the envoy, said talks would resume on Monday.'
    assert next(s.text for s in sentence_spans(text)) == 'Crowds in the square chanted "Down with the regime!"'


def test_sentence_spans_of_nothing() -> None:
    assert sentence_spans("") == []
    assert sentence_spans("By Jane Doe\nAdvertisement") == []


# -- brief material --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("Officials said the bridge reopened on Monday after repairs.", True),
        ("“We will take all necessary measures,” the press release said.", True),
        ("(Reuters) Police said three gunmen were killed in the shootout.", True),
        ("Bridge reopens on Monday.", False),  # too short
        (" ".join(["word"] * (MAX_WORDS + 1)).capitalize() + ".", False),  # too long
        ("Who financed the operation in the north of Kosovo?", False),  # a question
        ("Who financed the operation in the north of Kosovo?”", False),  # a quoted question
        ("officials said the bridge reopened on Monday after repairs.", False),  # starts mid-sentence
        ("1,200 2,400 3,600 4,800 6,000 7,200 8,400.", False),  # no words
        # it ends as no sentence ends: a caption, a headline, a list's item, a source label
        ("Dock workers clear debris from the quay in Tarn", False),
        ("Jo Lee and Sam Vale contributed to this report", False),
        ("The report lists three failings of the rig's crew:", False),
        ("Runner banned for testing positive for a steroid (September 19)", False),
        # a quotation ends one, and wires space their quotation marks
        ("The minister called the plan “a betrayal of the coast”", True),
        ("She said: ``I don't know how they learn, I just know how I learned.' ''", True),
        ("He called the ruling ``a disgrace to every dock worker in Tarn''", True),  # a wire's closing apostrophes
        ("Kestrel dockers blame the long strike on port 'bosses'", False),  # one apostrophe: a headline's quote
        ("Kestrel dockers say the port plan is ‘a betrayal’", False),  # a British headline's single quotation marks
        ("Kestrel dockers blame the long strike on the port bosses’", False),  # an apostrophe
        ("The union said the port plan was ‘a betrayal.’", True),
        # a quotation and its speaker, the page's full stop dropped; a headline's quotation and speaker is none
        ("“Dockers know the port is worth nothing to them,” said Jo Lee, the union envoy", True),
        ('Minister calls port plan "a betrayal of Tarn," says union', False),
        ('"Velan port hearing on the storm," Harbour Transcripts by Kestrel Press, 2008', False),
        # contact details: the writer's, the outlet's, a readers' service
        ("Jane Doe can be reached at jdoe@example-news.com or by phone.", False),
        ("(Jane Doe's e-mail address is jdoe(at)example-news.com)", False),
        ("Send your pictures and videos to yourpics@example.co.uk or text them to us.", False),
        ("The worm spread by reading each user's e-mail address book and mailing itself on.", True),
        ("Protesters gathered at the embassy @ noon on Friday, witnesses said.", True),
        # an address the story is about is not a contact line
        ("The minister used a private address, jdoe@example-mail.com, for all her official work.", True),
        ("The news editor is Jo Lee, 404-555-0199, jlee(at)example-news.com.", False),
        ("Questions about the relief fund go to the county office by e-mail: fund(at)example-county.org", False),
    ],
)
def test_is_brief_material(sentence: str, ok: bool) -> None:
    assert is_brief_material(sentence) is ok


def test_brief_material_ending_is_linear_on_a_run_of_quotes() -> None:
    # a search for the ending from each quotation mark took 4.5 s on this line
    assert not is_brief_material("The port of Tarn reopened on Monday " + '"' * 40_000 + "x")
    assert_linear(lambda n: "The port of Tarn reopened on Monday " + '"' * n + "x", is_brief_material, 5_000)


@pytest.mark.parametrize("make", [
    lambda n: "(" * n + " The dam on the Velan river failed on Tuesday night, officials said.",  # stand-alone's "also"
    lambda n: "The dam on the Velan river held" + " " * n + "x",  # a cut-off mark looked for from each space
], ids=["brackets", "spaces"])
@pytest.mark.parametrize("reader", [stands_alone, clean_article], ids=["stands_alone", "clean_article"])
def test_hostile_lines_are_read_in_linear_time(make: Callable[[int], str], reader: Callable[[str], object]) -> None:
    """Both took 14 to 24 s at 50,000 (a search from each bracket or space, quadratic)."""
    assert_linear(make, reader, 6_250)


def test_brief_material_length_bounds_are_inclusive() -> None:
    assert is_brief_material(" ".join(["Word"] * MIN_WORDS) + ".")
    assert not is_brief_material(" ".join(["Word"] * (MIN_WORDS - 1)) + ".")
    assert is_brief_material(" ".join(["Word"] * MAX_WORDS) + ".")
    assert not is_brief_material(" ".join(["Word"] * (MAX_WORDS + 1)) + ".")


# -- words and terms -------------------------------------------------------------------------------


def test_words_keep_abbreviations_numbers_and_possessives_whole() -> None:
    assert words("The U.S. sent 120,000 troops and 1,234,567 euros to Kosovo's border.") == [
        "The", "U.S.", "sent", "120,000", "troops", "and", "1,234,567", "euros", "to", "Kosovo's", "border",
    ]


def test_words_split_lists_of_numbers_and_keep_decimals() -> None:
    assert words("Only 3.5 percent voted in 2023,2024.") == ["Only", "3.5", "percent", "voted", "in", "2023", "2024"]
    assert words("") == [] and words("—  !!") == []


def test_terms_are_stemmed_and_stop_words_dropped() -> None:
    assert terms("The soldiers were running to the bridges") == ["soldier", "run", "bridg"]
    assert terms("Soldier soldiers SOLDIERS") == ["soldier"] * 3
    assert terms("the of and 120,000 1999") == []


@pytest.mark.parametrize("mark", ["\u2019", "\u02bc"])
def test_a_typographic_apostrophe_is_an_apostrophe(mark: str) -> None:
    # edited copy writes "Kosovo’s": the same word as "Kosovo's", and "it’s" the same stop word
    plain = "The minister’s office said it’s the army’s decision."
    assert terms(plain.replace("’", mark)) == terms(plain.replace("’", "'")) == ["minist", "offic", "armi", "decis"]
    assert word_pairs(plain.replace("’", mark)) == word_pairs(plain.replace("’", "'"))


def test_word_pairs_are_stemmed_neighbours_without_stop_word_pairs() -> None:
    pairs = word_pairs("The rescue teams reached the flooded villages of the valley.")
    assert ("rescu", "team") in pairs and ("reach", "the") in pairs and ("the", "flood") in pairs
    assert ("of", "the") not in pairs  # two stop words: says nothing
    assert word_pairs("Rescue teams reached") == word_pairs("RESCUE TEAM reaches")
    assert word_pairs("Alone") == frozenset() and word_pairs("") == frozenset()


@given(st.lists(st.text(alphabet=st.sampled_from("aeisnt’'.-Éçč1"), min_size=1, max_size=12), max_size=20))
def test_tokens_learned_at_once_are_read_as_each_alone(tokens: list[str]) -> None:
    from briefbot.text import terms as module

    distinct = list(dict.fromkeys(tokens))
    module._tokens.clear()
    together = module._learn(distinct)
    module._tokens.clear()
    assert together == [module._token(t) for t in distinct]  # the same stems (one stemmer call), stop words, terms
    assert all(entry[0] == stem(module._plain(module._word(t))) for t, entry in zip(distinct, together, strict=True))


# Where PyStemmer (Snowball's current English stemmer) and nltk's SnowballStemmer (an older version
# of the same algorithm) part: Snowball later stopped over-stemming "organization" to "organ",
# "international" to "intern", "evening" to "even", "added" to "ad" and the like.
SNOWBALL_REVISIONS = {"added", "emergency", "evening", "international", "internationally", "laterally", "organization",
                      "organized", "organizing", "pasted", "universities"}
MORE_WORDS = ("running generously universities internationally added pasted evening emergency later laterally dying lying "
              "cried skies news feed gently fluently generation communism arsenal knightly")


def test_stems_are_nltks_snowball_stems_but_for_its_later_revisions() -> None:
    from nltk.stem.snowball import SnowballStemmer

    nltk_stem = SnowballStemmer("english").stem
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    vocabulary = {w.lower() for f in seeds.iterdir() for w in words(f.read_text(encoding="utf-8")) if w.isalpha() and w.isascii()}
    vocabulary |= set(MORE_WORDS.split())
    assert len(vocabulary) > 600
    assert {w for w in vocabulary if stem(w) != nltk_stem(w)} == SNOWBALL_REVISIONS


def test_stems_fold_accents_so_spellings_with_and_without_them_meet() -> None:
    assert stem("Vučić") == stem("Vucic") == "vucic"
    assert terms("Priština's mayor") == terms("Pristina's mayor")


def test_stop_words_are_sumys() -> None:
    from sumy.utils import get_stop_words

    assert stop_words() == frozenset(get_stop_words("english"))


# -- sumy ------------------------------------------------------------------------------------------


def test_sumy_tokenizer_needs_no_punkt_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import nltk
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path / "no-nltk-data")])  # punkt could not be found
    text = (
        "The U.S. Ambassador said the gunmen had military training. Police found 120,000 rounds of ammunition.\n\n"
        "NATO will send more soldiers to Kosovo. The soldiers arrive next week. Talks in Brussels resume on Monday."
    )
    tokenizer = SumyTokenizer()
    assert tokenizer.to_sentences("Dr. Smith arrived. He spoke.") == ("Dr. Smith arrived.", "He spoke.")
    parser = PlaintextParser.from_string(text, tokenizer)
    sentences = [str(s) for s in parser.document.sentences]
    assert sentences[0] == "The U.S. Ambassador said the gunmen had military training."
    assert len(sentences) == 5
    assert "120,000" in parser.document.sentences[1].words
    summarizer = LexRankSummarizer(Stemmer("english"))
    picked = [str(s) for s in summarizer(parser.document, 2)]
    assert len(picked) == 2 and set(picked) <= set(sentences)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Rescuers reached the flooded villages on Tuesday after the river burst its banks.",
     "Rescuers reached the flooded villages on Tuesday, after the river burst its banks!", True),  # punctuation
    ("The new strain contains genetic material from versions of flu that usually affect pigs and birds, experts say.",
     "The new strain contains genetic material from versions of flu that usually affect pigs and birds, experts said.",
     True),  # the last word of a long sentence
    ("Rescuers reached the flooded villages on Tuesday after the river burst its banks.",
     "Rescuers reached the cut-off villages on Tuesday after the river burst its banks.", False),  # a word inside
    ("The H5 virus is the strain that causes the seasonal outbreaks in poultry farms across the region.",
     "H5 is the strain that causes the seasonal outbreaks in poultry farms across the region.", False),  # two at the start
    # one word changed inside a long sentence: its word sequence matches at 0.9, but not its runs of four words
    ("Rescuers reached the flooded villages on Tuesday after the river burst its banks near the town.",
     "Rescuers reached the stranded villages on Tuesday after the river burst its banks near the town.", False),
])
def test_nearly_the_same_sentence_is_the_same_words_bar_punctuation_and_an_edit_at_an_end(a: str, b: str, same: bool) -> None:
    assert nearly_same(a, b) is same and nearly_same(b, a) is same


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=st.sampled_from([*"Ab z_9,.'’-\t\n\x1c(", "İ", "K", "é", "ß", "Ω", "\u00a0", "٣"]), max_size=40))
def test_a_sentences_key_is_its_word_characters_lower_cased(sentence: str) -> None:
    """text_key splits ASCII text with str methods and any other with the regular expression: the same key."""
    import re

    from briefbot.text.terms import text_key

    assert text_key(sentence) == " ".join(re.findall(r"\w+", sentence.lower()))


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from([*"Ab9_ .,'’&-$", "1,000", "U.S.", "é", "٣"]), max_size=30).map("".join))
def test_word_tokens_are_those_of_the_pattern_that_gives_characters_back(text: str) -> None:
    """The word pattern's possessive quantifiers find the very tokens its backtracking form found."""
    import re

    from briefbot.text import terms

    backtracking = re.compile(r"\w+(?:[.'’&-]\w+|(?<=\d),\d{3}\b)*\.?")
    assert terms._WORD.findall(text) == backtracking.findall(text)


@pytest.mark.parametrize("sentence", [
    "Members of the public can call 0800 151 3513 for recorded information about the outbreak.",
    "Residents finding dead birds are asked to call the council's toll-free hotline at 1-888-584-3110.",
    "Islanders seeking advice should call a special helpline set up on 01534 445566.",
    "For all other inquiries please call the main switchboard on 02033532000.",
])
def test_a_number_to_call_is_a_service_not_a_point(sentence: str) -> None:
    assert not is_brief_material(sentence)


@pytest.mark.parametrize("sentence", [
    "Police said they had received 1,200 calls from worried residents since Monday.",
    "Officials urged residents to call 911 if they saw smoke near the dam.",
    "The phone company said 3,500,000 customers had lost service in the storm.",
    "Georgia accused Russia of cutting a rail line on Sat Aug 16 2008 21:30:00, the ministry said.",
])
def test_numbers_near_calls_that_are_no_telephone_numbers_stay(sentence: str) -> None:
    assert is_brief_material(sentence)


@pytest.mark.parametrize("sentence", [
    "The Kestrel Red Crescent says nearly 1,300.",  # a list's ellipsis: nothing says what is counted
    "Hospital staff in the flooded district put it at 40.",
    "Glory to the martyrs, freedom for Ostra.",  # a slogan: noun phrases hailing others, no verb
    "Bread for our children and justice for Belvik!",
    "About $4 billion, according to the acting finance minister.",  # a Q&A's answer: the question is not shown
    "About 18,000 people, according to the Kestrel council.",
    "At least 48,000, according to the UN relief agency.",  # (a count with a thousands comma before its own)
])
def test_a_count_of_nothing_named_or_a_slogan_is_no_point(sentence: str) -> None:
    assert not is_brief_material(sentence)


@pytest.mark.parametrize(("sentence", "material"), [
    # a page's note on its own coverage: a live page's opening and close, a broadcaster's promotion, a blog's label
    ("Live coverage from the Kestrel Post team, all times GMT.", False),
    ("This live blog has now closed, thank you for following.", False),
    ("Kestrel TV will have live coverage of the governor's address from 9pm.", False),
    ("Ostra floods live blog: The latest developments in the valley, where the dam gave way on Friday.", False),
    # another's act on coverage is news
    ("State television cut its live coverage of the rally in Ostra on Friday, witnesses said.", True),
    ("The court banned live coverage of the trial of the Kestrel dam engineers.", True),
    # ... and so are who watched it and a schedule's times
    ("Millions followed the live coverage of the rescue of the 33 miners in Kestrel.", True),
    ("Live updates from the scene showed rescuers pulling two children from the rubble.", True),
    ("Polls open at 7 a.m. and close at 8 p.m. (all times local), the electoral commission said.", True),
    ("Three networks declined to carry live coverage of the rally in Ostra on Friday.", True),  # (another's act)
    ("We’ll have live coverage from the square in Ostra from 9pm tonight.", False),  # (a curly apostrophe)
    # a segment's caption: who presents it, and what about
    ("Ada Vell reports on the manhunt for a former Kestrel officer accused of killing three people.", False),
    ("Ada is reporting live from Ostra, Velania tonight.", False),
    ("The Kestrel Post's Ada Vell explains why the dam's owner is being ordered to provide the plan.", False),
    ("Kestrel TV's Ada Vell reports.", False),
    ("Ada Vell looks at the impact of the floods on businesses in the valley.", False),
    # ... not a report's own words
    ("Ada Vell reports that the army has taken the bridge at Ostra.", True),
    ("Kestrel Bank reports a loss of $25 billion for the third quarter.", True),
    ("Unconfirmed reports from Ostra say troops are moving north toward the dam.", True),
    ("Kestrel TV's Ada Vell reports from Ostra: 'Thousands of people fled the valley because of the floods.'", True),
    ("The Health Ministry reports on its website 40 new deaths from cholera.", True),  # (a body's count)
    ("Velan Airlines reports on Thursday its first annual loss in a decade.", True),
    ("The Supreme Court examines whether the ban on protests in Ostra is constitutional.", True),
    ("Ada Vell looks at the rubble where her house in Ostra once stood.", True),  # (a feature's present)
    ("Kestrel News reports from Ostra suggested the army had pulled back from the bridge.", True),  # (the plural's)
    ("Congress examines whether the pilots of the Ostra flight were fatigued.", True),
])
def test_an_outlet_s_note_on_its_own_coverage_is_no_point(sentence: str, material: bool) -> None:
    assert is_brief_material(sentence) is material


@pytest.mark.parametrize("sentence", [
    "The Civil Defence Agency puts the death toll at 1,134.",
    "The Kestrel Red Crescent says nearly 1,300 people have died.",
    "The port city has grown to an estimated 1 million.",
    "Asked how many had died, the governor of the province said 40.",
    "Troops to leave Ostra by the end of June.",  # (a headline's verb after "to")
    "Aid arrives for the families of Belvik.",
    "Glory to the martyrs was their cry at the funeral.",
    "More than 200 dead, according to the health ministry of Ostravia.",  # (a toll: it says what is counted)
    "About $4 billion in loans to Ostravia, according to the acting finance minister.",
    "The bank raised its rate to 22%, according to a statement.",
])
def test_a_count_that_says_what_it_counts_and_a_sentence_with_its_verb_stay(sentence: str) -> None:
    assert is_brief_material(sentence)


@pytest.mark.parametrize("sentence", [
    # the lead of a table, a list or a text the sentence does not hold
    "Following are the full provisional results of Ostravia's 9 May general election, as released by the board on Friday.",
    "The following is a chronology of the main events since the dam burst.",
    "Below is a video of the rally in the capital.",
    "Here are the latest developments as confirmed by our correspondents.",
    "Here's the latest on the Sarrow Ridge fire near Callen, Westmoor.",  # (a live page's opening: a reader's point)
    "Here's what we know about the attack on the Kelby hospitals.",
    "The party's presidium met today in extraordinary session and decided unanimously as follows.",  # (a reader's point)
    "There's worrying news from the water board's hearing on the size of the breach in the Kestrel dam.",  # a live blog's
    "Live updates as the dock strike at the Port of Marl enters its third day.",  # (a live page's standfirst: a reader's point)
    "Follow our live coverage of the floods in the Kestrel valley.",
])
def test_the_lead_of_what_follows_is_no_point(sentence: str) -> None:
    assert not is_brief_material(sentence)


@pytest.mark.parametrize("sentence", [
    "Here is what the minister said: the dam will be rebuilt by June.",  # it goes on to say it
    "Here's the latest on the Sarrow Ridge fire, which has burned 48,200 acres and forced 12,000 people to flee.",  # (says it)
    "Here is this man who looted his country, and he leaves a void.",  # ("this man": one pointed at, no lead)
    "The following day, the board published the full provisional results.",
    "Results published on Friday showed the ruling party ahead with 41% of the vote.",
    "There is news of survivors from the villages below the dam: 40 people were found alive on Monday.",  # it says it
    "There is good news for farmers, as the river fell by a metre at Velano on Monday.",  # (the review's cases)
    "There's news that the new wall is holding, the water board said.",
    "There is more bad news for the water board, with two engineers resigning on Monday.",
    "Live ammunition was fired at protesters in Marl on Monday, witnesses said.",
    "Latest figures from the water board show the Kestrel reservoir at 40% of its capacity.",
])
def test_a_sentence_that_says_what_it_introduces_stays(sentence: str) -> None:
    assert is_brief_material(sentence)
