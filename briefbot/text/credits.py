"""Photo credits and the captions they close (pure).

A picture's credit follows its caption; scraped pages run it into the next paragraph ("... swim at
Alligator Point in Florida." / "Photograph: Jo Lee/Reuters Barack Obama plunged ..."), so a line that
opens with a credit tells two things: the story goes on after the credit, and the line before it
ends with a caption.  The credit's shapes:

* a credit line's label and a name with a slash or an agency ("Photograph: Jo Lee/Reuters",
  "Photograph: Reuters", "Illustration: Jo Lee/AP");
* a label and names alone, up to a function word that opens the story before a word in lower case or
  a possessive ("Photograph: Jo Lee The farmers ...", "Photograph: Ann Poe for the Kestrel Times Of
  all ..."): where a name opens the story ("Photograph: Jo Lee Velano Police said ...") the credit's
  end is not known, and nothing is cut;
* an agency's credits in brackets ("(AP Photo/Jo Lee) (Jo Lee - AP)", "(AP Photo) (AP)", "(Jo Lee -
  Getty Images)", "(Velan Photos Via Getty Images)", "(By Jo Lee -- Bloomberg News)", "(Bloomberg News)", "(Jo Lee/The
  Velan Times)", "(Pool Photo By Jo Lee)"), and a newspaper's own ("(Jo Lee - The Velan Times)");
* a sharing site's ("Image by jolee via Flickr").

A gallery strings captions and credits: each caption's line opens with the credit of the picture
before it, and the next picture's credit opens a line or two below ("(Jo Lee - AP) Crowds fill the
square in Velano." / "(Ann Poe - AP) <next caption>"). A gallery page may also string its captions alone, one a
line, a credit after some ("A woman casts her ballot in Velano on May 4. Photo: Jo Lee/AP" / "Riot police fire tear
gas in Tarsk on Tuesday." / "Jo Lee addresses supporters on Saturday."): when the page says it shows pictures and most
of its lines tell a picture in the present simple, two of them with its day and place, the page is a gallery and each
such line a caption (:func:`gallery_captions`); a story tells its news in the past, and its present-tense lead
("Rescuers search for survivors in Velano on Sunday.") is one line among many.
"""

from __future__ import annotations

import re

from briefbot.text.datelines import stamp_within
from briefbot.text.dates import MONTH_WORD
from briefbot.text.glue import REPORTING, SENTENCE_END
from briefbot.text.pictures import picture_caption
from briefbot.text.segment import split_sentences

__all__ = ["CAPTION_WORDS", "captioned", "credit_start", "dated_credit", "first_line", "gallery_caption", "gallery_captions",
           "opens_with_credit", "reads_as_caption", "stamped_head", "without_last_sentence"]

_AGENCIES = (r"(?:Associated Press|Press Association|AP|AFP|Reuters|EPA|PA|Getty Images|Getty|Bloomberg|Xinhua|Corbis|"
             r"Rex Features|Alamy|ANP|dpa)")
# the function words that open a story after a credit of names alone (never a name's part), before a word in lower
# case, a quotation or a possessive ("The farmers", 'The "sluggish', "When BP's"): not "The Kestrel Times"
_STORY_OPENS = (r"(?:The|A|An|Of|In|On|At|As|After|Before|When|While|If|Since|Until|With|From|To|This|These|Those|It|"
                r"He|She|They|We|There|But|However|Here's|One)\s+(?:[a-z\"“‘']|[A-Z][\w.-]*['’]s\b)")
