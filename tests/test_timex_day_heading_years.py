"""A year-less day restated in a row under a day heading ("FAIR SUNDAY- May 2, 2027" over
"Saturday (May 1): 6 pm") is of the heading's week: it takes the heading's year, even where
its weekday slips, and the rows under it count from it."""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag


def _values(text: str, reference: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, reference=reference)}


def test_the_eve_under_a_day_heading_takes_the_heading_year():
    text = "FAIR SUNDAY- May 2, 2027\nSaturday (May 1): 6 pm preview\nSunday: 11 am games\n"
    values = _values(text, date(2026, 12, 1))
    assert values["Saturday (May 1)"] == "2027-05-01"
    assert values["Sunday"] == "2027-05-02"


def test_a_slipped_weekday_keeps_the_heading_year():
    text = "FAIR SUNDAY- May 2, 2027\nSaturday (May 2): 6 pm preview\n"
    assert _values(text, date(2026, 12, 1))["Saturday (May 2)"] == "2027-05-02"


def test_a_day_far_from_the_heading_is_left_to_the_resolver():
    text = "FAIR SUNDAY- May 2, 2027\nSaturday (May 30): 6 pm next fair\n"
    assert _values(text, date(2026, 12, 1))["Saturday (May 30)"] != "2027-05-30"


def test_weekday_rows_under_a_bare_date_are_a_weeks_hours_not_restated_days():
    text = "Winter Hours - Starts Jan. 6, 2027\nMonday 6-8 am 4-8 pm\nTuesday CLOSED 4-8 pm\n"
    values = _values(text, date(2026, 12, 1))
    assert values["Tuesday"] != "2027-01-05"
