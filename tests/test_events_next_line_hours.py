"""A clock range on the line after the day's sentence (red team 28, class D): "... will be held at
the Riverside Pavilion on Tuesday 14th March 2028." then "Call in any time between 3:30pm and
7:00pm." The range states the entry's hours as surely as "it starts at" states a start, so the
day's entry takes them; a limit alone ("until 7pm") or a range that another day's sentence holds
does not."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2028, 1, 10)):
    result = process_document(Document(path="p.txt", text=text), Options(today=today))
    return sorted(result.events, key=lambda e: str(e.start))


def test_a_range_on_the_next_line_gives_the_days_entry_its_hours():
    (event,) = _events("Harbour Wall Consultation\n\nResidents are invited to view the draft designs for the new sea wall.\n"
                       "The open day will be held at the Riverside Pavilion on Tuesday 14th March 2028.\n"
                       "Call in any time between 3:30pm and 7:00pm.\n")
    assert (event.start, event.end) == (datetime(2028, 3, 14, 15, 30), datetime(2028, 3, 14, 19, 0))


def test_a_closing_time_alone_on_the_next_line_times_nothing():
    events = _events("Book sale\n\nThe library book sale will be held on Saturday 18th March 2028.\n"
                     "Sales close at 4pm.\n")
    assert [e.start for e in events if "ibrary" in e.title] == [date(2028, 3, 18)]


def test_a_range_another_party_keeps_on_the_next_line_times_nothing():
    # the next sentence has its own subject (traders setting up, cars parking): its hours are theirs
    for later in ("Traders may unload between 5am and 7am.", "Parking on the green is free from 9am to 6pm."):
        events = _events("Craft fair\n\nThe craft fair is on Saturday 20th May 2028 on the green. " + later + "\n")
        assert [e.start for e in events if "raft" in e.title] == [date(2028, 5, 20)], later


def test_a_range_the_entry_keeps_on_the_next_line_times_it():
    for later in ("It runs from 10am to 4pm.", "The fair runs between 10am and 4pm.", "Pop in from 10am to 4pm."):
        events = _events("Craft fair\n\nThe craft fair is on Saturday 20th May 2028 on the green. " + later + "\n")
        assert [(e.start, e.end) for e in events if "raft" in e.title] == [
            (datetime(2028, 5, 20, 10, 0), datetime(2028, 5, 20, 16, 0))], later
