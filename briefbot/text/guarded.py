"""Regular expressions with a cheap test in front (pure): the same matches, found faster.

A search for a pattern that may start anywhere (a caption's credit at a line's end, an agency
dateline after a headline) tries every position of the text, which for the cleaning rules is
most of the time spent reading an article.  Every match of such a pattern holds some literal
text (a ``|``, ``Photo``, ``(Reuters) -``): a :class:`Guarded` pattern looks for that first, with
``str`` methods or a pattern that starts with a literal, and runs the full pattern only when it
is there.  The results are those of the full pattern (a missing literal means no match).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

Needs = Callable[[str, int, int], bool]

# characters that a case-insensitive pattern matches to an ASCII letter but ``str.lower`` does not
# lower to it alone (dotless i, long s, dotted capital I): with one of them, the full pattern decides
_ODD_FOLDS = re.compile("[ıſİ]")


def holds(*literals: str, ignore_case: bool = False) -> Needs:
    """The test that ``text[pos:endpos]`` holds one of ``literals`` (lower case when ``ignore_case``,
    for a pattern compiled with ``re.I``)."""

    words = tuple(w.lower() for w in literals) if ignore_case else literals

    def test(text: str, pos: int, endpos: int) -> bool:
        window = text if pos == 0 and endpos >= len(text) else text[pos:endpos]
        if ignore_case:
            if not window.isascii() and _ODD_FOLDS.search(window):  # (isascii: a flag of the string, read at once)
                return True
            window = window.lower()
        for w in words:  # noqa: SIM110 - a loop is 3x faster than any() over a generator, and this runs for every line
            if w in window:
                return True
        return False

    return test


def ends_on(*words: str, stops: str = "", marks: str = "") -> Needs:
    """The test that ``text[pos:endpos]`` ends on one of ``words`` (in lower case, for a pattern that ignores case), then
    nothing but spaces, one of the characters of ``stops`` and any of ``marks``: what every match of a pattern that ends
    ``(?:WORDS)\\s*[STOPS]?[MARKS]*$`` holds."""
    lowered = tuple(w.lower() for w in words)
    longest = max(map(len, lowered), default=0)

    def test(text: str, pos: int, endpos: int) -> bool:
        end = text[pos:endpos].rstrip().rstrip(marks)
        if end[-1:] and end[-1:] in stops:
            end = end[:-1]
        end = end.rstrip()[-longest:]  # (a word's last letters: what folds to them is looked at, nothing before)
        return (not end.isascii() and _ODD_FOLDS.search(end) is not None) or end.lower().endswith(lowered)

    return test


def finds(core: re.Pattern[str]) -> Needs:
    """The test that ``core`` (a part every match holds, starting with a literal) is found in the window."""
    return lambda text, pos, endpos: core.search(text, pos, endpos) is not None


@dataclass(frozen=True)
class Guarded:
    """``pattern`` behind the test ``needs`` (see the module): its methods as the pattern's."""

    pattern: re.Pattern[str]
    needs: Needs

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.needs(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self.needs(text, pos, endpos) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.needs(text, 0, len(text)) else iter(())

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self.needs(text, pos, endpos) else None


def guarded(pattern: re.Pattern[str], needs: Needs | str | Sequence[str]) -> Guarded:
    """``pattern`` guarded by ``needs``: a test, or a literal or literals one of which every match
    holds (compared in lower case if the pattern ignores case: give ``holds(..., ignore_case=True)``
    for a pattern that ignores case only in part)."""
    if isinstance(needs, str):
        needs = (needs,)
    if not callable(needs):
        needs = holds(*needs, ignore_case=bool(pattern.flags & re.I))
    return Guarded(pattern, needs)
