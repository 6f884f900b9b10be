"""Mention grammar (pure): each number of a sentence with what it counts and what happened to it.

:func:`mentions` reads "three of the attackers were killed" as 3 "attackers killed", "the police arrested five" as 5
arrested (the attackers of the sentence before), "the deaths of three gunmen and one policeman" as two counts that share
one event, "two people remain missing" as 2 missing ("the Sheriff's Office", who tells it, is no place), and keeps the
words a figure needs to be told apart from another: an approximation ("at least"), a range, a rate ("a day"), a qualifier
("confirmed"), a place ("in Mexico") and a look back to another time ("in 2005"). The value a change left behind is
marked ("up from 6,800", "from an earlier estimate of 18", "lowering the toll to three"): the figure's value before, not
now; a part of a count (:mod:`.parts`: "..., including nine firefighters") is no count of its own.  A bracketed conversion
("12,400 acres (5,018 hectares)", "$6m (£4m)"; not "(56 deaths)") is no number of its own."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.ahead import to_come
from briefbot.brief.figures.mention import Mention, Raw
from briefbot.brief.figures.numbers import NTH_DEATH, Tok, approx_before, at, is_word, numbers, tokens, word_parts
from briefbot.brief.figures.parts import parts
from briefbot.brief.figures.phrases import (
    event_after,
    group,
    looks_back,
    money_word,
    norm_word,
    noun_phrase,
    object_after,
    qualifier,
    rate_after,
    retold,
    taken_away,
)
from briefbot.brief.figures.places import place_after, place_before
from briefbot.brief.figures.shares import per_time, progress, share_owner, whole_of_a_share
from briefbot.brief.figures.sums import OWN_TOTALS, added, opening_name, sum_of, summing, worldwide
from briefbot.brief.figures.teller import introduces
from briefbot.brief.figures.tolls import toll_at, toll_before_phrase
from briefbot.text.guarded import guarded, holds
from briefbot.text.told import Told

__all__ = ["Mention", "mentions"]
told_mentions: Told[str, tuple[Mention, ...]] = Told(65_536)  # a sentence's figures kept from an earlier run


def _event_before(toks: list[Tok], i: int) -> tuple[str, int, str]:
    """An event stated before the number: (event, first token of the phrase, agent group)."""
    prev = at(toks, i - 1)
    if prev is None or prev.kind != "word":
        return "", i, ""
    low = prev.lower
    if low in L.EVENT_VERBS and (low.endswith("ing") or not is_word(at(toks, i - 2), "were", "was", "been", "being", "is",
                                                                     "are", "be")):  # (a passive's subject: "was collecting 2,000" acts)
        start, agent = i - 1, ""
        subj = at(toks, i - 2)
        if subj is not None and subj.kind == "word" and (subj.lower in L.GROUP_OF or subj.lower in
                                                         ("authorities", "officials")):
            agent = L.GROUP_OF.get(subj.lower, subj.lower)
            start = i - 2
            if is_word(at(toks, i - 3), "the"):
                start = i - 3
        return L.EVENT_VERBS[low], start, agent
    if low in L.EVENT_OF and (ev := at(toks, i - 2)) is not None and ev.kind == "word" and ev.lower in L.EVENT_OF.get(low, ()):
        return L.EVENT_OF[low][ev.lower], i - 2, ""
    # "the death toll rose to 40"
    back = 1
    while back < 8:
        tok = at(toks, i - back)
        if tok is not None and (tok.kind == "num" or tok.lower in L.NUMBER_WORDS) and is_word(at(toks, i - back - 1), "from", "by"):
            back += 2  # "rose from 26 to 56", "rose by three to 78"
            continue
        if tok is not None and tok.text[:1].isupper() and is_word(at(toks, i - back - 1), "in", "from", "the"):
            back += 3 if is_word(at(toks, i - back - 1), "the") and is_word(at(toks, i - back - 2), "in", "from") else 2
            continue  # "the death toll in Mexico rose to 56", "... from Sandy climbed to 113", "... in the UK has risen to 18"
        if tok is None or tok.kind != "word":
            break
        before = at(toks, i - back - 1)
        if (toll := toll_at(toks, i - back)) is not None:
            return toll
        if tok.lower in L.COUNTED and is_word(before, "of") and is_word(at(toks, i - back - 2), "number"):
            return L.COUNTED[tok.lower], i - back - 3 if is_word(at(toks, i - back - 3), "the") else i - back - 2, ""
        if tok.lower in L.COUNTED and is_word(before, "the") and tok.lower in ("dead", "injured", "wounded", "missing"):
            return L.COUNTED[tok.lower], i - back - 1, ""  # "the dead included 193 ..."
        if tok.lower not in L.TOWARDS:
            toll = toll_before_phrase(toks, i - back) if back > 1 else None  # (words lead to the value: "rose to")
            if toll is not None:
                return toll
            break
        back += 1
    return _number_of(toks, i - back + 1, led=back > 1)


def _number_of(toks: list[Tok], i: int, *, led: bool = True) -> tuple[str, int, str]:
    """The event of what "number of" counts a few words before token ``i``: "the number of confirmed cases of swine
    flu in Mexico rose to 26", "the number of people detained rose to seven" (a participle after people, when words
    ``led`` to the value: not "the number of people killed every two days"), "the number of people in shelters fell
    to 9,500" (a state's words after its noun, so led)."""
    for back in range(1, 10):
        tok = at(toks, i - back)
        if tok is None or tok.kind not in ("word", "sym") or tok.text in (",", ";", ":"):
            break
        if is_word(tok, "number", "tally", "count", "estimate") and is_word(at(toks, i - back + 1), "of"):
            event = next((L.COUNTED[c.lower] for c in toks[i - back + 2:i] if c.lower in L.COUNTED), "")
            done = at(toks, i - back + 3) if is_word(at(toks, i - back + 2), "people", "persons") else None
            event = event or (L.EVENT_VERBS.get(done.lower, "") if led and done and done.lower.endswith("ed") else "")
            after = event_after(toks, i - back + 3)[0] if led else ""  # "the number of households without power": a state's
            event = event or (after if after in L.STATE_EVENTS else "")
            return (event, i - back - is_word(at(toks, i - back - 1), "the"), "") if event else ("", i, "")
    return "", i, ""


