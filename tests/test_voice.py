"""Points quoted from one party's own words (a column, an editorial, a letter, a statement, a press
release) say whose they are; a reported article's points carry no such note."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from builders import article
from click.testing import CliRunner
from test_render import hand_built

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.sources import number_sources
from briefbot.cli import cli
from briefbot.models import Point, TimelineEntry
from briefbot.output import markdown as render
from briefbot.output import slack
from briefbot.output.serialize import brief_from_json, brief_to_json
from briefbot.store.db import Store
from briefbot.text.notes import book_review, commentary, opinion_bio
from briefbot.text.voice import own_words


@pytest.mark.parametrize(("title", "url", "kind"), [
    ("Opinion: Kestrel's dam was a disaster waiting to happen", None, "opinion"),
    ("Comment: the water board owes the valley an apology", None, "opinion"),
    ("Editorial: Rebuild the dam, but not where it stood", None, "editorial"),
    ("Letters: The valley deserves better", None, "letter"),
    ("Why the dam failed | Opinion", None, "opinion"),
    ("Statement of Jo Lee, counsel for Ann Poe", None, "statement of Jo Lee"),
    ("Statement by the Velan Water Board on the Kestrel dam", None, "statement of the Velan Water Board"),
    ("Statement of the Kestrel Front (unofficial translation)", None, "statement of the Kestrel Front"),  # a note in brackets
    ("Statement of the Council of the Kestrel Front", None, "statement of the Council of the Kestrel Front"),
    # a maker described in lower case by whose they are
    ("Statement by the defence team of Ann Poe", None, "statement of the defence team of Ann Poe"),
    ("Statement from the family of Jo Lee", None, "statement of the family of Jo Lee"),
    ("Statement by lawyers for Ann Poe", None, "statement of lawyers for Ann Poe"),
    ("Statement by the ministry on the Kestrel dam", None, ""),  # (no one's it says)
    ("The dam should never have been built", "https://paper.example/opinion/2024/03/dam", "opinion"),
    ("Water board announces inquiry into dam", "https://water.example/press-releases/inquiry", "press release"),
    # an analysis: a journalist's reading of the news, labelled so (a wire's label in capitals before a hyphen too)
    ("Analysis: Why the Kestrel dam failed", None, "analysis"),
    ("News analysis: a valley that will not forget", None, "analysis"),
    ("Book Review: 'The Long Flood' by Jo Lee", None, "review"),  # a review: its writer's view of a book
    ("Review: a history of the Kestrel dam that misses the point", None, "review"),
    ("ANALYSIS-Water board's inquiry may come too late", None, "analysis"),
    ("UPDATE 2-ANALYSIS-Water board's inquiry may come too late", None, "analysis"),  # after a version's slug
    ("OPINION-POLL SHOWS LEE AHEAD IN VELANO", None, ""),  # a headline in capitals: a word, no label
    # a statement with a word before it; a body's statements' section, its name before the word or none
    ("Preliminary statement of the Kestrel Observer Mission", None, "statement of the Kestrel Observer Mission"),
    ("KOM statement on the certification of results", "https://kom.example/statements/certification", "statement of KOM"),
    ("Water levels after the repair", "https://kom.example/statements/levels", "statement"),
    # reported: a headline about a statement or opinion polls, a news section, a page named "opinion"
    ("Statement by Lee angers the water board", None, ""),
    ("Statement by Lee (in full) angers the water board", None, ""),
    ("Opinion polls show Lee ahead in Velano", None, ""),
    ("Comment sought from the water board after the flood", None, ""),
    ("Analysis of water samples shows lead in the valley", None, ""),  # no label: a news headline
    ("Analysis-paralysis grips the water board", None, ""),  # a word with a hyphen, not a label in capitals
    ("KOM statement on the dam angers the valley", "https://paper.example/news/kom-statement", ""),  # a news section
    ("Damning statement by Lee angers the water board", None, ""),
    ("Kestrel dam fails after three days of rain", "https://paper.example/news/2024/03/dam", ""),
    ("Kestrel dam fails after three days of rain", "https://paper.example/news/opinion", ""),
    (None, None, ""),
])
def test_the_kind_of_own_words_is_read_from_the_headline_and_the_address(title: str | None, url: str | None, kind: str) -> None:
    assert own_words(title, url) == kind


def test_a_source_s_title_has_no_wire_slug_and_its_label_still_says_whose_words() -> None:
    """A feed entry's or a ``Title:`` line's headline is kept as given ("UPDATE 2-...", "ANALYSIS-..."); the sources list
    shows the headline without the wire's slug, and the slug's label still marks the article's points."""
    update = article(title="UPDATE 2-Velan dam holds as river crests", id=1)
    analysis = article(title="ANALYSIS-Why the Velan dam came close to failing", id=2)
    joined = article(title="NATO-Velan talks stall over the dam", id=3)  # names joined by a hyphen: the headline's own
    caps = article(title="OPINION-POLL SHOWS VELAN PM TRAILING", id=4)  # all in capitals: a word, no slug, no label
    sources = number_sources({1: update, 2: analysis, 3: joined, 4: caps}, [(1,), (2,), (3,), (4,)])
    assert [(s.title, s.voice) for s in sources] == [("Velan dam holds as river crests", ""),
                                                      ("Why the Velan dam came close to failing", "analysis"),
                                                      ("NATO-Velan talks stall over the dam", ""),
                                                      ("OPINION-POLL SHOWS VELAN PM TRAILING", "")]


