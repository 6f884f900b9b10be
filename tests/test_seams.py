"""Headlines and captions in sentence case glued to a first sentence come off by evidence
(text/seams): the story restating the words before it, a speaker's quoted caption, a page's
player link or stamp; under a topic's kicker with no seam, the first sentence goes whole."""

from __future__ import annotations

import pytest
from builders import NOUN_STORY, SENTENCE_CASE_HEADS, sentence_case_copy
from hypothesis import given
from hypothesis import strategies as st

from briefbot.text.clean import clean_article
from briefbot.text.seams import story_start


@pytest.mark.parametrize("shape", sorted(SENTENCE_CASE_HEADS))
def test_a_sentence_case_head_comes_off_the_first_line(shape: str) -> None:
    cleaned = clean_article(sentence_case_copy(shape)).text.split("\n")
    assert cleaned == [SENTENCE_CASE_HEADS[shape][1], *NOUN_STORY[1:]]


def test_the_story_restating_a_caption_cuts_where_it_starts() -> None:
    line, story = SENTENCE_CASE_HEADS["restated"]
    assert line[story_start(line):] == story


def test_a_caption_quoting_its_speaker_comes_off() -> None:
    line, story = SENTENCE_CASE_HEADS["quoted"]
    assert line[story_start(line):] == story


@pytest.mark.parametrize("line", [
    # a name after a verb that the sentence restated: its object, not a new sentence
    "Rescuers from the north said they expect Kestrel residents to return home once the Kestrel residents' "
    "houses have been checked by engineers.",
    # a demonym restated from earlier in the sentence
    "A Velanese and an Ostravian face trial after Velanese authorities charged the men over the dam failure.",
    # the restated phrase reaches a name's middle: no clause follows it
    "Engineers will inspect the Kestrel dam before the next rains reach the Kestrel dam, the governor's office says.",
    # a reporting verb's clause restating a name: its object, not a new sentence
    "Lawyers acting for Ada Vell have suggested Ada Vell opened the dam too early on the advice of engineers.",
    # a quotation opening an ordinary sentence
    '"We will not leave anyone behind," Governor Ada Vell told reporters in Kestrel on Tuesday evening.',
    # a topic's kicker over one sentence of its own: nothing to tell
    "Velan floods: what we know so far about the dam, the villages and the rescue of the stranded families.",
    # a clause before a colon is no kicker
    "It's a grim count: Fourteen villages were flooded during the past two days, but only two of them had been "
    "warned by the regional government before the dam was opened.",
    # help as a word
    "Help is on its way to the villages north of Kestrel, the regional governor said on Tuesday.",
])
def test_ordinary_first_sentences_and_names_are_not_cut(line: str) -> None:
    _stays_whole(line)


def _stays_whole(line: str) -> None:
    """``line`` has no seam, and as an article's first line it is kept as it is."""
    assert story_start(line) == 0
    assert clean_article("\n".join([line, *NOUN_STORY[1:]])).text.split("\n")[0] == line


_WORDS = st.lists(st.sampled_from(["Kestrel", "dam", "Velan", "floods", "the", "said", "Help", "rescue", "Ada",
                                   "Vell:", '"we', 'go"', "has", "officials", "reached", "17", "January", "villages",
                                   "GMT", "12", "16:55", "of", ",", "."]), min_size=1, max_size=40)


@given(_WORDS)
def test_a_cut_only_trims_the_lines_start(words: list[str]) -> None:
    line = " ".join(words)
    start = story_start(line)
    assert 0 <= start <= len(line)
    assert line.endswith(line[start:])


def test_a_kicker_line_of_one_sentence_with_no_seam_stays() -> None:
    # its first sentence is the whole line: taking it out changes what the ranking sees (see README)
    head = ("Velan floods: Rescue teams reach stranded families in Kestrel Boats carried food to families on the "
            "roofs of their houses on Tuesday as the water kept rising.")
    assert story_start(head) == 0


