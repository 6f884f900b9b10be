"""Builders for articles and article files used across the tests."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from briefbot.ingest.files import content_hash
from briefbot.models import Article
from briefbot.store.db import Store

_ids = itertools.count(1)


def article(
    text: str = "Officials said the bridge reopened on Monday after repairs. Traffic returned to normal by the evening.",
    *,
    title: str | None = "Bridge reopens",
    published: date | None = date(2024, 3, 1),
    key: str | None = None,
    origin: str | None = None,
    id: int | None = None,
    first_seen: date | None = None,
    url: str | None = None,
) -> Article:
    n = next(_ids)
    return Article(
        key=key or f"key-{n}", origin=origin or f"article-{n}.txt", text=text, content_hash=content_hash(title, text),
        title=title, published=published, url=url, first_seen=first_seen, id=id,
    )


def write_article(folder: Path, name: str, body: str, *, published: str | None = None, title: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    head = f" date {published} " if published else ""
    if title:
        head += f"{title}\n\n"
    path = folder / name
    path.write_text(head + body, encoding="utf-8")
    return path


def rows(store: Store | Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of a query run on the store's file through a connection of the test's own (briefbot's
    connection is the store package's alone)."""
    path = store if isinstance(store, Path) else store.path
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in db.execute(sql, params).fetchall()]
    finally:
        db.close()


# -- wire copy: invented stories in the shapes real wires and outlets deliver them -----------------

STORY = (
    "The first rescue teams reached the flooded villages north of the river on Tuesday, the regional governor said.",
    "At least 40 families were moved to schools on higher ground overnight.",
    "Engineers will inspect the damaged dam before the next rains, officials said.",
)


def reuters_copy(story: tuple[str, ...] = STORY, *, headline: str = "Rescuers reach flooded villages",
                 place: str = "VELANO, Ostravia", when: str = "Tue Mar 29, 2011 4:02am EDT") -> str:
    """Reuters as scraped: "Full Article", headline, pipe dateline with timestamp, agency dateline,
    reporting credits, the page's sign-up link and its standards line."""
    first, *rest = story
    return "\n".join([
        f"Full Article {headline} {place} | {when} {place} (Reuters) - {first}", *rest, "Sign up here.",
        "(Reporting by Ana Petrova; Editing by Tom Vale)", "Our Standards: The Thomson Reuters Trust Principles.",
    ])


def ap_copy(story: tuple[str, ...] = STORY, *, place: str = "VELANO, Ostravia") -> str:
    """AP: byline, "PLACE (AP) —", a photo caption with its credit, contributor and copyright lines."""
    first, *rest = story
    return "\n".join([
        "By MARTA KOVAC, Associated Press", f"{place} (AP) — {first}",
        "A man wades through a flooded street in Velano on Tuesday. (AP Photo/Ivo Lenz)", *rest,
        "Associated Press writer Dan Orly in Kestrel contributed to this report.",
        "Copyright 2011 The Associated Press. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed.",
    ])


def afp_copy(story: tuple[str, ...] = STORY, *, place: str = "VELANO", when: str = "March 29") -> str:
    """AFP: "PLACE, Month D (AFP) -", a caption credited to AFP/Getty Images, share links."""
    first, *rest = story
    return "\n".join([f"{place}, {when} (AFP) - {first}", "Villagers watch the water rise. AFP/Getty Images", *rest,
                      "Share this", "Related: Floods across the region"])


def bbc_copy(story: tuple[str, ...] = STORY, *, headline: str = "Rescuers reach flooded villages",
             caption: str = "Families wait for boats near the river bank") -> str:
    """BBC as scraped: headline and caption glued to the first sentence, media and image lines."""
    first, *rest = story
    return "\n".join([f"{headline} {caption} {first}", "Media playback is unsupported on your device",
                      "Image caption Boats carried food to the stranded villages", *rest])


def guardian_copy(story: tuple[str, ...] = STORY) -> str:
    """Guardian: byline with a role, a photograph credit, a first-published stamp."""
    return "\n".join(["By Lena Hart, environment correspondent",
                      "First published on Tue 29 Mar 2011 09.14 BST", story[0],
                      "Water covers the main road into Velano. Photograph: Ivo Lenz/Reuters", *story[1:]])


def cnn_copy(story: tuple[str, ...] = STORY) -> str:
    """CNN: "(CNN) --" dateline and a timestamp line."""
    first, *rest = story
    return "\n".join(["updated 10:52 a.m. EST, Tue March 29, 2011", f"VELANO, Ostravia (CNN) -- {first}", *rest])


