"""A feed's summary cut off mid-sentence, as a whole text (pure): whether it stops at "[…]", "..."
or "(more…)" after its last story line, and its whole sentences (the line rules are
:mod:`briefbot.text.cutoff`'s, the furniture :mod:`briefbot.text.clean`'s): no point may quote
half a sentence.
"""

from __future__ import annotations

from briefbot.text.clean import clean_line, is_furniture_line
from briefbot.text.cutoff import is_cut_line, line_whole_sentences


def _last_story_line(lines: list[str]) -> int | None:
    """The index of the last line that is story, not furniture (a feed's "Read more", "The post ...
    appeared first on ..."), or None."""
    for k in range(len(lines) - 1, -1, -1):
        if lines[k].strip() and not is_furniture_line(lines[k]):
            return k
    return None


def cut_off(text: str) -> bool:
    """Whether ``text`` (one paragraph a line) stops mid-sentence, as a feed's summary cut off with
    "[…]", "..." or "(more…)" does."""
    k = _last_story_line(text.split("\n"))
    if k is None:
        return False
    line = text.split("\n")[k]
    start, end, _, _ = clean_line(line)
    return is_cut_line(line[start:end])


def whole_sentences(text: str) -> str:
    """``text`` up to its last whole sentence when it is cut off (see :func:`cut_off`): the cut
    sentence and the furniture after it are left out; "" when no whole sentence is left."""
    while cut_off(text):
        lines = text.split("\n")
        k = _last_story_line(lines)
        if k is None:
            break
        end = clean_line(lines[k])[1]
        last = line_whole_sentences(lines[k][:end])
        text = "\n".join([*lines[:k], last] if last.strip() else lines[:k]).strip()
    return text
