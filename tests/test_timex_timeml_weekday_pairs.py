"""TimeML mode writes two plural weekdays joined by "and" as two SETs, one a weekday, as it writes
every other pair of names; the calendar keeps them one weekly series of two days (session 22,
unseen organisational news: airline route notices)."""

from __future__ import annotations

from calfeed.timex.evaluation import timeml_tags
from calfeed.timex.extractor import extract


def test_timeml_tags_each_plural_weekday_of_a_pair() -> None:
    text = "The route runs twice a week on Tuesdays and Saturdays from the spring."
    found = [(t.text, t.type, t.value) for t in timeml_tags(text, "2022-05-31") if t.type == "SET"]
    assert ("Tuesdays", "SET", "XXXX-WXX-2") in found
    assert ("Saturdays", "SET", "XXXX-WXX-6") in found


def test_the_calendar_keeps_the_pair_one_weekly_series() -> None:
    (pair,) = [t for t in extract("The route runs on Tuesdays and Saturdays.") if t.type == "SET"]
    assert pair.text == "Tuesdays and Saturdays"
    assert pair.rrule == "FREQ=WEEKLY;BYDAY=TU,SA"


def test_a_bare_weekday_before_a_weekday_series_is_a_set_in_timeml() -> None:
    """"on Monday and Tuesday nights": the calendar reads one series of both nights; TimeML keeps
    two TIMEX3s, and the bare weekday is a SET of its own night too (TBAQ APW19980213.1320, 1:0;
    HeidelTime 2.2.1 reads it so), not the coming Monday."""
    text = "Two new flights would leave Bombay on Monday and Tuesday nights from March 30."
    found = [(t.text, t.type, t.value) for t in timeml_tags(text, "1998-02-13")]
    assert found[:2] == [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    found = [(t.text, t.type, t.value) for t in timeml_tags("The club meets on Monday and Wednesday evenings.", "2027-01-20")]
    assert found == [("Monday", "SET", "XXXX-WXX-1TEV"), ("Wednesday evenings", "SET", "XXXX-WXX-3TEV")]


def test_a_weekday_before_a_dated_day_stays_a_date_in_timeml() -> None:
    found = [(t.text, t.type) for t in timeml_tags("He met them on Monday and on Tuesday night.", "1998-02-13")]
    assert ("Monday", "DATE") in found
