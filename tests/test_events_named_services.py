"""A parish's seasonal services are named by what they are for ("crib service", "nativity
play", "Carols by Candlelight"): each is an occasion, as "carol service" already was, while a
bare "service" stays a word that also names a bus or a helpline."""
# Provenance: session 24, parish letters among the development pages (four of them name such a
# service with its day and clock and got no entry, or an entry titled by the words before it).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> set[tuple[str, str]]:
    result = process_document(Document(path="letter.txt", text=text, published=date(2031, 11, 20)),
                              Options(today=date(2031, 11, 20)))
    return {(e.title, str(e.start)[:16]) for e in result.events}


def test_seasonal_services_with_their_clocks() -> None:
    got = _entries("From the vicarage\n\nOur Christingle service is on Sunday 30th November at 4pm. "
                   "5pm on Christmas Eve sees our annual Nativity service, with the children of the "
                   "village school.\n")
    assert ("Christingle service", "2031-11-30 16:00") in got
    assert ("Annual Nativity service", "2031-12-24 17:00") in got


def test_carols_by_candlelight_and_a_nativity_play() -> None:
    got = _entries("Advent at St Brannoc's\n\nThe season opens on Sunday 21st December with our Carols "
                   "by Candlelight at 6pm. The nativity play will be on Friday 19th December.\n")
    assert ("Carols by Candlelight", "2031-12-21 18:00") in got
    assert ("Nativity play", "2031-12-19") in got


def test_a_bus_service_is_no_occasion() -> None:
    assert _entries("Travel\n\nThe bus service on Thursday 25th December will run to a Sunday "
                    "timetable.\n") == set()
