"""The benchmark scripts run end to end on small invented task files."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from scripts import run_script, script

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"

_PLACES = ["Harbor City", "Northfield", "the valley", "Lake Marren", "the capital", "Eastport", "the border region"]
_ACTORS = ["The mayor", "Rescue teams", "The health ministry", "Local officials", "The port authority", "Engineers",
           "Opposition leaders", "The regional governor", "Aid workers", "Police"]
_VERBS = ["said on Tuesday that", "confirmed that", "warned that", "announced that", "reported that", "denied that"]
_EVENTS = ["the main bridge would stay closed for another week", "{n} families had been moved to temporary shelters",
           "water levels in {place} were falling slowly", "the repair budget had grown to {n} million dollars",
           "schools in {place} would reopen on Monday", "a second inquiry into the flood defences would begin",
           "power had been restored to {n} homes in {place}", "the evacuation order for {place} was lifted",
           "talks with the contractors had broken down again", "more rain was expected over {place} this weekend"]


def _sentence(rng: random.Random) -> str:
    event = rng.choice(_EVENTS).format(n=rng.randint(12, 4000), place=rng.choice(_PLACES))
    return f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} {event}."


def write_tasks(path: Path, *, tasks: int = 3, rounds: int = 3, per_round: int = 5, seed: int = 7) -> Path:
    """A tiny invented tasks file in the format of the shared eval set (FORMAT.md)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for t in range(tasks):
            start = date(2021, 3, 1) + timedelta(days=40 * t)
            task_rounds = []
            for r in range(rounds):
                day = start + timedelta(days=7 * r)
                articles = []
                for a in range(per_round):
                    paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 4))]
                    articles.append({"id": f"a{r}-{a}", "published": (day + timedelta(days=a % 5)).isoformat(),
                                     "title": f"Flood update {t}-{r}-{a}", "text": "\n".join(paragraphs)})
                task_rounds.append({"label": day.isoformat(), "as_of": (day + timedelta(days=6)).isoformat(),
                                    "articles": articles, "references": [_sentence(rng)]})
            task = {"id": f"toy-{t}", "topic": {"title": f"Floods {t}", "focus": "Damage, shelters and repairs."},
                    "rounds": task_rounds}
            fh.write(json.dumps(task) + "\n")
    return path


@pytest.mark.slow  # a dozen fresh processes (that is what speed.py measures): about 15 s on an idle machine
def test_speed_benchmark_quick(tmp_path: Path) -> None:
    tasks = write_tasks(tmp_path / "toy.jsonl")
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "speed.py"), str(tasks), "--quick", "--repeat", "1", "--help-runs", "2"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "| case | articles | sentences | wall s | peak RSS MB | target | met? |" in out
    rows = ("| 1. brief from scratch", "| 2a. incremental: 10 new, 200 stored", "| 2b. incremental: 10 new, 400 stored",
            "| 2c. incremental as a whole process (`briefbot brief`, 10 files), 200 stored",
            "| 2d. incremental as a whole process (`briefbot brief`, 10 files), 400 stored",
            "| 4. `briefbot history` as a whole process, 400 stored", "| 4. `briefbot show` as a whole process, 400 stored",
            "| 3. sumy LexRank (pure Python), first", "| 3. briefbot lexrank_scores, same", "| 3. briefbot lexrank_scores, all")
    for row in rows:
        assert row in out, out
    assert "sumy/briefbot = " in out
    assert "`briefbot --help`: median" in out
    assert "Heavy modules imported by `import briefbot.cli`:" in out


def test_speed_benchmark_missing_tasks(tmp_path: Path) -> None:
    status, _, err = run_script("speed", str(tmp_path / "nope.jsonl"))
    assert status == 1
    assert err.strip().count("\n") == 0 and "does not exist" in err


