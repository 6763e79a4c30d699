"""A clock told in the first sentence of the next paragraph, whose sentence names the entry's
subject again and says a start, times the entry's day, even when the entry's title came from
another noun of its sentence (nearby_clocks._told_in_next_paragraph; R67 class 3, page 02's
shape: a weekday with its day number in brackets, the clock a paragraph later). The texts are
made up."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

STORY = """The last Kelani Vahana of the island's great temple feast, the old harvest festival, will wind through the hill town on {day} night.The last Vahana, finest of the season, brings dancers and drummers. The lead elephant bears the relic under a canopy.

{opening} will start from the temple gate at 8.05 p.m. and go along the lake road before it returns to the temple."""


def _starts(day: str, opening: str = "The Vahana") -> set:
    return {e.start for e in page_events(STORY.format(day=day, opening=opening), "2030-08-01")}


def test_the_next_paragraph_s_clock_times_a_written_day():
    """On the parent the paragraph break kept the clock apart: the entry stayed all-day."""
    assert _starts("Friday, August 9") == {datetime(2030, 8, 9, 20, 5)}


def test_a_weekday_with_its_day_number_in_brackets_is_timed_too():
    """On the parent 'Friday (9)' was a bare weekday (the bracket not read) and gave no written day."""
    assert _starts("Friday (9)") == {datetime(2030, 8, 9, 20, 5)}


def test_a_clock_of_another_subject_stays_apart():
    assert _starts("Friday, August 9", "The shuttle buses") == {date(2030, 8, 9)}
