"""A state or province abbreviation after a town decides the town's zone.
Addresses split at commas ("529 14th St., NW, Washington, D.C.") and news-style
dotted abbreviations ("Kansas City, Mo.", "Vancouver, B.C.") once read "Washington" as the state
of Washington or gave no zone; a town named like a state is the state only when no
abbreviation follows it."""
# Provenance: Round 15 (zn); red team 15 C3.

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import tagged_events

from calfeed.events.places import named_place
from calfeed.events.regions import heading_regions


def _zones(text: str) -> set[str | None]:
    return {e.tz for e in tagged_events(text, published=date(2031, 3, 2)) if not e.all_day}


def test_a_district_address_after_the_talk_puts_it_on_eastern_time() -> None:
    text = ("The panel will begin at 9:30 a.m. in the Garden Room.\n\n"
            "The Foundation's offices are at 1100 G Street, NW, Washington, D.C.\n")
    assert _zones(text) == {"America/New_York"}


def test_a_bare_district_code_without_a_comma_is_eastern_too() -> None:
    text = ("Doors open at 6 pm for the reading in the Blue Hall.\n\n"
            "Mailing address: 800 F St. SE, Washington DC\n")
    assert _zones(text) == {"America/New_York"}


def test_a_dotted_state_after_a_town_named_like_a_state_gives_that_state() -> None:
    text = ("The rally will start at noon at Liberty Park, 1 Main St., Kansas City, Mo.\n")
    assert _zones(text) == {"America/Chicago"}


@pytest.mark.parametrize("where, zone", [
    ("Hall B, 40 Lake Road, Portland, Ore.", "America/Los_Angeles"),
    ("Granville Pavilion, Vancouver, B.C.", "America/Vancouver"),
    ("Civic Centre, Arlington, VA 22201", "America/New_York"),
    ("Old Courthouse, St. Louis MO 63102", "America/Chicago"),
    ("Lower Hall, 2 Pine St., New York, NY", "America/New_York"),
    ("1100 G Street, NW, Washington, D.C. 20005", "America/New_York"),
    ("Riverside Library, Spokane, Washington", "America/Los_Angeles"),
    ("Town Hall, Vancouver, Washington, USA", "America/Los_Angeles"),
])
def test_an_address_is_in_the_state_its_last_division_names(where: str, zone: str) -> None:
    assert named_place(where).tz == zone


def test_a_sentence_place_keeps_its_dotted_state() -> None:
    got = tagged_events("Members can meet the trustees at 7 p.m. on April 9, 2031 in Springfield, Ill.\n",
                        published=date(2031, 3, 2))
    assert [(e.location, e.tz) for e in got] == [("Springfield, Ill.", "America/Chicago")]


@pytest.mark.parametrize("line, written", [
    ("OFFICE OF THE MAYOR, KANSAS CITY, MO.", ["MO"]),
    ("Harbour Commission - Halifax, N.S.", ["N.S."]),
    ("Press office, Washington, D.C.", ["D.C."]),
    ("Press office, Washington DC", ["DC"]),
    ("Press office, Spokane, Washington", ["Washington"]),
    ("REPORTED IN WASHINGTON ON MONDAY", []),
    ("LONDON, ON MONDAY", []),
])
def test_a_heading_region_is_the_abbreviation_after_the_town(line: str, written: list[str]) -> None:
    assert [w for _, w in heading_regions([line])] == written


def test_one_place_with_its_state_written_two_ways_is_one_entry() -> None:
    from calfeed.events.identity import same_place

    assert same_place("Independence, Mo.", "Independence, Missouri")
    assert same_place("Exhibit Hall, Boise, Idaho", "Boise, ID")
    assert not same_place("Portland, Ore.", "Portland, Maine")
    assert not same_place("Springfield, Ill.", "Columbia, Mo.")
