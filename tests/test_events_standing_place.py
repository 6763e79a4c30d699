"""A sentence with no date that puts a kind of event in a place ("All seminars take place in
the Wolfson Room") places those events when their own lines name no place."""

from __future__ import annotations

from events_helpers import tagged_events

PAGE = ("# History seminars, spring 2027\n\n"
        "All seminars take place in the Wolfson Room, Main Building, unless stated otherwise.\n\n"
        "- Thursday 4 February 2027, 16:00: Dr Maria Costa, \"Trade networks\"\n"
        "- Thursday 18 February 2027, 16:00: Prof. James Whitfield, \"Archives and empire\"\n\n"
        "The seminar on 4 March 2027 will be held online.\n\n"
        "Proposals for papers are due by 19 March 2027.\n")


def test_the_items_take_the_standing_place_and_say_where_it_came_from():
    events = {e.start.isoformat()[:10]: e for e in tagged_events(PAGE)}
    for day in ("2027-02-04", "2027-02-18"):
        assert events[day].location == "Wolfson Room, Main Building"
        assert any("All seminars take place" in note for note in events[day].notes)


def test_online_events_and_deadlines_take_no_standing_place():
    events = {e.start.isoformat()[:10]: e for e in tagged_events(PAGE)}
    assert events["2027-03-04"].location == "Online"
    assert events["2027-03-19"].location is None


def test_a_dated_sentence_places_only_its_own_event():
    text = ("The seminar on 4 February 2027 will take place in the Wolfson Room, Main Building.\n\n"
            "The seminar on 18 February 2027 will be announced later.\n")
    events = {e.start.isoformat()[:10]: e for e in tagged_events(text)}
    assert events["2027-02-04"].location == "Wolfson Room, Main Building"
    assert events["2027-02-18"].location is None
