"""A year that modifies a noun ("the 2026 fellowship", "ICWSM 2027", "its 2027 budget") names
a thing; it is no event's date."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed, tagged_events


def test_a_year_before_a_noun_is_no_date_of_the_applications():
    found = framed("Last updated: 03/03/2026\n\nApplications are invited for the 2026 fellowship. "
                   "The deadline is 15 April.")
    assert "Applications" not in found
    assert [e.start for e in found.values()] == [date(2026, 4, 15)]


def test_a_budget_year_is_no_event():
    events = tagged_events("The council debated its 2027 budget on Monday.", published=date(2026, 11, 5))
    assert all(e.precision == "exact" for e in events)


def test_a_year_on_its_own_still_dates_an_election():
    events = tagged_events("Elections will be held in 2027.", published=date(2026, 11, 5))
    assert [e.title for e in events] == ["Elections"]


def test_a_year_before_an_event_noun_dates_it():
    events = tagged_events("Parties are preparing for the 2027 elections.", published=date(2026, 11, 5))
    assert [(e.title, e.start.year) for e in events] == [("Elections", 2027)]


# Session 52, R65 page 19 (class 6): the tagger reads "about the 2020" in "more details about the
# 2020 <Name> Festival" as a hedged year; the year is still part of the festival's name.
FESTIVAL = ("The 2020 Harbour Lantern Festival in the old port runs from Jan. 18 to "
            "Feb. 16, the paper reported.\n\nFor more details about the 2020 Harbour Lantern Festival, "
            "please see the festival website.\n")


def test_a_year_after_a_hedge_and_an_article_still_names_a_festival():
    events = tagged_events(FESTIVAL, published=date(2020, 1, 21))
    assert [(e.title, str(e.start), str(e.end)) for e in events] == [
        ("Harbour Lantern Festival", "2020-01-18", "2020-02-16")]


def test_a_hedged_year_before_an_event_noun_still_dates_it():
    events = tagged_events("Read more about the 2026 elections on our page.", published=date(2025, 11, 5))
    assert [(e.kind, e.start.year) for e in events] == [("election", 2026)]
