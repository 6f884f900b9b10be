"""Selection for coverage (briefbot.rank.coverage): what the objective promises, on small cases."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from briefbot.rank.coverage import NUMBER, concept_weights, cover, number_concepts
from briefbot.text.terms import word_pairs

A, B, C, D = ("drina", "bridg"), ("bridg", "reopen"), ("port", "strike"), ("ship", "divert")


def test_a_concept_weighs_the_articles_that_carry_it_more_in_their_lead() -> None:
    w = concept_weights([{A, B}, {A}, {C}], [[1], [2, 3], [3]], [0, 9, 9], lead_bonus=1.0)
    assert w[A] == 2.0 + 1 + 1  # article 1 in its lead (counts 2), articles 2 and 3 further down
    assert w[B] == 2.0 and w[C] == 1.0


def test_what_the_reader_saw_counts_less_and_the_focus_more() -> None:
    w = concept_weights([{A, C}], [[1]], [9], known={A}, known_discount=0.5, focus={"port"}, focus_bonus=1.0)
    assert w[A] == 0.5 and w[C] == 2.0


def test_a_sentence_that_restates_a_chosen_one_adds_nothing() -> None:
    concepts = [{A, B}, {A, B}, {C}]
    weights = {A: 3.0, B: 3.0, C: 1.0}
    chosen = cover(concepts, [10, 10, 10], np.ones(3), weights, 30, allowed=[0, 1, 2])
    assert chosen == [0, 2]


def test_the_prior_says_which_of_two_sentences_tells_the_same_concepts() -> None:
    concepts = [{A, B}, {A, B}]
    chosen = cover(concepts, [10, 10], np.array([0.5, 1.0]), {A: 1.0, B: 1.0}, 10, allowed=[0, 1])
    assert chosen == [1]


def test_concepts_already_told_at_a_higher_prior_add_nothing() -> None:
    chosen = cover([{A}, {C}], [5, 5], np.ones(2), {A: 5.0, C: 1.0}, 20, allowed=[0, 1], covered=[(A, 1.0)])
    assert chosen == [1]


def test_gain_is_per_word() -> None:
    # one long sentence covering two concepts against two short ones covering one each
    concepts = [{A, B}, {A}, {B}]
    chosen = cover(concepts, [40, 10, 10], np.ones(3), {A: 1.0, B: 1.0}, 40, allowed=[0, 1, 2])
    assert sorted(chosen) == [1, 2]


def test_a_shorter_sentence_fills_the_words_a_longer_one_leaves_but_not_a_scrap() -> None:
    # after the first pick (48 of 66 words) the next best (19 words) does not fit; a 12-word one does,
    # and a 6-word line ("The New York Times News Service") is not taken to fill the last words
    concepts = [{A, B}, {C}, {D}, {("news", "servic")}]
    weights = {A: 48.0, B: 48.0, C: 19.0, D: 1.0, ("news", "servic"): 0.3}
    chosen = cover(concepts, [48, 19, 12, 6], np.ones(4), weights, 66, allowed=[0, 1, 2, 3])
    assert chosen == [0, 2]


@given(st.lists(st.tuples(st.sets(st.sampled_from([A, B, C, D]), min_size=1), st.integers(1, 30),
                          st.floats(0.1, 1.0)), min_size=1, max_size=12),
       st.integers(1, 60))
def test_the_budget_holds_after_the_first_pick_and_nothing_repeats(rows: list[tuple[set[tuple[str, str]], int, float]],
                                                                   budget: int) -> None:
    concepts = [r[0] for r in rows]
    words = [r[1] for r in rows]
    chosen = cover(concepts, words, np.array([r[2] for r in rows]), {A: 1.0, B: 2.0, C: 0.5, D: 1.0}, budget,
                   allowed=range(len(rows)))
    assert len(set(chosen)) == len(chosen)
    assert chosen  # something positive always fits first, whatever the budget
    assert sum(words[i] for i in chosen[1:]) + words[chosen[0]] <= max(budget, words[chosen[0]])


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


def test_the_numbers_a_sentence_states_are_its_number_concepts() -> None:
    assert number_concepts("Police seized 1,200 rifles and 3.5 tonnes of explosives in 2023, the ministry said.") == {
        (NUMBER, "1,200"), (NUMBER, "3.5"), (NUMBER, "2023")}
    assert number_concepts("Officials said the situation remained tense across the region.") == frozenset()


@given(st.text(max_size=80))
def test_a_number_concept_is_never_a_word_pair(text: str) -> None:
    assert not any(c[0] == NUMBER for c in word_pairs(text))
    assert all(c[0] == NUMBER and any(ch.isdigit() for ch in c[1]) for c in number_concepts(text))


def test_a_number_several_articles_state_makes_its_sentence_worth_telling() -> None:
    # the vague sentence is the more central (prior 1.0 against 0.8) and has as many word pairs, each
    # in one article; the other states how many, as two more articles do in their own words
    texts = ["The flooding has raised concern across the whole region.",
             "Floodwaters cut off 14 villages along the river.",
             "Boats reached all 14 of the hamlets on Tuesday.",
             "The count of isolated places rose to 14 by evening."]
    carriers = [[1], [2], [3], [4]]
    concepts = [word_pairs(t) | number_concepts(t) for t in texts]
    prior = np.array([1.0, 0.8, 0.5, 0.5])
    words = [len(t.split()) for t in texts]
    told = concept_weights(concepts, carriers, [5, 5, 5, 5], lead_bonus=0.0, numbers=1.0)
    assert told[(NUMBER, "14")] == 3.0
    assert cover(concepts, words, prior, told, 9, allowed=[0, 1]) == [1]
    unnumbered = concept_weights(concepts, carriers, [5, 5, 5, 5], lead_bonus=0.0, numbers=0.0)
    assert cover(concepts, words, prior, unnumbered, 9, allowed=[0, 1]) == [0]
