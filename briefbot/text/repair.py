"""Damage a text took on its way to us, repaired as it is read (pure).

Two kinds are common in crawled news and certain when they occur; both are the source's own
characters, mangled in transport, so the repair restores the words rather than changing them:

- JSON's escaped slash: a page's text taken from a JSON field keeps ``\\/`` for ``/``
  ("Photograph: KPA\\/Zuma", "CNN Student News - 3\\/9\\/11"); a slash escaped twice over (``\\\\/``,
  the escape itself escaped) is a slash too, so that repairing once is enough.
- The pound sign a 7-bit national character set (ISO 646-GB, where "£" is byte 0x23) left as "#" in
  British copy: "$87m (#53m)", "#2.4 bn", "#600,000".  Only where the number is an amount beyond
  doubt: a scale ("#10bn", "#930 million"), thousands ("#20,000"), pence ("#4.95"), or a conversion
  in brackets beside another currency's amount ("$300m (#191)"); not a number's name ("Executive Order
  #13,769", "apartment #4B").  A "#" before a plain number is left as it
  came: "#1 seed", "comment #8", "Option #8", and so "#1 in every #7" too.

Two more are the stand-ins a plain text keeps for characters it could not carry, put back as they are read:

- Character references kept when a page's text was copied out as plain text, or carried by SGML copy (the New
  York Times News Service's): "Barnes &AMP; Noble", "AT&amp;T", "it&#39;s".  Only a whole reference (ended by its
  semicolon) that names a character; anything else ("&QL;", a typesetting code; "R&D;") is left as it came.
- The typewriter's marks of 7-bit wire copy (the AP's, the New York Times News Service's): two grave accents open
  a quotation and two apostrophes close it (one grave accent opens a quotation inside it), and an underscore
  between spaces is a dash, so that ``We will,'' he said and "12,000 _ including 6,000 members" read “We will,” he
  said and "12,000 — including 6,000 members".  Only in a text that writes a quotation so (two grave accents or two
  apostrophes, never in other prose), the sign that its marks are a typewriter's: any other text keeps its
  apostrophes and underscores as they came.  Two apostrophes that open a word open a quotation (copy that opens
  and closes with them).
"""

from __future__ import annotations

import html
import html.entities
import re

_ESCAPED_SLASH = "\\/"
_ESCAPED_SLASHES = re.compile(r"\\+/")  # "\/", "\\/": a slash however often its escape was escaped
# a scale written apart, or attached in lower case ("#10bn", "#53m"; "#4B" and "#12M" are a flat's, a unit's)
_SCALE = r"(?:\s?(?i:million|billion|trillion)|(?:m|bn|mn|b)|\s(?:m|bn))\b"
# not after a word, "#" or "&" ("&#163;" is an entity), nor inside a URL's path or fragment
_POUND = re.compile(
    rf"(?<![\w#&/])#(?=\d+(?:\.\d+)?{_SCALE}|\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d+\.\d\d(?!\d|\.\d))")
# "$300m (#191)", "€20 / #17": a conversion in brackets or after a slash, beside another currency's amount
_BESIDE = re.compile(rf"((?:US\$|[$€¥])\s?\d[\d.,]*(?:{_SCALE})?\s?(?:\(|/\s?))#(?=\d)")
# a number's name before the "#": an order's, a room's, a vote's ("Executive Order #13,769", "apartment #12,000")
_NUMBERED = re.compile(r"(?i:\b(?:order|no|number|resolution|bill|vote|case|apartment|flat|unit|room|suite|gate|flight|"
                       r"route|channel|issue|episode|item|comment|option|ticket|lot|exit|pier|platform|building|post|page)\.?\s*)$")


_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TICKS = "``"
_CLOSING_TICKS = "''"
_TICKS_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))''(?=\w)", re.M)  # two apostrophes that open a word
_TICK_OPENING = re.compile(r"(?:^|(?<=[\s(\[“—–-]))`(?=\w)", re.M)  # one grave accent: a single quotation's opening
_TICKS_CLOSING = re.compile(r"'{2,3}")  # (three: a single quotation closed inside the double one)
_UNDERSCORE_DASH = re.compile(r"(?<=[\w,.;:!?'”)\]]) _ (?=[\w“‘(\[$£€])")


def repair(text: str) -> str:
    """``text`` with escaped slashes, "#" for "£" before amounts, character references and a typewriter's
    quotation marks and dashes put back as written."""
    if "&" in text:
        text = _REFERENCE.sub(_character, text)
    if _TICKS in text or (_CLOSING_TICKS in text and _TICKS_OPENING.search(text)):  # (not a lone 5'10'')
        text = _TICKS_OPENING.sub("“", text.replace(_TICKS, "“"))
        text = _TICK_OPENING.sub("‘", text)
        text = _TICKS_CLOSING.sub(lambda m: "'”" if len(m.group()) == 3 else "”", text)
        text = _UNDERSCORE_DASH.sub(" — ", text)
    if _ESCAPED_SLASH in text:
        text = _ESCAPED_SLASHES.sub("/", text)
    if "#" in text:
        text = _BESIDE.sub(r"\1£", text)
        text = _POUND.sub(lambda m: "#" if _NUMBERED.search(text, max(0, m.start() - 14), m.start()) else "£", text)
    return text


def _character(m: re.Match[str]) -> str:
    """The character a reference names, or the reference as it came when it names none ("&QL;", "&LTD;"), or a control
    character (a line break would cut its sentence)."""
    reference = m.group()
    # (a name is looked up whole, with its ";": html.unescape would read "&LTD;" as "<" and "TD;")
    character = html.unescape(reference) if reference[1] == "#" else html.entities.html5.get(reference[1:], reference)
    return reference if character == reference or not character.isprintable() else character
