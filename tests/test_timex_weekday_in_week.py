"""A weekday then the week it falls in ("Tuesday last week", "Thursday of next week"): the weekday
of that week, not the nearest one. calfeed joins them into one expression (corpus lines); TimeML
mode keeps TimeBank's two TIMEX3s, the weekday still on its day in that week."""

from __future__ import annotations

from calfeed.timex.evaluation import timeml_tags


def test_timeml_keeps_two_tags_and_places_the_weekday_in_its_week() -> None:
    found = timeml_tags("Officials met on Tuesday last week. The vote is set for Thursday of next week.", "2014-01-08")
    assert [(t.text, t.value) for t in found] == [
        ("Tuesday", "2013-12-31"), ("last week", "2014-W01"), ("Thursday", "2014-01-16"), ("next week", "2014-W03")]


def test_a_weekday_apart_from_the_week_stays_alone() -> None:
    found = timeml_tags("Tuesday, last week, was calm.", "2014-01-08")
    assert [(t.text, t.value) for t in found] == [("Tuesday", "2014-01-07"), ("last week", "2014-W01")]


def test_timeml_places_the_weekday_after_its_week() -> None:
    found = timeml_tags("The board meets next week on Friday.", "2016-11-07")
    assert [(t.text, t.value) for t in found] == [("next week", "2016-W46"), ("Friday", "2016-11-18")]
