"""A heading that dates the timed slots under it ("## Tentative schedule (15 May)" over a
table of sessions, "Provisional schedule - 12 May 2026" over "10:00 - 11:00 Welcome talk")
is their day, not an entry of its own: the slots are the entries, and no all-day entry named
by the heading stands beside them. A heading with no slots under it, or slots far below it,
keeps its entry. The pages are my own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

DAY = date(2026, 1, 5)


def events_of(text: str):
    return page_events(text, DAY.isoformat(), "doc.txt")


def test_a_bracketed_day_in_a_markdown_heading_over_a_table_of_slots():
    text = ("# Coastal Ecology Day 2026\n\nTalks are free; please register by email.\n\n"
            "## Draft programme (21 May)\n\n| Time | Session |\n|---|---|\n| 09:30 – 10:00 | Welcome |\n"
            "| 10:00 – 11:00 | Keynote: Salt marsh recovery |\n| 11:30 – 12:30 | Panel: Seagrass planting |\n")
    got = events_of(text)
    assert {e.title for e in got if e.start == date(2026, 5, 21)} == set()
    assert len([e for e in got if not e.all_day and e.start.date() == date(2026, 5, 21)]) == 3


def test_a_dash_day_heading_over_clock_lines():
    text = ("Open Day\n\nProvisional schedule - 12 May 2026\n\n10:00 - 11:00 Welcome talk\n"
            "11:00 - 12:30 Campus tours\n14:00 - 15:00 Subject fair\n")
    got = events_of(text)
    assert [e for e in got if e.all_day] == []
    assert sorted(e.title for e in got) == ["Campus tours", "Subject fair", "Welcome talk"]


def test_a_dated_heading_with_prose_under_it_keeps_its_entry():
    text = ("Village news\n\nSpring clean-up - 12 April 2026\n\nVolunteers will meet by the war memorial and "
            "work through the morning; gloves and bags are provided by the parish council.\n")
    got = events_of(text)
    assert any(e.start == date(2026, 4, 12) for e in got)
