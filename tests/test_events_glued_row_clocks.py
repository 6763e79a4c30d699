"""A weekly grid copied as text glues each activity to its hours ("Scottish dancing7.30-9.30pm",
"Pilates10-11am"; a leftover seen on a real village-hall page, ev28b): the hours are the series'
clock from start to end, and the title is the activity without the digits."""
# Provenance: session 28, ev28b; a village hall's "What's On" grid written for this test.

from datetime import date, datetime

from events_helpers import tagged_events


def test_each_glued_row_is_a_weekly_series_at_its_hours():
    text = ("Regular activities\n\nMonday\nScottish dancing7.30-9.30pm\nTuesday\nPilates10-11am\n"
            "Toddler group1.30-3pm\n")
    got = sorted((e.title, e.start, e.end, e.rrule) for e in tagged_events(text, published=date(2027, 1, 8)))
    assert got == [
        ("Pilates", datetime(2027, 1, 12, 10, 0), datetime(2027, 1, 12, 11, 0), "FREQ=WEEKLY;BYDAY=TU"),
        ("Scottish dancing", datetime(2027, 1, 11, 19, 30), datetime(2027, 1, 11, 21, 30), "FREQ=WEEKLY;BYDAY=MO"),
        ("Toddler group", datetime(2027, 1, 12, 13, 30), datetime(2027, 1, 12, 15, 0), "FREQ=WEEKLY;BYDAY=TU"),
    ]

