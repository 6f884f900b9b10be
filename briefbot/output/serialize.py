"""Briefs to and from JSON (the store keeps them structured; ``--json`` prints them)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from briefbot.models import (
    Brief,
    Disagreement,
    Figure,
    Point,
    Reading,
    Since,
    Source,
    SourceHealth,
    Status,
    Timeline,
    TimelineEntry,
)


def _iso_dates(value: Any) -> Any:
    """Dates (of figures, their series and readings) as ISO strings, everywhere in ``value``."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso_dates(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_iso_dates(v) for v in value]
    return value


def health_to_dict(health: SourceHealth) -> dict[str, Any]:
    """A run's source health as the brief's JSON gives it (``status --json`` too)."""
    data: dict[str, Any] = _iso_dates(asdict(health))
    return data


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    data: dict[str, Any] = _iso_dates(asdict(brief))
    data["as_of"] = brief.as_of.isoformat()
    data["previous_as_of"] = brief.previous_as_of.isoformat() if brief.previous_as_of else None
    for section in ("summary", "changes"):
        for p in data[section]:
            p["status"] = Status(p["status"]).value
    data["timeline"] = timeline_entries(brief.timeline)
    return data


def timeline_entries(entries: tuple[TimelineEntry, ...]) -> list[dict[str, Any]]:
    """``[{"date": "YYYY-MM-DD", "events": [{"text": ..., "article_ids": [...], "also_reported": [...], "to_come": ...}]}]``,
    oldest first (``also_reported``: other articles carrying the sentence, counted, not cited; ``to_come``: for an
    event still to come as its articles told it, the day they told it, "YYYY-MM-DD", else null; ``dated_by_publication``: the
    sentence names no day, so the date is its first cited article's)."""
    return [{"date": e.date.isoformat(), "events": [{"text": p.text, "article_ids": list(p.article_ids),
                                                     "also_reported": list(p.also_reported),
                                                     "to_come": p.to_come.isoformat() if p.to_come else None,
                                                     "dated_by_publication": p.dated_by_publication, "speaker": p.speaker,
                                                     "names": [list(n) for n in p.names]}
                                                    for p in e.events]}
            for e in entries]


def _sources_json(sources: tuple[Source, ...]) -> list[dict[str, Any]]:
    return [{**asdict(s), "date": s.date.isoformat() if s.date else None} for s in sources]


def timeline_to_json(timeline: Timeline, indent: int | None = None) -> str:
    """What ``briefbot timeline --json`` prints: the timeline, then its numbered sources and the articles left out as
    off-topic (numbered 0)."""
    data = {"topic": timeline.topic, "title": timeline.title, "as_of": timeline.as_of.isoformat(),
            "timeline": timeline_entries(timeline.entries), "sources": _sources_json(timeline.sources),
            "off_topic": _sources_json(timeline.off_topic)}
    return json.dumps(data, ensure_ascii=False, indent=indent)


def brief_to_json(brief: Brief, indent: int | None = None) -> str:
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=indent)


def _point(d: dict[str, Any]) -> Point:
    return Point(text=d["text"], article_ids=tuple(d["article_ids"]), status=Status(d["status"]),
                 previous=d.get("previous"), score=d.get("score", 0.0),
                 figure=_figure(d["figure"]) if d.get("figure") else None,
                 also_reported=tuple(d.get("also_reported", ())), was=_reading(d["was"]) if d.get("was") else None,
                 written=_day(d.get("written")), speaker=d.get("speaker", ""), names=_names(d), reported=_day(d.get("reported")),
                 since=tuple(Since(m["was"], tuple(m["article_ids"]), _reading(m["now"]) if m.get("now") else None)
                             for m in d.get("since", ())))


def _names(d: dict[str, Any]) -> tuple[tuple[int, str], ...]:
    """A point's ``names`` as stored: ``[[offset, who], ...]`` (none in a brief stored before points had them)."""
    return tuple((int(at), str(who)) for at, who in d.get("names", ()))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _reading(d: dict[str, Any]) -> Reading:
    return Reading(value=d["value"], text=d["text"], article_ids=tuple(d["article_ids"]), date=_day(d.get("date")),
                   high=d.get("high"), marker=d.get("marker", ""), sentence=d.get("sentence", ""),
                   also_reported=tuple(d.get("also_reported", ())))


def _figure(d: dict[str, Any]) -> Figure:
    """A figure of a stored brief (briefs stored before figures had series read with defaults)."""
    return Figure(value=d["value"], what=d["what"], text=d["text"], article_ids=tuple(d["article_ids"]),
                  sentence=d.get("sentence", ""), high=d.get("high"), marker=d.get("marker", ""),
                  date=_day(d.get("date")), measure=d.get("measure", ""), subject=d.get("subject", ""),
                  qualifier=d.get("qualifier", ""), unit=d.get("unit", ""),
                  series=tuple(_reading(r) for r in d.get("series", ())),
                  previous=_reading(d["previous"]) if d.get("previous") else None,
                  also_reported=tuple(d.get("also_reported", ())))


def _source(s: dict[str, Any]) -> Source:
    return Source(number=s["number"], article_id=s["article_id"], title=s["title"], origin=s["origin"],
                  date=date.fromisoformat(s["date"]) if s["date"] else None, undated=s["undated"], url=s.get("url"),
                  title_made=s.get("title_made", False), voice=s.get("voice", ""), place=s.get("place"))


def brief_from_json(text: str, brief_id: int | None = None) -> Brief:
    d = json.loads(text)
    health = d.get("health")
    return Brief(
        topic=d["topic"], title=d["title"], as_of=date.fromisoformat(d["as_of"]),
        previous_as_of=date.fromisoformat(d["previous_as_of"]) if d.get("previous_as_of") else None,
        summary=tuple(_point(p) for p in d["summary"]),
        changes=tuple(_point(p) for p in d["changes"]),
        figures=tuple(_figure(f) for f in d["figures"]),
        disagreements=tuple(Disagreement(what=x["what"], figures=tuple(_figure(f) for f in x["figures"]))
                            for x in d["disagreements"]),
        sources=tuple(_source(s) for s in d["sources"]),
        off_topic=tuple(_source(s) for s in d.get("off_topic", ())),
        nothing_new=d.get("nothing_new", False), new_articles=d.get("new_articles", 0),
        health=SourceHealth(read=health["read"], total=health["total"],
                            failures=tuple(tuple(f) for f in health["failures"]),
                            dated_after=health.get("dated_after", 0),
                            undated_after=health.get("undated_after", 0)) if health else None,
        algorithm=d.get("algorithm", ""), id=brief_id,
        timeline=tuple(TimelineEntry(date.fromisoformat(e["date"]),
                                     tuple(Point(p["text"], tuple(p["article_ids"]), also_reported=tuple(p.get("also_reported", ())),
                                                 to_come=_day(p.get("to_come")), dated_by_publication=p.get("dated_by_publication", False),
                                                 speaker=p.get("speaker", ""), names=_names(p))
                                           for p in e["events"]))
                       for e in d.get("timeline", ())),
    )
