"""A closure told for a declared day off: "The council has made 26 December a public holiday.
Its offices will stay shut that Friday, 26 December."

Offices, schools and banks shut on a day off; the page tells the same day twice, once by what is
declared and once by what it means. One entry is enough for a subscriber: the day off keeps it,
and the closure's sentence joins its sources. Only all-day entries over the very same days are
folded, and only when one title is a closure (closing_words) and the other names a day off
(day_off_nouns).
"""

from __future__ import annotations

from calfeed.events.identity import take_in
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.model import Event


def fold_day_off_closures(events: list[Event], told: list[bool]) -> tuple[list[Event], list[bool]]:
    """``events`` (and their ``told`` flags) with each closure on a day off's very days folded
    into that day off's entry."""
    days_off: dict[tuple, int] = {}
    for i, event in enumerate(events):
        if told[i] and _plain_day(event) and _names_day_off(event.title):
            days_off.setdefault((event.start, event.end), i)
    gone: set[int] = set()
    for i, event in enumerate(events):
        keep = days_off.get((event.start, event.end))
        if keep is None or keep == i or not told[i] or not _plain_day(event) or not _closure(event.title):
            continue
        take_in(events[keep], event)
        events[keep].notes.append(f"\"{event.title}\" is what the day off means: one entry")
        gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


def _plain_day(event: Event) -> bool:
    return event.all_day and event.precision == "exact" and not event.rrule


def _closure(title: str) -> bool:
    words = title.lower().split()
    return bool(words) and words[-1].strip(".,;:()") in word_list("closing_words")


def _names_day_off(title: str) -> bool:
    words = tuple(w.strip(".,;:()") for w in title.lower().split())
    return any(words[k:k + len(noun)] == noun for noun in phrase_list("day_off_nouns") for k in range(len(words)))
