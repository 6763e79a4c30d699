"""A parish letter gives a pause in a standing activity as bare hours with o'clock ("between 2
and 4 o'clock") on a named day of Holy Week: the entry is on that day, from 14:00 to 16:00, not
at 04:00 on the letter's own date, and it is not titled by the words before the first hour."""
# Provenance: held-out round R42 (class 2), sentences written for this test.

from datetime import date, datetime

from events_helpers import tagged_events

_LETTER = ("Pastor's letter\n"
           "Mar 22, 2024\n"
           "Holy Week is almost here, and several things change this week.\n"
           "On Holy Wednesday, there will be a pause in the rosary between 1 and 3 o'clock. "
           "If you usually pray at this time, the chapel stays open.\n")


def test_the_hour_span_is_on_its_named_day():
    events = tagged_events(_LETTER)
    timed = [(e.start, e.end) for e in events if isinstance(e.start, datetime)]
    assert (datetime(2024, 3, 27, 13), datetime(2024, 3, 27, 15)) in timed
    assert all(e.start.date() != date(2024, 3, 22) for e in events if isinstance(e.start, datetime))


def test_the_title_is_not_cut_at_the_first_hour():
    titles = [e.title for e in tagged_events(_LETTER) if isinstance(e.start, datetime)]
    assert titles and all(not t.endswith(("between", "between 1")) for t in titles)
