"""A point that names a person by one word ("Hall said ...") shows, beside its words, who its article says they are
("Hall [Jim Hall, chairman of the Kestrel Transport Safety Board] said ..."); the sentence's own words stay as written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefbot.brief.whois import full_names
from briefbot.cli import cli

WIRE = """KESTREL CITY (Kestrel Wire) - Safety officials want crash tests to cover children riding in the back seat.
Jim Hall, chairman of the Kestrel Transport Safety Board, said on Tuesday that today's tests fall short for children.
The board has studied 120 crashes since 1996.
Rep. Ana Kolbe, R-Tarn, said the board's report would be read closely in the capital.
Zhang Geng, deputy minister of transport, visited the test track on Monday.
The Town Hall meeting on the report was crowded.
Dana Welch is a road engineer at the Kestrel Institute.
Hall said crash tests that carmakers must pass should include child dummies in the back seats.
"We do not know yet what the dummies will show," Hall said at a news conference.
Kolbe said she would ask for the board's full report.
Zhang said the ministry welcomed the board's work on child seats.
Welch, who tested the first seats, said the results were encouraging.
Mr. Hall has led the board since 1994.
"""


@pytest.mark.parametrize(("sentence", "who"), [
    # a speaker's verb after the name: its full name and role, from the article's sentences before it
    ("Hall said crash tests that carmakers must pass should include child dummies in the back seats.",
     [("Hall", "Jim Hall, chairman of the Kestrel Transport Safety Board")]),
    ('"We do not know yet what the dummies will show," Hall said at a news conference.',
     [("Hall", "Jim Hall, chairman of the Kestrel Transport Safety Board")]),
    # ... with a title before the full name and no role after it that opens in small letters
    ("Kolbe said she would ask for the board's full report.", [("Kolbe", "Rep. Ana Kolbe")]),
    # a name written surname first
    ("Zhang said the ministry welcomed the board's work on child seats.", [("Zhang", "Zhang Geng, deputy minister of transport")]),
    # past a clause set off by commas; a sentence that is no apposition gives no role
    ("Welch, who tested the first seats, said the results were encouraging.", [("Welch", "Dana Welch")]),
    # a title says a person as well
    ("Mr. Hall has led the board since 1994.", [("Hall", "Jim Hall, chairman of the Kestrel Transport Safety Board")]),
])
def test_a_bare_name_gets_the_full_name_its_article_gives(sentence: str, who: list[tuple[str, str]]) -> None:
    found = full_names(sentence, WIRE)
    assert [(sentence[:at].split()[-1].strip('",'), name) for at, name in found] == who


@pytest.mark.parametrize("sentence", [
    # the sentence names the person in full itself
    "Jim Hall, chairman of the Kestrel Transport Safety Board, said on Tuesday that today's tests fall short for children.",
    # no mark of a person: a place's word, a hall
    "The Town Hall meeting on the report was crowded.",
    "The board has studied 120 crashes since 1996.",
])
def test_no_note_where_the_sentence_names_no_one_by_one_word(sentence: str) -> None:
    assert full_names(sentence, WIRE) == ()


def test_no_note_where_the_article_never_names_the_person_in_full() -> None:
    article = "Prandzheva said she would appeal the ruling. Officials did not comment."
    assert full_names("Prandzheva said she would appeal the ruling.", article) == ()
    # ... nor where the word before the name is one the article writes in small letters (a place's, a body's)
    article = "Northern Tarn is dry. Farmers in northern areas waited. Tarn said the weir would open."
    assert full_names("Tarn said the weir would open.", article) == ()


STORY = """Singer Dana Reyes died on Thursday at her home in Kestrel City.
The Rev. Jo Reyes, a family friend of no relation, led a vigil outside the hospital.
Embattled President Ivo Marek addressed the nation on Friday.
Kestrel Transport Secretary Tom Varga, who oversees the inquiry, spoke on Friday.
Foreign Minister Lin spoke to reporters.
Health experts met in Harare for three days.
The Kestrel Times reported the vigil first.
Mark Soldierwolf, a retired teacher, spoke at the vigil.
"""


@pytest.mark.parametrize(("sentence", "who"), [
    # two people of one name in the article: the surname says not which, so no note
    ("Reyes's body was released to the family on Saturday.", []),
    ("Reyes said the vigil would go on.", []),
    # a possessive or an act after the name, where the article's full name is a person's (a role, a title)
    ("Soldierwolf's family attended.", [("Soldierwolf's", "Mark Soldierwolf, a retired teacher")]),
    ("Varga ordered a review of the crash.", [("Varga", "Kestrel Transport Secretary Tom Varga")]),
    # a word before the title that is no title ("Embattled") is left out; a title alone tells who as well
    ("President Marek said he would not resign.", [("Marek", "President Ivo Marek")]),
    ("Lin said the talks would resume.", [("Lin", "Foreign Minister Lin")]),
    # no person: a place after "in", a body after "the", an attribution's verb whose name opens a clause
    ("Experts meeting in Harare said the campaign had failed.", []),
    ("The Times said its reporters were safe.", []),
    ("A study said Kestrel sea ice had thinned.", []),
])
def test_who_a_bare_name_is_when_the_article_says_so(sentence: str, who: list[tuple[str, str]]) -> None:
    found = full_names(sentence, STORY + sentence)
    assert [(sentence[:at].split()[-1].strip('",'), name) for at, name in found] == who


def test_the_brief_shows_who_beside_the_words_and_keeps_them_in_its_json(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "safety.txt").write_text("Date: 2024-05-14\n\nCrash tests and children\n\n" + WIRE, encoding="utf-8")
    args = ["brief", str(folder), "--db", str(tmp_path / "b.db"), "--as-of", "2024-05-14", "--no-store"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    note = "Hall [Jim Hall, chairman of the Kestrel Transport Safety Board] said"
    assert any(note in line for line in result.stdout.splitlines() if line.startswith("- ")), result.stdout
    data = CliRunner().invoke(cli, [*args, "--json"])
    import json

    points = [p for section in ("summary", "changes") for p in json.loads(data.stdout)[section]]
    with_names = [p for p in points if p["names"]]
    assert with_names and all("[" not in p["text"] for p in with_names)  # (the quoted words as written; the note apart)
    assert all(p["text"][:at].endswith(("Hall", "Kolbe", "Zhang", "Welch")) for p in with_names for at, _ in p["names"])


def test_the_names_survive_the_briefs_json() -> None:
    from test_render import hand_built

    from briefbot.models import TimelineEntry
    from briefbot.output.markdown import point_text
    from briefbot.output.serialize import brief_from_json, brief_to_json

    brief = hand_built()
    point = replace(brief.summary[0], text="Hall said the tests fall short.", names=((4, "Jim Hall, board chairman"),))
    brief = replace(brief, summary=(point, *brief.summary[1:]), timeline=(TimelineEntry(brief.as_of, (point,)),))
    back = brief_from_json(brief_to_json(brief))
    assert back.summary[0].names == ((4, "Jim Hall, board chairman"),)
    assert back.timeline[0].events[0].names == ((4, "Jim Hall, board chairman"),)
    assert point_text(back, back.summary[0]) == "Hall [Jim Hall, board chairman] said the tests fall short."


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Hall", "Jim", "said", "Dr.", "the", "Board", ",", "chairman", "of", "Zhang", "Geng",
                                 "58", ".", "in", "Tarn", "told", "who", "Mr"]), min_size=1, max_size=30),
       st.integers(min_value=0, max_value=29))
@example(["Jim", "Hall", ",", "chairman", "of", "the", "Board", ",", "said", ".", "Hall", "said", "."], 10)  # (a note)
def test_a_note_always_follows_a_name_of_the_sentence(words: list[str], cut: int) -> None:
    """Each note follows a name of the sentence (its offset ends the name's word) and holds that name: the note says who
    that word is, never another's."""
    article = " ".join(words)
    sentence = " ".join(words[min(cut, len(words) - 1):])
    for at, who in full_names(sentence, article):
        assert 0 < at <= len(sentence) and sentence[at - 1].isalpha() and who.strip() and "\n" not in who
        name = sentence[:at].split()[-1].removesuffix("'s").removesuffix("’s")
        assert name in who.split(",")[0].split(), (sentence, at, who)


def test_the_property_s_example_gets_its_note() -> None:
    words = ["Jim", "Hall", ",", "chairman", "of", "the", "Board", ",", "said", ".", "Hall", "said", "."]
    assert full_names(" ".join(words[10:]), " ".join(words)) == ((4, "Jim Hall"),)


def test_slack_and_the_timeline_show_who_too_and_every_note_is_escaped() -> None:
    from test_render import hand_built

    from briefbot.models import TimelineEntry
    from briefbot.output import slack
    from briefbot.output.markdown import markdown

    brief = hand_built()
    said = "Hall said the talks met on Saturday."
    point = replace(brief.summary[0], text=said, names=((4, "Jim *Hall*, <b>board</b> chair"),))
    brief = replace(brief, summary=(point, *brief.summary[1:]), timeline=(TimelineEntry(brief.as_of, (point,)),))
    md = markdown(brief)
    # the situation: who and the day, beside the words, escaped as the words are (no markup, no HTML from an article)
    assert "- Hall [Jim \\*Hall\\*, &lt;b&gt;board&lt;/b&gt; chair] said the talks met on Saturday [24 Feb]. [" in md
    # a timeline line has its day before it: who, and no day's note
    assert "— Hall [Jim \\*Hall\\*, &lt;b&gt;board&lt;/b&gt; chair] said the talks met on Saturday. [" in md
    lines = [*slack.situation_lines(brief), *slack.timeline_lines(brief)]
    assert any(line.startswith("• Hall [Jim ∗Hall∗, &lt;b&gt;board&lt;/b&gt; chair] said the talks met on Saturday [24 Feb].")
               for line in lines), lines
    assert any("— Hall [Jim ∗Hall∗, &lt;b&gt;board&lt;/b&gt; chair] said the talks met on Saturday. " in line for line in lines), lines


@pytest.mark.parametrize(("article", "sentence", "who"), [
    # an attribution after the full name is no role
    ("The charges were dropped against Carl Reed, his lawyer said. Reed said he was innocent.", "Reed said he was innocent.",
     "Carl Reed"),
    # a relative of the one named in full may be the one the point names: no note
    ("Aid worker Tom Brennan, a British engineer, was freed on Tuesday. His wife said she had not slept for days. "
     "'We are overjoyed,' Mrs Brennan told reporters.", "'We are overjoyed,' Mrs Brennan told reporters.", None),
    ("The victim, Emeka Okafor, a retired teacher, was buried on Saturday. Ms Okafor said her father had been a good man.",
     "Ms Okafor said her father had been a good man.", None),
    # a title of its own that the full name's role says it is not: another person
    ("Interior Minister Rashid said the curfew would be lifted. 'We are afraid,' said Omar Rashid, a shopkeeper in the old "
     "city. Rashid said security forces would remain in the city.", "Rashid said security forces would remain in the city.", None),
    # two given names, one surname first ("Kim Jong Un", "Kim Yo Jong")
    ("Kim Jong Un said the tests would go on. Kim Yo Jong, a senior official, said talks were possible. Kim said the talks "
     "had gone well.", "Kim said the talks had gone well.", None),
    # a body, a place, an outlet, a given name used alone: no person's full name
    ("Bill Ford, the great-grandson of the founder, spoke first. Ford said it would recall 300 cars.",
     "Ford said it would recall 300 cars.", None),
    ("South Sudan, the world's newest country, sent envoys. Sudan said the talks had failed.", "Sudan said the talks had failed.",
     None),
    ("Amina Yusuf, the camp's director, counted the arrivals. Amina, 12, said she walked for days.",
     "Amina, 12, said she walked for days.", None),
    ("Michael Bloomberg, a backer of the bill, gave money. The senator told Bloomberg.", "The senator told Bloomberg.", None),
])
def test_no_note_names_the_wrong_person(article: str, sentence: str, who: str | None) -> None:
    found = full_names(sentence, article)
    assert [w for _, w in found] == ([who] if who else [])


def test_words_after_a_note_are_escaped_as_inside_a_line() -> None:
    """A piece after a note is no line's start: its dash or hash is not escaped as a list's or a heading's would be."""
    from test_render import hand_built

    from briefbot.output.markdown import point_text

    brief = hand_built()
    point = replace(brief.summary[0], text="Dr Murray - who was with the singer - said # no more.", names=((9, "Conrad Murray"),))
    assert point_text(brief, point) == "Dr Murray [Conrad Murray] - who was with the singer - said # no more."
    first = replace(point, text="- Murray said it.", names=((8, "Conrad Murray"),))
    assert point_text(brief, first) == "\\- Murray [Conrad Murray] said it."  # (the line's own start still is)


@pytest.mark.parametrize(("article", "sentence", "who"), [
    # a body past its apposition ("said it"), a force, a place the article also names as one
    ("Bill Ford, the great-grandson of the founder, spoke. Ford, the carmaker, said it would cut 5,000 jobs.",
     "Ford, the carmaker, said it would cut 5,000 jobs.", None),
    ("Police Commissioner Reed spoke first. Police said the gunman had fled on foot.", "Police said the gunman had fled on foot.",
     None),
    ("Refugees crossed into Jordan on Monday. Jordan Hale, a UNHCR spokesman, counted them. Jordan warned it could take no more.",
     "Jordan warned it could take no more.", None),
    # a role that is an attribution or a clause is none; a person who says "it" is still a person
    ("The victim was named as Carl Reed, a police spokeswoman confirmed. Reed said he was innocent.", "Reed said he was innocent.",
     "Carl Reed"),
    ("Jim Hall, chairman of the Kestrel board, spoke. Hall said it was the worst crash he had seen.",
     "Hall said it was the worst crash he had seen.", "Jim Hall, chairman of the Kestrel board"),
    # a woman named by her title: only a full name with that title; two ages: two people
    ("Emeka Okafor, an oil worker, was kidnapped. Mrs Okafor said the family had received no demand.",
     "Mrs Okafor said the family had received no demand.", None),
    ("Shopkeeper Carl Reed, 54, was shot. Reed, 19, was arrested on Friday.", "Reed, 19, was arrested on Friday.", None),
    # a title of the point's own: only a full name with that title ("President Lee", not "Lee Min-soo, the trade minister")
    ("Lee Min-soo, the trade minister, spoke. President Lee said the strike was illegal.",
     "President Lee said the strike was illegal.", None),
    # a given name ending in -ed is a given name; an Irish name is a name
    ("Ahmed Khalil, a surgeon at the hospital, spoke. Khalil said the wounded came overnight.",
     "Khalil said the wounded came overnight.", "Ahmed Khalil, a surgeon at the hospital"),
    ("Sean O'Neill, the committee's chairman, spoke. O'Neill said the bill would pass.", "O'Neill said the bill would pass.",
     "Sean O'Neill, the committee's chairman"),
])
def test_no_note_names_the_wrong_person_after_the_second_review(article: str, sentence: str, who: str | None) -> None:
    assert [w for _, w in full_names(sentence, article)] == ([who] if who else [])


@pytest.mark.parametrize(("article", "sentence", "who"), [
    # a name inside the sentence, with no mark of its own, where the article's full name says a person's
    ("Matt Fong, the Republican candidate, said he would not change course. The Log Cabin group reaffirmed its support "
     "for Fong.", "The Log Cabin group reaffirmed its support for Fong.", "Matt Fong, the Republican candidate"),
    ("Everyone expects Putin to win the election. Prime Minister Vladimir Putin said on Monday he was ready.",
     "Everyone expects Putin to win the election.", "Prime Minister Vladimir Putin"),
    # ... not a body's apposition, an outlet after "told", nor a name the article never writes as a person's
    ("The Log Cabin Republicans, a gay group, met on Monday. The speech angered moderate Republicans in the hall.",
     "The speech angered moderate Republicans in the hall.", None),
    ("Talks between Velano and Marl resumed on Monday in Marl City.", "Talks between Velano and Marl resumed on Monday in Marl City.",
     None),
])
def test_a_name_inside_the_sentence_gets_a_note_only_where_the_article_writes_a_person_s(article: str, sentence: str,
                                                                                      who: str | None) -> None:
    assert [w for _, w in full_names(sentence, article)] == ([who] if who else [])