def test_a_source_carries_the_kind_of_its_article() -> None:
    own = article(title="Statement of Jo Lee, counsel for Ann Poe", id=1)
    reported = article(title="Kestrel dam fails after three days of rain", id=2)
    sources = number_sources({1: own, 2: reported}, [(1,), (2,)])
    assert [s.voice for s in sources] == ["statement of Jo Lee", ""]


def _brief_quoting_a_column() -> tuple[list[str], list[str]]:
    brief = hand_built()
    column = replace(brief.sources[0], voice="opinion")  # article 11, quoted by the first "what changed" point
    statement = replace(brief.sources[1], voice="statement of Jo Lee")  # article 12, quoted first by the first situation point
    event = Point("Negotiators from both sides met in Geneva on Saturday to resume ceasefire talks.", (11,))
    brief = replace(brief, sources=(column, statement, brief.sources[2]), timeline=(TimelineEntry(brief.as_of, (event,)),))
    return render.markdown(brief).splitlines(), [*slack.situation_lines(brief), *slack.change_lines(brief), *slack.timeline_lines(brief)]


def test_a_point_quoting_one_partys_own_words_says_whose_they_are() -> None:
    lines, slack_lines = _brief_quoting_a_column()
    assert "- **New:** Negotiators from both sides met in Geneva on Saturday [2 Mar] to resume ceasefire talks. [1] (opinion)" in lines
    assert ("- Tensions in the north have been high since the shootout in September [2023]. [2][1] (statement of Jo Lee)"
            " (also reported by 1 other article)") in lines
    assert "- 2 Mar 2024 — Negotiators from both sides met in Geneva on Saturday to resume ceasefire talks. [1] (opinion)" in lines
    assert "• Tensions in the north have been high since the shootout in September [2023]. [1][2] (statement of Jo Lee)" in slack_lines
    assert "• 2 Mar 2024 — Negotiators from both sides met in Geneva on Saturday to resume ceasefire talks. [1] (opinion)" in slack_lines


def test_a_point_quoting_a_reported_article_has_no_note() -> None:
    lines, slack_lines = _brief_quoting_a_column()
    # the quoted article (the first cited) decides: article 13 is reported
    assert "- Residents of Banjska began returning to their homes on Friday. [3]" in lines
    assert "• Residents of Banjska began returning to their homes on Friday. [3]" in slack_lines
    assert "(opinion)" not in render.markdown(hand_built())


def test_the_kind_survives_the_briefs_json() -> None:
    brief = hand_built()
    brief = replace(brief, sources=(replace(brief.sources[0], voice="opinion"), *brief.sources[1:]))
    back = brief_from_json(brief_to_json(brief))
    assert [s.voice for s in back.sources] == ["opinion", "", ""]


