"""Figures an analyst can rely on (pure): tracked quantities, their series, and where sources disagree.

The package reads numbers in four steps, one module each:

- :mod:`.numbers` finds the countable numbers of a sentence (digits, number words, ranges);
- :mod:`.grammar` (with :mod:`.phrases`) reads what each number counts and what happened to it;
- :mod:`.identity` gives a mention its quantity (measure, subject, qualifier) or leaves it out
  as context (distances, durations, ages, populations, equipment, another event's figures);
- :mod:`.series` dates the values of each quantity into a series, picks the figures a brief
  shows, and finds where sources disagree within the same short window (:mod:`.behind`: the counts a
  later one leaves behind; :mod:`.own`: the topic's own place and name); :mod:`.stale` finds the
  sentences whose value a later one leaves behind, that a situation would give for the latest.
"""

from briefbot.brief.figures.grammar import Mention, mentions
from briefbot.brief.figures.identity import Quantity, quantity
from briefbot.brief.figures.series import Dated, Report, moved, moves, recounted, track
from briefbot.brief.figures.stale import superseded

__all__ = ["Dated", "Mention", "Quantity", "Report", "mentions", "moved", "moves", "quantity", "recounted", "superseded", "track"]
