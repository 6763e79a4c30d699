"""A bare weekday after an indefinite determiner is a kind of day, not a day.

Rules and habits name weekdays in general: "clubs playing on a Thursday may move a Saturday
fixture to a Sunday", "if the due date falls on a Saturday". The tagger, which resolves every
bare weekday to the nearest one, dates each; a calendar entry on the coming Thursday is then a
day nobody wrote. The determiner before the weekday (generic_weekday_determiners.en.txt) tells
the general reading, as do a link and a quantifier after it ("the Friday prior to any Council
Meeting": generic_weekday_links, generic_weekday_quantifiers): "on Thursday", "this Thursday"
and "the Friday before the meeting" stay days. A repetition in the same
sentence ("meets fortnightly at 10am on a Monday morning") makes the weekday that series' day,
which the series readers take: it is left to them. Told in the past ("500 people attended a
Sunday night memorial service"), it is the one occasion that was held, as news tells it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import same_sentence

WEEKDAY_RULE = "weekday_alone"
_LOOK_BACK = 12                       # characters before the weekday that may hold the determiner
SENTENCE_REACH = 400                  # characters between a weekday and a series in one sentence
_NEXT_WORDS = re.compile(r"[A-Za-z]+")
_LAST_WORD = re.compile(r"(?:^|[^\w'’-])([A-Za-z]+)[ \t]{1,3}$")


def generic_weekdays(text: str, ordered: Sequence[Timex]) -> set[int]:
    """The ids of bare weekdays written right after "a", "an" or "any", or tied to any one of an
    occasion ("the Friday prior to any meeting")."""
    determiners = word_list("generic_weekday_determiners")
    repeats = [t for t in ordered if t.type == "SET"]
    found: set[int] = set()
    for timex in ordered:
        if timex.rule != WEEKDAY_RULE or not timex.bare_weekday:
            continue
        if timex.tense == "past" or any(_same_sentence(text, timex, other) for other in repeats):
            continue     # "500 people attended a Sunday night memorial service": the one just held
        before = _LAST_WORD.search(text[max(0, timex.start - _LOOK_BACK):timex.start])
        if before is not None and before.group(1).lower() in determiners or _tied_to_any(text, timex.end):
            found.add(id(timex))
    return found


def _tied_to_any(text: str, end: int) -> bool:
    """"(the Friday) prior to any Council Meeting", "(the Monday) before each sitting": the weekday
    is counted from every such occasion, so it is none of them in particular."""
    words = _NEXT_WORDS.findall(text, end, min(len(text), end + 40))[:3]
    lowered = [w.lower() for w in words]
    quantifiers = word_list("generic_weekday_quantifiers") | word_list("generic_weekday_determiners")
    for link in word_list("generic_weekday_links"):
        parts = link.split()
        if lowered[:len(parts)] == parts and len(lowered) > len(parts) and lowered[len(parts)] in quantifiers:
            return True
    return False


def _same_sentence(text: str, one: Timex, other: Timex) -> bool:
    """No sentence's end or line break between the two."""
    start, end = (one.end, other.start) if one.end <= other.start else (other.end, one.start)
    return same_sentence(text, start, end, SENTENCE_REACH)
