"""Ranking: the vectorised LexRank/TextRank equal sumy's own; rate() and percentile() properties;
SUMY_POOL bounds what the slow pure-Python summarizers see."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefbot.rank import graph, sumy_adapter, vectors
from briefbot.text.terms import SumyTokenizer, terms

# a small vocabulary so sentences share words (a real graph), with stop words and capitals in it
WORDS = ["police", "Kosovo", "border", "troops", "attack", "village", "officer", "killed", "talks", "Serbia",
         "NATO", "forces", "mayor", "election", "river", "bridge", "arrested", "gunmen", "the", "of", "and", "in",
         "The", "was", "were", "after", "monastery", "weapons", "peace", "said"]
ALGORITHMS = ["lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson", "reduction"]


def sentence_texts(min_size: int = 5, max_size: int = 60) -> st.SearchStrategy[list[str]]:
    sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
    return st.lists(sentence, min_size=min_size, max_size=max_size, unique=True)


def sumy_ratings(summarizer_class: type, texts: Sequence[str]) -> np.ndarray:
    """sumy's own ratings of ``texts`` (one paragraph), with briefbot's stemmer, stop words and tokenizer."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    tokenizer = SumyTokenizer()
    sentences = [Sentence(t, tokenizer) for t in texts]
    summarizer = summarizer_class(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    infos: list = []
    summarizer(ObjectDocumentModel([Paragraph(sentences)]), lambda ranked: infos.extend(ranked) or ranked)
    assert len(infos) == len(texts)
    by_order = {info.order: info.rating for info in infos}
    return np.array([by_order[i] for i in range(len(texts))])


def assert_same_ranking(ours: np.ndarray, theirs: np.ndarray, top: int = 5) -> None:
    np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-9)
    # every strict preference of sumy's (beyond float noise) is ours too ...
    gap = 1e-7 * max(float(np.abs(theirs).max()), 1e-12)
    i, j = np.nonzero(theirs[:, None] > theirs[None, :] + gap)
    assert np.all(ours[i] > ours[j])
    # ... so the top-k, in order, is sumy's (sumy breaks exact ties by document order, as a stable sort does)
    k = min(top, len(ours))
    mine = list(np.argsort(-ours, kind="stable")[:k])
    reference = list(np.argsort(-theirs, kind="stable")[:k])
    for a, b in zip(mine, reference, strict=True):
        assert a == b or abs(theirs[a] - theirs[b]) <= gap


@settings(max_examples=25, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence_texts())
def test_lexrank_is_sumys_lexrank(texts: list[str]) -> None:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    ours = graph.lexrank_scores([terms(t) for t in texts])
    assert_same_ranking(ours, sumy_ratings(LexRankSummarizer, texts))


@settings(max_examples=25, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence_texts())
def test_textrank_is_sumys_textrank(texts: list[str]) -> None:
    from sumy.summarizers.text_rank import TextRankSummarizer

    ours = graph.textrank_scores([terms(t) for t in texts])
    assert_same_ranking(ours, sumy_ratings(TextRankSummarizer, texts))


@settings(max_examples=10, deadline=None, derandomize=True, database=None)
@given(sentence_texts(5, 30))
def test_sumy_scores_orders_like_sumy(texts: list[str]) -> None:
    """sumy_scores (sumy itself, ratings as ranks) agrees with the vectorised LexRank's order."""
    ranks = sumy_adapter.sumy_scores("lexrank", texts)
    assert sorted(ranks) == list(range(1, len(texts) + 1))
    ours = graph.lexrank_scores([terms(t) for t in texts])
    i, j = np.nonzero(ranks[:, None] > ranks[None, :])
    # sumy's order never contradicts ours beyond float noise
    assert np.all(ours[i] >= ours[j] - 1e-9)


