"""A day's programme that says when its event opens and when it closes ("10:00 AM / Fair Opens" ...
"9:00 PM / Fair Closes") gives one entry for the event, open between the two clocks, not an entry
'Fair Opens' with no end and another 'Fair Closes'; the rows between stay entries of their own, and
a venue's ways in ("Gates open" ... "Gates close") are left as they are."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

FAIR = """# Lakeside Summer Fair - Schedule

SATURDAY, JULY 17

10:00 AM
Fair Opens

1:00 - 3:00 PM
The Pine Street Brass Band

9:00 PM
Fair Closes

SUNDAY, JULY 18

11:00 AM
Fair Opens

6:00 PM
Fair Closes
"""

MARKET = """Night Market - Saturday, October 2

6:00 PM - Market opens
7:00 - 9:00 PM - Live music on the main stage
11:00 PM - Market closes
"""


def _entries(text: str, published: date) -> list[tuple[datetime, datetime | None, str]]:
    return sorted((e.start, e.end, e.title) for e in tagged_events(text, published=published))


def test_opening_and_closing_rows_of_each_day_are_one_entry():
    assert _entries(FAIR, date(2027, 6, 1)) == [
        (datetime(2027, 7, 17, 10, 0), datetime(2027, 7, 17, 21, 0), "Fair"),
        (datetime(2027, 7, 17, 13, 0), datetime(2027, 7, 17, 15, 0), "The Pine Street Brass Band"),
        (datetime(2027, 7, 18, 11, 0), datetime(2027, 7, 18, 18, 0), "Fair"),
    ]


def test_dashed_rows_too():
    assert _entries(MARKET, date(2027, 9, 1)) == [
        (datetime(2027, 10, 2, 18, 0), datetime(2027, 10, 2, 23, 0), "Market"),
        (datetime(2027, 10, 2, 19, 0), datetime(2027, 10, 2, 21, 0), "Live music on the main stage"),
    ]


def test_gates_and_unmatched_rows_stay():
    text = "Harbour Lights Festival\n\nFriday 10 September 2027\n\n17:00 Gates open\n18:30 - 20:00 Lantern parade\n23:00 Gates close\n"
    assert [e.title for e in sorted(tagged_events(text, published=date(2027, 8, 1)), key=lambda e: e.start)] == [
        "Gates open", "Lantern parade", "Gates close"]
    text = "Saturday, October 2\n\n6:00 PM - Market opens\n11:00 PM - Car park closes\n"
    assert sorted(e.title for e in tagged_events(text, published=date(2027, 9, 1))) == ["Car park closes", "Market opens"]


TRANSIT = """Transit of the moon across Jupiter's disk on 9 November 2027

Local times for Valparaiso, Chile

Transit begins: 21:12 (9:12 p.m.) local time

Mid-transit: 21:58 (9:58 p.m.) local time

Transit ends: 22:44 (10:44 p.m.) local time
"""


def test_a_begins_row_and_an_ends_row_of_one_phenomenon_are_one_entry():
    # session 44, R57 class 5 (a table of local eclipse times), in words of our own: the begin and end
    # rows are the phenomenon's hours; the row between stays an entry of its own
    entries = [(e.start, e.end, e.title) for e in tagged_events(TRANSIT, published=date(2027, 11, 1))]
    assert (datetime(2027, 11, 9, 21, 12), datetime(2027, 11, 9, 22, 44), "Transit") in entries, entries
    assert not any(start == datetime(2027, 11, 9, 22, 44) for start, _, _ in entries), entries
