"""The command line end to end (click's CliRunner): brief, history, show, and every bad input.

The ranking is being tuned, so these tests assert properties of the brief (its sections, that
every quoted sentence is verbatim from the source it cites, what is new), not which sentences win.
"""

from __future__ import annotations

import gc
import json
import re
import shutil
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from builders import rows
from click.testing import CliRunner, Result

from briefbot import __version__
from briefbot.cli import cli
from briefbot.collector import THRESHOLD, collecting_less
from briefbot.store.db import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.iterdir())
S000, S001, S002, S003, S004 = SEED_NAMES
HEADINGS = ("## What changed", "## Situation", "## Figures", "## Sources disagree", "## Sources")
HISTORY_HEADER = "  id  as of       topic              new  points  sources  made"
_CITED = re.compile(r"^(.*?) ((?:\[\d+(?:–\d+)?\])+)(?: \(also reported by (\d+) other articles?\))?(?: \(as of \d{4}-\d\d-\d\d\))?$")
# a note beside the source's words, not them: a date's ("on Monday [28 Mar]"), a year's, a place's, a name's ("Kurti [Albin
# Kurti] alleges"); a citation ("[3]", "[3–6]") is none
DATE_NOTE = re.compile(r" \[(?!\d+(?:–\d+)?\])[^\]\[]+\]")
_LABEL = re.compile(r"^\*\*(New|Updated|No longer reported):\*\* ")
_WAS = re.compile(r" — “(.+?)”(?: on \d{4}-\d{2}-\d{2})? (?:\[\d+(?:–\d+)?\])+$")


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), prog_name="briefbot")
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def assert_usage_error(result: Result, *fragments: str) -> None:
    """Exit 2, one line on stderr that starts with 'error: ' and says what was wrong; nothing on stdout."""
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "internal error" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """A copy of the repo's seeds in the test's folder (the cwd), given on the command line as 'seeds'."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path / "seeds"


def db_path(tmp_path: Path) -> Path:
    return tmp_path / "briefbot.db"  # conftest sets BRIEFBOT_DB to this


# -- reading a brief back ----------------------------------------------------------------------------


def sections(markdown: str) -> dict[str, list[str]]:
    """Heading ('What changed since ...', 'Situation', ...) -> its non-empty lines."""
    out: dict[str, list[str]] = {}
    current = None
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = line[3:]
            out[current] = []
        elif current is not None and line.strip() and not line.startswith("*"):
            out[current].append(line)
    return out


def changes_section(markdown: str) -> tuple[str, list[str]]:
    [(heading, lines)] = [(h, lines) for h, lines in sections(markdown).items() if h.startswith("What changed")]
    return heading, lines


def sources_of(markdown: str) -> dict[int, str]:
    """Source number -> origin (the path as given on the command line)."""
    out = {}
    for line in sections(markdown).get("Sources", []):
        m = re.match(r"^(\d+)\. .* — (.+)$", line)
        assert m, f"bad source line: {line!r}"
        out[int(m.group(1))] = m.group(2)
    return out


def bullet(line: str) -> tuple[str, str | None, list[int], str | None]:
    """'- **Updated:** text [1][2] (previously: old)' -> (text, label, [1, 2], old)."""
    assert line.startswith("- "), line
    body = line[2:]
    label = None
    m = _LABEL.match(body)
    if m:
        label, body = m.group(1), body[m.end():]
    previous = None
    if label == "Updated" and " (previously: " in body:
        body, previous = body.split(" (previously: ", 1)
        previous = previous[:-1]
    if label == "Updated" and (was := _WAS.search(body)):  # " — “three arrested” on 2023-11-08 [3]"
        body, previous = body[:was.start()], was.group(1)
    m = _CITED.match(body)
    assert m, f"point without source numbers: {line!r}"
    return DATE_NOTE.sub("", m.group(1)), label, cited_numbers(m.group(2)), previous


def cited_numbers(cites: str) -> list[int]:
    """'[5][1][3–6]' -> [5, 1, 3, 4, 5, 6]: the quoted source first, ranges expanded."""
    out: list[int] = []
    for first, last in re.findall(r"\[(\d+)(?:–(\d+))?\]", cites):
        out += list(range(int(first), int(last or first) + 1))
    return out


def point_bullets(markdown: str) -> list[tuple[str, str | None, list[int], str | None]]:
    _, change_lines = changes_section(markdown)
    # a point no longer reported cites nothing: its sources left recent coverage (it says which brief had it)
    out = [bullet(line) for line in change_lines if line.startswith("- ") and not line.startswith("- **No longer")]
    out += [bullet(line) for line in sections(markdown).get("Situation", [])]
    return out


def assert_verbatim_and_cited(markdown: str, cwd: Path) -> int:
    """The product's promise: every point is a verbatim sentence of a source it cites, and every
    source number it cites is in the Sources list.  Returns the number of points checked."""
    sources = sources_of(markdown)
    texts = {n: (cwd / origin).read_text(encoding="utf-8") for n, origin in sources.items()}
    points = point_bullets(markdown)
    for text, _label, numbers, previous in points:
        assert numbers, text
        assert set(numbers) <= set(sources), f"{text!r} cites {numbers}, sources are {sorted(sources)}"
        assert text in texts[numbers[0]], f"not verbatim from its first (quoted) source {numbers}: {text!r}"
        if previous is not None:  # what an updated point replaces is verbatim too (from any article)
            assert any(previous in (cwd / "seeds" / name).read_text(encoding="utf-8") for name in SEED_NAMES), previous
    return len(points)


def assert_clean(markdown: str) -> None:
    assert " date 2023-" not in markdown
    assert not re.search(r"\bdate 20\d\d-\d\d-\d\d", markdown)
    for line in markdown.splitlines():
        assert not re.match(r"^[-*]?\s*(?:\*\*\w+:\*\* )?[QA]: ", line), line
        assert "Q: " not in line and "A: " not in line, line
    assert "Cover image source" not in markdown
    assert "FAQ" not in markdown


# -- --version, --help ---------------------------------------------------------------------------


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output == f"briefbot, version {__version__}\n"


def test_the_process_collects_garbage_less_often() -> None:
    """A briefbot process raises the collector's first threshold (see briefbot.collector), keeping the
    others, and leaves what is alive at its end out of the collections of the interpreter's shutdown."""
    probe = ("import gc, json, sys; import briefbot.cli as c; before = gc.get_threshold(); sys.argv = ['briefbot', '--version']\n"
             "try:\n    c.main()\nexcept SystemExit:\n    print(json.dumps([before, gc.get_threshold(), gc.get_freeze_count()]))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    before, after, frozen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert after == [THRESHOLD, *before[1:]]
    assert frozen > 0


@pytest.mark.parametrize("given", [None, "2"])
def test_the_process_asks_openblas_for_one_thread_unless_the_environment_says(given: str | None) -> None:
    """numpy's OpenBLAS reads OPENBLAS_NUM_THREADS as numpy is imported: the command line sets it
    first (to 1, one thread that does not spin), and a value the user gave stays; numpy is not
    loaded before main sets it (importing the command line does not import it)."""
    import os

    probe = ("import os, sys; import briefbot.cli as c; early = 'numpy' in sys.modules; sys.argv = ['briefbot', '--version']\n"
             "try:\n    c.main()\nexcept SystemExit:\n"
             "    print(os.environ.get('OPENBLAS_NUM_THREADS'), early)")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    assert proc.stdout.strip().splitlines()[-1] == f"{given or '1'} False"


def test_a_brief_made_in_a_longer_process_collects_less_and_puts_the_thresholds_back() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 11, 12)
        with pytest.raises(RuntimeError), collecting_less():
            assert gc.get_threshold() == (THRESHOLD, 11, 12)
            raise RuntimeError("a failed brief")
        assert gc.get_threshold() == (700, 11, 12)
        gc.set_threshold(THRESHOLD * 2, 11, 12)  # never lowered
        with collecting_less():
            assert gc.get_threshold() == (THRESHOLD * 2, 11, 12)
    finally:
        gc.set_threshold(*before)


