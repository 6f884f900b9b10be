"""Ranking and selection of sentences (pure).

sumy's summarizers are the ranking engine, chosen by name.  sumy rates a whole document at once;
its graph methods (LexRank, TextRank) are quadratic in pure Python, so for those two this module
computes the very same maths with sparse matrices (``lexrank_scores`` / ``textrank_scores``,
checked against sumy by the tests).  The other algorithms run through sumy itself on a bounded pool
of candidates (``SUMY_POOL``), so a heavy news day stays fast whatever the algorithm.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from briefbot.text import terms as textmod

#: Largest number of sentences handed to sumy's own (pure Python) implementations.
SUMY_POOL = {"lsa": 400, "luhn": 1500, "sumbasic": 600, "kl": 120, "edmundson": 1500, "reduction": 300}


# -- vectors ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vectors:
    """L2-normalised tf-idf rows of a set of term lists, over one vocabulary."""

    matrix: sparse.csr_matrix
    vocabulary: dict[str, int]
    idf: np.ndarray

    def similarity(self, rows: Sequence[int] | None = None, other: sparse.csr_matrix | None = None) -> np.ndarray:
        """Dense cosine similarities of ``rows`` (all by default) against ``other`` (all rows)."""
        left = self.matrix if rows is None else self.matrix[list(rows)]
        right = self.matrix if other is None else other
        return np.asarray((left @ right.T).todense())

    def encode(self, term_lists: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """Term lists outside the collection, on this vocabulary and idf (unknown terms dropped)."""
        return _tfidf(term_lists, self.vocabulary, self.idf)


def _vocabulary(term_lists: Sequence[Sequence[str]]) -> dict[str, int]:
    """Each distinct term's column, in order of first appearance."""
    vocabulary: dict[str, int] = {}
    for terms in term_lists:
        for t in terms:
            vocabulary.setdefault(t, len(vocabulary))
    return vocabulary


