"""A row led by an event noun and a numbered part of a programme ("Hearing Stream 2 ...", "Hearing
Stream 3 ...") is titled by that label: the number says which one, as "Round 4" does. Without it,
naming fell back on the page's last phrase with the same noun ("More than one hearing"), so every row
of a schedule read alike. A place with a number ("Meeting Room 3") is no part: its title is unchanged."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PAGE = ("The panel sits to hear the objections to the draft harbour bylaws.\n"
        "Some topics may be heard in more than one hearing stream.\n"
        "Hearing Stream 1 4 October to 8 October 2027 |\n"
        "Moorings, Slipways and Navigation |\n"
        "Hearing Stream 2 15 November to 19 November 2027 |\n"
        "Fees and Charges |\n")


def test_each_row_is_titled_by_its_numbered_stream():
    events = page_events(PAGE, "2027-08-02")
    assert [(e.start, e.title) for e in events] == [
        (date(2027, 10, 4), "Hearing Stream 1"), (date(2027, 11, 15), "Hearing Stream 2")]


def test_a_numbered_room_is_no_part_of_the_programme():
    page = "The hearing meets in Meeting Room 3 on 4 October 2027 to hear the harbour objections.\n"
    assert all("Room 3" not in e.title for e in page_events(page, "2027-08-02"))
