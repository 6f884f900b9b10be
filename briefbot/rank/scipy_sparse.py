"""``scipy.sparse`` (the similarity products' matrices), imported without numpy's unused parts.

Importing ``scipy.sparse`` imports scipy's array-API layer, which copies numpy's whole namespace
(``from numpy import *`` and every name ``dir(numpy)`` lists) and so loads each submodule numpy
otherwise loads only when asked: ``numpy.f2py`` (the Fortran wrapper generator), ``numpy.testing``
(with ``unittest``) and ``numpy.polynomial``, none of which briefbot or scipy's sparse matrices use
(``numpy.ma`` is left listed: ``np.unique`` loads it anyway).  While scipy is imported here, numpy's
listing leaves :data:`UNUSED` out, so that layer's copy lacks them: see the README's Speed section
for what it saves.  numpy itself is unchanged (its listing is given back at once, and each of them
still loads when something asks for it).  Where numpy lists its names otherwise (not a
list, no ``__dir__``), scipy is imported as it is.

Every module of briefbot takes ``sparse`` from here: whichever imports it first, the saving holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy

UNUSED = frozenset({"f2py", "testing", "polynomial"})  # numpy's submodules scipy's copy leaves out


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

__all__ = ["UNUSED", "sparse"]
