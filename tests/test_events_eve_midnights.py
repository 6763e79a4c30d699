"""Midnight on a year's last day, or on Christmas Eve: an occasion "at midnight" then (fireworks, a midnight mass)
happens as the next day begins, 00:00 of 1 January or of 25 December (R62 02: the fireworks of New Year's Eve had
been placed in the eve's last minute). A deadline's midnight stays the end of its day, and a midnight on any other
day is left as the tagger reads it."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2016-12-28"


def _starts(text: str, word: str) -> list[object]:
    return [(e.kind, e.start) for e in page_events(text, PUBLISHED) if word in e.title.lower()]


def test_fireworks_at_midnight_on_the_years_last_day_open_the_new_year():
    text = "The harbour fireworks display will be set off at midnight on December 31.\n"
    assert _starts(text, "firework") == [("event", datetime(2017, 1, 1, 0, 0))]


def test_a_mass_at_midnight_on_christmas_eve_is_on_christmas_day():
    text = "Midnight Mass will be celebrated at midnight on Christmas Eve, December 24.\n"
    assert _starts(text, "mass") == [("event", datetime(2016, 12, 25, 0, 0))]


def test_a_deadline_at_midnight_on_the_years_last_day_stays_on_it():
    text = "Entries for the photo prize must be received by midnight on 31 December.\n"
    assert [start for kind, start in _starts(text, "entries") if kind == "deadline"] == [datetime(2016, 12, 31, 23, 59)]


def test_midnight_on_another_day_is_left_alone():
    text = "The charity concert starts at midnight on 29 December.\n"
    assert _starts(text, "concert") == [("event", datetime(2016, 12, 29, 23, 59))]
