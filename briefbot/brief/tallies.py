"""Counts of a vote that say they are partial (pure): the sentences a brief's situation leaves out once a later count
of the same vote is known.

A sentence that states its own partialness is a running total of the count: "With 40% of precincts reporting, Oster
leads with 51.2%", "with most ballots counted", "partial results gave Oster 52%", "preliminary results show ...",
"with Tarnby still counting", "preliminary turnout was 61%".  A later article's count of the same vote (it names a
name the partial one does, or the same measure, "certified turnout", and
gives a result, a share or a number of votes, within three weeks) overtakes it: another partial count ("With 85% of
precincts reporting, Oster had 49.8%"), a complete one ("with all precincts reporting") or the final one ("final
results", "certified", "official results").  Told as the situation it would pass for the standing result.  Of one
day's counts, one with fewer precincts reporting is left behind by one with more.  The timeline keeps them: they
are the count as it went.

A count that says nothing of its partialness ("Oster won 52% of the vote") is the result and stays; so does a
partial count no later count of the same vote follows, and one that names nothing the later one names ("With 60%
reporting, the measure on school funding had 54%" beside a later "Oster's final share was 49.6%").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from briefbot.brief.figures.series import Dated, Report
from briefbot.brief.figures.stale import capitalised_names

__all__ = ["overtaken_counts"]

# a count that says it is partial: what share of the count is in, or that it is partial, preliminary or still going on
_SHARE = re.compile(r"\bwith (?:(?:ballots|votes|returns|results) (?:from|in) )?(?:(\d+(?:\.\d+)?) ?(?:%|per ?cent\b)|(all|every)\b|"
                    r"(?:most|nearly all|almost all|about half|half|some|two-thirds|a third|three-quarters)\b)"
                    r"(?:[^,;.]|[,.](?=\d)){0,50}?\b(?:reporting|counted|tallied|declared|in(?=\s*[,;.]))\b", re.I)
_PARTIAL = re.compile(r"\b(?:partial|preliminary|provisional|early|incomplete|unofficial) (?:\w+ )?(?:results?|count|returns|tally)\b"
                      r"|\bstill (?:being )?count(?:ing|ed)\b", re.I)
# a count that says it is final
_FINAL = re.compile(r"\b(?:final|official|certified|complete|full) (?:\w+ )?(?:results?|count|returns|tally)\b|\bcertif(?:y|ies|ied)\b",
                    re.I)
# ... or a measure of it ("preliminary turnout was 67.2%", "certified turnout"): the measure tells which count it is
_COUNTS = r"(?:results?|count|returns|tally|final|official|certified|preliminary)\b"
# (a vote's measure only: "preliminary turnout", "final share"; not "the provisional government", "preliminary investigation")
_MEASURE = re.compile(rf"\b(?:(partial|preliminary|provisional|unofficial)|final|official|certified) (?!{_COUNTS})"
                      r"(turnout|participation|share|margin|vote)\b", re.I)
# a result a count gives: a share or a number of votes or seats ("49.6%", "56 percent", "3.4 million votes"; not "April 5")
_FIGURE = re.compile(r"\d ?(?:%|per ?cent\b)|\d (?:(?:million|thousand) )?(?:votes|ballots|seats)\b", re.I)
# days within which two counts naming a name alike are of one vote: from first returns to certification, a vote is counted in
# weeks (a count a month on is another vote's: a runoff, a second election)
WINDOW = 21


@lru_cache(maxsize=8192)
def _level(text: str) -> tuple[bool, float | None] | None:
    """Whether ``text`` tells a count of a vote, partial or final (None: no such count), and when partial how much of it
    is in (a share, 100 for all of it, None when it says not: "preliminary results")."""
    if not _FIGURE.search(text):
        return None
    share = _SHARE.search(text)
    if share is not None:
        return True, float(share.group(1)) if share.group(1) else (100.0 if share.group(2) else None)
    if _PARTIAL.search(text):
        return True, None
    measure = _MEASURE.search(text)
    if measure is not None and measure.group(1):
        return True, None
    if _FINAL.search(text):
        return False, None
    return (False, -1.0) if measure is not None else None  # (the final value of a measure: a count if one was partial)


def _whose(text: str) -> frozenset[str]:
    """Whose count ``text`` tells: the names it gives (:func:`_names`) and the measure a partial or final count is of."""
    return capitalised_names(text) | {f"({m.group(2).lower()})" for m in _MEASURE.finditer(text)}


def overtaken_counts(reports: Sequence[Report], dating: Mapping[int, Dated]) -> frozenset[str]:
    """The sentences that tell a partial count of a vote (see the module's note) a later count of the same vote
    overtakes: a count of a later article (within :data:`WINDOW` days), or of the same day with more of the count in; the
    two name a name alike, or a measure ("preliminary turnout", then "certified turnout")."""
    counts: list[tuple[int, bool, float | None, frozenset[str], str]] = []  # (day, partial, share in, names, sentence)
    for report in reports:
        level = _level(report.text)
        days = [d.day for a in report.article_ids if (d := dating.get(a)) is not None and d.day is not None]
        if level is None or not days:
            continue
        counts.append((min(days).toordinal(), *level, _whose(report.text), report.text))
    partial_of = {w for _, partial, _, whose, _ in counts if partial for w in whose if w.startswith("(")}
    # ("final cost", "official rate": of no measure told partial, no count)
    counts = [c for c in counts if c[2] != -1.0 or c[3] & partial_of]

    def left(day: int, share: float | None, named: frozenset[str]) -> bool:
        for later, partial, more, theirs, _ in counts:
            if not named & theirs or later > day + WINDOW:
                continue
            if later > day or (later == day and share is not None and (not partial or (more is not None and more > share))):
                return True
        return False

    return frozenset(text for day, partial, share, named, text in counts if partial and left(day, share, named))
