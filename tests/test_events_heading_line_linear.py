"""The heading-date reader splits a long opening line once, not once per date on it: a page
written on one line ("Monday, Tuesday, Wednesday, ..."; no line break, so every date stands on
the page's first line) once made every date split the whole line again at its commas and look
each part up (12.7x the time for 4x the text, 0.77 s -> 9.8 s; now 4.5x, 4 ms -> 20 ms)."""

from __future__ import annotations

from datetime import date

from calfeed.events.mentions import heading_dates
from calfeed.model import ReferenceDate
from calfeed.timex import tag
from test_timex_speed_guard import _seconds as timed

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
REFERENCE = ReferenceDate(date(2027, 3, 1), False, "given")


def _weekdays_on_one_line(size: int) -> str:
    return "".join(f"{WEEKDAYS[k % 7]}, " for k in range(size // 9))


def _seconds(text: str) -> float:
    """CPU time of the heading reader over every date of ``text`` (tagging not counted)."""
    found = tag(text, REFERENCE.value)
    return timed(lambda: [heading_dates(text, timex, REFERENCE) for timex in found])


def test_four_times_the_line_takes_about_four_times_as_long():
    _seconds("Monday, Tuesday")          # warm up: the word tables and the gazetteer load once
    ratio = _seconds(_weekdays_on_one_line(20_000)) / max(_seconds(_weekdays_on_one_line(5_000)), 1e-3)
    assert ratio < 9, f"{ratio:.1f}x the time for 4x the line"


def test_the_parts_beside_the_date_still_decide():
    text = "Lisbon, Monday 7 June 2027, Faculdade de Ciências\nThe conference opens.\n"
    assert heading_dates(text, tag(text, REFERENCE.value)[0], REFERENCE)
    text = "Lisbon, Monday 7 June 2027, registration opens soon\nThe conference opens.\n"
    assert not heading_dates(text, tag(text, REFERENCE.value)[0], REFERENCE)
    text = "Lisbon, Porto, venue to be announced, Monday 7 June 2027, Faculdade de Ciências\n"
    assert not heading_dates(text, tag(text, REFERENCE.value)[0], REFERENCE)