def test_briefs_made_at_once_in_threads_put_the_thresholds_back_and_a_threshold_of_0_stays() -> None:
    """Two briefs that overlap in threads (the first ends while the second runs) leave the caller's
    thresholds as they were; a caller that turned automatic collection off (threshold 0) keeps it off."""
    before = gc.get_threshold()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[tuple[int, ...]] = []

    def first() -> None:
        with collecting_less():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collecting_less():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.get_threshold())

    try:
        gc.set_threshold(700, 11, 12)
        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        assert seen == [(THRESHOLD, 11, 12)]  # still raised for the brief that goes on
        assert gc.get_threshold() == (700, 11, 12)
        gc.set_threshold(0, 11, 12)
        with collecting_less():
            assert gc.get_threshold() == (0, 11, 12)
        assert gc.get_threshold() == (0, 11, 12)
    finally:
        gc.set_threshold(*before)


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert result.output.startswith("Usage: briefbot [OPTIONS] COMMAND [ARGS]...")
    commands = result.output.split("Commands:", 1)[1]
    for name in ("brief", "history", "show", "post", "serve", "check-config"):
        assert re.search(rf"^  {re.escape(name)}\s", commands, re.M), name


def test_brief_help_lists_its_options() -> None:
    result = run("brief", "--help")
    assert result.exit_code == 0
    for option in ("--topic", "--as-of", "--out", "--words", "--algorithm", "--json", "--db", "--config"):
        assert option in result.output


