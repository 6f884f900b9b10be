"""``scipy.sparse`` (the similarity products' matrices), imported without numpy's unused parts.

Importing ``scipy.sparse`` imports scipy's array-API layer, which copies numpy's whole namespace
(``from numpy import *`` and every name ``dir(numpy)`` lists) and so loads each submodule numpy
otherwise loads only when asked: ``numpy.f2py`` (the Fortran wrapper generator), ``numpy.testing``
(with ``unittest``), ``numpy.polynomial`` and ``numpy.ma`` (masked arrays), none of which briefbot or
scipy's sparse matrices use.  While scipy is imported here, numpy's listing leaves
:data:`UNUSED` out, so that layer's copy lacks them: see the README's Speed section for what it
saves.  numpy itself is unchanged (its listing is given back at once, and each of them still loads
when something asks for it).  Where numpy lists its names otherwise (not a list, no ``__dir__``),
scipy is imported as it is.  (``np.unique`` without its indices or counts asks ``numpy.ma`` whether
its input is masked, and ``sparse.diags`` calls it: briefbot makes its diagonal matrices with
:func:`diagonal`.)

Every module of briefbot takes ``sparse`` from here: whichever imports it first, the saving holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy

UNUSED = frozenset({"f2py", "testing", "polynomial", "ma"})  # numpy's submodules scipy's copy leaves out


@contextmanager
def _unlisted(names: frozenset[str]) -> Iterator[None]:
    """numpy's ``__all__`` and ``dir()`` without ``names`` inside the block, as they were after it."""
    namespace = vars(numpy)
    listed, listing = namespace.get("__all__"), namespace.get("__dir__")
    if not isinstance(listed, list) or not callable(listing):
        yield
        return
    lister: Callable[[], list[str]] = listing

    def shorter() -> list[str]:
        return [n for n in lister() if n not in names]

    namespace["__all__"], namespace["__dir__"] = [n for n in listed if n not in names], shorter
    try:
        yield
    finally:
        namespace["__all__"], namespace["__dir__"] = listed, listing


with _unlisted(UNUSED):
    from scipy import sparse as sparse



def diagonal(values: numpy.ndarray) -> sparse.csr_matrix:
    """The diagonal matrix of ``values``, in CSR: ``sparse.diags(values)`` as a product converts it
    (its zeros left out), made without ``sparse.diags``, which loads ``numpy.ma``."""
    kept = values != 0
    indptr = numpy.zeros(len(values) + 1, dtype=numpy.int32)
    numpy.cumsum(kept, out=indptr[1:])
    return sparse.csr_matrix((values[kept], numpy.nonzero(kept)[0].astype(numpy.int32), indptr), shape=(len(values),) * 2)


__all__ = ["UNUSED", "diagonal", "sparse"]
