"""A title grows leftwards over a whole capitalised name: "of the" and "and" between
capitalised words are inside the name ("Committee of the Whole", "Parks and Recreation
Board"), so a meeting's title is never cut to the name's tail ("Whole meeting")."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PUBLISHED = {"published": date(2027, 2, 1)}


def test_of_the_inside_a_name_keeps_the_name_whole():
    found = framed("On Monday 8 March 2027 at 4 pm there is a Planning Committee of the Whole Session on the new "
                   "bus routes.", **PUBLISHED)
    assert any(title.startswith("Planning Committee of the Whole Session") for title in found)


def test_and_between_two_capitalised_bodies_keeps_both():
    found = framed("At 7 pm on 8 March 2027 there is a Board and Committee of the Whole meeting in the town hall.",
                   **PUBLISHED)
    assert "Board and Committee of the Whole meeting" in found


def test_a_list_heading_names_every_row_with_the_whole_name():
    text = ("Committee of the Whole Meetings planned for 2027:\n"
            "Tuesday, March 9, 2027\n"
            "Tuesday, April 13, 2027\n"
            "Tuesday, May 11, 2027\n")
    found = framed(text, **PUBLISHED)
    assert found and all(title == "Committee of the Whole meeting" for title in found)


def test_the_alone_still_opens_a_phrase():
    found = framed("Members will attend the Annual Meeting on 8 March 2027.", **PUBLISHED)
    assert "Annual Meeting" in found


def test_a_role_or_an_act_before_of_is_no_part_of_the_name():
    found = framed("The Speaker of the National Assembly said the National Assembly will sit on 8 March 2027.",
                   **PUBLISHED)
    assert not any(title.startswith("Speaker") for title in found)
    found = framed("Meeting with the Dean and Academic Orientation for new students on 8 March 2027.", **PUBLISHED)
    assert not any("Dean and" in title for title in found)