_LABEL = r"\b(?:Photograph|Photo|Picture|Image|Illustration)\s*:\s+"
_NAME = r"[A-Z][\w.'’-]*"
_CREDIT = re.compile(
    rf"(?:{_LABEL}(?:[\w.'’-]+ ){{0,4}}?[\w.'’-]*\\?/(?:[\w.'’-]+\\?/)*(?:{_AGENCIES}|[\w.'’-]+)|{_LABEL}{_AGENCIES}"
    rf"|\bPhotograph\s+(?:{_NAME}\s+){{0,3}}{_NAME}\\?/{_AGENCIES}\b"  # a dropped colon: "Photograph Jo Lee/AP"
    rf"|{_LABEL}(?:{_NAME}\s+){{0,3}}?{_NAME}(?:\s+for\s+the(?:\s+{_NAME}){{1,3}}?)?(?=\s+{_STORY_OPENS})"
    rf"|\((?:AP|AFP|Reuters) Photo[^()]{{0,60}}\)(?:\s*\((?:Photos? [Bb]y )?[^()]{{1,50}}\s-{{1,2}}\s[^()]{{1,40}}\)"
    rf"|\s*\({_AGENCIES}\))*"
    rf"|\((?:{_NAME}\s+){{0,4}}(?:-{{1,2}}\s+|[Vv]ia\s+)?(?:Getty Images|{_AGENCIES}(?:\s+News)?)\)"  # "(Jo Lee - Getty Images)"
    rf"|\((?:(?:{_NAME}|de|du|van|von|da|di|al|el|la|le|bin)\s+){{1,4}}-{{1,2}}\s+(?:For\s+)?The(?:\s+{_NAME}){{1,3}}\)"  # a
    # newspaper's own: "(Jo Lee - The Velan Times)", "(Ann du Poe - For The Velan Times)"
    rf"|\((?:Photos? )?[Bb]y [A-Z][^()]{{1,50}}\s-{{1,2}}\s[^()]{{1,40}}\)"  # "(By Jo Lee -- Bloomberg News)"
    rf"|\((?:{_NAME}\s+)?Photos?\s+[Bb]y\s+(?:{_NAME}\s+){{0,3}}{_NAME}\)"  # "(Pool Photo By Jo Lee)"
    rf"|\((?:{_NAME}\s+){{1,3}}{_NAME}\s*\\?/\s*"  # "(Jo Lee/Reuters)", "(Jo Lee/The Velan Times)"
    rf"(?:{_AGENCIES}|(?:The\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,2}})\)"
    rf"|\b(?:Photograph|Photo|Picture|Image)s? (?:by|courtesy of) [\w.'’@-]+(?: [\w.'’@-]+){{0,3}}? via [A-Z][\w.'’-]*)"
    rf"(?:\s+(?=[A-Z0-9“\"‘])|\s*$)"
)
_MARKS = ("Photo", "Picture", "Image", "Illustration", "/", "(By ", "(by ")  # a credit holds one, or opens with "("


CREDITED_WORDS = 45  # a caption that its credit closes, at most (the credit tells it a caption: longer than an uncredited one)


def credit_start(head: str) -> int:
    """Where the story of ``head`` starts after a photo caption that ends with its credit, at most
    ~45 words into the line and with no sentence end before the credit, else 0."""
    if head[:1] != "(" and not any(mark in head for mark in _MARKS):
        return 0
    m = _CREDIT.search(head, 0, 400)
    if m is None or len(head[m.end():].split()) < 4:
        return 0
    caption = head[:m.start()]
    if len(caption.split()) > CREDITED_WORDS or SENTENCE_END.search(caption):
        return 0
    return m.end()


def first_line(lines: list[str]) -> int:
    """The index of the page's first line with words on it, -1 when there is none."""
    return next((k for k, line in enumerate(lines) if line.strip()), -1)


def opens_with_credit(line: str) -> bool:
    """Whether ``line`` opens with a photo credit glued to what follows it ("Photograph: Jo Lee/AP <story>")."""
    return _CREDIT.match(line) is not None and credit_start(line) > 0


HEAD_WORDS = 60  # a page's headline and standfirst above its stamp, at most


def stamped_head(lines: list[str]) -> tuple[int, str | None]:
    """The line where the story starts below a page's head that runs over its second or third line to a full date and
    time stamp, the picture's caption after the stamp and its credit opening the next line ("<headline>" / "<the
    standfirst's end> Friday 14 May 2026 11.31 BST <caption>." / "Photograph: Jo Lee/AP <story>"; the standfirst may
    end a sentence on the line above), with the stamp's time; (0, None) when the page has no such head.  A stamp on the
    first line is read with that line (:func:`briefbot.text.datelines.stamp_within`)."""
    first = first_line(lines)
    for k in (first + 1, first + 2) if first >= 0 else ():
        if k + 1 >= len(lines) or not opens_with_credit(lines[k + 1]) or (found := stamp_within(lines[k])) is None:
            continue
        head = sum(len(line.split()) for line in lines[first:k]) + len(lines[k][:found[0]].split())
        if head <= HEAD_WORDS and len(lines[k][found[0]:].split()) <= CREDITED_WORDS:
            return k + 1, found[2]
    return 0, None