# -- brief -----------------------------------------------------------------------------------------


def test_brief_of_the_seeds_is_a_markdown_brief(seed_dir: Path, tmp_path: Path) -> None:
    result = run("brief", "seeds")
    assert result.exit_code == 0, result.output
    md = result.stdout
    assert md.startswith("# ")
    assert re.search(r"^\*As of \d{4}-\d{2}-\d{2}\*", md, re.M)
    assert f"*As of {date.today().isoformat()}*" in md
    for heading in HEADINGS:
        assert re.search(rf"^{re.escape(heading)}", md, re.M), heading
    assert "This is the first brief on this topic" in md
    # undated articles count as of today, and the brief says so
    assert f"undated, first seen {date.today().isoformat()}" in md
    assert "*Undated articles count as of the day briefbot first saw them.*" in md
    assert_clean(md)
    assert assert_verbatim_and_cited(md, tmp_path) >= 3
    assert result.stderr == ""


@pytest.mark.parametrize("as_of", ["2023-09-24", "2023-11-08", "2023-11-13"])
def test_dated_briefs_are_verbatim_and_clean(seed_dir: Path, tmp_path: Path, as_of: str) -> None:
    result = run("brief", "seeds", "--as-of", as_of)
    assert result.exit_code == 0, result.output
    md = result.stdout
    assert f"*As of {as_of}*" in md
    assert_clean(md)
    assert assert_verbatim_and_cited(md, tmp_path) >= 3
    # nothing dated after the brief's day, and the undated articles (first seen today) are not in it
    origins = sources_of(md).values()
    assert not {S003, S004} & {Path(o).name for o in origins}
    if as_of < "2023-11-13":
        assert S001 not in {Path(o).name for o in origins}


def test_figures_quote_their_sources(seed_dir: Path, tmp_path: Path) -> None:
    md = run("brief", "seeds", "--as-of", "2023-11-13").stdout
    sources = sources_of(md)
    texts = {n: (tmp_path / o).read_text(encoding="utf-8") for n, o in sources.items()}
    figures = sections(md)["Figures"]
    assert figures
    for line in figures:
        m = re.match(r"^- \*\*([A-Z].+?):\*\* [\w ,.]*?[\d,.]+ ((?:\[\d+\])+) on \d{4}-\d{2}-\d{2} "
                     r"\(“(.+)”(?:; also reported by \d+ other articles?)?\)", line)
        assert m, line
        numbers = [int(n) for n in re.findall(r"\d+", m.group(2))]
        assert set(numbers) <= set(sources)
        assert all(m.group(3) in texts[n] for n in numbers), line  # a figure cites the articles it quotes


