"""A sentence that times "the revised event" or "the rescheduled event" after the page moved a named
event to a new day gives that event its clock: one entry, not an all-day one beside a second
titled 'Revised event'."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_the_revised_event_is_the_moved_one():
    text = ("Riverside Lantern Walk moved to Sunday\n\nThe Riverside Lantern Walk, planned for Saturday, has been moved to "
            "Sunday, October 10 because of the storm forecast. Walkers should know the revised event gets going at 6:30pm that Sunday.")
    assert [(e.start, e.title) for e in tagged_events(text, published=date(2027, 10, 5))] == [
        (datetime(2027, 10, 10, 18, 30), "Riverside Lantern Walk")]


def test_the_rescheduled_event_takes_its_clock_from_the_next_sentence():
    text = "The village quiz night has been postponed to Friday, October 15. The rescheduled event will begin at 7:30 pm."
    assert [(e.start, e.title) for e in tagged_events(text, published=date(2027, 10, 5))] == [
        (datetime(2027, 10, 15, 19, 30), "Village quiz night")]
