"""A quoted day name with a relative clause saying what must be done by it ("The 'Confirm Date' by
which second-round places must be taken up is ..."): a deadline, not an occasion (plain_dates).
Session 47, R60 p16's shape, in words of our own."""

from __future__ import annotations

from events_helpers import page_events

_NEWS = ("Second-round places go out at 7am on 9 August\n"
         "Second-round places are mostly for late entrants. The ‘Confirm Date’ by which second-round "
         "places must be taken up is Thursday, 14 August at 4:30 pm.\n")


def test_a_quoted_day_by_which_something_must_be_done_is_a_deadline():
    # fails on b9033d54: an event titled 'Confirm Date'
    events = {e.title: e for e in page_events(_NEWS, "2025-07-20")}
    assert events["Confirm Date"].kind == "deadline"


def test_a_quoted_day_name_alone_stays_an_event():
    events = page_events("The ‘Harvest Supper’ is Thursday, 14 August at 7 pm.\n", "2025-07-20")
    assert [e.kind for e in events] == ["event"]
