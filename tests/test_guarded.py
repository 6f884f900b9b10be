"""A guarded pattern finds exactly what its full pattern finds: its cheap test never hides a match.
(The cleaning rules and the date patterns were also compared with their unguarded versions on every
sentence of the dev sets' articles: the same results.)"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefbot.brief.figures import grammar
from briefbot.text import aspect, caveats, clean, datelines, dates, papers, promos, standalone
from briefbot.text.guarded import Guarded, ends_on, guarded

GUARDED = {name: value for module in (clean, datelines) for name, value in vars(module).items() if isinstance(value, Guarded)}
GUARDED |= {f"{module.__name__.rsplit('.', 1)[1]}:{name}": value for module in (standalone, caveats, papers, aspect, promos)
            for name, value in vars(module).items() if isinstance(value, Guarded)}
GUARDED |= {f"dates:{kind}": pattern for kind, pattern in dates._PATTERNS}
GUARDED["grammar:_MAYBE_NUMBER"] = grammar._MAYBE_NUMBER

# pieces of wire copy that the cleaning patterns look for, a few near misses, and the characters a
# case-insensitive pattern folds to ASCII letters that str.lower does not ("ſhare", "prİnt")
PIECES = [
    "TRIPOLI", "SIRTE, Libya", " (Reuters) - ", " (AP) — ", "(CNN) -- ", " | ", "Mon Oct 10, 2011 5:55 pm EDT", "March 3",
    "REUTERS/Ana Petrova", "(AP Photo/Tom Vale)", "AFP/Getty Images", "Photograph: Ana Petrova", "Photo: ", "Picture: ",
    "Image caption ", "Media playback", "File photo", "(Reporting by Ana Petrova; Editing by Tom Vale)", "reported by",
    "Full Article", "[Read more »]", "Continue reading…", "Share | Email | Print", "Tweet", " The port reopened.",
    "Rebels said they held the port", " ", ".", "ſhare", "prİnt", "emaıl", "SHARE", "photo", "/", "(", ")",
    "on Sunday", "SUNDAY's", "Frİday", " tonıght", "last week", "three days ago", "24 September", "Sept. 24, 2023",
    "2023-11-14", "in 2011", "yesterday", " morning", "May", "mid-March", "the", "of",
    "Three", "ſix", "twenty-one", "someone", "٣", "HUNDRED", "4",
    # ... and the words of the points that lean back ("standalone", "caveats", "papers")
    " of these.", " like thıs!", "for both.", "without either)", "The majority of these attacks", " and ", " - ", ": ",
    "The real figure is much higher", "the toll could be far HIGHER", " than ", "BBC requests for visas",
    "requests from CNN for access", "difficult to independently verify", "impossıble to confirm", "told Reuters",
    "According to the report,", "The study found", "said the vıdeo showed", "two days later", "Hours later", "the next day",
    "since then", "LATER", "afterwardſ", " afterwards", "in the days that followed", "weeK", "!", '"', "”", "’", "\n",
    "for a third straight day", " is in its fourth ", "entered its 12th MONTH", "dAy", "our live coverage", "rolling",
    "Follow our lıve updates", " will bring you live coverage",
]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=8).map("".join)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_clean_and_dates_guard_their_slow_searches() -> None:
    assert {"AGENCY_LINE", "PIPE_LINE", "_CREDIT_MARK", "_CREDIT_END", "_TRAILING", "dates:weekday"} <= set(GUARDED)
    assert {"standalone:_THESE_BACK", "standalone:_COMPARED_BACK", "standalone:_ENDS_FROM_UNNAMED", "caveats:_OWN_REQUESTS",
            "caveats:_HARD_TO_CHECK", "papers:_PAPER_BACK", "aspect:NTH_SPAN", "promos:_COVERAGE"} <= set(GUARDED)


@pytest.mark.parametrize("name", sorted(GUARDED))
@given(text=texts, cut=st.integers(0, 80), end=st.integers(0, 200))
def test_a_guarded_pattern_matches_as_its_full_pattern(name: str, text: str, cut: int, end: int) -> None:
    g = GUARDED[name]
    pos, endpos = min(cut, len(text)), max(min(cut, len(text)), end)
    for method in ("search", "match", "fullmatch"):
        assert _span(getattr(g, method)(text, pos, endpos)) == _span(getattr(g.pattern, method)(text, pos, endpos))
        assert _span(getattr(g, method)(text)) == _span(getattr(g.pattern, method)(text))
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.pattern.finditer(text)]


def test_a_case_insensitive_guard_lets_folded_letters_through() -> None:
    g = guarded(re.compile(r"share$", re.I), ("share",))
    assert g.search("Tap to ſhare") is not None  # long s matches "s" under re.I, yet lowers to itself
    assert g.search("nothing to see") is None


def test_a_guard_on_the_last_word_reads_past_spaces_one_stop_and_marks() -> None:
    needs = ends_on("later", "then", stops=".!", marks="\"”'")
    for text in ("Two days later.", "Two days LATER", 'hours later !"', "since then”", "since then.\n", "days lateR.'"):
        assert needs(text, 0, len(text)), text
    for text in ("later on", "Later, they left.", "later..", "then, later?", "", "."):
        assert not needs(text, 0, len(text)), text
    assert needs("afterwardſ later", 0, 10)  # (a window: a long s folds to "s" under re.I, so the full pattern decides)
