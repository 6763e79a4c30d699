"""Several namings of one polling day: "February 9 is fixed for the presidential vote, with the
senate election held that same day too", and elsewhere "the general elections on February 9".

An election held beside another on the same day is one trip to the polls, so a subscriber wants
one entry, not one per office voted for. Entries of a kind listed in one_day_kinds that are all
day and over the same one day fold into one: the first told whose title is not an umbrella
naming ("General elections", umbrella_modifiers) keeps its title and quotes the others. Other
kinds (two meetings on one day) stay apart.
"""

from __future__ import annotations

from datetime import date

from calfeed.events.identity import take_in
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import word_list
from calfeed.model import Event


def fold_one_day_occasions(events: list[Event]) -> list[Event]:
    """``events`` with each day's entries of a one-day kind folded into one."""
    kinds = word_list("one_day_kinds")
    days: dict[tuple[date, str], list[int]] = {}
    for k, event in enumerate(events):
        if (event.kind in kinds and event.all_day and event.rrule is None and event.precision == "exact"
                and day_of(event.end or event.start) == day_of(event.start)):
            days.setdefault((day_of(event.start), event.kind), []).append(k)
    gone: set[int] = set()
    for members in days.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda k: min(s.start for s in events[k].sources) if events[k].sources else 0)
        keep = next((k for k in ordered if not _umbrella(events[k].title)), ordered[0])
        for k in ordered:
            if k != keep:
                take_in(events[keep], events[k])
                events[keep].notes.append(f"the same polling day as \"{events[k].title}\", named apart in the document")
                gone.add(k)
    return [e for k, e in enumerate(events) if k not in gone] if gone else events


def _umbrella(title: str) -> bool:
    words = title.lower().split()
    return bool(words) and words[0] in word_list("umbrella_modifiers")
