"""A schedule's rows given again under an update line ("UPDATE: ... as follows:") at new clocks
replace the rows above of the same title and day (updated_rows, session 67).
"""

from __future__ import annotations

from events_helpers import page_events


def test_rows_given_again_under_an_update_line_replace_the_old_clocks():
    text = ("Heats at the Quill Harbour regatta\n\nSaturday, June 12\n"
            "10.30am - Opening parade of boats\n"
            "1.15pm - Junior heats\n"
            "2pm - Senior heats\n"
            "UPDATE: Owing to the rain, the heats now run as follows:\n"
            "2.30pm - Junior heats\n"
            "3.10pm - Senior heats\n")
    events = page_events(text, "2027-06-11")
    assert sorted((e.start.strftime("%H:%M"), e.title) for e in events) == [
        ("10:30", "Opening parade of boats"), ("14:30", "Junior heats"), ("15:10", "Senior heats")]


def test_rows_with_no_update_line_keep_both_clocks():
    text = ("Heats at the Quill Harbour regatta\n\nSaturday, June 12\n"
            "1.15pm - Junior heats\n"
            "Sunday, June 13\n"
            "2.30pm - Junior heats\n")
    events = page_events(text, "2027-06-11")
    assert sorted(e.start.strftime("%d %H:%M") for e in events) == ["12 13:15", "13 14:30"]
