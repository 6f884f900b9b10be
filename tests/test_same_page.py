"""One article per page: copies of one URL (a feed's teaser and the page, or a page saved on several
days) are one source, read as the page's newest version (briefbot.ingest.same_page)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from builders import article, rows
from click.testing import CliRunner, Result

from briefbot.cli import cli
from briefbot.ingest.same_page import merge_same_url

URL = "https://fire.example.gov/incidents/2025/ridge-fire"
FIRST = ("The Ridge Fire started on Monday afternoon near Route 12, north of Callow. "
         "Crews from four stations worked through the night to hold the fire's western edge.")
UPDATE = ("The Ridge Fire crossed Tern Creek on Wednesday and reached the edge of Alder Flat. "
          "One resident has died in the fire, the county coroner said.")


def copy(url: str, day: str, headline: str, text: str) -> str:
    return f"Date: {day}\nURL: {url}\n\n{headline}\n\n{text}\n"


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), prog_name="briefbot")
    assert "Traceback" not in result.output, result.output
    return result


def test_a_later_copy_of_a_page_is_its_newest_version_and_says_so() -> None:
    old = article(FIRST, published=date(2025, 8, 4), url=URL, key="a.txt", origin="a.txt")
    new = article(UPDATE, published=date(2025, 8, 6), url=URL + "/", key="b.txt", origin="b.txt")
    for order in ([old, new], [new, old]):
        merged, notes = merge_same_url(order)
        assert [(a.text, a.key) for a in merged] == [(UPDATE, order[0].key)]  # the first copy's identity
        assert notes == (f"{URL}: 2 copies of the page, dated 2025-08-04 and 2025-08-06: "
                         "read as one article, its version of 2025-08-06 (b.txt)",)


def test_a_teaser_and_a_page_of_one_url_are_one_article_with_the_page_s_text() -> None:
    page = article(FIRST, published=date(2025, 8, 4), url=URL, key="page", origin="page")
    teaser = article(FIRST.split(". ")[0] + ".", published=date(2025, 8, 5), url=URL, key="feed", origin="feed")
    for order in ([page, teaser], [teaser, page]):
        merged, notes = merge_same_url(order)
        assert [a.text for a in merged] == [FIRST] and notes == ()  # a later teaser is no new version
    same_day = article(FIRST[:60], published=date(2025, 8, 4), url=URL, key="feed", origin="feed")
    (kept,), notes = merge_same_url([same_day, page])
    assert (kept.text, kept.key, kept.origin, notes) == (FIRST, "feed", "page", ())  # the longest, under the first key


def test_pages_of_other_urls_and_articles_without_one_stay_apart() -> None:
    a = article(FIRST, published=date(2025, 8, 4), url=URL, key="a")
    b = article(UPDATE, published=date(2025, 8, 6), url=URL + "-update", key="b")
    c = article(UPDATE, published=date(2025, 8, 6), key="c")
    assert merge_same_url([a, b, c]) == ((a, b, c), ())


def test_a_page_saved_again_after_its_update_is_news_the_day_it_arrives(tmp_path: Path) -> None:
    folder, db = tmp_path / "story", str(tmp_path / "s.db")
    folder.mkdir()
    (folder / "a.txt").write_text(copy(URL, "2025-08-04", "Ridge Fire incident update", FIRST))
    assert run("brief", str(folder), "--db", db, "--as-of", "2025-08-04").exit_code == 0
    (folder / "b.txt").write_text(copy(URL, "2025-08-06", "Ridge Fire incident update", UPDATE))
    result = run("brief", str(folder), "--db", db, "--as-of", "2025-08-06", "--json")
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    new = {p["text"] for p in brief["changes"] if p["status"] == "new"}
    assert "One resident has died in the fire, the county coroner said." in new
    assert [s["date"] for s in brief["sources"]] == ["2025-08-06"]
    assert f"{URL}: 2 copies of the page" in result.stderr and "its version of 2025-08-06" in result.stderr
    again = run("brief", str(folder), "--db", db, "--as-of", "2025-08-07")  # read again: no new version
    assert again.exit_code == 0 and "Nothing new" in again.stdout
    assert rows(Path(db), "SELECT version, published FROM articles ORDER BY id") == [(1, "2025-08-04"), (2, "2025-08-06")]
