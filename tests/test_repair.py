"""Damage in transport, repaired as an article is read: JSON's escaped slashes, "#" for "£", character references
and the typewriter's quotation marks and dashes of 7-bit wire copy."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from briefbot.brief.compose import Settings, compose_brief
from briefbot.ingest.files import parse_article
from briefbot.text.repair import repair
from briefbot.text.terms import normalize


@pytest.mark.parametrize(("damaged", "written"), [
    ("The fine was $87m (#53m) in 2009.", "The fine was $87m (£53m) in 2009."),
    ("Another #2.4 bn was wiped off its value.", "Another £2.4 bn was wiped off its value."),
    ("He will draw a pension of #600,000, a year early.", "He will draw a pension of £600,000, a year early."),
    ("It pledged #930 million in aid.", "It pledged £930 million in aid."),
    ("Its market value is #113bn.", "Its market value is £113bn."),
    ("Shares closed at #4.95, then fell to #4.12.", "Shares closed at £4.95, then fell to £4.12."),
    ("It has paid out $300m (#191) so far.", "It has paid out $300m (£191) so far."),
    ("A loaf costs five pounds ($0.08, #0.05).", "A loaf costs five pounds ($0.08, £0.05)."),
    ("Photograph: Kai Brandt\\/Pressbild", "Photograph: Kai Brandt/Pressbild"),
    ("Student News - 3\\/9\\/11", "Student News - 3/9/11"),
])
def test_damage_is_repaired(damaged: str, written: str) -> None:
    assert repair(damaged) == written


@pytest.mark.parametrize("kept", [
    "The team is the #1 seed this year.",
    "As comment #8 said, the figures are wrong.",
    "Option #8: stay out of it.",
    "It pays #1 in every #7 of dividends.",  # pounds, but no number here says so beyond doubt
    "Protests were called under the hashtag #25Jan.",
    "See https://example.org/live#10m for the feed.",
    "The price is 5 # 3m",
    "A back\\slash stays.",
    "The family lives in apartment #4B on the third floor.",
    "Executive Order #13,769 was signed on Friday.",
    "The film took $45 million, #1 at the box office.",
])
def test_a_hash_that_may_be_one_is_left_as_it_came(kept: str) -> None:
    assert repair(kept) == kept


@given(st.text(alphabet=st.sampled_from("#£\\/$(),. 0123456789mbnkMilo"), max_size=40))
@example("\\\\/")  # a slash whose escape was escaped again: one repair is enough
def test_repair_only_puts_back_pounds_and_slashes(text: str) -> None:
    out = repair(text)
    assert out.replace("£", "#").replace("/", "") == re.sub(r"\\+/", "", text.replace("£", "#")).replace("/", "")
    assert repair(out) == out  # once is enough


def test_normalize_repairs_as_it_reads() -> None:
    assert normalize("Cost: $6m (#4m) a day\r\n") == "Cost: $6m (£4m) a day"


def test_an_article_read_from_a_file_quotes_the_pound_sign() -> None:
    raw = ("Title: Spill bill grows for Marlow Oil\nDate: 2010-05-10\n\n"
           "Marlow Oil said on Monday that the spill had cost the company $350m (#233m) so far.\n"
           "The company said the clean-up was costing it $6m (#4m) a day, and analysts at Kettering Bank put the final"
           " bill at #10bn.\n")
    article = replace(parse_article(raw, key="cost", origin="cost.txt"), id=1)
    assert "$350m (£233m)" in article.text and "£10bn" in article.text and "#" not in article.text
    brief = compose_brief(Settings(topic="spill", title="Marlow Oil spill"), date(2010, 5, 11), [article], [], None)
    assert any("(£233m)" in p.text for p in brief.summary)


def test_a_page_s_title_is_repaired_as_its_text_is() -> None:
    from briefbot.ingest.pages import parse_page

    body = " ".join(["Marlow Oil said on Monday that the spill had cost the company $350m (#233m) so far."] * 2 + [
        "Engineers at the Kettering field have begun drilling a relief well, the company said in a statement.",
        "The well is expected to take three months to complete, officials told reporters at the site on Monday."])
    html = (f"<html><head><title>Marlow Oil loses another #5bn in value</title></head><body><article>"
            f"<h1>Marlow Oil loses another #5bn in value</h1><p>{body}</p><p>{body}</p></article></body></html>")
    page = parse_page(html, key="p", origin="example.org", url="https://example.org/oil", today=date(2010, 5, 12))
    assert page.title == "Marlow Oil loses another £5bn in value"
    assert "(£233m)" in page.text and "#" not in page.text


@pytest.mark.parametrize(("kept", "read"), [
    ("A suit accuses Borders and Barnes &AMP; Noble of breaking the law.",
     "A suit accuses Borders and Barnes & Noble of breaking the law."),
    ("AT&amp;T said it&#39;s ready; &quot;soon&quot;, it said.", "AT&T said it's ready; \"soon\", it said."),
    ("Use &#163;5 for the sign, or &#x20AC;6.", "Use £5 for the sign, or €6."),
    ("&QL; The story ends here. &UR; R&D; AT&T; a & b; &amp without its end",
     "&QL; The story ends here. &UR; R&D; AT&T; a & b; &amp without its end"),
    ("Shares in Kestrel &LTD; and &notes; stay; a line break &#10; too.",
     "Shares in Kestrel &LTD; and &notes; stay; a line break &#10; too."),
])
def test_a_character_reference_is_read_as_its_character(kept: str, read: str) -> None:
    assert repair(kept) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("``We will rebuild,'' the mayor said.", "“We will rebuild,” the mayor said."),
    ("He said: ``It's not `ours.''' Then he left.", "He said: “It's not ‘ours.'” Then he left."),
    ("``Yes,'' he said.\n''No,'' she said.", "“Yes,” he said.\n“No,” she said."),
    ("There is ''little evidence'' for it, builders said.", "There is “little evidence” for it, builders said."),
    ("The reservation's 12,000 people _ including 6,000 tribal members _ make up ``a small share.''",
     "The reservation's 12,000 people — including 6,000 tribal members — make up “a small share.”"),
])
def test_typewriter_quotation_marks_and_dashes_are_read_as_printed(typed: str, read: str) -> None:
    assert repair(typed) == read


@pytest.mark.parametrize("kept", [
    "In my view the council is _ right _ to wait for the engineers' report.",
    "The dockers' strike will not shut the ports, the union said.",
    "A `backtick` and snake_case_names stay in a text that has no typewriter quotation.",
    "The goalkeeper is 6'2'' tall and 5'10'' was his height at 14, his coach said _ or so.",  # inch marks open nothing
])
def test_prose_without_a_typewriter_quotation_keeps_its_marks(kept: str) -> None:
    assert repair(kept) == kept


@given(st.text(alphabet=st.sampled_from("`'_ \n\"abcXY.,(—"), max_size=40))
def test_typewriter_marks_change_no_letter(text: str) -> None:
    out = repair(text)
    assert [c for c in out if c.isalnum()] == [c for c in text if c.isalnum()]
    assert "``" not in out
    assert repair(out) == out  # once is enough


def test_a_wire_story_typed_on_a_typewriter_reads_as_printed() -> None:
    raw = ("Title: Tribes press for control of welfare money\nDate: 1998-06-12\n\n"
           "PHOENIX _ Tribal leaders told Congress on Thursday that ``Mr. Secretary Lind's plan'' would leave the Pascua Yaqui"
           " programme without money by October.\n"
           "``We will not let our children go hungry while Washington argues,'' said Virgil Pablo, a director of the"
           " Navajo Nation's social services department.\n"
           "``We have waited three years for the money and nobody in Washington has answered our letters.''\n"
           "The Pascua Yaqui programme, the first of Arizona's 21 tribal programmes, trains 40 parents a year as"
           " computer technicians &AMP; nurses.\n")
    article = replace(parse_article(raw, key="welfare", origin="welfare.txt"), id=1)
    assert "``" not in article.text and "''" not in article.text and "&AMP;" not in article.text
    assert "“Mr. Secretary Lind's plan”" in article.text and "technicians & nurses" in article.text
    brief = compose_brief(Settings(topic="welfare", title="Tribal welfare programmes"), date(1998, 6, 13), [article], [], None)
    texts = [p.text for p in brief.summary]
    assert any(t.startswith("“We will not let our children go hungry") for t in texts)  # its speaker named: a point
    assert not any(t.startswith("“We have waited") for t in texts)  # nobody's words: no point
    assert any("“Mr. Secretary Lind's plan”" in t for t in texts)  # one sentence, not cut after "Mr."
