"""A weekly series of an event's hours ends with the event's dated run: "The Harbour Fair, ...,
takes over the Quay Halls from June 8 to July 14." ... "The Harbour Fair opens ... 9 AM to 10 PM on
Saturdays and Sundays".

The hours sentence writes no end of its own, so its series would run for ever; but the page dates
the event it belongs to as a run of days, and the hours are that run's. A series with no end whose
title is a dated run's title and at most RUN_EXTRA_WORDS more words ("Harbour Fair opens"), and whose
first occurrence falls within the run, ends on the run's last day (UNTIL).
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.identity import normalise_title
from calfeed.model import Event

RUN_EXTRA_WORDS = 1     # words a series' title may add after the run's name (its verb: "opens")
RUN_NOTE = "series ends with the dated run of \"{title}\" on {last}"


def bound_by_named_runs(events: list[Event]) -> None:
    """Give each endless series of ``events`` (one document's) the last day of the exact, all-day,
    several-day entry it belongs to by title, when its first occurrence lies in that run."""
    runs = [(normalise_title(e.title).split(), e) for e in events
            if e.rrule is None and e.all_day and e.precision == "exact" and isinstance(e.end, date)
            and e.end > e.start]
    if not runs:
        return
    for series in events:
        if series.rrule is None or "UNTIL=" in series.rrule or "COUNT=" in series.rrule:
            continue
        words = normalise_title(series.title).split()
        first = series.start.date() if isinstance(series.start, datetime) else series.start
        run = next((e for name, e in runs if name and words[:len(name)] == name
                    and len(words) - len(name) <= RUN_EXTRA_WORDS and e.start <= first <= e.end), None)
        if run is None:
            continue
        last = run.end
        series.rrule += f";UNTIL={last:%Y%m%d}" + ("" if series.all_day else "T235959")
        series.notes.append(RUN_NOTE.format(title=run.title, last=last.isoformat()))