_DIGIT = re.compile(r"\d")
_PER_TIME = re.compile(r"/(?:h|hr|s|sec|min)\b")  # a unit's rate after it, no space between ("km/h", "m/s")
_HAS_NUMBER_WORD = holds(*L.NUMBER_WORDS, *NTH_DEATH, ignore_case=True)
# a digit, a number word or an ordinal that may count a death: the search runs only when one is there (see briefbot.text.guarded)
_MAYBE_NUMBER = guarded(re.compile(r"\d|\b(?:" + "|".join(sorted([*L.NUMBER_WORDS, *NTH_DEATH], key=len, reverse=True)) + r")", re.I),
                        lambda text, pos, end: _DIGIT.search(text, pos, end) is not None or _HAS_NUMBER_WORD(text, pos, end))


def _raw_mentions(sentence: str) -> list[Raw]:
    if not _MAYBE_NUMBER.search(sentence):  # most sentences state no number: skip the tokenizer
        return []
    toks = tokens(sentence)
    raws: list[Raw] = []
    for number in numbers(sentence, toks):
        i, j, value, currency, percent = number.first, number.after, number.value, number.currency, number.percent
        approx = False
        first = i
        marker = approx_before(toks, i)
        if marker is not None:
            first, approx = marker
        raw = Raw(value=value, num_start=i, num_end=j, start=toks[first].start,
                   end=toks[j - 1].end, approximate=approx, currency=currency, percent=percent,
                   high=number.high, marker=" ".join(t.lower for t in toks[first:i]) if approx else "")
        raw.qualifier = qualifier(toks, first, j)
        raw.added = marker is not None and added(toks, first, " ".join(t.lower for t in toks[first:i]), money=bool(currency))
        raw.definite = is_word(at(toks, first - 1), *L.DETERMINERS, "both", "all", "this", "that")
        raw.owned = is_word(at(toks, first - 1), *L.POSSESSIVES, *L.OWNING)
        end_tok = j
        if percent:
            obj, k = object_after(toks, j, preps=("of",))
            if obj and progress(toks, first, k):
                continue  # "With 91% of stations reporting, ...": the count's progress, no figure
            if obj:
                raw.of_object = obj
                end_tok = k
            elif (nxt := at(toks, j)) is not None and nxt.lower in L.PERCENT_NOUNS:
                raw.of_object = nxt.lower
                raw.head = "percent"
                end_tok = j + 1
            elif (owner := share_owner(toks, first))[0]:  # "Hale has 49.6%", "... and Dostan 42.8%": whose share
                raw.of_object, raw.head, first = owner[0], "percent", owner[1]
        elif currency:
            words, k, _ = noun_phrase(toks, j, singular_ok=True)
            if words:
                raw.of_object = " ".join(norm_word(t) for t in words if not t.lower.endswith("ly"))
                end_tok = k
            else:
                obj, k = object_after(toks, j, preps=("in", "of"))
                if not obj and is_word(at(toks, j), "worth"):
                    obj, k = object_after(toks, j + 1, preps=("of",))
                if obj:
                    raw.of_object, end_tok = obj, k
            if k5 := rate_after(toks, end_tok):  # "1.8 million euros a day": a rate, not an amount
                raw.rate, end_tok = True, k5
            raw.rate = raw.rate or L.RATE_LATER.match(sentence, toks[end_tok - 1].end) is not None  # "$6m (£4m) a day"
            if not raw.of_object and (whose := L.own_amount(sentence, toks[end_tok - 1].end)):
                raw.of_object = whose.group(whose.lastindex or 0)  # "the $75m (£52m) liability limit", "$1,000 per household"
        else:
            k = j
            if is_word(at(toks, j), "of"):
                nxt = at(toks, j + 1)
                if nxt is not None and nxt.lower in L.PARTITIVE_PRONOUNS:
                    raw.partitive_pronoun = True
                    end_tok = j + 2
                    if nxt.lower in ("those", "these") and (whole := at(toks, j + 2)) is not None and whole.lower in L.EVENT_WORDS:
                        end_tok = j + 3  # "three of those injured": the event is the whole set's
                    k = -1
                elif nxt is not None and nxt.lower in L.DETERMINERS and value != 1:  # ("one of the suspects": one, no count)
                    k = j + 2
                    raw.partitive = True
                    after = at(toks, k)  # "two of the five suspects": the noun is "suspects"
                    if after is not None and (after.kind == "num" or word_parts(after.lower)):
                        k += 1
                else:
                    k = -1
            if k >= 0 and is_word(at(toks, k), "more", "additional", "extra", "further", "other"):
                k += 1  # "200 more troops"
            if k >= 0:
                words, k2, mod_event = noun_phrase(toks, k, singular_ok=value == 1 or number.nth)
                if words:
                    counted, noun_event = group(words)
                    raw.head = counted
                    raw.qualifier = raw.qualifier or qualifier(words, 0, len(words))
                    end_tok = k2
                    if words[-1].lower not in L.GROUP_OF and not noun_event and \
                            words[-1].lower not in L.TIME_UNITS:
                        obj, k4 = object_after(toks, k2, preps=("of",))
                        if obj:  # "1,626 cases of swine flu", "5,000 barrels of oil"
                            raw.of_object, end_tok = obj, k4
                    if words[-1].lower in L.SPILL_UNITS and (k5 := rate_after(toks, end_tok)):
                        raw.rate, end_tok = True, k5
                    elif words[-1].lower in L.SPILL_UNITS and raw.of_object.lower() in ("", "oil", "crude", "crude oil"):
                        raw.rate = L.RATE_LATER.match(sentence, toks[end_tok - 1].end) is not None
                    if noun_event:
                        raw.event, raw.event_where = noun_event, "noun"
                    elif mod_event:
                        raw.event, raw.event_where = mod_event, "modifier"
                    if words[-1].lower in L.TIME_UNITS:
                        nxt = at(toks, k2)
                        if nxt is not None and nxt.lower in L.RELATIVE_TIME:
                            continue  # "two years ago"
        raw.np_end, np_tok = toks[end_tok - 1].end, end_tok
        if (not raw.event or raw.event_where == "modifier") and not percent and not currency:  # (the verb tells what befell them)
            event, k3 = event_after(toks, end_tok)
            if event:  # (a qualifier among its words: "2,498 people were suspected of having the illness")
                raw.qualifier = raw.qualifier or next((L.QUALIFIERS[t.lower] for t in toks[end_tok:k3] if t.lower in L.QUALIFIERS), "")
                raw.event, raw.event_where = event, "after"
                end_tok = k3
        if not raw.event and not percent:
            event, start_tok, agent = _event_before(toks, first)
            if event:
                raw.event, raw.event_where, raw.agent = event, "before", agent
                first = start_tok
                raw.qualifier = raw.qualifier or qualifier(toks, first, i)
        toll_first = first  # (a toll's own phrase, after a running total's verb: "takes the worldwide death toll to 104")
        if not raw.head and not percent and not currency and (span := summing(toks, i)) is not None:
            raw.summed, first = True, min(first, span.first)  # ("Mirel confirmed 13 new cases, bringing its total to 45")
            raw.owner = span.name or (opening_name(toks) if span.owned else "")
        raw.money_verb = money_word(toks, first) if currency and not raw.of_object else ""
        raw.start = toks[first].start
        raw.end = toks[end_tok - 1].end
        raw.total = any(t.lower in ("toll", "tally", "number") for t in toks[first:i])  # "the U.S. death toll from Sandy"
        raw.summed = raw.summed or (is_word(at(toks, first - 2), "total") and is_word(at(toks, first - 1), "to", "of", "at"))
        if raw.total:
            raw.place = place_before(toks, first) or place_after(toks, first, window=10, toll=True)
        else:
            raw.place = (place_after(toks, end_tok) or place_after(toks, np_tok, window=4)
                         or (place_after(toks, first) if raw.event_where == "before" else "") or place_before(toks, first))
        if raw.total and not raw.place and worldwide(toks, toll_first, end_tok):
            raw.place = "worldwide"  # the whole world's count, no one country's
        if not raw.place and any(is_word(toks[k], "its", "their") and any(is_word(t, *OWN_TOTALS) for t in toks[k + 1:k + 3])
                                 for k in range(max(0, first - 1), i)):  # whose count: "Kessary revised its count of cases down to 7"
            raw.place = opening_name(toks)
        aux = next((n for n in range(2) if not is_word(at(toks, end_tok + n), *_PERFECT)), 2)  # ("20 deaths had been confirmed")
        raw.qualifier = raw.qualifier or qualifier(toks, end_tok, min(end_tok + max(2, aux + 1), len(toks)))
        if not raw.head and not raw.event and not percent and not currency and (front := _fronted(toks, first))[0]:
            raw.head, raw.partitive, raw.event, raw.event_where = front[0], True, front[1], "whole" if front[1] else ""
            raw.start = toks[0].start  # (its phrase: "Of the deaths, 22")
        if (raw.partitive or raw.partitive_pronoun) and (told := _QUALIFIED_PART.match(sentence, raw.end)) is not None:
            raw.told_part = raw.qualifier = L.QUALIFIERS[told.group(1).lower()]  # ("31 of the deaths have been confirmed")
            raw.end = told.end()  # (its phrase: "31 of them confirmed")
        raws.append(raw)
    for a, b in itertools.pairwise(raws):
        if a.start <= b.start < a.end and b.event_where == "after":
            if a.partitive and _whole_told(sentence, b):  # "180 of the 260 people arrested ... had been released"
                main, k = _main_event(toks, next(n for n, t in enumerate(toks) if t.start >= b.end))
                own = main and main != b.event  # ("12 of the 16 journalists killed have died": a part of the deaths)
                a.event, a.event_where, a.end = (main, "after", toks[k - 1].end) if own else (b.event, "whole", a.end)
                continue
            # "two of the five suspects were arrested": the event belongs to the two
            b.event, b.event_where, b.end = "", "", b.np_end
    _coordinate(sentence, raws)
    _resolve(raws)
    return raws