def _counts(term_lists: Sequence[Sequence[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    indptr, indices, data = [0], [], []
    for terms in term_lists:
        c = Counter(vocabulary[t] for t in terms if t in vocabulary)
        indices.extend(c.keys())
        data.extend(c.values())
        indptr.append(len(indices))
    return sparse.csr_matrix((np.array(data, dtype=float), np.array(indices, dtype=np.int64), np.array(indptr)),
                             shape=(len(term_lists), len(vocabulary)))


def _tfidf(term_lists: Sequence[Sequence[str]], vocabulary: dict[str, int], idf: np.ndarray) -> sparse.csr_matrix:
    m = _counts(term_lists, vocabulary)
    m.data = 1.0 + np.log(m.data)
    m = m.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ m


def vectorize(term_lists: Sequence[Sequence[str]]) -> Vectors:
    vocabulary = _vocabulary(term_lists)
    n = max(len(term_lists), 1)
    df = np.zeros(len(vocabulary))
    for terms in term_lists:
        for t in set(terms):
            df[vocabulary[t]] += 1
    idf = np.log((n + 1) / (df + 1)) + 1.0
    return Vectors(_tfidf(term_lists, vocabulary, idf), vocabulary, idf)


# -- sumy's graph methods, vectorised ----------------------------------------------------------------


def lexrank_scores(term_lists: Sequence[Sequence[str]], threshold: float = 0.1, epsilon: float = 0.1) -> np.ndarray:
    """sumy's LexRank (idf-modified cosine, threshold graph, power method) on sparse matrices."""
    n = len(term_lists)
    if n == 0:
        return np.zeros(0)
    vocabulary = _vocabulary(term_lists)
    counts = _counts(term_lists, vocabulary)
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    idf = np.log(n / (1.0 + df))
    max_tf = np.asarray(counts.max(axis=1).todense()).ravel()
    max_tf[max_tf == 0] = 1.0
    tf = sparse.diags(1.0 / max_tf) @ counts
    weighted = tf.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    adjacency = _threshold_graph(weighted, norms, threshold)
    degrees = np.asarray(adjacency.sum(axis=1), dtype=float).ravel()
    degrees[degrees == 0] = 1.0
    # sumy iterates p <- (A / deg)^T p; A is symmetric, so that is A @ (p / deg): no transposed copy
    p = np.full(n, 1.0 / n)
    while True:
        nxt = adjacency @ (p / degrees)
        norm = np.linalg.norm(nxt)
        if norm == 0:
            return p
        nxt /= norm
        change = np.linalg.norm(nxt - p)
        p = nxt
        if change <= epsilon:
            return p


def _threshold_graph(weighted: sparse.csr_matrix, norms: np.ndarray, threshold: float, block: int = 512) -> sparse.csr_matrix:
    """0/1 matrix joining rows i, j where cosine(i, j) > threshold, built block by block (float32)
    so memory stays near the size of the graph itself."""
    n = weighted.shape[0]
    safe = norms.copy()
    safe[safe == 0] = np.inf
    normalised = (sparse.diags(1.0 / safe) @ weighted).tocsr().astype(np.float32)
    t = normalised.T.tocsc()
    blocks = []
    for start in range(0, n, block):
        sims = (normalised[start:start + block] @ t).tocsr()
        sims.data = (sims.data > threshold).astype(np.float32)
        sims.eliminate_zeros()
        blocks.append(sims)
    if not blocks:
        return sparse.csr_matrix((0, 0), dtype=np.float32)
    return sparse.vstack(blocks, format="csr", dtype=np.float32)


def textrank_scores(term_lists: Sequence[Sequence[str]], damping: float = 0.85, epsilon: float = 1e-4) -> np.ndarray:
    """sumy's TextRank (shared words over summed log lengths, damped power method), vectorised."""
    n = len(term_lists)
    if n == 0:
        return np.zeros(0)
    vocabulary = _vocabulary(term_lists)
    counts = _counts(term_lists, vocabulary)
    presence = counts.copy()
    presence.data[:] = 1.0
    # sum(words2.count(w) for w in words1) == counts1 . counts2 (counting repeats on both sides)
    shared = (counts @ counts.T).tocoo()
    lengths = np.array([len(t) for t in term_lists], dtype=float)
    logs = np.log(np.where(lengths > 0, lengths, 1.0))
    norm = logs[shared.row] + logs[shared.col]
    values = np.where(np.isclose(norm, 0.0), shared.data, shared.data / np.where(np.isclose(norm, 0.0), 1.0, norm))
    weights = sparse.csr_matrix((values, (shared.row, shared.col)), shape=(n, n))
    row_sums = np.asarray(weights.sum(axis=1)).ravel() + 1e-7
    weights = (sparse.diags(1.0 / row_sums) @ weights).tocsr()
    transposed = weights.T.tocsr()
    p = np.full(n, 1.0 / n)
    while True:
        nxt = (1.0 - damping) / n * p.sum() + damping * (transposed @ p)
        change = np.linalg.norm(nxt - p)
        p = nxt
        if change <= epsilon:
            return p


# -- sumy itself -----------------------------------------------------------------------------------


def sumy_scores(
    algorithm: str, texts: Sequence[str], *, focus_terms: Sequence[str] = ()
) -> np.ndarray:
    """Every sentence's rating by sumy's own summarizer ``algorithm``, in input order.

    sumy returns only the best sentences; asking for "all of them" through a callable count gives
    the full ordered ratings.  Sentences are identified by identity, not text.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer

    tokenizer = textmod.SumyTokenizer()
    # distinct texts: sumy hashes sentences by text, so duplicates would share one rating
    unique: dict[str, int] = {}
    for t in texts:
        unique.setdefault(t, len(unique))
    sentences = [Sentence(t, tokenizer) for t in unique]
    document = ObjectDocumentModel([Paragraph(sentences)])
    summarizer = _summarizer(algorithm, Stemmer("english"), focus_terms=focus_terms)
    captured: list[Any] = []

    def everything(infos: Any) -> Any:
        captured.extend(infos)
        return infos

    with warnings.catch_warnings():  # LSA warns when a document has fewer words than sentences
        warnings.simplefilter("ignore", UserWarning)
        summarizer(document, everything)
    order = {id(s): i for i, s in enumerate(sentences)}
    ratings = np.zeros(len(sentences))
    for rank, info in enumerate(captured):
        # ratings of some methods are not comparable numbers (KL, SumBasic): use the order
        ratings[order[id(info.sentence)]] = len(captured) - rank
    return np.array([ratings[unique[t]] for t in texts])


def _summarizer(algorithm: str, stemmer: Any, *, focus_terms: Sequence[str]) -> Any:
    from sumy.utils import get_stop_words

    if algorithm == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif algorithm == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as cls
    elif algorithm == "lsa":
        from sumy.summarizers.lsa import LsaSummarizer as cls
    elif algorithm == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    elif algorithm == "sumbasic":
        from sumy.summarizers.sum_basic import SumBasicSummarizer as cls
    elif algorithm == "kl":
        from sumy.summarizers.kl import KLSummarizer as cls
    elif algorithm == "reduction":
        from sumy.summarizers.reduction import ReductionSummarizer as cls
    elif algorithm == "edmundson":
        from sumy.summarizers.edmundson import EdmundsonSummarizer

        s = EdmundsonSummarizer(stemmer, cue_weight=1.0, key_weight=1.0, title_weight=0.0, location_weight=1.0)
        stops = get_stop_words("english")
        s.bonus_words = tuple(focus_terms) or ("said",)
        s.stigma_words = ("however", "meanwhile", "photograph", "click", "subscribe")
        s.null_words = tuple(stops)
        return _EdmundsonNoTitle(s)
    else:
        raise ValueError(f"unknown algorithm {algorithm!r}")
    s = cls(stemmer)
    s.stop_words = get_stop_words("english")
    return s


class _EdmundsonNoTitle:
    """Edmundson's cue, key and location methods: the title method needs headings, which our
    documents (sentences of many articles) do not have."""

    def __init__(self, summarizer: Any) -> None:
        self.summarizer = summarizer

    def __call__(self, document: Any, count: Any) -> Any:
        return self.summarizer(document, count)


def rate(algorithm: str, texts: Sequence[str], term_lists: Sequence[Sequence[str]], *, focus_terms: Sequence[str] = ()) -> np.ndarray:
    """Centrality of each sentence by ``algorithm``, as a percentile in [0, 1] (1 = best)."""
    n = len(texts)
    if n == 0:
        return np.zeros(0)
    if algorithm == "lexrank":
        raw = lexrank_scores(term_lists)
    elif algorithm == "textrank":
        raw = textrank_scores(term_lists)
    else:
        pool = SUMY_POOL.get(algorithm, 300)
        raw = np.zeros(n)
        if n <= pool:
            raw = sumy_scores(algorithm, texts, focus_terms=focus_terms)
        else:
            # the best ``pool`` sentences by LexRank go to sumy; the rest keep a lower rank
            prior = lexrank_scores(term_lists)
            best = np.argsort(-prior, kind="stable")[:pool]
            sub = sumy_scores(algorithm, [texts[i] for i in best], focus_terms=focus_terms)
            raw[best] = sub - sub.min() + 1.0
    return percentile(raw)


def percentile(values: np.ndarray) -> np.ndarray:
    """Ranks scaled to [0, 1]; ties share the mean rank."""
    n = len(values)
    if n <= 1:
        return np.ones(n)
    order = np.argsort(values, kind="stable")
    ranks = np.empty(n)
    ranks[order] = np.arange(n)
    # average ties
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    sums = np.bincount(inverse, weights=ranks)
    ranks = sums[inverse] / counts[inverse]
    return ranks / (n - 1)


def log_scaled(values: np.ndarray) -> np.ndarray:
    v = np.log1p(np.maximum(values, 0))
    top = v.max() if len(v) else 0
    return v / top if top > 0 else v


__all__ = ["Vectors", "lexrank_scores", "log_scaled", "percentile", "rate", "sumy_scores", "textrank_scores", "vectorize"]
