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
