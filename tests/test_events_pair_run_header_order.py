"""A two-line schedule under a column header line ("Date Event", "Activity Date", "Date<tab>
Milestone"): the header's order says which way each pair is written, the date line over its
name or the name over its date, whatever the run's ends look like (a last date followed by its
own timed line, a note after the last pair). The header names no entry. The pages are my own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

DAY = date(2026, 1, 5)


def events_of(text: str):
    return page_events(text, DAY.isoformat(), "doc.txt")


def _by_day(text: str) -> dict[date, list[str]]:
    got: dict[date, list[str]] = {}
    for e in events_of(text):
        day = e.start.date() if hasattr(e.start, "date") else e.start
        got.setdefault(day, []).append(e.title)
    return got


def test_date_first_header_over_weekday_dates_each_named_by_the_line_below():
    text = ("Key dates\n\nThe timetable below is provisional for the 2026 round.\n\n"
            "Date Event\nFriday, March 6\nAbstract submission deadline\nFriday, April 17\n"
            "Full paper submission deadline\nMonday, May 18\nNotification of acceptance\nMonday, June 1\n"
            "Camera-ready copy due\nThursday, July 9\nSymposium from 9 am to 5 pm\n")
    got = _by_day(text)
    assert "Abstract submission deadline" in got[date(2026, 3, 6)]
    assert "Full paper submission deadline" in got[date(2026, 4, 17)]
    assert "Notification of acceptance" in got[date(2026, 5, 18)]
    assert "Camera-ready copy due" in got[date(2026, 6, 1)]
    assert not any("Date Event" in t for titles in got.values() for t in titles)


def test_a_tab_parted_header_and_a_timed_last_line():
    text = ("Consultation timetable\n\nDate\tMilestone\n12 January 2026\nConsultation opens\n"
            "23 February 2026\nConsultation closes\n20 April 2026\nSummary of responses published\n"
            "18 May 2026\nFinal plan presented to Cabinet at 6 pm\n")
    got = _by_day(text)
    assert got[date(2026, 1, 12)] == ["Consultation opens"]
    assert got[date(2026, 2, 23)] == ["Consultation closes"]
    assert got[date(2026, 4, 20)] == ["Summary of responses published"]


def test_a_name_first_header_reads_each_name_over_its_date():
    text = ("Community Grants 2026\n\nActivity Date\nApplications open\n2 February 2026\n"
            "Applications close\n16 March 2026\nPanel decisions announced\n11 May 2026\n"
            "Awards evening\n12 June 2026\nPlease note\n")
    got = _by_day(text)
    assert got[date(2026, 2, 2)] == ["Applications open"]
    assert got[date(2026, 3, 16)] == ["Applications close"]
    assert got[date(2026, 6, 12)] == ["Awards evening"]
