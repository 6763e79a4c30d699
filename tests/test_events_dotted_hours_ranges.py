"""A dotted clock told with its hours word ("16.00 hrs.", "7.00 hours") is a clock, not a count of
hours: "closed on Thursday, 4 March from 16.00 hrs. to 13.00 hrs. on Friday" is a closure from 16:00
to 13:00 the next day, and "from 7.00 hrs. to 13.00 hrs." after its day those hours of that day (R81
class 2, page 06: the hours word made each clock a length, so the closures were all day). Kept where a
range with another such clock or the day right beside it vouches for it; a lone "at 17.00 hours" in a
sentence with no day is left untagged, and a one-digit hour with minutes ("2.50 hours") stays a length."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2027-03-01"


def _timed(text: str) -> dict[str, tuple[datetime, datetime | None]]:
    return {e.title: (e.start, e.end) for e in page_events(text, PUBLISHED) if not e.all_day}


def test_an_overnight_closure_in_hours_words_keeps_both_clocks():
    text = ("The Quayside lane in front of the Orrin customs house will be closed on Thursday, March 4 from "
            "16.00 hrs. to 13.00 hrs. on Friday, March 5, 2027. The closure is for a rehearsal of the band.")
    timed = _timed(text)
    assert (datetime(2027, 3, 4, 16, 0), datetime(2027, 3, 5, 13, 0)) in timed.values(), timed


def test_hours_words_after_the_day_time_that_day():
    text = ("Mill Lane and Tanner Row will be closed on Friday, March 5 from 7.00 hrs. to 13.00 hrs. This is "
            "for the opening of the Orrin fish market.")
    timed = _timed(text)
    assert (datetime(2027, 3, 5, 7, 0), datetime(2027, 3, 5, 13, 0)) in timed.values(), timed


def test_a_lone_clock_in_hours_words_takes_no_other_day():
    text = ("Orrin harbour board, 1st Monday, March 2027 - 06:10 UTC\n\n"
            "The open session opens at 17.00 hours in the Orrin hall.\n\n"
            "Members will hold a public meeting on Thursday 11th March, 17.00 in the Orrin hall.")
    timed = _timed(text)
    assert all(start.date().isoformat() != "2027-03-01" for start, _ in timed.values()), timed
