"""What a number counts (pure): the noun phrase after it ("600 British soldiers"), its head and modifiers, and the
object of "of" / "in" ("1,626 cases of swine flu", "$1bn in damages"). Names keep their capitals ("Kosovo Serbs")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.numbers import Tok, at, is_word


def _plural_looking(lower: str) -> bool:
    return (len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "ous"))
            and lower not in L.STOP)


def head_like(tok: Tok | None) -> bool:
    if tok is None or tok.kind != "word":
        return False
    low = tok.lower
    if low in L.STOP or low in L.EVENT_WORDS:
        return False
    return low in L.NOUNS or low in L.EVENT_NOUNS or _plural_looking(low)


def _modifier_ok(tok: Tok) -> bool:
    return tok.kind == "word" and tok.lower not in L.STOP and tok.lower not in L.MONTHS | L.WEEKDAYS \
        and tok.lower not in L.VAGUE_NUMBERS


def noun_phrase(toks: list[Tok], j: int, singular_ok: bool) -> tuple[list[Tok], int, str]:
    """Modifier + head tokens of the noun phrase starting at token ``j``, the token after it,
    and an event named by a modifier ("two injured officers")."""
    words: list[Tok] = []
    event = ""
    k = j
    head_found = False
    while k < len(toks) and len(words) < 5:
        tok = toks[k]
        if not _modifier_ok(tok):
            break
        low = tok.lower
        if head_found:  # (a noun "death" only names a kind of the next: "13 death row inmates", "two death threats")
            nxt_ok = (head_like(tok) or (words[-1].lower == "death" and low in L.DEATH_AS_MODIFIER)) and not low.endswith(
                ("ed", "ing")) and low not in L.EVENT_NOUNS
            if not nxt_ok:
                break
            words.append(tok)
            k += 1
            continue
        if low in L.EVENT_WORDS:
            if head_like(at(toks, k + 1)):
                event = L.EVENT_WORDS[low]
                words.append(tok)
                k += 1
                continue
            break
        words.append(tok)
        k += 1
        if head_like(tok):
            head_found = True
        elif singular_ok and not low.endswith(("ly", "ed", "ing")) and low not in L.VAGUE_ADJ \
                and not head_like(at(toks, k)) and not (at(toks, k) is not None and
                                                          toks[k].kind == "word" and
                                                          _modifier_ok(toks[k]) and
                                                          toks[k].text[:1].isupper() and
                                                          tok.text[:1].isupper()):
            head_found = True
            break
    if not head_found:
        return [], j, ""
    return words, k, event


def event_after(toks: list[Tok], k: int) -> tuple[str, int]:
    """An event stated after the counted thing ("were killed", "lost their lives"), past a place ("200 people in Tarn died")."""
    j, steps = _past_place(toks, k), 0
    while j < len(toks) and steps <= 4:
        tok = toks[j]
        if tok.kind != "word":
            return "", k
        for words, event in L.EVENT_AFTER:
            if all(is_word(at(toks, j + m), words[m]) for m in range(len(words))):
                return _unless_found(toks, event, j + len(words), k)
        if tok.lower in L.EVENT_WORDS:
            if tok.lower == "shot" and is_word(at(toks, j + 1), "at"):
                return "", k
            if tok.lower == "fled" and is_word(at(toks, j + 1), "to", "into", "on", "toward", "towards", "the", "after"):
                return "", k  # "the gunmen fled to a monastery": a movement, not people displaced
            return _unless_found(toks, L.EVENT_WORDS[tok.lower], j + 1, k)
        if tok.lower not in L.AUX:
            return "", k
        j += 1
        steps += 1
    return "", k


# what ends those missing (found, however) or trapped (got out: "were found alive" are still trapped until freed)
_FOUND = {"missing": ("found", "located", "rescued", "freed", "recovered", "accounted", "reunited"),
          "trapped": ("rescued", "freed", "recovered", "evacuated", "airlifted", "accounted", "reunited")}


def _unless_found(toks: list[Tok], event: str, end: int, k: int) -> tuple[str, int]:
    """``event`` ending at token ``end``, unless it is those missing a verb after them says are found, or those trapped
    it says are freed: "the last three people reported missing were found safe" count no one missing (nor anyone found: no
    event; ``k`` the counted's); "the 12 boys trapped were found alive" are still trapped."""
    if event not in ("missing", "trapped"):
        return event, end
    j = end
    while (tok := at(toks, j)) is not None and tok.lower in ("were", "was", "have", "had", "been", "all", "now", "since", "later"):
        j += 1
    return ("", k) if j > end and is_word(at(toks, j), *_FOUND[event]) else (event, end)


def _past_place(toks: list[Tok], k: int) -> int:
    """The token after a place's phrase at token ``k`` ("in Mexico City", "around the world") before an event or auxiliary, else ``k``."""
    n = k + 1 + is_word(at(toks, k + 1), "the")
    m = n + 1 if is_word(at(toks, n), "world", "country", "region") else n
    while m < n + 3 and (tok := at(toks, m)) is not None and tok.kind == "word" and tok.text[:1].isupper():
        m += 1
    after, places = at(toks, m), is_word(at(toks, k), "in", "across", "around", "throughout") and m > n
    return m if places and after is not None and (after.lower in L.AUX or after.lower in L.EVENT_WORDS) else k


def norm_word(tok: Tok) -> str:
    low = tok.lower.replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    return low.strip("'")


def _plural(word: str) -> str:
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women",
                 "personnel": "personnel", "staff": "staff", "police": "police", "aircraft": "aircraft",
                 "sheep": "sheep", "cattle": "cattle", "fish": "fish", "crew": "crew"}
    if word in irregular:
        return irregular[word]
    if word in irregular.values() or word.endswith("men"):
        return word
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("s") or not word.isalpha():
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    return word + "s"


