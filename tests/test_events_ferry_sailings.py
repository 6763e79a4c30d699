"""A ferry operator's timetable notice: each sailing or crossing is an entry of its own (an event:
event_nouns "sailing", "crossing"), beside the check-in deadline its line gives; before, only the
check-in clocks became entries, as deadlines, and the sailings none."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

TIMES = ("Here are the times for the coming days:\n"
         "Monday\n"
         "The 6.40am sailing from Oban to Craignure will leave as planned, with passengers asked to "
         "check in no later than 6.20am.\n"
         "Tuesday\n"
         "The late crossing to Craignure will depart Oban at 10.50pm.\n")


def _entries() -> dict[datetime, str]:
    return {e.start: e.kind for e in page_events(TIMES, "2025-01-12")}


def test_each_sailing_and_crossing_is_an_event():
    entries = _entries()
    assert entries.get(datetime(2025, 1, 13, 6, 40)) == "event", entries
    assert entries.get(datetime(2025, 1, 14, 22, 50)) == "event", entries


def test_the_check_in_clock_stays_a_deadline():
    assert _entries().get(datetime(2025, 1, 13, 6, 20)) == "deadline"
