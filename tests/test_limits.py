"""Hostile but small input: what one brief reads is bounded (sentences per article, per brief, pair work).

Time and memory themselves are measured by ``benchmarks/hostile.py``, not here: these tests check
the bounds that make them linear-ish.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from builders import article, write_article
from hypothesis import given, settings
from hypothesis import strategies as st

from briefbot import app
from briefbot.brief import limits
from briefbot.config import Config, TopicConfig
from briefbot.models import Article
from briefbot.store.db import Store
from briefbot.text.terms import is_brief_material, sentence_spans, terms

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from hostile import VOCABULARY


def dense_text(count: int, seed: int = 1) -> str:
    """``count`` sentences from a 25-word vocabulary: every one shares words with every other."""
    rng = random.Random(seed)
    sentences = [" ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(8, 14))).capitalize() + "."
                 for _ in range(count)]
    return "\n".join(" ".join(sentences[i:i + 10]) for i in range(0, count, 10))


def quotable(a: Article) -> list[str]:
    return [s.text for s in sentence_spans(a.text) if is_brief_material(s.text)]


def pair_work(articles: list[Article]) -> int:
    distinct = {" ".join(s.lower().split()): s for a in articles for s in quotable(a)}
    df = Counter(t for s in distinct.values() for t in set(terms(s)))
    return sum(n * n for n in df.values())


def test_one_long_article_keeps_its_first_sentences_verbatim() -> None:
    long = article(dense_text(3000), title=None)
    [capped] = limits.cap_articles([long])
    kept = quotable(capped)
    assert len(kept) == limits.MAX_ARTICLE_SENTENCES
    assert long.text.startswith(capped.text)
    assert kept == quotable(long)[:len(kept)]


def test_many_articles_keep_their_leads_within_the_pair_work() -> None:
    arts = [article(dense_text(60, seed=s), title=None) for s in range(30)]
    assert pair_work(arts) > 200_000
    capped = limits.cap_articles(arts, pair_work=200_000)
    assert pair_work(capped) <= 200_000
    depths = {len(quotable(a)) for a in capped}
    assert len(depths) == 1 and 1 <= depths.pop() < 60  # the same lead depth for every article


def test_the_brief_wide_sentence_bound() -> None:
    arts = [article(dense_text(50, seed=s), title=None) for s in range(10)]
    capped = limits.cap_articles(arts, per_brief=120)
    assert sum(len(quotable(a)) for a in capped) <= 120 + 10


def test_ordinary_articles_are_left_alone() -> None:
    arts = [article("Officials said the bridge reopened on Monday after repairs. Traffic returned to normal by the evening."),
            article("Heavy rain flooded the lower town on Wednesday night, the mayor said. Rescue teams moved two hundred people.")]
    assert limits.cap_articles(arts) == arts


def test_a_huge_text_is_read_up_to_the_character_cap() -> None:
    huge = article("The river rose again near the old mill on Sunday morning.\n" * 20_000, title=None)
    [capped] = limits.cap_articles([huge])
    assert len(capped.text) <= limits.MAX_ARTICLE_CHARS
    assert huge.text.startswith(capped.text)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=6), st.integers(1, 30),
       st.integers(500, 20_000))
def test_caps_are_prefixes_within_bounds(sizes: list[int], per_article: int, work: int) -> None:
    arts = [article(dense_text(n, seed=i) if n else "Too short.", title=None) for i, n in enumerate(sizes)]
    capped = limits.cap_articles(arts, per_article=per_article, pair_work=work)
    for before, after in zip(arts, capped, strict=True):
        assert before.text.startswith(after.text)
        assert quotable(after) == quotable(before)[:len(quotable(after))]
        assert len(quotable(after)) <= per_article
    depth = max(len(quotable(a)) for a in capped)
    if depth > 1:  # past the first sentences, the bound holds
        assert pair_work(capped) <= work


def test_a_brief_reads_a_hostile_article_within_the_bounds(tmp_path: Path, monkeypatch) -> None:
    """The pipeline hands compose at most MAX_ARTICLE_SENTENCES of a 5,000-sentence file (on the old
    code all of them, which took minutes and gigabytes at 19,000)."""
    seen: list[Article] = []
    real = app.compose_brief

    def spy(settings, as_of, new, old, previous, health=None):  # type: ignore[no-untyped-def]
        seen.extend([*new, *old])
        return real(settings, as_of, new, old, previous, health)

    monkeypatch.setattr(app, "compose_brief", spy)
    path = write_article(tmp_path / "in", "hostile.txt", dense_text(5000), published="2024-03-01")
    config = Config(store_path=tmp_path / "s.db", topics={}, base_dir=tmp_path)
    with Store(config.store_path) as store:
        app.make_brief(config, TopicConfig(name="t"), store, today=date(2024, 3, 2), now=datetime(2024, 3, 2, 8, tzinfo=UTC),
                       paths=[str(path)])
    assert sum(len(quotable(a)) for a in seen) <= limits.MAX_ARTICLE_SENTENCES
    assert pair_work(seen) <= limits.MAX_PAIR_WORK


def test_a_brief_at_its_bounds_exactly_keeps_every_sentence_and_one_past_them_is_cut() -> None:
    """The bounds are checked at once when every article fits them whole (the daily case) and
    sentence by sentence otherwise: both the same rule (at the bound is within it)."""
    arts = [article(dense_text(12, seed=s), title=None) for s in range(6)]
    work = pair_work(arts)
    distinct = len({" ".join(s.lower().split()) for a in arts for s in quotable(a)})
    for bounds in ({"pair_work": work}, {"per_brief": distinct}):
        assert [a.text for a in limits.cap_articles(arts, **bounds)] == [a.text for a in arts]
    for bounds in ({"pair_work": work - 1}, {"per_brief": distinct - 1}):
        capped = limits.cap_articles(arts, **bounds)
        assert capped != arts and all(a.text.startswith(c.text) for a, c in zip(arts, capped, strict=True))
        assert pair_work(capped) <= work - 1 or len({" ".join(s.lower().split()) for a in capped for s in quotable(a)}) <= distinct - 1
