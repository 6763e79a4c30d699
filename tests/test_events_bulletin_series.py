"""Recurring groups as a newspaper's bulletin board lists them: the group's name, then the clock,
then the series ("Art therapy support group, 5:30 p.m. second Wednesday of the month at ...").
Each group is one series at its clock (red team 11b #1)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2021, 3, 5)


def _series(text: str) -> list[tuple[str, datetime, str | None, bool]]:
    return [(e.title, e.start, e.rrule, e.all_day) for e in tagged_events(text, published=PUBLISHED)]


def test_a_clock_before_a_monthly_series_times_it():
    text = "The art therapy support group meets at 5:30 p.m. on the second Wednesday of the month at the cancer center."
    ((_, start, rrule, all_day),) = _series(text)
    assert (start, rrule, all_day) == (datetime(2021, 3, 10, 17, 30), "FREQ=MONTHLY;BYDAY=2WE", False)


def test_a_clock_before_plural_weekdays_is_a_timed_weekly_series():
    text = "Gamblers Anonymous meets at 4 p.m. Thursdays at Immanuel Lutheran Church."
    ((_, start, rrule, all_day),) = _series(text)
    assert (start, rrule, all_day) == (datetime(2021, 3, 11, 16, 0), "FREQ=WEEKLY;BYDAY=TH", False)


def test_a_group_named_before_its_clock_and_series_is_that_group():
    text = ("Art therapy support group, 5:30 p.m. second Wednesday of the month at the cancer center. "
            "Registration required, call 252-9370.\n\n"
            "Chronic Pain/Chronic Illness Support Group, 7:30 p.m. fourth Wednesday of the month in the "
            "lower level of the Orange City Hospital.\n")
    assert _series(text) == [
        ("Art therapy support group", datetime(2021, 3, 10, 17, 30), "FREQ=MONTHLY;BYDAY=2WE", False),
        ("Chronic Pain/Chronic Illness Support Group", datetime(2021, 3, 24, 19, 30), "FREQ=MONTHLY;BYDAY=4WE", False),
    ]


def test_each_place_and_time_after_a_semicolon_is_the_same_groups_series():
    text = ("Support Group, The Heritage, 6 p.m., first Tuesday of the month; Morningside Lutheran Church, "
            "2 p.m., second Tuesday of the month.\n")
    got = _series(text)
    assert [(s, r) for _, s, r, _ in got] == [(datetime(2021, 4, 6, 18, 0), "FREQ=MONTHLY;BYDAY=1TU"),
                                             (datetime(2021, 3, 9, 14, 0), "FREQ=MONTHLY;BYDAY=2TU")]
    assert {t for t, *_ in got} == {"Support Group"}
