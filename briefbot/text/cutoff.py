"""Text cut off mid-sentence (pure): a feed's summary that stops at "[…]", "..." or "(more…)".

:mod:`briefbot.text.summaries` uses these line rules for a whole text (``cut_off``,
``whole_sentences``), :mod:`briefbot.text.clean` for an article's last line: no point may quote half a sentence.
"""

from __future__ import annotations

import re

from briefbot.text.segment import split_sentences

# a summary cut off mid-sentence: "... the talks [...]", "... would resume …", "... (more…)"
# (it starts at the mark, with bounded spaces inside brackets: a search from every space of a long run of spaces was
# quadratic)
_CUT = re.compile(r"(?:[\[(][ \t]{0,3}(?:…|\.\.\.|(?:read )?more[ \t]{0,3}(?:…|\.\.\.)?)[ \t]{0,3}[\])]|…|\.\.\.)\s*$", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")


def is_cut_line(line: str) -> bool:
    """Whether ``line`` ends on a cut-off mark."""
    return bool(_CUT.search(line))


def line_whole_sentences(line: str) -> str:
    """A line cut off mid-sentence ("... the minister said the talks [...]"): its whole sentences."""
    while cut := _CUT.search(line):
        head = line[:cut.start()].rstrip()
        if _ENDS_SENTENCE.search(head):
            return head  # cut right after a whole sentence
        ended = [end for _, end in split_sentences(head)[:-1] if _ENDS_SENTENCE.search(head, 0, end)]
        line = head[:ended[-1]] if ended else ""  # (a piece no stop ends, a caption's or a run-on's, is no whole sentence)
    return line
