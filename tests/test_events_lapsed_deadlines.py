"""Deadlines a page tells as lapsed ("Registration fees were due 15 December 2026", "Entries
were due by 3 March 2027") beside the days it announces. A meeting told in the past tense is kept
as the record of what happened when the page's date is only inferred (test_events_told_history),
but a deadline that has passed is no occasion of record: nothing was held, and no reader can still
meet it. So on a page that gives an entry after it, a past-tense one-off deadline gives none,
whether the page's date is written or inferred."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_fees_that_were_due_give_no_entry_beside_the_season_ahead():
    text = ("Round 1 will be played on Saturday 30 January 2027 at 8:40am.\n\n"
            "Registration fees were due 15 December 2026, so please pay Karen as soon as you can.")
    events = tagged_events(text)
    assert [e.start.date() if hasattr(e.start, "date") else e.start for e in events] == [date(2027, 1, 30)]


def test_entries_that_were_due_by_a_day_give_no_entry_beside_the_meeting_ahead():
    text = ("Entries for the spring show were due by 3 March 2027. "
            "The annual general meeting will be held on 20 April 2027 in the clubhouse.")
    events = tagged_events(text)
    assert [e.start for e in events] == [date(2027, 4, 20)]


def test_a_lapsed_deadline_on_a_page_with_nothing_after_it_stays():
    text = "Applications for the spring grants were due by 15 March 2027."
    events = tagged_events(text)
    assert [e.start for e in events] == [date(2027, 3, 15)]


def test_a_deadline_still_to_come_stays():
    text = ("Registration fees are due by 15 December 2026. "
            "Round 1 will be played on Saturday 30 January 2027.")
    events = tagged_events(text)
    assert sorted(e.start for e in events) == [date(2026, 12, 15), date(2027, 1, 30)]


def test_a_past_meeting_dated_in_full_stays_as_the_record():
    text = ("The committee met on 3 March 2027 in the clubhouse. "
            "The annual general meeting will be held on 20 April 2027 in the clubhouse.")
    events = tagged_events(text)
    assert sorted(e.start for e in events) == [date(2027, 3, 3), date(2027, 4, 20)]


def test_a_deadline_a_rule_sets_before_the_meeting_stays():
    text = ("The proxy form duly completed must have reached the Company Secretary by 11am of 5 March 2027. "
            "The annual general meeting will be held on 7 March 2027 at the clubhouse.")
    events = tagged_events(text)
    assert [e.start.date() if hasattr(e.start, "date") else e.start for e in events] == [date(2027, 3, 5), date(2027, 3, 7)]


def test_a_close_that_was_due_today_and_moved_ahead_keeps_its_new_day():
    text = ("Entries, which were due today, will now be accepted until 11:59pm on Sunday 31 January 2027. "
            "The show will be held on 20 February 2027.")
    events = tagged_events(text, published=date(2027, 1, 19))
    assert [e.start.date() if hasattr(e.start, "date") else e.start for e in events] == [date(2027, 1, 31), date(2027, 2, 20)]
