"""A story told on a day before the page's ("..., the council said on Monday" on a page of
Wednesday) names that day only for the telling: a clock told ahead after it ("The other stalls
will open at 11:00am") cannot fall on a day gone by the page's day, and belongs to the day ahead
the story wrote last before the telling day, even when the story writes other days ahead."""
# Provenance: session 63, class "bare clocks put on the wrong day" (ev63b).

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _starts(text: str) -> list:
    return [e.start for e in page_events(text, "2031-05-07")]


def test_a_clock_after_a_past_telling_day_goes_to_the_day_ahead_before_it():
    starts = _starts("The town's spring market will be held on the old quay on May 14. The first stalls "
                     "will open at 9:00am, the council said on Monday.\n"
                     "The other stalls will open at 10:00am and 11:00am.\n"
                     "A two-day parking ban around the quay will begin on May 13.\n")
    assert datetime(2031, 5, 14, 11, 0) in starts
    assert not [s for s in starts if str(s)[:10] == "2031-05-05"]


def test_a_concert_s_clock_after_an_announcement_day():
    starts = _starts("The choir's summer concert will take place in St Anne's church on Saturday, May 17. "
                     "Doors will open at 6:30pm, the organisers announced on Tuesday.\n"
                     "The concert itself will start at 7:30pm.\n")
    assert not [s for s in starts if str(s)[:10] == "2031-05-06"]


def test_a_clock_told_in_the_past_keeps_the_telling_day():
    starts = _starts("The spring market took place on the old quay on Monday. "
                     "The stalls opened at 9:00am and closed at noon, the council said on Monday.\n"
                     "The next market will be held on May 21.\n")
    assert not [s for s in starts if str(s)[:10] == "2031-05-21" and getattr(s, "hour", 0) == 9]
