"""Two bare weekdays joined by "and" in prose ("bands will play on Friday and Saturday") are the two
days of one event, one entry over both: R71 13's class, where the fair's two days gave two one-day
entries, each counted apart (day_runs._follows). Days written with their dates and commas ("will sit
on Monday, 8 March, Tuesday, 9 March") stay one sitting a day."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def test_two_weekdays_joined_by_and_are_one_stretch():
    text = "The Harbour Fair is back in town, with three choirs set to sing on Friday and Saturday by the water."
    spans = [(e.start, e.end) for e in page_events(text, "2030-06-05") if "fair" in e.title.lower()]
    assert spans == [(date(2030, 6, 7), date(2030, 6, 8))], spans


def test_two_weekdays_told_apart_stay_two_entries():
    text = "The Harbour Fair choir will sing on Friday or Saturday on the quay, depending on the tide."
    spans = [(e.start, e.end) for e in page_events(text, "2030-06-05")]
    assert (date(2030, 6, 7), date(2030, 6, 8)) not in spans, spans
