"""Dates as people write them on a Date: line, and relative dates shown beside a quoted sentence."""

from __future__ import annotations

from datetime import date

import pytest
from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.models import Brief, Point, Source
from briefbot.output.markdown import markdown
from briefbot.output.serialize import brief_from_json, brief_to_json
from briefbot.text.written import annotate, filed_day, parse_date, relative

WED = date(2011, 3, 30)  # a Wednesday


@pytest.mark.parametrize(("value", "day"), [
    ("13 November 2023", date(2023, 11, 13)),
    ("Mon, 13 Nov 2023 09:00:00 +0000", date(2023, 11, 13)),
    ("2023-11-13", date(2023, 11, 13)),
    ("2023-11-13T08:00:00Z", date(2023, 11, 13)),
    ("November 13, 2023", date(2023, 11, 13)),
    ("13/11/2023", date(2023, 11, 13)),
    ("Nov. 13, 2023 5:55 pm EDT", date(2023, 11, 13)),
    ("11/13/2023", date(2023, 11, 13)),  # one order told: the number over 12 is the day
    ("04.06.2024", date(2024, 6, 4)),  # a dotted date writes the day first
    ("Sun, 11/05/2025", date(2025, 5, 11)),  # either order a day, but only 11 May is a Sunday
    ("Wednesday 11/05/2025", date(2025, 11, 5)),  # ... and only 5 November a Wednesday
])
def test_dates_as_people_write_them(value: str, day: date) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize("value", ["", "soon", "13 November", "Monday", "99 Foo 2023", "11/05/2025", "04-06-2024",
                                   "Tue, 11/05/2025"])  # (a weekday neither reading falls on tells nothing)
def test_what_is_not_a_date_is_none(value: str) -> None:
    assert parse_date(value) is None


def test_only_relative_dates_are_annotated() -> None:
    s = "Rebels took the port on Monday, a week after the 21 March vote, officials said."
    assert [m.phrase for m in relative(s, WED)] == ["on Monday"]
    assert relative(s, None) == []


@pytest.mark.parametrize(("sentence", "shown"), [
    ("Rebels took the port on Monday, officials said.", "Rebels took the port on Monday [28 Mar], officials said."),
    ("The talks ended yesterday without a deal.", "The talks ended yesterday [29 Mar] without a deal."),
    ("“We will leave on Friday,” the envoy said.", "“We will leave on Friday,” [1 Apr] the envoy said."),
    ("Prices rose last week across the region.", "Prices rose last week [week of 21 Mar] across the region."),
    ("No date is said here at all.", "No date is said here at all."),
    ("On yesterday's programme, a saver explained the protest.", "On yesterday's [29 Mar] programme, a saver explained the protest."),
])
def test_annotation_sits_after_the_words_and_outside_quotes(sentence: str, shown: str) -> None:
    assert annotate(sentence, WED, WED) == shown


@pytest.mark.parametrize(("sentence", "shown"), [
    ("On 18 March, after Friday prayers, crowds marched to the port.", "On 18 March, after Friday prayers, crowds marched to "
     "the port."),  # (18 March 2011 a Friday: the sentence says its date)
    ("Talks began on 18 March and broke down on Monday.", "Talks began on 18 March and broke down on Monday [28 Mar]."),
    ("Talks began on 18 March and resumed a week later on Friday.", "Talks began on 18 March and resumed a week later on "
     "Friday [25 Mar]."),
    ("The dam, inspected on 18 March, burst on Friday.", "The dam, inspected on 18 March, burst on Friday [25 Mar]."),
])
def test_a_weekday_the_sentences_own_date_falls_on_is_not_shown_again(sentence: str, shown: str) -> None:
    assert annotate(sentence, WED, WED) == shown


