"""Two days that each name their weekday, joined by "and", the second the day after the first and
the year written once after both ("on Saturday, March 9th, and Sunday, March 10th, 2030"), are one
stretch of two days, as "on March 9 and 10" is; a week apart, each with its own year, or one of three
listed days, they stay days of their own."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

_FEBRUARY = date(2030, 2, 10)


def _days(text: str) -> list[tuple[date, date]]:
    return [(e.start, e.end) for e in tagged_events(text, published=_FEBRUARY)]


def test_a_weekend_told_day_by_day_under_one_year_is_one_stretch():
    days = _days("Harbour Cup\n\nThe harbour cup will take place on Saturday, March 9th, and Sunday, March 10th, 2030.")
    assert days == [(date(2030, 3, 9), date(2030, 3, 10))]


def test_two_days_day_first_with_an_ampersand_are_one_stretch():
    days = _days("Lantern Fair\n\nThe lantern fair is on Saturday 16 March & Sunday 17 March 2030 in Dovecote Park.")
    assert days == [(date(2030, 3, 16), date(2030, 3, 17))]


def test_two_saturdays_a_week_apart_stay_two_days():
    days = _days("Reading Circle\n\nThe reading talks are on Saturday 6 April and Saturday 13 April 2030.")
    assert days == [(date(2030, 4, 6), date(2030, 4, 6)), (date(2030, 4, 13), date(2030, 4, 13))]


def test_three_listed_days_stay_three():
    days = _days("Hill Walks\n\nThe hill walks are on Friday 22 March, Saturday 23 March and Sunday 24 March 2030.")
    assert days == [(date(2030, 3, 22), date(2030, 3, 22)), (date(2030, 3, 23), date(2030, 3, 23)),
                    (date(2030, 3, 24), date(2030, 3, 24))]


def test_two_days_timed_apart_in_the_next_sentence_stay_two():
    events = tagged_events("The Elm Road food bank opens its hall on Monday, March 11 and Tuesday, March 12, 2030. "
                           "Volunteers sort parcels 1 p.m. to 5 p.m. on Monday and 8 a.m. to 11 a.m. on Tuesday.",
                           published=_FEBRUARY)
    assert len(events) == 2


def test_two_days_without_a_year_stay_two():
    days = _days("Craft Fair\n\nThe craft fair is on Saturday 16 March and Sunday 17 March in the town hall.")
    assert len(days) == 2
