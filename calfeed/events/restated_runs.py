"""A run from the page's day that restates a deadline: no second entry.

A notice that moves a deadline says it twice: "the new deadline for the drive is Friday, June 13"
and "the drive will now continue until Friday June 13". The second reads as a run that is on from
the page's day (its start is not written, see :mod:`calfeed.events.open_runs`), but it only tells
the same last day of the same thing: a subscriber already has the deadline, and a span from the
page's day beside it is a second, vaguer entry. A run whose title names something the deadline's
title does not ("the exhibition runs until June 13" beside "Deadline for entries") stays.
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.identity import normalise_title
from calfeed.events.open_runs import OPEN_RUN_NOTE
from calfeed.model import Event


def without_runs_restating_deadlines(events: list[Event]) -> list[Event]:
    """``events`` (one document's) less each open run (OPEN_RUN_NOTE) whose last day is a deadline's
    day and whose title's words all stand in that deadline's title."""
    deadlines = [(_day(e.start), set(normalise_title(e.title).split())) for e in events if e.kind == "deadline"]
    if not deadlines:
        return events
    return [e for e in events if not _restates(e, deadlines)]


def _restates(event: Event, deadlines: list[tuple[date, set[str]]]) -> bool:
    if event.kind == "deadline" or OPEN_RUN_NOTE not in event.notes or event.end is None:
        return False
    words = set(normalise_title(event.title).split())
    last = _day(event.end)
    return bool(words) and any(day == last and words <= named for day, named in deadlines)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