# a qualifier a verb tells of a part of a set, in its clause: "31 of the deaths in Tarn have been confirmed", "31 of them confirmed"
_QUALIFIED_PART = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:have|has|had|were|was|are|is)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?)?"
                             r"(confirmed|laboratory-confirmed|lab-confirmed)\b", re.I)


def _fronted(toks: list[Tok], first: int) -> tuple[str, str]:
    """The whole a sentence opens on, of no number, that the count at token ``first`` is a part of ("Of the deaths, 22 had been
    confirmed"): (what it counts, its event), or empty."""
    if first < 4 or not is_word(toks[0], "of") or not is_word(toks[1], "the", "those", "these") or toks[first - 1].text != ",":
        return "", ""
    words, end, _ = noun_phrase(toks, 2, singular_ok=False)
    return group(words) if words and end == first - 1 else ("", "")


def _whole_told(sentence: str, whole: Raw) -> bool:
    """Whether the event after the whole of a partitive qualifies it (a participle right after its noun or a relative clause:
    "of the 260 people arrested", "of the 260 people who were arrested"), not tells what befell the part ("of the five were")."""
    words = sentence[whole.np_end:whole.end].split()
    return bool(words) and (words[0].lower() in ("who", "that", "whom") or not any(w.lower() in L.AUX for w in words[:-1]))


