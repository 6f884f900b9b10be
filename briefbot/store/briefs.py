"""The ``briefs`` table and what each brief contained (``brief_points``, ``brief_sources``)."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from briefbot.models import Brief
from briefbot.output.serialize import brief_from_json, brief_to_json
from briefbot.store.connection import Connection, utc_stamp, utc_time


@dataclass(frozen=True)
class StoredBrief:
    id: int
    topic: str
    as_of: date
    created_at: datetime  # timezone-aware (UTC)
    algorithm: str
    markdown: str
    brief: Brief
    watermark: int


def _stored(row: sqlite3.Row) -> StoredBrief:
    brief = brief_from_json(row["data"], brief_id=row["id"])
    return StoredBrief(
        id=row["id"], topic=row["topic"], as_of=date.fromisoformat(row["as_of"]), created_at=utc_time(row["created_at"]),
        algorithm=row["algorithm"], markdown=row["markdown"], brief=brief, watermark=row["watermark"],
    )


class Briefs(Connection):
    def previous_brief(self, topic: str, before: date) -> StoredBrief | None:
        """The latest brief of ``topic`` made as of a day before ``before``."""
        row = self._row("SELECT * FROM briefs WHERE topic = ? AND as_of < ? ORDER BY as_of DESC, id DESC LIMIT 1",
                        (topic, before.isoformat()))
        return _stored(row) if row else None

    def save_brief(self, brief: Brief, markdown: str, *, watermark: int, previous_id: int | None, now: datetime) -> StoredBrief:
        """Store a brief with what it contained; the same brief made twice is stored once."""
        data = brief_to_json(brief)
        digest = hashlib.sha256(markdown.encode()).hexdigest()
        stamp = utc_stamp(now)
        with self._transaction() as db:
            row = db.execute("SELECT * FROM briefs WHERE topic = ? AND as_of = ? ORDER BY id DESC LIMIT 1",
                             (brief.topic, brief.as_of.isoformat())).fetchone()
            if row and row["content_hash"] == digest:
                return _stored(row)
            cur = db.execute(
                "INSERT INTO briefs (topic, as_of, created_at, previous_id, watermark, algorithm, content_hash, data, markdown)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (brief.topic, brief.as_of.isoformat(), stamp, previous_id, watermark, brief.algorithm, digest, data, markdown),
            )
            brief_id = cur.lastrowid
            for section, points in (("changes", brief.changes), ("summary", brief.summary)):
                for position, p in enumerate(points):
                    db.execute("INSERT INTO brief_points VALUES (?, ?, ?, ?, ?, ?)",
                               (brief_id, section, position, p.status.value, p.text, p.previous))
            for s in brief.sources:
                db.execute("INSERT INTO brief_sources VALUES (?, ?, ?)", (brief_id, s.number, s.article_id))
            row = db.execute("SELECT * FROM briefs WHERE id = ?", (brief_id,)).fetchone()
        return _stored(row)

    def topics(self) -> list[str]:
        """The topics that have a brief, by name."""
        return [str(r[0]) for r in self._rows("SELECT DISTINCT topic FROM briefs ORDER BY topic", ())]

    def brief(self, brief_id: int) -> StoredBrief | None:
        row = self._row("SELECT * FROM briefs WHERE id = ?", (brief_id,))
        return _stored(row) if row else None

    def brief_on(self, topic: str | None, as_of: date) -> StoredBrief | None:
        sql = "SELECT * FROM briefs WHERE as_of = ?"
        args: list[object] = [as_of.isoformat()]
        if topic is not None:
            sql += " AND topic = ?"
            args.append(topic)
        row = self._row(sql + " ORDER BY id DESC LIMIT 1", args)
        return _stored(row) if row else None

    def history(self, topic: str | None = None, limit: int = 50) -> list[StoredBrief]:
        sql, args = "SELECT * FROM briefs", []
        if topic is not None:
            sql, args = sql + " WHERE topic = ?", [topic]
        return [_stored(r) for r in self._rows(sql + " ORDER BY as_of DESC, id DESC LIMIT ?", [*args, limit])]
