"""An outlet's closing lines (pure): what closes page after page of its stories, not their news.

An outlet ends its pages with the same line whatever the story: a promo for another story ("Hopes
for a settlement remain alive, despite ..., says Jo Lee."), a disclaimer, a sign-off. Read as a
sentence of each page it counts as carried by every article, the best supported sentence of a
round, and becomes a brief's first point. Cleaning cannot tell it from a story's last sentence
(it reads one article), but the articles of a brief can: such a paragraph

* is the last paragraph of at least ``PAGES`` articles, after a paragraph of their own (a
  stock sentence of the story that an outlet's own promo or question follows is not a last one),
* and of most (``LAST_SHARE``) of the articles that carry it (a story's reused background
  paragraph stands anywhere, a promo where the page ends; a page may add a comments box or a
  disclaimer after it),
* and ``PAGES`` of the articles it closes share no other sentence but one with each other
  (different stories: the versions or reprints of one story, which end alike because they are
  alike, do not count).

Its sentences are not brief material: they neither become points nor count as support. A
sentence of the story that ends a page with others in its paragraph, or a paragraph that is a
whole article, is never one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

PAGES = 3  # articles of different stories a paragraph must close
LAST_SHARE = 2 / 3  # of the articles carrying the paragraph, those it closes

Paragraph = tuple[str, ...]  # its sentences (keys)


def closing_sentences(pages: Sequence[Sequence[Paragraph]], carrying: Callable[[str], Iterable[int]]) -> set[str]:
    """The sentences (keys) of the paragraphs that close many of ``pages`` whatever their story
    (each article's paragraphs in order, each as its sentences of brief material: none for a
    paragraph of fragments, questions, furniture); ``carrying(key)``: the pages that hold a sentence."""
    closing: dict[Paragraph, list[int]] = {}
    for k, paragraphs in enumerate(pages):
        if paragraphs and paragraphs[-1] and any(paragraphs[:-1]):  # (a one-paragraph article has no line after its story)
            closing.setdefault(paragraphs[-1], []).append(k)
    found: set[str] = set()
    for last, closed in closing.items():
        if len(closed) < PAGES:
            continue
        carriers = sum(last in pages[k] for k in set(carrying(last[0])))  # (only the pages holding its first sentence)
        if len(closed) >= LAST_SHARE * carriers and _different_stories([pages[k] for k in closed], last):
            found.update(last)
    return found


def _different_stories(closed: list[Sequence[Paragraph]], last: Paragraph) -> bool:
    """Whether ``PAGES`` of the articles ``closed`` share no sentence but ``last``'s and one more with each other."""
    stories: list[set[str]] = []
    for paragraphs in closed:
        own = {key for paragraph in paragraphs for key in paragraph} - set(last)
        if all(len(own & other) <= 1 for other in stories):
            stories.append(own)
            if len(stories) >= PAGES:
                return True
    return False
