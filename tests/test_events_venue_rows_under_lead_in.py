"""Dated rows whose own words are only a venue, under a lead-in that says what is open
("On-site registration counters will be open on the following dates and time:" over "7 December
Hotel Lobby 1:00-5:00 p.m."): the venue is where, the lead-in's subject is what (red team 44: the
rows were titled "Hotel Lobby" and "Main Meeting Room 1 Lobby")."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

BADGES = ("---\npublished: 2027-04-01\n---\n"
          "Arrival information\n\n"
          "  • Badge pick-up counters will be open at these times:\n"
          "    3 June Conference Centre Lobby 2:00-6:00 p.m.\n"
          "    4-5 June Exhibition Hall Lobby 8:00 a.m.-4:00 p.m.\n\n"
          "  • Please bring a photo ID.\n")
TICKETS = ("---\npublished: 2027-04-01\n---\n"
           "Ticket collection desks will be staffed on the following days:\n"
           "12 May Main Foyer 9:00-17:00\n"
           "13 May West Auditorium 10:00-16:00\n")


def _entries(text: str):
    result = process_document(parse_document(text.encode(), "info.txt"), Options(today=date(2026, 12, 3)))
    return [(e.title, e.location, e.start) for e in result.events]


@pytest.mark.parametrize("text, what, wheres", [
    (BADGES, "badge pick-up counter", ["Conference Centre Lobby", "Exhibition Hall Lobby"]),
    (TICKETS, "ticket collection desk", ["Main Foyer", "West Auditorium"]),
])
def test_each_row_is_named_by_the_lead_in_and_placed_by_its_venue(text, what, wheres):
    found = _entries(text)
    assert len(found) == 2, found
    for (title, location, _), where in zip(sorted(found, key=lambda e: str(e[2])), wheres):
        assert title.lower().startswith(what), found
        assert location is not None and where in location, found