_PERFECT = ("had", "have", "has", "been", "were", "was", "are", "is")
_MAIN_AUX = ("were", "was", "had", "have", "has", "are", "is", "remain", "remains", "remained")
_CLAUSE_ENDS = ("and", "but", "or", "who", "which", "that", "where", "when", "while", "because", "they", "he", "she", "it", "we")


def _main_event(toks: list[Tok], k: int) -> tuple[str, int]:
    """The event the main verb after a partitive's whole tells of its part, past a phrase of a few words ("... arrested during the
    protests had been released": released), and the token after it; ("", k) when the clause's verb tells no event or none follows."""
    for j in range(k, min(k + 8, len(toks))):
        tok = toks[j]
        if tok.kind != "word" or tok.lower in _CLAUSE_ENDS:
            break
        if tok.lower in _MAIN_AUX:
            return event_after(toks, j)
    return "", k


def _coordinate(sentence: str, raws: list[Raw]) -> None:
    """Share one event across "the deaths of three gunmen and one policeman" (and the reverse)."""
    for a, b in itertools.pairwise(raws):
        if a.event and a.event_where in ("before", "carried-before") and not b.event and not b.summed and \
                not b.percent and not b.currency and L.COORD.match(sentence[a.end:b.start]):
            b.event, b.event_where = a.event, "carried-before"
    for a, b in reversed(list(itertools.pairwise(raws))):
        if b.event and b.event_where in ("after", "carried-after") and not a.event and \
                not a.percent and not a.currency and a.head and \
                (L.AND if b.event_where == "after" else L.COORD).match(sentence[a.end:b.start]):
            # "three soldiers, two policemen and a civilian were killed", but not
            # "of the 40 passengers, 12 were injured"
            a.event, a.event_where = b.event, "carried-after"


