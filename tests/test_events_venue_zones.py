"""A fixture list under day headings, each row "<side> v <side>, <ground> – <clock>", in a country
of several zones: the ground says whose clock the row's time is (resources/venue_zones.en.tsv),
though its name holds no town; the ground is the row's place, not a part of its title."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

FIXTURES = ("Opening round draw\n"
            "Friday, April 4\n"
            "- Harbour Hawks v Ridge Falcons, Gabba – 7.40pm.\n"
            "Saturday, April 5\n"
            "- Valley Owls v Coast Herons, SCG – 4.15pm.\n"
            "- Plains Kites v Bay Terns, Optus Stadium – 6.10pm.\n"
            "- Cape Rovers v Hill Wrens, Blundstone Arena – 1.05pm.\n"
            "(All times local)\n")


def _entries(text: str) -> list[tuple[str, str, str | None, str | None]]:
    events = process_document(Document(path="doc.md", text=text, published=date(2031, 2, 1))).events
    return sorted((e.start.isoformat()[:16], e.title, e.tz, e.location) for e in events)


def test_each_fixture_takes_its_grounds_zone():
    assert _entries(FIXTURES) == [
        ("2031-04-04T19:40", "Harbour Hawks v Ridge Falcons", "Australia/Brisbane", "Gabba"),
        ("2031-04-05T13:05", "Cape Rovers v Hill Wrens", "Australia/Hobart", "Blundstone Arena"),
        ("2031-04-05T16:15", "Valley Owls v Coast Herons", "Australia/Sydney", "SCG"),
        ("2031-04-05T18:10", "Plains Kites v Bay Terns", "Australia/Perth", "Optus Stadium")]


def test_a_ground_after_at_places_a_sentence():
    text = "The Harbour Hawks will play the Ridge Falcons at Marvel Stadium on Friday, April 4, 2031 at 7.20pm.\n"
    events = process_document(Document(path="doc.md", text=text, published=date(2031, 2, 1))).events
    assert [(e.start.isoformat()[:16], e.tz) for e in events] == [("2031-04-04T19:20", "Australia/Melbourne")]


# Session 44 (R57 18) listed one page's halls in venue_zones ("Coliseu do Porto"); session 45 took those rows out
# (one page's names are no general rule): a hall whose name holds no town places nothing, and the city glued to
# the festival's brand in the page's title ("CFBraga", glued_towns) is where the whole programme is.
PROGRAMME = ("Choir festival programme\n\n"
             "Sign-up\nSingers can enrol until 9 of May at 6pm through the festival site.\n\n"
             "Final concert\nOn the evening of 12 of May, at Teatro do Largo, every choir sings one piece.\n"
             "The concert starts at 8:30pm and lasts two hours.\n")


@pytest.mark.parametrize("title, zone", [
    ("CFBraga 2031 choir festival programme", "Europe/Lisbon"),
    ("Choir festival 2031 programme", None),
])
def test_a_city_glued_to_the_brand_in_the_title_places_the_programme(title, zone):
    events = process_document(Document(path="doc.md", text=PROGRAMME, published=date(2031, 4, 20), title=title)).events
    timed = [(e.start.isoformat()[:16], e.tz) for e in events if not e.all_day]
    assert timed and all(tz == zone for _, tz in timed), timed
