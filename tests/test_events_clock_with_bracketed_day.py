"""A clock with its day in brackets after it ("will have until 5:00 pm Central (Friday, June 12)",
"Bookings close at 6pm (Friday 20 September)") is on that day, not on the day written last before it;
a deadline told so a second time folds into its first telling."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

CALL = """Regional History Society: Call for Proposals

Deadline to start a proposal: 5:00 pm Central on Monday, June 8.
Deadline to submit a proposal: 5:00 pm Central on Friday, June 12

Proposals must be started before 5:00 pm Central on Monday, June 8 to be reviewed.
Authors with proposals in progress will have until 5:00 pm Central (Friday, June 12) to finish them.
"""


def test_a_deadline_restated_with_its_day_in_brackets_is_one_entry_on_that_day():
    deadlines = [e for e in page_events(CALL, "2020-06-01") if e.kind == "deadline"]
    assert sorted(e.start for e in deadlines) == [datetime(2020, 6, 8, 17, 0), datetime(2020, 6, 12, 17, 0)]
    (last,) = [e for e in deadlines if e.start == datetime(2020, 6, 12, 17, 0)]
    assert last.tz == "America/Chicago"
    assert any("in progress" in s.sentence for s in last.sources)


def test_a_closing_clock_with_its_day_in_brackets_is_on_that_day():
    text = "The harvest supper is on Saturday 5 October in the main hall.\nBookings close at 6pm (Friday 20 September).\n"
    (closing,) = [e for e in page_events(text, "2019-09-01") if e.kind == "deadline"]
    assert closing.start == datetime(2019, 9, 20, 18, 0)


def test_a_bracket_holding_more_than_the_day_is_no_day_of_the_clock():
    text = "Bookings close at 6pm (the office reopens Friday 20 September).\n"
    assert all(e.start != datetime(2019, 9, 20, 18, 0) for e in page_events(text, "2019-09-01"))
