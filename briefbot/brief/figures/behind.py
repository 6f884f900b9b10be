"""Values left behind (pure): the counts a later count of the same measure leaves behind, so that a brief does not show
them beside it as if they were other counts.

A running toll ("Deaths": at least 18 on Friday) is left behind by a later one as large of the same group or place, or
of none either, whatever its qualifier ("104 on Tuesday"; "Deaths (miners, confirmed)" by "Deaths (miners)"); a count a
later sentence says it came from ("revised the death toll down to 874 from 901") is left behind
by that count, whatever its place or group, and is its value before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefbot.brief.figures.grammar import Mention, mentions
from briefbot.brief.figures.identity import CUMULATIVE

if TYPE_CHECKING:
    from briefbot.brief.figures.series import _Obs

__all__ = ["left_by", "revised_away", "says_left", "stale"]


def left_by(found: Sequence[Mention], n: int) -> float | None:
    """The value the sentence says mention ``n`` left behind: the marked one right after it ("1,100 remain missing, the
    agency said, down from 1,300"), else right before it ("rose from 26 to 56"), with no other count between."""
    after = next((m for m in found[n + 1:n + 2] if m.left), None)
    before = next((m for m in found[max(0, n - 1):n] if m.left), None)
    return after.value if after is not None else before.value if before is not None else None


def says_left(sentence: str, value: float) -> bool:
    """Whether ``sentence`` marks ``value`` as the value a change left behind ("down to 874 from 901")."""
    return any(m.left and m.value == value for m in mentions(sentence))


def revised_away(quantities: list[list[_Obs]]) -> dict[tuple[str, ...], tuple[tuple[str, ...], list[_Obs]]]:
    """The quantities a later count of the same measure says it left behind, with that count's quantity and the
    observations of the value left: "the agency revised the death toll down to 874 from 901" leaves "Deaths (Karsovia):
    901" of the day before behind, whatever its place or group; shown beside it, the 901 would pass for another count,
    not the value before."""
    latest = {obs[0].q.key: max(o.ordinal for o in obs) for obs in quantities}
    out: dict[tuple[str, ...], tuple[tuple[str, ...], list[_Obs]]] = {}
    for obs in quantities:
        k, day = obs[0].q.key, latest[obs[0].q.key]
        last = [o for o in obs if o.ordinal == day]
        for other in quantities:
            j = other[0].q.key
            if j != k and j[0] == k[0] and j[3] == k[3] and latest[j] > day > 0 and any(
                    o.before is not None and o.ordinal == latest[j] and all(x.m.value == o.before for x in last) for o in other):
                out[k] = (j, last)
                break
    return out


def stale(quantities: list[list[_Obs]]) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """The later counts that leave each quantity behind: of a cumulative count ("Deaths": at least 18 on Friday), the
    counts of the same measure, unit and group or place, or of none either, whatever their qualifier ("Deaths
    (confirmed)"; "Deaths (miners)" of "Deaths (miners, confirmed)"), that give a value as large on a later day (104 on
    Tuesday): shown beside it, the older would pass for the latest.  Another group's or place's count ("Deaths
    (police)", "Deaths (Europe)") may be a part of the whole or a wider whole: it leaves nothing behind, and nothing
    leaves it behind."""
    latest: dict[tuple[str, ...], tuple[int, float]] = {}
    for obs in quantities:
        q, day = obs[0].q, max(o.ordinal for o in obs)
        if day and q.measure in CUMULATIVE:
            latest[q.key] = (day, max(o.m.value for o in obs if o.ordinal == day))
    return {k: {j for j, (d, v) in latest.items()
                if j != k and j[0] == k[0] and j[1] == k[1] and j[3] == k[3] and d > day and v >= value}
            for k, (day, value) in latest.items()}