@pytest.mark.parametrize(("sentence", "shown"), [
    ("The pump had to be moved on Monday after ice formed in it.", "The pump had to be moved on Monday [28 Mar] after ice "
     "formed in it."),  # a need met: the day before the article
    ("The minister said the dam had to be drained by Friday.", "The minister said the dam had to be drained by Friday "
     "[1 Apr]."),  # a deadline told in the past: to come
])
def test_had_to_be_is_a_need_met_unless_it_sets_a_deadline(sentence: str, shown: str) -> None:
    assert annotate(sentence, WED, WED) == shown


def test_a_date_in_another_year_shows_its_year() -> None:
    assert annotate("The port fell on Monday.", WED, date(2012, 1, 5)) == "The port fell on Monday [28 Mar 2011]."


NOV97, LATER = date(1997, 11, 16), date(2000, 8, 1)  # an article of November 1997 in a brief of August 2000


@pytest.mark.parametrize(("sentence", "shown"), [
    ("Burglaries fell 8 percent last year across the county.", "Burglaries fell 8 percent last year [1996] across the county."),
    ("The colonel, who led a failed coup six years ago, won the vote.",
     "The colonel, who led a failed coup six years ago [1991], won the vote."),
    ("The treasurer was convicted of fraud in August.", "The treasurer was convicted of fraud in August [1997]."),
    # ... past an "and" that joins two nouns, not two clauses ("... and will be tried in August": to come)
    ("The treasurer was convicted of perjury and obstruction of justice in August.",
     "The treasurer was convicted of perjury and obstruction of justice in August [1997]."),
    ("He was arrested in March and will be tried in August.", "He was arrested in March [1997] and will be tried in August."),
    ("The probe entered orbit on December 7 last year.", "The probe entered orbit on December 7 last year [1996]."),
    ("Interest payments this year will reach 11 percent of the budget.",
     "Interest payments this year [1997] will reach 11 percent of the budget."),
    ("The mayor took office three months ago.", "The mayor took office three months ago [Aug 1997]."),
    ("“We will win this year,” the coach said last month.", "“We will win this year,” [1997] the coach said last month [Oct 1997]."),
    # a year the sentence tells, in figures or in words, tells its months' year too
    ("The strike began in March 1996 and ended in May.", "The strike began in March 1996 and ended in May."),
    ("Voters rejected it in the October referendum two years ago.",
     "Voters rejected it in the October referendum two years ago [1995]."),
    ("In March, the agency adopted a new plan for the river.", "In March [1997], the agency adopted a new plan for the "
     "river."),
    ("Officials said the plant was destroyed in August.", "Officials said the plant was destroyed in August [1997]."),
    ("Tensions have been high since the shootout in September.", "Tensions have been high since the shootout in September "
     "[1997]."),
    # a date without its year is shown its year only when a past form tells what happened on it, by then
    ("Observers urged the government to ensure a clean vote in April.", "Observers urged the government to ensure a clean "
     "vote in April."),
    ("He made no mention of leaving before his term ends in September.", "He made no mention of leaving before his term ends "
     "in September."),
    ("In April, the council will vote on the plan.", "In April, the council will vote on the plan."),
    # ... nor a bound, a plan, a passive to come, a report's own clause, or a year the sentence writes
    ("The talks were suspended until December.", "The talks were suspended until December."),
    ("Results will be announced in December.", "Results will be announced in December."),
    ("The general promised elections in December.", "The general promised elections in December."),
    ("Officials said the new fares take effect in December.", "Officials said the new fares take effect in December."),
    ("Growth last year (1996) was strong.", "Growth last year (1996) was strong."),
])
def test_a_year_a_reader_of_a_later_brief_cannot_tell_is_shown(sentence: str, shown: str) -> None:
    assert annotate(sentence, NOV97, LATER) == shown


