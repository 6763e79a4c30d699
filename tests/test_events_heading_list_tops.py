"""The first date line of a list of dated headings is the list's, not the page's date (ev28b).

A school's or club's diary sets each day on a line of its own with its items under it. The top
line looks like a page's date line, and page_dates drops a top line whose event noun comes back
more than a week later; but when that later day is a date line of its own too, both are headings
of one list, and the first keeps its items ("Monday 12 April 2027" / "Kestrel Class Excursion").
A press release's date line over a story that dates its event in prose still goes.
"""
# Provenance: session 28, ev28b; the shape of tests/test_events_talk_rows.py's class outings,
# which broke once "outing" became an event noun (h_ev27c2).

from datetime import date

from events_helpers import tagged_events


def _days(text: str) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(text, published=date(2027, 3, 1))]


def test_the_top_heading_of_a_list_of_dated_headings_keeps_its_items():
    text = ("Monday 12 April 2027\n\nKestrel Class Excursion\nHeron Class Excursion\n\n"
            "Friday 16 April 2027\n\nRobin Class Excursion\n\n"
            "Tuesday 20 April 2027\n\nOwl Class Excursion\n")
    assert _days(text) == [("Kestrel Class Excursion", date(2027, 4, 12)), ("Heron Class Excursion", date(2027, 4, 12)),
                           ("Robin Class Excursion", date(2027, 4, 16)), ("Owl Class Excursion", date(2027, 4, 20))]


def test_a_release_date_line_over_an_event_told_in_prose_is_still_the_page_date():
    text = ("25 August 2027\n\nHarbour Festival\n\n"
            "The Harbour Festival will take place from 8 to 10 September 2027 on the quay.\n")
    assert [d for _, d in _days(text)] == [date(2027, 9, 8)]