def test_quality_benchmark_on_a_tiny_task_file(tmp_path: Path) -> None:
    """One run with every option (a pool of two workers, as by default; a second system, --out, --fresh):
    each run of quality.py costs seconds."""
    tasks = write_tasks(tmp_path / "toy.jsonl", tasks=1, rounds=3, per_round=4)
    out = tmp_path / "summaries.jsonl"
    status, stdout, stderr = run_script("quality", str(tasks), "--out", str(out), "--jobs", "2", "--weights", "novelty=0", "--fresh")
    assert status == 0, stderr
    head, _, fresh = stdout.partition("Every scored round briefed alone")
    rows = [line for line in head.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| system | first R-1 | first R-2 | first SU4 | update R-1 | update R-2 | update SU4")
    systems = ["briefbot (lexrank)", "briefbot (lexrank; novelty=0)", "lead", "sumy lexrank"]
    assert [r.split(" | ")[0][2:] for r in rows[1:]] == systems
    for row in rows[1:]:
        cells = row.strip("| ").split(" | ")
        assert cells[7] == "1/2"  # one first round and two update rounds scored
        assert all(0.0 <= float(c) <= 1.0 for c in cells[1:7])
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert {(x["task"], x["round"]) for x in lines if x["system"] == "briefbot (lexrank)"} == {
        ("toy-0", (date(2021, 3, 1) + timedelta(days=7 * r)).isoformat()) for r in range(3)}
    assert all(len(x["summary"].split()) <= 100 for x in lines)
    # --fresh: every scored round briefed alone, in a table of its own
    assert fresh, stdout
    rows = [line for line in fresh.splitlines() if line.startswith("| ")]
    assert rows[0] == "| system | R-1 | R-2 | SU4 | rounds | seconds |"
    assert [r.split(" | ")[0][2:] for r in rows[1:]] == systems
    assert all(r.split(" | ")[4] == "3" for r in rows[1:])
    assert "[fresh]" not in head


def test_quality_lead_baseline_is_the_newest_articles_first_sentences() -> None:
    quality = script("quality")
    older = {"id": "o", "published": "2021-03-01", "title": None, "text": "The older story starts here. " * 3}
    newest = {"id": "n", "published": "2021-03-02", "title": None,
              "text": "Newest first line. Second sentence of it.\nA new paragraph follows."}
    task = {"id": "t", "rounds": [{"label": "r", "as_of": "2021-03-03", "articles": [older, newest], "references": []}]}
    [(label, text)] = quality.lead_rounds(task)
    assert label == "r"
    assert text.startswith("Newest first line. Second sentence of it. A new paragraph follows. The older story starts here.")
    assert len(text.split()) <= 100


def test_quality_benchmark_missing_tasks(tmp_path: Path) -> None:
    status, _, err = run_script("quality", str(tmp_path / "nope.jsonl"))
    assert status == 1
    assert err.strip().startswith("error:") and "nope.jsonl" in err


def test_figures_benchmark_on_a_tiny_labelled_set(tmp_path: Path) -> None:
    data = tmp_path / "labelled.txt"
    data.write_text("# two sentences\n"
                    "2010-01-20 | About 250,000 people were injured and 1 million left homeless, officials said.\n"
                    "  250,000 = 250000 : injured / / /\n  1 million = 1000000 : displaced / / /\n"
                    "2010-01-22 | Rescuers pulled a man from the rubble after 10 days.\n  10 = 10 : -  duration\n",
                    encoding="utf-8")
    status, out, err = run_script("figures", "--data", str(data))
    assert status == 0, err
    assert "2 sentences, 3 labelled numbers: 2 tracked quantities, 1 context; 2 tracked by briefbot" in out
    assert "| value and measure | 1.000 | 1.000 |" in out
    assert "Context numbers kept out of the tracked quantities: 1.000" in out


def test_figures_benchmark_labelled_set_is_large_enough() -> None:
    text = (BENCHMARKS / "data" / "figures_labelled.txt").read_text(encoding="utf-8")
    labels = [line for line in text.splitlines() if line.startswith("  ")]
    assert len(labels) >= 200
    assert sum(": -" in line for line in labels) >= 80  # many context numbers


def test_figures_benchmark_missing_data(tmp_path: Path) -> None:
    status, _, err = run_script("figures", "--data", str(tmp_path / "nope.txt"))
    assert status == 1 and "does not exist" in err


def test_replay_records_rounds_and_replays_them(tmp_path: Path) -> None:
    """replay.py: ``record`` keeps each round's inputs, ``run`` scores them again with briefbot's ranking
    steps memoized; each leaves the pipeline as it found it (the memoized steps are put back)."""
    from briefbot import app
    from briefbot.brief import candidates, compose

    tasks = write_tasks(tmp_path / "toy.jsonl", tasks=1, rounds=3, per_round=4)
    cache = tmp_path / "rounds.pickle"
    pipeline = [app, compose, compose.figures, candidates]
    before = [dict(vars(module)) for module in pipeline]
    status, _, stderr = run_script("replay", "record", str(tasks), str(cache))
    assert status == 0, stderr
    assert "recorded toy-0: 3 rounds" in stderr
    assert [dict(vars(module)) for module in pipeline] == before
    status, stdout, stderr = run_script("replay", "run", str(cache), "--weights", "novelty=0")
    assert status == 0, stderr
    assert [dict(vars(module)) for module in pipeline] == before
    lines = stdout.splitlines()
    assert lines[0] == "| cache | weights | first R-2 | update R-2 | rounds |"
    (row,) = [line for line in lines if line.startswith("| rounds | novelty=0 | ")]
    first, update, rounds = row.strip("| ").split(" | ")[2:]
    assert rounds == "1/2"  # the first round and the two updates, each scored
    assert 0.0 <= float(first) <= 1.0 and 0.0 <= float(update) <= 1.0


def test_timeline_benchmark_one_article_days(tmp_path: Path) -> None:
    pytest.importorskip("tilse")
    tasks = write_tasks(tmp_path / "toy.jsonl", tasks=1, rounds=2)
    task = json.loads(tasks.read_text(encoding="utf-8"))
    days = sorted({a["published"] for r in task["rounds"] for a in r["articles"]})[:3]
    task["timeline"] = [{"date": d, "events": [_sentence(random.Random(i)), _sentence(random.Random(i + 9))]}
                        for i, d in enumerate(days)]
    tasks.write_text(json.dumps(task) + "\n", encoding="utf-8")
    status, out, err = run_script("timeline", str(tasks), "--one-article-days")
    assert status == 0, err
    assert "3 dates of 1 tasks from toy.jsonl, each from one article" in out
    assert "| briefbot | " in out and "| lead: the article's first n sentences | " in out


def test_split_rounds_makes_update_rounds_in_date_order(tmp_path: Path) -> None:
    """A single-round task becomes rounds of the given sizes, oldest articles first, each dated by its
    newest article and keeping the task's references; quality.py scores the result as update rounds."""
    rng = random.Random(3)
    days = [date(1998, 5, 1) + timedelta(days=d) for d in (9, 2, 30, 15, 4, 21, 27)]
    articles = [{"id": f"a{k}", "published": d.isoformat(), "title": f"Flood report {k}",
                 "text": "\n".join(_sentence(rng) for _ in range(6))} for k, d in enumerate(days)]
    task = {"id": "duc-like", "words": 250, "topic": {"title": "Floods", "focus": "What did the floods do?"},
            "rounds": [{"label": "all", "as_of": "1998-06-30", "articles": articles,
                        "references": ["Rescue teams moved families to shelters as the water rose."]}]}
    tasks = tmp_path / "one.jsonl"
    tasks.write_text(json.dumps(task) + "\n" + json.dumps({**task, "id": "tiny", "rounds": [
        {**task["rounds"][0], "articles": articles[:2]}]}) + "\n")
    out = tmp_path / "split.jsonl.gz"
    status, stdout, stderr = run_script("split_rounds", str(tasks), str(out), "--sizes", "3,2,2")
    assert status == 0, stderr
    assert "1 task(s) of 3 rounds" in stdout  # the two-article task has no second round
    with gzip.open(out, "rt") as fh:
        [split] = [json.loads(line) for line in fh]
    assert split["id"] == "duc-like-split" and split["words"] == 100 and split["topic"] == task["topic"]
    assert [[a["published"] for a in r["articles"]] for r in split["rounds"]] == [
        ["1998-05-03", "1998-05-05", "1998-05-10"], ["1998-05-16", "1998-05-22"], ["1998-05-28", "1998-05-31"]]
    assert [r["as_of"] for r in split["rounds"]] == ["1998-05-10", "1998-05-22", "1998-05-31"]
    assert all(r["references"] == task["rounds"][0]["references"] for r in split["rounds"])
    status, stdout, stderr = run_script("quality", str(out), "--jobs", "1", "--no-baselines")
    assert status == 0, stderr
    [row] = [line for line in stdout.splitlines() if line.startswith("| briefbot")]
    assert row.split(" | ")[7] == "1/2"  # one first round, two update rounds scored


def test_split_rounds_refuses_bad_sizes(tmp_path: Path) -> None:
    tasks = write_tasks(tmp_path / "toy.jsonl", tasks=1, rounds=1)
    for sizes in ("10", "4,x", "3,0"):
        status, _, err = run_script("split_rounds", str(tasks), str(tmp_path / "o.jsonl"), "--sizes", sizes)
        assert status == 1 and err.startswith("error: --sizes"), (sizes, err)


def test_identity_compares_outputs_bar_paths_stored_times_and_digests(tmp_path: Path) -> None:
    """identity.py compare: two runs of the same code differ only in their folders' paths, the times
    they stored and digests (ids, versions); any other difference, or a file one run lacks, is reported."""
    a, b = tmp_path / "before", tmp_path / "after"
    for folder, stamp, digest in ((a, "2026-12-04T23:59:01", "ab" * 16), (b, "2026-12-05T00:10:42.5+00:00", "cd" * 16)):
        folder.mkdir()
        (folder / "t.r0.json").write_text(f'exit 0\n{{"origin": "{folder}/round00/0001.txt", "stored": "{stamp}", '
                                          f'"version": "{digest}", "text": "Rescue teams said 40 families moved."}}\n')
        (folder / "t.history.txt").write_text(f"exit 0\n   1  2021-03-07  t  4  {stamp}\n")
    status, out, _ = run_script("identity", "compare", str(a), str(b))
    assert status == 0, out
    assert out.strip().endswith("2 identical, 0 differ, 0 in one folder only")
    (b / "t.r0.json").write_text((b / "t.r0.json").read_text().replace("40 families", "41 families"))
    (b / "t.timeline.md").write_text("exit 0\n")
    status, out, _ = run_script("identity", "compare", str(a), str(b))
    assert status == 1
    assert "differs: t.r0.json" in out and f"only in {b}: t.timeline.md" in out
    status, _, err = run_script("identity", "compare", str(a), str(tmp_path / "nope"))
    assert status == 1 and "is not a folder of outputs" in err


def test_identity_refuses_a_missing_tasks_file_a_folder_without_briefbot_and_missing_seeds(tmp_path: Path) -> None:
    status, _, err = run_script("identity", "make", str(tmp_path / "nope.jsonl"), str(tmp_path / "out"))
    assert status == 1 and "does not exist" in err
    tasks = write_tasks(tmp_path / "toy.jsonl", tasks=1, rounds=1, per_round=2)
    status, _, err = run_script("identity", "make", str(tasks), str(tmp_path / "out"), "--checkout", str(tmp_path))
    assert status == 1 and "holds no briefbot package" in err
    status, _, err = run_script("identity", "make", str(tasks), str(tmp_path / "out"), "--seeds", str(tmp_path / "none"))
    assert status == 1 and "is not a folder" in err


def test_identity_never_empties_a_folder_it_did_not_make(tmp_path: Path) -> None:
    """make empties OUT before filling it: only a folder it filled before (or an empty one), never a
    user's folder given by mistake."""
    tasks = write_tasks(tmp_path / "toy.jsonl", tasks=1, rounds=1, per_round=2)
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "plan.txt").write_text("keep me")
    status, _, err = run_script("identity", "make", str(tasks), str(mine))
    assert status == 1 and "holds what identity.py did not make" in err
    assert (mine / "plan.txt").read_text() == "keep me"


