"""A day told only as a thing's old plan, in a relative clause in the past ("pupils who were
scheduled to sit the paper in May/June will now sit it in November"), is no entry: the page names
it because the plan no longer holds (R62 class 2, page 15: a merged sitting's old months became an
entry). The clause must run straight to the day: a finite verb of another clause ("that was planned
has been moved to 3 May") or another date between leaves the day its own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2020-03-20"


def _starts(text: str) -> list[date]:
    return sorted(e.start for e in page_events(text, PUBLISHED))


def test_a_day_in_a_relative_clause_of_a_past_plan_is_no_entry():
    text = ("All pupils who were scheduled to sit the Junior Music examination in May/June 2020 can now "
            "take the combined paper.\n")
    assert _starts(text) == []


def test_the_new_day_after_a_moved_plan_is_still_an_entry():
    text = "The choir concert that was originally planned has been moved to Saturday, October 3, 2020.\n"
    assert date(2020, 10, 3) in _starts(text)


def test_a_relative_clause_of_a_plan_still_ahead_keeps_its_day():
    text = "The choir concert that is scheduled for Saturday, October 3, 2020 will be held in the parish hall.\n"
    assert date(2020, 10, 3) in _starts(text)
