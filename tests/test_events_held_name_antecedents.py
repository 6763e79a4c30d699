"""A named show that a relative clause says is held on a day ("..., the high point of which is the
Cheddar Chuckle, which will be staged in the Market Hall on Friday, 10 August") is the entry of
that day: the clause describes the name before its comma, so the name titles the day, not the
fair the sentence opened with. A venue that a clause says reopens is no show. The pages are my own."""

from __future__ import annotations

from events_helpers import titles_by_start

PUBLISHED = "2029-05-01"


def test_a_named_show_held_in_a_relative_clause_titles_its_day():
    text = ("The yearly Riverbend Cheese Fair will run from 3 to 12 August 2029, with a packed programme - "
            "the high point of which is the Cheddar Chuckle, which will be staged in the Market Hall on "
            "Friday, 10 August.\nTickets are sold at the gate.")
    days = titles_by_start(text, PUBLISHED)
    assert days["2029-08-10"] == {"Cheddar Chuckle"}
    assert days["2029-08-03"] == {"Riverbend Cheese Fair"}


def test_a_named_night_that_is_held_is_its_own_entry():
    text = ("Our club's summer season opens on 2 June.\n\n"
            "Members are welcome at the Lantern Supper, which will be held in the boathouse on Saturday, 16 June.")
    days = titles_by_start(text, PUBLISHED)
    assert days["2029-06-16"] == {"Lantern Supper"}


def test_a_venue_that_is_scheduled_to_reopen_is_no_show():
    text = ("Work on the square carries on this summer. The works close the Grand Hall, which is scheduled "
            "to reopen on 4 September.")
    days = titles_by_start(text, PUBLISHED)
    assert all("Grand Hall" != title for titles in days.values() for title in titles)


def test_a_named_ball_after_the_festival_it_crowns():
    text = ("The Harbour Festival runs all week, and its busiest evening is the Tide Ball, which takes place "
            "on the quay on Saturday, 9 June.")
    assert titles_by_start(text, PUBLISHED)["2029-06-09"] == {"Tide Ball"}


def test_a_name_after_a_place_preposition_is_the_place():
    text = "The conference dinner is at the Old Mill, which will be hosted by the mayor on 5 June."
    assert titles_by_start(text, PUBLISHED)["2029-06-05"] == {"Conference dinner"}