STATEMENT = """Date: 2024-03-12
URL: https://lawfirm.example/news/poe-statement

Statement of Jo Lee, counsel for Ann Poe

The court has been misled about the state of the Kestrel dam for three years.

Ms. Poe has always maintained that the dam was sound when she signed the report.
"""
REPORT = """Date: 2024-03-12
URL: https://paper.example/news/kestrel-dam-trial

Kestrel dam engineer goes on trial

Former water board engineer Ann Poe went on trial in Kestrel on Tuesday over the collapse of the Kestrel dam.
"""


def _brief_of(tmp_path: Path, page: str, name: str, *, report: bool = True) -> list[str]:
    """The Markdown lines of the brief of a folder holding ``page`` (as ``name``) and (if ``report``) the report of the
    trial."""
    folder = tmp_path / ("story" if report else "alone")
    folder.mkdir()
    (folder / name).write_text(page, encoding="utf-8")
    if report:
        (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(folder), "--db", str(tmp_path / f"{folder.name}.db"), "--as-of", "2024-03-12"])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_a_brief_marks_the_points_of_a_statement_and_not_those_of_a_report(tmp_path: Path) -> None:
    lines = _brief_of(tmp_path, STATEMENT, "statement.txt")
    marked = [line for line in lines if line.endswith("(statement of Jo Lee)")]
    assert any("The court has been misled" in line for line in marked), lines
    assert all("Statement of" not in line and "on trial" not in line for line in marked)
    assert any("went on trial" in line and "(statement" not in line for line in lines), lines


def test_a_statements_maker_named_by_initials_is_named_in_full_as_the_page_spells_them_out() -> None:
    text = "The Kestrel Observer Mission takes note of the certification of the results by the commission."
    url = "https://kom.example/statements/certification"
    assert own_words("KOM statement on the certification of results", url, text) == "statement of the Kestrel Observer Mission"
    assert own_words("Statement by NATO on the dam", None, "The North Atlantic Treaty Organization said ...") == (
        "statement of the North Atlantic Treaty Organization")
    # initials the page does not spell out, and a name that is no initials, stay as they are
    assert own_words("KOM statement on the certification of results", url, "The mission takes note.") == "statement of KOM"
    assert own_words("Statement of Jo Lee, counsel for Ann Poe", None, "Jo Lee Associates said ...") == "statement of Jo Lee"


def test_a_statement_page_s_kind_is_no_maker_and_a_possessive_maker_reads_plainly() -> None:
    from briefbot.text.voice import own_words
    url = "https://kom.example/statements/certification"
    assert own_words("Joint statement on the talks", url) == "statement"
    assert own_words("Press statement", url) == "statement"
    assert own_words("The Kestrel Front's statement", url) == "statement of the Kestrel Front"


COMMENTARY = """Date: 2024-03-12

Kestrel's dam is a warning to every valley

By Oren Paske The Kestrel dam did not fail for want of money: it failed for want of attention.

The water board should have closed the dam the day the first crack was reported.

The opinions expressed in this commentary are solely those of Oren Paske.
"""


