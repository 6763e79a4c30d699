"""A day's line of a timetable listing what happens at each clock ("- Friday, June 11: Kelso-Marham at
9:45 a.m., Marham-Kelso at 12:45 p.m."): each "NAME at CLOCK" part is a timed entry named by its own
words, the clocks out of the title, and the day's line gives no all-day entry of its own. A line
whose words after a clock run on as a sentence is left to the other readers."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.events.clock_parts import clock_parts
from calfeed.timex import tag

SAILINGS = ("Extra sailings on the island route\n"
            "For the rest of June the ship will sail to this timetable only:\n"
            "- Thursday, June 10: Marham-Kelso at 6:15 p.m.\n"
            "- Friday, June 11: Kelso-Marham at 9:45 a.m., Marham-Kelso at 12:45 p.m., Kelso-Marham at 3:45 p.m.\n"
            "- Sunday, June 13: Kelso-Marham at 3:45 p.m.\n")


def _entries() -> list[tuple[object, str]]:
    return sorted(((e.start, e.title) for e in tagged_events(SAILINGS, published=date(2027, 6, 7))), key=str)


def test_each_part_of_a_day_s_line_is_an_entry_at_its_clock():
    got = _entries()
    assert (datetime(2027, 6, 11, 9, 45), "Kelso-Marham") in got
    assert (datetime(2027, 6, 11, 12, 45), "Marham-Kelso") in got
    assert (datetime(2027, 6, 11, 15, 45), "Kelso-Marham") in got
    assert (datetime(2027, 6, 10, 18, 15), "Marham-Kelso") in got


def test_the_day_s_line_gives_no_all_day_entry_and_no_title_keeps_a_clock():
    got = _entries()
    assert not any(isinstance(start, date) and not isinstance(start, datetime) for start, _ in got)
    assert not any("p.m" in title or "a.m" in title for _, title in got)


def test_a_line_running_on_as_a_sentence_is_no_run_of_parts():
    text = "- Friday, June 11: Doors at 7 p.m., then the band plays until late in the main hall.\n"
    timexes = sorted(tag(text, date(2027, 6, 7)), key=lambda t: t.start)
    assert clock_parts(text, timexes) is None
