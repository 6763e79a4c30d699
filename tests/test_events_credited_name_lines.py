"""A listing item's name line may carry a credit after its comma ("Faces of the Tide, a talk by
Mara Quist" over "When:" / "Where:" lines): the credit says whose the item is, so the line is still
the item's name, not a blurb's prose, and it titles the entry instead of the page's heading. A
long line with no such credit stays prose. The pages are my own."""

from __future__ import annotations

from events_helpers import titles_by_start

PUBLISHED = "2029-06-01"

_PAGE = """Your guide to the Harbour Arts Week 2029


Paper Boats

When: 6 July @ 2.30pm

Where: Pier Theatre

A puppet play for children about the river.


{name}

When: 7 July, 3.30-5pm

Where: Library Hall

The photographer speaks about her years at sea.
"""


def test_a_credited_name_line_titles_its_block():
    days = titles_by_start(_PAGE.format(name="Faces of the Tide, a talk by Mara Quist"), PUBLISHED)
    assert days["2029-07-07"] == {"Faces of the Tide, a talk by Mara Quist"}
    assert days["2029-07-06"] == {"Paper Boats"}


def test_an_evening_with_a_guest_is_a_credit_too():
    days = titles_by_start(_PAGE.format(name="Salt Roads and Stone Harbours, an evening with Ana Ruiz"), PUBLISHED)
    assert days["2029-07-07"] == {"Salt Roads and Stone Harbours, an evening with Ana Ruiz"}


def test_a_long_line_without_a_credit_is_no_name():
    days = titles_by_start(_PAGE.format(name="Come along and hear all about the tides and the boats, says the host"),
                           PUBLISHED)
    assert not any("Come along" in title for title in days["2029-07-07"])
