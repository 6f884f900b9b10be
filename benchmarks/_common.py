"""Shared helpers of the benchmark scripts: reading task files, running briefbot's pipeline."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TASKS = ROOT.parent / "shared" / "eval" / "t17-dev.jsonl.gz"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefbot.config import TopicConfig  # noqa: E402
from briefbot.errors import SkipSource  # noqa: E402
from briefbot.ingest.files import cleaned, content_hash, parse_article  # noqa: E402
from briefbot.models import Article  # noqa: E402


def read_tasks(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise SystemExit(f"error: {path} does not exist: pass the path of a tasks file (.jsonl or .jsonl.gz)")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def to_article(task_id: str, raw: dict[str, Any]) -> Article | None:
    """A task's article as briefbot's ingest would read it (same normalisation, rules and cleaning)."""
    try:
        a = cleaned(parse_article(raw["text"], key=f"{task_id}/{raw['id']}", origin=f"{task_id}/{raw['id']}"))
    except SkipSource:
        return None
    title = raw.get("title") or a.title
    published = date.fromisoformat(raw["published"]) if raw.get("published") else None
    return replace(a, title=title, published=published, content_hash=content_hash(title, a.text))


def topic_for(task: dict[str, Any], algorithm: str, words: int) -> TopicConfig:
    t = task["topic"]
    return TopicConfig(name="task", title=t.get("title", ""), focus=t.get("focus", ""), algorithm=algorithm, words=words)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, 0, tzinfo=UTC)
