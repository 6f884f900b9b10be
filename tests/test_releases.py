"""Tests of briefbot.text.releases: a page that says it is a press release (its label near the top, or a release's close)
is the issuer's own words, and a brief says so after its citation."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefbot.cli import cli
from briefbot.text.releases import press_release
from briefbot.text.voice import own_words

RELEASE = """date 2024-03-12
Velan Water Board confirms repairs to Kestrel dam spillway

Press release — Velan Water Board

Tuesday 12 March 2024, 09:15

The Velan Water Board has begun emergency repairs to the spillway of the Kestrel dam after engineers found a crack in its wall.

Residents of the three villages below the dam do not need to leave their homes, the board said.

ENDS

Notes to editors
1. The Velan Water Board runs 14 dams in the valley.
"""

REPORT = """date 2024-03-12
Crack found in Kestrel dam wall

Engineers found a crack in the wall of the Kestrel dam on Monday, and the water board began repairs on Tuesday.
"""


@pytest.mark.parametrize(("lines", "says"), [
    (["Press release — Velan Water Board", "The board has begun repairs."], True),
    (["HELLENIC FIRE SERVICE", "Press Office", "PRESS RELEASE No. 7", "A flare-up occurred at 13:50."], True),
    (["FOR IMMEDIATE RELEASE", "Velan Oil names new chief executive."], True),
    (["Velan Oil names new chief executive.", "The board met on Monday.", "###", "Media contact: Jo Lee, 555 0100"], True),
    (["The board has begun repairs.", "ENDS", "Notes to editors", "1. The board runs 14 dams."], True),
    # a report of a release, a sentence that names one, a story's end with no notes after it
    (["In a press release, the water board said repairs had begun.", "Residents were told to stay."], False),
    (["Press releases from the board have been rare since the crack was found last year."], False),
    (["The board has begun repairs.", "ENDS", "The minister will visit the dam on Friday."], False),
    # the review's: a page's "About this story" after its end mark; a label with a day, a number or a bracket after it
    (["Troops sealed the bridge at dawn.", "###", "About this story"], False),
    (["Troops sealed the bridge at dawn.", "- ENDS -", "About the author"], False),
    (["The board has begun repairs.", "ENDS", "About the Velan Water Board"], True),
    (["PRESS RELEASE 5 March 2026", "The board has begun repairs."], True),
    (["Press release, 5 March 2026", "The board has begun repairs."], True),
    (["Press release (2026/14)", "The board has begun repairs."], True),
    (["The board has begun repairs.", "Ends.", "Contact: press office, 555 0100"], True),
])
def test_a_page_says_it_is_a_press_release(lines: list[str], says: bool) -> None:
    assert press_release(lines) is says


def test_a_release_without_a_label_in_its_headline_is_marked_as_a_press_release(tmp_path: Path) -> None:
    folder = tmp_path / "dam"
    folder.mkdir()
    (folder / "release.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(folder), "--db", str(tmp_path / "b.db"), "--as-of", "2024-03-12"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    told = [line for line in lines if "do not need to leave their homes" in line]
    assert told and all("] (press release)" in line for line in told), result.stdout
    assert all("(press release)" not in line for line in lines if "found a crack in the wall of the Kestrel dam" in line)
    assert not any("Notes to editors" in line or "runs 14 dams" in line for line in lines)  # (its notes are no line)


FACTBOX = """date 2024-03-13
FACTBOX-The valley's worst dam failures

Here are some facts about dam failures in the Velan valley:

VELAN, MAY 1987 - The Orrin dam burst after a week of rain, flooding four villages and killing 31 people.

VELAN, APRIL 2009 - A landslide overtopped the Tessa reservoir, and 2,000 people were evacuated.
"""


def _second_day(tmp_path: Path, factbox: str) -> Result:
    """The brief of a dam story's second day, when a factbox (``factbox``) and a later report arrive."""
    folder = tmp_path / "dam"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "b.db"
    assert CliRunner().invoke(cli, ["brief", str(folder), "--db", str(db), "--as-of", "2024-03-12"]).exit_code == 0
    (folder / "factbox.txt").write_text(factbox, encoding="utf-8")
    (folder / "later.txt").write_text(LATER, encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(folder), "--db", str(db), "--as-of", "2024-03-13"])
    assert result.exit_code == 0, result.output
    return result


def test_a_factboxs_slug_marks_it_and_its_entries_are_no_news(tmp_path: Path) -> None:
    # the slug leaves the title ("The valley's worst dam failures"), but the article stays a factbox: its background is
    # no point of what changed, and a line quoting it says whose it is
    assert own_words("FACTBOX-The valley's worst dam failures", None) == "factbox"
    result = _second_day(tmp_path, FACTBOX)
    changed = result.stdout.split("## What changed")[1].split("\n## ")[0]
    assert "Orrin" not in changed and "Tessa" not in changed, changed
    assert "evacuated from two villages" in changed, changed
    assert all("] (factbox)" in line for line in result.stdout.splitlines() if "Orrin dam burst" in line)


LATER = """date 2024-03-13
Families leave villages below cracked Kestrel dam

Police said 300 people had been evacuated from two villages below the Kestrel dam on Wednesday as the crack widened.
"""


TITLED_FACTBOX = """Title: FACTBOX-The valley's deadliest dam failures
Date: 13 March 2024

March 13 (Reuters) - A crack in the Kestrel dam wall has forced the evacuation of three villages.

ORRIN DAM, 1987
The dam burst after a week of rain, flooding four villages and killing 31 people and injuring 180.

TESSA RESERVOIR, 2009
A landslide overtopped the reservoir, and 2,000 people were evacuated.
"""


def test_a_factboxs_entries_give_no_figures_of_the_story(tmp_path: Path) -> None:
    # the chemical-plant reader's: "Injured (workers): 180" and "Deaths: 15" came from a factbox of other disasters, and
    # a figure's move made its entry a point of what changed ("An explosion at a BP refinery killed 15 workers ...")
    result = _second_day(tmp_path, TITLED_FACTBOX)
    assert "180" not in result.stdout and "31 people" not in result.stdout.split("## Timeline")[0], result.stdout
    assert "overtopped the reservoir" not in result.stdout.split("## Timeline")[0]  # (no situation: another event's)
    figures = result.stdout.split("## Figures")[1].split("\n## ")[0] if "## Figures" in result.stdout else ""
    assert "2,000" not in figures and "31" not in figures, figures


def test_a_factbox_of_the_storys_own_timeline_is_no_history_and_an_entry_it_opens_on_is_one() -> None:
    from briefbot.brief.items import lists_history, past_entry
    history = "TEXAS CITY, TEXAS, 1947 - A ship exploded in port.\nGRANITEVILLE, S.C., 2005 - A train carrying chlorine crashed."
    assert lists_history(history, 2026)
    # the review's: a timeline of the story itself, ending on an entry of its own year, keeps its figures
    own = ("VELANO, OCTOBER 2024 - First cases were reported.\nTARN, DECEMBER 2024 - 120 cases.\n"
           "VELANO, MARCH 2025 - The health ministry says 717 people have been infected and 41 have died.")
    assert not lists_history(own, 2025)
    assert past_entry(0, "TEXAS CITY, TEXAS, 2005 - An explosion at a refinery killed 15 workers and injured 180.")
    assert not past_entry(0, "An explosion at the Halden plant on Monday has killed at least four people.")
    assert past_entry(3, "A landslide overtopped the reservoir.")
