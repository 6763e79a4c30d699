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

from collections.abc import Collection

from calfeed.events.guessed_dates import year_from_build, year_left_open
from calfeed.model import Event, ReferenceDate, Timex
from calfeed.timex.section_years import section_years
from calfeed.timex.shared_years import shared_years


def year_written(timex: Timex) -> bool:
    """Whether the expression itself fixes its year ("2 July 2022"), as against a year-less
    day, a clock or a day counted from the document's date."""
    return (timex.raw_value or timex.value)[:4].isdigit()


def years_given(timexes: list[Timex], text: str) -> frozenset[tuple[int, int]]:
    """Spans of the year-less days whose year the text writes elsewhere and gives them: the
    heading over their list ("2023 Meetings" / "Thursday January 19"; section_years) or a day
    their own sentence joins them to ("10 February and 3 March 2027"; shared_years). Their
    year is the writer's, whatever the page's own date is."""
    ordered = sorted(timexes, key=lambda t: t.start)
    given = {**section_years(ordered, text), **shared_years(ordered, text)}
    return frozenset((ordered[i].start, ordered[i].end) for i, core in given.items()
                     if ordered[i].value[:4] == core[:4])


def mark_guessed_years(events: list[Event], timexes: list[Timex], reference: ReferenceDate, text: str = "",
                       bounded: Collection[tuple[int, int]] = ()) -> None:
    """Make approximate, with the reason, each exact one-off entry of a document whose date
    (and so every year-less day's year) was only taken from the day of the build, or picked
    among the years its weekdays allow alike (by words of an era such as "COVID-19", a year the
    text names, or nearness to the build). An entry whose year a heading or its own sentence
    writes (:func:`years_given`) keeps its precision. A series is marked only when its source's
    span is in ``bounded``: its first and last days come from a stretch that writes no year
    ("June 1 to August 31:" over "Monday to Friday 6:00 a.m. - 8:00 p.m."); an unbounded
    weekly series has no year to guess."""
    from_build = year_from_build(reference)
    if not from_build and not year_left_open(reference):
        return
    given = years_given(timexes, text) if text else frozenset()
    why = ("a date taken from the day of the build or words of an era" if from_build else
           "a date in the likeliest of the years whose weekdays the page's days fit alike")
    by_span = {(t.start, t.end): t for t in timexes}
    for event in events:
        if event.precision != "exact" or not event.sources:
            continue
        source = event.sources[0]
        if event.rrule and (source.start, source.end) not in bounded:
            continue
        timex = by_span.get((source.start, source.end))
        if timex is not None and (year_written(timex) or (timex.start, timex.end) in given):
            continue
        event.precision = "approximate"
        event.notes.append(
            f"the year is a guess: nothing the document writes fixes the year of its days, so they were counted "
            f"from {reference.value.isoformat()}, {why}; "
            "give the document a "
            "`published:` date (or build with --reference-date) to fix the year")