def captioned(lines: list[str]) -> set[int]:
    """The lines whose last sentence is a photo caption: those followed by a line that opens with
    the caption's credit glued to the story ("... swim at Alligator Point in Florida." /
    "Photograph: Jo Lee/Reuters Barack Obama plunged ..."). On the article's first line (a page's
    headline, standfirst, stamp and caption run together there with no sentence end between them)
    unless it is a live blog's entry (a lead above a credit that opens the next paragraph is taken
    for such a page top too: nothing in the line tells them apart, and a caption may quote its
    speaker); further down only when that sentence reads as a caption (at most ``CAPTION_WORDS``
    words, no speech reported or quoted, no live blog's time stamp).  A credit on a line of its own
    ("Photo: Reuters") says nothing of the sentence before it.  A caption line that opens in lower
    case continues the line before it, whose last sentence is the caption's start ("... Sen. Jo Lee
    (D-Velano)" / "speaks in Velano on Tuesday." / "(Ivo Lenz/AP) ...")."""
    first = first_line(lines)
    found = {k - 1 for k in range(1, len(lines))
             if opens_with_credit(lines[k]) and reads_as_caption(_uncredited(lines[k - 1]), k - 1 == first)}
    return found | {k - 1 for k in found if k > first and lines[k][:1].islower()}


def gallery_caption(lines: list[str], k: int, piece: str) -> bool:
    """Whether ``piece``, what line ``k`` says after the credit it opens with, is a gallery's caption:
    one sentence that tells a picture in the present on its day (:func:`briefbot.text.pictures.picture_caption`:
    "An investor stands at a monitor in Kestrel on Wednesday."), or that reads as a caption (no speech
    reported or quoted: a story's paragraph between two pictures reports) with the next picture's
    credit opening one of the two lines below it."""
    if len(split_sentences(piece)) != 1:
        return False
    return picture_caption(piece) or (any(opens_with_credit(line) for line in lines[k + 1:k + 3])
                                      and not REPORTING.search(piece) and not any(q in piece for q in "\"“”"))


_TRAILING_CREDIT = re.compile(rf"(?<=[.!?])\s+{_LABEL}[^.!?]{{1,60}}$")  # "... in Velano on May 4. Photo: Jo Lee/AP"
_GALLERY_LINES = 3
# what a caption's line looks like at a glance, before it is read (picture_caption): a capital, up to ~300 characters
# with no quotation or colon, a full stop at the end, no full stop before a capital inside
_CAPTION_SHAPE = re.compile(r"[A-Z][^\"“”:]{15,300}\.")
_TWO_SENTENCES = re.compile(r"[.!?]\s+[A-Z]")
_PICTURES = re.compile(r"\b(?:photo|photograph|picture|image|gallery)(?:s|es)?\b", re.I)  # "In pictures: ...", "Photo: ..."


def gallery_captions(lines: list[str]) -> set[int]:
    """The lines of a gallery page that are its captions (see the module): when the page says it shows pictures (its
    headline's "In pictures: ...", a credit's "Photo: ...", "All photographs subject to copyright") and at least three
    of its lines with words, and at least half of them, tell a picture in the present simple (a credit after it aside),
    two of those with the picture's day and place (:func:`briefbot.text.pictures.picture_caption`), those lines."""
    low = "\n".join(lines).lower()
    if not any(word in low for word in ("photo", "pictur", "image", "galler")):
        return set()  # (a gallery's page says it shows pictures: most pages never name them, found at once)
    said = [k for k, line in enumerate(lines) if line.strip()]
    if not _GALLERY_LINES <= len(said) <= 60 or not any(_shows_pictures(line) for line in lines):
        return set()  # (a gallery's page is short)
    present: dict[int, str] = {}
    misses = len(said) // 2  # the lines that may be no caption
    for k in said:
        bare = _TRAILING_CREDIT.sub("", lines[k].strip()) if len(lines[k]) < 400 else ""
        if _CAPTION_SHAPE.fullmatch(bare) and not _TWO_SENTENCES.search(bare) and picture_caption(bare, dated=False):
            present[k] = bare
        elif (misses := misses - 1) < 0:
            return set()  # (most news lines tell no picture: the page is known to be none early)
    if len(present) < _GALLERY_LINES or sum(1 for bare in present.values() if picture_caption(bare)) < 2:
        return set()
    return set(present)