def group(words: list[Tok]) -> tuple[str, str]:
    """(thing counted, event named by the head noun) of a noun phrase."""
    if not words:
        return "", ""
    norm = [norm_word(t) for t in words]
    head = norm[-1]
    event = L.EVENT_NOUNS.get(head, "")
    mods = words[:-1]
    if len(norm) >= 2 and (norm[-2], norm[-1]) in L.COMPOUNDS:
        head = L.COMPOUNDS[(norm[-2], norm[-1])]
        mods = words[:-2]
    elif event:
        head = "people"
    elif head in L.GROUP_OF:
        head = L.GROUP_OF[head]
    else:
        head = display(words[-1]) if words[-1].text[:1].isupper() else _plural(head)
    kept = []
    for k, tok in enumerate(mods):
        low = norm_word(tok)
        if low in L.VAGUE_ADJ and _opens_name(mods, k):
            kept.append(display(tok))  # "New Port Times journalists": the name's, no vague word
            continue
        if low in L.VAGUE_ADJ or low.endswith("ly") or low in L.EVENT_WORDS:
            continue
        if low.endswith(("ed", "ing")) and not tok.text[:1].isupper():
            continue
        if low.endswith(("ed",)) and tok.text[:1].isupper():
            continue  # Title Case headline: "Heavily Armed Gunmen"
        kept.append(display(tok))
    return " ".join([*kept, head]), event


def _opens_name(mods: list[Tok], k: int) -> bool:
    """Whether the capitalised word ``mods[k]`` opens a name with the capitalised modifier after it ("New Port
    Times"): past a sentence's first word, where any word is capitalised ("Additional Velano troops"), bar "New"."""
    tok = mods[k]
    nxt = mods[k + 1] if k + 1 < len(mods) else None
    return (tok.text[:1].isupper() and nxt is not None and nxt.text[:1].isupper()
            and (tok.start > 0 or tok.lower == "new"))


def display(tok: Tok) -> str:
    """A word as a label shows it: names keep their capitals ("Kosovo"), other words are lower case."""
    if tok.text[:1].isupper():
        text = tok.text.replace("’", "'")
        return text[:-2] if text.endswith("'s") else text.strip("'")
    return norm_word(tok)


def object_after(toks: list[Tok], j: int, *, preps: tuple[str, ...]) -> tuple[str, int]:
    """The short noun phrase after ``of``/``in`` ("of the Albanian vote") and the token after it."""
    k = j
    if not is_word(at(toks, k), *preps):
        return "", j
    k += 1
    if is_word(at(toks, k), *L.DETERMINERS, "a", "an"):
        k += 1
    words: list[Tok] = []
    while k < len(toks) and len(words) < 3:
        tok = toks[k]
        if tok.kind != "word" or tok.lower in L.STOP or tok.lower.endswith("ly"):
            break
        if words and (tok.lower.endswith(("ed", "ing")) or (tok.text[:1].isupper() and words[-1].text[:1].islower()
                                                          and (n := at(toks, k + 1)) and n.text == ":")):
            break  # (nor a box's next row's name: "20 confirmed cases of swine flu Spain: 1 confirmed case")
        words.append(tok)
        k += 1
    if not words:
        return "", j
    return " ".join(display(t) for t in words), k


