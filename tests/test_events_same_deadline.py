"""A deadline listed under "Important dates" and told again in a sentence is one entry,
at the sentence's clock time, linking both places; unrelated deadlines of one day stay apart."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

LISTED_AND_TOLD = (
    "Important dates\n"
    "- Abstract submission deadline: 15 February 2027\n"
    "- Notification of acceptance: 26 March 2027\n\n"
    "Abstracts for talks and posters can be submitted until 15 February 2027 at 23:59 UTC.\n")


def test_a_listed_deadline_told_again_with_a_time_is_one_entry_at_that_time():
    events = [e for e in tagged_events(LISTED_AND_TOLD, published=date(2027, 1, 5)) if e.kind == "deadline"]
    assert len(events) == 1
    (deadline,) = events
    assert deadline.start == datetime(2027, 2, 15, 23, 59)
    assert [s.expr for s in deadline.sources] == ["15 February 2027 at 23:59 UTC", "15 February 2027"]
    assert any("the same deadline" in note for note in deadline.notes)


def test_deadlines_of_one_day_about_different_things_stay_apart():
    text = ("Submission of questions about this call: 18 February 2027.\n\n"
            "Submission of proposals: 18 February 2027.\n")
    titles = sorted(e.title for e in tagged_events(text, published=date(2027, 1, 5)) if e.kind == "deadline")
    assert titles == ["Submission of proposals", "Submission of questions about this call"]


def test_two_clock_times_on_one_day_stay_two_deadlines():
    text = ("Abstracts for posters are due on 15 February 2027 at 12:00 UTC.\n\n"
            "Abstracts for talks are due on 15 February 2027 at 23:59 UTC.\n")
    starts = sorted(e.start for e in tagged_events(text, published=date(2027, 1, 5)) if e.kind == "deadline")
    assert starts == [datetime(2027, 2, 15, 12, 0), datetime(2027, 2, 15, 23, 59)]
