"""Headings each followed by their own clock range on one announced day (R63 class 1, pages 08
and 09): a district, parish, line or site heading over a text giving its hours is an entry of
its own at that range, named by the heading; the day told once above them is no untimed entry
beside them. Texts written for these tests in the shape of those pages."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

DISTRICTS = """Water supply interruptions are planned for Wednesday, March 8, in parts of three districts.
The utility posted the notice on its website.
Here is the list of the districts affected on Wednesday, March 8:
Northfield
Elm Row, Mill Lane, Church Green, from 8:00am – 2:00pm
Riverside
Quay Street, from 10am – 3:30pm
Oakham
Hill Top to Low Farm, from 9am – 1pm Oak End, from 1:30pm – 4pm"""

LINES = """Engineering works will disrupt trains on the Blue, Red and Green lines on Sunday, June 8, the operator said.

Blue Line

The block will run from 10.15 am to 2.45 pm on Sunday between the north and south stations. Trains leaving the north from 9.50 am to 2.20 pm will be diverted.

Red Line

A Sunday block is planned for the stretch between the east and west halts from 11.20 am and 3.50 pm. Services from 10.05 to 3.30 pm will be cancelled.

Green Line

The operator has announced a four-hour block on Sunday for track work from 9 am to 1 pm between the hill and dale halts."""


def _timed(events):
    return sorted((e.start, e.end, e.title) for e in events if isinstance(e.start, datetime))


def test_each_district_heading_is_an_entry_at_its_own_range():
    events = page_events(DISTRICTS, "2023-03-06")
    timed = _timed(events)
    assert [(s, e) for s, e, _ in timed] == [
        (datetime(2023, 3, 8, 8, 0), datetime(2023, 3, 8, 14, 0)),
        (datetime(2023, 3, 8, 9, 0), datetime(2023, 3, 8, 13, 0)),
        (datetime(2023, 3, 8, 10, 0), datetime(2023, 3, 8, 15, 30)),
        (datetime(2023, 3, 8, 13, 30), datetime(2023, 3, 8, 16, 0)),
    ]
    titles = [t for _, _, t in timed]
    assert "Northfield" in titles[0] and "Riverside" in titles[2]
    assert "Oakham" in titles[1] and "Hill Top to Low Farm" in titles[1]
    assert "Oakham" in titles[3] and "Oak End" in titles[3]


def test_the_day_told_above_the_headings_names_them_and_is_no_entry_of_its_own():
    events = page_events(DISTRICTS, "2023-03-06")
    assert not [e for e in events if not isinstance(e.start, datetime) and str(e.start) == "2023-03-08"]
    assert all(e.title.lower().startswith("water supply interruptions") for e in events if isinstance(e.start, datetime))


def test_each_line_heading_is_an_entry_at_the_first_range_under_it():
    timed = _timed(page_events(LINES, "2025-06-07"))
    assert [(s, e) for s, e, _ in timed] == [
        (datetime(2025, 6, 8, 9, 0), datetime(2025, 6, 8, 13, 0)),
        (datetime(2025, 6, 8, 10, 15), datetime(2025, 6, 8, 14, 45)),
        (datetime(2025, 6, 8, 11, 20), datetime(2025, 6, 8, 15, 50)),
    ]
    assert ["Green" in t for _, _, t in timed] == [True, False, False]
    assert "Blue" in timed[1][2] and "Red" in timed[2][2]


def test_one_heading_with_a_range_is_no_list():
    text = LINES.split("\n\nRed Line")[0]
    events = page_events(text, "2025-06-07")
    assert not any(any("heading over its own clock range" in n for n in e.notes) for e in events)
