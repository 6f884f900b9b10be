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
"""

from __future__ import annotations

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


def repair(text: str) -> str:
    """``text`` with escaped slashes and "#" for "£" before amounts put back as written."""
    if _ESCAPED_SLASH in text:
        text = _ESCAPED_SLASHES.sub("/", text)
    if "#" in text:
        text = _BESIDE.sub(r"\1£", text)
        text = _POUND.sub(lambda m: "#" if _NUMBERED.search(text, max(0, m.start() - 14), m.start()) else "£", text)
    return text
