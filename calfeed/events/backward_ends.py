"""The last guard of framing: no entry leaves it with an end before its start.

An end before the start is always a reading fault (a clock range carried to a day without its
overnight roll, a range whose end took the wrong day), and no calendar client shows it: the iCalendar
writer would have to invent a length, and the subscriber would see an entry that looks sure and is
not. The entry keeps its start, which the page wrote and which was read; the end is left out (a timed
entry then shows the writer's default length, an all-day one its first day), and a note says which end
was dropped, so the feed's description and the report's checks both tell a person to look at it.
"""

from __future__ import annotations

from datetime import datetime

from calfeed.model import Event, written_moment

BACKWARD_END_NOTE = "the end read for this entry falls before its start"


def without_backward_ends(events: list[Event]) -> None:
    """Drop, in place, each end that falls before its entry's start, with a note naming the dropped end."""
    for event in events:
        if not event.ends_before_start():
            continue
        dropped = event.end
        event.end = None if isinstance(event.start, datetime) and not event.all_day else event.start
        event.notes.append(f"{BACKWARD_END_NOTE} ({written_moment(dropped)}): the end is left out; check it")
