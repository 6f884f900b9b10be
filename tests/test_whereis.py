"""Which town a point's "the town" is: the place its article named by that noun before it (briefbot.brief.whereis)."""

from __future__ import annotations

from datetime import date

from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.whereis import places_meant
from briefbot.brief.whois import named
from briefbot.models import Point
from briefbot.output import markdown as render

STORY = ("Troops backed by tanks moved into the northern town of Jisr al-Tessel on Sunday, residents said.\n\n"
         "The government says armed gangs stormed public buildings in the town, killing 12 police officers.\n\n"
         "Thousands of residents have fled the town towards the border, aid workers said.")


def test_the_town_gets_the_place_its_article_named_by_that_noun() -> None:
    sentence = "The government says armed gangs stormed public buildings in the town, killing 12 police officers."
    at = sentence.index("the town") + len("the town")
    assert places_meant(sentence, STORY) == ((at, "Jisr al-Tessel"),)
    later = "Thousands of residents have fled the town towards the border, aid workers said."
    assert [p for _, p in places_meant(later, STORY)] == ["Jisr al-Tessel"]
    # the other ways an article names it: "X, a town ...", "the capital, X", "X, the capital"
    assert [p for _, p in places_meant("Shelling hit the town overnight, residents said.",
                                       "Marn, a small town near the border, was shelled.\n\nShelling hit the town "
                                       "overnight, residents said.")] == ["Marn"]
    assert [p for _, p in places_meant("Protesters marched through the capital on Friday.",
                                       "Police sealed off the capital, Velano, on Thursday.\n\nProtesters marched through "
                                       "the capital on Friday.")] == ["Velano"]


def test_no_note_where_the_sentence_names_the_place_or_the_article_says_not_which() -> None:
    # the sentence names it: after the noun, before it, or elsewhere
    assert places_meant("Troops moved into the town of Marn on Sunday.", STORY) == ()
    assert places_meant("In Jisr al-Tessel on Sunday, witnesses said troops fired in the town.",
                        "Troops entered the town of Jisr al-Tessel.\n\nIn Jisr al-Tessel on Sunday, witnesses said troops "
                        "fired in the town.") == ()
    # two towns named before: which one is not told
    two = ("Troops entered the town of Marn and the town of Tessel.\n\nShelling hit the town overnight, residents said.")
    assert places_meant("Shelling hit the town overnight, residents said.", two) == ()
    # named only after the point, or never: no guess (a dateline is none either)
    assert places_meant("Shelling hit the town overnight.", "Shelling hit the town overnight.\n\nThe town of Marn is "
                        "near the border.") == ()
    assert places_meant("Protesters marched through the capital on Friday.", "VELANO (Reuters) - Protesters marched "
                        "through the capital on Friday.") == ()
    # "the town hall" and "the city council" are the town's too, but "the capital of Ostravia" names it
    assert places_meant("Rebels reached the capital of Ostravia on Friday.", "The capital, Velano, was quiet.\n\nRebels "
                        "reached the capital of Ostravia on Friday.") == ()


def test_the_note_is_shown_beside_the_words() -> None:
    a = article(STORY, id=1, published=date(2011, 6, 6), title="Troops enter Jisr al-Tessel")
    point = named([Point("The government says armed gangs stormed public buildings in the town, killing 12 police "
                         "officers.", (1,), written=date(2011, 6, 6))], {1: a})[0]
    assert point.names and point.names[0][1] == "Jisr al-Tessel"
    brief = compose_brief(Settings(topic="t", title="Jisr al-Tessel", words=250), date(2011, 6, 6), [a], [], None)
    text = render.point_text(brief, point)
    assert "in the town [Jisr al-Tessel], killing 12 police officers." in text