def test_duplicate_texts_share_a_rating() -> None:
    texts = ["Police arrested the gunmen in the village.", "Troops were sent to the border.",
             "Police arrested the gunmen in the village.", "Talks on the border resumed after the attack."]
    ranks = sumy_adapter.sumy_scores("luhn", texts)
    assert ranks[0] == ranks[2]
    assert len(ranks) == 4


def test_empty_inputs() -> None:
    assert graph.lexrank_scores([]).shape == (0,)
    assert graph.textrank_scores([]).shape == (0,)
    for algorithm in ALGORITHMS:
        assert sumy_adapter.rate(algorithm, [], []).shape == (0,)


SENTENCES = [
    "Police arrested three gunmen after the attack on the village near the border.",
    "NATO said it would send more troops to Kosovo after the attack.",
    "The mayor of the village said the police officer was killed in the attack.",
    "Serbia denied that its forces had massed troops on the border with Kosovo.",
    "Talks between Serbia and Kosovo have stalled since the election of the mayors.",
    "The gunmen hid in a monastery with weapons before police surrounded it.",
    "Kosovo police found a large quantity of weapons in the monastery.",
    "The river bridge in the divided town remains closed to traffic.",
    "NATO forces patrolled the bridge and the village after the attack.",
    "Serbia said the gunmen acted alone and the police were to blame.",
]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_rate_every_algorithm_in_unit_range(algorithm: str) -> None:
    values = sumy_adapter.rate(algorithm, SENTENCES, [terms(t) for t in SENTENCES], focus_terms=("attack",))
    assert values.shape == (len(SENTENCES),)
    assert np.all(np.isfinite(values))
    assert values.min() >= 0.0 and values.max() <= 1.0
    assert values.max() == 1.0 or len(set(values)) < len(values)  # the best sentence is at the top unless tied
    assert len(set(values.round(9))) > 1  # it ranks, not a constant


def test_rate_single_sentence() -> None:
    for algorithm in ALGORITHMS:
        assert list(sumy_adapter.rate(algorithm, SENTENCES[:1], [terms(SENTENCES[0])])) == [1.0]


def test_unknown_algorithm() -> None:
    with pytest.raises(ValueError, match="unknown algorithm"):
        sumy_adapter.rate("bogus", SENTENCES, [terms(t) for t in SENTENCES])


def test_rate_lexrank_is_percentile_of_lexrank() -> None:
    term_lists = [terms(t) for t in SENTENCES]
    np.testing.assert_array_equal(sumy_adapter.rate("lexrank", SENTENCES, term_lists),
                                  vectors.percentile(graph.lexrank_scores(term_lists)))


# -- percentile ---------------------------------------------------------------------------------------


@settings(derandomize=True, database=None)
@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), max_size=50))
def test_percentile_properties(values: list[float]) -> None:
    v = np.array(values, dtype=float)
    p = vectors.percentile(v)
    assert p.shape == v.shape
    if len(v) <= 1:
        assert list(p) == [1.0] * len(v)
        return
    assert np.all((p >= 0) & (p <= 1))
    i, j = np.nonzero(v[:, None] < v[None, :])
    assert np.all(p[i] < p[j])  # strictly monotone
    i, j = np.nonzero(v[:, None] == v[None, :])
    assert np.all(p[i] == p[j])  # ties share a value
    if len(set(values)) == len(values):
        assert p.min() == 0.0 and p.max() == 1.0
        assert sorted(p) == pytest.approx(np.linspace(0, 1, len(v)))
    np.testing.assert_allclose(p.mean(), 0.5)  # mean rank is always the middle


def test_percentile_examples() -> None:
    assert list(vectors.percentile(np.array([10.0, 30.0, 20.0]))) == [0.0, 1.0, 0.5]
    assert list(vectors.percentile(np.array([5.0, 5.0, 5.0]))) == [0.5, 0.5, 0.5]
    assert list(vectors.percentile(np.array([1.0, 2.0, 2.0, 3.0]))) == pytest.approx([0.0, 0.5, 0.5, 1.0])


