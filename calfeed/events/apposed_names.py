"""An event first described, then named in apposition: "the region's biggest food fair, the 12th
annual Brackenport Chowderfest on 20-21 March". The descriptor's event noun says what kind of
event it is; the name after the comma says which one, and titles the entry (R71 class 5: the
descriptor titled it). The name is a run of capitalised words right after the comma, led at most
by an article, an edition's ordinal ("12th") and words of apposition_name_leads ("annual"),
and followed by the date, with at most a comma and date links (apposition_date_links: "on",
"from") between; the descriptor ends with its event noun ("the convention of the Institute of
Technology, Madras": the comma sets off the institute's town), and a town alone is no name
("the county's oldest fair, Brackenport, on 5 May"), nor is a building or a venue ("a gala
dinner, Grand Hotel, 7pm"). A descriptor that is a name itself ("the Brackenport Fair, the ...") keeps its
own title. The name may also open the clause before the descriptor ("Harbour Lights, the coast's
favourite winter festival returns on Saturday 9 July"): two capitalised words at least (a lone
capitalised first word may be any sentence's opening), no preposition among them ("In Brackenport,
the fair ...": a place the clause is set in)."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.phrases import NounPhrase
from calfeed.events.places import lookup
from calfeed.events.vocabulary import merged_lists, phrase_at, phrase_list, word_list
from calfeed.events.words import Word
from calfeed.model import Timex
from calfeed.timex.lexicon import ordinal_ending

MAX_NAME_WORDS = 5       # capitalised words of the name: more is a list or a sentence's run of names
MAX_JOINER = 3           # letters of a lower-case word inside a name ("Feast of the Lanterns", "Isle of Man")


@lru_cache(maxsize=None)
def _edition() -> re.Pattern[str]:
    return re.compile(rf"\d{{1,3}}{ordinal_ending()}")


def apposed_name(words: list[Word], phrase: NounPhrase | None, timex: Timex,
                 blocked: list[tuple[int, int]]) -> NounPhrase | None:
    """The name in apposition after ``phrase`` that the date at ``timex`` follows (or opening the
    clause before it), as a phrase of the same kind; None when the words are not so written."""
    if phrase is None or not words[phrase.head].text[:1].islower():
        return None       # "the Brackenport Fair, ...": already a name
    if words[phrase.last].end <= timex.start:
        before = _name_before(words, phrase, blocked)
        if before is not None:
            return before
    called = _called_name(words, phrase, timex, blocked)
    if called is not None:
        return called     # "the parade called the March of the Kings": which parade
    if phrase.last != phrase.head or phrase.last + 2 >= len(words) or words[phrase.last + 1].text != ",":
        return None       # "the convention of the Institute of Technology, Madras": the institute's town
    k = phrase.last + 2
    if words[k].lower in word_list("articles"):
        k += 1
    while k < len(words) and (_edition().fullmatch(words[k].lower) or words[k].lower in word_list("apposition_name_leads")):
        k += 1
    first = k
    while (k < len(words) and words[k].is_word and words[k].text[:1].isupper() and k - first < MAX_NAME_WORDS
           and not any(s < words[k].end and words[k].start < e for s, e in blocked)):
        k += 1
    if k == first or words[k - 1].end > timex.start:
        return None
    if lookup(" ".join(w.text for w in words[first:k])) is not None or _venue(words[k - 1].lower):
        return None       # "the county's oldest fair, Brackenport, on 5 May", "dinner, Grand Hotel, 7pm": where, not which
    links = word_list("apposition_date_links")
    between = [w for w in words[k:] if w.end <= timex.start]
    if not all(w.text == "," or w.lower in links for w in between):
        return None       # "..., the Harbour Choir, whose concert is on ...": the date is another clause's
    return NounPhrase(phrase.last + 2, k - 1, k - 1, phrase.kind, False)


def _called_name(words: list[Word], phrase: NounPhrase, timex: Timex,
                 blocked: list[tuple[int, int]]) -> NounPhrase | None:
    """The name a naming link (name_call_links: "called", "known as") puts right after the event
    noun ("the parade called the March of the Kings"), as a phrase of its kind: capitalised words,
    short lower-case joiners inside ("of the"), no place, venue or date. A date after the name must
    follow it with at most a comma and date links between; else None."""
    if phrase.last != phrase.head:
        return None
    lowered = [w.lower for w in words]
    link = phrase_at(lowered, phrase.last + 1, phrase_list("name_call_links"))
    if link is None:
        return None
    k = phrase.last + 1 + len(link)
    if k < len(words) and words[k].lower in word_list("articles"):
        k += 1
    first, last = k, None
    while k < len(words) and words[k].is_word and k - first < MAX_NAME_WORDS \
            and not any(s < words[k].end and words[k].start < e for s, e in blocked):
        if words[k].text[:1].isupper():
            last = k
        elif len(words[k].text) > MAX_JOINER:
            break
        k += 1
    if last is None or not words[first].text[:1].isupper():
        return None
    if lookup(" ".join(w.text for w in words[first:last + 1])) is not None or _venue(words[last].lower):
        return None       # "the fair known as Brackenport": where, not which
    if words[last].end <= timex.start:
        links = word_list("apposition_date_links")
        if not all(w.text == "," or w.lower in links for w in words[last + 1:] if w.end <= timex.start):
            return None
    return NounPhrase(first, last, last, phrase.kind, False)


def _venue(last_word: str) -> bool:
    """A name ending in a building's, venue's or street's head ("Grand Hotel", "Mill Lane") names
    where the event is, not which event it is."""
    return last_word in merged_lists(("building_heads", "venue_heads", "street_heads"))


def _name_before(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]]) -> NounPhrase | None:
    """The name opening the clause before a comma and the descriptor ``phrase`` ("Harbour Lights,
    the coast's favourite winter festival"), as a phrase of its kind; else None."""
    comma = phrase.first - 1
    if comma >= 0 and words[comma].lower in word_list("articles"):
        comma -= 1
    if comma < 2 or words[comma].text != "," or comma > MAX_NAME_WORDS + 1:
        return None
    name = words[:comma]
    capitalised = [w for w in name if w.text[:1].isupper()]
    if (len(capitalised) < 2 or not name[0].text[:1].isupper() or not name[-1].text[:1].isupper()
            or any(not w.is_word or any(s < w.end and w.start < e for s, e in blocked) for w in name)
            or any(w.lower in word_list("place_prepositions") or not (w.text[:1].isupper() or len(w.text) <= MAX_JOINER)
                   for w in name)
            or _venue(name[-1].lower)):
        return None
    return NounPhrase(0, comma - 1, comma - 1, phrase.kind, False)