@pytest.mark.parametrize(("sentence", "shown"), [
    ("A growing trend among gardeners today is organic gardening.", "A growing trend among gardeners today is organic "
     "gardening."),
    ("Adopted children today can belong to play groups of adopted children.", "Adopted children today can belong to play "
     "groups of adopted children."),
    ("Young people today face higher fees than their parents did.", "Young people today face higher fees than their parents "
     "did."),
    # the day's "today"
    ("The minister said here today that talks would resume.", "The minister said here today [30 Mar] that talks would "
     "resume."),
    ("Protesters today marched on the palace.", "Protesters today [30 Mar] marched on the palace."),
    ("Troops have seized three towns today.", "Troops have seized three towns today [30 Mar]."),
    ("Officials today are expected to announce the result.", "Officials today [30 Mar] are expected to announce the result."),
    ("Oceanographers today expect heavy rains across the region.", "Oceanographers today [30 Mar] expect heavy rains across "
     "the region."),
    ("Border troops today have seized three towns.", "Border troops today [30 Mar] have seized three towns."),  # (a perfect)
    ("Rescue workers today are searching the rubble.", "Rescue workers today [30 Mar] are searching the rubble."),
    ("Stock prices today are sharply lower after the report.", "Stock prices today [30 Mar] are sharply lower after the "
     "report."),
    ("The ministry says today is the deadline.", "The ministry says today [30 Mar] is the deadline."),
    ("Children today have more toys than ever.", "Children today have more toys than ever."),  # (a state: nowadays)
])
def test_today_meaning_nowadays_is_no_day(sentence: str, shown: str) -> None:
    assert annotate(sentence, WED, WED) == shown


@pytest.mark.parametrize(("sentence", "shown"), [
    ("The force has lost 25 men in the past week, officials said.", "The force has lost 25 men in the past week [week to 30 "
     "Mar], officials said."),
    ("Prices rose 3 percent over the past month.", "Prices rose 3 percent over the past month [month to 30 Mar]."),
    ("Police said on Monday that 25 people had died in the past week.", "Police said on Monday [28 Mar] that 25 people had "
     "died in the past week [week to 28 Mar]."),  # (up to the day it is told)
    ("Prices rose 3 percent last week.", "Prices rose 3 percent last week [week of 21 Mar]."),  # (the calendar week before)
])
def test_a_span_up_to_the_articles_day_is_shown_as_such(sentence: str, shown: str) -> None:
    assert annotate(sentence, WED, WED) == shown


@pytest.mark.parametrize(("sentence", "shown"), [
    ("The treasurer was convicted of fraud in August.", "The treasurer was convicted of fraud in August."),
    ("Interest payments this year will reach 11 percent of the budget.",
     "Interest payments this year will reach 11 percent of the budget."),
    ("Burglaries fell 8 percent last year across the county.", "Burglaries fell 8 percent last year [1996] across the county."),
    ("The mayor took office three months ago.", "The mayor took office three months ago [Aug]."),
])
def test_in_the_briefs_own_year_only_what_it_cannot_tell_is_shown(sentence: str, shown: str) -> None:
    assert annotate(sentence, NOV97, date(1997, 12, 1)) == shown


RAID = "Police arrested five men yesterday after the raid on the harbour warehouse, the port authority said."
MON, TUE = date(2024, 3, 11), date(2024, 3, 12)


@pytest.mark.parametrize("reprint_first", [False, True])
def test_a_reprinted_sentence_is_read_against_the_article_that_carried_it_first(reprint_first: bool) -> None:
    """A reprint a day later carries the same "yesterday": it means the first article's yesterday, in
    the point's note as in the timeline, whichever article the store gives first."""
    first = article(f"{RAID} Dockers walked out in protest at the arrests.", id=1, published=MON, title="Five held in raid")
    reprint = article(f"{RAID} Dockers walked out in protest at the arrests.", id=2, published=TUE, title="Five held in raid")
    brief = compose_brief(Settings(topic="port", title="Harbour raid", words=120), TUE,
                          [reprint, first] if reprint_first else [first, reprint], [], None)
    (point,) = [p for p in brief.summary if p.text == RAID]
    assert point.written == MON and point.article_ids[0] == 1
    text = markdown(brief)
    assert "Police arrested five men yesterday [10 Mar] after the raid" in text
    assert f"- 10 Mar 2024 — {RAID}" in text  # the timeline's day agrees


