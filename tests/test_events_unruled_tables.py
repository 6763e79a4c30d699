"""A pipe table whose header has no separator line under it ("| Date | Time | Room | Speaker |"
then its rows) is still read by its header when the header names the date column and a title,
place or speaker column; a table of speakers is titled by what the page lists (page_series.py)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 1, 10)


def test_a_header_with_no_rule_under_it_names_its_columns():
    text = ("Guest Seminar Series\n"
            "Seminars are free; no booking is needed.\n"
            "Rooms are in the Kelvin Building.\n"
            "| Date | Time | Room | Speaker |\n"
            "| Wednesday 3 February 2027 | 4.00pm - 5.00pm | Kelvin Room | Dr Lena Park, Geology |\n"
            "| Wednesday 17 February 2027 | 4.00pm - 5.00pm | Osler Room | Prof Abel Moran |\n")
    got = sorted((e.start, e.title, e.location) for e in tagged_events(text, published=PUBLISHED)
                 if isinstance(e.start, datetime))
    assert got == [(datetime(2027, 2, 3, 16), "Guest Seminar — Dr Lena Park, Geology", "Kelvin Room"),
                   (datetime(2027, 2, 17, 16), "Guest Seminar — Prof Abel Moran", "Osler Room")]


def test_a_first_row_with_a_date_is_no_header():
    text = ("| Monday 1 March 2027 | Open evening |\n"
            "| Monday 8 March 2027 | Parents' forum |\n")
    assert sorted(e.title for e in tagged_events(text, published=PUBLISHED)) == ["Open evening", "Parents' forum"]
