"""Wire furniture out of article text (pure), done once when an article is read.

News copy as feeds and wires deliver it carries more than the story: datelines (``TRIPOLI (Reuters) -``, ``SIRTE, Libya | Mon Oct 10,
2011 5:55 pm EDT``, ``(CNN) --``), timestamps (``Updated 1542 GMT``), bylines (``By Jane Doe, Health Editor``), ``Full Article``,
headlines and photo captions glued to the first sentence, captions and credits (``REUTERS/Name``, ``(AP Photo/Name)``, ``Photograph: ...
/Getty Images``), ``(Reporting by ...; Editing by ...)``, related-story, share and advertisement lines, the reader's instructions
(``Click NEXT``, ``For updates, please see ...``), copyright notices and factbox lines (``Here are some facts ...``).

The rules only ever *drop whole lines* or *trim the ends of a line* (see :func:`clean_line`): a sentence of the cleaned text is a
sentence of the original with at most leading or trailing furniture removed, never a word changed inside (the verbatim promise; a
property test holds it). What a dateline says (its place and time) is kept as the article's data (:class:`Cleaned`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefbot.text import glue
from briefbot.text.comments import chat_lines, chat_questions, thread_start
from briefbot.text.credits import (
    CAPTION_WORDS,
    captioned,
    credit_start,
    dated_credit,
    first_line,
    gallery_caption,
    gallery_captions,
    opens_with_credit,
    reads_as_caption,
    stamped_head,
    without_last_sentence,
)
from briefbot.text.cutoff import line_whole_sentences
from briefbot.text.datelines import (
    AGENCY_LINE,
    BARE_STAMP,
    BLOG_STAMP,
    CAPS_LINE,
    CAPS_WORD,
    CLOCKED_STAMP,
    COLON_LINE,
    LEADING_STAMP,
    PIPE_LINE,
    SOURCED_COLON,
    STAMP_LINE,
    UPDATE_STAMP,
    UPDATE_TAIL,
    dateline_alone,
    dateline_within,
    headline_of,
    place_of,
    stamp_within,
    story_line,
)
from briefbot.text.dates import MONTH_NAMES, WEEKDAY_NAMES
from briefbot.text.glue import SENTENCE_END as _SENTENCE_END
from briefbot.text.glue import Casing, capital_head, glued_start, staff_byline
from briefbot.text.guarded import guarded
from briefbot.text.labels import SECTION_LABEL, item_labels
from briefbot.text.notes import page_notes
from briefbot.text.pictures import picture_caption
from briefbot.text.seams import story_start
from briefbot.text.segment import split_sentences
from briefbot.text.transcripts import header_field, speaker_label, transcript_header

__all__ = ["Cleaned", "clean_article", "clean_line", "is_factbox_heading", "is_furniture_line"]

# a byline glued in front of a first line's story: "By Jane Doe for CNN ...", "By Jane Doe, John Roe and
# Ann Poe, CNN ...", "By Jane A. Doe, Special to CNN ...", "By Jane Doe Middle East analyst, LSE ...",
# "By Jane Doe BBC News, Kestrel ...", "By Jane Doe BBC News, northern Ostravia ..."
_NAME = (r"(?:(?:Dr|Prof|Rev|Sir|Dame)\.?\s+)?(?:[A-Z][a-z'’-]+|[A-Z]{2}|(?:[A-Z]\.){1,2})(?:\s+[A-Z]\.)?"
         r"\s+(?:(?:Mc|Mac|O’|O'|De|Van|Le)?[A-Z][\w'’-]+)")  # "Jane A. Doe", "Dr. Jane Doe", "JP Doe", "J.P. Doe"
_ROLE = (  # the longest role first: "CNN National Security Producer" before "CNN"
    r"(?:[\w ]{0,40}?\b(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Pp]roducer|[Aa]nalyst|[Ww]riter|[Cc]olumnist|"
    r"[Cc]ontributor|[Cc]ommentator)|[Ss]pecial to (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?"
    r"|CNN|BBC(?: News)?|Reuters|AP|AFP|Associated Press|Bloomberg|News|Staff)"
)
_MONTH = f"(?:{MONTH_NAMES})"
_NOT_A_NAME = rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|Then|Now|Next|Last|Early|Late|Noon|Midnight)\b"
# the first word of a place's name of two ("BBC News, Los Angeles <story>", "CNN, New York <story>")
_TWO_WORD_PLACE = r"(?:Los|Las|San|Santa|New|Hong|Abu|Tel|Buenos|Kuala|Cape|Port|St\.?|El|Rio|Sao|São)"
_REGION = r"(?:northern|southern|eastern|western|central|north|south|east|west)"  # "BBC News, northern Lebanon"
_NAMES = rf"(?!{_NOT_A_NAME}){_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME})*"
_WHOSE = (rf"(?:\s+for\s+|,\s*|\s+-{{1,2}}\s+|\s+and\s+|\s+)"
          rf"{_ROLE}(?:,\s*(?:BBC News|Sky News|(?:{_REGION}\s+)?(?:{_TWO_WORD_PLACE}\s+)?[A-Z][\w'’-]+)"
          rf"(?=\s+[A-Z“\"‘]))?")
# ... or "From Jane Doe, CNN <story>" (with "From", the outlet or role is no option: "From Cairo to ...")
_GLUED_BYLINE = re.compile(rf"^(?:By\s+{_NAMES}(?:{_WHOSE})?|From\s+{_NAMES}{_WHOSE})(?:\s+|(?={_MONTH}\b))(?=[A-Z“\"‘])")
# a correspondent's byline opening a box of analysis inside the story, on any line: "Jo Lee BBC News, Kestrel
# <analysis>", "Jo Lee BBC News, Velano, Ostravia ...", "Jo Lee BBC business correspondent <analysis>"
_BOX_BYLINE = re.compile(
    rf"^{_NAME}(?:\s+[A-Z][a-z'’-]+)?\s+(?:BBC News|Sky News|BBC|CNN)(?:,\s*(?:{_REGION}\s+)?(?:{_TWO_WORD_PLACE}\s+)?"
    rf"[A-Z][\w'’-]+(?:,\s*[A-Z][\w'’-]+)?|\s+(?:[a-z]+\s+){{0,3}}(?:correspondent|editor|reporter|analyst))\s+(?=[A-Z“\"‘])"
)
# a page's links at a line's start: "Full Article", a story menu, a skip link, a server error, a media credit, a
# gallery's buttons ("BACK {current} of {total} NEXT")
_PAGE_LINKS = re.compile(
    r"^(?:Full (?:Article|Story)|Read (?:the )?full (?:article|story))\s*(?:[|:»>-]\s*)?|^\W*This Story:\s*(?:\w+\s*\+?\s*\|\s*)+"
    r"|^Skip to [\w ]{1,30}:\s*|^[^()]{0,60}\(an error occurred while processing this directive\)\s*"
    r"|^BACK\s+(?:-LCB-\s*|\{)?(?:current|\d+)\s*(?:-RCB-\s*|\})?\s*of\s+(?:-LCB-\s*|\{)?(?:total|\d+)\s*(?:-RCB-\s*|\})?\s*NEXT\b\s*"
    r"|^\((?:[\w.'’ -]{0,30}\s)?(?:Photo|Video|Image)\b[^()]{0,60}\)\s*"  # a credit: "(AP Video)", "(Pool Photo By ...)"
    r"|^(?-i:(?:[A-Z]{2,8}\s*\|\s*)+[A-Z]{2,8}\s+(?=[A-Z]))", re.I)  # a poll's or a menu's buttons: "YES | NO <story>"
BYLINE = re.compile(r"^\s*(?i:by|reporting by|written by|edited by|editing by|additional reporting by|compiled by|words by|story by)\s+"
                    rf"(?!(?:{WEEKDAY_NAMES}|Then|Now|Noon|Midnight)\b|(?:{MONTH_NAMES})\b(?!\s+[A-Z]))(?:the\s+)?[A-Z][\w.'’-]*"
                    r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,5}\s*"
                    r"(?:[,|-].{0,70}(?<![.!?])|(?:[,-][^|]{1,40})?\|.{0,70}(?<=\d [ap]\.m\.))?$")
_CREDIT = re.compile(
    r"^\s*(?:cover\s+|top\s+|main\s+|header\s+|featured\s+|file\s+)?(?:image|photo|picture|photograph|video|graphic|"
    r"illustration|caption|pictured)s?(?:\s+(?:source|credit|courtesy|by|copyright|caption))?\s*:", re.I)
# every photo credit and caption mark holds one of these (the searches below run only when one is there)
_CREDIT_LITERALS = ("/", "Photo", "Getty Images", "Image ", "Media playback", "Picture: ", "File photo")
_CREDIT_MARK = guarded(re.compile(
    r"REUTERS/|\((?:AP|AFP|Reuters) Photo|(?:AP|AFP) Photo/|/(?:AP|AFP|Reuters|Getty Images|EPA|PA)\b|"
    r"Getty Images(?=\s*[)/]|\s*$|\s+for\s+[A-Z])|"  # (in a sentence it is news: "Getty Images said ...")
    r"\bImage (?:copyright|caption)\b|\bMedia playback\b|\bPhotograph: |\bPhoto: |\bPicture: |\bFile photo\b",
), _CREDIT_LITERALS)
_CHROME = re.compile(
    r"^\s*(?:advertisement|story continues below|continue reading|share this|share on|(?:share|email|print|tweet)\s*$|"
    r"follow us|follow @|sign up|subscribe|read more|related(?: articles| stories| topics| coverage| content)?\s*:|"
    r"related\s*$|click here|license photo\s*$|enlarge this image\s*$|(?:hide|toggle) caption\s*$|view gallery\s*$|"
    r"copyright\s*(?:©|\(c\)|\d{4})|©|all rights reserved|more on this story|see also|watch:|"
    r"listen:|video:|(?:please note )?this (?:clip|video|audio) is (?:only |not )?available\b|in order to see this content\b|"
    r"your browser's settings may be preventing you\b|see instructions for fixing the problem\b|our standards\s*:|"
    r"most (?:read|popular|viewed)\b|top (?:news|stories)\s*$|recommended(?: for you| stories)?\s*:?\s*$|"
    r"trending\s*:?\s*$|you may also like|the post\b.{1,200}\bappeared first on\b|"
    r"(?:click (?:next|the|on)|please (?:see|visit|note))\b(?!.*\b(?:said|says|told|tells|wrote)\b)|"  # (not quoted)
    r"this material may not be published|for use by clients of|this article (?:was|has been) amended|"
    r"this (?:article|story|report) was (?:reported|produced|written) (?:jointly )?(?:with|by|in (?:partnership|collaboration) with)\b|"
    r"(?:a version(?: of this (?:article|story))?|this (?:article|story)) (?:appeared|appears|was published) "
    r"(?:on p(?:age)?\.?\s?[A-Z]?\d+\b|in (?:print|the print edition)\b)|follow the latest\b.{0,80}\bon twitter\b|"
    r"(?:the )?associated press (?:writers?|reporters?) .{0,80} contributed|.{0,120}\bcontributed to this report\.?$|"
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b|transmission details\b.{0,120}\bnot updated|"
    r"for (?:updates|more details|more information),? (?:please )?(?:see|visit|go to)\b|(?:\w+ )?(?:news\s)?(?:blog|desk)\s*:\s*$|"
    r"the writers? (?:is|are|was|were) (?:an?|the|co-\w+|former|president|chairman|head|editor|professors?|prime|general|chief)\b"
    r"[^.!?]{0,250}[.!?]?[\"”]?\s*$)", re.I)  # (the last: an op-ed writer's note, "The writer is a senior fellow at ...")
_CHAT_PROMO = re.compile(r"[^.!?]{0,120}\bwill be (?:live )?online\b.{0,80}\byour questions\b", re.I)  # (asked of lines "online" is in)
# factbox and Q&A shapes: their lines restate background, never news
_FACTBOX = re.compile(
    r"^\s*(?:factbox|fact box|factfile|key facts|fast facts|q\s?\+\s?a|timeline|explainer)\b\s*[:–—-]|"
    r"^\s*(?:here are|following are|below are|the following are)\b.{0,60}\b(?:facts?|details|key points|timeline|"
    r"questions and answers)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[*•·▪‣-]|\d{1,2}[.)])\s+")
_TRAILING_PASSES = 6  # pieces of trailing furniture trimmed from one line at most
# trailing furniture at a line's end, never the tail of a word ("0Full Article")
_PHOTO_CREDIT = r"\((?:(?:AP|AFP|Reuters) Photo[^()]*|(?:Photo|Picture|Image)s?(?: by)?:?\s[^()]{1,60})\)"  # "(AP Photo/Jo Lee)"
_TRAILING = guarded(re.compile(
    r"\s*(?<!\w)(?:\((?:[^()]*\b(?:reporting|writing|editing|compiled|reported) by\b[^()]*)\)"
    rf"|{_PHOTO_CREDIT}|REUTERS/[\w .'’-]+"
    r"|\[?(?:Full Article|Read more|Continue reading)(?:\s*(?:»|›|→|>|…|\.\.\.))?\]?"
    r"|(?:\s*[|•]\s*)?(?:Share|Email|Print|Tweet)(?:\s*[|•]\s*(?:Share|Email|Print|Tweet))+"
    rf"|{UPDATE_TAIL})\s*$", re.I,
), ("ing by", "led by", "ted by", "photo", "picture", "image", "reuters/", "full article", "read more", "continue reading", "share",
     "email", "print", "tweet", "(update", "(posted"))
# a caption: a line that ends with its photo credit
_CREDIT_END = guarded(re.compile(
    r"(?:REUTERS/[\w .'’-]+|\((?:AP|AFP|Reuters) Photo[^()]*\)|(?:\b(?:AFP|AP|EPA|PA|Reuters)\s*/\s*)?Getty Images"
    r"|\b(?:Photograph|Photo|Picture)(?::| by) [^.]{0,60}|\((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s*/\s*(?:Associated Press|Reuters"
    r"|AP|AFP|EPA|Getty Images|Bloomberg)\))\s*$"), (*_CREDIT_LITERALS, "Picture"))
_REPORTED = re.compile(rf"\b(?:said|says|told|according to)\b[^()]*[.!?][\"'”’]?\s*{_PHOTO_CREDIT}$", re.I)
_INNER_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z“\"‘]")
# a box's lines that are never story: a book's title, author and publisher ("<Title> By Jo Lee | Kestrel Press.
# 270 pp."); an aggregator's list of other outlets' headlines, each with its age ("<headline> - 3 hrs ago <outlet>")
_BOOK_BOX = guarded(re.compile(r"\sBy\s+(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+\s*\|\s*[A-Z][^|]{0,40}$"), ("|",))
_AGES_AGO = guarded(re.compile(r"\s[-–]\s\d{1,2}\s(?:hrs?|hours?|mins?|minutes?|days?)\sago(?=\s+[A-Z]|\W*$)"), (" ago",))


@dataclass(frozen=True)
class Cleaned:
    """An article's text without furniture, and what its dateline said (``None`` when it had none)."""

    text: str
    place: str | None = None
    time: str | None = None
    headline: str | None = None  # a headline glued before the dateline ("Full Article <headline> PLACE | ..."), a caption or a byline
    no_story: bool = False  # readers' comments or page notes (a wire's budget) and nothing else: no story to quote
    thread: int | None = None  # the line of the text as read where readers' comments start (comments.thread_start), if any


