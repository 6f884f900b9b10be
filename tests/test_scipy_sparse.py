"""scipy.sparse imported without numpy's unused submodules (briefbot.rank.scipy_sparse)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy
import pytest

from briefbot.rank import scipy_sparse
from briefbot.rank.scipy_sparse import UNUSED, _unlisted


def _probe(code: str) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_a_brief_process_loads_none_of_the_unused_submodules_and_numpy_lists_them_still() -> None:
    """Whichever module of a brief imports scipy.sparse first, numpy.f2py, numpy.testing and
    numpy.polynomial stay unloaded (scipy's array-API layer loaded them all by listing numpy's
    names); numpy's own listing is as it was, and each still loads when asked for."""
    found = _probe(
        "import json, sys, numpy; names, listed = list(numpy.__all__), dir(numpy)\n"
        "import briefbot.app, briefbot.rank.scipy_sparse as s\n"
        "loaded = sorted(n for n in s.UNUSED if 'numpy.' + n in sys.modules)\n"
        "same = numpy.__all__ == names and dir(numpy) == listed\n"
        "ok = numpy.testing.assert_equal is not None and 'numpy.testing' in sys.modules\n"
        "print(json.dumps({'loaded': loaded, 'same': same, 'sparse': 'scipy.sparse' in sys.modules, 'ok': ok}))")
    assert found == {"loaded": [], "same": True, "sparse": True, "ok": True}


def test_the_module_gives_scipy_sparse_itself() -> None:
    import scipy.sparse

    assert scipy_sparse.sparse is scipy.sparse
    assert set(numpy.__all__) >= UNUSED  # still numpy's names: a new numpy that drops one should be noticed


def test_numpy_lists_its_names_again_after_the_block_even_when_it_fails() -> None:
    names, listing = numpy.__all__, vars(numpy)["__dir__"]
    with pytest.raises(RuntimeError), _unlisted(frozenset({"f2py"})):
        assert "f2py" not in numpy.__all__ and "f2py" not in dir(numpy)
        assert "linalg" in numpy.__all__ and "linalg" in dir(numpy)
        raise RuntimeError
    assert numpy.__all__ is names and vars(numpy)["__dir__"] is listing
    assert "f2py" in dir(numpy)


def test_a_numpy_that_lists_its_names_otherwise_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numpy, "__all__", tuple(numpy.__all__))
    with _unlisted(frozenset({"f2py"})):
        assert "f2py" in numpy.__all__
    assert isinstance(numpy.__all__, tuple)
