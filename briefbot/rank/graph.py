"""sumy's graph rankers, LexRank and TextRank, on sparse matrices (pure).

sumy computes them in pure Python, quadratic in the number of sentences; these are the very same
maths with scipy's sparse matrices (checked against sumy's own rankings by the tests).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from briefbot.rank.scipy_sparse import diagonal, sparse
from briefbot.rank.vectors import build_vocabulary, count_matrix, row_max


def lexrank_scores(term_lists: Sequence[Sequence[str]], threshold: float = 0.1, epsilon: float = 0.1,
                   counts: sparse.csr_matrix | None = None) -> np.ndarray:
    """sumy's LexRank (idf-modified cosine, threshold graph, power method) on sparse matrices;
    ``counts``, when given, is ``term_lists``' count matrix (see :func:`_counts`)."""
    n = len(term_lists)
    if n == 0:
        return np.zeros(0)
    counts = _counts(term_lists, counts)
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    idf = np.log(n / (1.0 + df))
    max_tf = row_max(counts)
    max_tf[max_tf == 0] = 1.0
    tf = diagonal(1.0 / max_tf) @ counts
    weighted = tf.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    adjacency = _threshold_graph(weighted, norms, threshold)
    degrees = np.asarray(adjacency.sum(axis=1), dtype=float).ravel()
    degrees[degrees == 0] = 1.0
    # sumy iterates p <- (A / deg)^T p; A is symmetric, so that is A @ (p / deg): no transposed copy
    p = np.full(n, 1.0 / n)
    while True:
        nxt: np.ndarray = adjacency @ (p / degrees)
        norm = np.linalg.norm(nxt)
        if norm == 0:
            return p
        nxt /= norm
        change = np.linalg.norm(nxt - p)
        p = nxt
        if change <= epsilon:
            return p


def _counts(term_lists: Sequence[Sequence[str]], counts: sparse.csr_matrix | None) -> sparse.csr_matrix:
    """``term_lists``' count matrix over their vocabulary in order of first appearance: ``counts`` if
    the caller has it (``Vectors.counts_of``), else made."""
    if counts is not None:
        if counts.shape[0] != len(term_lists):
            raise ValueError(f"counts of {counts.shape[0]} rows given for {len(term_lists)} term lists")
        return counts
    return count_matrix(term_lists, build_vocabulary(term_lists))


def _threshold_graph(weighted: sparse.csr_matrix, norms: np.ndarray, threshold: float, block: int = 512) -> sparse.csr_matrix:
    """0/1 matrix joining rows i, j where cosine(i, j) > threshold, built block by block (float32)
    so memory stays near the size of the graph itself."""
    n = weighted.shape[0]
    safe = norms.copy()
    safe[safe == 0] = np.inf
    normalised = (diagonal(1.0 / safe) @ weighted).tocsr().astype(np.float32)
    t = normalised.T.tocsr()  # once: a CSC right operand would be converted to CSR in every block's product
    blocks = []
    for start in range(0, n, block):
        sims = (normalised[start:start + block] @ t).tocsr()
        sims.data = (sims.data > threshold).astype(np.float32)
        sims.eliminate_zeros()
        blocks.append(sims)
    if not blocks:
        return sparse.csr_matrix(np.zeros((0, 0), dtype=np.float32))
    graph: sparse.csr_matrix = sparse.vstack(blocks, format="csr", dtype=np.float32)
    return graph


def textrank_scores(term_lists: Sequence[Sequence[str]], damping: float = 0.85, epsilon: float = 1e-4,
                    counts: sparse.csr_matrix | None = None) -> np.ndarray:
    """sumy's TextRank (shared words over summed log lengths, damped power method), vectorised;
    ``counts`` as for :func:`lexrank_scores`."""
    n = len(term_lists)
    if n == 0:
        return np.zeros(0)
    counts = _counts(term_lists, counts)
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
    weights = (diagonal(1.0 / row_sums) @ weights).tocsr()
    transposed = weights.T.tocsr()
    p = np.full(n, 1.0 / n)
    while True:
        nxt: np.ndarray = (1.0 - damping) / n * p.sum() + damping * (transposed @ p)
        change = np.linalg.norm(nxt - p)
        p = nxt
        if change <= epsilon:
            return p