def is_factbox_heading(line: str) -> bool:
    """A factbox, timeline or Q&A heading ("FACTBOX-Key facts", "TIMELINE: Crisis on Wall Street"): background follows."""
    return bool(_FACTBOX.match(line.strip()))


@lru_cache(maxsize=65_536)  # asked of a line as read, of its trimmed body, then of its paragraph and sentence
def is_furniture_line(line: str) -> bool:
    """A whole line that is never story: byline, credit or caption, share/related/ad chrome, reporting credits, copyright,
    a bare timestamp or dateline, a factbox heading, a book's box, a list of other outlets' headlines with their ages."""
    stripped = line.strip()
    if not stripped:
        return True
    if BYLINE.match(stripped) or _CREDIT.match(stripped) or _CHROME.match(stripped) or _FACTBOX.match(stripped) or (
            "online" in stripped and _CHAT_PROMO.match(stripped)):  # a web chat's promo
        return True
    if BARE_STAMP.match(stripped) or _PAGE_LINKS.fullmatch(stripped) or dateline_alone(stripped):
        return True
    if _BOOK_BOX.search(stripped) or _AGES_AGO.search(stripped) or header_field(stripped) or dated_credit(stripped):
        return True
    if len(stripped.split()) <= 45 and (
            _CREDIT_END.search(stripped) or (_CREDIT_MARK.search(stripped) and not _INNER_END.search(stripped))):
        return not _REPORTED.search(stripped)  # a caption with its credit (not a report: "..., police said. (Photo: AP)")
    m = STAMP_LINE.match(stripped)
    return bool(m and not stripped[m.end():].strip())


