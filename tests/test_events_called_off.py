"""Events a page calls off give no entry, however the page words it (class K of round 32 and E of
round 33): a denied gathering ("the assembly will not reconvene on ..."), a cancelling decision
or notice ahead of its date ("resolved to cancel the meeting scheduled for ...", "Cancellation of
... - Monday ..."), a postponement told with "also", and a second mention of the cancelled event
on the same day elsewhere on the page. A denial of some other act keeps its day, and so does
another event on the day called off."""
# Provenance: session 25, fn25 (rounds 32/33; dev_fn25 pages 07-11).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _days(text: str, published: date) -> dict[str, str]:
    return {str(e.start)[:10]: e.title for e in tagged_events(text, published=published)}


def test_a_denied_sitting_has_no_entry_but_the_new_sitting_does() -> None:
    text = ("Assembly sitting moved\n\n"
            "The clerk said the assembly will not reconvene on Monday 9 March 2026 as planned. "
            "The House will reconvene on Thursday 12 March 2026 instead.\n")
    days = _days(text, date(2026, 3, 2))
    assert "2026-03-09" not in days
    assert "2026-03-12" in days


def test_a_denied_act_on_something_else_keeps_its_day() -> None:
    text = ("Grant round\n\nThe trust will not accept paper forms after 20 May 2026. "
            "The application deadline is 20 May 2026.\n")
    assert "2026-05-20" in _days(text, date(2026, 3, 2))


def test_a_decision_to_cancel_calls_off_only_the_meeting_after_it() -> None:
    text = ("Notice\n\nAt the board meeting held on 2 April 2026, the trustees resolved to cancel "
            "the members' forum scheduled for 7pm on 16 April 2026.\n")
    assert "2026-04-16" not in _days(text, date(2026, 4, 3))


def test_a_cancellation_notice_heading_calls_off_its_meeting() -> None:
    text = ("Cancellation of Annual Parish Assembly – Tuesday 19 May 2026 at 7pm\n\n"
            "This notice advises residents of the cancellation of the Annual Parish Assembly on "
            "Tuesday 19 May 2026.\n")
    assert _days(text, date(2026, 5, 1)) == {}


def test_a_deadline_for_cancelling_stays_a_deadline() -> None:
    text = "Summer camp bookings\n\nDeadline for cancellation of bookings: 12 June 2026.\n"
    assert "2026-06-12" in _days(text, date(2026, 5, 1))


def test_a_meeting_also_postponed_has_no_entry() -> None:
    text = ("Council dates\n\nThe finance committee meeting, which was due to be held on June 8, "
            "was also postponed. The planning committee meeting will be held on June 15.\n")
    days = _days(text, date(2026, 6, 1))
    assert "2026-06-08" not in days
    assert "2026-06-15" in days


def test_a_cancelled_meeting_named_again_on_its_day_has_no_entry() -> None:
    text = ("The ordinary meeting of the Harbour Board scheduled for 6 p.m., Monday, March 23, 2026, has been "
            "cancelled.\nThe Harbour Board has made the decision to cancel the meeting, as the agenda for March 23 "
            "had no urgent items. The new berthing rules will come into force on Monday, March 23, 2026. The next "
            "ordinary meeting of the Harbour Board has been scheduled for Monday, April 6, 2026, 6 p.m.\n")
    events = tagged_events(text, published=date(2026, 3, 16))
    titles = {(str(e.start)[:10], e.title) for e in events}
    assert not any(day == "2026-03-23" and "meeting" in title.lower() for day, title in titles)
    assert any(day == "2026-03-23" and "berthing rules" in title for day, title in titles)
    assert any(day == "2026-04-06" for day, _ in titles)


def test_meetings_cancelled_on_two_listed_days_have_no_entries() -> None:
    text = ("Minutes of the residents' committee\n\n"
            "• Agreed to cancel the meetings on 23 December 2026 and 30 December 2026\n"
            "• Next meeting on 6 January 2027\n")
    days = _days(text, date(2026, 12, 2))
    assert "2026-12-23" not in days and "2026-12-30" not in days
    assert "2027-01-06" in days


def test_a_denial_covers_its_own_day_not_a_later_date_of_the_clause() -> None:
    # review 25 M3: the pool shuts on the holiday; the open day after it stays
    text = ("Pool news\n\nThe pool will not open on Boxing Day, with usual hours from the "
            "Open Day on 28 December.\n")
    days = _days(text, date(2026, 11, 20))
    assert "2026-12-28" in days and "2026-12-26" not in days


def test_a_denial_about_people_calls_no_event_off() -> None:
    # review 25 M3: who will not be there is no cancelled event; the reply deadline stays
    text = "Squad notice\n\nSwimmers who cannot race on Sunday, 13 December, must tell the coach by Thursday.\n"
    assert "2026-11-26" in _days(text, date(2026, 11, 20))


def test_a_fronted_cancellation_does_not_call_off_the_new_event() -> None:
    # review 25 M4: the phrase before the comma tells of last year's event
    text = "Fun run\n\nFollowing the cancellation of last year's fun run, the 5K returns on Sunday 21 March 2027.\n"
    assert "2027-03-21" in _days(text, date(2026, 11, 20))


def test_a_fronted_cancellation_still_calls_off_its_own_day() -> None:
    text = ("Markets\n\nAfter the cancellation of the craft fair on 12 December, the stalls will move "
            "to the hall.\n")
    assert "2026-12-12" not in _days(text, date(2026, 11, 20))