def _resolve(raws: list[Raw]) -> None:
    """Settle what each mention counts, letting a bare number inherit the previous noun."""
    for n, raw in enumerate(raws):
        if raw.summed and not raw.head and not raw.percent and not raw.currency and \
                sum_of(raw, [p for p in raws[:n] if p.group and not p.percent and not p.currency]):
            continue
        if raw.percent:
            raw.group = f"percent of {raw.of_object}" if raw.of_object and raw.head != "percent" \
                else (f"percent {raw.of_object}" if raw.of_object else "")
            continue
        if raw.currency:
            raw.group = f"{raw.of_object} ({raw.currency})" if raw.of_object else raw.currency
            continue
        if raw.head:
            raw.group = f"{raw.head} of {raw.of_object}" if raw.of_object else raw.head
            continue
        active = raw.event_where == "before"  # "the police arrested five"
        for prev in ([] if raw.total else reversed(raws[:n])):  # ("arrested three managers as the death toll reached 58")
            if prev.percent or prev.currency or not prev.group:
                continue
            if active and (not prev.event or prev.group == raw.agent):
                continue  # the agent: "30 gunmen attacked the village, killing two"
            raw.group = prev.group.split(" ", 1)[1] if prev.group.startswith("people ") else prev.group
            raw.head, raw.of_object, raw.rate = prev.head or raw.group, prev.of_object, prev.rate
            raw.inherited = not raw.told_part  # (a part a qualifier tells is the set's count of it: "152 deaths, 31 of them confirmed")
            raw.event, raw.place = (raw.event or prev.event, raw.place or prev.place) if raw.told_part else (raw.event, raw.place)
            break
        if not raw.group and raw.event and raw.value > 1:
            raw.group = raw.head = "people"


