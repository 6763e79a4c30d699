"""A place's exceptional days listed one a line, the day first and its state last, set off by commas
("27 Mar, Harvest Monday, closed"): each closed line is an all-day entry titled by its name and its
state, or by the state alone when the line names no day; "closed" there is the place's state, not a
past verb. One such line alone in prose is no list."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

from calfeed.events.closed_day_lines import closed_day_line

HOURS = ("Holiday hours\n"
         "Quayside Print Gallery\n"
         "SPECIAL HOURS 2027\n"
         "26 Mar, Harvest Friday, closed\n"
         "27 Mar, closed\n"
         "29 Mar, Harvest Monday, shut\n"
         "3 May, Lantern Day, open 10.00–15.00\n"
         "4 May, Founders Day, closed\n")


def _entries(text: str, published: date) -> dict[date, str]:
    return {(e.start if isinstance(e.start, date) else e.start.date()): e.title
            for e in tagged_events(text, published=published)}


def test_each_closed_line_is_an_entry_titled_by_its_name_and_state():
    got = _entries(HOURS, date(2027, 1, 12))
    assert got.get(date(2027, 3, 26)) == "Harvest Friday, closed"
    assert got.get(date(2027, 3, 29)) == "Harvest Monday, shut"
    assert got.get(date(2027, 5, 4)) == "Founders Day, closed"


def test_a_closed_line_with_no_name_is_titled_by_its_state():
    assert _entries(HOURS, date(2027, 1, 12)).get(date(2027, 3, 27)) == "Closed"


def test_a_lone_line_of_prose_is_no_list():
    from calfeed.timex import tag

    text = "The old ferry pier\n4 May, the pier closed\nA new one opened later that year.\n"
    timexes = tag(text, date(2027, 6, 1))
    from calfeed.events.closed_day_lines import DayOpens
    from calfeed.text import by_line_start

    opens = DayOpens(text, by_line_start(text, timexes))
    assert all(closed_day_line(text, t, opens) is None for t in timexes)
