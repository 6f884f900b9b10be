"""``briefbot status``: per topic, the last brief, its deliveries, the last and next scheduled runs.

It only reads: the store is opened read-only (a missing store is "no brief yet"), and the clock and
the config come from the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from briefbot.config import Config, TopicConfig
from briefbot.models import Brief
from briefbot.output.serialize import health_to_dict
from briefbot.output.wording import health_line
from briefbot.schedule.cron import make_trigger, next_runs
from briefbot.store.db import Delivery, RunRow, Store, StoredBrief


@dataclass(frozen=True)
class TopicStatus:
    topic: TopicConfig
    last_brief: StoredBrief | None
    deliveries: tuple[Delivery, ...]
    last_run: RunRow | None
    next_run: datetime | None


def point_count(brief: Brief) -> int:
    """The points a brief shows: what changed and the situation (none when nothing is new)."""
    return 0 if brief.nothing_new else len(brief.changes) + len(brief.summary)


def topics_to_show(config: Config, store: Store | None, name: str | None) -> list[TopicConfig]:
    """``--topic``'s topic; else the config's topics; else (no config file) every topic in the store."""
    if name is not None:
        return [config.topic(name)]
    if config.topics:
        return list(config.topics.values())
    names = store.topics() if store is not None else []
    return [config.topic(n) for n in names] or [config.topic(None)]


def gather(config: Config, store: Store | None, now: datetime, name: str | None = None) -> list[TopicStatus]:
    out = []
    for topic in topics_to_show(config, store, name):
        last = store.history(topic.name, 1) if store is not None else []
        brief = last[0] if last else None
        deliveries = tuple(store.deliveries_on(topic.name, brief.as_of)) if store is not None and brief else ()
        run = store.last_run(topic.name) if store is not None else None
        upcoming = next_runs(make_trigger(topic.schedule, topic.timezone), now, 1) if topic.schedule else []
        out.append(TopicStatus(topic, brief, deliveries, run, upcoming[0] if upcoming else None))
    return out


def _local(when: datetime, topic: TopicConfig) -> str:
    return when.astimezone(ZoneInfo(topic.timezone)).strftime("%Y-%m-%d %H:%M %Z")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def delivery_line(d: Delivery, topic: TopicConfig) -> str:
    when = _local(datetime.fromisoformat(d.updated_at), topic)
    parts = f", {d.parts_sent} of {d.parts_total} messages" if d.target.startswith("slack:") and d.parts_total else ""
    state = "complete" if d.status == "done" else f"NOT complete ({d.status})"
    error = f": {d.last_error}" if d.last_error and d.status != "done" else ""
    return f"{d.target}: {state}{parts}, {when}{error}"


def lines(statuses: Sequence[TopicStatus]) -> list[str]:
    out: list[str] = []
    for s in statuses:
        t = s.topic
        out.append(f"topic {t.name}")
        b = s.last_brief
        if b is None:
            out.append("  last brief: none yet")
        else:
            out.append(f"  last brief: #{b.id} as of {b.as_of}, made {_local(b.created_at, t)} "
                       f"({_plural(point_count(b.brief), 'point')}, {_plural(b.brief.new_articles, 'new article')}, "
                       f"{_plural(len(b.brief.sources), 'source')})")
            if b.brief.health is not None:
                out.append(f"  sources: {health_line(b.brief.health)}")
            out += [f"  delivered to {delivery_line(d, t)}" for d in s.deliveries]
            if not s.deliveries:
                out.append("  delivered: not delivered (made by `brief`, or not posted yet)")
        if s.last_run is not None:
            r = s.last_run
            out.append(f"  last scheduled run: {r.key.replace('T', ' ')} {t.timezone}: {r.status}"
                       + (f" ({r.detail})" if r.detail else ""))
        if t.schedule:
            nxt = s.next_run.strftime("%a %Y-%m-%d %H:%M %Z") if s.next_run else "never"
            out.append(f"  next run: {nxt} ({t.schedule})")
        else:
            out.append("  next run: none (no schedule)")
    return out


def as_json(statuses: Sequence[TopicStatus]) -> list[dict[str, Any]]:
    out = []
    for s in statuses:
        b = s.last_brief
        brief = None
        if b is not None:
            h = b.brief.health
            brief = {"id": b.id, "as_of": b.as_of.isoformat(), "made": b.created_at.isoformat(),
                     "points": point_count(b.brief), "new_articles": b.brief.new_articles, "sources": len(b.brief.sources),
                     "health": health_to_dict(h) if h else None}
        out.append({
            "topic": s.topic.name,
            "last_brief": brief,
            "deliveries": [{"target": d.target, "status": d.status, "complete": d.status == "done",
                            "parts_sent": d.parts_sent, "parts_total": d.parts_total, "updated_at": d.updated_at,
                            "last_error": d.last_error} for d in s.deliveries],
            "last_run": {"scheduled_for": s.last_run.key, "status": s.last_run.status, "detail": s.last_run.detail,
                         "finished_at": s.last_run.finished_at.isoformat() if s.last_run.finished_at else None}
            if s.last_run else None,
            "schedule": s.topic.schedule,
            "timezone": s.topic.timezone,
            "next_run": s.next_run.isoformat() if s.next_run else None,
        })
    return out
