"""The place an event's own name is given elsewhere in the document: "The leaders will meet
at a summit in Tianjin. The summit will open on September 1 at 10 a.m." The dated sentence
names no place, and a wire dateline ("MOSCOW, August 29 /TASS/") names the newsroom, not the
venue; the summit's earlier mention does name it. Only one town named that way counts.
"""

from __future__ import annotations

import re

from calfeed.events.candidates import DateSpans
from calfeed.events.places import Place, lookup, places_in
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in

MAX_GAP_WORDS = 3       # words between the noun and its place preposition ("summit, to be held in")
MAX_MENTIONS = 20       # mentions of the noun looked at
REACH = 120             # characters after the noun searched for its place


def mentioned_place(text: str, head: str, modifier: str | None, dates: DateSpans) -> Place | None:
    """The one town the document places ``head`` ("summit") in (its first MAX_MENTIONS
    mentions looked at, so that a long document stays linear). A mention whose word before
    the noun is neither a determiner nor the dated phrase's ``modifier`` is another event
    ("the opening session" is not "the Annual Session in Istanbul")."""
    determiners = word_list("articles") | word_list("possessives") | word_list("pronouns")
    found: dict[str, Place] = {}
    prepositions = word_list("place_prepositions")
    for n, match in enumerate(re.finditer(rf"\b{re.escape(head)}\b", text, re.IGNORECASE)):
        if n >= MAX_MENTIONS:
            break
        before = re.search(r"([\w'’-]+)\W{0,3}\Z", text[max(0, match.start() - 40):match.start()])
        previous = before.group(1).lower() if before else None
        if previous is not None and previous not in determiners and previous != modifier:
            continue
        window = (match.end(), min(len(text), match.end() + REACH))
        stop = min((text.find(mark, *window) for mark in ".;\n" if text.find(mark, *window) >= 0),
                   default=window[1])
        words = words_in(text, window[0], stop)
        at = next((k for k, w in enumerate(words[:MAX_GAP_WORDS + 1]) if w.lower in prepositions), None)
        if at is None:
            continue
        places = [p for p in places_in(words, text, dates.spans((window[0], stop))) if p.start >= words[at].end]
        first = at + 2 if at + 2 < len(words) and words[at + 1].lower in word_list("articles") else at + 1
        if places and first < len(words) and places[0].start == words[first].start:
            place = places[0]         # "a summit in Tianjin": the place right after the noun's preposition
            found.setdefault(lookup((place.city or place.name).split(",")[0]) or place.name, place)
    return next(iter(found.values())) if len(found) == 1 else None

