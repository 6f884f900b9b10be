"""Files and folders -> articles: headers, titles, boilerplate, and every kind of bad input."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
from builders import write_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefbot.errors import SkipSource
from briefbot.ingest import files as ingest
from briefbot.ingest.files import (
    MAX_FILE_BYTES,
    Skipped,
    content_hash,
    decode,
    expand_paths,
    load,
    load_file,
    parse_article,
    read_text_file,
)
from briefbot.ingest.headers import DATE_HEADER
from briefbot.text.terms import normalize, sentence_spans

BODY = "Officials said the bridge reopened on Monday after repairs. Traffic returned to normal by the evening."


def parse(raw: str):
    return parse_article(raw, key="k", origin="o.txt")


# -- headers and titles ----------------------------------------------------------------------------


def test_date_header_is_parsed_and_never_in_the_text() -> None:
    a = parse(f" date 2023-11-08 {BODY}")
    assert a.published == date(2023, 11, 8)
    assert a.text == BODY and a.title is None
    assert "2023-11-08" not in a.text and not a.undated


@pytest.mark.parametrize(
    "raw",
    [
        f"date 2024-02-29\n{BODY}",
        f"Date: 2024-02-29\n\n{BODY}",
        f"DATE:2024-02-29 {BODY}",
        f"\ufeff date 2024-02-29 {BODY}",
        f"\r\n\r\n date 2024-02-29\r\n{BODY}",
    ],
)
def test_date_header_variants(raw: str) -> None:
    a = parse(raw)
    assert a.published == date(2024, 2, 29)
    assert a.text == BODY


def test_an_impossible_date_is_not_a_date_and_not_text_either() -> None:
    a = parse(f" date 2023-13-45 {BODY}")
    assert a.published is None and a.text == BODY


def test_a_date_later_in_the_text_is_not_a_header() -> None:
    raw = f"{BODY} The date 2024-01-01 was set for talks."
    assert parse(raw).published is None and parse(raw).text == raw


def test_undated_article() -> None:
    a = parse(BODY)
    assert a.published is None and a.undated and a.date is None and a.text == BODY


def test_markdown_heading_becomes_the_title() -> None:
    a = parse(f"# Bridge reopens after repairs #\n\n{BODY}")
    assert a.title == "Bridge reopens after repairs" and a.text == BODY


def test_markdown_heading_after_the_date_header() -> None:
    a = parse(f" date 2024-03-01\n## Bridge reopens\n{BODY}")
    assert (a.published, a.title, a.text) == (date(2024, 3, 1), "Bridge reopens", BODY)


def test_front_matter_gives_date_title_and_url() -> None:
    raw = f"---\ntitle: \"Bridge reopens\"\ndate: 2024-03-01T08:00:00Z\nurl: https://example.org/bridge\nby: Jane\n---\n\n{BODY}"
    a = parse(raw)
    assert (a.title, a.published, a.url, a.text) == ("Bridge reopens", date(2024, 3, 1), "https://example.org/bridge", BODY)


@pytest.mark.parametrize("head", [
    "Title: Bridge reopens\nDate: 1 March 2024\nURL: https://example.org/bridge\n",
    "Date: 1 March 2024\nTitle: Bridge reopens\nurl: https://example.org/bridge\n",
    "URL: https://example.org/bridge\nTITLE: Bridge reopens\nDate: Fri, 01 Mar 2024 08:00:00 +0000\n",
])
def test_leading_title_date_and_url_lines_in_any_order_are_the_header(head: str) -> None:
    a = parse(f"{head}\n{BODY}")
    assert (a.title, a.published, a.url, a.text) == ("Bridge reopens", date(2024, 3, 1), "https://example.org/bridge", BODY)


def test_a_title_line_that_is_the_text_s_own_is_not_a_header() -> None:
    a = parse(f"Titles: the council will vote on new names for the streets.\n{BODY}")
    assert a.title is None and a.text.startswith("Titles: the council")
    assert parse(f"Date: 1 March 2024\n{BODY}").published == date(2024, 3, 1)  # a lone date line, as before


def test_front_matter_title_wins_over_a_heading_and_a_bad_date_is_ignored() -> None:
    a = parse(f"---\ntitle: From front matter\ndate: soon\n---\n# From heading\n{BODY}")
    assert a.title == "From front matter" and a.published is None
    assert a.text == f"# From heading\n{BODY}"


def test_headline_first_line_becomes_the_title(seeds: Path) -> None:
    a = load_file(str(seeds / "002_40f53a595118c220.txt"))
    assert a.title == "Gunfire Heard in Northern Kosovo, Killing Police Officer and Surrounding 30 Gunmen"
    assert a.published == date(2023, 9, 24)
    assert a.text.startswith("In a recent incident in northern Kosovo")


def test_a_first_sentence_is_not_a_headline(seeds: Path) -> None:
    a = load_file(str(seeds / "000_26c566b307a6a8ae.txt"))
    assert a.title is None and a.published == date(2023, 11, 8)
    assert a.text.startswith("Kosovo’s leader, Albin Kurti, has claimed")
    long_line = "Officials in the northern town said on Monday that the bridge over the river would reopen after weeks of repairs"
    assert len(long_line.split()) == 20
    assert parse(f"{long_line}\n{BODY}").title == long_line  # 20 words without a full stop: still a headline
    assert parse(f"{long_line} again\n{BODY}").title is None
    assert parse(f"{long_line}.\n{BODY}").title is None
    nato = load_file(str(seeds / "003_21e78024dc22c247.txt"))  # one-sentence-per-line paragraphs, no header
    assert nato.title is None and nato.text.startswith("The organization’s highest decision-making body met on Friday")


@pytest.mark.parametrize(
    ("first", "is_title"),
    [
        ("Bridge reopens after repairs", True),
        ("Bridge reopens after repairs.", False),  # a sentence
        ("Update:", False),
        ("bridge reopens after repairs", False),  # not capitalised
        ("“Quoted” first line", True),  # a headline opening on a quote ("‘Finally’: families react to the verdict")
        ("‘Finally’: Tesk families react to the verdict", True),
        ("“We will rebuild the bridge.”", False),  # a quoted sentence: the story's
        ("'We will rebuild the bridge,' the mayor said.", False),
    ],
)
def test_what_reads_as_a_headline(first: str, is_title: bool) -> None:
    a = parse(f"{first}\n{BODY}")
    assert (a.title == first) is is_title
    assert a.text == (BODY if is_title else f"{first}\n{BODY}")


def test_a_headline_ending_on_a_full_stop_over_its_byline_is_the_title() -> None:
    head = "Analysis: Velano's warnings saved lives. Its levees did not."
    a = parse(f"{head}\n\nBy Ana Ortel, The Kestrel Post\n\n{BODY}")
    assert a.title == head and head not in a.text
    # without a byline under it, a first line ending on a full stop is the story's first sentence
    b = parse(f"The levees at Velano failed on Monday.\n\n{BODY}")
    assert b.title is None and b.text.startswith("The levees at Velano failed on Monday.")
    # a long first sentence over a byline is no headline either
    long_first = "Officials in the northern town said on Monday that the bridge over the river would reopen after weeks of repairs again."
    assert parse(f"{long_first}\n\nBy Ana Ortel\n\n{BODY}").title is None


def test_a_staff_byline_in_front_of_a_headline_line_is_not_the_titles() -> None:
    a = parse(f"By the CNN Wire Staff Rebels likely to hold the port?\n{BODY}")
    assert a.title == "Rebels likely to hold the port?" and a.text == BODY


def test_a_headline_alone_is_text_not_a_title() -> None:
    a = parse(" date 2024-03-01 Bridge reopens")
    assert a.title is None and a.text == "Bridge reopens"


@pytest.mark.parametrize("raw", ["", "   \n\t", " date 2024-03-01   ", "# Only a heading", "---\ntitle: x\n---\n"])
def test_nothing_after_the_header_is_skipped(raw: str) -> None:
    with pytest.raises(SkipSource, match="no text"):
        parse(raw)


def test_seed_boilerplate_does_not_reach_the_sentences(seeds: Path) -> None:
    faq = load_file(str(seeds / "001_2f9b001d606e2870.txt"))
    assert "Q: What is the ethnic composition of Kosovo?" in faq.text  # kept in the text, left out of sentences
    sentences = [s.text for s in sentence_spans(faq.text)]
    assert sentences and not any(s.startswith(("Q:", "A:")) for s in sentences)
    assert not any("ethnic composition" in s for s in sentences)

    credit = load_file(str(seeds / "003_21e78024dc22c247.txt"))
    assert credit.published is None and credit.text.endswith("Cover image source: Getty Images")
    sentences = [s.text for s in sentence_spans(credit.text)]
    assert sentences[-1].startswith("In 2008, Kosovo unilaterally declared its independence")
    assert not any("Getty" in s for s in sentences)


def test_bylines_do_not_leak_into_sentences() -> None:
    a = parse(f"Bridge reopens\nBy Jane Doe and John Roe, Reuters\n{BODY}\nPhotograph: Armend Nimani/AFP")
    assert a.title == "Bridge reopens"
    assert [s.text for s in sentence_spans(a.text)] == [
        "Officials said the bridge reopened on Monday after repairs.",
        "Traffic returned to normal by the evening.",
    ]


def test_a_page_of_readers_comments_only_is_read_with_no_text_to_quote(tmp_path: Path) -> None:
    comments = ("March 29, 2011 at 9:14 am | Report abuse | Reply I grew up in Velano and the river was never this high.\n"
                "March 29, 2011 at 10:02 am | Reply The dam should have been repaired years ago, everyone knew it.")
    loaded = ingest.load([str(write_article(tmp_path, "comments.txt", comments, published="2011-03-29"))])
    (read,) = loaded.articles
    assert (read.text, loaded.skipped) == ("", ())
    # furniture above the thread does not make it a story
    shared = ingest.load([str(write_article(tmp_path, "shared.txt", "Share this\nAdvertisement\n" + comments,
                                            published="2011-03-29"))])
    assert shared.articles[0].text == ""
    # so is a wire service's budget: its listings of stories to come are no sentences of the news
    from test_clean import BUDGET
    (budget,) = ingest.load([str(write_article(tmp_path, "budget.txt", "\n".join(BUDGET), published="2011-03-29"))]).articles
    assert budget.text == ""
    # a page of other furniture only is kept as read (the brief says it found nothing to quote)
    furniture = "Share this\nAdvertisement\nPhotograph: Ivo Lenz/Reuters"
    (kept,) = ingest.load([str(write_article(tmp_path, "chrome.txt", furniture, published="2011-03-29"))]).articles
    assert kept.text == furniture


# -- content hash --------------------------------------------------------------------------------


def test_content_hash_is_stable_and_depends_on_title_and_text(tmp_path: Path) -> None:
    unix = write_article(tmp_path, "a.txt", BODY, published="2024-03-01", title="Bridge reopens")
    dos = tmp_path / "b.txt"
    dos.write_bytes(unix.read_bytes().replace(b"\n", b"\r\n"))
    a, b = load_file(str(unix)), load_file(str(dos))
    assert a.content_hash == b.content_hash == content_hash("Bridge reopens", BODY)
    assert a.content_hash == load_file(str(unix)).content_hash
    assert re.fullmatch(r"[0-9a-f]{64}", a.content_hash)
    assert content_hash(None, BODY) == content_hash("", BODY) != content_hash("Other", BODY)
    assert content_hash("T", BODY) != content_hash("T", BODY + " More.")
    assert a.key == str(unix.resolve()) and a.origin == str(unix)


# -- folders ---------------------------------------------------------------------------------------


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_other_suffixes(tmp_path: Path) -> None:
    root = tmp_path / "news"
    for name in ["b.txt", "a.md", "sub/c.markdown", "sub/deeper/d.TEXT", "e.html", "f.htm",
                 ".hidden.txt", ".git/g.txt", "sub/.cache/h.txt", "image.png", "data.json", "feed.xml", "noext"]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BODY, encoding="utf-8")
    (root / "folder.txt").mkdir()  # a folder named like a file is not a file
    found = expand_paths([str(root), "https://example.org/feed.xml", str(tmp_path / "named.pdf")])
    assert found == [
        str(root / "a.md"), str(root / "b.txt"), str(root / "e.html"), str(root / "f.htm"),
        str(root / "sub" / "c.markdown"), str(root / "sub" / "deeper" / "d.TEXT"),
        "https://example.org/feed.xml", str(tmp_path / "named.pdf"),
    ]
    assert expand_paths([str(root)]) == found[:6]  # stable


def test_a_file_named_directly_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "notes.log"
    path.write_text(BODY, encoding="utf-8")
    (a,) = load([str(path)]).articles
    assert a.text == BODY


# -- bad inputs ------------------------------------------------------------------------------------


def test_decode_utf8_with_bom_and_cp1252_fallback() -> None:
    assert decode("Priština ☃".encode()) == "Priština ☃"
    assert decode(b"\xef\xbb\xbfcaf\xc3\xa9") == "café"
    assert decode(b"caf\xe9 \x93quoted\x94") == "café “quoted”"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n ", "empty file (only whitespace)"),
        (b"text\x00with a NUL", "binary file (contains NUL bytes)"),
        (b"\x00\x01 text", "binary file (contains NUL bytes)"),
        (b"\x81\x8d\x8f", "undecodable: neither UTF-8 nor cp1252 text"),
        (b"\xff\xfe" + b"\x01\x00" * 60, "binary file (control characters)"),
    ],
)
def test_bad_files_are_skipped_with_one_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SkipSource) as info:
        read_text_file(path)
    assert str(info.value) == reason
    loaded = load([str(path)])
    assert loaded.articles == () and loaded.skipped == (Skipped(str(path), reason),)
    assert str(loaded.skipped[0]) == f"skipped {path}: {reason}"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "windows.txt"
    body = " date 2024-03-01 The café near the bridge reopened on Monday."
    path.write_bytes((b"\xfe\xff" if encoding == "utf-16-be" else b"") + body.encode(encoding))
    (a,) = load([str(path)]).articles
    assert a.text == "The café near the bridge reopened on Monday." and a.published == date(2024, 3, 1)


def test_cp1252_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b" date 2024-03-01 The caf\xe9 near the bridge reopened on Monday.")
    (a,) = load([str(path)]).articles
    assert a.text == "The café near the bridge reopened on Monday." and a.published == date(2024, 3, 1)


def test_huge_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(BODY * 3, encoding="utf-8")
    size = path.stat().st_size
    loaded = load([str(path)], max_bytes=100)
    assert loaded.skipped == (Skipped(str(path), f"too large ({size:,} bytes; the cap is 100)"),)
    assert load([str(path)], max_bytes=size).articles  # the cap itself is allowed
    assert MAX_FILE_BYTES == 2_000_000


def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(BODY, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that read any file (root)")
        assert load([str(path)]).skipped == (Skipped(str(path), "permission denied"),)
    finally:
        path.chmod(0o644)


def test_a_directory_named_as_a_file_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "story.txt"
    folder.mkdir()
    with pytest.raises(SkipSource, match=r"^is a directory$"):
        load_file(str(folder), max_bytes=1)  # whatever size the file system reports for a folder
    with pytest.raises(SkipSource, match=r"^is a directory$"):
        read_text_file(folder)


def test_a_missing_path_is_skipped(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    loaded = load([missing])
    assert loaded.skipped == (Skipped(missing, "no such file or folder"),)
    assert (loaded.health.read, loaded.health.total, loaded.health.failures) == (0, 1, ((missing, "no such file or folder"),))


def test_load_reads_the_good_and_counts_the_bad(tmp_path: Path) -> None:
    good = write_article(tmp_path, "good.txt", BODY, published="2024-03-01", title="Bridge reopens")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02")
    missing = tmp_path / "missing.txt"
    page = tmp_path / "page.html"
    page.write_text("<p>hi</p>", encoding="utf-8")
    progress: list[tuple[int, int]] = []
    loaded = load([str(p) for p in (good, empty, binary, missing, page)], progress=lambda d, t: progress.append((d, t)))
    (a,) = loaded.articles
    assert (a.title, a.published, a.text) == ("Bridge reopens", date(2024, 3, 1), BODY)
    assert [s.source for s in loaded.skipped] == [str(empty), str(binary), str(missing), str(page)]
    assert loaded.health.read == 1 and loaded.health.total == 5
    assert dict(loaded.health.failures) == {
        str(empty): "empty file",
        str(binary): "binary file (contains NUL bytes)",
        str(missing): "no such file or folder",
        str(page): "feeds and web pages are not available in this build",
    }
    assert progress == [(i, 5) for i in range(1, 6)]


def test_load_hands_urls_and_html_to_the_fetcher(tmp_path: Path) -> None:
    asked: list[str] = []

    def fetch(item: str) -> list:
        asked.append(item)
        if "bad" in item:
            raise SkipSource("HTTP 404")
        return [parse_article(BODY, key=item, origin=item)]

    loaded = load(["https://example.org/a", "https://example.org/bad"], fetch=fetch)
    assert asked == ["https://example.org/a", "https://example.org/bad"]
    assert [a.key for a in loaded.articles] == ["https://example.org/a"]
    assert loaded.health.failures == (("https://example.org/bad", "HTTP 404"),)


def test_the_seeds_all_load(seeds: Path) -> None:
    loaded = load([str(seeds)])
    assert len(loaded.articles) == 5 and loaded.skipped == ()
    assert [a.published for a in loaded.articles] == [date(2023, 11, 8), date(2023, 11, 13), date(2023, 9, 24), None, None]
    assert not any(a.text.lstrip().lower().startswith("date") for a in loaded.articles)


# -- properties ------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_parse_article_never_crashes(raw: str) -> None:
    try:
        a = parse(raw)
    except SkipSource:
        return
    assert a.text and a.text == a.text.strip() and a.key == "k"
    assert a.published is None or isinstance(a.published, date)
    header = DATE_HEADER.match(normalize(raw))
    if header and not normalize(raw).startswith("---"):
        assert not a.text.startswith(header.group(0).strip()) or header.group(0).strip() in normalize(raw)[header.end():]


_header_free = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200).filter(
    lambda s: not DATE_HEADER.match(s.strip()) and s.strip()
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(["date ", " date ", "Date: ", "date:"]), st.sampled_from([" ", "\n", "\r\n", "\n\n"]), _header_free)
def test_the_date_header_never_starts_the_text(day: date, lead: str, sep: str, body: str) -> None:
    raw = f"{lead}{day.isoformat()}{sep}{body}"
    try:
        a = parse(raw)
    except SkipSource:
        return
    assert a.published == day
    assert not a.text.lower().startswith("date") or body.strip().lower().startswith("date")
    assert day.isoformat() not in a.text or day.isoformat() in body


# -- wire copy is cleaned once, as it is read ------------------------------------------------------


@pytest.mark.parametrize(("line", "day"), [
    ("Date: 13 November 2023", date(2023, 11, 13)),
    ("Date: Mon, 13 Nov 2023 09:00:00 +0000", date(2023, 11, 13)),
    ("date: November 13, 2023", date(2023, 11, 13)),
    ("Date: 2023-11-13", date(2023, 11, 13)),
])
def test_date_lines_in_the_forms_people_write(line: str, day: date) -> None:
    a = parse(f"{line}\n{BODY}")
    assert (a.published, a.text) == (day, BODY)


def test_a_date_line_that_says_no_date_stays_text() -> None:
    assert parse("Date: to be confirmed\nThe vote was delayed again by the commission.").published is None


@pytest.mark.parametrize(("head", "day"), [
    ("Harbour fire spreads to the fuel docks\nDate: 2026-03-02\n", date(2026, 3, 2)),
    ("Harbour fire spreads to the fuel docks\n\nDate: 2 March 2026\n\n", date(2026, 3, 2)),
    ("Harbour fire spreads to the fuel docks\nDate: Mon, 02 Mar 2026 09:15:00 +0000\n", date(2026, 3, 2)),
    ("Harbour fire spreads to the fuel docks\ndate 2026-03-02\n", date(2026, 3, 2)),
    ("# Harbour fire spreads to the fuel docks\nDate: March 2, 2026\n", date(2026, 3, 2)),
])
def test_a_date_line_under_the_headline_dates_the_article_and_is_no_text(head: str, day: date) -> None:
    # the way people save a story: its headline, then its date, then the story
    a = parse(f"{head}{BODY}")
    assert (a.title, a.published, a.text) == ("Harbour fire spreads to the fuel docks", day, BODY)


@pytest.mark.parametrize("head", [
    "EXPLAINER\nWhat the harbour fire means for ferry passengers\nDate: 6 May 2026\n",  # under a kicker and the headline
    "Harbour fire spreads to the fuel docks\nBy Mara Quell\nDate: 6 May 2026\n",  # under a byline
    "# Harbour fire spreads to the fuel docks\n\n**Date:** 6 May 2026\n",  # Markdown's bold label
    # under a standfirst in italics and a byline (the chemical-plant reader's feature had read as undated)
    ("# In Westmere, a harbour counts what the fire took\n\n*For 58 years the fuel docks paid the mortgages. This week they"
     " burned for two days and two nights, and the town is asking what it owes them, and what it is owed.*\n\n"
     "By Mara Quell, The Westmere Ledger\nDate: 6 May 2026\n"),
])
def test_a_date_line_under_heading_lines_dates_the_article(head: str) -> None:
    a = parse(f"{head}\n{BODY}")
    assert a.published == date(2026, 5, 6) and "Date" not in a.text and "6 May" not in a.text


@pytest.mark.parametrize("raw", [
    # a story's own line under its lead (a sentence, closing on a full stop)
    f"The Westmere harbour festival returns this spring.\nDate: 12 May 2026\n{BODY}",
    # an event's date, not the file's: more than a date, or an event's field under it
    f"Westmere harbour festival returns after the fire\nDate: Saturday 16 May 2026, 10am to 4pm\n{BODY}",
    f"Westmere harbour festival returns after the fire\nDate: 16 May 2026\nVenue: Old Customs House\n{BODY}",
    f"Harbour fire spreads to the fuel docks\nDate 2026-05-06 was set for the hearing, the court said.\n{BODY}",
    # a story's own sentence in italics is no standfirst when it is long and ends the story's paragraph, but above a
    # sentence of the story the date line stays the story's
    f"Harbour fire spreads\nThe fire spread to the fuel docks overnight, and crews fought it until dawn.\nDate: 6 May 2026\n{BODY}",
])
def test_a_date_line_that_is_the_story_s_or_an_event_s_stays_text(raw: str) -> None:
    problems: list[str] = []
    a = parse_article(raw, key="k", origin="o.txt", problems=problems)
    assert a.published is None and "Date" in a.text and problems == []


def test_a_date_line_under_a_labelled_headline_dates_it_too() -> None:
    # "Explainer: ...", "Timeline: ...": a kicker's label the cleaning reads the headline by later; the date is the file's
    a = parse(f"Explainer: what the water company hack means for you\nDate: 2026-03-04\n\n{BODY}")
    assert a.published == date(2026, 3, 4) and "Date:" not in a.text and "2026-03-04" not in a.text
    long_first = " ".join(["The council met"] * 9) + "."  # (27 words: a paragraph, no headline)
    assert parse(f"{long_first}\nDate: 2026-03-04\n{BODY}").published is None


def test_a_date_line_under_the_headline_that_names_no_day_is_told_and_taken_out() -> None:
    problems: list[str] = []
    a = parse_article(f"Harbour fire spreads\nDate: 2026-02-30\n{BODY}", key="k", origin="o.txt", problems=problems)
    assert (a.title, a.published, a.text) == ("Harbour fire spreads", None, BODY) and len(problems) == 1
    b = parse("Harbour fire spreads\nDate: to be confirmed by the port authority\nThe fire burned on.")
    assert b.published is None and b.text.startswith("Date: to be confirmed")


def test_a_date_line_under_the_headline_does_not_replace_the_header_s_date() -> None:
    a = parse(f"Date: 2026-03-01\nHarbour fire spreads\nDate: 2026-03-05\n{BODY}")
    assert (a.published, a.text) == (date(2026, 3, 1), BODY)
    problems: list[str] = []  # (nor is it told as leaving the article undated)
    b = parse_article(f"Date: 2026-03-01\nHarbour fire spreads\nDate: 02/03/2026\n{BODY}", key="k", origin="o", problems=problems)
    assert (b.published, b.text, problems) == (date(2026, 3, 1), BODY, [])


def test_wire_copy_is_cleaned_when_read_and_its_dateline_kept(tmp_path: Path) -> None:
    from builders import STORY, reuters_copy

    path = write_article(tmp_path, "wire.txt", reuters_copy(place="SIRTE, Libya", when="Mon Oct 10, 2011 5:55 pm EDT"),
                         published="2011-10-10")
    (article,) = load([str(path)]).articles
    assert article.text.split("\n") == list(STORY)
    assert (article.place, article.filed) == ("SIRTE, Libya", "Mon Oct 10, 2011 5:55 pm EDT")
    assert article.content_hash == parse_article(path.read_text(), key="k", origin="o").content_hash  # as read


def test_a_byline_first_line_is_not_a_title_and_a_glued_headline_is(tmp_path: Path) -> None:
    from builders import ap_copy, reuters_copy

    ap = load([str(write_article(tmp_path, "ap.txt", ap_copy(), published="2011-03-29"))]).articles[0]
    assert ap.title is None  # "By MARTA KOVAC, Associated Press" is a byline, not a headline
    reuters = load([str(write_article(tmp_path, "r.txt", reuters_copy(headline="Rescuers reach flooded villages"),
                                      published="2011-03-29"))]).articles[0]
    assert reuters.title == "Rescuers reach flooded villages"


def test_sources_count_as_given_a_folder_is_one(tmp_path: Path) -> None:
    good = write_article(tmp_path / "news", "a.txt", BODY, published="2024-03-01").parent
    write_article(good, "b.txt", BODY + " Again.", published="2024-03-01")
    (good / "empty.txt").write_bytes(b"")
    (tmp_path / "nothing").mkdir()
    health = load([str(good), str(tmp_path / "nothing"), str(tmp_path / "missing.txt")]).health
    assert (health.read, health.total) == (1, 3)
    assert [src for src, _ in health.failures] == [str(tmp_path / "nothing"), str(tmp_path / "missing.txt")]


# -- a page's masthead above its headline (text/mastheads) -----------------------------------------

_STORY = "Crews reopened the Tesk bridge on Monday after a week of repairs, the transport office said."
_DECK = "Engineers found cracks in two of its piers"
_HEADLINE = "Tesk bridge reopens after repairs; two piers still under watch"


@pytest.mark.parametrize(("top", "url"), [
    ("Regions", None),  # a section kicker
    ("Asia/Pacific", None),  # a breadcrumb
    ("News\nRegional News\nOstravia News", None),  # a stack of them
    ("Velano", None),  # a country's or a city's name as the kicker
    ("The Tesk Courier", "https://www.teskcourier.com/2024/bridge-reopens"),  # the site's name, as its address writes it
    ("Tesk Courier\nMore Stories\nTransport", "https://teskcourier.net/bridge"),
    ("https://tk.cr/a8Zq1", "https://www.teskcourier.com/node/88"),  # a short link to the page
    ("Ministry of Transport and Roads of the Republic of Ostravia\nPress Office\nPress release No. 31/2024\n"
     "Velano, 4 March 2024", None),  # an issuer's name and its press office's labels
    ("Transport\nThis article is more than 3 days old", None),  # the page's age banner
    ("Tesk Zeitung – English Edition\n04.03.2024, 19:40 Uhr", "https://www.teskzeitung.com/en/2024/bridge"),  # an edition, a stamp
    ("Tesk Record-Courier\nLocal News", "https://www.teskrecord.com/2024/03/04/bridge"),  # one word more than the address's
    ("Kestrel Water Power & Light\nNEWS RELEASE\nFOR IMMEDIATE RELEASE\nMarch 4, 2024", "https://www.kwpl.com/newsroom/bridge"),  # initials
])
def test_a_masthead_over_the_headline_is_not_the_title(top: str, url: str | None) -> None:
    raw = f"{top}\n{_HEADLINE}\n{_STORY}"
    a = parse_article(raw if url is None else f"URL: {url}\n\n{raw}", key="k", origin="o.txt")
    assert (a.title, a.text) == (_HEADLINE, _STORY)


def test_a_quoted_headline_under_a_kicker_is_the_title() -> None:
    a = parse(f"Velano\n‘We waited for hours’: Tesk drivers count the cost of the closure\n{_STORY}")
    assert a.title == "‘We waited for hours’: Tesk drivers count the cost of the closure"
    quoted = parse(f"Velano\n“We will rebuild the whole town.”\n{_STORY}")  # a quoted sentence under it is the story's
    assert quoted.title != "“We will rebuild the whole town.”" and "We will rebuild the whole town." in quoted.text


@pytest.mark.parametrize("raw", [
    f"Tesk bridge reopens\n{_DECK}\n{_STORY}",  # a short headline over a standfirst (lower case: no kicker)
    f"Bridge Reopens\nCracks found\n{_STORY}",  # a kicker's shape over a line no longer than it: no headline under a kicker
    f"Tesk Bridge Reopens\n{_STORY}",  # a short headline in Title Case over the story
    f"Regions\n{_STORY}",  # nothing that reads as a headline under the kicker
    f"Kovalen Resigns\nOstravia's prime minister quits after a week of protests over the dam\n{_STORY}",  # no section's word
    f"Thousands March Against Police\nDemonstrators in Keln demand an inquiry into a death in custody\n{_STORY}",  # no issuer
])
def test_a_first_line_headline_stays_the_title(raw: str) -> None:
    assert parse(raw).title == raw.split("\n")[0]
    assert parse(f"Regions\n{_HEADLINE}\n{_STORY}").title == _HEADLINE  # while a kicker over a longer headline is passed over


def test_a_site_name_that_is_not_the_address_s_is_no_masthead() -> None:
    def title(raw: str) -> str | None:
        return parse_article(f"URL: https://www.velanopost.com/a/1\n\n{raw}\n{_DECK}\n{_STORY}", key="k", origin="o").title

    assert title("Tesk Courier Sold To Rival Group") == "Tesk Courier Sold To Rival Group"  # not the address's site: a headline
    assert title("Velano Post Reporter Freed") == "Velano Post Reporter Freed"  # the site's name and more: a headline
    assert title("Velano Prices Rise") == "Velano Prices Rise"  # initials of two words: no name's
    assert title(f"The Velano Post\n{_HEADLINE}") == _HEADLINE


@pytest.mark.parametrize(("first", "title"), [
    (f"{_HEADLINE}By Jo Lee and Ann Poe", _HEADLINE),  # a byline the page's copy glued to the headline's end
    ("Tesk bridge reopens, transport office admitsBy Jo Lee, Transport Editor", "Tesk bridge reopens, transport office admits"),
    ("Tesk bridge stands By its engineers", "Tesk bridge stands By its engineers"),  # a word of the headline
    ("Stand By Me singer opens the Tesk bridge", "Stand By Me singer opens the Tesk bridge"),
])
def test_a_byline_glued_to_the_headline_is_not_the_titles(first: str, title: str) -> None:
    assert parse(f"{first}\n{_STORY}").title == title


@pytest.mark.parametrize(("first", "title"), [
    ("UPDATE 2-Velano dam holds as river crests", "Velano dam holds as river crests"),  # a wire's slug glued to its start
    ("CORRECTED-UPDATE 1-Velano dam holds as river crests", "Velano dam holds as river crests"),
    ("REFILE-Velano dam holds as river crests", "Velano dam holds as river crests"),
    ("FACTBOX-Velano's flood in numbers", "Velano's flood in numbers"),  # a factbox's slug: the rest is the page's headline
    ("NATO-Velan talks stall over the dam", "NATO-Velan talks stall over the dam"),  # names joined: the headline's
    ("COVID-19 cases rise in Velano", "COVID-19 cases rise in Velano"),
    ("LIVE-FIRE DRILLS RESUME NEAR THE VELANO BORDER", "LIVE-FIRE DRILLS RESUME NEAR THE VELANO BORDER"),  # all in capitals
])
def test_a_wires_slug_glued_to_the_headline_is_not_the_titles(first: str, title: str) -> None:
    assert parse(f"{first}\n{_STORY}").title == title


@pytest.mark.parametrize(("first", "voice"), [
    ("ANALYSIS-Why the Tesk bridge needed a week of repairs", "analysis"),  # the slug says whose reading it is
    ("COMMENT-The Tesk bridge was a disaster waiting to happen", "opinion"),
    ("UPDATE 2-Tesk bridge reopens after repairs", ""),  # a version's slug says nothing of whose words
    ("OPINION-POLL SHOWS TESK MAYOR TRAILING", ""),  # a headline all in capitals: a word, no label
    ("Tesk bridge reopens after repairs", ""),
])
def test_a_slug_cut_off_the_title_still_says_whose_words_the_article_is(first: str, voice: str) -> None:
    a = parse(f"{first}\n{_STORY}")
    assert (a.title, a.voice) == (first.split("-", 1)[-1] if "-" in first and not first.isupper() else first, voice)
    under = parse_article(f"URL: https://www.velanopost.com/a/1\n\nThe Velano Post\n{first}\n{_STORY}", key="k", origin="o")
    assert (under.title, under.voice) == (a.title, voice)  # a headline under the page's masthead too


# -- a page's own stamp of its date, when it has no header (text/stated) ---------------------------


@pytest.mark.parametrize(("stamp", "day"), [
    ("Issued on: 04/03/2024 - 08:15\nModified: 05/03/2024 - 17:02", date(2024, 3, 4)),  # France 24's form: the day first
    ("Modified: 05/03/2024 - 17:02\nIssued on: 04/03/2024 - 08:15", date(2024, 3, 4)),  # the published one over the modified
    ("Published on 4 March 2024", date(2024, 3, 4)),
    ("Updated: March 4, 2024 8:15 am", date(2024, 3, 4)),  # an update alone dates the page
    ("Posted 4 Mar 2024", date(2024, 3, 4)),
    ("First published: Mon 4 Mar 2024 08.15 GMT", date(2024, 3, 4)),
    ("Published: 25/03/2024", date(2024, 3, 25)),  # 25 is no month: the day first
    ("Published: 03/25/2024", date(2024, 3, 25)),  # the month first
    ("Posted: 04.03.2024", date(2024, 3, 4)),  # the dotted form writes the day first
])
def test_a_page_s_stated_date_dates_it_and_is_no_story(stamp: str, day: date) -> None:
    a = parse(f"{_HEADLINE}\n{stamp}\n{_STORY}")
    assert (a.title, a.published, a.text) == (_HEADLINE, day, _STORY)


def test_an_ambiguous_numeric_stamp_is_read_by_the_address_or_not_at_all() -> None:
    def dated(stamp: str, url: str | None) -> date | None:
        head = f"URL: {url}\n\n" if url else ""
        return parse_article(f"{head}{_HEADLINE}\n{stamp}\n{_STORY}", key="k", origin="o").published

    assert dated("Published: 04/03/2024", "https://velanopost.com/news/20240304-tesk-bridge") == date(2024, 3, 4)
    assert dated("Published: 04/03/2024", "https://velanopost.com/2024/04/03/tesk-bridge") == date(2024, 4, 3)
    assert dated("Published: 04/03/2024", None) is None  # 4 March or 3 April: not guessed
    assert dated("Published: 04/03/2024", "https://velanopost.com/tesk-bridge") is None
    # the page's other stamp tells its order; an unread published stamp leaves no update to stand for it
    assert dated("Published: 06/10/2025 9:12 am\nUpdated: 06/13/2025 4:05 pm", None) == date(2025, 6, 10)
    assert dated("Published 12/06/2025\nModified 13/06/2025", None) == date(2025, 6, 12)
    assert dated("Published: 04/03/2024\nUpdated: 05/03/2024", None) is None


def test_a_header_s_date_wins_and_a_stamp_like_sentence_stays() -> None:
    a = parse(f"Date: 2024-03-06\n\n{_HEADLINE}\nPublished on 4 March 2024\n{_STORY}")
    assert (a.published, a.text) == (date(2024, 3, 6), _STORY)
    said = "Published on Monday, the report said the bridge had been closed since 4 March 2024."
    a = parse(f"{_HEADLINE}\n{said}\n{_STORY}")
    assert (a.published, a.text) == (None, f"{said}\n{_STORY}")
    assert parse(f"{_HEADLINE}\nUpdated 31/02/2024\n{_STORY}").published is None  # no real day
    assert parse(f"{_HEADLINE}\nPosted 4 Mar 2024\n{_STORY}").published == date(2024, 3, 4)
