"""Entries whose year only the day of the build gives.

A page that writes no year and no date of its own ("The festival will take place on July 2")
is counted from the day of the build, so "July 2" lands in whichever year the build happens
to look ahead into: a news story from 2022 read in 2026 puts its festival in 2027. The day and
month are the page's, the year is a guess; giving such an entry as exact would put a confident
entry in the wrong year. It stays in the feed as a tentative entry and the report says why.
Such a page's days counted from the build day ("this Saturday") and clocks put on it stay too,
approximate: see calfeed.events.guessed_dates, which defines a guessed page date for all three
rules on guessed days.
"""

from __future__ import annotations

from calfeed.events.guessed_dates import year_from_build, year_left_open
from calfeed.model import Event, ReferenceDate, Timex


def year_written(timex: Timex) -> bool:
    """Whether the expression itself fixes its year ("2 July 2022"), as against a year-less
    day, a clock or a day counted from the document's date."""
    return (timex.raw_value or timex.value)[:4].isdigit()


def mark_guessed_years(events: list[Event], timexes: list[Timex], reference: ReferenceDate) -> None:
    """Make approximate, with the reason, each exact one-off entry of a document whose date
    (and so every year-less day's year) was only taken from the day of the build, or picked
    among the years its weekdays allow alike (by words of an era such as "COVID-19", a year the
    text names, or nearness to the build)."""
    from_build = year_from_build(reference)
    if not from_build and not year_left_open(reference):
        return
    why = ("a date taken from the day of the build or words of an era" if from_build else
           "a date in the likeliest of the years whose weekdays the page's days fit alike")
    by_span = {(t.start, t.end): t for t in timexes}
    for event in events:
        if event.precision != "exact" or event.rrule or not event.sources:
            continue
        source = event.sources[0]
        timex = by_span.get((source.start, source.end))
        if timex is not None and year_written(timex):
            continue
        event.precision = "approximate"
        event.notes.append(
            f"the year is a guess: nothing the document writes fixes the year of its days, so they were counted "
            f"from {reference.value.isoformat()}, {why}; "
            "give the document a "
            "`published:` date (or build with --reference-date) to fix the year")
