"""A clock with no day of its own on a page nothing dates: the tagger puts it on the page's
reference date, which is then only a guess (counted back from the first date the page
writes), so an entry there would stand on a day nobody named ("Unless otherwise noted, the
Board of Education will meet at 7:30 PM on the following dates", "6:00 PM Anticipated
Executive Session" over a list of meeting days). A page date whose day the text gives (a
dateline without its year, "Today (17 July)", an address's day) is no guess, and on a page dated
by the build day the clock stays, approximate: see calfeed.events.guessed_dates."""

from __future__ import annotations

import re
from datetime import timedelta

from calfeed.events.candidates import date_not_written
from calfeed.events.guessed_dates import days_from_guess_dropped
from calfeed.events.guessed_deictics import deictic
from calfeed.model import ReferenceDate, Timex

_YEAR_WRITTEN_DAY = re.compile(r"\d{4}-\d\d-\d\d")     # a day with its year written: "March 4, 2023"
_INSTANT = timedelta(microseconds=1)    # an interval's end is open: its last day is an instant before it
GUESSED_DAY_WHY = ("is a clock with no day of its own on a page that writes no date it was written: "
                   "the day would only be a guess, so no calendar entry")


def on_guessed_day(timex: Timex, reference: ReferenceDate, near: list[Timex], above: Timex | None = None) -> bool:
    """A clock whose day no text gives ("will meet at 7:30 PM on the following dates",
    "6:00 PM Anticipated Executive Session" over a list of days) put on the page's reference
    date when that date is itself only guessed (no front matter, no dateline): an entry there
    would be a day nobody named. A day written in its sentence (``near``: its dates) that is
    the guessed date ("on September 27, in the village hall 10am-noon") is its day; so is the
    last day written above it (``above``) with its year, the day the tagger took for it, when it
    is that date ("... will be held in the town hall on March 4, 2023." over the programme's clock
    lines "10h00 – Opening", "11:30 a.m. – Awards"): the clocks are that day's, named above them.
    A weekday of the sentence counted from the guess itself ("held on each clear Friday evening,
    7.30pm to 9.30pm" on a page guessed to a Friday) writes no day, so it gives the clock none."""
    if not (date_not_written(timex) and days_from_guess_dropped(reference)
            and timex.interval is not None and timex.interval.start.date() == reference.value):
        return False
    if (above is not None and above.interval is not None and _YEAR_WRITTEN_DAY.match(above.raw_value or above.value)
            and above.interval.start.date() == reference.value):
        return False
    return not any(other is not timex and not date_not_written(other) and not deictic(other) and other.interval is not None
                   and other.interval.start.date() <= reference.value <= (other.interval.end - _INSTANT).date()
                   for other in near)

