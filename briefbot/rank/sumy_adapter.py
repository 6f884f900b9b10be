"""sumy's summarizers as sentence ratings (pure), chosen by name.

sumy rates a whole document at once.  LexRank and TextRank come from ``graph`` (the same maths on
sparse matrices); the other algorithms run through sumy itself on a bounded pool of candidates
(``SUMY_POOL``), so a heavy news day stays fast whatever the algorithm.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from briefbot.rank.graph import lexrank_scores, textrank_scores
from briefbot.rank.vectors import percentile
from briefbot.text import terms as textmod

if TYPE_CHECKING:
    from scipy import sparse

#: Largest number of sentences handed to sumy's own (pure Python) implementations.
SUMY_POOL = {"lsa": 400, "luhn": 1500, "sumbasic": 600, "kl": 120, "edmundson": 1500, "reduction": 300}


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
        return s  # title_weight 0: sumy skips the title method, which needs headings our documents lack
    else:
        raise ValueError(f"unknown algorithm {algorithm!r}")
    s = cls(stemmer)
    s.stop_words = get_stop_words("english")
    return s


def rate(algorithm: str, texts: Sequence[str], term_lists: Sequence[Sequence[str]], *, focus_terms: Sequence[str] = (),
         counts: sparse.csr_matrix | None = None) -> np.ndarray:
    """Centrality of each sentence by ``algorithm``, as a percentile in [0, 1] (1 = best); ``counts``:
    ``term_lists``' count matrix if the caller has it (see :func:`briefbot.rank.graph.lexrank_scores`)."""
    n = len(texts)
    if n == 0:
        return np.zeros(0)
    if algorithm == "lexrank":
        raw = lexrank_scores(term_lists, counts=counts)
    elif algorithm == "textrank":
        raw = textrank_scores(term_lists, counts=counts)
    else:
        pool = SUMY_POOL.get(algorithm, 300)
        raw = np.zeros(n)
        if n <= pool:
            raw = sumy_scores(algorithm, texts, focus_terms=focus_terms)
        else:
            # the best ``pool`` sentences by LexRank go to sumy; the rest keep a lower rank
            prior = lexrank_scores(term_lists, counts=counts)
            best = np.argsort(-prior, kind="stable")[:pool]
            sub = sumy_scores(algorithm, [texts[i] for i in best], focus_terms=focus_terms)
            raw[best] = sub - sub.min() + 1.0
    return percentile(raw)
