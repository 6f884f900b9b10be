"""``topic_sources``: the sources each topic was last briefed from, to notice when a topic of the
same name in another project (sharing this store) reads wholly different ones.

Sources are kept as :mod:`briefbot.ingest.source_set` gives them: absolute paths and URLs
without their ``user:password@`` part (credentials are never stored).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from briefbot.store.connection import Connection, utc_stamp


class TopicSources(Connection):
    def topic_sources(self, topic: str) -> frozenset[str]:
        """The sources ``topic`` was last briefed from (empty: none recorded yet)."""
        return frozenset(r[0] for r in self._rows("SELECT source FROM topic_sources WHERE topic = ?", (topic,)))

    def record_topic_sources(self, topic: str, sources: Iterable[str], now: datetime) -> None:
        """``sources`` replace what ``topic`` was last briefed from."""
        with self._transaction() as db:
            db.execute("DELETE FROM topic_sources WHERE topic = ?", (topic,))
            db.executemany("INSERT INTO topic_sources (topic, source, recorded_at) VALUES (?, ?, ?)",
                           [(topic, s, utc_stamp(now)) for s in sorted(set(sources))])
