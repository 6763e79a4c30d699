"""A clock written once before a list of days times every listed day: "6pm - 9pm on Thursdays
4 March, 1 April and 6 May", "7:30pm to 9pm on Wednesday 3 February, Wednesday 17 February and
..."; a clock written after the first day is that day's own."""

from __future__ import annotations

from datetime import datetime

from events_helpers import BUILD_DAY, page_events

from calfeed.events.unclaimed_dates import _flat_row
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from calfeed.timex import tag

GALLERY = """# Late opening at the Riverside Gallery

The gallery will host late tours 6pm - 9pm on Thursdays 4 March, 1 April and 6 May 2027, with a bar.
"""

POOL = """# Evening swim sessions

Adults-only lane swimming runs 7:30pm to 9pm on Wednesday 3 February, Wednesday 17 February and
Wednesday 3 March 2027 at the Eastfield pool.
"""

CLEAN_UP = """# Community clean-up

Volunteers meet at 9am on Sundays, 7 March, 4 April and 2 May, at the canal bridge. Gloves are provided.
"""

READING = """The reading group meets on 3 February at 7pm, 10 February and 17 February in the back room.
"""

MUSEUM = """---
title: Harbour Museum Late Evenings
---
Harbour Museum Late Evenings
Drop-in 6pm - 9pm on Thursdays 4 March, 1 April, 6 May and 3 June 2027.

Live music in the atrium and a pop-up bar; entry is free.
"""


def _spans(text: str, published: str) -> set[tuple[datetime, datetime | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


def test_a_timed_weekday_before_a_list_of_its_days_times_each_day():
    assert _spans(GALLERY, "2027-01-20") == {
        (datetime(2027, 3, 4, 18), datetime(2027, 3, 4, 21)),
        (datetime(2027, 4, 1, 18), datetime(2027, 4, 1, 21)),
        (datetime(2027, 5, 6, 18), datetime(2027, 5, 6, 21))}


def test_a_clock_before_the_first_day_reaches_the_days_listed_after_it():
    assert _spans(POOL, "2027-01-20") == {
        (datetime(2027, 2, 3, 19, 30), datetime(2027, 2, 3, 21)),
        (datetime(2027, 2, 17, 19, 30), datetime(2027, 2, 17, 21)),
        (datetime(2027, 3, 3, 19, 30), datetime(2027, 3, 3, 21))}


def test_a_comma_may_stand_between_the_weekday_and_its_days():
    starts = {start for start, _ in _spans(CLEAN_UP, "2027-01-20")}
    assert starts == {datetime(2027, 3, 7, 9), datetime(2027, 4, 4, 9), datetime(2027, 5, 2, 9)}


def test_a_clock_after_the_first_day_is_that_day_s_own():
    starts = {start for start, _ in _spans(READING, "2027-01-20")}
    assert datetime(2027, 2, 3, 19) in starts
    assert datetime(2027, 2, 10, 19) not in starts and datetime(2027, 2, 17, 19) not in starts


def test_a_drop_in_line_under_its_title_gives_every_listed_day():
    events = process_document(parse_document(MUSEUM.encode(), "museum.md"), Options(today=BUILD_DAY)).events
    assert {(e.start, e.title) for e in events} == {
        (datetime(2027, m, d, 18), "Harbour Museum Late Evenings") for m, d in ((3, 4), (4, 1), (5, 6), (6, 3))}


def test_a_series_beside_a_day_makes_no_row_of_days():
    line = "Drop in 6pm - 9pm on Thursdays 4 March, 1 April and 6 May 2027."
    assert not _flat_row(line, tag(line, None))
