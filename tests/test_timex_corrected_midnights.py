"""Twelve o'clock corrected in square brackets to midnight (the corpus marks its spans with square brackets, so
this shape is tested here; the round-bracket shapes are corpus lines)."""

from datetime import date, datetime

from calfeed.timex import tag


def _only(text: str, reference: date):
    found = tag(text, reference)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def test_range_ending_at_a_twelve_corrected_to_midnight_runs_to_the_days_end() -> None:
    found = _only("Gas will be cut on Tuesday June 4 from 7am to 12.00pm [midnight] in the old town.", date(2019, 6, 1))
    assert found.text == "Tuesday June 4 from 7am to 12.00pm [midnight]"
    assert found.interval.start == datetime(2019, 6, 4, 7, 0)
    assert found.end_interval.start == datetime(2019, 6, 5, 0, 0)


def test_lone_noon_corrected_to_midnight_is_the_days_end() -> None:
    found = _only("Forms are accepted until 12pm [midnight] on Sunday.", date(2019, 6, 1))
    assert found.value == "2019-06-02T24:00"


def test_bracket_that_repeats_noon_changes_nothing() -> None:
    found = tag("Lunch is served from 11am to 12pm [noon] on Sunday.", date(2019, 6, 1))
    assert found[0].end_interval.start.time().hour == 12
