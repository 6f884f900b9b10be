"""What each sentence reaches through the sentences close to it (pure): an all-pairs product done by halves.

A cosine between unit rows is symmetric, and bit for bit so as scipy computes it when each row's
columns are sorted (its canonical form): the product's entry (i, j) sums row i's and row j's
shared terms in column order, entry (j, i) the same products in the same order.  So each block of
rows is multiplied with itself and the rows after it only, and each pair found close counts both
ways: half the work of multiplying every row with every row, the same pairs found.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from briefbot.rank.scipy_sparse import sparse

BLOCK = 1024  # rows multiplied at once (bounds the memory of a block's product)
HELD = 4_000_000  # close pairs held before what they reach is added up (bounds their memory)


def reach(
    rows: sparse.csr_matrix, carries: sparse.csr_matrix, close: Callable[[np.ndarray], np.ndarray], *,
    found: Callable[[np.ndarray, np.ndarray, np.ndarray], None] | None = None, block: int = BLOCK, held: int = HELD,
) -> sparse.csr_matrix:
    """``near @ carries`` (its nonzero entries: row i's reach), where ``near`` has an entry (i, j)
    for every pair of ``rows`` whose cosine ``c`` is ``close(c)`` (float32 cosines; a row with
    itself included); ``carries`` has a row for each of ``rows`` (what that row carries, e.g. the
    articles of a sentence).  ``found(i, j, c)`` is told each close pair once (arrays of the pairs'
    rows ``i <= j`` and their cosines), block by block.  ``block`` rows are multiplied at once, and
    what the close pairs reach is added up whenever more than ``held`` of them wait."""
    n = rows.shape[0]
    m = rows.astype(np.float32)  # (a copy)
    m.sum_duplicates()  # canonical: each row's columns sorted, so that the cosines are symmetric bit for bit
    ones = carries.astype(np.float32)
    nothing = np.zeros(0, dtype=np.int64)
    total = sparse.csr_matrix((np.zeros(0, dtype=np.float32), (nothing, nothing)), shape=ones.shape)
    pairs_i: list[np.ndarray] = []
    pairs_j: list[np.ndarray] = []
    waiting = 0
    for start in range(0, n, block):
        stop = min(start + block, n)
        cosines = (m[start:stop] @ m[start:].T.tocsr()).tocoo()  # this block's rows with theirs and the later ones
        keep = close(cosines.data)
        i, j = cosines.row[keep].astype(np.int64) + start, cosines.col[keep].astype(np.int64) + start
        if found is not None:
            once = i <= j  # (a pair within the block was found both ways)
            found(i[once], j[once], cosines.data[keep][once])
        later = j >= stop  # (j, i) too, for a row j of a later block
        pairs_i += [i, j[later]]
        pairs_j += [j, i[later]]
        waiting += len(i) + int(later.sum())
        if waiting > held or stop == n:  # what the close pairs reach, added up now and then
            both_i, both_j = np.concatenate(pairs_i), np.concatenate(pairs_j)
            near = sparse.csr_matrix((np.ones(len(both_i), dtype=np.float32), (both_i, both_j)), shape=(n, n))
            total = total + near @ ones
            pairs_i, pairs_j, waiting = [], [], 0
    return total
