"""Weekdays inside a relative clause that tells a standing closed state ("the depots that are closed
on Monday and Thursday reopen ..."): the noun's weekly days off, not days of their own
(habitual_weekdays.standing_state_weekdays). They made closure entries on the page week's days. The
clause's own written days stay; "that will be closed on Monday" tells one day and stays."""

from __future__ import annotations

from events_helpers import page_events


def _starts(text: str, published: str) -> list[str]:
    return sorted(str(e.start)[:10] for e in page_events(text, published))


def test_weekly_days_off_in_a_relative_clause_give_no_entries():
    text = ("The board said that the staff of the depots that are closed on Monday and Thursday return to work on "
            "Tuesday, 9 September 2031. The depots which are shut on Sunday and Wednesday reopen on 10 September 2031.")
    assert _starts(text, "2031-07-02") == ["2031-09-09", "2031-09-10"]


def test_a_relative_clause_in_the_future_keeps_its_day():
    text = "The roads that will be closed on Saturday for the harbour race are listed below."
    assert _starts(text, "2031-07-02") == ["2031-07-05"]
