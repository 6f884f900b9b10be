"""Selection for coverage (briefbot.rank.coverage): what the objective promises, on small cases."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from briefbot.rank.coverage import NUMBER, Concepts, Rows, concept_weights, cover, gains, sentence_concepts
from briefbot.text.terms import word_pairs, words

A, B, C, D = ("drina", "bridg"), ("bridg", "reopen"), ("port", "strike"), ("ship", "divert")


def by_name(concepts: Concepts, weights: np.ndarray) -> dict[tuple[str, str], float]:
    return {concepts.name(c): float(w) for c, w in enumerate(weights)}


def test_a_sentences_concepts_are_its_word_pairs_and_numbers() -> None:
    found = sentence_concepts(["The Drina bridge reopens.", "Police seized 1,200 rifles.", "", "Alone"])
    assert found.names(0) == {A, B, ("the", "drina")} == word_pairs("The Drina bridge reopens.")
    assert found.names(1) == word_pairs("Police seized 1,200 rifles.") | {(NUMBER, "1,200")}
    assert found.names(2) == found.names(3) == frozenset()
    assert sentence_concepts(["Police seized 1,200 rifles."], numbers=False).names(0) == word_pairs("Police seized 1,200 rifles.")


@given(st.lists(st.text(alphabet=st.sampled_from("ab1 .,'’-Ééthe"), max_size=30), max_size=6))
def test_concepts_found_at_once_are_each_sentences_own(texts: list[str]) -> None:
    found = sentence_concepts(texts)
    for k, t in enumerate(texts):
        numbers = {(NUMBER, w.lower()) for w in words(t) if any(ch.isdigit() for ch in w)}
        assert found.names(k) == word_pairs(t) | numbers
        row = found.rows.ids[found.rows.start[k]:found.rows.start[k + 1]].tolist()
        assert row == sorted(set(row))


def test_a_concept_weighs_the_articles_that_carry_it_more_in_their_lead() -> None:
    found = sentence_concepts(["Drina bridge reopens", "Drina bridge", "Port strike"])
    w = by_name(found, concept_weights(found, [[1], [2, 3], [3]], [0, 9, 9], lead_bonus=1.0))
    assert w[A] == 2.0 + 1 + 1  # article 1 in its lead (counts 2), articles 2 and 3 further down
    assert w[B] == 2.0 and w[C] == 1.0


def test_what_the_reader_saw_counts_less_and_the_focus_more() -> None:
    found = sentence_concepts(["Drina bridge, port strike 30"])
    w = by_name(found, concept_weights(found, [[1]], [9], known={A, (NUMBER, "30")}, known_discount=0.5, focus={"port"},
                                       focus_bonus=1.0, numbers=3.0))
    assert w[A] == 0.5 and w[C] == 2.0 and w[("bridg", "port")] == 2.0 and w[(NUMBER, "30")] == 1.5


@given(st.lists(st.tuples(st.sets(st.sampled_from(["Drina bridge", "port strike", "ship diverted", "30 ships"]), max_size=3),
                          st.lists(st.integers(1, 5), max_size=3), st.integers(0, 6)), max_size=8),
       st.sampled_from([0.0, 1.0, 0.5]))
def test_concept_weights_are_each_concepts_best_value_per_article_summed(
        rows: list[tuple[set[str], list[int], int]], bonus: float) -> None:
    texts = [". ".join(sorted(r[0])) for r in rows]
    found = sentence_concepts(texts)
    w = by_name(found, concept_weights(found, [r[1] for r in rows], [r[2] for r in rows], lead_bonus=bonus))
    best: dict[tuple[str, str], dict[int, float]] = {}
    for k, (_, arts, position) in enumerate(rows):
        for c in found.names(k):
            for a in arts:
                best.setdefault(c, {})[a] = max(best.get(c, {}).get(a, 0.0), 1.0 + bonus if position < 3 else 1.0)
    # (sums of halves: the same in any order)
    assert w == {c: sum(best.get(c, {}).values()) for k in range(len(rows)) for c in found.names(k)}


def rows_of(*sets: set[int]) -> Rows:
    return Rows.of(list(sets))


def test_a_sentence_that_restates_a_chosen_one_adds_nothing() -> None:
    a, b, c = 0, 1, 2
    chosen = cover(rows_of({a, b}, {a, b}, {c}), [10, 10, 10], np.ones(3), np.array([3.0, 3.0, 1.0]), 30, allowed=[0, 1, 2])
    assert chosen == [0, 2]


def test_the_prior_says_which_of_two_sentences_tells_the_same_concepts() -> None:
    chosen = cover(rows_of({0, 1}, {0, 1}), [10, 10], np.array([0.5, 1.0]), np.array([1.0, 1.0]), 10, allowed=[0, 1])
    assert chosen == [1]


def test_concepts_already_told_at_a_higher_prior_add_nothing() -> None:
    a, c = 0, 1
    chosen = cover(rows_of({a}, {c}), [5, 5], np.ones(2), np.array([5.0, 1.0]), 20, allowed=[0, 1], covered=[(a, 1.0)])
    assert chosen == [1]


def test_gain_is_per_word() -> None:
    # one long sentence covering two concepts against two short ones covering one each
    chosen = cover(rows_of({0, 1}, {0}, {1}), [40, 10, 10], np.ones(3), np.array([1.0, 1.0]), 40, allowed=[0, 1, 2])
    assert sorted(chosen) == [1, 2]


def test_a_shorter_sentence_fills_the_words_a_longer_one_leaves_but_not_a_scrap() -> None:
    # after the first pick (48 of 66 words) the next best (19 words) does not fit; a 12-word one does,
    # and a 6-word line ("The New York Times News Service") is not taken to fill the last words
    a, b, c, d, news_service = range(5)
    weights = np.array([48.0, 48.0, 19.0, 1.0, 0.3])
    chosen = cover(rows_of({a, b}, {c}, {d}, {news_service}), [48, 19, 12, 6], np.ones(4), weights, 66, allowed=[0, 1, 2, 3])
    assert chosen == [0, 2]


@given(st.lists(st.tuples(st.sets(st.integers(0, 5)), st.floats(0.01, 1.0)), min_size=1, max_size=10),
       st.lists(st.floats(0.0, 1.0), min_size=6, max_size=6), st.lists(st.floats(0.0, 50.0), min_size=6, max_size=6))
def test_every_first_gain_is_the_sum_of_its_concepts_terms_in_order(
        rows: list[tuple[set[int], float]], told: list[float], weights: list[float]) -> None:
    prior = [r[1] for r in rows]
    found = gains(Rows.of([r[0] for r in rows]), np.array(prior), np.array(weights), np.array(told))
    for (concepts, p), g in zip(rows, found, strict=True):
        one_by_one = 0.0
        for c in sorted(concepts):
            if told[c] < p:
                one_by_one += weights[c] * (p - told[c])
        assert g == one_by_one  # bit for bit: cover compares the first gains with gains summed one by one


@given(st.lists(st.tuples(st.sets(st.integers(0, 3), min_size=1), st.integers(1, 30),
                          st.floats(0.1, 1.0)), min_size=1, max_size=12),
       st.integers(1, 60))
def test_the_budget_holds_after_the_first_pick_and_nothing_repeats(rows: list[tuple[set[int], int, float]],
                                                                   budget: int) -> None:
    words_of = [r[1] for r in rows]
    chosen = cover(Rows.of([r[0] for r in rows]), words_of, np.array([r[2] for r in rows]), np.array([1.0, 2.0, 0.5, 1.0]),
                   budget, allowed=range(len(rows)))
    assert len(set(chosen)) == len(chosen)
    assert chosen  # something positive always fits first, whatever the budget
    assert sum(words_of[i] for i in chosen[1:]) + words_of[chosen[0]] <= max(budget, words_of[chosen[0]])


def test_names_and_numbers_few_articles_state_make_a_sentence_specific() -> None:
    from builders import article

    from briefbot.brief.candidates import candidates, specific_counts

    arts = [
        article(f"Clashes in northern Ostravia have raised tension across the region, officials said on day {k}. "
                "Nothing else was reported from the border crossing that evening by the local police.", id=k)
        for k in range(1, 4)
    ] + [article("Police said Marko Danilov admitted organising the ambush near Velik with 30 armed men.", id=4)]
    cands = candidates(arts, {1, 2, 3, 4})
    counts = dict(zip((c.text for c in cands), specific_counts(cands, list(range(len(cands)))), strict=True))
    vague = next(t for t in counts if t.startswith("Clashes") and "day 1" in t)
    told = next(t for t in counts if "Danilov" in t)
    assert counts[vague] <= 1  # 'Ostravia' is in every article: the topic's own name, not news
    assert counts[told] >= 3  # Marko, Danilov, Velik, 30


def numbers_of(text: str) -> frozenset[tuple[str, str]]:
    return frozenset(c for c in sentence_concepts([text]).names(0) if c[0] == NUMBER)


def test_the_numbers_a_sentence_states_are_its_number_concepts() -> None:
    assert numbers_of("Police seized 1,200 rifles and 3.5 tonnes of explosives in 2023, the ministry said.") == {
        (NUMBER, "1,200"), (NUMBER, "3.5"), (NUMBER, "2023")}
    assert numbers_of("Officials said the situation remained tense across the region.") == frozenset()


@given(st.text(max_size=80))
def test_a_number_concept_is_never_a_word_pair(text: str) -> None:
    assert not any(c[0] == NUMBER for c in word_pairs(text))
    assert all(c[0] == NUMBER and any(ch.isdigit() for ch in c[1]) for c in numbers_of(text))


def test_a_number_several_articles_state_makes_its_sentence_worth_telling() -> None:
    # the vague sentence is the more central (prior 1.0 against 0.8) and has as many word pairs, each
    # in one article; the other states how many, as two more articles do in their own words
    texts = ["The flooding has raised concern across the whole region.",
             "Floodwaters cut off 14 villages along the river.",
             "Boats reached all 14 of the hamlets on Tuesday.",
             "The count of isolated places rose to 14 by evening."]
    carriers = [[1], [2], [3], [4]]
    found = sentence_concepts(texts)
    prior = np.array([1.0, 0.8, 0.5, 0.5])
    words_of = [len(t.split()) for t in texts]
    told = concept_weights(found, carriers, [5, 5, 5, 5], lead_bonus=0.0, numbers=1.0)
    assert by_name(found, told)[(NUMBER, "14")] == 3.0
    assert cover(found.rows, words_of, prior, told, 9, allowed=[0, 1]) == [1]
    unnumbered = concept_weights(found, carriers, [5, 5, 5, 5], lead_bonus=0.0, numbers=0.0)
    assert cover(found.rows, words_of, prior, unnumbered, 9, allowed=[0, 1]) == [0]
