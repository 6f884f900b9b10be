"""The timeline: event dates picked into days that matter (brief.timeline), in the brief and on demand."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from builders import article, write_article
from click.testing import CliRunner, Result

from briefbot.brief.timeline import TimelineSettings, build_timeline, compose_timeline
from briefbot.brief.topic import Topic
from briefbot.cli import cli
from briefbot.models import Brief, Point, TimelineEntry
from briefbot.output.markdown import timeline_markdown
from briefbot.output.serialize import brief_from_json, brief_to_dict, brief_to_json, timeline_to_json
from briefbot.output.slack import timeline_lines

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ATTACK = ("Gunmen ambushed a police patrol near the village of Banjska on Sunday, killing one officer. "
          "Police said the attackers fled into a monastery after the shooting.")
DAY_AFTER = ("Three gunmen were killed in Sunday's shootout at the monastery, the interior minister said. "
             "Gunmen ambushed a police patrol near the village of Banjska on Sunday, killing one officer.")
WEEK_LATER = ("The government declared a day of mourning for the officer killed in the ambush. "
              "Flags flew at half-mast across the capital as the funeral procession passed.")


def _run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), prog_name="briefbot")
    assert "Traceback" not in result.output, result.output
    return result


BANJSKA = Topic("Banjska", "the ambush of a police patrol, the officer killed and the day of mourning")


def _articles() -> list:
    return [
        article(ATTACK, published=date(2023, 9, 24), id=1),
        article(DAY_AFTER, published=date(2023, 9, 25), id=2),
        article(WEEK_LATER, published=date(2023, 10, 2), id=3),
    ]


def test_events_fall_on_the_day_they_happened_oldest_first_and_cite_their_articles() -> None:
    entries = build_timeline(_articles(), date(2023, 10, 2), TimelineSettings(dates=3, sentences=1))
    assert [e.date for e in entries] == [date(2023, 9, 24), date(2023, 10, 2)]
    first = entries[0].events[0]
    assert first.text.startswith("Gunmen ambushed a police patrol") and set(first.article_ids) == {1, 2}
    # "Sunday's shootout", told on Monday, is Sunday's event too: no entry for 25 September
    assert all(e.date != date(2023, 9, 25) for e in entries)


def test_a_line_whose_sentence_names_no_day_is_marked_as_standing_on_the_day_of_its_report() -> None:
    # the morning paper's undated "The dam gave way" happened the day before: the line says its day is the report's
    papers = [article("The Velano dam gave way, flooding the lower town and cutting the road to Kestrel.",
                      published=date(2024, 3, 12), id=1),
              article("The Velano dam gave way on Monday, flooding the lower town and cutting the road to Kestrel. "
                      "Army crews began pumping water out of the lower town on Tuesday.", published=date(2024, 3, 13), id=2),
              article("Engineers inspected the Kestrel weir upstream of the town and found that it had held.",
                      published=date(2024, 3, 14), id=3)]
    entries = build_timeline(papers, date(2024, 3, 14), TimelineSettings(dates=5, sentences=2))
    marked = {p.text[:24]: p.dated_by_publication for e in entries for p in e.events}
    assert marked["The Velano dam gave way "] is False  # (named by its near-copy: the day it names, unmarked)
    assert marked["Engineers inspected the "] is True
    assert marked["Army crews began pumping"] is False
    brief = Brief("t", "Velano", date(2024, 3, 14), None, (), (), (), (), (), timeline=entries)
    lines = [line for line in timeline_lines(brief) if "Engineers" in line]
    assert lines and lines[0].endswith("(publication date)")
    # a near-copy naming the same day dates the line (no mark); in a brief, the article a marked line stands on is cited
    same_day = [replace(papers[0], published=date(2024, 3, 11)), papers[1]]
    assert [p.dated_by_publication for e in build_timeline(same_day, date(2024, 3, 14), TimelineSettings(sentences=1))
            for p in e.events if p.text.startswith("The Velano dam gave way")] == [False]
    listed = build_timeline([papers[2], replace(papers[2], id=4, published=date(2024, 3, 15))], date(2024, 3, 15),
                            TimelineSettings(sentences=1), listed={4})
    assert [(p.article_ids, p.dated_by_publication) for e in listed for p in e.events] == [((3, 4), True)]
    again = brief_from_json(brief_to_json(brief))
    assert [p.dated_by_publication for e in again.timeline for p in e.events] == [p.dated_by_publication for e in entries for p in e.events]


def test_nothing_after_the_as_of_day_and_no_relative_date_from_an_undated_article() -> None:
    undated = replace(article("Rebels seized the airport on Friday after a day of heavy fighting.", published=None,
                              id=4), first_seen=date(2023, 10, 2))
    entries = build_timeline([*_articles(), undated], date(2023, 9, 30), TimelineSettings(dates=5, sentences=3))
    days = [e.date for e in entries]
    assert days == [date(2023, 9, 24)] and all("airport" not in p.text for e in entries for p in e.events)


def test_a_timeline_numbers_the_sources_it_cites() -> None:
    timeline = compose_timeline("t", BANJSKA, date(2023, 10, 2), _articles(), TimelineSettings(dates=2, sentences=1))
    text = timeline_markdown(timeline)
    assert "- 24 Sep 2023 — Gunmen ambushed a police patrol" in text and "[1][2]" in text
    assert [s.article_id for s in timeline.sources] == [1, 2, 3]


# a local paper's other stories, in a feed beside the topic's: the same town, no word of the fire (invented)
FAIR = ("Hollins County Fair opens on Friday with a new livestock barn and a rodeo. "
        "Organisers said on Tuesday that about 40,000 visitors are expected over the four days.")


def test_a_timeline_leaves_out_the_articles_not_about_its_topic_and_says_how_many() -> None:
    fire = article("The Sarrow Ridge fire destroyed 40 homes near Callen on Monday, the fire agency said.", id=1,
                   published=date(2026, 8, 4))
    fair = article(FAIR, id=2, published=date(2026, 8, 4), title="County fair opens Friday")
    about = Topic("Sarrow Ridge fire", "wildfire near Callen: evacuations, deaths and damage")
    timeline = compose_timeline("t", about, date(2026, 8, 9), [fire, fair], TimelineSettings(dates=5, sentences=3))
    events = [p for e in timeline.entries for p in e.events]
    assert events and all(p.article_ids == (1,) for p in events)  # the fair's days and lines are no events
    assert [s.article_id for s in timeline.sources] == [1] and [s.article_id for s in timeline.off_topic] == [2]
    assert "*As of 2026-08-09* · 1 article(s) left out as off-topic" in timeline_markdown(timeline).splitlines()
    assert json.loads(timeline_to_json(timeline))["off_topic"][0]["title"] == "County fair opens Friday"
    everything = compose_timeline("t", Topic(), date(2026, 8, 9), [fire, fair], TimelineSettings(dates=5, sentences=3))
    assert everything.off_topic == () and {p.article_ids for e in everything.entries for p in e.events} == {(1,), (2,)}


def test_a_timeline_with_nothing_to_date_does_not_say_no_article_is_dated() -> None:
    talk = article("BLITZER: Thanks for joining us. LEE: Glad to be here.", id=1, published=date(2023, 9, 24))
    text = timeline_markdown(compose_timeline("t", BANJSKA, date(2023, 10, 2), [talk], TimelineSettings()))
    assert "No dated event: no article dated up to 2023-10-02 tells one" in text and "is dated up to" not in text


def test_the_command_prints_the_timeline_of_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write_article(folder, "a.txt", ATTACK, published="2023-09-24", title="Police patrol ambushed")
    write_article(folder, "b.txt", DAY_AFTER, published="2023-09-25", title="Gunmen killed")
    write_article(folder, "c.txt", WEEK_LATER, published="2023-10-02", title="Day of mourning")
    result = _run("timeline", str(folder), "--as-of", "2023-10-02", "--dates", "2", "--sentences", "1", "--db", str(tmp_path / "t.db"))
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "# Timeline: Banjska\n\n*As of 2023-10-02*\n\n"
        "- 24 Sep 2023 — Gunmen ambushed a police patrol near the village of Banjska on Sunday, killing one officer. [1][2]\n"
        "- 2 Oct 2023 — Flags flew at half-mast across the capital as the funeral procession passed. [3] (publication date)\n\n"
        "## Sources\n\n"
        f"1. Police patrol ambushed — 2023-09-24 — {folder / 'a.txt'}\n"
        f"2. Gunmen killed — 2023-09-25 — {folder / 'b.txt'}\n"
        f"3. Day of mourning — 2023-10-02 — {folder / 'c.txt'}\n"
    )
    as_json = json.loads(_run("timeline", "--as-of", "2023-10-02", "--dates", "2", "--sentences", "1", "--json",
                              "--db", str(tmp_path / "t.db")).stdout)
    assert [(d["date"], [e["text"][:15] for e in d["events"]]) for d in as_json["timeline"]] == [
        ("2023-09-24", ["Gunmen ambushed"]), ("2023-10-02", ["Flags flew at h"])]
    assert sorted(as_json["timeline"][0]["events"][0]["article_ids"]) == [1, 2]
    assert [e["dated_by_publication"] for d in as_json["timeline"] for e in d["events"]] == [False, True]


def test_the_command_stores_no_brief(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write_article(folder, "a.txt", ATTACK, published="2023-09-24")
    assert _run("timeline", str(folder), "--as-of", "2023-09-24", "--db", str(tmp_path / "t.db")).exit_code == 0
    assert "no briefs yet" in _run("history", "--db", str(tmp_path / "t.db")).stdout


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    for args in (["--dates", "0"], ["--as-of", "yesterday"], [str(tmp_path / "missing")]):
        result = _run("timeline", *args, "--db", str(tmp_path / "t.db"))
        assert result.exit_code == 2 and result.stderr.startswith("error: ") and result.stdout == ""


def test_the_seeds_timeline_shows_the_attack_the_village_kurtis_claim_natos_decision_and_the_reports_of_13_november(
        tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = _run("brief", str(tmp_path / "seeds"), "--as-of", "2023-11-13", "--db", str(tmp_path / "b.db"))
    timeline = result.stdout.split("## Timeline\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert 5 <= len(timeline) <= 10
    assert timeline[0].startswith("- 24 Sep 2023 — ") and "ambushed" in timeline[0]
    assert any(line.startswith("- 8 Nov 2023 — ") and "annex" in line for line in timeline)
    # the day's second line is not Kurti's claim again but NATO's decision (one article tells 8 November)
    assert any(line.startswith("- 8 Nov 2023 — ") and "NATO has announced its decision" in line for line in timeline)
    # a line dated by its article is an event of its day: the village the violence erupted in, not Kurti's view of it
    assert any(line.startswith("- 24 Sep 2023 — ") and "Banjska" in line for line in timeline)
    assert sum("Kurti alleges" in line for line in timeline) == 0
    assert timeline[-1].startswith("- 13 Nov 2023 — ")
    days = [datetime.strptime(line.split(" — ")[0][2:], "%d %b %Y").date() for line in timeline]
    assert days == sorted(days)  # newest last


def test_an_undated_articles_weekday_stays_unused_even_next_to_a_dated_day_like_it() -> None:
    # its "on Sunday" may well be Sunday 24 September, but nothing says when it was written
    # (dating by the closest reporting was right for 38-44% of such sentences on real copy)
    undated = replace(article("Snipers fired on a second patrol on Sunday evening, police said.",
                              published=None, id=4), first_seen=date(2023, 10, 20))
    entries = build_timeline([*_articles(), undated], date(2023, 10, 20), TimelineSettings(dates=5, sentences=3))
    assert entries and all(4 not in p.article_ids for e in entries for p in e.events)


def test_of_a_days_sentences_the_one_closer_to_the_topics_focus_is_chosen() -> None:
    day = date(2024, 7, 3)
    arts = [article("Rescue teams reached the flooded villages in the valley by boat.", published=day, id=1),
            article("Shares of the big insurers fell sharply on the stock exchange.", published=day, id=2)]
    for focus, expected in (("Floods: the rescue of the villages", 1), ("Insurers and their shares", 2)):
        entries = build_timeline(arts, day, TimelineSettings(dates=1, sentences=1), focus=focus)
        assert [p.article_ids for e in entries for p in e.events] == [(expected,)]


def test_a_day_counts_the_articles_speaking_of_it_each_sentence_by_its_own_date() -> None:
    # the same undated-by-words sentence, reprinted on 5 March, speaks of 5 March there: 1 March
    # has one article, 5 March two
    line = "Officials said the old bridge over the river was closed to all traffic."
    arts = [article(line, published=date(2023, 3, 1), id=1),
            article(f"{line} Engineers began to inspect the cracked pillars of the span.", published=date(2023, 3, 5), id=2),
            article(f"{line} Commuters queued for hours at the ferry landing downstream.", published=date(2023, 3, 5), id=3)]
    entries = build_timeline(arts, date(2023, 3, 5), TimelineSettings(dates=1, sentences=1))
    assert [e.date for e in entries] == [date(2023, 3, 5)]


def test_of_two_days_as_busy_the_one_later_reports_name_comes_first() -> None:
    arts = [article("Rail workers walked out at dawn across the northern network.", published=date(2023, 3, 1), id=1),
            article("Commuter trains stood idle in the northern towns as the strike began.", published=date(2023, 3, 1), id=2),
            article("The transport minister met union leaders for the first round of talks.", published=date(2023, 3, 3), id=3),
            article("The union and the minister agreed on Friday to a new pay offer.", published=date(2023, 3, 6), id=4)]
    entries = build_timeline(arts, date(2023, 3, 6), TimelineSettings(dates=1, sentences=1))
    assert [e.date for e in entries] == [date(2023, 3, 3)]  # Friday, named on Monday 6 March


def test_of_two_days_as_busy_and_as_named_later_the_one_more_sentences_report_comes_first() -> None:
    # 1 and 3 March: one article each, none naming them later; 3 March's says more of its day
    arts = [article("Rail workers walked out at dawn across the northern network.", published=date(2023, 3, 1), id=1),
            article("The transport minister met union leaders for the first round of talks. "
                    "Both sides said the talks would go on through the night at the ministry.",
                    published=date(2023, 3, 3), id=2)]
    entries = build_timeline(arts, date(2023, 3, 3), TimelineSettings(dates=1, sentences=1))
    assert [e.date for e in entries] == [date(2023, 3, 3)]


def test_in_a_brief_an_event_cites_the_carrying_articles_the_brief_lists_else_one() -> None:
    as_of = date(2023, 10, 2)
    settings = TimelineSettings(dates=1, sentences=1)
    (alone,) = build_timeline(_articles(), as_of, settings)  # on demand: every carrying article
    assert set(alone.events[0].article_ids) == {1, 2} and alone.events[0].also_reported == ()
    (listed,) = build_timeline(_articles(), as_of, settings, listed={2, 7})
    assert (listed.events[0].article_ids, listed.events[0].also_reported) == ((2,), (1,))
    (none,) = build_timeline(_articles(), as_of, settings, listed=set())
    assert (none.events[0].article_ids, none.events[0].also_reported) == ((1,), (2,))  # the earliest


def test_in_a_brief_of_two_near_equal_events_the_one_a_listed_article_carries_is_chosen() -> None:
    day = date(2023, 10, 6)
    articles = [article("Rebels seized the northern airport on Friday after a night of heavy shelling.", published=day, id=1),
                article("Rebels seized the northern harbour on Friday after a night of heavy shelling.", published=day, id=2)]
    settings = TimelineSettings(dates=1, sentences=1)
    (plain,) = build_timeline(articles, day, settings)
    (preferring,) = build_timeline(articles, day, settings, listed={2})
    assert ("airport" in plain.events[0].text, "harbour" in preferring.events[0].text) == (True, True)
    assert preferring.events[0].article_ids == (2,)


# One article alone tells a day: its lead, a sentence restating the lead's claim in other words,
# a decision of another actor further down, and a sentence that leans on the one before it.
ONE_SOURCE_DAY = (
    "The mayor of Dorvale said on Tuesday that the flooding of the harbour district was caused by the dam operator's "
    "failure to open the sluices in time. "
    "While two pumping stations broke down and one was repaired, the mayor alleges that the dam operator's failure "
    "flooded the harbour district and put the whole of Dorvale at risk. "
    "Hundreds of homes in the harbour district were flooded when the sluices of the dam stayed shut. "
    "This followed weeks of heavy rain in the hills. "
    "The dam operator has long denied any failure at the dam. "
    "The river authority decided to release 40 million euros for new flood walls along the harbour. "
    "It called for calm. "
    "The flooding of the harbour district and the dispute over the dam add to the troubles of Dorvale."
)


def test_a_day_one_article_tells_gets_a_second_line_that_says_something_the_first_does_not() -> None:
    day = date(2024, 2, 6)
    entries = build_timeline([article(ONE_SOURCE_DAY, published=day, id=1)], day, TimelineSettings(dates=1, sentences=2))
    lines = [p.text for e in entries for p in e.events]
    assert len(lines) == 2 and lines[0].startswith("The mayor of Dorvale said on Tuesday")
    # not the lead's claim again, nor "This followed ...", which says nothing read alone
    assert lines[1].startswith("The river authority decided to release 40 million euros")



def test_a_day_one_story_tells_reprinted_word_for_word_by_a_second_outlet_is_still_one_source() -> None:
    # the reprint carries every sentence: it adds no outlet agreeing on what matters
    day = date(2024, 2, 6)
    arts = [article(ONE_SOURCE_DAY, published=day, id=1), article(ONE_SOURCE_DAY, published=day, id=2)]
    lines = [p.text for e in build_timeline(arts, day, TimelineSettings(dates=1, sentences=2)) for p in e.events]
    assert [line.split()[1] for line in lines] == ["mayor", "river"]


def test_a_day_one_article_tells_keeps_its_line_when_only_sentences_that_lean_back_are_left() -> None:
    # 6 Feb's one article restates 5 Feb's arrests (redundant with that day's line) and adds a
    # sentence that leans on it: asking for two lines a day must not lose the day
    arrests = "Police arrested five men in the northern town of Banjska after the attack on the monastery."
    later = article("Police arrested five men in Banjska after the monastery attack, residents said. "
                    "They were taken to the capital for questioning by the special prosecutor. "
                    "It was the third such raid in the region this month.", published=date(2024, 2, 6), id=2)
    arts = [article(arrests, published=date(2024, 2, 5), id=1), article(arrests, published=date(2024, 2, 5), id=3), later]
    for n in (1, 2):
        entries = build_timeline(arts, date(2024, 2, 6), TimelineSettings(dates=2, sentences=n))
        assert [e.date for e in entries] == [date(2024, 2, 5), date(2024, 2, 6)], n


def test_in_a_brief_a_days_second_line_comes_from_an_article_it_lists() -> None:
    day = date(2023, 10, 6)
    articles = [article("Rebels seized the northern airport on Friday after a night of heavy shelling.", published=day, id=1),
                article("Thousands of residents fled the port city on Friday as the fighting spread to its suburbs.",
                        published=day, id=2)]
    settings = TimelineSettings(dates=1, sentences=2)
    (alone,) = build_timeline(articles, day, settings)  # on demand: the day's two best lines, whoever carries them
    assert [e.article_ids for e in alone.events] == [(1,), (2,)]
    # in a brief that lists neither article, the day's first line may bring its article, a second line
    # only an article the brief lists: the day shows one line
    (lean,) = build_timeline(articles, day, settings, listed=set())
    assert [e.article_ids for e in lean.events] == [(1,)]
    (both,) = build_timeline(articles, day, settings, listed={2})
    assert sorted(e.article_ids for e in both.events) == [(1,), (2,)]


def test_a_briefs_timeline_vectorized_from_the_briefs_counts_is_the_same_timeline() -> None:
    """A brief gives the timeline its candidates' counts (``Counted``): the same entries as counting again."""
    from briefbot.rank.vectors import Counted, vectorize
    from briefbot.text.terms import is_brief_material, sentence_spans, terms

    arts = _articles()
    lists = [terms(s.text) for a in arts for s in sentence_spans(a.text) if is_brief_material(s.text)]
    settings = TimelineSettings(dates=5, sentences=3)
    alone = build_timeline(arts, date(2023, 10, 20), settings, focus="Kosovo police attack")
    assert alone
    assert build_timeline(arts, date(2023, 10, 20), settings, focus="Kosovo police attack",
                          counted=Counted.of(vectorize(lists), lists)) == alone
    few = lists[: len(lists) // 2]  # some sentences never counted: counted again, the same timeline
    assert build_timeline(arts, date(2023, 10, 20), settings, focus="Kosovo police attack",
                          counted=Counted.of(vectorize(few), few)) == alone


def test_a_timeline_of_several_days_ends_on_the_newest_dated_by_publicationing() -> None:
    # the early days are named by later reports (the busiest), the newest is told once: it still ends the timeline
    arts = [article("The Velan dam burst on Monday, flooding the lower town of Tesk.", published=date(2023, 3, 6), id=1),
            article("Rescuers reached the flooded town of Tesk on Tuesday.", published=date(2023, 3, 7), id=2),
            article("The dam burst on Monday, officials said, and rescuers reached Tesk on Tuesday.", published=date(2023, 3, 8), id=3),
            article("Engineers said on Wednesday that the dam's spillway had been blocked for weeks.", published=date(2023, 3, 8), id=4),
            article("The dam's operator was charged with negligence on Friday.", published=date(2023, 3, 10), id=5)]
    days = [e.date for e in build_timeline(arts, date(2023, 3, 10), TimelineSettings(dates=3, sentences=1))]
    assert days[0] == date(2023, 3, 6) and days[-1] == date(2023, 3, 10)
    # a timeline of one or two days shows the days that matter most
    assert [e.date for e in build_timeline(arts, date(2023, 3, 10), TimelineSettings(dates=1, sentences=1))] == [date(2023, 3, 6)]


def test_a_sentence_that_names_its_own_day_keeps_it_whatever_a_near_copy_names() -> None:
    from briefbot.brief.timeline import _collapse, _events
    from briefbot.rank.vectors import vectorize
    from briefbot.text.terms import terms

    saturday = article("The blaze had burned 4,100 acres and was 30% contained on Saturday, fire officials said.",
                       published=date(2025, 8, 9), id=1)
    wednesday = article("The blaze, which has burned 4,500 acres, was 85% contained on Wednesday, fire officials said.",
                        published=date(2025, 8, 13), id=2)
    retold = article("The blaze, which has burned 4,500 acres, was 85% contained, fire officials said.",
                     published=date(2025, 8, 14), id=3)  # names no day: goes with the near-copy that names one
    events, _ = _events([saturday, wednesday, retold], date(2025, 8, 14))
    groups = _collapse(events, vectorize([terms(e.text) for e in events]))
    assert len(set(groups)) == 1  # one event, told three times
    # the Wednesday report is not moved to the Saturday the first names; the one that names no day goes to the
    # earliest day one of them names
    assert [(e.text.split()[2], e.day) for e in events] == [
        ("had", date(2025, 8, 9)), ("which", date(2025, 8, 13)), ("which", date(2025, 8, 9))]


def test_a_transcripts_turns_under_their_speakers_labels_are_no_days_lines() -> None:
    day = date(2024, 3, 11)
    hearing = article("\n".join([
        "THE COURT: Please tell the jury where you worked in the spring of last year.",
        "THE WITNESS: I inspected the deck of the Tesk river bridge for the county.",
        "MR. ORLO: Did anyone tell you the steel had already been checked by the builder?",
    ]), published=day, id=1)
    assert build_timeline([hearing], day, TimelineSettings(dates=1, sentences=2)) == ()
    # the day's news sentence is its line; the nearest ordinary line with a colon stays one too
    told = article("\n".join([
        "THE WITNESS: I inspected the deck of the Tesk river bridge for the county.",
        "The county's bridge inspector told the jury on Monday that she had never checked the steel of the Tesk bridge.",
        "Prosecutors said one thing mattered: the steel of the Tesk bridge had never been checked by anyone.",
    ]), published=day, id=2)
    lines = [p.text for e in build_timeline([told], day, TimelineSettings(dates=1, sentences=2)) for p in e.events]
    assert len(lines) == 2 and not any(line.startswith("THE WITNESS") for line in lines)


SEATED = "A jury of nine was seated on Friday in the trial of Ivo Brenn over the Tarn bridge collapse."
SCHEDULED = "Opening statements are scheduled for Monday."
OPENED = "Prosecutors opened their case on Monday, telling jurors that Ivo Brenn ignored warnings about the bridge."


def test_a_day_an_act_set_something_for_is_a_line_to_come_however_the_act_is_told() -> None:
    friday, monday = date(2025, 3, 7), date(2025, 3, 10)
    text = "Parliament's infrastructure committee has scheduled a hearing on the Tarn bridge collapse for March 10."
    entries = build_timeline([article(text, published=friday, id=1)], monday, TimelineSettings(dates=5, sentences=1))
    assert [(e.date, p.to_come) for e in entries for p in e.events] == [(monday, friday)]


def test_a_line_still_to_come_as_its_article_told_it_keeps_its_day_and_is_marked() -> None:
    friday, monday = date(2025, 3, 7), date(2025, 3, 10)
    entries = build_timeline([article(f"{SEATED} {SCHEDULED}", published=friday, id=1)], monday,
                             TimelineSettings(dates=5, sentences=2))
    days = {e.date: e.events for e in entries}
    assert [p.text for p in days[monday]] == [SCHEDULED] and days[monday][0].to_come == friday  # the day it names
    assert [(p.text, p.to_come) for p in days[friday]] == [(SEATED, None)]  # a report of its article's own day
    brief_line = timeline_markdown(compose_timeline("trial", Topic("Brenn trial"), monday, [article(f"{SEATED} {SCHEDULED}",
                                                                                             published=friday, id=1)]))
    assert f"- 10 Mar 2025 — {SCHEDULED} [1] (set for this day, as told on 7 Mar)" in brief_line
    assert f"— {SEATED} [1]\n" in brief_line  # no mark


def test_a_schedule_told_on_its_own_day_or_a_report_of_it_is_not_marked() -> None:
    monday = date(2025, 3, 10)
    entries = build_timeline([article(f"{SCHEDULED} {OPENED}", published=monday, id=1)], monday, TimelineSettings(sentences=2))
    assert {p.text: p.to_come for e in entries for p in e.events} == {SCHEDULED: None, OPENED: None}


THREAT = "The Brask gang has said it will publish the stolen patient files on Monday if no ransom is paid."
LEAK = "The Brask gang began publishing the stolen patient files on Monday after its deadline passed."


def test_a_later_report_of_the_event_done_on_its_day_is_the_days_line_not_the_threat() -> None:
    saturday, monday = date(2025, 5, 17), date(2025, 5, 19)
    threat = article(f"Patients of Selm Hospital are worried. {THREAT}", published=saturday, id=1)
    leak = article(f"{LEAK} The hospital said it was told by police.", published=monday, id=2)
    entries = build_timeline([threat, leak], monday, TimelineSettings(dates=5, sentences=2))
    on_monday = [p.text for e in entries if e.date == monday for p in e.events]
    assert LEAK in on_monday and THREAT not in on_monday
    # the nearest ordinary case: with no report of it yet, the threat is the day's line, marked
    alone = build_timeline([threat], monday, TimelineSettings(dates=5, sentences=2))
    assert [(p.text, p.to_come) for e in alone if e.date == monday for p in e.events] == [(THREAT, saturday)]


def test_the_mark_travels_in_the_json_and_in_slack() -> None:
    entry = TimelineEntry(date(2025, 3, 10), (Point(SCHEDULED, (1,), to_come=date(2025, 3, 7)), Point(OPENED, (1,))))
    brief = Brief("t", "t", date(2025, 3, 10), None, (), (), (), (), (), timeline=(entry,))
    assert [p["to_come"] for p in brief_to_dict(brief)["timeline"][0]["events"]] == ["2025-03-07", None]
    assert brief_from_json(brief_to_json(brief)).timeline == brief.timeline
    assert [line.endswith("(set for this day, as told on 7 Mar)") for line in timeline_lines(brief)] == [True, False]


def test_on_a_day_several_articles_tell_a_line_in_its_writers_own_voice_is_none_while_another_is_left() -> None:
    # a host's aside and a reader's letter carry the day's words; the report of the day is the line
    voice = "I'm not sure how many people expected the march on Friday to reach the square, you know."
    report = "Tens of thousands of protesters marched to Tahrir Square in Cairo on Friday, defying a curfew."
    first = article(f"{voice} {report}", published=date(2026, 1, 29), id=1)
    second = article(f"{voice} Officials said the curfew would stay.", published=date(2026, 1, 29), id=2)
    entries = build_timeline([first, second], date(2026, 1, 30), TimelineSettings(dates=1, sentences=1),
                             focus="protests in Cairo: marches, the square, the curfew")
    assert [p.text for e in entries for p in e.events] == [report]


def test_on_a_day_several_articles_tell_a_line_that_points_back_is_none_while_one_that_reads_alone_is_left() -> None:
    # the day's most repeated sentence leans on the one before it ("And ... again"): a line of a timeline is read alone,
    # as a point is, on a day one article tells and on a day several do
    lean = "And on Thursday the protesters marched to Tahrir Square in Cairo again, defying the curfew."
    report = "Tens of thousands of protesters marched to Tahrir Square in Cairo on Thursday, defying a curfew."
    arts = [article(f"Crowds gathered early. {lean} {report}", published=date(2026, 1, 29), id=1),
            article(f"Crowds gathered early. {lean} Officials said the curfew would stay.", published=date(2026, 1, 29), id=2),
            article(f"Crowds gathered early. {lean} Shops in Cairo stayed shut on Thursday.", published=date(2026, 1, 29), id=3)]
    entries = build_timeline(arts, date(2026, 1, 30), TimelineSettings(dates=1, sentences=1),
                             focus="protests in Cairo: marches, the square, the curfew")
    assert [p.text for e in entries for p in e.events] == [report]


def test_on_a_day_several_articles_tell_a_line_that_reads_alone_is_taken_only_among_the_days_best() -> None:
    # every sentence the three reports share leans back; the one sentence that reads alone, far down the day's ranking,
    # tells no news of the day: the day's best line stays
    leans = ["And on Thursday the protesters marched to Tahrir Square in Cairo again, defying the curfew.",
             "It was the largest march on Tahrir Square in Cairo since the curfew began on Thursday.",
             "They marched to Tahrir Square in Cairo on Thursday chanting against the curfew."]
    far = "Reyes, 71, has ruled Caldria since 2004."
    arts = [article(" ".join(leans), published=date(2026, 1, 29), id=1), article(" ".join(leans), published=date(2026, 1, 29), id=2),
            article(f"{' '.join(leans)} {far}", published=date(2026, 1, 29), id=3)]
    entries = build_timeline(arts, date(2026, 1, 30), TimelineSettings(dates=1, sentences=1),
                             focus="protests in Cairo: marches, the square, the curfew")
    (line,) = [p.text for e in entries for p in e.events]
    assert line in leans


def test_a_days_further_line_reads_alone_among_its_best_or_the_day_keeps_one_line() -> None:
    # every sentence the reports share leans back; the one that reads alone ranks far below: the day keeps its first line
    # and takes no second one that leans back ("Also on Thursday, shops ...") nor one from so far down
    leans = ["And on Thursday the protesters marched to Tahrir Square in Cairo, defying the curfew.",
             "It was the largest crowd the police had seen in Cairo on Thursday.",
             "They chanted against the president outside the parliament building in Cairo on Thursday.",
             "Then soldiers fired tear gas at the marchers near the bridge in Cairo on Thursday.",
             "Also on Thursday, shops in central Cairo stayed shut as the curfew began."]
    far = "Reyes, 71, met the ambassador of Tarn in Caldria."
    arts = [article(" ".join(leans), published=date(2026, 1, 29), id=k) for k in (1, 2)]
    arts.append(article(f"{' '.join(leans)} {far}", published=date(2026, 1, 29), id=3))
    entries = build_timeline(arts, date(2026, 1, 30), TimelineSettings(dates=1, sentences=2),
                             focus="protests in Cairo: marches, the square, the curfew")
    assert [p.text for e in entries for p in e.events] == [leans[0]]


def test_on_a_day_several_tell_where_none_reads_alone_the_line_is_in_no_writers_own_voice() -> None:
    voice = "I'm not sure how many people expected the march on Friday to reach the square, you know."
    lean = "And tens of thousands of protesters marched to Tahrir Square in Cairo on Friday, defying a curfew."
    arts = [article(f"{voice} {lean}", published=date(2026, 1, 29), id=1),
            article(f"{voice} And officials said the curfew would stay.", published=date(2026, 1, 29), id=2)]
    for n in (1, 2):  # (nor a second line in it)
        entries = build_timeline(arts, date(2026, 1, 30), TimelineSettings(dates=1, sentences=n),
                                 focus="protests in Cairo: marches, the square, the curfew")
        assert [p.text for e in entries for p in e.events] == [lean], n


def test_the_help_says_which_days_a_timeline_shows() -> None:
    text = " ".join(_run("timeline", "--help").output.split())
    assert "How many days to show: those the most articles speak of (by date or by naming the day), not the latest." in text


def test_a_line_dated_by_its_article_tells_an_event_of_that_day() -> None:
    """A sentence that names no day stands on its article's day only if it tells something that happened then."""
    d1, d2 = date(2024, 5, 6), date(2024, 5, 9)
    a1 = article("The Velan dam burst on Monday, flooding 14 villages below Kestrel. The virus that follows such floods is "
                 "typically carried by mosquitoes. Rescuers found two more bodies near the dam.", id=1, published=d1)
    a2 = article("Cholera is a disease of dirty water. The council is moving 2,000 families to schools on higher ground. The"
                 " valley must never again trust its dams to one builder.", id=2, published=d2)
    lines = [(e.date, p.text) for e in build_timeline([a1, a2], d2, TimelineSettings(dates=5, sentences=3)) for p in e.events]
    texts = [t for _, t in lines]
    assert "Rescuers found two more bodies near the dam." in texts  # done, on its article's day
    assert "The council is moving 2,000 families to schools on higher ground." in texts  # going on
    assert not any(t.startswith(("The virus that follows", "Cholera is a disease", "The valley must never")) for t in texts)
    from briefbot.text.aspect import tells_an_event

    assert tells_an_event("The port authority said 40 ships were waiting.")  # told by someone
    assert tells_an_event("The dock strike at the Port of Marl is in its fourth day.")  # a state's count of days
    assert not tells_an_event("The Kestrel dam is the largest in the valley.")
    assert tells_an_event("Gunmen shot dead three police officers at a checkpoint near the dam.")  # an irregular past
    assert tells_an_event("The United States urged the council to evacuate the valley.")  # an order, a call, a vow


@pytest.mark.parametrize(("sentence", "event"), [
    ("The United Nations mission in Kestrel counts 40 observers.", False),  # a name's tail ("nited") is no verb
    ("The Limited Edition of the Velan atlas sells at 40 dollars.", False),  # ("imited")
    ("Kestrel test-fired two ballistic missiles into the sea.", True),  # a hyphenated verb's last piece is one
    ("Voters re-elected Mayor Ana Ruiz by a wide margin.", True),
    ("Police tear-gassed hundreds of students near the campus gates.", True),
    ("Gunmen shot dead three police officers at the Kestrel checkpoint.", True),
])
def test_a_past_form_is_a_word_in_lower_case_not_a_names_tail(sentence: str, event: bool) -> None:
    """The last test of an event told in a past form the tense rules do not list reads words in lower case: the tail of a
    name in capitals is no verb (a present tense then tells no event of the day); a hyphenated verb's last piece is."""
    from briefbot.text.aspect import tells_an_event

    assert tells_an_event(sentence) is event


@pytest.mark.parametrize("sentence", [
    "When more than 300 farmers marched on the Velan county offices the following day, officials agreed to free them.",
    "The retaliatory strike on the Kestrel depot came two weeks later, with drones and artillery.",
    "Days later, the ministry set up a special inquiry unit.",
    "At first, the Marls sent money to the orphanage, but soon decided to adopt.",
    "At the time, the law barred any family from adopting more than two children.",
    "Since then, the dam has held, officials said.",
    # ... or over years: a state, no event of the day
    "Since 1990, many dams in the valley have been fitted with sensors that record the water level.",
    "In recent years the Velan council earned praise for rebuilding two dams, the agency said.",
    "When farmers began irrigating the valley in the 1990s, the Kestrel dam was raised twice.",
    "Simply stated, a gravity dam is a wall that holds the water back by its own weight.",
    "Since the early 1990s, farmers abandoned half the valley's farms.",
    "During the 1980s, the army ruled the valley with an iron fist.",
    "For more than a decade, the rebels controlled the hills above the dam.",
])
def test_a_sentence_told_from_another_moment_tells_no_event_of_its_article_s_day(sentence: str) -> None:
    """A time told from a moment the sentence does not date ("the following day", "two weeks later", "At first") is
    not its article's day: no timeline line stands on that day for it."""
    from briefbot.text.aspect import tells_an_event

    assert not tells_an_event(sentence)
    d = date(2024, 5, 9)
    lines = build_timeline([article(f"Rescuers found two bodies near the dam. {sentence}", id=1, published=d)], d,
                           TimelineSettings(dates=3, sentences=3))
    assert [p.text for e in lines for p in e.events] == ["Rescuers found two bodies near the dam."]


@pytest.mark.parametrize("sentence", [
    "The strike came two days after the government raised fuel prices, the union said.",  # the strike is the day's
    "Unemployment fell to 5.1 percent from 5.6 percent a year earlier, the statistics office said.",  # a comparison's base
    "Shortly after midnight, gunmen stormed the Kestrel hotel, police said.",  # a moment of the day
    "Two hours later, police arrested the gunman.",
    "At first light, rescuers resumed the search for the missing.",
    "Police have arrested 40 people since Monday, officials said.",  # a stretch of days
    "More than 300 people have been killed since March, activists said.",
    "Police arrested the mayor, who has ruled the town since 1998, on corruption charges.",  # (years in an aside)
    "Police arrested a man who had abused children for years, officials said.",
    "The central bank cut its key rate for the first time since 2009, officials said.",  # (a comparison's years)
    "The bombing was the deadliest in the capital in recent years, police said.",
    "For the first time since 2009, the central bank cut its key interest rate.",  # (a fronted comparison)
    "In a statement the ministry said unemployment had risen to its highest level since 1983.",  # (no fronted clause)
])
def test_a_time_of_the_day_a_later_act_or_a_comparison_s_base_is_still_the_day_s_event(sentence: str) -> None:
    from briefbot.text.aspect import tells_an_event

    assert tells_an_event(sentence)


@pytest.mark.parametrize(("sentence", "event"), [
    # background told from another moment
    ("Three weeks later, the government said it would lift the curfew.", False),
    ("Less than a week later, he was dead.", False),
    ("The following year, he was elected mayor of Velano.", False),
    ("A year earlier, a similar blast killed 12 miners at the same pit.", False),
    ("Two days before the vote, the opposition leader was arrested.", False),
    ("By then, more than 300 people had died.", False),
    ("In the weeks after the coup, thousands fled across the border.", False),
    # ... not another day a word names, a delay, an anniversary or a time to come
    ("Stocks rebounded, recovering most of the losses of the previous day.", True),
    ("The death toll rose to 45, up 13 on the previous day, officials said.", True),
    ("Voting began a day later than planned in Kiro province.", True),
    ("Twenty years later, survivors gathered at the memorial to mark the anniversary.", True),
    ("Officials said the vote would be held the following week.", True),
])
def test_another_moment_after_the_second_review(sentence: str, event: bool) -> None:
    from briefbot.text.aspect import tells_an_event

    assert tells_an_event(sentence) is event


def test_a_days_line_names_which_company_when_a_line_of_the_day_does() -> None:
    """"The company shut ..." says not which company, however many articles tell it; a line of the day that names the
    company takes its place, unless the topic names the company for it."""
    day = date(2024, 3, 12)
    unnamed = "The company said on Tuesday it would shut its mill in the valley."
    rest = ["Aid workers could not reach the town.", "Shops stayed shut.", "Water ran short.", "Roads were closed."]
    arts = [*(article(f"{unnamed} {r}", published=day, id=k) for k, r in enumerate(rest, 1)),
            article("Orlin Steel laid off 300 workers at Arvel on Tuesday.", published=day, id=9)]
    settings = TimelineSettings(dates=1, sentences=1)
    (entry,) = build_timeline(arts, day, settings, focus="Velan war")
    assert [p.text for p in entry.events] == ["Orlin Steel laid off 300 workers at Arvel on Tuesday."]
    (entry,) = build_timeline(arts, day, settings, focus="Velan war company")
    assert [p.text for p in entry.events] == [unnamed]


# -- a line dated by its article comes from the article's lead ---------------------------------------------------------

_LEAD = ("Floodwaters breached the levee at Marrow Point, forcing the evacuation of 2,000 residents. "
         "Emergency crews reinforced the northern embankment with sandbags. "
         "The regional governor declared a state of emergency across the delta. "
         "Army engineers flew in pumps from the capital. "
         "Rail services to the coast were suspended. "
         "Schools in three districts were closed. ")
_DEEP = ("The delta has flooded six times in the past century, according to the water board. "
         "Engineer Tomas Vell, who has studied the levee for 20 years, said its clay core was never meant to hold. "
         "The levee was built in 1962 after a storm surge drowned the old harbour. ")


def test_a_sentence_that_names_no_day_is_a_line_of_its_articles_day_only_from_the_articles_lead() -> None:
    day = date(2025, 3, 12)
    seized = "Looters seized the stock of the harbour warehouse."
    for text, shown in ((_LEAD + seized, False), (seized + " " + _LEAD, True)):
        entries = build_timeline([article(text + " " + _DEEP, published=day, id=1)], day, TimelineSettings(dates=1, sentences=9))
        lines = [p.text for e in entries for p in e.events]
        assert lines and all(p.dated_by_publication for e in entries for p in e.events)
        assert (seized in lines) is shown, text
        # the background and the engineer's view below the lead are no lines of the day, however many are asked for
        assert not any(line.startswith(("The delta has flooded", "Engineer Tomas Vell", "The levee was built")) for line in lines)


def test_below_the_lead_a_sentence_that_names_its_day_is_still_a_line_of_that_day() -> None:
    day = date(2025, 3, 12)  # a Wednesday
    named = "On Monday, the water board closed the sluices at Fenn Lock."
    entries = build_timeline([article(_LEAD + _DEEP + named, published=day, id=1)], day, TimelineSettings(dates=2, sentences=2))
    assert (entries[0].date, [p.text for p in entries[0].events]) == (date(2025, 3, 10), [named])


def test_a_day_whose_undated_sentences_all_lie_below_the_lead_is_no_day_of_the_timeline() -> None:
    # 14 March's one article opens on days it names (the 11th, the 12th) and tells its own day only below its lead
    told = article("The levee at Marrow Point broke on Wednesday, forcing the evacuation of 2,000 residents. "
                   "Emergency crews had reinforced the northern embankment on Tuesday. "
                   "The regional governor declared a state of emergency on Wednesday night. "
                   "Army engineers flew in pumps on Wednesday. "
                   "Rail services to the coast were suspended on Wednesday. "
                   "Schools in three districts closed on Wednesday. " + _DEEP + "Looters seized the stock of the harbour warehouse.",
                   published=date(2025, 3, 14), id=1)
    days = [e.date for e in build_timeline([told], date(2025, 3, 14), TimelineSettings(dates=5, sentences=2))]
    assert date(2025, 3, 14) not in days and date(2025, 3, 12) in days


def test_the_lead_counts_quotable_sentences_and_a_live_pages_entries_are_each_a_lead() -> None:
    day = date(2025, 3, 12)
    seized = "Looters seized the stock of the harbour warehouse."
    # an explainer's questions take no place of the lead: the looting is its sixth quotable sentence
    questions = ("What happens next to the thousands of residents who fled the town? "
                 "Why does the levee matter so much to the farmers of the delta? ")
    explainer = article(questions + _LEAD.split(". ", 1)[1] + seized + " " + _DEEP, published=day, id=1)
    lines = [p.text for e in build_timeline([explainer], day, TimelineSettings(dates=1, sentences=9)) for p in e.events]
    assert seized in lines
    # a live page told newest first: an entry far down the page is that moment's news
    page = replace(article(_LEAD + _DEEP + seized, published=day, id=2), newest_first=True)
    lines = [p.text for e in build_timeline([page], day, TimelineSettings(dates=1, sentences=12)) for p in e.events]
    assert seized in lines
