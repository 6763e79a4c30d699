"""Timetables headed by the day they hold from (class B of round 33, session 25):
- "Friday Prayer Times from 6 March 2026" over labelled clock rows: weekly Friday series from
  that day, named by the group line and the row's label, no one-off on the header's day;
- a service whose name says its weekday ("Jumuah") gives the weekday when no weekday is written;
- the header's weekday ("Sunday service times, starting ...") times bare clock rows;
- rows that write their own weekday ("Saturday 6pm Vigil Mass") keep it, from the header's day;
- a header with no weekday over bare clocks ("Opening hours from 1 April") is left alone;
- a header with no effective lead before its day is no timetable header."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2026, 2, 20)     # a Friday


def _entries(text: str):
    return sorted((e.title, e.start, e.rrule) for e in tagged_events(text, published=PUBLISHED))


def test_a_dated_prayer_timetable_is_a_weekly_friday_schedule():
    text = ("Jummah Prayer Times from 6th March 2026\n"
            "*Early Jummah:*\nTalk: 12.15pm\nKhutbah: 12.40pm\n"
            "*Late Jummah:*\nKhutbah: 1.30pm\n"
            "Please park considerately on the side roads.\n")
    assert _entries(text) == [
        ("Early Jummah Khutbah", datetime(2026, 3, 6, 12, 40), "FREQ=WEEKLY;BYDAY=FR"),
        ("Early Jummah Talk", datetime(2026, 3, 6, 12, 15), "FREQ=WEEKLY;BYDAY=FR"),
        ("Late Jummah Khutbah", datetime(2026, 3, 6, 13, 30), "FREQ=WEEKLY;BYDAY=FR"),
    ]


def test_the_headers_weekday_times_bare_clock_rows():
    text = ("Sunday service times, starting 1 March 2026\n\n"
            "8am Said Communion\n10am Family Worship\n\nEveryone is welcome.\n")
    assert _entries(text) == [
        ("Family Worship", datetime(2026, 3, 1, 10), "FREQ=WEEKLY;BYDAY=SU"),
        ("Said Communion", datetime(2026, 3, 1, 8), "FREQ=WEEKLY;BYDAY=SU"),
    ]


def test_rows_with_their_own_weekday_keep_it_from_the_headers_day():
    text = "Mass times from Saturday 7 March 2026\n\nSaturday 5.30pm Vigil Mass\nSunday 9am and 11am\n"
    assert [(s, r) for _, s, r in _entries(text)] == [
        (datetime(2026, 3, 8, 9), "FREQ=WEEKLY;BYDAY=SU"),
        (datetime(2026, 3, 8, 11), "FREQ=WEEKLY;BYDAY=SU"),
        (datetime(2026, 3, 7, 17, 30), "FREQ=WEEKLY;BYDAY=SA"),
    ]


def test_a_header_without_a_weekday_leaves_bare_clocks_alone():
    text = "Opening times from 1 April 2026\n\nCafe: 9am\nShop: 10am\n"
    assert all(r is None for _, _, r in _entries(text))


def test_a_header_without_an_effective_lead_is_no_timetable():
    text = "Friday prayer times on 6 March 2026\n\nKhutbah: 12.40pm\n"
    assert all(r is None for _, _, r in _entries(text))