def test_the_seeds_arrests_are_a_disagreement_and_context_is_not_a_figure(seed_dir: Path) -> None:
    """All five seeds (two undated, so in the same round as the rest): three, two and five arrested."""
    md = run("brief", "seeds").stdout
    rows = sections(md)["Sources disagree"]
    arrested = [r for r in rows if r.startswith("- **Arrested (attackers):**")]
    assert len(arrested) == 1, rows
    assert all(f"“{phrase}”" in arrested[0] for phrase in ("three arrested", "two were apprehended", "the police arrested five"))
    figures = "\n".join(sections(md)["Figures"])
    for context in ("120,000", "Serb-majority", "police units", "Serbs"):
        assert context not in figures, figures


def test_out_file_writes_the_brief_and_says_so(seed_dir: Path, tmp_path: Path) -> None:
    result = run("brief", "seeds", "--as-of", "2023-11-13", "--out", "brief.md")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    written = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert written.startswith("# ")
    assert result.stderr == "wrote brief.md (brief #1, as of 2023-11-13)\n"
    # the same brief made again on stdout is the very same text
    again = run("brief", "seeds", "--as-of", "2023-11-13", "--out", "-")
    assert again.exit_code == 0
    assert again.stdout == written
    assert again.stderr == ""


def test_json_prints_the_brief_as_json(seed_dir: Path) -> None:
    result = run("brief", "seeds", "--as-of", "2023-11-13", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"topic", "title", "as_of", "previous_as_of", "summary", "changes", "figures", "disagreements", "sources",
            "nothing_new", "new_articles", "health", "algorithm"} <= set(data)
    assert data["as_of"] == "2023-11-13"
    assert data["topic"] == "default"
    assert data["algorithm"] == "lexrank"
    assert data["previous_as_of"] is None
    assert data["nothing_new"] is False
    assert data["new_articles"] == 3
    assert data["summary"] and all({"text", "article_ids", "status"} <= set(p) for p in data["summary"])
    ids = {s["article_id"] for s in data["sources"]}
    assert all(set(p["article_ids"]) <= ids for p in data["summary"])
    # the folder, as given; its two undated seeds count from today, after the brief's day
    assert data["health"] == {"read": 1, "total": 1, "failures": [], "dated_after": 0, "undated_after": 2}


def words_of_points(markdown: str) -> int:
    return sum(len(text.split()) for text, *_ in point_bullets(markdown))


def test_words_sets_the_length(seed_dir: Path, tmp_path: Path) -> None:
    short = run("brief", "seeds", "--as-of", "2023-11-13", "--words", "60", "--db", str(tmp_path / "a.db"))
    long = run("brief", "seeds", "--as-of", "2023-11-13", "--words", "400", "--db", str(tmp_path / "b.db"))
    assert short.exit_code == long.exit_code == 0
    assert words_of_points(short.stdout) < words_of_points(long.stdout)
    longest = max(len(t.split()) for t, *_ in point_bullets(long.stdout))
    assert words_of_points(short.stdout) <= 60 + longest
    assert words_of_points(long.stdout) <= 400 + longest


@pytest.mark.parametrize("words", ["19", "5001", "many"])
def test_words_out_of_range_is_a_usage_error(seed_dir: Path, words: str) -> None:
    assert_usage_error(run("brief", "seeds", "--words", words), "--words")


