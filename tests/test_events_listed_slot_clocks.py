"""A programme line under its day that opens with a list of clocks ("5:00 PM and 11:00 PM at Holy
Cross") is one entry per clock, named by what the programme is (the line over its day) when the
line's words only say where ("at Holy Cross"): never 'And 11:00 PM at Holy Cross' nor 'At ...'."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PARISH = """Festive services

Friday, December 24
5:00 PM and 11:00 PM at Our Lady of Lourdes
6:00 PM at St. Joseph's Hall

Saturday, December 25
9:00 AM and 11:30 AM at Our Lady of Lourdes
"""

STUDIOS = """Open studio days

Saturday, May 15
10am and 2pm at the Harbour Gallery

Sunday, May 16
11am, 1pm and 3pm at the Old Mill
"""


def _entries(text: str, published: date) -> list[tuple[datetime, str, str | None]]:
    return sorted((e.start, e.title, e.location) for e in tagged_events(text, published=published))


def test_each_listed_clock_is_an_entry_named_by_the_programme():
    assert _entries(PARISH, date(2027, 12, 1)) == [
        (datetime(2027, 12, 24, 17, 0), "Festive services", "Our Lady of Lourdes"),
        (datetime(2027, 12, 24, 18, 0), "Festive services", "St. Joseph's Hall"),
        (datetime(2027, 12, 24, 23, 0), "Festive services", "Our Lady of Lourdes"),
        (datetime(2027, 12, 25, 9, 0), "Festive services", "Our Lady of Lourdes"),
        (datetime(2027, 12, 25, 11, 30), "Festive services", "Our Lady of Lourdes"),
    ]


def test_three_listed_clocks_and_no_all_day_entry_for_their_day():
    assert _entries(STUDIOS, date(2027, 4, 1)) == [
        (datetime(2027, 5, 15, 10, 0), "Open studio days", "Harbour Gallery"),
        (datetime(2027, 5, 15, 14, 0), "Open studio days", "Harbour Gallery"),
        (datetime(2027, 5, 16, 11, 0), "Open studio days", "Old Mill"),
        (datetime(2027, 5, 16, 13, 0), "Open studio days", "Old Mill"),
        (datetime(2027, 5, 16, 15, 0), "Open studio days", "Old Mill"),
    ]


def test_a_named_slot_keeps_its_name_for_every_listed_clock():
    text = "Sunday, June 6\n10:00 and 14:00 Guided walk - Castle Gardens\n"
    assert _entries(text, date(2027, 5, 1)) == [(datetime(2027, 6, 6, 10, 0), "Guided walk", "Castle Gardens"),
                                                (datetime(2027, 6, 6, 14, 0), "Guided walk", "Castle Gardens")]


def test_clocks_in_a_sentence_are_unchanged():
    text = "The museum offers a guided tour on Sunday, June 6 at 10:00 and 14:00."
    assert [e.start for e in tagged_events(text, published=date(2027, 5, 1))] == [
        datetime(2027, 6, 6, 10, 0), datetime(2027, 6, 6, 14, 0)]


def test_a_day_line_that_names_its_day_names_the_rows_under_it():
    text = "Family Fun Day, Saturday, June 12\n11:00 AM and 2:00 PM at Riverside Park\n4:00 PM at the Community Centre\n"
    assert _entries(text, date(2027, 5, 1)) == [
        (datetime(2027, 6, 12, 11, 0), "Family Fun Day", "Riverside Park"),
        (datetime(2027, 6, 12, 14, 0), "Family Fun Day", "Riverside Park"),
        (datetime(2027, 6, 12, 16, 0), "Family Fun Day", "Community Centre"),
    ]
    text = "New Year's Eve, Friday, December 31\n7:00 PM and 11:30 PM at St. Hilda's\n"
    assert _entries(text, date(2027, 11, 1)) == [(datetime(2027, 12, 31, 19, 0), "New Year's Eve", "St. Hilda's"),
                                                 (datetime(2027, 12, 31, 23, 30), "New Year's Eve", "St. Hilda's")]
    text = "Open Day - Saturday 4 May 2027\n10am and 2pm at the Science Building\n"
    assert _entries(text, date(2027, 3, 1)) == [(datetime(2027, 5, 4, 10, 0), "Open Day", "Science Building"),
                                                (datetime(2027, 5, 4, 14, 0), "Open Day", "Science Building")]


def test_a_row_that_names_its_slot_keeps_its_name():
    text = "Community Week\n\nMonday, June 7\n6:00 PM Quiz night at the Town Hall\n"
    assert [e.title for e in tagged_events(text, published=date(2027, 5, 1))] == ["Quiz night at the Town Hall"]