def test_a_point_citing_a_later_reprint_keeps_the_day_its_words_mean() -> None:
    """One quote is enough: a point may cite a reprint the brief lists anyway; its note is still read
    against the article that carried the words first, not against the reprint's date."""
    source = Source(number=1, article_id=2, title="Five held in raid", origin="reprint.txt", date=TUE, undated=False)
    brief = Brief(topic="port", title="Harbour raid", as_of=TUE, previous_as_of=None,
                  summary=(Point(RAID, (2,), written=MON),), changes=(), figures=(), disagreements=(), sources=(source,))
    assert "yesterday [10 Mar]" in markdown(brief)
    assert brief_from_json(brief_to_json(brief)).summary[0].written == MON


@pytest.mark.parametrize(("filed", "published", "day"), [
    ("October 16", date(1996, 10, 17), date(1996, 10, 16)),  # an agency's dateline, the archive's date the next day's
    ("Mon Oct 10, 2011 5:55 pm EDT", date(2011, 10, 11), date(2011, 10, 10)),
    ("Tuesday 27 April 2010 08.47 BST", date(2010, 4, 28), date(2010, 4, 27)),
    ("September 28", date(2000, 9, 30), date(2000, 9, 28)),
    ("December 31", date(2000, 1, 2), date(1999, 12, 31)),  # the year before
    ("May 14", date(1999, 5, 14), None),  # its own date: nothing to move
    ("May 16", date(1999, 5, 14), None),  # after it: an embargo's, no day it was written
    ("March 3", date(2011, 3, 10), None),  # a week before: another story's day, not this copy's
    ("09:51", date(2010, 5, 28), None),  # a clock alone names no day
    (None, date(2010, 5, 28), None),
])
def test_a_dateline_dated_just_before_its_copy_is_the_day_it_was_written(filed: str | None, published: date, day: date | None) -> None:
    assert filed_day(filed, published) == day


def test_an_agency_story_filed_the_day_before_its_date_tells_today_from_its_dateline() -> None:
    from dataclasses import replace

    from briefbot.ingest.files import cleaned, parse_article

    raw = ("Title: Insurers urge cuts in emissions\nDate: 1996-10-17\n\n"
           "MONTREAL, October 16 (AP) -- The Kestrel Fund called today for quick cuts in greenhouse gas emissions,"
           " saying the storms of this year had cost insurers 12 billion dollars.\n"
           "The fund's chairman told reporters in Montreal that the costs would double within ten years.\n")
    a = replace(cleaned(parse_article(raw, key="insurers", origin="insurers.txt")), id=1)
    assert a.published == date(1996, 10, 16) and a.filed == "October 16" and a.place == "MONTREAL"
    assert annotate(a.text.split("\n")[0], a.published).startswith("The Kestrel Fund called today [16 Oct]")


def test_a_newspapers_own_dateline_keeps_its_copys_date() -> None:
    """A paper's own dateline ("NEW YORK, Oct. 9 --") over the next day's print edition: the copy's date stands (the day
    the paper told its readers; reading it from the dateline moved its stories into the round before)."""
    from briefbot.ingest.files import cleaned, parse_article

    raw = ("Title: Stocks fall again\nDate: 2008-10-10\n\n"
           "NEW YORK, Oct. 9 -- Stocks fell for a seventh day on Thursday as investors fled the banks, traders said.\n"
           "The Kestrel index lost 7 percent, its worst day since 1987.\n")
    a = cleaned(parse_article(raw, key="stocks", origin="stocks.txt"))
    assert a.published == date(2008, 10, 10) and a.filed == "Oct. 9"