@pytest.mark.slow  # fresh briefbot processes, round after round: about 10 s on an idle machine
def test_identity_makes_the_same_outputs_twice(tmp_path: Path) -> None:
    tasks = write_tasks(tmp_path / "toy.jsonl", tasks=1, rounds=2, per_round=3)
    for name in ("a", "b"):
        status, out, err = run_script("identity", "make", str(tasks), str(tmp_path / name), "--rounds", "2",
                                      "--seeds", str(ROOT / "seeds"))
        assert status == 0, err
    names = sorted(p.name for p in (tmp_path / "a").iterdir() if p.is_file() and p.suffix != ".db" and p.name[0] != ".")
    assert names[:7] == ["seeds.2023-11-10.json", "seeds.2023-11-10.md", "seeds.2023-11-11.json", "seeds.2023-11-11.md",
                         "seeds.2023-11-12.json", "seeds.2023-11-12.md", "seeds.2023-11-13.json"]
    assert "toy-0.r1.json" in names and "toy-0.timeline.json" in names and "toy-0.history.txt" in names
    status, out, _ = run_script("identity", "compare", str(tmp_path / "a"), str(tmp_path / "b"))
    assert status == 0, out
    status, _, err = run_script("identity", "make", str(tasks), str(tmp_path / "a"), "--rounds", "1")  # its own: made again
    assert status == 0, err
    assert not (tmp_path / "a" / "toy-0.r1.json").exists() and (tmp_path / "a" / "toy-0.r0.json").exists()