def clean_line(line: str, *, first: bool = False) -> tuple[int, int, str | None, str | None]:
    """Where the story of ``line`` starts and ends (``line[start:end]``), with the place and time of a dateline found at its
    start.  ``first`` marks an article's first line, where a headline, caption or timestamp may open it before those."""
    return _trim(line, first, None, None)[:4]


def _trim(line: str, first: bool, known: Casing | None, title: str | None, colon: bool = False
          ) -> tuple[int, int, str | None, str | None, int]:
    """:func:`clean_line` with the article's casing and title (see :mod:`briefbot.text.glue`), and
    where a headline glued in front of a caption ends (0 when none was found); ``colon``: a colon dateline may open it."""
    end = len(line)
    place: str | None = None
    when: str | None = None
    glued = not first
    headline_end, start = staff_byline(line) if first else (0, 0)  # "<headline> By the CNN Wire Staff <story>"
    start = start or (glue.pull_quote(line, known) if known else 0)  # '<quoted words> " End Quote <name> <story>'
    start = start or (0 if first else glue.restated_start(line[:end]))  # a caption on the story's subject (the first line: below)
    while True:
        head = line[start:end]
        found = _leading(head, first, colon and not start)  # (a colon dateline opens its line)
        if found is None and not glued:
            glued = True
            cut, piece = glued_start(head, known, title)
            cut = glue.title_head(head, known, cut) if known else cut  # a headline in Title Case
            found = (cut, None, None) if cut else None
            headline_end = headline_end or (start + piece if piece else 0)
        if found is None:
            break
        cut, p, w = found
        start += cut
        place, when = place or p, when or w
    for _ in range(_TRAILING_PASSES):  # (bounded: a hostile line of a thousand stamps is not read a thousand times)
        m = _TRAILING.search(line, start, end)
        if not m or m.start() == start:
            break
        end = m.start()
    start += len(line[start:end]) - len(line[start:end].lstrip())
    end -= len(line[start:end]) - len(line[start:end].rstrip())
    return start, end, place, when, headline_end


