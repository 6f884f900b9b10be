"""Shares and rates (pure): whose a bare percentage is ("Hale has 49.6%", "... and Dostan 42.8%"), a percentage that tells how
far a count has come rather than a figure ("With 91% of stations reporting, ..."), and a count told per stretch of time, a
rate and no tally of the story's ("Malaria kills 3,000 children under five every day", "500 Kenyans die each day"), and the
whole a share is told of ("14 out of 100 Kenyans")."""

from __future__ import annotations

import re

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.mention import Raw
from briefbot.brief.figures.numbers import Tok, at, is_word
from briefbot.brief.figures.phrases import display

__all__ = ["per_time", "progress", "share_owner", "whole_of_a_share"]

# a stretch of time the count is told per, up to ten words after it in its clause ("3,000 children under 5 every day", "2,000
# people a year", "one child dies of malaria every 30 seconds", "500 Kenyans die of AIDS everyday"); not a day that dates it
# ("28 people a day after the raid", "within a day of the storm", "for a day", "a day of mourning", "a day-long battle", "a day
# ahead of the election", "at a second checkpoint"), nor the paper "the opposition daily Cumhuriyet"; a place may come between
# ("kills 3,000 children in Africa every day")
_PER_TIME = re.compile(r"(?:\s+(?!(?:and|or|but|while|as|when|where|after|before|which|that|who|whom|whose|until|since|than|then|"
                       r"because|if|within|for|on|by|more|less|fewer|extra)\b)(?!in\s+(?-i:[a-z]))[\w'’-]+){0,10}?\s+"
                       r"(?:(?:a|per)\s+(?:day|week|month|year)(?!\s+of\b)|per\s+(?:second|minute|hour)|(?:each|every)\s+(?:(?:\d+|two|three|"
                       r"four|five|six|ten|few|several)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)|everyday(?=\s*[.,;]|$)|"
                       r"annually|yearly|daily(?!\s+(?-i:[A-Z])|\s+(?:newspaper|paper|news|briefing|press)\b))(?![\w-])"
                       r"(?!['’]s|\s+(?:after|before|later|earlier|ago|when|or|ahead|into|apart|short|beforehand|and|running|"
                       r"in advance)\b)")


def per_time(sentence: str, raw: Raw) -> bool:
    """Whether the count ``raw`` is a rate: an amount's or a spill's as read already ("$6m a day", "5,000 barrels a day"), or
    another count told per day, week, month or year (see ``_PER_TIME``)."""
    if raw.rate or raw.currency or (raw.head.split() or [""])[-1].lower() in L.SPILL_UNITS:
        return raw.rate  # (an amount's or a spill's rate is read where it is: grammar, lexicon.RATE_LATER)
    return _PER_TIME.match(sentence, raw.end) is not None


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


_WHOLE_OF_A_SHARE = re.compile(r"(?i:\b(?:out of|in every|of every|(?:one|\d+) in)\s+$)")  # "14 out of 100 Kenyans": the whole
_SHARE_OF_THE = re.compile(r"\d+ of the\s+$")  # "10,000 of the 50 million computers"


def whole_of_a_share(sentence: str, start: int, event: str, head: str = "") -> bool:
    """Whether the number at ``start`` is the whole a share is told of and no count of its own: "14 out of 100 Kenyans", "one
    in five", and a whole of things with no event of its own ("Fewer than 10,000 of the 50 million computers in Velan were
    affected"); not one with its own ``event`` ("75 of the 310 people detained after the march had been freed": 310 arrested)
    nor a crowd the story counts (its ``head`` a measure's: "14 of the 3,000 protesters", "12 of the 450 refugees")."""
    before, noun = max(0, start - 12), (head.split() or [""])[-1].lower()
    return bool(_WHOLE_OF_A_SHARE.search(sentence, before, start) or (
        not event and noun not in L.MEASURE_OF_HEAD and _SHARE_OF_THE.search(sentence, before, start)))
