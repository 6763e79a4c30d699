"""A clock window the page obliges the reader to act in ("Fees must be settled between 2 p.m. on
June 4 and 11 a.m. on June 7") is a deadline at the window's end; the clause gave nothing before.
A state kept over a window, a condition and a negation give no deadline."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 4, 1)


def test_a_payment_window_after_a_booking_clause_is_due_at_its_end():
    events = tagged_events("Passes can be booked online, up to four per household, and must be paid between "
                           "2 p.m. on May 4 to 11 a.m. on May 7th.", published=PUBLISHED)
    assert [(e.kind, e.title, e.start) for e in events] == [
        ("deadline", "Deadline for passes to be paid", datetime(2027, 5, 7, 11, 0))]


def test_a_return_window_from_one_clock_until_another_is_due_at_the_second():
    events = tagged_events("Signed consent forms must be returned from 8 a.m. on June 1 until 4 p.m. on June 3.",
                           published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", datetime(2027, 6, 3, 16, 0))]
    assert "returned" in events[0].title


def test_a_window_on_one_day_is_due_at_its_last_clock():
    events = tagged_events("Ballot papers must be lodged between 9 am and 5 pm on June 2.", published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", datetime(2027, 6, 2, 17, 0))]


def test_a_state_kept_over_a_window_is_no_deadline():
    events = tagged_events("The side gates must be kept open between 9 am and 5 pm on June 2.", published=PUBLISHED)
    assert [e for e in events if e.kind == "deadline"] == []


def test_a_conditional_or_negated_obligation_is_no_deadline():
    for text in ("If seats remain, passes must be paid between 2 p.m. on May 4 and 11 a.m. on May 7.",
                 "Passes need not be paid between 2 p.m. on May 4 and 11 a.m. on May 7."):
        assert [e for e in tagged_events(text, published=PUBLISHED) if e.kind == "deadline"] == []