def _shows_pictures(line: str) -> bool:
    """Whether ``line`` says its page shows pictures: a credit's label ("Photo: Jo Lee/AP"), or a short line, a
    headline's or a notice's, that names them ("In pictures: ...", "All photographs subject to copyright.")."""
    if ":" in line and _LABELLED.search(line):
        return True
    return len(line) <= 120 and len(line.split()) <= 12 and _PICTURES.search(line) is not None


_LABELLED = re.compile(_LABEL)


def _uncredited(line: str) -> str:
    """``line`` after the credit it opens with, if any: in a gallery, each caption's line opens with
    the credit of the caption before it ("(By Jo Lee -- AP) Crowds fill the square in Velano." /
    "(By Ann Poe -- AP) <story>")."""
    m = _CREDIT.match(line)
    return line[m.end():] if m else line


CAPTION_WORDS = 25
_STAMPED = re.compile(r"\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\b", re.I)  # "1.40 pm: ...", a live blog's entry


def reads_as_caption(line: str, top: bool = False) -> bool:
    """Whether the last sentence of ``line`` reads as a photo caption (see :func:`captioned`; ``top``:
    the article's first line, where only a live blog's entry is none)."""
    if top:
        return not _STAMPED.match(line)
    spans = split_sentences(line)
    if not spans:
        return False
    last = line[spans[-1][0]:spans[-1][1]]
    return (len(last.split()) <= CAPTION_WORDS and not REPORTING.search(last)
            and not any(q in last for q in "\"“”") and not _STAMPED.match(last))


def without_last_sentence(line: str) -> str:
    """``line`` without its last sentence (a caption), "" when it has one sentence."""
    spans = split_sentences(line)
    return line[:spans[-2][1]].rstrip() if len(spans) > 1 else ""


# a wire photo's caption with its credit on its line: what it shows, where, and the day in full, then the outlet's and the
# photographer's names ("Residents board up a shop in Port Alda, Ostravia, November 11, 2026. Meridian Press/Leo Carrow")
_DATED_CREDIT = re.compile(
    rf",\s+(?:{MONTH_WORD}\s+\d{{1,2}},|\d{{1,2}}\s+{MONTH_WORD})\s+(?:19|20)\d\d\.\s+"
    r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$")
_STORY_BEFORE = re.compile(r"[.!?][\"'”’)]*\s+[A-Z“\"‘]")


# a photo package's entry, as a wire service sends its subscribers a day's pictures: the picture's number, its place, day
# and slug, then the caption ("(NYT35) GUADALAJARA, Mexico -- Oct. 28, 1998 -- GUADALAJARA-ARCHITECTURE, 10-28 -- Jorge
# Vergara ... (Jo Lee/New York Times Photo)"); a story's dateline has no picture's number before it
_PACKAGE_ENTRY = re.compile(r"^\(?[A-Z]{2,5}\d{1,3}\)\s+[A-Z][A-Za-z.'’ -]*(?:,\s+[A-Z][\w.'’ -]*)?\s+(?:--|—|_)\s+"
                            rf"(?:{MONTH_WORD}\.?\s+\d{{1,2}},\s+(?:19|20)\d\d\s+(?:--|—|_)\s+)?[A-Z][A-Z0-9&-]+[A-Z0-9]\b")


def dated_credit(line: str) -> bool:
    """Whether ``line`` is one wire photo's caption, its day in full, with its credit after it (see ``_DATED_CREDIT``): a
    line with a sentence of the story before the caption is the story's; or a photo package's entry (``_PACKAGE_ENTRY``)."""
    if line.startswith("(") and _PACKAGE_ENTRY.match(line):
        return True
    m = _DATED_CREDIT.search(line) if "/" in line else None
    return m is not None and _STORY_BEFORE.search(line, 0, m.start()) is None
