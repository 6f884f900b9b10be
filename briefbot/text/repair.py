"""Damage a text took on its way to us, repaired as it is read (pure).

Two kinds are common in crawled news and certain when they occur; both are the source's own
characters, mangled in transport, so the repair restores the words rather than changing them:

- JSON's escaped slash: a page's text taken from a JSON field keeps ``\\/`` for ``/``
  ("Photograph: KPA\\/Zuma", "CNN Student News - 3\\/9\\/11").
- The pound sign a 7-bit national character set (ISO 646-GB, where "£" is byte 0x23) left as "#" in
  British copy: "$87m (#53m)", "#2.4 bn", "#600,000".  Only where the number is an amount beyond
  doubt: a scale ("#10bn", "#930 million"), thousands ("#20,000"), pence ("#4.95"), or a conversion
  beside another currency's amount ("$300m (#191)").  A "#" before a plain number is left as it
  came: "#1 seed", "comment #8", "Option #8", and so "#1 in every #7" too.
"""

from __future__ import annotations

import re

_ESCAPED_SLASH = "\\/"
_SCALE = r"(?:\s?(?:million|billion|trillion)|(?:m|bn|mn|b)|\s(?:m|bn))\b"
# not after a word, "#" or "&" ("&#163;" is an entity), nor inside a URL's path or fragment
_POUND = re.compile(
    rf"(?<![\w#&/])#(?=\d+(?:\.\d+)?{_SCALE}|\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d+\.\d\d(?!\d|\.\d))", re.I)
# "$300m (#191)", "$0.08, #0.05", "€20 / #17": a conversion beside another currency's amount
_BESIDE = re.compile(rf"((?:US\$|[$€¥])\s?\d[\d.,]*(?:{_SCALE})?\s?(?:\(|,\s?|/\s?))#(?=\d)", re.I)


def repair(text: str) -> str:
    """``text`` with escaped slashes and "#" for "£" before amounts put back as written."""
    if _ESCAPED_SLASH in text:
        text = text.replace(_ESCAPED_SLASH, "/")
    if "#" in text:
        text = _POUND.sub("£", _BESIDE.sub(r"\1£", text))
    return text