def _leading(head: str, first: bool, colon: bool = False) -> tuple[int, str | None, str | None] | None:
    """The furniture at the start of ``head``: (its length, a dateline's place, its time)."""
    for pattern in (_PAGE_LINKS, STAMP_LINE, CAPS_LINE, BLOG_STAMP, UPDATE_STAMP, _BOX_BYLINE, SECTION_LABEL,
                    *((LEADING_STAMP, _GLUED_BYLINE, *((SOURCED_COLON,) if colon else ())) if first else (CLOCKED_STAMP,))):
        m = pattern.match(head)
        if m and 0 < m.end() < len(head):
            groups = m.groupdict()
            return m.end(), place_of(groups.get("place"), groups.get("outlet")), groups.get("when")
    found = dateline_within(head, first) or (stamp_within(head) if first else None)
    cut = 0 if found else credit_start(head) or capital_head(head)  # a credited caption, a capitals subhead
    return (cut, None, None) if cut else found


def _headline(line: str) -> str | None:
    """The headline glued in front of a first line's dateline ("Full Article Rebels push west NAWFALIYAH, Libya | Tue ...",
    "By the CNN Wire Staff Rebels push west (CNN) -- ..."), or None."""
    links = _PAGE_LINKS.match(line)
    begin = links.end() if links else 0
    begin += _byline_end(line[begin:])
    for pattern in (PIPE_LINE, AGENCY_LINE):
        m = pattern.search(line, begin, begin + 320)
        if m is not None:
            break
    else:
        return None
    cut = m.start()
    caps = CAPS_WORD.search(m.group("place") or "")
    if caps:
        cut += caps.start()
    head = headline_of(line[begin:cut].strip(" -|:–—"), dated=not m.group("place")).strip(" -|:–—")
    if not 3 <= len(head.split()) <= 20 or _SENTENCE_END.search(head + " ") or is_furniture_line(head):
        return None
    return head


