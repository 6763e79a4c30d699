"""A notice gives its days in full once ("on Monday, March 13 and Tuesday, March 14") and the hours
in the next sentence by weekday alone ("2 p.m. to 6:30 p.m. on Monday and 9 a.m. to 12:30 p.m. on
Tuesday"). The tagger reads each bare weekday as the day written with it just before (resolver
_restated_named_weekday), and each such range times that day's entry (nearby_clocks). A blood drive
is an occasion people come to (event_nouns)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PAGE = ("Our Spring Blood Drive comes to the Grace Chapel hall, 12 Elm Road, on Monday, March 13 and Tuesday, "
        "March 14. Donors are seen 2 p.m. to 6:30 p.m. on Monday and 9 a.m. to 12:30 p.m. on Tuesday. Book a "
        "slot online or simply turn up.")


def test_each_day_of_the_drive_is_an_entry_at_its_own_hours():
    events = sorted(page_events(PAGE, "2023-03-02"), key=lambda e: e.start)
    assert [(e.start, e.end) for e in events] == [
        (datetime(2023, 3, 13, 14, 0), datetime(2023, 3, 13, 18, 30)),
        (datetime(2023, 3, 14, 9, 0), datetime(2023, 3, 14, 12, 30)),
    ]
    assert all("Blood Drive" in e.title for e in events)


def test_a_weekday_of_another_week_keeps_its_own_hours_apart():
    # no day written in full with that weekday: the hours time nothing
    page = ("Our Spring Blood Drive comes to the Grace Chapel hall on Monday, March 13. "
            "Donors are seen 9 a.m. to 12:30 p.m. on Thursday.")
    drive = [e for e in page_events(page, "2023-03-02") if "Blood Drive" in e.title]
    assert [(str(e.start), str(e.end)) for e in drive] == [("2023-03-13", "2023-03-13")]


def test_hours_cut_by_a_blank_line_still_time_the_day():
    # the copy broke the first range over a paragraph break ("... 2 p.m. to" / "6:30 p.m. on Monday")
    page = PAGE.replace("2 p.m. to 6:30 p.m.", "2 p.m. to\n\n6:30 p.m.")
    events = sorted(page_events(page, "2023-03-02"), key=lambda e: e.start)
    assert [(e.start, e.end) for e in events] == [
        (datetime(2023, 3, 13, 14, 0), datetime(2023, 3, 13, 18, 30)),
        (datetime(2023, 3, 14, 9, 0), datetime(2023, 3, 14, 12, 30)),
    ]
