"""Counts told as a part of the count before them (pure): "Twenty-three people were injured, including nine firefighters",
"The blast killed 14 people, among them three children", "About 700 firefighters, including 120 from Italy".

A part is no count of its own noun: "including nine firefighters" after 23 injured are nine of the injured, not the
firefighters fighting the fire (a brief had shown "Firefighters: 9" beside 410 deployed).  A part is marked a part of a
set (``subset``), tracked as no figure: the count it belongs to is the figure ("Injured: 23"), and a part shown beside it
as a row of its own would read as another count.  So is a count of no place split off from the one after it ("95,000 have
crossed into Tarn and another 83,000 into Velano": a part of the whole neither gives), which :mod:`.grammar` marked so
before this module took both.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.mention import Mention

__all__ = ["parts"]

# what opens a part right after a count (and its noun, maybe an aside): ", including", "among them", "of whom", "of them"
_PART = re.compile(r"(?i:[,(]\s*(?:including|includ(?:es|ed)|among\s+(?:them|whom|those)|of\s+(?:whom|them|which))\s+)$")
_BETWEEN = 80  # characters from the whole's end to its part's number, at most


def parts(sentence: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """``mentions`` (of ``sentence``, in order), each count told as a part of the one before it, and each count of no place
    split off from the one after it ("95,000 have crossed into Tarn and another 83,000 into Velano"), marked a part of a set
    (one left behind stays so: :mod:`.grammar`)."""
    out = list(mentions)
    split = {n for n, (m, nxt) in enumerate(itertools.pairwise(out)) if not m.place and nxt.inherited and not nxt.event
             and L.split_off(sentence, nxt.start, nxt.phrase)}
    for n in range(len(out)):
        between = sentence[out[n - 1].end:out[n].start] if n else ""
        if not out[n].left and (n in split or (len(between) <= _BETWEEN and _PART.search(between) and not out[n].event)):
            out[n] = replace(out[n], subset=True)
    return tuple(out)
