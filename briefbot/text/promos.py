"""An outlet's notes on its own coverage (pure): never a point of a brief.

A live page opens on "Live coverage from the Kestrel Post team. All times GMT." and closes on "This live blog has now
closed."; a broadcaster's page promotes what it will show ("CNN will have live coverage of the address at 9pm", "From 8pm
there's live coverage of the match"); a blog's label runs into its first line ("Libya live blog: The latest
developments ..."). None of them tells the story: a sentence that speaks of live coverage, a live blog, page or updates,
or of the times a page gives, is no brief material.  Another party's act on such coverage is the story's ("State TV
cut its live coverage of the rally"): that stays.
"""

from __future__ import annotations

import re

__all__ = ["own_coverage"]

_COVERAGE = re.compile(
    r"\b(?:live (?:coverage|updates?|blog|page|text commentary)|rolling coverage|"
    r"all times (?:are )?(?:in )?(?:GMT|BST|UTC|ET|EST|EDT|CET|CEST|local(?: time)?))\b", re.I)
# another's act on it: news, not the page's note ("cut its live coverage", "banned live coverage of the trial")
_ACTED_ON = re.compile(r"\b(?:cut|cuts|halted|halts|stopped|stops|suspended|suspends|banned|bans|blocked|blocks|pulled|"
                       r"interrupted|ended|ends|barred|bars)\s+(?:its|their|the|all|any)?\s*live (?:coverage|updates)\b", re.I)


def own_coverage(sentence: str) -> bool:
    """Whether ``sentence`` is an outlet's note on its own coverage (see the module's note)."""
    return bool(_COVERAGE.search(sentence)) and not _ACTED_ON.search(sentence)