def clean_article(text: str, title: str | None = None) -> Cleaned:
    """``text`` (a paragraph a line) without furniture lines, each line's ends trimmed; ``title``: its headline, cut off a first line."""
    lines = text.split("\n")
    lines = chat_lines(lines[:(thread := thread_start(lines))])  # readers' comments under the story are not the article
    notes = page_notes(lines) | chat_questions(lines) | gallery_captions(lines)  # nor page notes, chat readers, gallery captions
    known = Casing("\n".join(lines))
    kept: list[str] = []
    place: str | None = None
    when: str | None = None
    in_factbox, first = False, True
    headline: str | None = None
    caption_last = captioned(lines)
    page_top = first_line(lines)
    top = page_top if page_top >= 0 and page_top + 1 in caption_last else -1  # a two-line caption's first line (its credit: 3rd)
    credit, caption_end = _credit_below(lines, page_top), -1
    story, at = story_line(lines)
    if (head := (0, None) if story else stamped_head(lines))[0]:  # a head that runs over two or three lines to a stamp
        (story, when), at = head, 0  # and a caption
    talk = sum(1 for line in lines if speaker_label(line)) > 1  # a transcript: its speakers' labels are no colon datelines
    items = item_labels(lines)  # a roundup's items' labels ("SELVANE: ..."): trimmed (text/labels)
    for k, line in enumerate(lines):
        if k < caption_end:
            continue  # the rest of a caption that runs from the page's stamp to its credit
        if k < story:  # the page's headline, captions and highlights above the story's dateline
            if line.strip() and headline is None and not any(lines[:k]):
                start, _, _, _, piece = _trim(line, True, known, title)
                headline = (_headline(line[:start]) if start else None) or _glued_headline(line if head[0] and not piece else line[:piece])
            continue
        line = line[at:] if k == story else line
        if not line.strip() or k in notes:
            kept.append("")
            continue
        show = transcript_header(line)
        if show is not None:  # a broadcast transcript's header: its segments are its headline
            if first and not kept:
                headline = headline or show or None
            continue
        if is_factbox_heading(line):
            in_factbox = True
            if first and not kept and len(line.split()) <= 20:
                headline = line.strip()  # the article is a factbox: its heading is its title (never news)
            continue
        if in_factbox and _BULLET.match(line):
            continue
        in_factbox = False
        alone = dateline_alone(line)
        if alone is not None:
            place, when = place or alone[0], when or alone[1]
            continue
        if is_furniture_line(line) and not ((first and dateline_within(line, True)) or credit_start(line)):
            continue
        start, end, p, w, piece = _trim(line, first, known, title, first and not talk)
        start = start or (items.get(k, 0) if k != story or not at else 0)
        if first and not (talk or start) and (c := COLON_LINE.match(line)) and picture_caption(line[c.end():end]):
            start = c.end()  # "VELANO: <a picture's caption>": a gallery's caption under its place, no dateline (text/pictures)
        if first:
            place, when = place or p, when or w
            headline = headline or (_headline(line[:start]) if start else None) or _glued_headline(line[:piece])
            start += story_start(line[start:end])  # a headline or caption in sentence case (text/seams)
            if not start:  # a headline naming the story's subject first, when nothing else was cut (after an
                start = glue.restated_start(line[:end])  # opening, the name is the story's: "... The oil firm BP says")
                headline = headline or _glued_headline(line[:start])
        if k == top and p is None and _caption_start(line[start:end], cut=start > 0):
            continue  # (a page top: no dateline's story)
        if first and k < credit and w is not None and p is None and len(line[start:end].split()) <= CAPTION_WORDS:
            caption_end = credit  # a caption between the page's stamp and its credit: the story follows the credit
            continue
        undated = k == page_top and not ((d := dateline_within(line, True)) and d[0] == start)  # (not the lead after its dateline)
        if first and p is None and picture_caption(line[start:end], first_line=undated) and any(r.strip() for r in lines[k + 1:]):
            continue  # a photo caption on the first line, the story below it; no day: not after a dateline (text/pictures)
        if k > page_top and p is None and opens_with_credit(line) and gallery_caption(lines, k, line[start:end]):
            continue  # a gallery's caption after the credit of the picture above it: "(Jo Lee - AP) Crowds fill ..."
        body = without_last_sentence(line[start:end]) if k in caption_last else line[start:end]
        if not body or is_furniture_line(body):
            continue
        kept.append(body)
        first = False
    while kept and not kept[-1]:
        kept.pop()
    kept[-1:] = [line_whole_sentences(last) for last in kept[-1:]]
    out = "\n".join(kept).strip("\n")
    no_story = (thread is not None or len(notes) == len(lines)) and not out.strip()
    return Cleaned(out, place, when, headline, no_story=no_story, thread=thread)