def highlights_copy(story: tuple[str, ...] = STORY, *, place: str = "VELANO, Ostravia") -> str:
    """CNN as scraped: the story highlights, with no full stops, run into the "PLACE (CNN) --" dateline."""
    first, *rest = story
    highlights = ("NEW: Rescue teams reach two more villages north of the river U.S. envoy says aid flights will land on "
                  "Friday Officials fear the old dam could fail if the rain goes on Families sleep in schools and "
                  "churches on higher ground")
    return "\n".join([f"{highlights} {place} (CNN) -- {first}", *rest])


def captioned_copy(story: tuple[str, ...] = STORY, *, place: str = "VELANO, Ostravia") -> str:
    """CNN as scraped from its pages: a byline with a photo caption, a caption that reads like news,
    the story highlights and a promo, all above the line that opens on the "PLACE (CNN) --" dateline."""
    first, *rest = story
    return "\n".join([
        "By the CNN Wire Staff Villagers carry sandbags along the river bank in Velano on Monday.",
        "Rescue teams have reached the flooded villages north of the river.",
        "NEW: Two more villages are reached U.S. envoy says aid flights will land on Friday Are you there?",
        "Share your photos and video with CNN iReport.",
        f"Officials fear the old dam could fail {place} (CNN) -- {first}", *rest,
    ])


def factbox_copy(story: tuple[str, ...] = STORY) -> str:
    """A factbox after the story: its heading and bullet lines restate background."""
    return "\n".join([*story, "Here are some facts about Ostravia's rivers:",
                      "* The Velan river floods about once every ten years.", "* The dam was built in 1962."])


def byline_copy(story: tuple[str, ...] = STORY, *, byline: str = "By Lena Hart and Omar Vidic, CNN National Security Producers",
                stamp: str = "March 29, 2011 | ") -> str:
    """A web page's top as scraped onto one line: a date, then the byline with its outlet or role, then the story."""
    first, *rest = story
    return "\n".join([f"{stamp}{byline} {first}", *rest])


def post_copy(story: tuple[str, ...] = STORY, *, stamp: str = "Tuesday, March 29, 2011; 4:30 PM") -> str:
    """A newspaper site's copy: the day and time it was posted glued in front of the first sentence."""
    first, *rest = story
    return "\n".join([f"{stamp} {first}", *rest])


def standfirst_copy(story: tuple[str, ...] = STORY, *, headline: str = "Floods cut off villages north of the Velan",
                    standfirst: str = "Rescue teams reach families stranded by the rising river",
                    stamp: str = "Tuesday 29 March 2011 09.28 BST") -> str:
    """A newspaper page as scraped: headline, standfirst and the posted stamp run into the first sentence."""
    first, *rest = story
    return "\n".join([f"{headline} {standfirst} {stamp} {first}", *rest])


def comments_copy(story: tuple[str, ...] = STORY) -> str:
    """A page saved whole: the story, the outlet's disclaimer, then its readers' comments, each
    stamped with its date and time and the links to answer or report it (a comment's text before
    its stamp, the next one's after it)."""
    return "\n".join([
        *story, "The opinions expressed in this commentary are solely those of Lena Hart.",
        "Why did nobody warn the villages before the dam was opened?",
        "Nobody listens to the farmers, as usual!!! March 29, 2011 at 9:14 am | Report abuse | Reply I grew up in "
        "Velano and the river has never been this high.",
        "March 29, 2011 at 10:02 am | Reply The dam should have been repaired years ago, everyone knew it.",
    ])


def transcript_copy(story: tuple[str, ...] = STORY) -> str:
    """A broadcast transcript: the header (segments, when it aired, the notice), an anchor's
    labelled turns, and the story told in the correspondent's turn."""
    return "\n".join([
        "Floods in Ostravia; Rescuers Reach Velano; Markets Calm Aired March 29, 2011 - 10:00 ET THIS IS A RUSH "
        "TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        "LENA HART, CNN ANCHOR: Water, water everywhere tonight.",
        "HART: Our correspondent has been with the rescue teams all day.",
        f"IVO LENZ, CNN CORRESPONDENT: {story[0]}", *story[1:],
    ])


WIRE_SHAPES = {"byline": byline_copy, "post": post_copy, "standfirst": standfirst_copy,
               "reuters": reuters_copy, "ap": ap_copy, "afp": afp_copy, "bbc": bbc_copy, "guardian": guardian_copy,
               "cnn": cnn_copy, "highlights": highlights_copy, "captioned": captioned_copy, "factbox": factbox_copy,
               "comments": comments_copy}


# a story whose first sentence opens on a noun, not on a common opening word ("The", "It", ...)
NOUN_STORY = (
    "Floodwater covered 14 villages north of Kestrel on Tuesday, the regional governor said.",
    "By the evening the floodwater had reached the main road and the old bridge.",
    "Engineers will inspect the dam before the next rains, officials said.",
    "Residents said the floodwater was still rising after the rains of the weekend.",
)


