"""The ``deliveries`` table: one row per (topic, as_of, target), the exactly-once bookkeeping."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from briefbot.store.connection import Connection, utc_stamp


@dataclass(frozen=True)
class Delivery:
    topic: str
    as_of: date
    target: str
    brief_id: int
    status: str  # pending, sending, partial, failed, done
    message_ts: str | None
    parts_sent: int
    parts_total: int | None
    attempts: int
    last_error: str | None
    updated_at: str
    channel_id: str | None = None


def _delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(
        topic=row["topic"], as_of=date.fromisoformat(row["as_of"]), target=row["target"], brief_id=row["brief_id"],
        status=row["status"], message_ts=row["message_ts"], parts_sent=row["parts_sent"], parts_total=row["parts_total"],
        attempts=row["attempts"], last_error=row["last_error"], updated_at=row["updated_at"], channel_id=row["channel_id"],
    )


class Deliveries(Connection):
    def delivery(self, topic: str, as_of: date, target: str) -> Delivery | None:
        row = self._row("SELECT * FROM deliveries WHERE topic = ? AND as_of = ? AND target = ?",
                        (topic, as_of.isoformat(), target))
        return _delivery(row) if row else None

    def deliveries_on(self, topic: str, as_of: date) -> list[Delivery]:
        """Every target's delivery of the topic's brief of ``as_of``."""
        return [_delivery(r) for r in self._rows("SELECT * FROM deliveries WHERE topic = ? AND as_of = ? ORDER BY target",
                                                 (topic, as_of.isoformat()))]

    def open_delivery(self, topic: str, as_of: date, target: str, brief_id: int, parts_total: int, now: datetime) -> Delivery:
        """The delivery row, created ``pending`` the first time (an existing one is kept as it is)."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO deliveries (topic, as_of, target, brief_id, status, parts_total, updated_at)"
                " VALUES (?, ?, ?, ?, 'pending', ?, ?)",
                (topic, as_of.isoformat(), target, brief_id, parts_total, utc_stamp(now)),
            )
            row = db.execute("SELECT * FROM deliveries WHERE topic = ? AND as_of = ? AND target = ?",
                             (topic, as_of.isoformat(), target)).fetchone()
        return _delivery(row)

    def update_delivery(self, d: Delivery, now: datetime, **changes: Any) -> Delivery:
        """Record a change of one delivery (fields of :class:`Delivery`) in its own transaction."""
        new = replace(d, **changes, updated_at=utc_stamp(now))
        with self._transaction() as db:
            db.execute(
                "UPDATE deliveries SET status = ?, message_ts = ?, parts_sent = ?, parts_total = ?, attempts = ?,"
                " last_error = ?, channel_id = ?, updated_at = ? WHERE topic = ? AND as_of = ? AND target = ?",
                (new.status, new.message_ts, new.parts_sent, new.parts_total, new.attempts, new.last_error,
                 new.channel_id, new.updated_at, d.topic, d.as_of.isoformat(), d.target),
            )
        return new

    def unfinished_deliveries(self, topic: str, since: date) -> list[Delivery]:
        rows = self._rows("SELECT * FROM deliveries WHERE topic = ? AND status != 'done' AND as_of >= ? ORDER BY as_of, target",
                          (topic, since.isoformat()))
        return [_delivery(r) for r in rows]

    def known_channel_id(self, target: str) -> str | None:
        """The Slack channel ID an earlier delivery to ``target`` learned from Slack's answer."""
        found = self._value("SELECT channel_id FROM deliveries WHERE target = ? AND channel_id IS NOT NULL"
                            " ORDER BY updated_at DESC LIMIT 1", (target,))
        return str(found) if found is not None else None