@pytest.mark.parametrize("algorithm", ["lexrank", "luhn", "textrank", "lsa", "sumbasic", "edmundson", "kl", "reduction"])
def test_every_algorithm_works_on_the_seeds(seed_dir: Path, tmp_path: Path, algorithm: str) -> None:
    result = run("brief", "seeds", "--as-of", "2023-11-13", "--algorithm", algorithm, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["algorithm"] == algorithm
    md = Store(db_path(tmp_path)).brief(1).markdown
    assert_clean(md)
    assert assert_verbatim_and_cited(md, tmp_path) >= 3


def test_unknown_algorithm_is_a_usage_error(seed_dir: Path) -> None:
    assert_usage_error(run("brief", "seeds", "--algorithm", "bogus"), "'--algorithm'", "'bogus' is not one of")


def test_as_of_not_a_date_is_a_usage_error(seed_dir: Path, tmp_path: Path) -> None:
    assert_usage_error(run("brief", "seeds", "--as-of", "notadate"), "'--as-of'", "'notadate' is not a date: use YYYY-MM-DD")
    assert not db_path(tmp_path).exists()


@pytest.mark.parametrize("command", ["brief", "post"])
def test_as_of_near_year_one_is_a_usage_error(seed_dir: Path, tmp_path: Path, command: str) -> None:
    args = [command, "seeds"] if command == "brief" else [command]
    assert_usage_error(run(*args, "--as-of", "0001-01-01"), "'--as-of'", "0001-01-01 is too early: give a day from 1900-01-01 on")
    assert not db_path(tmp_path).exists()


def test_missing_path_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    assert_usage_error(run("brief", "no/such/folder"), "no/such/folder does not exist")


def test_folder_of_bad_files_fails_with_one_error_and_a_warning_each(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (bad / "blank.md").write_text("   \n\n  \n", encoding="utf-8")
    result = run("brief", "bad")
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1, lines
    assert errors[0].startswith("error: no usable article in bad")
    # every other line is a warning, and each bad file is named with why
    assert all(line.startswith("warning: ") for line in lines if line not in errors), lines
    for name, why in (("empty.txt", "empty file"), ("binary.txt", "binary file"), ("blank.md", "empty file")):
        assert re.search(rf"bad/{re.escape(name)}: {why}", result.stderr), (name, lines)
    with Store(db_path(tmp_path)) as store:
        assert store.article_count() == 0
        assert store.history() == []


def test_good_and_bad_files_together_warn_and_still_brief(seed_dir: Path) -> None:
    (seed_dir / "zz_empty.txt").write_bytes(b"")
    result = run("brief", "seeds", "--as-of", "2023-11-13")
    assert result.exit_code == 0
    assert result.stderr == "warning: skipped seeds/zz_empty.txt: empty file\n"
    # the folder is one source, and it was read: its bad file is a warning, not a failed source (the line says only that
    # the two undated seeds, first seen today, are not in a brief of 2023-11-13)
    assert "*Sources: 1 of 1 sources read (2 undated articles, first seen after the brief's day, left out: " in result.stdout
    assert "failed" not in result.stdout


def test_corrupt_store_is_an_error_and_left_untouched(seed_dir: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    data = bytes((i * 37 + 11) % 256 for i in range(4096))
    garbage.write_bytes(data)
    before = sorted(p.name for p in tmp_path.iterdir())
    for args in (("brief", "seeds"), ("history",), ("show", "1"), ("check-config",)):
        result = run(*args, "--db", str(garbage))
        assert result.exit_code == 1, (args, result.output)
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith(f"error: {garbage} is not a briefbot store")
        assert "--db" in result.stderr
    assert garbage.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_unknown_config_key_is_an_error_naming_it(seed_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "briefbot.toml").write_text('[topics.kosovo]\ntitle = "Kosovo"\nwordz = 100\n', encoding="utf-8")
    result = run("brief", "seeds")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1
    assert "unknown key topics.kosovo.wordz" in result.stderr
    # the same through --config
    other = tmp_path / "other.toml"
    other.write_text("[store]\npath = 'x.db'\ncolour = 'red'\n", encoding="utf-8")
    result = run("history", "--config", str(other))
    assert result.exit_code == 1
    assert "unknown key store.colour" in result.stderr


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    result = run("history", "--config", "nope.toml")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: config file nope.toml does not exist")


# -- history and show ------------------------------------------------------------------------------


def test_history_of_an_empty_store(tmp_path: Path) -> None:
    result = run("history")
    assert result.exit_code == 0
    assert result.output == "no briefs yet: make one with `briefbot brief PATH`\n"
    assert not db_path(tmp_path).exists()  # reading creates no store


def test_reading_a_mistyped_store_creates_nothing(seed_dir: Path, tmp_path: Path) -> None:
    assert run("brief", "seeds", "--as-of", "2023-09-24").exit_code == 0
    typo = tmp_path / "sub" / "brefbot.db"
    assert run("history", "--db", str(typo)).output.startswith("no briefs yet")
    result = run("show", "1", "--db", str(typo))
    assert result.exit_code == 1 and result.stderr.startswith("error: no brief 1 in the store")
    assert run("show", "2023-09-24", "--db", str(typo)).exit_code == 1
    (tmp_path / "briefbot.toml").write_text('[topics.kosovo]\nsources = ["seeds"]\n', encoding="utf-8")
    assert run("check-config", "--db", str(typo)).exit_code == 0
    assert not typo.exists() and not typo.parent.exists()
    assert run("show", "1").exit_code == 0  # the real store is untouched


def test_store_paths_that_cannot_work_are_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "briefbot.toml").write_text('[topics.kosovo]\nsources = ["seeds"]\n', encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    too_long = str(tmp_path / ("a" * 300 + ".db"))
    for args in (("history",), ("show", "1"), ("check-config",)):
        result = run(*args, "--db", too_long)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.startswith(f"error: cannot open the store {too_long}") and result.stderr.count("\n") == 1
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = run("check-config", "--db", str(tmp_path / "afile" / "briefbot.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot create the store") and "afile is not a folder" in result.stderr


def test_history_lists_briefs_newest_first(seed_dir: Path) -> None:
    assert run("brief", "seeds", "--as-of", "2023-09-24").exit_code == 0
    assert run("brief", "seeds", "--as-of", "2023-11-08").exit_code == 0
    result = run("history")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == HISTORY_HEADER
    assert len(lines) == 3
    rows = [line.split() for line in lines[1:]]
    assert [r[:3] for r in rows] == [["2", "2023-11-08", "default"], ["1", "2023-09-24", "default"]]
    assert [r[3] for r in rows] == ["1", "1"]  # one new article each day
    assert [r[5] for r in rows] == ["2", "1"]  # sources cited
    assert all(int(r[4]) > 0 for r in rows)
    assert run("history", "--limit", "1").output.splitlines()[1:] == [lines[1]]
    assert run("history", "--topic", "other").output.startswith("no briefs yet")


def test_show_by_id_and_by_date(seed_dir: Path) -> None:
    made = run("brief", "seeds", "--as-of", "2023-11-13")
    assert made.exit_code == 0
    by_id = run("show", "1")
    assert by_id.exit_code == 0
    assert by_id.output == made.stdout
    by_date = run("show", "2023-11-13")
    assert by_date.exit_code == 0
    assert by_date.output == made.stdout
    as_json = run("show", "1", "--json")
    assert as_json.exit_code == 0
    assert json.loads(as_json.output)["as_of"] == "2023-11-13"


# modules that history and show never need: each costs tens to hundreds of milliseconds to import
HEAVY = ("numpy", "scipy", "sumy", "nltk", "Stemmer", "trafilatura", "lxml", "feedparser", "slack_sdk", "apscheduler",
         "markdown_it", "text_to_num", "dateutil", "requests")
_READ_COMMANDS = """
import contextlib, io, json, sys
from briefbot.cli import cli
codes = []
for args in (["history"], ["history", "--json"], ["show", "1"], ["show", "2023-11-13", "--json"]):
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            cli.main(args, prog_name="briefbot")
        except SystemExit as exit_:
            codes.append(exit_.code)
print(json.dumps({"codes": codes, "heavy": [m for m in sys.argv[1:] if m in sys.modules]}))
"""


def test_history_and_show_import_no_heavy_module(seed_dir: Path) -> None:
    """They stay fast (under 0.3 s as whole processes, benchmarks/speed.py case 4) by loading only what they use."""
    assert run("brief", "seeds", "--as-of", "2023-11-13").exit_code == 0
    proc = subprocess.run([sys.executable, "-c", _READ_COMMANDS, *HEAVY], capture_output=True, text=True, check=True)
    out = json.loads(proc.stdout)
    assert out["codes"] == [0, 0, 0, 0]
    assert out["heavy"] == []


# modules a brief of files never needs: importing them cost every daily brief 0.02 s
# (importlib.metadata and the email parser it loads were read for two libraries' versions; socket is
# for the links inside feeds)
UNNEEDED = ("importlib.metadata", "email", "socket")
_BRIEF = """
import json, os, sys
from briefbot.cli import cli
try:
    cli.main(["brief", "--no-store", "-o", os.devnull, "seeds"], prog_name="briefbot")
except SystemExit as exit_:
    print(json.dumps({"code": exit_.code, "loaded": [m for m in sys.argv[1:] if m in sys.modules]}))
"""


def test_a_brief_of_files_imports_no_module_it_does_not_use(seed_dir: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", _BRIEF, *UNNEEDED], capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout) == {"code": 0, "loaded": []}


def test_show_unknown_brief_is_an_error(seed_dir: Path) -> None:
    run("brief", "seeds", "--as-of", "2023-11-13")
    for which in ("999", "2020-01-01"):
        result = run("show", which)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr == f"error: no brief {which} in the store: list them with `briefbot history`\n"


def test_show_not_a_date_is_a_usage_error() -> None:
    assert_usage_error(run("show", "notadate"), "'notadate' is neither a brief id nor a date (YYYY-MM-DD)")


# -- the store across runs -----------------------------------------------------------------------------


def test_same_folder_twice_adds_nothing_and_says_nothing_new(seed_dir: Path, tmp_path: Path) -> None:
    first = run("brief", "seeds", "--as-of", "2023-11-13")
    assert first.exit_code == 0
    with Store(db_path(tmp_path)) as store:
        count = store.article_count()
    assert count == 5
    second = run("brief", "seeds", "--as-of", "2023-11-14")
    assert second.exit_code == 0
    with Store(db_path(tmp_path)) as store:
        assert store.article_count() == count
        assert len(store.history()) == 2
        assert store.brief(2).brief.nothing_new
    md = second.stdout
    assert "## What changed since 2023-11-13" in md
    assert "Nothing new: no article has arrived since the brief of 2023-11-13." in md
    # says so plainly instead of repeating the previous brief
    assert "## Situation" not in md
    assert "## Sources" not in md
    assert "*As of 2023-11-14* · 0 new article(s)" in md


def test_an_edited_file_is_a_new_version(seed_dir: Path, tmp_path: Path) -> None:
    assert run("brief", "seeds", "--as-of", "2023-11-13").exit_code == 0
    added = "Officials in Pristina announced on Tuesday that the border crossing at Jarinje would reopen next week."
    edited = seed_dir / S000
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\n" + added + "\n", encoding="utf-8")
    result = run("brief", "seeds", "--as-of", "2023-11-14")
    assert result.exit_code == 0
    with Store(db_path(tmp_path)) as store:
        assert store.article_count() == 6
        versions = rows(store, "SELECT origin, version FROM articles WHERE version > 1")
        assert [tuple(v) for v in versions] == [(f"seeds/{S000}", 2)]
    md = result.stdout
    assert "Nothing new" not in md
    _, change_lines = changes_section(md)
    texts = [bullet(line)[0] for line in change_lines if line.startswith("- **New:**")]
    assert texts == [added]  # the only sentence the reader has not seen: the rest of the file was known
    assert_verbatim_and_cited(md, tmp_path)


# -- the acceptance test: day by day -----------------------------------------------------------


def new_points(markdown: str) -> list[tuple[str, list[int]]]:
    return [(text, numbers) for text, label, numbers, _ in point_bullets(markdown) if label == "New"]


def new_points_since(markdown: str, day: str) -> list[tuple[str, set[str]]]:
    """The New points of a brief compared with the brief of ``day`` (there must be some), each with
    the file names of its sources."""
    heading, _ = changes_section(markdown)
    assert heading == f"What changed since {day}"
    names = {n: Path(o).name for n, o in sources_of(markdown).items()}
    points = [(text, {names[n] for n in numbers}) for text, numbers in new_points(markdown)]
    assert points, markdown
    return points


def test_day_by_day(seed_dir: Path, tmp_path: Path) -> None:
    days = ["2023-09-24", "2023-11-08", "2023-11-13"]
    briefs = []
    for day in days:
        result = run("brief", "seeds", "--as-of", day)
        assert result.exit_code == 0, result.output
        briefs.append(result.stdout)
    first, second, third = briefs

    assert "## What changed\n\nThis is the first brief on this topic: everything below is new." in first
    assert {Path(o).name for o in sources_of(first).values()} == {S002}

    for text, files in new_points_since(second, "2023-09-24"):
        assert files == {S000}, text
    for text, files in new_points_since(third, "2023-11-08"):
        assert S001 in files, text

    for md in briefs:
        assert not {S003, S004} & {Path(o).name for o in sources_of(md).values()}
        assert_clean(md)
        assert_verbatim_and_cited(md, tmp_path)

    # rebuilding a day gives the same brief, stored once
    again = run("brief", "seeds", "--as-of", "2023-11-08")
    assert again.exit_code == 0
    assert again.stdout == second
    with Store(db_path(tmp_path)) as store:
        assert [b.as_of.isoformat() for b in store.history()] == days[::-1]
        assert store.article_count() == 5


# -- odd inputs found in review: each a one-line error with the right exit code ----------------------


@pytest.mark.parametrize("which", ["²", "99999999999999999999999"])
def test_show_with_an_odd_id_is_a_usage_error(which: str) -> None:
    result = CliRunner().invoke(cli, ["show", which])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_a_future_as_of_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["brief", str(ROOT_SEEDS), "--as-of", "9999-12-31"])
    assert result.exit_code == 2
    assert "is in the future" in result.stderr


def test_an_empty_topic_name_is_refused() -> None:
    result = CliRunner().invoke(cli, ["brief", str(ROOT_SEEDS), "--topic", " "])
    assert result.exit_code == 2 and "--topic needs a name" in result.stderr


def test_a_malformed_url_is_a_skipped_source_not_a_crash() -> None:
    result = CliRunner().invoke(cli, ["brief", "http://[::1", str(ROOT_SEEDS)])
    assert result.exit_code == 0, result.output
    assert "warning: skipped http://[::1: malformed URL" in result.stderr
    # the Markdown escapes the bracket of the source's name (issue 13 item 7)
    assert "*Sources: 1 of 2 sources read; failed: http://\\[::1 (malformed URL" in result.stdout


def test_a_brief_with_nothing_to_quote_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "chrome"
    folder.mkdir()
    (folder / "a.txt").write_text("Share this article\nSubscribe to our newsletter\nCopyright 2024 Example News\n")
    result = CliRunner().invoke(cli, ["brief", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Nothing to report: 1 new article(s), but none has a sentence to quote" in result.stdout
    early = CliRunner().invoke(cli, ["brief", str(ROOT_SEEDS), "--as-of", "2001-01-01"])
    assert "Nothing to report: no article is dated up to 2001-01-01." in early.stdout


ROOT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_commands_that_make_one_brief_collect_no_garbage_and_keep_freed_memory_and_the_others_do_not(
        seed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """brief, post and timeline end after one brief: the cyclic collector is off (briefbot.collector)
    and malloc keeps what they free (briefbot.allocator); history and show make nothing, and serve lives on."""
    from briefbot import allocator, collector

    calls: list[str] = []
    monkeypatch.setattr(allocator, "keep_freed", lambda: calls.append("malloc") or True)
    monkeypatch.setattr(collector, "collect_none", lambda: calls.append("gc"))
    assert run("brief", "seeds", "--as-of", "2023-11-13").exit_code == 0
    assert calls == ["gc", "malloc"]
    assert run("timeline", "--as-of", "2023-11-13").exit_code == 0
    assert calls == ["gc", "malloc"] * 2
    assert run("history").exit_code == 0
    assert run("show", "2023-11-13").exit_code == 0
    assert calls == ["gc", "malloc"] * 2


def test_a_one_brief_process_collects_no_garbage() -> None:
    from briefbot import collector

    assert gc.isenabled()
    collector.collect_none()
    assert not gc.isenabled()  # (conftest turns it on again)
