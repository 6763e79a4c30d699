"""The programme of a recurring event ("on the first Saturday of every month from 10am-12pm"
over "10-10:30am – Tea and a chat"): clock slots inside the series' hours say how each meeting
runs, so they give no entries of their own; the series stays. A one-off day's programme keeps its
slots."""

from __future__ import annotations

from events_helpers import page_events

CIRCLE = """# Knit and Natter

Our knitting circle meets on the first Saturday of every month from 10am-12pm in the library's
community room. Everyone is welcome, whatever your skill level.

10-10:30am – Tea and a chat while everyone settles in
10:30-11:45am – Knitting, crochet and pattern swaps
11:45am-12pm – Show and tell
"""

REPAIR = """# Repair Café

The Repair Café is held every second Sunday of the month from 1-4pm at the Scout Hall. Bring your
broken lamps, bikes and jumpers: volunteer fixers will help.

1-1:30pm: sign in and describe the fault
1:30-4pm: repairs at the benches
"""

FAIR = """# Spring Fair

The fair is on Saturday 14 March 2026 from 10am to 4pm on the village green.

10:00-11:00 Dog show
11:30-12:30 Cake judging
"""


def test_slots_inside_a_series_hours_give_no_entries() -> None:
    events = page_events(CIRCLE, "2026-01-05")
    assert [e.rrule is not None for e in events] == [True]


def test_a_second_phrasing_of_the_programme() -> None:
    events = page_events(REPAIR, "2026-01-05")
    assert [e.rrule is not None for e in events] == [True]


def test_a_one_off_day_keeps_its_slots() -> None:
    titles = {e.title for e in page_events(FAIR, "2026-01-05")}
    assert "Dog show" in titles       # inside the day's hours, but the day is no series
