"""ev53c (R66 class 2, page 03 shape, in words of our own): a start clock and, in the same clause, a
running verb with "until" and its own clock ("opens at 9am and will run until midnight"): one entry
from the first clock to the second. Before, the entry had no end, and a midnight after "until" was a
deadline of its own at 23:59. A midnight that ends a day's entry ends it at the next day's 00:00."""

from datetime import datetime

import pytest

from events_helpers import page_events

DAY = ("Our village holds its first Craft Day on Friday, 16 September, with food and music all day "
       "long.\n\n")


def test_a_day_that_runs_until_midnight_ends_at_the_next_days_start():
    # Fails on the parent: the entry had no end and "midnight" gave a 23:59 deadline.
    page = DAY + "The Craft Day by the mill opens at 9am and will run until midnight on the green.\n"
    entries = page_events(page, "2022-09-06")
    timed = [e for e in entries if e.start == datetime(2022, 9, 16, 9, 0)]
    assert [e.end for e in timed] == [datetime(2022, 9, 17, 0, 0)]
    assert [e for e in entries if e.kind == "deadline"] == []


@pytest.mark.parametrize("verb", ["runs", "run", "will run", "continues", "continue", "will continue"])
def test_each_running_verb_ends_the_entry_at_its_clock(verb):
    # Fails on the parent for every row of running_end_verbs: the fair had no end.
    page = f"The craft fair will be held on Friday, June 3. The fair will start at 9am and {verb} until 4pm.\n"
    timed = [e for e in page_events(page, "2022-05-20") if e.start == datetime(2022, 6, 3, 9, 0)]
    assert timed and all(e.end == datetime(2022, 6, 3, 16, 0) for e in timed)


def test_a_running_verb_with_no_clock_of_its_own_sets_no_end():
    # Guard (passes on the parent): "runs until" a later day is no end clock of the same day.
    page = "The craft fair will start at 9am on Friday, June 3 and runs until Sunday, June 5.\n"
    timed = [e for e in page_events(page, "2022-05-20") if e.start == datetime(2022, 6, 3, 9, 0)]
    assert all(e.end is None or e.end.date().isoformat() == "2022-06-05" for e in timed)
