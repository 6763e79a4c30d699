"""A village hall's post names a weekly series by its hours and weekday before the clause that says
what is on: "At 7pm each Thursday there is a bridge club", "From 9.30am to 11am each Wednesday the
church hosts a parent and toddler group", "From 6pm each Friday during term time, as a rule, there is
a youth club". The clock's own preposition, an undated stretch ("during term time") and a hedge set
off by commas ("as a rule") stand between the series and its clause; what is held or hosted names it
(fronted_series)."""

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2024, 3, 4)     # a Monday


def _series(sentence: str) -> list[tuple[str, datetime, str | None]]:
    text = f"Village hall news\n\n{sentence}\n"
    return [(e.title, e.start, e.rrule) for e in tagged_events(text, published=PUBLISHED)]


def test_a_clock_with_its_preposition_before_the_weekday_opens_the_clause():
    assert _series("At 7pm each Thursday there is a bridge club in the pavilion.") == [
        ("Bridge club", datetime(2024, 3, 7, 19, 0), "FREQ=WEEKLY;BYDAY=TH")]


def test_what_the_subject_hosts_names_the_series():
    got = _series("From 9.30am to 11am each Wednesday the church hosts a parent and toddler group.")
    assert [(t, s, r) for t, s, r in got] == [
        ("Parent and toddler group", datetime(2024, 3, 6, 9, 30), "FREQ=WEEKLY;BYDAY=WE")]


def test_an_undated_stretch_and_a_hedge_stand_between_series_and_clause():
    got = _series("From 6pm each Friday during term time, as a rule, there is a youth club run by volunteers.")
    assert got == [("Youth club", datetime(2024, 3, 8, 18, 0), "FREQ=WEEKLY;BYDAY=FR")]


def test_a_clause_with_no_occasion_after_the_series_gives_none():
    assert _series("At 7pm each Thursday the doors are locked by the caretaker.") == []
