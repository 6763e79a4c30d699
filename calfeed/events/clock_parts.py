"""A day's line that lists what happens at each clock: "- Friday, June 11: Kelso-Marham at 9:45 a.m.,
Marham-Kelso at 12:45 p.m., Kelso-Marham at 3:45 p.m." A timetable of sailings, flights or buses
printed as a list of days is written so: each "NAME at CLOCK" part is a departure of its own, at
its clock, named by its own words; the day's line is no all-day entry of its own, and no title
keeps the clocks.

The line opens with its day (after list marks) and a colon; after the colon the line holds only
parts, each a short capitalised name (at most MAX_NAME_WORDS words, no sentence mark), a clock
lead ("at") and a clock with no day of its own, the parts set apart by commas, semicolons or
"and". Any other line is left to the other readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.deadline_clock import clock_of
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

CLOCK_PARTS_NOTE = "a part of its day's line naming what happens at its clock"
MAX_NAME_WORDS = 4        # "Kelso-Marham", "Late boat to the islands"
_LIST_MARKS = " \t-•*–"
_NAME_MARKS = ".;:!?()[]\""


def clock_parts(text: str, on_line: Sequence[Timex]) -> dict[int, str] | None:
    """The name of each clock of a day's line of parts, by the clock's start; None when the line
    (its dates ``on_line``, in order) is no such line."""
    if not on_line:
        return None
    day = on_line[0]
    begin = start_of_line(text, day.start)
    stop = line_end(text, day.start)
    if day.type != "DATE" or text[begin:day.start].strip(_LIST_MARKS) or not any(c.isdigit() for c in day.text):
        return None
    colon = day.end
    while colon < stop and text[colon] in " \t":
        colon += 1
    if colon >= stop or text[colon] != ":":
        return None
    clocks = on_line[1:]
    if not clocks or any(clock_of(t) is None for t in clocks):
        return None        # "Friday, June 11: 9:45 a.m." or another day on the line: no parts
    leads = word_list("clock_part_leads")
    gaps = word_list("clock_part_gaps")
    names: dict[int, str] = {}
    cursor = colon + 1
    for clock in clocks:
        part = text[cursor:clock.start].split()
        if names:
            while part and part[0].lower() in gaps:
                part = part[1:]
        if len(part) < 2 or part[-1].lower() not in leads:
            return None
        name = part[:-1]
        if len(name) > MAX_NAME_WORDS or not name[0][:1].isupper() or any(c in w for w in name for c in _NAME_MARKS):
            return None
        names[clock.start] = " ".join(name)
        cursor = clock.end
        if names and len(names) < len(clocks):
            gap = text[cursor:clocks[len(names)].start].split()
            if not gap or gap[0].lower() not in gaps:
                return None        # "at 9:45 a.m. with a stop at Ardmore, Kelso at 3 p.m.": no run of parts
    if text[cursor:stop].strip(" \t.,;"):
        return None        # words after the last clock: a sentence, no run of parts
    return names
