"""A run of days written across one line under a list's heading ("Meeting dates for 2026:" /
"12th January   9th February   9th March *  13th April"), parted by spaces, semicolons,
bullets, slashes or a footnote mark: each day is an entry of the heading's event, as when
they stand one a line, timed and placed by the page's standing sentence. The pages are my own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from events_helpers import page_events

DAY = date(2026, 1, 5)


def events_of(text: str):
    return page_events(text, DAY.isoformat(), "doc.txt")


RUNS = {
    "spaces, two lines, a footnote mark": (
        "Parish Council\n\nDates of meetings in 2026:\n\n12th January   9th February   9th March *  13th April\n\n"
        "11th May   8th June\n\n* also the Annual General Meeting\n\n"
        "All meetings of the Parish Council begin at 7.30 p.m. in the Village Hall.\n",
        [datetime(2026, 1, 12, 19, 30), datetime(2026, 2, 9, 19, 30), datetime(2026, 3, 9, 19, 30),
         datetime(2026, 4, 13, 19, 30), datetime(2026, 5, 11, 19, 30), datetime(2026, 6, 8, 19, 30)],
        "meeting"),
    "semicolons, the standing sentence a paragraph below": (
        "Harbour Board\n\nBoard meeting dates for 2026\n\n14 January; 11 February; 11 March; 8 April\n\n"
        "Board meetings are held at 6 pm in the Harbour Office.\n",
        [datetime(2026, 1, 14, 18), datetime(2026, 2, 11, 18), datetime(2026, 3, 11, 18),
         datetime(2026, 4, 8, 18)],
        "board meeting"),
    "bullets between month-first days": (
        "Friends of the Library\n\nThe Friends meet at 7pm in the Reading Room on the dates below.\n\n"
        "Dates for 2026\n\nFeb 3 • Mar 3 • Apr 7 • May 5\n",
        [datetime(2026, 2, 3, 19), datetime(2026, 3, 3, 19), datetime(2026, 4, 7, 19), datetime(2026, 5, 5, 19)],
        "meeting"),
    "slashes between full dates, no standing sentence": (
        "Residents' Association\n\nCommittee Meetings\n\n"
        "20 January 2026 / 17 March 2026 / 19 May 2026\n",
        [date(2026, 1, 20), date(2026, 3, 17), date(2026, 5, 19)],
        "meeting"),
}


@pytest.mark.parametrize("text, starts, word", RUNS.values(), ids=RUNS.keys())
def test_each_day_of_a_run_on_one_line_is_an_entry_of_the_heading(text, starts, word):
    got = sorted(events_of(text), key=lambda e: str(e.start))
    assert [e.start for e in got] == starts
    assert all(word in e.title.lower() for e in got)


def test_a_sentence_naming_several_days_is_no_run():
    text = ("Parish Council\n\nMeeting dates for 2026\n\n"
            "The council will meet on 9th February, 9th March and 13th April; the AGM is on 11th May.\n")
    got = events_of(text)
    assert got
    assert not any("listed under the heading" in note for e in got for note in e.notes)


def test_a_range_between_two_days_is_no_run_of_two():
    text = "Open Studios\n\nExhibition dates\n\n12 March 2026 - 15 March 2026\n"
    got = events_of(text)
    assert len(got) == 1
    assert got[0].start == date(2026, 3, 12)
