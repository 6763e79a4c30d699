"""Midnight on a night named by its two days ("On the night between 3 and 4 August, at the stroke of
midnight, the lanterns will be lit") is the first instant of the second day: 00:00 on 4 August, as a
New Year's Eve midnight is 1 January's (eve_midnights). The tagger reads the midnight as the end of the
first day (T24:00), and now no longer moves it to the second day's end as it moves a small-hours clock.
(Whether the midnight is framed at all, rather than the night's two days, is the framing's matter: a
heading naming the event, "River festival", still takes the two days.)"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_entries


def test_midnight_of_a_night_between_two_days():
    text = ("Fireworks\n\nOn the night between 3 and 4 August, at the stroke of midnight "
            "a fireworks display will be staged over the river.")
    assert [start for _, _, start in page_entries(text, "2022-07-01")] == [datetime(2022, 8, 4, 0, 0)]


def test_a_small_hours_clock_of_that_night_is_on_the_second_day():
    text = ("Lantern festival\n\nOn the night between 3 and 4 August the lantern display "
            "will be staged over the river at 1 am.")
    assert [start for _, _, start in page_entries(text, "2022-07-01")] == [datetime(2022, 8, 4, 1, 0)]


def test_a_deadline_at_midnight_stays_the_first_days_end():
    text = "Entries must be received by midnight on 3 August."
    assert [start.date().isoformat() for _, _, start in page_entries(text, "2022-07-01")] == ["2022-08-03"]
