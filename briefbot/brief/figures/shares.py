"""Shares (pure): whose a bare percentage is ("Hale has 49.6%", "... and Dostan 42.8%"), and a percentage that tells how far a
count has come rather than a figure ("With 91% of stations reporting, ...")."""

from __future__ import annotations

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.numbers import Tok, at, is_word
from briefbot.brief.figures.phrases import display

__all__ = ["progress", "share_owner"]


# verbs of a share held or won ("Hale has 49.6%", "is on 49.8%", "won 31%")
_SHARE_VERBS = ("has", "had", "is", "was", "won", "wins", "took", "takes", "got", "gets", "received", "polled", "secured", "leads", "led")


# a name after one of these is part of a longer phrase, not whose share it is ("the percentage associating McCain with Bush is")
_PREPOSITIONS = ("with", "of", "for", "to", "by", "in", "on", "at", "from", "against", "than", "over", "between")


def share_owner(toks: list[Tok], first: int) -> tuple[str, int]:
    """Whose share a bare percentage at token ``first`` is: a name right before a verb of holding or winning it ("Hale has
    49.6%", "Hale is on 49.8%"), or a name after "and" or a comma with the verb gapped ("... and Dostan 42.8%"); (name, its first
    token), else ("", first).  A share of something named after it ("5% of the vote") is read before this."""
    j = first - 1 - is_word(at(toks, first - 1), "on", "with")
    verb = is_word(at(toks, j), *_SHARE_VERBS)
    last = j - verb
    j = last
    while (tok := at(toks, j)) is not None and tok.kind == "word" and tok.text[:1].isupper() and tok.lower not in L.STOP and last - j < 3:
        j -= 1
    if j == last or is_word(at(toks, j), *_PREPOSITIONS) or not (verb or is_word(at(toks, j), "and") or (j >= 0 and toks[j].text == ",")):
        return "", first
    return " ".join(display(t) for t in toks[j + 1:last + 1]), j + 1


def progress(toks: list[Tok], first: int, k: int) -> bool:
    """Whether a percentage at token ``first``, its "of" object ending at token ``k``, tells how far a count has come, in an
    absolute clause of "with" and a participle of counting ("With 91% of stations reporting", "with 80 percent of the vote
    counted"; not "with 40% of its shares held in the US", a share of something else)."""
    done = at(toks, k + 1)  # ("with 60% of ballots in, ...", not "... in the US")
    return is_word(at(toks, first - 1), "with") and is_word(at(toks, k), *_COUNTING) and (
        not is_word(at(toks, k), "in") or done is None or done.kind == "sym")


# the participles of a count's progress ("with 91% of stations reporting", "with 80 percent of the vote counted", "... in")
_COUNTING = ("reporting", "reported", "counted", "tallied", "processed", "declared", "verified", "returned", "checked", "in")
