"""The day a letter is written, standing right before its greeting ("3 March 2026 Dear Members,",
or on its own line above "Dear members and friends"), is no entry; the days the letter names are."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _starts(events) -> list[date]:
    return [e.start.date() if isinstance(e.start, datetime) else e.start for e in events]


def test_a_letter_date_run_into_its_greeting_is_no_entry():
    text = ("Hillside Bowls Club\n\n3 March 2026 Dear Members, I am pleased to invite you to the Annual General "
            "Meeting of the club to be held on Saturday 21 March 2026 at 2pm in the clubhouse.\n")
    assert _starts(tagged_events(text, published=date(2026, 3, 3))) == [date(2026, 3, 21)]


def test_a_letter_date_on_its_own_line_is_no_entry():
    text = ("Hillside Bowls Club\n\nFriday, 6 March 2026\n\nDear members and friends\n\n"
            "The spring working bee is on Saturday 21 March 2026 from 9am.\n")
    assert _starts(tagged_events(text, published=date(2026, 3, 1))) == [date(2026, 3, 21)]


def test_a_greeting_after_a_full_stop_leaves_the_day_alone():
    text = "Our open day is on Saturday 21 March 2026. Dear friends, please bring a plate to share."
    assert _starts(tagged_events(text, published=date(2026, 3, 1))) == [date(2026, 3, 21)]
