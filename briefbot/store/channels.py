"""``slack_channels``: Slack channel IDs resolved from ``#names``, so a lost answer can be looked for."""

from __future__ import annotations

from datetime import datetime

from briefbot.store.connection import Connection, utc_stamp


class Channels(Connection):
    def channel_id(self, name: str) -> str | None:
        found = self._value("SELECT channel_id FROM slack_channels WHERE name = ?", (name,))
        return str(found) if found is not None else None

    def remember_channel(self, name: str, channel_id: str, now: datetime) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO slack_channels (name, channel_id, resolved_at) VALUES (?, ?, ?)",
                       (name, channel_id, utc_stamp(now)))

    def forget_channel(self, name: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM slack_channels WHERE name = ?", (name,))
