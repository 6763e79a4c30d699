"""A season list's row whose label says how long it runs ("Three-Day Family Camp", "Family Fishing
Weekend" on a Saturday) gives an entry over those days, not its first day only (row_lengths;
session 44, R57 05)."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

ROWS = ("Dates for anglers this autumn:\n"
        "Sept. 6 - Family Fishing Weekend\n"
        "Sept. 11 Three-Day Family Camp at the reservoir\n"
        "Sept. 20 - Lake Trout Opening\n"
        "Oct. 4 - Last day to enter the photo contest\n")


def test_a_row_says_how_long_it_runs():
    spans = {e.title: (e.start, e.end) for e in page_events(ROWS, "2025-08-20")}
    weekend = next(v for k, v in spans.items() if "Weekend" in k)
    camp = next(v for k, v in spans.items() if "Camp" in k)
    trout = next(v for k, v in spans.items() if "Trout" in k)
    assert weekend == (date(2025, 9, 6), date(2025, 9, 7))
    assert camp == (date(2025, 9, 11), date(2025, 9, 13))
    assert trout[0] == date(2025, 9, 20) and trout[1] in (None, trout[0])
