"""A weekly series a sentence names and ends with a colon, then rows of clock times below it
("we split Wednesday evenings in two, so have an early and late session:" / "Early session 6-7pm"
/ "Late session 7.15-8.30pm"): each row is the series at its own hours, not a one-off on the
document's day (red team 11b #8)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_clock_rows_under_a_series_line_are_that_series():
    text = ("As normal we split Wednesday evenings in two, so have an early and late session:\n\n"
            "Early session 6-7pm – U7, U8, U9, U10, U11 and U12\n\n"
            "Late session 7.15-8.30pm – U13, U14, U15, U16 and Senior Ladies\n")
    got = sorted((e.title, e.start, e.end, e.rrule) for e in tagged_events(text, published=date(2021, 9, 13)))
    assert got == [("Early session", datetime(2021, 9, 15, 18), datetime(2021, 9, 15, 19), "FREQ=WEEKLY;BYDAY=WE"),
                   ("Late session", datetime(2021, 9, 15, 19, 15), datetime(2021, 9, 15, 20, 30), "FREQ=WEEKLY;BYDAY=WE")]