def test_a_page_whose_disclaimer_says_it_is_a_commentary_is_its_writers_opinion(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "comment.txt").write_text(COMMENTARY, encoding="utf-8")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "b.db"
    result = CliRunner().invoke(cli, ["brief", str(folder), "--db", str(db), "--as-of", "2024-03-12"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any("went on trial" in line and "(opinion)" not in line for line in lines), result.stdout
    assert not any("should have closed the dam" in line for line in lines)  # a view, while a report can take its place
    assert not any("opinions expressed" in line for line in lines)  # the disclaimer itself is no line of the brief
    alone = _brief_of(tmp_path, COMMENTARY, "comment.txt", report=False)  # alone, the view is told, marked as one
    assert any("should have closed the dam" in line and line.endswith("(opinion)") for line in alone), alone
    shown = CliRunner().invoke(cli, ["show", "1", "--db", str(tmp_path / "alone.db"), "--json"])  # as the store keeps it
    assert '"voice": "opinion"' in shown.stdout, shown.stdout


@pytest.mark.parametrize(("line", "says"), [
    ("The opinions expressed in this commentary are solely those of Jo Lee.", True),
    ("The views expressed here do not necessarily reflect those of the Meridian.", True),
    ("The views expressed in this column are his own.", True),
    # a story that reports others' opinions, a site's note on its readers' comments, a byline (a freelance reporter's too)
    ("The views expressed in the contents above are those of our users and do not necessarily reflect the views of the Meridian.",
     False),
    ("March 3, 2025 | By Jo Lee -- Special to the Meridian KESSARY -- Three soldiers were killed on Monday.", False),
    ("The minister said the opinions expressed by protesters were not those of the nation.", False),
    ("By Jo Lee, CNN Correspondent Troops sealed the bridge at dawn.", False),
])
def test_a_commentary_says_so_in_its_disclaimer(line: str, says: bool) -> None:
    assert commentary(["The dam held.", line]) is says


def test_a_commentary_stored_before_the_store_kept_voices_learns_it_when_read_again(tmp_path: Path) -> None:
    page = article("The water board should have closed the dam the day the first crack was reported.", id=None, title="The dam")
    with Store(tmp_path / "s.db") as store:
        store.add_articles("t", [page], seen=date(2024, 3, 12), now=datetime(2024, 3, 12, tzinfo=UTC))  # as an old store had it
        again = store.add_articles("t", [replace(page, voice="opinion")], seen=date(2024, 3, 13), now=datetime(2024, 3, 13, tzinfo=UTC))
        (kept,) = store.articles([1]).values()
    assert (again.unchanged, kept.voice) == (1, "opinion")


@pytest.mark.parametrize(("line", "lists"), [
    ("THE LONG FLOOD How a Valley Lost Its Dam By Jo Lee | Kestrel Press. $22.95", True),
    ("The Long Flood by Jo Lee Kestrel Univ. 346 pp. $23.95", True),
    # a story naming a book and its price in a sentence, a bar in a byline
    ("Lee, author of ``The Long Flood'' (Kestrel Press, $25), said the dam had been neglected.", False),
    ("By Jo Lee | Kestrel Times Engineers found a second crack in the dam on Monday.", False),
    ("Lee, whose history of the dam (Kestrel Press, 346 pp., $25) came out in May, said the wall was weak.", False),
])
def test_a_book_review_lists_the_book_with_its_price(line: str, lists: bool) -> None:
    assert book_review(["The dam held.", line]) is lists


def test_a_book_reviews_listing_may_break_its_line_before_the_price() -> None:
    assert book_review(["THE LONG FLOOD How a Valley Lost Its Dam By Jo Lee | Kestrel Press.", "$22.95 Jo Lee is a hydrologist."])
    assert book_review(["The Long Flood by Jo Lee Kestrel Univ. 346 pp.", "$23.95 In a recent column ..."])


REVIEW = """Date: 2024-03-12

Why did the Kestrel dam fail?

THE LONG FLOOD How a Valley Lost Its Dam By Ann Poe | Kestrel Press. $22.95

Ann Poe blames the water board for ignoring the cracks for a decade.
"""


def test_a_book_reviews_points_are_marked_as_a_review(tmp_path: Path) -> None:
    lines = _brief_of(tmp_path, REVIEW, "review.txt", report=False)
    assert any("blames the water board" in line and line.endswith("(review)") for line in lines), lines
    lines = _brief_of(tmp_path, REVIEW, "review.txt")  # beside a report, the report is told, unmarked
    assert any("went on trial" in line and "(review)" not in line for line in lines), lines


@pytest.mark.parametrize(("bio", "views"), [
    ("Ann Poe is a senior fellow at the Kestrel Institute for Water Policy.", True),
    ("(Oren Paske is a Herald columnist. His e-mail address is opaske(at)herald.example.)", True),
    ("Ann Poe is director of the Velan Council of Engineers.", True),
    # a reporter's or an editor's bio: the page may be a report
    ("Ann Poe is the Herald's valley correspondent.", False),
    ("Ann Poe is an assistant managing editor of the Kestrel Review.", False),
    ("Ann Poe is a Herald reporter and the author of a history of the dam.", False),  # her first role (the review's cases)
    ("Ann Poe is The Economist's Velano correspondent.", False),
])
def test_a_page_signed_off_by_its_writers_bio_in_a_role_that_gives_views_is_opinion(bio: str, views: bool) -> None:
    page = ["The Velan water board has ignored the cracks in the dam for a decade.",
            "It should close the dam until the wall is rebuilt, whatever the farmers downstream say.", bio]
    assert opinion_bio(page) is views


def test_an_op_ed_signed_off_by_its_writers_bio_is_marked_opinion(tmp_path: Path) -> None:
    lines = _brief_of(tmp_path, "Date: 2024-03-12\n\nThe valley needs a new dam\n\n"
                                "The Velan water board has ignored the cracks in the Kestrel dam for a decade.\n\n"
                                "Ann Poe is a senior fellow at the Kestrel Institute for Water Policy.\n", "oped.txt", report=False)
    assert any("ignored the cracks" in line and line.endswith("(opinion)") for line in lines), lines
    assert not any("senior fellow" in line for line in lines)  # the bio itself is no line of the brief


def test_a_view_is_no_point_while_a_report_can_take_its_place() -> None:
    report = article("Negotiators from Velano and Kestrel met in Geneva on Saturday to resume ceasefire talks. "
                     "The talks ended without an agreement on Sunday, officials said. "
                     "Both delegations will meet again in Geneva next week, the mediator said.",
                     title="Geneva ceasefire talks end without a deal", published=date(2024, 3, 4), id=1)
    column = article("The ceasefire talks in Geneva were doomed from the start. "
                     "Neither Velano nor Kestrel has shown any willingness to compromise on the border. "
                     "A ceasefire without monitors in Geneva would not last a week.",
                     title="Opinion: The Geneva ceasefire talks were doomed", published=date(2024, 3, 4), id=2)
    settings = Settings(topic="talks", title="Geneva ceasefire talks", words=250)
    points = [p.text for p in compose_brief(settings, date(2024, 3, 5), [report, column], [], None).summary]
    assert points and not any(p in column.text for p in points)  # (its words fill no budget a report's could)
    alone = [p.text for p in compose_brief(settings, date(2024, 3, 5), [column], [], None).summary]
    assert alone and all(p in column.text for p in alone)  # a view alone is still told, marked as one


DAY_ONE = """Date: 2024-03-11

Kestrel dam breached after three days of rain

The Kestrel dam was breached on Monday after three days of heavy rain, flooding 40 homes in the valley below it.
The water board said engineers were inspecting the dam wall and that residents should stay away from the river.
"""
DAY_TWO_REPORT = """Date: 2024-03-13

Kestrel valley residents allowed home as river falls

Residents of the Kestrel valley were allowed back into their homes on Wednesday as the river fell below its banks.
The water board said the breach in the dam wall had been sealed with rock and sandbags overnight.
"""
DAY_TWO_ANALYSIS = """Date: 2024-03-13

Analysis: Why the Kestrel dam was always going to fail

Long before the rain began, engineers had warned the water board that the dam wall was cracking.
The wall had not been inspected from the inside since 1998, according to board papers seen by the Kestrel Observer.
"""


def _changes(tmp_path: Path, second_day: dict[str, str]) -> list[str]:
    """The "what changed" lines of the second day's brief of a story whose second day brings ``second_day`` (name: page)."""
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "one.txt").write_text(DAY_ONE, encoding="utf-8")
    db = str(tmp_path / "story.db")
    assert CliRunner().invoke(cli, ["brief", str(folder), "--db", db, "--as-of", "2024-03-11"]).exit_code == 0
    for name, page in second_day.items():
        (folder / name).write_text(page, encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(folder), "--db", db, "--as-of", "2024-03-13"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = lines.index("## What changed since 2024-03-11")
    return [line for line in lines[start + 1:lines.index("## Situation")] if line.startswith("- ")]


def test_what_changed_tells_a_reports_news_and_not_an_analysiss_background(tmp_path: Path) -> None:
    changes = _changes(tmp_path, {"report.txt": DAY_TWO_REPORT, "analysis.txt": DAY_TWO_ANALYSIS})
    assert any("were allowed back into their homes on Wednesday" in line for line in changes), changes
    assert not any("had warned" in line or "since 1998" in line for line in changes), changes


def test_an_analysis_alone_still_tells_what_changed(tmp_path: Path) -> None:
    changes = _changes(tmp_path, {"analysis.txt": DAY_TWO_ANALYSIS})  # (no report: its sentences are all there is)
    assert changes and all("(analysis)" in line for line in changes), changes
