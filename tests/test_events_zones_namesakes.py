"""Which town a bare name means, and which place
a row or a sentence names for itself.

A town name shared by towns of comparable size in different zones ("Lancaster": California,
Pennsylvania, England) is read in the document's country, else where the document's other
places are; with neither it is left floating rather than put hours off. A name whose largest
namesake dwarfs the others ("Boston", "Perth", "Manchester") keeps that namesake.
"""
# Provenance: Red team round 8, items 1 and 2, and 8b D7.

from __future__ import annotations

from datetime import date

import pytest
from events_helpers import framed_by_title as framed

LECTURE = "The lecture will be held at 7pm on Tuesday 7 November 2017 in {}."


def _lecture_zone(town: str, more: str = "") -> str | None:
    return framed(LECTURE.format(town) + more, published=date(2017, 9, 1))["Lecture"].tz


@pytest.mark.parametrize("town", ["Lancaster", "Newcastle", "Hamilton", "Cambridge"])
def test_a_name_of_several_comparable_towns_alone_is_left_floating(town):
    assert _lecture_zone(town) is None


@pytest.mark.parametrize("town, zone", [
    ("Boston", "America/New_York"), ("Perth", "Australia/Perth"), ("Manchester", "Europe/London"),
    ("Birmingham", "Europe/London"), ("Wellington", "Pacific/Auckland"), ("Paris", "Europe/Paris"),
    ("Hull", "Europe/London"), ("Barcelona", "Europe/Madrid")])
def test_a_name_whose_largest_town_dwarfs_the_others_keeps_it(town, zone):
    assert _lecture_zone(town) == zone


@pytest.mark.parametrize("town", ["Lancaster", "Newcastle", "Hamilton", "Kingston"])
def test_a_british_document_reads_the_name_as_the_british_town(town):
    assert _lecture_zone(town, "\n\nTickets cost £5 from the box office.") == "Europe/London"


def test_the_document_s_other_places_choose_the_namesake():
    text = (LECTURE.format("Lancaster") + "\n\nThe next lecture will be held at 7pm on Tuesday 14 November 2017 "
            "in Manchester.")
    found = framed(text, published=date(2017, 9, 1))
    assert (found["Lecture"].tz, found["Next lecture"].tz) == ("Europe/London", "Europe/London")


def test_a_country_named_in_the_document_chooses_the_namesake():
    assert _lecture_zone("Lancaster", "\n\nThese insects are in decline in the UK.") == "Europe/London"
    assert _lecture_zone("Newcastle", "\n\nThe lecture tours schools in Australia.") == "Australia/Sydney"


def test_a_famous_namesake_is_not_moved_by_the_document_s_places():
    text = ("The conference will be held at 9am on Tuesday 7 November 2017 in Boston.\n\n"
            "Our other office is in London.")
    assert framed(text, published=date(2017, 9, 1))["Conference"].tz == "America/New_York"
