"""ev46d (R58 p12 shape): a day, an apposition restating its number, then its clock ("This Saturday,
the 16th, starting at 9pm, the first four bands will parade ..."): the clock is that day's, one timed
entry. Before, the restated "the 16th" stood between the day and "starting at", so the clock was not
the day's and the entry was all day."""

from datetime import datetime

from events_helpers import page_events

PAGE = ("The brass band parades of the river festival open this weekend.\n\n"
        "This Saturday, the 16th, starting at 9pm, the first four bands will parade along the river front.\n")


def test_the_clock_after_a_restated_day_number_times_that_day():
    entries = [e for e in page_events(PAGE, "2027-10-15") if "parade" in e.title.lower()]
    # Fails on the parent: the parade was an all-day entry on the 16th.
    assert [e.start for e in entries] == [datetime(2027, 10, 16, 21, 0)]

