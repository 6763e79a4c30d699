"""A noun that names an end time ("a cut-off time of 11:45 am", "a closing time of 10:30 am") after a
timed start in the same sentence closes the start's event, as an ending verb does ("and end at"):
one entry from the start to that clock, no second entry at the end clock (R71 05's class)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _spans(text: str) -> list[tuple[datetime, datetime | None]]:
    return [(e.start, e.end) for e in page_events(text, "2026-02-20")]


def test_a_cut_off_time_ends_the_run_started_before_it():
    text = "The coastal fun run starts at the harbour at 6am on Sunday March 15 and keeps a cut-off time of 11:45 am."
    assert _spans(text) == [(datetime(2026, 3, 15, 6, 0), datetime(2026, 3, 15, 11, 45))]


def test_a_closing_time_ends_the_session_started_before_it():
    text = "The open-water swim opens at 7am on Saturday 14 March, with a closing time of 10:30 am for the last swimmers."
    assert _spans(text) == [(datetime(2026, 3, 14, 7, 0), datetime(2026, 3, 14, 10, 30))]


def test_an_end_time_in_another_sentence_is_left_alone():
    text = "The shop opens at 9am on Saturday 14 March. The cut-off time of the raffle is 3pm."
    assert _spans(text) == [(datetime(2026, 3, 14, 9, 0), None)]
