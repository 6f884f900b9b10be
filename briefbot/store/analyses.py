"""``article_analyses``: each article's analysis as a brief reads it (see :mod:`briefbot.brief.analysis`),
under the version of the code that made it."""

from __future__ import annotations

from collections.abc import Sequence

from briefbot.store.articles import in_chunks
from briefbot.store.connection import Connection


class Analyses(Connection):
    def analyses(self, article_ids: Sequence[int], version: str) -> dict[int, str]:
        """The kept analyses of ``article_ids`` made by code of ``version`` (others are stale: left out)."""
        out: dict[int, str] = {}
        for chunk, marks in in_chunks(list(article_ids)):
            out.update((r[0], r[1]) for r in self._rows(
                f"SELECT article_id, data FROM article_analyses WHERE version = ? AND article_id IN ({marks})", (version, *chunk)))
        return out

    def keep_analyses(self, analyses: Sequence[tuple[int, str]], version: str) -> None:
        """Keep each (article id, analysis) made by code of ``version``, replacing an older one."""
        if not analyses:
            return
        with self._transaction() as db:
            db.executemany("INSERT INTO article_analyses (article_id, version, data) VALUES (?, ?, ?)"
                           " ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, data = excluded.data",
                           [(i, version, data) for i, data in analyses])
