"""Time and peak memory of ``briefbot brief`` on hostile but small input (generated, never stored).

    python benchmarks/hostile.py [--scale F] [--keep DIR]

Cases (each run as a fresh ``briefbot brief`` process on a fresh store; peak RSS from ``wait4``):

1. *vocabulary*: one 1.9 MB text file of 19,000 short sentences drawn from a 25-word vocabulary
   (every sentence shares words with every other: a quadratic similarity graph).
2. *paragraphs*: one 3.8 MB HTML page of 40,000 near-identical paragraphs (one number differs).
3. *many files*: 300 files of 400 such sentences each (13 MB): the brief-wide bound, not the
   per-article one, has to hold.

``--scale`` multiplies the sizes (0.05 for a quick check).  The bounds are in
``briefbot/brief/limits.py``; the README's Reliability section shows a run.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

VOCABULARY = ["army", "town", "river", "bridge", "police", "report", "road", "north", "south", "fire", "water",
              "city", "people", "night", "day", "market", "school", "border", "camp", "troops", "rain", "food", "aid",
              "truck", "village"]


def _sentences(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(12, 22))).capitalize() + "." for _ in range(count)]


def _lines(sentences: list[str]) -> str:
    return "\n".join(" ".join(sentences[i:i + 10]) for i in range(0, len(sentences), 10))


def vocabulary_file(folder: Path, scale: float) -> Path:
    path = folder / "vocabulary.txt"
    path.write_text(_lines(_sentences(random.Random(1), int(19_000 * scale))), encoding="utf-8")
    return path


def paragraphs_page(folder: Path, scale: float) -> Path:
    para = "The army said bridge {i} near the town was closed on Monday after heavy rain, officials said."
    body = "".join(f"<p>{para.format(i=i)}</p>" for i in range(int(40_000 * scale)))
    path = folder / "paragraphs.html"
    path.write_text(f"<html><head><title>Bridges</title></head><body><article>{body}</article></body></html>",
                    encoding="utf-8")
    return path


def many_files(folder: Path, scale: float) -> Path:
    rng = random.Random(2)
    out = folder / "many"
    out.mkdir()
    for f in range(max(2, int(300 * scale))):
        (out / f"a{f:03d}.txt").write_text(f" date 2026-01-0{1 + f % 3} \n" + _lines(_sentences(rng, 400)), encoding="utf-8")
    return out


def furniture_line(folder: Path, scale: float) -> Path:
    """One line of 8,000 live-blog stamps and photo credits after a sentence: cleaning trims a line's
    trailing furniture a bounded number of times, never once per piece."""
    path = folder / "furniture.txt"
    path.write_text("The river rose overnight. " + "(Update 1:50 p.m. Velano " * int(8_000 * scale), encoding="utf-8")
    return path


def capitals_lines(folder: Path, scale: float) -> Path:
    """A headline whose byline runs on in capitals without a break, before a dateline, and lines of one
    capitalised run after "By": the byline and headline patterns read a run once, never every way it
    could be split (each took seconds a line before they were bounded)."""
    path = folder / "capitals.txt"
    run = "A" * 290
    lines = [f"Dam bursts By {run} x VELANO, Ostravia (Reuters) - At least 51 people died when the dam burst."]
    lines += [f"By {'B' * 75}!" for _ in range(max(1, int(200 * scale)))]
    lines.append("Jo Lee is a columnist for the Kestrel Herald.")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def masthead_blanks(folder: Path, scale: float) -> Path:
    """A page's top lines of a stamp's or a kicker's word and 40,000 blanks, and 40,000 "Partners" headings: the
    stamp, masthead and disclosure readers look at a short line once and at each heading's next lines once (each
    took seconds to minutes on such input before it was bounded)."""
    path = folder / "masthead.txt"
    blanks = " " * int(40_000 * scale)
    lines = [f"Issued{blanks}x", f"World{blanks}x", "The river rose two metres overnight, the port authority said."]
    lines += ["Partners"] * max(1, int(40_000 * scale))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def crafted_notes(folder: Path, scale: float) -> Path:
    """A correction note whose claim repeats "to ... not" and "from ... to" for 20,000 characters, and a sentence of
    10,000 counting words before "later": the note's and the time's patterns read such a run once, never every way it
    could be split (they took minutes and seconds on it before they were bounded, session 18)."""
    path = folder / "notes.txt"
    n = max(1, int(2_850 * scale))
    lines = ["The dam held overnight, engineers said.", "(Corrects " + "to not " * n + ";)",
             "Correction: This story incorrectly stated " + "from a to b " * n + ";", "In " + "a " * (4 * n) + ", he said."]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


CASES: list[tuple[str, Callable[[Path, float], Path]]] = [
    ("1. 19,000 sentences, 25-word vocabulary (one file)", vocabulary_file),
    ("2. 40,000 near-identical paragraphs (one HTML page)", paragraphs_page),
    ("3. 300 files x 400 such sentences", many_files),
    ("4. one line of 8,000 trailing stamps", furniture_line),
    ("5. 200 lines of one capitalised run after \"By\"", capitals_lines),
    ("6. top lines of 40,000 blanks, 40,000 \"Partners\" lines", masthead_blanks),
    ("7. crafted correction notes and a run of counting words", crafted_notes),
]


def run(source: Path, folder: Path) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS MB, exit code, last stderr line) of one ``briefbot brief``."""
    db = folder / f"{source.stem}.db"
    cmd = [sys.executable, "-m", "briefbot", "brief", str(source), "--db", str(db), "--out", str(folder / "out.md")]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    last = err.strip().splitlines()[-1] if err.strip() else ""
    return wall, usage.ru_maxrss / 1024, proc.returncode, last


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the input sizes (default 1)")
    parser.add_argument("--keep", type=Path, help="write the inputs to this folder and keep them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print("| case | input MB | wall s | peak RSS MB | exit |")
        print("|---|---|---|---|---|")
        failed = 0
        for name, make in CASES:
            case_dir = folder / f"case{name[0]}"
            case_dir.mkdir(exist_ok=True)
            source = make(case_dir, args.scale)
            wall, peak, code, last = run(source, case_dir)
            print(f"| {name} | {size(source) / 1e6:.1f} | {wall:.1f} | {peak:.0f} | {code} |", flush=True)
            if code != 0:
                failed += 1
                print(f"  {last}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
