"""Each article's analysis kept in the store: told back, it is what the functions compute; a brief made
from it is the brief made without it; a stale one (other code) is made again, never told."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

import pytest
from builders import article, rows
from hypothesis import given, settings
from hypothesis import strategies as st

from briefbot import analyses, app
from briefbot.brief import analysis, corrections, topic
from briefbot.brief.figures import grammar, when
from briefbot.config import TopicConfig
from briefbot.output.serialize import brief_to_json
from briefbot.store.db import Store
from briefbot.text import aspect, dates, language, standalone, terms
from briefbot.text.tense import Tense

# invented wire copy: dates absolute and relative, figures with ranges, decimals and qualifiers
CLAUSES = (
    "Officials said on Monday that at least 12 people were killed in the flooding",
    "Rescue teams evacuated between 200 and 300 residents from the lower town last week",
    "The regional governor asked for $1.5bn in emergency funds on 24 September",
    "Police arrested five men in Banjska on Sunday, the ministry said",
    "Some 35,000 barrels of oil a day leaked into the gulf since April",
    "The talks collapsed in March 2011 after three rounds of negotiation",
    "A spokesman said the bridge would reopen next year",
    "Kosovo’s prime minister said the attack was organised, and it’s not over",
    "On Saturday, officials put the death toll at 41",
    "Okafor said 30 more families had left the valley since Monday",
    "An earlier version of this story misstated the number of families",
)


def _texts() -> st.SearchStrategy[str]:
    sentence = st.sampled_from(CLAUSES).map(lambda c: c + ".")
    paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
    return st.lists(st.one_of(paragraph, st.sampled_from(["By Staff Reporter", "Photo: Reuters", "", "Read more:"])),
                    min_size=1, max_size=6).map("\n\n".join)


def _forget() -> None:
    """Nothing remembered or told: the next analysis is computed from scratch."""
    analysis.forget()
    terms._sentence_spans.cache_clear()
    terms._terms.cache_clear()
    terms._is_brief_material.cache_clear()
    standalone._stands_alone.cache_clear()
    standalone._fits_a_point.cache_clear()
    standalone._one_word_name.cache_clear()
    grammar._mentions.cache_clear()
    dates._event_date.cache_clear()
    when._opens_on.cache_clear()
    aspect._told_as.cache_clear()


@pytest.fixture(autouse=True)
def forget() -> Iterator[None]:
    _forget()
    yield
    _forget()


@settings(max_examples=60, deadline=None)
@given(text=_texts(), published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_an_analysis_told_back_is_what_the_functions_compute(text: str, published: date | None) -> None:
    a = article(text, published=published, first_seen=None if published else date(2024, 5, 1), id=1)
    kept = analysis.written(a)
    assert kept is not None
    _forget()
    computed = {s.text: (terms.is_brief_material(s.text), standalone.fits_a_point(s.text), standalone.one_word_name(s.text),
                         when.opens_on(s.text, a.date) if a.date else None) for s in terms.sentence_spans(a.text)}
    _forget()
    assert analysis.tell(a, kept)
    assert terms.told_spans.get(a.text) is not None  # answered from what was told, not computed
    assert terms.terms(a.text) == list(terms._terms.__wrapped__(a.text))
    assert corrections.told_notes.get(a.text) is (corrections._MAY_NOTE.search(a.text) is not None)
    lead = topic.lead(a.text, a.title)  # (what tells whether an article is about the topic)
    assert terms.told_terms.get(lead) is not None and terms.terms(lead) == list(terms._terms.__wrapped__(lead))
    spans = terms.sentence_spans(a.text)
    assert spans == list(terms._sentence_spans.__wrapped__(a.text))
    for s in spans:
        assert terms.told_material.get(s.text) is computed[s.text][0]  # every span's answer told, a quotable one's or not
        if not terms.is_brief_material(s.text):
            continue
        assert standalone.told_fits.get(s.text) is not None and standalone.told_names.get(s.text) is not None
        assert (standalone.fits_a_point(s.text), standalone.one_word_name(s.text)) == computed[s.text][1:3]
        if a.date is not None and grammar.mentions(s.text):  # (the day a sentence opens on: kept for one giving figures)
            assert when.told_opens.get((s.text, a.date)) is not None and when.opens_on(s.text, a.date) == computed[s.text][3]
        assert terms.told_terms.get(s.text) is not None
        assert terms.terms(s.text) == list(terms._terms.__wrapped__(s.text))
        assert grammar.mentions(s.text) == list(grammar._mentions.__wrapped__(s.text))
        assert standalone.told_alone.get(s.text) is not None
        assert standalone.stands_alone(s.text) is standalone._stands_alone.__wrapped__(s.text)
        if a.date is not None:
            assert dates.event_date(s.text, a.date) == dates._event_date.__wrapped__(s.text, a.date)


def test_how_a_sentence_tells_its_event_is_kept_as_this_run_found_it(monkeypatch: pytest.MonkeyPatch) -> None:
    a = article(" ".join(c + "." for c in CLAUSES[:4]), id=1)
    first, second, third, _ = [s.text for s in terms.sentence_spans(a.text) if terms.is_brief_material(s.text)]
    # asked of some sentences only (the timeline's, a forecast's): kept as found, the others not computed for the analysis
    found = aspect.told_as(first), aspect.tells_an_event(second)
    assert found == (Tense.PAST, True)
    kept = analysis.written(a)
    assert kept is not None
    data = json.loads(kept)
    assert data["tenses"][0] == "past" and data["tenses"][2:] == [None, None]  # (the second's: as tells_an_event asked)
    assert data["eventful"] == [None, True, None, None]
    assert data["foreign"] is False
    _forget()
    assert analysis.tell(a, kept)
    assert aspect.told_tenses.get(first) == "past" and aspect.told_events.get(second) is True
    assert aspect.told_tenses.get(third) is None and aspect.told_events.get(first) is None  # (never asked: not told)
    assert language.told_foreign.get(a.text) is False

    def computed(text: str) -> None:
        raise AssertionError(f"computed again: {text}")

    with monkeypatch.context() as m:
        m.setattr(aspect, "_told_as", computed)
        m.setattr(aspect, "_tells_an_event", computed)
        m.setattr(language, "_WORD", None)  # (a foreign page's test would read its words)
        assert (aspect.told_as(first), aspect.tells_an_event(second), language.foreign(a.text)) == (*found, False)


def test_a_sentence_with_no_verb_read_is_kept_as_telling_neither() -> None:
    a = article("Official estimates put the spill at 5,000 barrels, but the company will not say.", id=1)
    (only,) = [s.text for s in terms.sentence_spans(a.text)]
    assert aspect.told_as(only) is None
    kept = analysis.written(a)
    assert kept is not None and json.loads(kept)["tenses"] == [""]
    _forget()
    assert analysis.tell(a, kept)
    assert aspect.told_tenses.get(only) == "" and aspect.told_as(only) is None


def test_an_analysis_of_another_text_or_format_is_not_told() -> None:
    long = article(" ".join(CLAUSES[:4]) + ".\n\n" + " ".join(CLAUSES[4:]) + ".", id=1)
    kept = analysis.written(long)
    assert kept is not None
    _forget()
    short = article(CLAUSES[0] + ".", id=2)
    undated = article(long.text, published=None, first_seen=None, id=3)
    assert not analysis.tell(short, kept)  # spans past the end of its text
    assert not analysis.tell(undated, kept)  # event dates of a dated article
    assert not analysis.tell(long, kept.replace(f'"format":{analysis.FORMAT}', '"format":0'))
    assert not analysis.tell(long, "not json")
    assert not analysis.tell(long, f'{{"format": {analysis.FORMAT}}}')
    assert terms.told_spans.get(long.text) is None and terms.told_spans.get(short.text) is None


TOPIC = TopicConfig(name="floods", title="Floods", focus="river flooding rescue")
ROUNDS = [
    (date(2024, 3, 1), [CLAUSES[0] + ". " + CLAUSES[1] + ".", CLAUSES[2] + ". " + CLAUSES[4] + "."]),
    (date(2024, 3, 2), [CLAUSES[3] + ". " + CLAUSES[0].replace("12", "14") + ".", CLAUSES[5] + ". " + CLAUSES[6] + "."]),
    (date(2024, 3, 3), [CLAUSES[7] + ". " + CLAUSES[1].replace("200", "400") + "."]),
]


def _briefs(path: Path, monkeypatch: pytest.MonkeyPatch, computed: list[str]) -> list[str]:
    """The JSON briefs of ``ROUNDS`` made in one store, each as if by a process of its own, recording the
    texts whose sentences were split."""
    split = terms._sentence_spans.__wrapped__

    @lru_cache(maxsize=1024)  # as the real one is
    def counted(text: str) -> tuple[terms.Span, ...]:
        computed.append(text)
        return split(text)

    out = []
    n = 0
    with monkeypatch.context() as m, Store(path) as store:
        m.setattr(terms, "_sentence_spans", counted)
        for day, texts in ROUNDS:
            _forget()  # each brief in a process of its own, as the daily run is
            now = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
            arts = []
            for t in texts:
                n += 1
                arts.append(article(t, title=f"Flood report {n}", published=day, key=f"k{n}", origin=f"report-{n}.txt"))
            store.add_articles(TOPIC.name, arts, seen=day, now=now)
            brief, _, _ = app.compose_and_store(store, TOPIC, app.settings_for(TOPIC), as_of=day, now=now, loaded=None)
            out.append(brief_to_json(brief))
    return out


def test_a_brief_from_kept_analyses_is_the_brief_made_without(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh: list[str] = []
    versions = itertools.count()
    with monkeypatch.context() as m:
        m.setattr(analyses, "version", lambda: f"never-the-same-{next(versions)}")  # every kept analysis stale
        without = _briefs(tmp_path / "without.db", m, fresh)
    _forget()
    kept: list[str] = []
    told = _briefs(tmp_path / "kept.db", monkeypatch, kept)
    assert told == without
    # each article's text was split once, in the brief that first read it; later briefs were told
    assert len(kept) == len(set(kept)) == sum(len(texts) for _, texts in ROUNDS)
    assert len(fresh) == 2 + 4 + 5  # without: every brief split every article it read


def test_a_stale_analysis_is_made_again_and_kept_under_this_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "s.db") as store:
        day = date(2024, 3, 1)
        store.add_articles(TOPIC.name, [article(CLAUSES[0] + ". " + CLAUSES[1] + ".", published=day)], seen=day,
                           now=datetime(2024, 3, 1, 12, tzinfo=UTC))
        (a,), _ = store.candidates(TOPIC.name, day, None, window_days=0, max_old=0)
        monkeypatch.setattr(analyses, "version", lambda: "old code")
        analyses.keep(store, [a], set())
        assert analyses.recall(store, [a]) == {a.id}
        _forget()
        monkeypatch.setattr(analyses, "version", lambda: "new code")
        assert analyses.recall(store, [a]) == set()
        assert terms.told_spans.get(a.text) is None
        analyses.keep(store, [a], set())
        assert rows(store, "SELECT article_id, version FROM article_analyses") == [(a.id, "new code")]


def test_the_code_digest_changes_with_any_source_file(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("X = 1\n")
    (tmp_path / "b.py").write_text("Y = 2\n")
    before = analyses.code_digest(tmp_path, ["stemmer 3.1"])
    assert analyses.code_digest(tmp_path, ["stemmer 3.1"]) == before
    assert analyses.code_digest(tmp_path, ["stemmer 3.2"]) != before
    (tmp_path / "pkg" / "a.py").write_text("X = 3\n")
    assert analyses.code_digest(tmp_path, ["stemmer 3.1"]) != before
    (tmp_path / "empty").mkdir()
    assert analyses.code_digest(tmp_path / "empty", ["stemmer 3.1"]) is None  # no source: no version to trust


def test_a_library_of_one_module_is_digested_by_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "onefile.py").write_text("X = 1\n")
    (tmp_path / "other.py").write_text("Y = 2\n")  # another package beside it in site-packages
    monkeypatch.syspath_prepend(str(tmp_path))
    before = analyses._library("onefile")
    (tmp_path / "other.py").write_text("Y = 3\n")
    assert analyses._library("onefile") == before
    (tmp_path / "onefile.py").write_text("X = 2\n")
    assert analyses._library("onefile") != before


def test_an_article_the_brief_read_only_in_part_is_not_kept(tmp_path: Path) -> None:
    day, now = date(2024, 3, 1), datetime(2024, 3, 1, 12, tzinfo=UTC)
    long = " ".join(f"The river rose {k} centimetres at gauge number {k + 1} on the northern bank overnight." for k in range(450))
    with Store(tmp_path / "s.db") as store:
        store.add_articles(TOPIC.name, [article(CLAUSES[0] + ". " + CLAUSES[1] + ".", published=day, key="short"),
                                        article(long, published=day, key="long")], seen=day, now=now)
        app.compose_and_store(store, TOPIC, app.settings_for(TOPIC), as_of=day, now=now, loaded=None)
        kept = rows(store, "SELECT a.key FROM article_analyses k JOIN articles a ON a.id = k.article_id")
    assert kept == [("short",)]  # the long one was cut to its first 400 sentences: its analysis would be more than was read


def test_a_damaged_analysis_tells_nothing() -> None:
    a = article(" ".join(CLAUSES[:4]) + ".\n\n" + " ".join(CLAUSES[4:]) + ".", id=1)
    kept = analysis.written(a)
    assert kept is not None
    _forget()
    first_terms = json.loads(kept)["terms"][0]
    damaged = [
        kept.replace(json.dumps(first_terms, separators=(",", ":")), "[5,6]", 1),  # terms that are no words
        re.sub(r'"quotable":\[\d+', '"quotable":[-1', kept),  # a sentence counted from the end
        re.sub(r'"spans":\[\[\d+', '"spans":[[-3', kept),  # a span before the text
        re.sub(r'"alone":\[(true|false)', '"alone":[1', kept),  # an answer that is no yes or no
        re.sub(r',"alone":\[[^]]*\]', "", kept),  # (the format's) answers left out
        re.sub(r'"fits":\[(true|false)', '"fits":[0', kept),
        re.sub(r'"names":\[(null|\[[^]]*\])', '"names":[["",true]', kept),  # a name of no letters
        re.sub(r'"opens":\[[^],]*', '"opens":[7', kept),  # a day that is no date
        re.sub(r'"note":(true|false)', '"note":0', kept),
        re.sub(r'"foreign":(true|false)', '"foreign":null', kept),
        re.sub(r'"tenses":\[[^]]*\]', '"tenses":["soon"]', kept),  # an answer told_as never gives, and too few
        re.sub(r'"tenses":\[(null|"[a-z]*")', '"tenses":[1', kept),
        re.sub(r'"eventful":\[(null|true|false)', '"eventful":["yes"', kept),
        re.sub(r',"eventful":\[[^]]*\]', "", kept),
        "[1, 2]",  # JSON, but no analysis
    ]
    for text in damaged:
        assert text != kept
        assert not analysis.tell(a, text), text
        assert terms.told_spans.get(a.text) is None and terms.told_terms.get(a.text) is None


def test_what_a_run_is_told_is_forgotten_after_it(tmp_path: Path) -> None:
    day, now = date(2024, 3, 1), datetime(2024, 3, 1, 12, tzinfo=UTC)
    with Store(tmp_path / "s.db") as store:
        store.add_articles(TOPIC.name, [article(CLAUSES[0] + ". " + CLAUSES[1] + ".", published=day)], seen=day, now=now)
        (a,), _ = store.candidates(TOPIC.name, day, None, window_days=0, max_old=0)
        analyses.keep(store, [a], set())
        with analyses.recalled(store, [a]) as told:
            assert told == {a.id} and terms.told_spans.get(a.text) is not None
        assert terms.told_spans.get(a.text) is None  # a long-lived serve holds no earlier run's articles


def test_the_version_is_of_the_code_as_loaded_and_of_the_libraries_read(monkeypatch: pytest.MonkeyPatch) -> None:
    before = analyses.version()
    analyses.version.cache_clear()
    own, real_digest, real_library = Path(analyses.__file__).parent, analyses.code_digest, analyses._library

    def libraries_only(root: Path, outside: Sequence[str] = (), patterns: Sequence[str] = ("*.py",), *,
                       deep: bool = True) -> str | None:
        assert root != own, "briefbot's code was read again after it was loaded"  # its files may have changed since
        return real_digest(root, outside, patterns, deep=deep)

    with monkeypatch.context() as m:
        m.setattr(analyses, "code_digest", libraries_only)
        assert analyses.version() == before
        analyses.version.cache_clear()
        m.setattr(analyses, "_library", lambda name: "text_to_num 99" if name == "text_to_num" else real_library(name))
        assert analyses.version() != before  # figure mentions read number words with text2num
        analyses.version.cache_clear()
        m.setattr(analyses, "_library", lambda name: None if name == "dateutil" else real_library(name))
        unreadable = analyses.version()
        analyses.version.cache_clear()
        assert unreadable not in (analyses.version(), before)  # a library's code unread: no kept analysis is read
        analyses.version.cache_clear()
    assert analyses.version() == before


def test_a_librarys_digest_follows_its_code_compiled_or_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "numberwords"
    package.mkdir()
    (package / "__init__.py").write_text("from ._fast import parse\n")
    (package / "_fast.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF one")
    (package / "README.txt").write_text("not code")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = analyses._library("numberwords")
    assert before is not None and before.startswith("numberwords ") and analyses._library("numberwords") == before
    (package / "README.txt").write_text("still not code")
    assert analyses._library("numberwords") == before
    (package / "_fast.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF two")  # a new build, same version or not
    assert analyses._library("numberwords") != before
    assert analyses._library("no_such_package_here") == "no_such_package_here ?"