def _credit_below(lines: list[str], first: int) -> int:
    """The index of a line one or two below the page's ``first`` that opens with a photo credit ("Photograph: Jo Lee/AP"), else -1."""
    return next((k for k in (first + 1, first + 2) if 0 < first + 1 <= k < len(lines) and opens_with_credit(lines[k])), -1)


def _caption_start(piece: str, *, cut: bool) -> bool:
    """Whether what is left of the page's first line (``piece``) is a caption's first sentence:
    one sentence that reads as a caption after a stamp or glued headline was cut (``cut``: "<headline>
    <standfirst> Thursday 29 April 2010 17.33 BST The rig burns in the Gulf of Mexico." / "The
    spill could be ..." / "Photograph: Jo Lee/AP <story>"), or that tells a picture in the present
    simple ("Traders work at a kiosk on the floor of the exchange." / "Prices fell again this week."
    / "(By Jo Lee -- AP) <story>"; see :func:`briefbot.text.pictures.picture_caption`)."""
    return len(split_sentences(piece)) == 1 and ((cut and reads_as_caption(piece)) or picture_caption(piece, dated=False))


def _byline_end(head: str) -> int:
    """Where the writer's byline that opens ``head`` ends ("By Jo Lee, CNN "), else 0: it stands above the headline."""
    byline = _GLUED_BYLINE.match(head)
    staff_at, staff_end = staff_byline(head)
    return byline.end() if byline else 0 if staff_at else staff_end


def _glued_headline(piece: str) -> str | None:
    """The first of several pieces glued before a first line's story (a headline before a caption), 3-20 words,
    with one topic's colon at most: two are pieces run together ("Jo Lee: Velano is calm NEW: Rescuers reach
    ...", a promo's title and a highlight), neither the page's headline."""
    piece = piece[_byline_end(piece):].strip()
    for by in re.finditer(r"\sBy\s", piece):  # "<headline> By Jo Lee BBC News, Kestrel": the byline under it
        byline = _GLUED_BYLINE.match(piece[by.start() + 1:] + " X")  # (its place's words after it: ", Campeche, Mexico")
        if byline and all(w[:1].isupper() for w in piece[by.start() + 1 + byline.end():].replace(",", " ").split()):
            piece = piece[:by.start()]
            break
    return piece if 3 <= len(piece.split()) <= 20 and piece.count(": ") < 2 and not is_furniture_line(piece) else None