def test_log_scaled() -> None:
    assert list(vectors.log_scaled(np.array([0.0, 0.0]))) == [0.0, 0.0]
    scaled = vectors.log_scaled(np.array([0.0, 1.0, 3.0, -2.0]))
    assert scaled.max() == 1.0 and scaled[0] == 0.0 and scaled[3] == 0.0
    assert scaled[1] < scaled[2]


# -- SUMY_POOL -------------------------------------------------------------------------------------------


def generated(n: int) -> list[str]:
    rng = np.random.default_rng(7)
    out: set[str] = set()
    while len(out) < n:
        out.add(" ".join(rng.choice(WORDS, size=int(rng.integers(5, 14)))).capitalize() + ".")
    return sorted(out)


@pytest.mark.filterwarnings("ignore:Number of words:UserWarning")
@pytest.mark.parametrize("algorithm", ["kl", "lsa", "reduction", "sumbasic"])
def test_sumy_pool_bounds_the_slow_algorithms(algorithm: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = generated(500)
    seen: list[int] = []
    real = sumy_adapter.sumy_scores

    def spy(name: str, given: Sequence[str], **kwargs: object) -> np.ndarray:
        seen.append(len(given))
        return real(name, given, **kwargs)

    monkeypatch.setattr(sumy_adapter, "sumy_scores", spy)
    values = sumy_adapter.rate(algorithm, texts, [terms(t) for t in texts])
    assert seen == [min(500, sumy_adapter.SUMY_POOL[algorithm])]
    assert values.shape == (500,)
    assert values.min() >= 0.0 and values.max() <= 1.0


def test_kl_on_500_sentences_ranks_the_pool_above_the_rest() -> None:
    texts = generated(500)
    term_lists = [terms(t) for t in texts]
    values = sumy_adapter.rate("kl", texts, term_lists)
    pool = np.argsort(-graph.lexrank_scores(term_lists), kind="stable")[:sumy_adapter.SUMY_POOL["kl"]]
    rest = np.setdiff1d(np.arange(500), pool)
    assert values[pool].min() > values[rest].max()


def _same_arrays(a: object, b: object) -> bool:
    """Two sparse matrices made alike: the same shape, dtypes and arrays (not just equal values)."""
    from scipy import sparse

    assert isinstance(a, sparse.csr_matrix) and isinstance(b, sparse.csr_matrix)
    return (a.shape == b.shape and all(x.dtype == y.dtype and np.array_equal(x, y)
                                       for x, y in ((a.data, b.data), (a.indices, b.indices), (a.indptr, b.indptr))))


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.lists(st.sampled_from(["oil", "spill", "bp", "well", "cap", "gulf", "coast", "leak"]), max_size=9),
                min_size=1, max_size=30), st.data())
def test_counts_of_some_rows_are_the_count_matrix_of_their_term_lists(term_lists: list[list[str]], data: st.DataObject) -> None:
    """A ranker over some of the candidates (what changed's LexRank) takes their counts from the
    brief's vectors: the very arrays ``count_matrix`` makes of their term lists, in any order of rows
    (its columns are numbered by first appearance, which the products' sums follow)."""
    v = vectors.vectorize(term_lists)
    rows = data.draw(st.permutations(range(len(term_lists))).flatmap(lambda p: st.integers(0, len(p)).map(lambda k: p[:k])))
    sub = [term_lists[i] for i in rows]
    assert _same_arrays(v.counts_of(rows), vectors.count_matrix(sub, vectors.build_vocabulary(sub)))
    assert _same_arrays(v.counts_of(range(len(term_lists))), vectors.count_matrix(term_lists, vectors.build_vocabulary(term_lists)))