def glued_copy(story: tuple[str, ...] = NOUN_STORY, *, headline: str = "Velan floods cut off villages",
               caption: str = "", credit: str = "") -> str:
    """A page scraped onto one line: a headline, then optionally a photo caption (with its credit),
    run into the first sentence with no full stop between them."""
    first, *rest = story
    glued = " ".join(piece for piece in (headline, caption, credit, first) if piece)
    return "\n".join([glued, *rest])


# an outlet's promo for another story, closing each of its pages whatever the story
PROMO = "Hopes for a deal on the Velan dam remain alive, despite new floods upstream, says Ivo Lenz."
OTHER_STORIES = (
    ("The regional assembly voted on Monday to fund a second bridge over the Velan river.",
     "Work on the bridge is due to start next spring, the transport minister said."),
    ("Farmers in the Kestrel valley have lost most of their wheat harvest to the floods, a union said.",
     "The union asked the government for emergency grants to replant the fields."),
    ("A cargo ship ran aground at the mouth of the Velan on Sunday, the port authority said.",
     "Its crew of twelve was taken ashore by lifeboat and no fuel has leaked."),
)


def promo_pages(promo: str = PROMO, stories: tuple[tuple[str, ...], ...] = OTHER_STORIES,
                after: str | None = None) -> list[str]:
    """An outlet's pages of different stories, each closed by the same promo line (and ``after`` it,
    when given, a line of the page's own furniture on one of them)."""
    pages = ["\n".join([*story, promo]) for story in stories]
    if after:
        pages[0] += "\n" + after
    return pages


# a newspaper site's headline in Title Case glued to the first sentence (and sometimes a caption):
# words only a headline capitalises ("Is", "Could", "With") show it; where the story starts is plain
# only when a common opening in lower case follows ("... For River Towns The water ...")
TITLE_HEADS = {
    "certain": ("A Costly Winter For River Towns", "The water reached the main road of Kestrel on Tuesday, the regional governor said."),
    "name": ("Flood Fund Could Run Dry, Velan Governor Says", "Governor Ana Petrova said on Tuesday the fund would last a month."),
    "dateline": ("Flood Fund Could Run Dry As Rains Return KESTREL, March 3 --",
                 "Governor Ana Petrova said on Tuesday the fund would last a month."),
}


def title_head_copy(kind: str = "certain", story: tuple[str, ...] = NOUN_STORY[1:]) -> str:
    """A first line of a headline in Title Case run into the first sentence (see ``TITLE_HEADS``),
    the story after it; the story writes the headline's common words in lower case."""
    head, first = TITLE_HEADS[kind]
    return "\n".join([f"{head} {first}", *story, "The fund could run dry if the towns are flooded again, a winter report said."])


def pull_quote_copy(story: tuple[str, ...] = STORY, *, opening: str = "He") -> str:
    """A page's quotation box run into a paragraph: the quoted words again, "End Quote", the
    speaker's name and role, then the paragraph (opening on ``opening``)."""
    first, second, *rest = story
    return "\n".join([
        first, '"We will not leave anyone behind, " said Ana Petrova, the governor.',
        f'We will not leave anyone behind " End Quote Ana Petrova Regional governor {opening} said boats would reach the '
        "last villages by Thursday.", second, *rest])


