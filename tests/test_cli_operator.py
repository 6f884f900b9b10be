"""The operator's command line (issue 15): previews that store nothing, help that fits, -o and
standard input, exit codes, a second post that reads nothing, JSON listings, status, progress."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from slack_server import TOKEN, FakeSlack

from briefbot.cli import Progress, cli
from briefbot.store.db import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STORY = ("Bridge reopens after repairs\n\n"
         "Officials said the Avon bridge reopened on Monday after three weeks of repairs to its deck. "
         "Traffic returned to normal by the evening, the city council said in a statement.\n")


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), prog_name="briefbot", input=input, env=env)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def briefs_in(db: Path) -> int:
    if not db.exists():
        return 0
    with Store(db) as store:
        return len(store.history(None, 100))


@pytest.fixture
def fake() -> FakeSlack:
    with FakeSlack() as server:
        yield server


def write_config(tmp_path: Path, fake: FakeSlack, sources: Path, extra: str = "") -> Path:
    path = tmp_path / "briefbot.toml"
    path.write_text(
        f'[slack]\nbase_url = "{fake.api_url}"\nmax_retries = 1\ntimeout = 5\n\n'
        f'[topics.kosovo]\ntitle = "Kosovo"\nsources = ["{sources}"]\nslack_channel = "#briefs"\n'
        f'markdown_dir = "briefs"\n{extra}', encoding="utf-8")
    return path


# -- 1. previews store nothing -----------------------------------------------------------------------


def test_a_dry_run_stores_no_brief_and_prints_the_markdown(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake, SEEDS)
    env = {"SLACK_BOT_TOKEN": TOKEN}
    dry = run("post", "--config", str(config), "--dry-run", "--as-of", "2023-11-13", env=env)
    assert dry.exit_code == 0, dry.output
    plan = json.loads(dry.stdout)
    assert plan["markdown_text"].startswith("# Kosovo\n\n*As of 2023-11-13*")
    assert plan["markdown"].endswith("briefs/kosovo/2023-11-13.md")
    assert fake.calls == [] and not (tmp_path / "briefs").exists()
    db = tmp_path / "briefbot.db"
    assert briefs_in(db) == 0
    with Store(db) as store:
        assert store.delivery("kosovo", date(2023, 11, 13), "slack:#briefs") is None
        assert store.article_count("kosovo") == 5  # the articles read are stored (the help says so)
    # the next real run is the first brief, not "what changed since" an undelivered preview
    real = run("post", "--config", str(config), "--as-of", "2023-11-14", env=env)
    assert real.exit_code == 0, real.output
    assert "This is the first brief on this topic" in (tmp_path / "briefs/kosovo/2023-11-14.md").read_text()
    assert run("show", "2023-11-13").exit_code == 1


def test_brief_no_store_prints_the_brief_and_stores_none(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY)
    result = run("brief", "story.txt", "--no-store", "-o", "out.md")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote out.md (not stored, as of {date.today()})\n"
    assert "Officials said the Avon bridge reopened" in (tmp_path / "out.md").read_text()
    assert briefs_in(tmp_path / "briefbot.db") == 0
    assert run("history").stdout == "no briefs yet: make one with `briefbot brief PATH`\n"


# -- 4. help that fits ------------------------------------------------------------------------------


def test_bare_briefbot_shows_the_help_without_an_error() -> None:
    bare = run()
    assert bare.exit_code == 0
    assert bare.stderr == ""
    assert bare.stdout == run("--help").stdout
    assert "error:" not in bare.stdout


def test_every_command_has_a_short_help_that_fits_and_every_option_a_description() -> None:
    listing = run("--help").stdout.split("Commands:\n", 1)[1]
    assert listing == (
        "  brief         Read sources and write a brief (Markdown or JSON).\n"
        "  check-config  Check the config, credentials and store.\n"
        "  history       List the stored briefs, newest first.\n"
        "  post          Make today's brief and deliver it, once.\n"
        "  serve         Run every topic's schedule (Ctrl-C stops it).\n"
        "  show          Print a stored brief by its id or as-of date.\n"
        "  status        Show each topic's last brief, deliveries and next run.\n"
        "  timeline      Print the dated events of a topic (Markdown or JSON).\n"
    )
    for name, command in cli.commands.items():
        for param in command.params:
            if param.param_type_name == "option":
                assert getattr(param, "help", None), (name, param.name)
        assert all(len(line) <= 80 for line in run(name, "--help").stdout.splitlines()), name


# -- 5. -o, standard input, JSON to a file -----------------------------------------------------------


def test_brief_reads_one_article_from_standard_input(tmp_path: Path) -> None:
    result = run("brief", "-", "--json", input=STORY)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"] and [s["origin"] for s in data["sources"]] == ["standard input"]
    assert data["sources"][0]["title"] == "Bridge reopens after repairs"
    again = run("brief", "-", input=STORY.replace("Monday", "Tuesday"))
    assert again.exit_code == 0, again.output
    with Store(tmp_path / "briefbot.db") as store:
        assert store.article_count("default") == 2  # two articles, not two versions of "stdin"


def test_empty_standard_input_is_one_clear_error() -> None:
    result = run("brief", "-", input="")
    assert result.exit_code == 1
    assert result.stderr == ("warning: skipped -: empty input\n"
                             "error: no usable article in - (skipped -: empty input): give text, Markdown or HTML files, or feeds\n")


def test_json_with_out_writes_json_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY)
    result = run("brief", "story.txt", "--json", "--out", "brief.json")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert json.loads((tmp_path / "brief.json").read_text())["sources"][0]["title"] == "Bridge reopens after repairs"
    assert "JSON" in run("brief", "--help").stdout.split("-o, --out", 1)[1].split("--words", 1)[0]


# -- 6. exit codes ----------------------------------------------------------------------------------


def test_an_unknown_topic_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "briefbot.toml").write_text('[topics.kosovo]\nsources = ["x"]\n')
    result = run("brief", "--topic", "kosovoo")
    assert result.exit_code == 2
    assert result.stderr == (f"error: no topic 'kosovoo' in {tmp_path / 'briefbot.toml'} (topics: kosovo): "
                             "add a [topics.kosovoo] table or fix --topic\n")


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 0)])
def test_serve_stopped_with_ctrl_c_exits_130_and_with_sigterm_0(tmp_path: Path, sig: int, code: int) -> None:
    config = tmp_path / "briefbot.toml"
    config.write_text(f'[topics.kosovo]\nsources = ["{SEEDS}"]\nschedule = "0 7 * * *"\nmarkdown_dir = "briefs"\n')
    env = {**os.environ, "BRIEFBOT_DB": str(tmp_path / "serve.db")}
    proc = subprocess.Popen([sys.executable, "-m", "briefbot", "serve", "--config", str(config)], env=env,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    try:
        for line in proc.stderr:  # started once it holds the schedule lock
            if "holding the schedule lock" in line:
                break
        proc.send_signal(sig)
        assert proc.wait(timeout=30) == code
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()


# -- 9. a delivered day -------------------------------------------------------------------------------


def test_a_second_post_on_a_delivered_day_reads_no_source(fake: FakeSlack, tmp_path: Path) -> None:
    sources = tmp_path / "news"
    shutil.copytree(SEEDS, sources)
    config = write_config(tmp_path, fake, sources)
    env = {"SLACK_BOT_TOKEN": TOKEN}
    assert run("post", "--config", str(config), "--as-of", "2023-11-13", env=env).exit_code == 0
    shutil.rmtree(sources)  # reading a source now would fail
    again = run("post", "--config", str(config), "--as-of", "2023-11-13", env=env)
    assert again.exit_code == 0, again.output
    folder = (tmp_path / "briefs").resolve()
    assert again.stdout == ("2023-11-13 slack:#briefs: already delivered, nothing sent\n"
                            f"2023-11-13 markdown:{folder}: already delivered, nothing sent\n")
    assert again.stderr == ""


# -- 3. status ------------------------------------------------------------------------------------


def test_status_before_any_brief_creates_no_store(tmp_path: Path) -> None:
    (tmp_path / "briefbot.toml").write_text('[topics.kosovo]\nsources = ["x"]\nschedule = "0 7 * * mon-fri"\n')
    result = run("status")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:2] == ["topic kosovo", "  last brief: none yet"]
    assert lines[2].startswith("  next run: ") and lines[2].endswith(" 07:00 UTC (0 7 * * mon-fri)") and len(lines) == 3
    assert not (tmp_path / "briefbot.db").exists()


def test_status_shows_the_last_brief_its_deliveries_and_runs(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake, SEEDS, extra='schedule = "0 7 * * *"\n')
    fake.member_of.clear()  # Slack refuses the post: the delivery is not complete
    assert run("post", "--config", str(config), "--as-of", "2023-11-13", env={"SLACK_BOT_TOKEN": TOKEN}).exit_code == 1
    db = tmp_path / "briefbot.db"
    with Store(db) as store:
        store.claim_run("kosovo", "2023-11-13T07:00", datetime(2023, 11, 13, 7, tzinfo=UTC))
        store.finish_run("kosovo", "2023-11-13T07:00", datetime(2023, 11, 13, 7, 1, tzinfo=UTC), "failed", "failed: not_in_channel")
        made = store.history("kosovo", 1)[0]
        slack_row = store.delivery("kosovo", date(2023, 11, 13), "slack:#briefs")
        md_row = store.delivery("kosovo", date(2023, 11, 13), f"markdown:{(tmp_path / 'briefs').resolve()}")
    assert slack_row is not None and md_row is not None

    points = len(made.brief.changes) + len(made.brief.summary)

    def utc(stamp: str) -> str:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M UTC")

    result = run("status", "--config", str(config))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:-1] == [
        "topic kosovo",
        f"  last brief: #{made.id} as of 2023-11-13, made {made.created_at:%Y-%m-%d %H:%M} UTC "
        f"({points} points, 3 new articles, 3 sources)",
        "  sources: 1 of 1 sources read (2 undated articles, first seen after the brief's day, left out: a text file is "
        "dated by a Date: line at its top or under its headline)",  # the seeds folder, as given; its two undated files came today
        f"  delivered to markdown:{(tmp_path / 'briefs').resolve()}: complete, {utc(md_row.updated_at)}",
        f"  delivered to slack:#briefs: NOT complete (failed), 0 of 2 messages, {utc(slack_row.updated_at)}: {slack_row.last_error}",
        "  last scheduled run: 2023-11-13 07:00 UTC: failed (failed: not_in_channel)",
    ]
    assert lines[-1].startswith("  next run: ") and lines[-1].endswith(" 07:00 UTC (0 7 * * *)")
    data = json.loads(run("status", "--config", str(config), "--json").stdout)
    assert [d["complete"] for d in data[0]["deliveries"]] == [True, False]
    assert data[0]["last_brief"]["points"] == points and data[0]["last_run"]["status"] == "failed"
    assert run("status", "--config", str(config), "--topic", "nope").exit_code == 2


# -- 7. JSON listings --------------------------------------------------------------------------------


def test_history_json_lists_what_the_table_lists(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    assert run("history", "--json").stdout == "[]\n"
    for day in ("2023-11-08", "2023-11-13"):
        assert run("brief", "seeds", "--as-of", day).exit_code == 0
    rows = json.loads(run("history", "--json").stdout)
    table = run("history").stdout.splitlines()[1:]
    assert [(r["id"], r["as_of"], r["topic"], r["new_articles"], r["points"], r["sources"]) for r in rows] == [
        (int(c[0]), c[1], c[2], int(c[3]), int(c[4]), int(c[5])) for c in (line.split() for line in table)]


# -- 8. progress -----------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_clicks_bar_on_a_terminal_and_cleared_at_the_end() -> None:
    screen = Terminal()
    progress = Progress(screen)
    for done in range(1, 41):
        progress(done, 40)
    shown = screen.getvalue()
    assert "reading sources  [" in shown and "100%" in shown and "#" in shown
    assert shown.endswith(Progress.CLEAR)


def test_no_progress_when_not_a_terminal_or_few_sources() -> None:
    pipe = io.StringIO()
    for done in range(1, 41):
        Progress(pipe)(done, 40)
    screen = Terminal()
    for done in range(1, 6):
        Progress(screen)(done, 5)
    assert pipe.getvalue() == "" and screen.getvalue() == ""
