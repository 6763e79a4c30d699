"""The proper name a sentence is about, read once per sentence for the entries told in it.

told_twice keeps two entries of one day apart when each one's sentences name a different
thing ("Red Arrows on Sunday ..." / "Also on Sunday is Harbour Pride ..."). It asks for
every pair of entries of a day, and many entries share a sentence (a page that lost its line
breaks tells a whole table in a few long ones), so a sentence's name is read once per build
of a document's entries (SubjectNames), not once per pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from calfeed.events.not_events import POSSESSIVE_END
from calfeed.events.phrases import month_words
from calfeed.events.vocabulary import event_nouns, merged_lists, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.model import Event

_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
NAME_MIN_WORDS = 2            # capitalised words that make a proper name in a sentence ("Red Arrows")


@lru_cache(maxsize=None)
def _name_stops() -> tuple[frozenset[str], frozenset[str]]:
    """Words that open no name (months, weekdays, articles) and heads that make a run a place
    (street, building, venue): built once, since every sentence asks."""
    return (frozenset(month_words() | weekday_words() | word_list("articles")),
            merged_lists(("street_heads", "building_heads", "venue_heads")))


def sentence_subject(sentence: str, *, event_names: bool = False) -> frozenset[str]:
    """The words of the sentence's first proper name (two or more capitalised words running,
    past the sentence's first word unless the name starts there, no date word, no street or
    building), lower-case; none when that name holds an event noun ("Annual General
    Meeting"): the titles tell such names apart. With ``event_names`` such a name is read too
    (told_twice.subject_in_title matches it against a title)."""
    skip, places = _name_stops()
    nouns = event_nouns()
    words = list(_NAME_WORD.finditer(sentence))
    run: list[str] = []
    for k, match in enumerate(words + [None]):
        word = POSSESSIVE_END.sub("", match.group(0).rstrip(".")) if match else ""
        joined = bool(match is not None and run and not sentence[words[k - 1].end():match.start()].strip())
        if match is not None and word[:1].isupper() and word.lower() not in skip and (joined or not run):
            run.append(word.lower())
            continue
        if len(run) >= NAME_MIN_WORDS and run[-1] not in places:
            if event_names or not any((w,) in nouns for w in run):
                return frozenset(run)
            return frozenset()
        run = [word.lower()] if match is not None and word[:1].isupper() and word.lower() not in skip else []
    return frozenset()


@dataclass
class SubjectNames:
    """The subject names of entries' sentences, each sentence read once (by its text)."""
    _read: dict[str, frozenset[str]] = field(default_factory=dict)

    def of(self, event: Event) -> frozenset[str]:
        """The words of the names the entry's sentences are about."""
        found: frozenset[str] = frozenset()
        for source in event.sources:
            names = self._read.get(source.sentence)
            if names is None:
                names = self._read[source.sentence] = sentence_subject(source.sentence)
            found |= names
        return found
