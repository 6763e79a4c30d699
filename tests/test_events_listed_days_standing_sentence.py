"""Days listed one a line under a plain heading ("Upcoming
meetings", "Meeting dates:", "Dates for 2025"), with a standing sentence elsewhere on the page
that says when and where such meetings are held. Each listed day is an entry of the heading's
(or the sentence's) event, timed and placed by the sentence; the page's lines are my own."""
# Provenance: Round-15 class C4 (remainder).

from __future__ import annotations

from datetime import date, datetime

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

DAY = date(2025, 1, 6)


def events_of(text: str):
    return process_document(Document(path="doc.txt", text=text, published=DAY)).events


LISTS = {
    "bare lines, blank lines apart, standing sentence above": (
        "Trustee Meetings\n\nTrustee meetings are held at 7:30 pm in the Reading Room, Mill Lane, "
        "as listed on this page.\n\nMembers of the public may attend the open part of each meeting; "
        "please tell the clerk a week before.\n\nUpcoming meetings\n\n\n3 February 2025\n\n"
        "7 April 2025\n\n2 June 2025\n",
        [datetime(2025, 2, 3, 19, 30), datetime(2025, 4, 7, 19, 30), datetime(2025, 6, 2, 19, 30)],
        "Trustee meeting", "Reading Room"),
    "bulleted lines under a colon heading, sentence below the list": (
        "Allotment Society\n\nMeeting dates:\n- 14 January 2025\n- 11 March 2025\n- 13 May 2025\n\n"
        "All meetings begin at 6 pm in the Scout Hut.\n",
        [datetime(2025, 1, 14, 18), datetime(2025, 3, 11, 18), datetime(2025, 5, 13, 18)],
        "Meeting", "Scout Hut"),
    "a heading naming no event, a body that meets": (
        "Mill Pond\n\nThe Friends of Mill Pond meet at 9:45am at the Lock Cafe on the dates below.\n\n"
        "Dates for 2025\n\n* Saturday 8 February 2025\n* Saturday 8 March 2025\n* Saturday 12 April 2025\n",
        [datetime(2025, 2, 8, 9, 45), datetime(2025, 3, 8, 9, 45), datetime(2025, 4, 12, 9, 45)],
        "Friends of Mill Pond meeting", "Lock Cafe"),
}


@pytest.mark.parametrize("text, starts, title, place", LISTS.values(), ids=LISTS.keys())
def test_each_listed_day_is_a_meeting_timed_and_placed_by_the_standing_sentence(text, starts, title, place):
    got = sorted(events_of(text), key=lambda e: e.start)
    assert [e.start for e in got] == starts
    assert {e.title for e in got} == {title}
    assert all(e.kind == "meeting" for e in got)
    assert all(e.location and place in e.location for e in got)


def test_a_list_without_a_standing_sentence_is_named_by_its_heading_and_stays_untimed():
    text = ("Parish Council\n\nCouncil Meetings\n\n2025 Meetings\n\n15 January 2025\n\n19 February 2025\n\n"
            "19 March 2025\n")
    got = sorted(events_of(text), key=lambda e: e.start)
    assert [(e.start, e.title) for e in got] == [
        (date(2025, 1, 15), "Council meeting"), (date(2025, 2, 19), "Council meeting"),
        (date(2025, 3, 19), "Council meeting")]


def test_a_day_s_own_clock_and_its_bracketed_event_win_and_short_gap_lines_do_not_end_the_list():
    text = ("Residents' Forum\n\nForum meetings are held at 7 pm in the Old School.\n\nForum dates\n\n"
            "10 February 2025\n\n10 March 2025 (Annual General Meeting)\n\n14 April 2025\n\nMay: no forum\n\n"
            "9 June 2025 @ 6 pm\n\n14 July 2025\n")
    got = {e.start: e.title for e in events_of(text)}
    assert got == {datetime(2025, 2, 10, 19): "Forum meeting", datetime(2025, 3, 10, 19): "Annual General Meeting",
                   datetime(2025, 4, 14, 19): "Forum meeting", datetime(2025, 6, 9, 18): "Forum meeting",
                   datetime(2025, 7, 14, 19): "Forum meeting"}


def test_the_last_listed_day_is_no_heading_of_the_sentence_or_next_list_below_it():
    text = ("Meetings calendar for 2025\n\n8 January 2025\n\n12 February 2025\n\n12 March 2025\n"
            "Meetings calendar for 2026\n\n14 January 2026\n\n11 February 2026\n"
            "To receive the papers for these meetings, please write to the clerk at the office.\n")
    got = sorted(events_of(text), key=lambda e: e.start)
    assert [e.start for e in got] == [date(2025, 1, 8), date(2025, 2, 12), date(2025, 3, 12),
                                      date(2026, 1, 14), date(2026, 2, 11)]
    assert {e.title for e in got} == {"Meeting"}


def test_a_fixture_list_keeps_its_item_lines():
    text = ("Fixtures\n\nSaturday 8 February 2025\nHome v Riverside Rovers, kick-off 3pm\n"
            "Saturday 15 February 2025\nAway at Hill End United, kick-off 2pm\n")
    titles = {e.title for e in events_of(text)}
    assert not titles & {"Meeting", "Fixture"}
    assert len(titles) == 2
