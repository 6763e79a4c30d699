"""A future passive named once before a list of days: "The right lane of Main Road will be shut on
Monday, April 9, Tuesday, April 10 and Wednesday, April 11 from 9 p.m. to 6 a.m." (R64 page 06's
overnight closures, with a verb where the page has a noun). The act ("shut") stands right before the
list's first day only, so the later days found no act and gave no entry; each listed day is a day of
the act (announced_acts._list_head), and an overnight range written once ends the next morning of each.
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

THREE_NIGHTS = """The right lane of Main Road will be shut on Monday, April 9, Tuesday, April 10 and Wednesday, April 11 from 9 p.m. to 6 a.m.
"""

TWO_DAYS = """The harbour bridge will be shut to cars on Friday, May 4 and Saturday, May 5 from 10 a.m. to 2 p.m.
"""

APART = """The draft plan will be published on Monday, April 9 and the final plan on Friday, June 1.
"""


def _spans(text: str) -> set[tuple[datetime, datetime | None]]:
    return {(e.start, e.end) for e in page_events(text, "2018-04-02")}


def test_each_listed_day_of_a_future_passive_is_its_own_night():
    found = _spans(THREE_NIGHTS)
    for night in (9, 10, 11):
        assert (datetime(2018, 4, night, 21, 0), datetime(2018, 4, night + 1, 6, 0)) in found


def test_two_days_joined_by_and_are_two_entries_at_the_range():
    found = _spans(TWO_DAYS)
    assert (datetime(2018, 5, 4, 10, 0), datetime(2018, 5, 4, 14, 0)) in found
    assert (datetime(2018, 5, 5, 10, 0), datetime(2018, 5, 5, 14, 0)) in found


def test_a_day_after_words_that_name_something_else_is_no_listed_day_of_the_act():
    titles = {e.title for e in page_events(APART, "2018-04-02")}
    assert not any(t.startswith("Draft plan") and "final" in t.lower() for t in titles)
