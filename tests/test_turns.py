"""A transcript's turns say whose words they are: a point or a timeline line quoted from a speaker's turn carries
the speaker (name and role from their label), the label trimmed off; greetings, a question's turn and an anchor's or
a host's are no points;
a roundup's or a factbox's labels are no turns."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefbot.cli import cli
from briefbot.text.transcripts import speaker_words, turns, unlabelled

TRANSCRIPT = """Date: 2024-05-14
URL: https://ministry.example/briefings/2024-05-14

Transcript: press briefing on the Tarn river talks, 14 May 2024

ANA VELIK, WATER MINISTER: Good morning. I can announce that the two delegations have agreed to reopen the Tarn weir.

QUESTION (Jo Lee, Valley Radio): Minister, will the farmers be paid for their lost harvest this year?

VELIK: I will not discuss the farmers' claims before the court rules. We are studying several plans with the delegation.
"""


def test_a_turn_says_whose_it_is_and_its_label_and_greeting_are_no_points(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "briefing.txt").write_text(TRANSCRIPT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(folder), "--db", str(tmp_path / "b.db"), "--as-of", "2024-05-14"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("- ")]
    who = "(Ana Velik, water minister, in a transcript)"
    assert "- I can announce that the two delegations have agreed to reopen the Tarn weir. [1] " + who in lines, result.stdout
    assert "- I will not discuss the farmers' claims before the court rules. [1] " + who in lines, result.stdout
    assert any(line.startswith("- 14 May 2024 — I can announce") and line.endswith(f"{who} (publication date)") for line in lines), (
        result.stdout)
    assert not any("VELIK" in line or "Good morning" in line or "harvest" in line for line in lines), result.stdout


def test_whose_turn_each_sentence_is() -> None:
    said = turns(["Transcript: a briefing.", "ANA VELIK, WATER MINISTER: Good morning.", "I can announce a deal.",
                  "QUESTION (Jo Lee, Valley Radio): Minister, is it signed?", "It was leaked.",
                  "VELIK: Not yet.", "Thank you, Minister."])
    assert said == ["", None, "Ana Velik, water minister", None, None, "Ana Velik, water minister", None]
    assert unlabelled("VELIK: Not yet.") == "Not yet."
    assert speaker_words("JOHN MCCAIN (R-AZ), U.S. SENATOR") == "John McCain (R-AZ), U.S. senator"
    assert speaker_words("WOLF BLITZER, CNN ANCHOR") == "Wolf Blitzer, CNN anchor"


def test_an_anchors_or_a_hosts_turns_are_no_points_but_what_they_say_someone_reports_a_correspondents_are() -> None:
    said = turns(["LENA HART, CNN ANCHOR: A quiet morning so far in the square.", "The president is trying hard to stay.",
                  "Police said 12 people were hurt overnight.",
                  "OREN PASKE, CNN CORRESPONDENT: Troops sealed the bridge at dawn.", "HART: Oren, what are you hearing?",
                  "PASKE: The army says the road will reopen.", "JO LEE, HOST, VELAN TONIGHT: The revolution has begun."])
    assert said == [None, None, "Lena Hart, CNN anchor", "Oren Paske, CNN correspondent", None, "Oren Paske, CNN correspondent",
                    None]


def test_a_moderators_turns_labelled_by_the_role_alone_are_no_points() -> None:
    # a briefing's moderator runs the room ("MODERATOR:", "OPERATOR:" of a call): what it says is no story
    said = turns(["MODERATOR: Good morning.", "The spokesperson will make a short statement and then take questions.",
                  "SPOKESPERSON: The talks are continuing.", "Our observers have recorded 23 violations since Saturday.",
                  "MODERATOR: Questions.", "QUESTION (Kestrel Post): When will the prisoners be freed?",
                  "SPOKESPERSON: We now expect it tomorrow."])
    assert said == [None, None, "Spokesperson", "Spokesperson", None, None, "Spokesperson"]


def test_a_roundups_items_and_a_factboxs_fields_are_no_turns() -> None:
    roundup = ["CANADA: Floods closed two roads.", "Thank you for reading.", "MEXICO: Rain fell for a week."]
    assert turns(roundup) == ["", "", ""]
    factbox = ["IMPACT: Files are wiped.", "STATUS: Contained.", "IMPACT: Mail is sent.", "STATUS: Spreading."]
    assert turns(factbox) == ["", "", "", ""]
    speech = ["SPEAKER ONE: Hello.", "ONE: The plan is ready."]  # one speaker: no talk between speakers
    assert turns(speech) == ["", ""]


def test_the_speaker_survives_the_briefs_json() -> None:
    from dataclasses import replace

    from test_render import hand_built

    from briefbot.models import TimelineEntry
    from briefbot.output.serialize import brief_from_json, brief_to_json

    brief = hand_built()
    point = replace(brief.summary[0], speaker="Ana Velik, water minister")
    brief = replace(brief, summary=(point, *brief.summary[1:]), timeline=(TimelineEntry(brief.as_of, (point,)),))
    back = brief_from_json(brief_to_json(brief))
    assert back.summary[0].speaker == "Ana Velik, water minister"
    assert back.timeline[0].events[0].speaker == "Ana Velik, water minister"