# first lines of pages that run a headline and a caption in sentence case into the story, and the story's start
SENTENCE_CASE_HEADS = {
    # the story restates the caption's words ("Governor Ada Vell")
    "restated": ("Governor Ada Vell warned the floods threatened the harvest of the valley "
                 "Governor Ada Vell has warned that the floods in the Velan valley will ruin this year's harvest.",
                 "Governor Ada Vell has warned that the floods in the Velan valley will ruin this year's harvest."),
    # headline, caption, story: each restates the words of the one before it
    "three": ("Kestrel dam repairs start despite floods Fallout from the Velan floods has not yet reached "
              "the Kestrel dam repairs Engineers have begun work on the Kestrel dam repairs after the floods, officials say.",
              "Engineers have begun work on the Kestrel dam repairs after the floods, officials say."),
    # a speaker's quoted words as a caption
    "quoted": ('Rescuers reach stranded villages Governor Ada Vell: "We will not leave anyone behind" '
               "Rescue teams have reached 14 villages cut off by the floods north of Kestrel.",
               "Rescue teams have reached 14 villages cut off by the floods north of Kestrel."),
    # a media player's link and a page stamp
    "help": ("Help The regional government has ordered the evacuation of three villages near the dam.",
             "The regional government has ordered the evacuation of three villages near the dam."),
    "stamp": ("17 January 12 16:55 GMT The regional government has ordered the evacuation of three villages.",
              "The regional government has ordered the evacuation of three villages."),
    "uk_time": ("12:13 UK time, Thursday, 10 June 2010 The regional government has ordered the evacuation of three villages.",
                "The regional government has ordered the evacuation of three villages."),
    # the caption's name restated far into the story's first sentence
    "far": ("Ada Vell faces a second inquiry Kestrel's dam could stay closed for many more months "
            "Prosecutors in Kestrel have asked the court on Monday to investigate Ada Vell over the dam.",
            "Prosecutors in Kestrel have asked the court on Monday to investigate Ada Vell over the dam."),
    "updated": ("Velan floods: Villages evacuated 16 December 2010 Last updated at 06:54 GMT Help "
                "The regional government has ordered the evacuation of three villages near the dam.",
                "The regional government has ordered the evacuation of three villages near the dam."),
    # a caption that is a clause of its own, ending on a determined noun, then the story's clause ("Officials have ...")
    "clause": ("Volunteers stacked sandbags along the main road out of the valley Kestrel officials have ordered the "
               "evacuation of three villages near the dam.",
               "Kestrel officials have ordered the evacuation of three villages near the dam."),
    # the same after a caption ending on a quotation, and before a story opening on an article
    "clause_quoted": ('The governor described the rescue as "a race against the water" The regional government '
                      "has ordered the evacuation of three villages near the dam.",
                      "The regional government has ordered the evacuation of three villages near the dam."),
    # a headline in sentence case, a caption, then the story, each a clause of its own
    "clause_twice": ("Kestrel villages are cut off by the floods Boats carried food to families on the roofs "
                     "Rescue teams have reached 14 villages cut off by the floods north of Kestrel.",
                     "Rescue teams have reached 14 villages cut off by the floods north of Kestrel."),
    # a caption whose clause after "after" has its own verb, then the story opening on an article
    "clause_after": ("A school in Kestrel is shut after pupils there were taken ill The Velan Water Board says 1,490 people "
                     "have been moved from three villages near the dam.",
                     "The Velan Water Board says 1,490 people have been moved from three villages near the dam."),
    # a caption's clause in the present after a name
    "present": ("Kestrel accuses the dam's owner of ignoring warnings about the old spillway Rescue teams have "
                "reached 14 villages cut off by the floods north of Kestrel.",
                "Rescue teams have reached 14 villages cut off by the floods north of Kestrel."),
    # a blog's stamp before a quotation
    "uk_time_quote": ("10:39 UK time, Friday, 6 August 2010 ` Despite the warnings, the dam held overnight ', "
                      "the governor wrote.",
                      "` Despite the warnings, the dam held overnight ', the governor wrote."),
    # a caption ending on a noun that may stand before a name, then a story whose subject is a common noun's
    "role_common": ("Villagers have been sandbagging their homes against the river Rescue teams in Kestrel have "
                    "evacuated three villages near the dam.",
                    "Rescue teams in Kestrel have evacuated three villages near the dam."),
    # a caption with a number's comma ("1,490"), then a story whose subject carries a participle's phrase
    "participle": ("The regional report says 1,490 homes have been flooded in the valley Rescue teams trying to reach "
                   "the stranded villages have evacuated the families near the dam.",
                   "Rescue teams trying to reach the stranded villages have evacuated the families near the dam."),
    # the story's subject names again whom the caption names (after a month too)
    "named": ("Mr Vell has visited the valley twice since the floods Velan Governor Ada Vell has ordered the evacuation "
              "of three villages near the dam.",
              "Velan Governor Ada Vell has ordered the evacuation of three villages near the dam."),
    "named_month": ("Kestrel Power shut the spillway in June Kestrel Power's dam has been reopened after engineers "
                    "found no damage to its walls.",
                    "Kestrel Power's dam has been reopened after engineers found no damage to its walls."),
    # a headline under its topic with no seam to show where the story starts: the first sentence goes
    "kicker": ("Velan floods: Rescue teams reach stranded families in Kestrel Boats carried food to "
               "families on the roofs of their houses on Tuesday as the water kept rising. More rain is forecast.",
               "More rain is forecast."),
}


def sentence_case_copy(shape: str, story: tuple[str, ...] = NOUN_STORY) -> str:
    """A page whose first line runs a sentence-case headline (and caption) into the story
    (:data:`SENTENCE_CASE_HEADS`), then ``story``'s other paragraphs."""
    return "\n".join([SENTENCE_CASE_HEADS[shape][0], *story[1:]])