def money_word(toks: list[Tok], i: int) -> str:
    """What an amount of money at token ``i`` is, from a word shortly before it in the same clause:
    "will cost $4bn", "cost it $1.6 billion", "damage could top $75 billion", "at a cost of $2m"; none
    for a limit named before it ("limit costs to a statutory cap of $75m": what costs may not pass)."""
    for back in range(1, 8):
        tok = at(toks, i - back)
        if tok is None or tok.kind != "word":
            return ""
        if tok.lower in L.LIMIT_WORDS:
            return ""  # a cap, not the amount: "limit costs to a statutory cap of $75m"
        if tok.lower in L.MONEY_VERBS:
            return L.MONEY_VERBS[tok.lower]
        if tok.lower in L.MONEY_MEASURES:
            return L.MONEY_MEASURES[tok.lower]
    return ""


def rate_after(toks: list[Tok], k: int) -> int:
    """The token after "a day" / "per day" / "daily" at token ``k``, or 0."""
    for words in L.RATE_AFTER:
        if all(is_word(at(toks, k + m), w) for m, w in enumerate(words)):
            return k + len(words)
    return 0


def qualifier(toks: Sequence[Tok], start: int, end: int) -> str:
    """"confirmed", "suspected", ... among the tokens ``start`` to ``end`` or the two before, unless a number's own (a table row's
    "2,498 suspected, 152 deaths": the column before's; "the current, confirmed, death toll" is the toll's); a verdict's only before,
    up to five ("convicted on 5 counts", "A jury convicted Leon Marrick on 5 counts", "found Marrick not guilty on 3
    counts", "cleared of 3 counts"; not "5 counts but acquitted of", nor a plea: "pleaded not guilty to 3 counts")."""
    for k, tok in enumerate(toks[max(0, start - 5):end], max(0, start - 5)):
        if tok.kind == "word" and tok.lower in L.QUALIFIERS and ((tok.lower in L.VERDICTS and k < start) or (
                tok.lower not in L.VERDICTS and k >= start - 2 and (k >= start or k == 0 or toks[k - 1].kind != "num"))):
            if tok.lower == "guilty":  # a plea is no verdict: "pleaded not guilty to three charges"
                before = [t.lower for t in toks[max(0, k - 2):k] if t.kind == "word"]
                if any(w.startswith("plead") for w in before):
                    continue
                return "acquitted" if before[-1:] == ["not"] else "convicted"
            return L.QUALIFIERS[tok.lower]
    return ""


def looks_back(sentence: str, start: int, end: int) -> str:
    """Words near the mention at ``start:end`` that set it in another time ("in 2005", "last year"), or in a stretch
    of its clause it is a tally of ("have killed 10 people this season", "this season have now killed 9"), or ""."""
    for m in L.STRETCH.finditer(sentence, max(0, start - 60), end + 60):
        if not re.search(r"[,;:.!?]", sentence[min(m.end(), start):max(m.start(), end)]):
            return m.group()
    for m in L.OTHER_TIME.finditer(sentence):
        if m.start() < end + 100 and m.end() > start - 100:
            return m.group()
    return opening.group() if (opening := L.OPENS_IN_YEAR.match(sentence)) else ""  # "In 2009, ...": all of it is then's


def retold(sentence: str, start: int, np_end: int, end: int, event_where: str) -> bool:
    """Whether the count at ``start:end`` (its noun phrase ending at ``np_end``) retells a set already introduced: after
    "the" (or "its", "their", ...), with its event named by its noun or a modifier ("the two deaths", "the four injured
    officers") or a participle right after it ("the two suspects arrested on Tuesday were remanded"), not a verb of its
    own ("the two suspects were arrested", "said that three people died" tell the event)."""
    before = sentence[max(0, start - 12):start].split()
    if not before or before[-1].lower() not in L.DETERMINERS:
        return False
    if event_where in ("noun", "modifier"):
        return True
    return event_where == "after" and not any(w.lower() in L.AUX for w in sentence[np_end:end].split()[:-1])


def taken_away(sentence: str, counts: Sequence[tuple[int, int, str]]) -> set[int]:
    """Of the counts of ``sentence`` (start, end and noun; "" for one with an event of its own), the parts a change
    took away: the object of a removal ("after the judge dismissed 4 fraud counts") or a count a remainder of the same
    noun follows ("dismissed 4 fraud counts, leaving him facing 8 counts"): no value of the count it leaves."""
    rest = {noun for start, _, noun in counts if noun and L.REMAINDER.search(sentence, max(0, start - 60), start)}
    cut = sentence.find(", leaving")
    return {n for n, (start, end, noun) in enumerate(counts)
            if noun and (L.REMOVED.search(sentence, max(0, start - 40), start) or (noun in rest and end <= cut))}

