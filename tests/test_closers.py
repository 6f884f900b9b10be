"""An outlet's closing lines (a promo for another story, a sign-off) are no story's sentence."""

from __future__ import annotations

from builders import OTHER_STORIES, PROMO, STORY, article, promo_pages

from briefbot.brief.candidates import candidates


def _kept(texts: list[str]) -> list[str]:
    """The candidate sentences of articles with these texts."""
    arts = [article(t, id=k + 1) for k, t in enumerate(texts)]
    return [c.text for c in candidates(arts, {a.id for a in arts})]


def test_a_promo_closing_pages_of_different_stories_is_left_out() -> None:
    texts = _kept(promo_pages())
    assert PROMO not in texts
    assert all(sentence in texts for story in OTHER_STORIES for sentence in story)  # the stories' own stay


def test_a_promo_followed_by_a_pages_furniture_on_some_pages_is_still_one() -> None:
    pages = promo_pages(stories=(*OTHER_STORIES, (STORY[0], STORY[1])),
                        after="Readers' comments are moderated before they are published on the site.")
    assert PROMO not in _kept(pages)


def test_two_pages_closed_alike_are_not_enough() -> None:
    assert PROMO in _kept(promo_pages(stories=OTHER_STORIES[:2]))


def test_versions_of_one_story_ending_alike_keep_their_last_sentence() -> None:
    # three versions (or reprints) of one story end with its own last sentence: they share the rest
    story = "\n".join(STORY)
    versions = [story, "A fourth village was cut off overnight, the governor said.\n" + story,
                "Rescue teams reached a fifth village on Wednesday morning, officials said.\n" + story]
    assert STORY[2] in _kept(versions)


def test_a_background_paragraph_that_closes_some_pages_and_stands_inside_more_is_not_a_closer() -> None:
    background = "The Velan dam was built in 1962 and last failed in the floods of 1987."
    closing = ["\n".join([*story, background]) for story in OTHER_STORIES]
    inside = ["\n".join([story[0], background, story[1], f"Page {k} ends on its own line of the story here."])
              for k, story in enumerate([*OTHER_STORIES, STORY[:2]])]
    assert background not in _kept(closing)  # alone, three pages it closes look like a promo's
    assert background in _kept(closing + inside)  # but most pages carry it inside the story


def test_a_last_sentence_inside_a_paragraph_or_a_one_paragraph_article_is_kept() -> None:
    # the promo's words ending a paragraph of the story, and reprints of a one-paragraph article
    run_in = ["\n".join([story[0], f"{story[1]} {PROMO}"]) for story in OTHER_STORIES]
    assert PROMO in _kept(run_in)
    reprints = [f"{STORY[0]} {STORY[1]}"] * 3  # one paragraph each: nothing of their own before it
    assert STORY[0] in _kept(reprints)