@settings(max_examples=20, deadline=None, derandomize=True, database=None)
@given(sentence_texts(min_size=2, max_size=40), st.data())
def test_the_graph_rankers_given_counts_rank_bit_for_bit_as_without(texts: list[str], data: st.DataObject) -> None:
    term_lists = [terms(t) for t in texts]
    v = vectors.vectorize(term_lists)
    rows = data.draw(st.lists(st.sampled_from(range(len(texts))), min_size=1, unique=True))
    sub = [term_lists[i] for i in rows]
    assert graph.lexrank_scores(sub, counts=v.counts_of(rows)).tobytes() == graph.lexrank_scores(sub).tobytes()
    assert graph.textrank_scores(sub, counts=v.counts_of(rows)).tobytes() == graph.textrank_scores(sub).tobytes()
    whole = sumy_adapter.rate("lexrank", texts, term_lists, counts=v.counts_of(range(len(texts))))
    assert whole.tobytes() == sumy_adapter.rate("lexrank", texts, term_lists).tobytes()


def test_counts_of_other_rows_are_refused() -> None:
    """Counts of other sentences than those ranked (a caller's slip) are an error, never a ranking of them."""
    term_lists = [["oil", "spill"], ["oil", "well"], ["cap", "well"]]
    v = vectors.vectorize(term_lists)
    with pytest.raises(ValueError, match="counts of 2 rows given for 3 term lists"):
        graph.lexrank_scores(term_lists, counts=v.counts_of([0, 1]))


def test_vectors_keep_their_counts_apart_from_the_weighted_rows() -> None:
    """The weighting (done in place) leaves the kept counts as counted."""
    v = vectors.vectorize([["oil", "oil", "spill"], ["spill"]])
    assert v.counts.toarray().tolist() == [[2.0, 1.0], [0.0, 1.0]]
    assert v.matrix.toarray()[0, 0] != 2.0


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.lists(st.sampled_from(["oil", "spill", "bp", "well", "cap", "gulf", "coast"]), min_size=1, max_size=7),
                min_size=1, max_size=25), st.data())
def test_sentences_counted_once_are_vectorized_from_their_counts_as_vectorize_does(
        counted_lists: list[list[str]], data: st.DataObject) -> None:
    """The timeline's sentences are mostly the brief's candidates: vectorized from the candidates'
    counts, array for array as ``vectorize`` makes them (a list without terms is an empty row; a list
    never counted makes ``vectorize`` count them all, never another sentence's row)."""
    known = vectors.Counted.of(vectors.vectorize(counted_lists), counted_lists)
    lists = data.draw(st.lists(st.one_of(st.sampled_from(counted_lists), st.just([]),
                                         st.lists(st.sampled_from(["oil", "leak", "rig"]), min_size=1, max_size=3)),
                               max_size=25))
    mine, theirs = known.vectorize(lists), vectors.vectorize(lists)
    assert _same_arrays(mine.matrix, theirs.matrix) and _same_arrays(mine.counts, theirs.counts)
    assert list(mine.vocabulary.items()) == list(theirs.vocabulary.items())
    assert mine.idf.tobytes() == theirs.idf.tobytes()


@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(st.lists(st.lists(st.sampled_from(["oil", "spill", "bp", "well", "cap", "gulf", "rig"]), max_size=9), max_size=20),
       st.sets(st.sampled_from(["oil", "spill", "bp", "well", "cap", "gulf"])))
def test_the_count_matrix_counts_each_lists_terms_in_order_of_first_appearance(
        term_lists: list[list[str]], known: set[str]) -> None:
    """Counted with numpy: each row holds its terms' counts, its columns in the order the terms first
    appear in it (the order the products sum in), terms outside the vocabulary left out."""
    from collections import Counter

    for vocabulary in (vectors.build_vocabulary(term_lists), {t: k for k, t in enumerate(sorted(known))}):
        m = vectors.count_matrix(term_lists, vocabulary)
        assert m.shape == (len(term_lists), len(vocabulary))
        for r, terms_ in enumerate(term_lists):
            row = slice(m.indptr[r], m.indptr[r + 1])
            expected = Counter(vocabulary[t] for t in terms_ if t in vocabulary)
            assert m.indices[row].tolist() == list(expected) and m.data[row].tolist() == list(expected.values())
        assert m.data.dtype == np.float64