def _what(raw: Raw) -> str:
    if not raw.group:
        return ""
    if raw.event and raw.event not in raw.group.split():
        return f"{raw.group} {raw.event}"
    return raw.group


def mentions(sentence: str) -> list[Mention]:
    """The numbers ``sentence`` states, each with the thing it counts, in order (found once per sentence: a brief reads
    them for each cited point's support, what changed and the figure tracker); a bracketed conversion is none (above)."""
    known = told_mentions.get(sentence)
    return list(known if known is not None else _mentions(sentence))


@lru_cache(maxsize=65_536)
def _mentions(sentence: str) -> tuple[Mention, ...]:
    out, last = [], -1
    for raw in _raw_mentions(sentence):
        converted = last >= 0 and bool(L.CONVERTED.fullmatch(sentence, last, raw.start)) and sentence[raw.end:raw.end + 1] == ")"
        converted, last = converted and (bool(raw.currency) or (raw.head.split() or [""])[-1] in L.MEASURED), raw.end  # not "(56 deaths)"
        if converted or not (what := _what(raw)):
            continue  # (a conversion is no figure of its own)
        end = per.end() if (per := _PER_TIME.match(sentence, raw.end)) else raw.end  # (a speed's "/h": "205 km/h", not "205 km")
        out.append(Mention(
            value=raw.value, what=what, phrase=sentence[raw.start:end], start=raw.start, end=end, event=raw.event,
            approximate=raw.approximate, high=raw.high, marker=raw.marker, currency=raw.currency, rate=per_time(sentence, raw),
            head=raw.head if not raw.percent else "percent", of_object=raw.of_object, place=raw.place, qualifier=raw.qualifier,
            carried=raw.event_where.startswith("carried"), definite=raw.definite, owned=raw.owned, agent=raw.agent,
            money_verb=raw.money_verb, inherited=raw.inherited, added=raw.added, looks_back=looks_back(sentence, raw.start, raw.end),
            subset=(raw.partitive or raw.partitive_pronoun) and raw.event_where not in L.OWN_EVENT and not raw.told_part,
            supposed=L.supposed(sentence, raw.start) or whole_of_a_share(sentence, raw.start, raw.event, raw.head),
            ahead=to_come(sentence, raw.start, raw.end),
            left=L.LEFT_BEHIND.search(sentence, max(0, raw.start - 120), raw.start) is not None,
            retold=raw.value < 10 and retold(sentence, raw.start, raw.np_end, raw.end, raw.event_where),
            speaker=raw.event_where == "after" and introduces(sentence, raw.start, raw.end),
        ))
    # a count a revision comes to leaves the count told before it behind ("one of the four deaths ... was unrelated to the fire,
    # lowering the toll to three": 4), and the one it came from ("to $2.4 million from $3 million"); and a part a change took away
    came_from = {n for n, m in enumerate(out) if L.FROM_BEFORE.search(sentence, max(0, m.start - 30), m.start)}
    revised = [m for n, m in enumerate(out) if n not in came_from and L.REVISED.search(sentence, max(0, m.start - 80), m.end)]
    taken = taken_away(sentence, [(m.start, m.end, m.head.split()[-1] if m.head and not m.event else "") for m in out])
    left = {n for n, m in enumerate(out) if any(r.what == m.what and m.end <= r.start for r in revised) or (revised and n in came_from)}
    return parts(sentence, [replace(m, left=True) if n in left | taken else m for n, m in enumerate(out)])  # (and a count's parts)
