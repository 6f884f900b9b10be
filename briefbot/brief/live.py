"""A live page's sentences in the order they were told (pure).

A live page told newest first (:attr:`briefbot.models.Article.newest_first`, :mod:`briefbot.text.entries`) tells a
sentence further down its page earlier: its 09:05 entry's "18 people had died so far" before its 16:40 entry's "31
people had died".  Where the brief reads the time a sentence was told, a figure's latest value and the situation's
stale values (:class:`briefbot.brief.figures.Report`'s ``told``), its sentences come in that order; every other
article's in their place in the list (page order is no order in time).  The text stays as it is: ranking reads a
page's lead, and a live page's newest entry leads on purpose.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from briefbot.brief.candidates import Candidate

__all__ = ["told_order"]


def told_order(cands: Sequence[Candidate], newest_first: AbstractSet[int]) -> list[int | None]:
    """For each candidate quoting a live page told newest first (its first article is in ``newest_first``:
    :attr:`briefbot.models.Article.newest_first`), its place in the order the sentences were told: the places in
    the list of that page's candidates, given to them from the foot of the page up, so that a sentence further down
    comes first; None for every other (page order is no order in time)."""
    out: list[int | None] = [None] * len(cands)
    pages: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        if c.article_ids and c.article_ids[0] in newest_first:
            pages.setdefault(c.article_ids[0], []).append(i)
    for rows in pages.values():
        for slot, i in zip(rows, sorted(rows, key=lambda i: (-cands[i].position, -i)), strict=True):
            out[i] = slot
    return out
