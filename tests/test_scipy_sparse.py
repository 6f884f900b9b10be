"""scipy.sparse imported without numpy's unused submodules (briefbot.rank.scipy_sparse)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy
import pytest

from briefbot.rank import scipy_sparse
from briefbot.rank.scipy_sparse import UNUSED, _unlisted, diagonal, sparse


def _probe(code: str, *args: str) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_a_brief_process_loads_none_of_the_unused_submodules_and_numpy_lists_them_still() -> None:
    """Whichever module of a brief imports scipy.sparse first, numpy.f2py, numpy.testing,
    numpy.polynomial and numpy.ma stay unloaded (scipy's array-API layer loaded them all by listing numpy's
    names); numpy's own listing is as it was, and each still loads when asked for."""
    found = _probe(
        "import json, sys, numpy; names, listed = list(numpy.__all__), dir(numpy)\n"
        "import briefbot.app, briefbot.rank.scipy_sparse as s\n"
        "loaded = sorted(n for n in s.UNUSED if 'numpy.' + n in sys.modules)\n"
        "same = numpy.__all__ == names and dir(numpy) == listed\n"
        "ok = numpy.testing.assert_equal is not None and 'numpy.testing' in sys.modules\n"
        "print(json.dumps({'loaded': loaded, 'same': same, 'sparse': 'scipy.sparse' in sys.modules, 'ok': ok}))")
    assert found == {"loaded": [], "same": True, "sparse": True, "ok": True}


def test_a_whole_brief_loads_none_of_them(tmp_path: Path) -> None:
    """(A brief's products scale rows by diagonal matrices: ``sparse.diags`` would load ``numpy.ma``.)"""
    folder = tmp_path / "news"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text(f"Rescue teams reached {k + 2} flooded villages of the valley on Monday. "
                                          "The river rose two metres overnight, officials said.\n", encoding="utf-8")
    found = _probe(
        "import json, os, sys\nfrom briefbot.cli import cli\n"
        "try:\n    cli.main(['brief', '--db', sys.argv[1], '-o', os.devnull, sys.argv[2]], prog_name='briefbot')\n"
        "except SystemExit as exit_:\n    code = exit_.code\n"
        "import briefbot.rank.scipy_sparse as s\n"
        "print(json.dumps({'code': code, 'loaded': sorted(n for n in s.UNUSED if 'numpy.' + n in sys.modules)}))",
        str(tmp_path / "s.db"), str(folder))
    assert found == {"code": 0, "loaded": []}


def test_a_diagonal_is_what_sparse_diags_gives_a_product() -> None:
    values = numpy.array([0.5, 0.0, numpy.inf, 3.0, numpy.nan, 0.0])
    matrix = sparse.random(6, 9, density=0.5, format="csr", random_state=7)
    for made, expected in ((diagonal(values), sparse.diags(values).tocsr()),
                           (diagonal(values) @ matrix, sparse.diags(values) @ matrix),
                           (diagonal(numpy.zeros(0)), sparse.diags(numpy.zeros(0)).tocsr())):
        assert made.shape == expected.shape and made.dtype == expected.dtype and made.indices.dtype == expected.indices.dtype
        assert made.indptr.tolist() == expected.indptr.tolist() and made.indices.tolist() == expected.indices.tolist()
        assert numpy.array_equal(made.data, expected.data, equal_nan=True)  # the same entries, in the same order


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
