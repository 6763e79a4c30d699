"""A page that says "Lantern Night Festival 2027 is what its makers call the dance festival set for May 3"
and later "the event will begin at 9:00 am", under a title naming that festival, gives one festival:
the timed entry, titled by the festival's name, takes in the all-day one whose sentence writes that
name word for word, however that sentence's own words titled it."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY


def test_a_named_festival_and_its_hours_are_one_entry():
    page = ("---\ntitle: Tribute to the Lantern Night Festival will be at the Harrowgate stadium on May 3\n"
            "published: 2027-03-01\n---\n"
            "Tribute to the Lantern Night Festival 2027 is what its makers call the dance festival set for May 3 "
            "at the Harrowgate stadium, run by a local dance club.\n\n"
            "Tickets are on sale now. Some 12,000 people are expected and the event will begin at 9:00 am.\n")
    events = process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY)).events
    assert [(e.title, e.start) for e in events] == [("Lantern Night Festival", datetime(2027, 5, 3, 9, 0))]
