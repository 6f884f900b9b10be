"""What sentences reach through close ones, by halves of the all-pairs product (briefbot.rank.close)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from briefbot.rank.close import reach
from briefbot.rank.scipy_sparse import sparse
from briefbot.rank.vectors import row_max, vectorize

WORDS = ["oil", "spill", "bp", "well", "cap", "gulf", "coast", "leak", "the", "said"]
term_lists = st.lists(st.lists(st.sampled_from(WORDS), max_size=7), min_size=1, max_size=14)


def _whole(rows: sparse.csr_matrix, carries: sparse.csr_matrix, threshold: float, inclusive: bool
           ) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The same as every row times every row: (what each row reaches, the close pairs i <= j)."""
    m = rows.astype(np.float32)
    cosines = (m @ m.T.tocsr()).toarray()
    near = (cosines >= threshold) if inclusive else (cosines > threshold)
    reached = sparse.csr_matrix(near.astype(np.float32)) @ carries
    reached.eliminate_zeros()
    got = reached.tocoo()
    return set(zip(got.row.tolist(), got.col.tolist(), strict=True)), {
        (i, j) for i, j in zip(*np.nonzero(near), strict=True) if i <= j}


@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(term_lists, st.data())
def test_reach_is_every_row_times_every_row(lists: list[list[str]], data: st.DataObject) -> None:
    """The same reach and the same close pairs (each once) as the whole product, however the rows
    are split into blocks and however often what they reach is added up (a failure here means a
    cosine of the half product is not the whole one's, or a pair is lost or counted twice)."""
    matrix = vectorize(lists).matrix
    n = matrix.shape[0]
    articles = data.draw(st.lists(st.lists(st.integers(0, 4), min_size=1, max_size=2), min_size=n, max_size=n))
    rows = [r for r, arts in enumerate(articles) for _ in set(arts)]
    cols = [a for arts in articles for a in sorted(set(arts))]
    carries = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, 5))
    threshold = data.draw(st.sampled_from([0.1, 0.4, 0.7, 0.99]))  # (pairs sharing no term: never close)
    inclusive = data.draw(st.booleans())
    found: list[tuple[int, int, float]] = []

    def tell(i: np.ndarray, j: np.ndarray, c: np.ndarray) -> None:
        found.extend(zip(i.tolist(), j.tolist(), c.tolist(), strict=True))

    got = reach(matrix, carries, (lambda c: c >= threshold) if inclusive else (lambda c: c > threshold), found=tell,
                block=data.draw(st.integers(1, 5)), held=data.draw(st.sampled_from([0, 3, 10**9])))
    got.eliminate_zeros()
    coo = got.tocoo()
    expected_reach, expected_pairs = _whole(matrix, carries, threshold, inclusive)
    assert set(zip(coo.row.tolist(), coo.col.tolist(), strict=True)) == expected_reach
    assert sorted((i, j) for i, j, _ in found) == sorted(expected_pairs)


def test_a_pair_of_rows_close_both_ways_reaches_the_articles_of_both() -> None:
    matrix = vectorize([["oil", "spill"], ["oil", "spill", "gulf"], ["well", "cap"]]).matrix
    carries = sparse.csr_matrix(np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32))
    got = reach(matrix, carries, lambda c: c > 0.4, block=1)
    assert [sorted(got[i].indices.tolist()) for i in range(3)] == [[0, 1], [0, 1], [2]]


def test_no_rows_reach_nothing() -> None:
    got = reach(sparse.csr_matrix((0, 3), dtype=np.float64), sparse.csr_matrix((0, 2), dtype=np.float32), lambda c: c > 0)
    assert got.shape == (0, 2) and got.nnz == 0


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.lists(st.floats(min_value=0.0, max_value=5.0, allow_nan=False), min_size=4, max_size=4),
                min_size=1, max_size=8))
def test_row_max_is_scipys_max_of_each_row(rows: list[list[float]]) -> None:
    """Empty rows (0), full rows, explicit zeros and unsorted columns alike."""
    m = sparse.csr_matrix(np.array(rows))
    m.data[::3] = 0.0  # explicit zeros, kept
    m.indices[m.indptr[0]:m.indptr[1]] = m.indices[m.indptr[0]:m.indptr[1]][::-1].copy()  # (a row unsorted)
    m.has_sorted_indices = False
    expected = np.asarray(m.max(axis=1).todense()).ravel()
    assert np.array_equal(row_max(m), expected)
