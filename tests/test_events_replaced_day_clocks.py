"""A day-less clock told after a day that a new one replaces ("will now present its budget on Thursday, 12 March,
rather than on Tuesday, 10 March, as first announced. Residents can join a briefing at 6:30 pm on the day"):
the tagger gives the clock the last day written, the replaced one, which has no entry; the clock is the new day's."""
# Provenance: class 1 of round R49 (a results release moved to another day), in wordings of our own; session 36.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

ISSUED = date(2031, 3, 2)


def _entries(text: str) -> list[tuple[object, str]]:
    return sorted((((e.start.replace(tzinfo=None) if isinstance(e.start, datetime) else e.start), e.title)
                   for e in tagged_events(text, published=ISSUED)), key=str)


def test_the_clock_goes_to_the_new_day_not_the_replaced_one():
    text = ("Budget update\n\nThe council will now present its budget on Thursday, 12 March 2031, rather than on "
            "Tuesday, 10 March 2031, as first announced. Residents can join a briefing at 6:30 pm on the day of "
            "the presentation.\n")
    starts = [s for s, _ in _entries(text)]
    assert datetime(2031, 3, 12, 18, 30) in starts, starts
    assert not any(getattr(s, "day", None) == 10 and getattr(s, "month", None) == 3 for s in starts), starts


def test_instead_of_on_replaces_the_day_too():
    text = ("Club notice\n\nThe club will now hold its annual general meeting on Friday, 21 March 2031, instead of "
            "on Wednesday, 19 March 2031. The meeting will start at 7 pm in the clubhouse.\n")
    starts = [s for s, _ in _entries(text)]
    assert datetime(2031, 3, 21, 19, 0) in starts, starts
    assert datetime(2031, 3, 19, 19, 0) not in starts, starts


def test_a_clock_after_a_day_that_stands_keeps_it():
    text = "Spring fair\n\nThe fair opens on 3 May 2031. A talk on bees begins at 2 pm.\n"
    starts = [s for s, _ in _entries(text)]
    assert datetime(2031, 5, 3, 14, 0) in starts, starts