@pytest.mark.parametrize("line", [
    # a reported clause whose subject is a name after its role
    "Engineers say the dam's keeper Ada Vell has not inspected the spillway since the spring of 2009.",
    # a zero relative clause whose subject is a name after its role
    "Rescuers have reached the families the mayor Ada Vell had named in her appeal on Tuesday.",
    "Rescuers fear the stranded Kestrel families may run out of food and water before the weekend.",
    # a name after its role, its verb's object missing
    "Investors have sold their shares in the firm Kestrel Power has run since the floods began in the valley.",
    # a relative clause with "that" left out whose subject carries a participle: its verb's object missing
    "Police stopped the convoy Velan volunteers driving to Kestrel had loaded with food and water for the villages.",
    # a clause after "the first time" with no "that"
    "This is not the first time Ada Vell has faced questions over the safety of the Kestrel dam.",
    # a telling verb's object, then what was told
    "The governor has told the families Kestrel will be safe again before the end of the week.",
    # a quotation, then its speaker with no comma between
    'The engineers described the dam as "safe for now" Governor Ada Vell said on Tuesday in Kestrel.',
    # a name after a modifier, and the seams further on
    "Divers have searched the sunken Velan ferry Kestrel Star has been lying on since the spring floods.",
    # a noun in -s after an article is no verb: no clause before the seam
    "An analysis of the spillway of the dam Kestrel has yielded the strongest evidence yet of a leak, engineers said.",
    # a clause of its own before a name that is no clause's start, and a later seam
    "The regional government is continuing its efforts across the valley Velan volunteers helping a new "
    "Kestrel relief group have asked for more boats.",
    # a relative clause with "that" left out: its verb has no object after it, but a time, another verb,
    # a comma, or (a reporting verb's) preposition
    "Councillors rejected the levy Kestrel voters approved last year after a long fight over its cost.",
    "Councillors approved the plan Ada Vell had proposed in February to rebuild the old Kestrel bridge.",
    "Rebels seized the airport Velan troops had held for weeks and pushed on toward the coast road.",
    "The council closed the bridge Kestrel engineers had found was unsafe after the spring floods.",
    "The army shelled the district Velan activists said was home to hundreds of displaced families.",
    "The minister defended the cuts Kestrel unions say will cost 2,000 jobs across the valley this year.",
    "A flood wave swept away 12 houses in the lower valley Kestrel officials said on Sunday, in the worst night.",
    "Protesters burned the flag Velan state television reported, as crowds gathered outside the town hall.",
    # a name after "as" is its clause's subject when that clause has no verb before the name
    "Police waited on the bridge as the convoy Velan volunteers have loaded with food crossed the bridge into Kestrel.",
    # a plural noun in -s after a name is no verb: no clause before the seam
    "Velan protesters in the square Kestrel police had cleared a day earlier vowed to stay until the vote.",
])
def test_a_clause_then_a_name_is_no_seam_without_the_shape_of_two_clauses(line: str) -> None:
    _stays_whole(line)


@pytest.mark.parametrize("line", [
    # a verb after a pronoun: the name after it is its object or its clause's subject
    "Velan forces shelled Ostravian positions on Monday, and Velan officials said they suspect Ostravian rebels will "
    "try to attack the dam.",
    # a perfect's verb with its object, then a question's order
    "Ada Vell said she would have fired Kestrel's chief engineer had she run the dam herself last spring.",
    # a participle before its agent
    "Ostravia has condemned the shelling of its ally Velan sparked by the dispute over the Kestrel dam.",
    # a name in a list after "and"
    "Marta Vellan, Ostra Kess and Kestrel veteran Sola Kess are due to sing at a concert for the victims of the floods.",
    # a relative clause with "that" left out, and a subordinate clause's subject
    "Kestrel councillors rejected the levy Kestrel voters approved last year after a long fight over its cost.",
    "Kestrel officials asked Velan to wait until Velan engineers had inspected the spillway of the dam.",
])
def test_a_name_named_again_after_a_seam_is_no_story_start_in_ordinary_sentences(line: str) -> None:
    _stays_whole(line)


@pytest.mark.parametrize("line", [
    'Velan floods: Kestrel dam holds as river peaks Governor Ada Vell: "We were lucky this time."',
    'Kestrel dam holds as river peaks The BBC\'s Ada Vell: "We were lucky this time."',
])
def test_a_first_line_of_a_headline_and_a_speakers_quoted_caption_goes_whole(line: str) -> None:
    assert story_start(line) == len(line)
    assert clean_article("\n".join([line, *NOUN_STORY])).text.split("\n") == list(NOUN_STORY)


@pytest.mark.parametrize("line", [
    # after a sentence of the story
    'The governor visited the dam on Tuesday. Governor Ada Vell: "We were lucky this time."',
    # a speaker's quotation alone: nothing shows it is no quotation of the story's (taking such lines out cost
    # T17 update-round R-2 0.0003)
    'Dr Ada Vell: "The dam was never inspected after the spring floods."',
])
def test_a_speakers_quotation_with_no_headline_before_it_stays(line: str) -> None:
    assert story_start(line) == 0
