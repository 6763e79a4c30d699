"""A clock alone under a lone date line is that day's hour, with the venue on the line below
(session 19, class D: event pages). "Title" / "14 June 2029" / "7.30pm" / "The Old Boathouse"
gave nothing: the clock was read as a programme slot named by the venue's line, and no
programme was there. A programme under a date line keeps its slots."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    result = process_document(Document("page.md", text, published=date(2029, 4, 2)), Options(today=date(2030, 6, 1)))
    return [(e.title, e.start) for e in result.events]


def test_the_clock_under_a_lone_date_line_is_its_hour() -> None:
    assert _events("Shanties by the Harbour Wall\n14 June 2029\n7.30pm\nThe Old Boathouse\n\n"
                   "An evening of sea songs.\n") == [("Shanties by the Harbour Wall", datetime(2029, 6, 14, 19, 30))]


def test_hours_under_a_fairs_date_line() -> None:
    assert _events("Summer Fair\n14 June 2029\n10am - 4pm\nVicarage Garden\n\nCome along for cakes and games.\n") \
        == [("Summer Fair", datetime(2029, 6, 14, 10, 0))]


def test_a_programme_under_a_date_line_keeps_its_slots() -> None:
    assert _events("Programme\n\nTuesday 14 September 2029\n09:00\nRegistration\n10:00\nKeynote address\n"
                   "12:30\nLunch\n") == [("Registration", datetime(2029, 9, 14, 9, 0)),
                                         ("Keynote address", datetime(2029, 9, 14, 10, 0)),
                                         ("Lunch", datetime(2029, 9, 14, 12, 30))]
