"""A date inside a condition after the event ("elections could follow in the spring if no
deal is reached by 15 January") dates the condition, not the event."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed


def test_a_by_date_of_a_condition_is_no_end_of_the_elections():
    found = framed("BERLIN, 27 November 2026 (dpa) - A vote in the Bundestag is expected in mid-December, and "
                   "elections could follow in the spring if no deal is reached by 15 January.")
    elections = found["Elections"]
    assert elections.precision == "approximate"
    assert elections.window[0] >= date(2027, 3, 1) and elections.window[1] <= date(2027, 6, 30)


def test_a_date_before_the_condition_still_dates_the_event():
    found = framed("The meeting will be held on 3 May 2027 if enough members register.", published=date(2027, 1, 5))
    assert found["Meeting"].start == date(2027, 5, 3)


def test_an_event_in_a_fronted_clause_is_not_the_main_clause_s():
    from datetime import date

    from events_helpers import tagged_events

    text = ("After the consultation closes, officers will analyse the responses and report to the "
            "Transport Committee in May 2027.")
    assert [e.title for e in tagged_events(text, published=date(2027, 2, 2))] == []
    text = "When the meeting ends on 3 May 2027, delegates will vote."
    assert [e.title for e in tagged_events(text, published=date(2027, 2, 2))] == ["Meeting"]


def test_a_day_counted_from_a_condition_is_a_rule_not_a_date():
    """"If the deadline falls on a weekend, it moves to the next business day": the next
    business day after a day the condition supposes, not after the document's date."""
    from events_helpers import tagged_events

    for text in ("If the deadline falls on a weekend, it moves to the next business day.",
                 "If a standard deadline falls on a weekend or federal holiday, it moves to the next business day.",
                 "Where the closing date falls on a public holiday, applications are accepted until the "
                 "following working day.",
                 "If the due date falls on a Sunday, payment is accepted on the next working day."):
        assert [e.title for e in tagged_events(text, published=date(2026, 3, 1))] == []


def test_a_day_counted_from_a_condition_on_every_such_day_is_a_rule():
    """R63 class 5 (page 11's shape): "Whenever" supposes every such day, so the day counted from it
    is a rule even when the condition writes the usual day in brackets and says "the weekend"."""
    from events_helpers import tagged_events

    text = ("The spring fee is due February 1, 2027. Whenever the late date (normally March 10th for the "
            "spring fee) falls on the weekend, the office accepts payment until the following business day.")
    assert [e.start for e in tagged_events(text)] == [date(2027, 2, 1)]


def test_a_day_counted_from_a_written_date_in_a_condition_stays():
    from events_helpers import tagged_events

    text = "If the vote passes on 3 May 2027, the council meets the next day."
    assert ("Vote", date(2027, 5, 3)) in [(e.title, e.start) for e in tagged_events(text, published=date(2027, 2, 2))]
